<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>Autostart</name>
    <message>
        <source>Starting Limber when you log in is not available on this system yet. Your system&apos;s own settings for programs started at login can do it.</source>
        <translation>Le démarrage de Limber à l’ouverture de session n’est pas encore possible sur ce système. Les réglages de votre système pour les programmes lancés à l’ouverture de session peuvent s’en charger.</translation>
    </message>
    <message>
        <source>Limber could not create the folder %1 for the entry that starts it when you log in. Check that you may write there.</source>
        <translation>Limber n’a pas pu créer le dossier %1 pour l’entrée qui le lance à l’ouverture de session. Vérifiez que vous pouvez y écrire.</translation>
    </message>
    <message>
        <source>Limber could not write %1, the entry that starts it when you log in: %2.</source>
        <translation>Limber n’a pas pu écrire %1, l’entrée qui le lance à l’ouverture de session : %2.</translation>
    </message>
    <message>
        <source>Limber could not remove %1, so it will still start when you log in: %2. Delete the file to stop it.</source>
        <translation>Limber n’a pas pu supprimer %1 ; il se lancera donc encore à l’ouverture de session : %2. Supprimez le fichier pour l’en empêcher.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Show this help and exit.</source>
        <translation>Affiche cette aide et quitte.</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>Affiche la version et quitte.</translation>
    </message>
    <message>
        <source>Open straight into a guided session. The optional ROUTINE argument is a routine id or a routine file. If Limber is already running, the routine starts in its window, unless a session is under way there.</source>
        <translation>Ouvre directement une séance guidée. L’argument facultatif ROUTINE est l’identifiant d’une routine ou un fichier de routine. Si Limber est déjà ouvert, la routine démarre dans sa fenêtre, sauf si une séance y est en cours.</translation>
    </message>
    <message>
        <source>Keep all data and settings in DIR.</source>
        <translation>Conserve toutes les données et tous les paramètres dans DIR.</translation>
    </message>
    <message>
        <source>Start in the system tray, or minimised where there is none.</source>
        <translation>Démarre dans la zone de notification, ou en fenêtre réduite s’il n’y en a pas.</translation>
    </message>
    <message>
        <source>Write the routine sheet to FILE (PDF) and exit. No display needed.</source>
        <translation>Écrit la fiche de routine dans FILE (PDF) et quitte. Aucun affichage n’est nécessaire.</translation>
    </message>
    <message>
        <source>With --print-sheet: the routine to print (an id or a routine file).</source>
        <translation>Avec --print-sheet&#xa0;: la routine à imprimer (un identifiant ou un fichier de routine).</translation>
    </message>
    <message>
        <source>With --print-sheet: add a week grid to tick off by hand.</source>
        <translation>Avec --print-sheet&#xa0;: ajoute une grille de la semaine à cocher à la main.</translation>
    </message>
    <message>
        <source>Write a progress report of your history to FILE (PDF) and exit.</source>
        <translation>Écrit un rapport de progrès de votre historique dans FILE (PDF) et quitte.</translation>
    </message>
    <message>
        <source>With --report: how many weeks to cover (1 to 52, default 8).</source>
        <translation>Avec --report&#xa0;: le nombre de semaines couvertes (de 1 à 52, 8 par défaut).</translation>
    </message>
    <message>
        <source>Write your holds to FILE and your sessions to FILE-sessions.csv (CSV) and exit. FILE - writes the holds to standard output.</source>
        <translation>Écrit vos maintiens dans FILE et vos séances dans FILE-sessions.csv (CSV), puis quitte. Avec «&#xa0;-&#xa0;» comme FILE, les maintiens sont écrits sur la sortie standard.</translation>
    </message>
    <message>
        <source>Write your whole history to FILE (JSON, for --import) and exit. FILE - writes it to standard output.</source>
        <translation>Écrit tout votre historique dans FILE (JSON, pour --import) et quitte. Avec «&#xa0;-&#xa0;» comme FILE, il est écrit sur la sortie standard.</translation>
    </message>
    <message>
        <source>Add the history in FILE (made by --export-json) to yours and exit.</source>
        <translation>Ajoute à votre historique celui que contient FILE (créé par --export-json) et quitte.</translation>
    </message>
    <message>
        <source>Routine for --start.</source>
        <translation>Routine pour --start.</translation>
    </message>
    <message>
        <source>Guided stretching routines for hip and low-back pain.
Qt&apos;s own options, such as -style, -platform and -reverse, are accepted too.</source>
        <translation>Routines d’étirement guidées pour les douleurs de hanche et du bas du dos.
Les options propres à Qt, comme -style, -platform et -reverse, sont aussi acceptées.</translation>
    </message>
    <message>
        <source>Too many arguments: %1</source>
        <translation>Trop d’arguments&#xa0;: %1</translation>
    </message>
    <message>
        <source>A routine can only be given with --start.</source>
        <translation>Une routine ne peut être indiquée qu’avec --start.</translation>
    </message>
    <message>
        <source>Give only one of --start, --print-sheet, --report, --export-csv, --export-json and --import.</source>
        <translation>Indiquez une seule des options --start, --print-sheet, --report, --export-csv, --export-json et --import.</translation>
    </message>
    <message>
        <source>--print-sheet and --report write a PDF file, not to standard output: give a file name instead of -.</source>
        <translation>--print-sheet et --report écrivent un fichier PDF, pas sur la sortie standard : indiquez un nom de fichier au lieu de -.</translation>
    </message>
    <message>
        <source>--routine and --log-grid go with --print-sheet.</source>
        <translation>--routine et --log-grid s’utilisent avec --print-sheet.</translation>
    </message>
    <message>
        <source>--weeks goes with --report.</source>
        <translation>--weeks s’utilise avec --report.</translation>
    </message>
    <message>
        <source>--weeks takes a whole number of weeks from 1 to 52.</source>
        <translation>--weeks attend un nombre entier de semaines de 1 à 52.</translation>
    </message>
</context>
<context>
    <name>ContentChecker</name>
    <message>
        <source>more problems follow that are not listed; fix the ones above first</source>
        <translation>d’autres problèmes suivent mais ne sont pas listés&#xa0;; corrigez d’abord ceux ci-dessus</translation>
    </message>
    <message>
        <source>the number %1</source>
        <translation>le nombre %1</translation>
    </message>
    <message>
        <source>the text %1</source>
        <translation>le texte %1</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>une liste</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objet</translation>
    </message>
    <message>
        <source>expected %1, found %2</source>
        <translation>attendu&#xa0;: %1, trouvé&#xa0;: %2</translation>
    </message>
    <message>
        <source>text in double quotes</source>
        <translation>du texte entre guillemets droits</translation>
    </message>
    <message>
        <source>the text is empty; write something or remove the key</source>
        <translation>le texte est vide&#xa0;; écrivez quelque chose ou retirez la clé</translation>
    </message>
    <message>
        <source>an id in double quotes</source>
        <translation>un identifiant entre guillemets droits</translation>
    </message>
    <message>
        <source>%1 is not a valid id; use up to %2 lowercase letters, digits and single hyphens, like &quot;seated-leg-cross&quot;</source>
        <translation>%1 n’est pas un identifiant valide&#xa0;; utilisez au plus %2 lettres minuscules, chiffres et traits d’union simples, comme &quot;seated-leg-cross&quot;</translation>
    </message>
    <message>
        <source>expected text in double quotes, or an object of translations such as {&quot;en&quot;: &quot;...&quot;, &quot;de&quot;: &quot;...&quot;}; found %1</source>
        <translation>attendu&#xa0;: du texte entre guillemets droits, ou un objet de traductions comme {&quot;en&quot;: &quot;...&quot;, &quot;de&quot;: &quot;...&quot;}&#xa0;; trouvé&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 is not a language code; use codes like &quot;en&quot;, &quot;de&quot; or &quot;pt-BR&quot;</source>
        <translation>%1 n’est pas un code de langue&#xa0;; utilisez des codes comme &quot;en&quot;, &quot;de&quot; ou &quot;pt-BR&quot;</translation>
    </message>
    <message>
        <source>there is no English text; add &quot;en&quot;: &quot;...&quot; (English is shown when no translation fits)</source>
        <translation>il n’y a pas de texte en anglais&#xa0;; ajoutez &quot;en&quot;: &quot;...&quot; (l’anglais s’affiche quand aucune traduction ne convient)</translation>
    </message>
    <message>
        <source>add at least one text</source>
        <translation>ajoutez au moins un texte</translation>
    </message>
    <message>
        <source>this list holds at most %1 texts</source>
        <translation>cette liste contient au plus %1 textes</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>un nombre entier</translation>
    </message>
    <message>
        <source>expected a whole number, found %1</source>
        <translation>attendu&#xa0;: un nombre entier, trouvé&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 is out of range; %2</source>
        <translation>%1 est hors limites&#xa0;; %2</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un nombre</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true ou false</translation>
    </message>
    <message>
        <source>one of %1</source>
        <translation>l’une des valeurs %1</translation>
    </message>
    <message>
        <source>%1 is not allowed here; use one of %2</source>
        <translation>%1 n’est pas admis ici&#xa0;; utilisez l’une des valeurs %2</translation>
    </message>
    <message>
        <source>a list in square brackets [...]</source>
        <translation>une liste entre crochets [...]</translation>
    </message>
    <message>
        <source>the list is empty; %1</source>
        <translation>la liste est vide&#xa0;; %1</translation>
    </message>
    <message>
        <source>the list has %1 entries</source>
        <translation>la liste compte %1 éléments</translation>
    </message>
    <message>
        <source>an object in braces {...}</source>
        <translation>un objet entre accolades {...}</translation>
    </message>
    <message>
        <source>unknown key %1</source>
        <translation>clé inconnue %1</translation>
    </message>
    <message>
        <source> (did you mean &quot;%1&quot;?)</source>
        <translation> (vouliez-vous dire &quot;%1&quot;&#xa0;?)</translation>
    </message>
    <message>
        <source>; the keys allowed here are %1</source>
        <translation>; les clés admises ici sont %1</translation>
    </message>
    <message>
        <source>one object in braces {...} holding the whole file</source>
        <translation>un seul objet entre accolades {...} qui contient tout le fichier</translation>
    </message>
    <message>
        <source>missing; add &quot;format&quot;: %1 as the first key so that Limber knows how to read the file</source>
        <translation>absent&#xa0;; ajoutez &quot;format&quot;: %1 comme première clé pour que Limber sache lire le fichier</translation>
    </message>
    <message>
        <source>expected the number %1, found %2</source>
        <translation>attendu&#xa0;: le nombre %1, trouvé&#xa0;: %2</translation>
    </message>
    <message>
        <source>this file is written in content format %1, but this version of Limber reads format %2 only; update Limber or rewrite the file in format %2</source>
        <translation>ce fichier est écrit au format de contenu %1, mais cette version de Limber ne lit que le format %2&#xa0;; mettez Limber à jour ou réécrivez le fichier au format %2</translation>
    </message>
</context>
<context>
    <name>ContentLoader</name>
    <message>
        <source> (did you mean &quot;%1&quot;?)</source>
        <translation> (vouliez-vous dire &quot;%1&quot;&#xa0;?)</translation>
    </message>
    <message>
        <source>; none are loaded</source>
        <translation>; aucun élément de ce type n’est chargé</translation>
    </message>
    <message>
        <source>; known ones are %1</source>
        <translation>; identifiants connus&#xa0;: %1</translation>
    </message>
    <message>
        <source>the pose id &quot;%1&quot; is already used by %2 in the same folder; give each pose its own id</source>
        <translation>l’identifiant de pose &quot;%1&quot; est déjà utilisé par %2 dans le même dossier&#xa0;; donnez à chaque pose son propre identifiant</translation>
    </message>
    <message>
        <source>unknown pose &quot;%1&quot;</source>
        <translation>pose inconnue &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the exercise id &quot;%1&quot; is already used by %2 in the same folder; give each exercise its own id</source>
        <translation>l’identifiant d’exercice &quot;%1&quot; est déjà utilisé par %2 dans le même dossier&#xa0;; donnez à chaque exercice son propre identifiant</translation>
    </message>
    <message>
        <source>the exercise &quot;%1&quot; was not loaded because its file has errors; fix that file first</source>
        <translation>l’exercice &quot;%1&quot; n’a pas été chargé, car son fichier contient des erreurs&#xa0;; corrigez d’abord ce fichier</translation>
    </message>
    <message>
        <source>unknown exercise &quot;%1&quot;</source>
        <translation>exercice inconnu &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the exercise &quot;%1&quot; has no sides; remove &quot;firstSide&quot; from this item</source>
        <translation>l’exercice &quot;%1&quot; n’a pas de côtés&#xa0;; retirez &quot;firstSide&quot; de cet élément</translation>
    </message>
    <message>
        <source>the routine &quot;%1&quot; in %2 is already the default; mark only one routine per folder as the default</source>
        <translation>la routine &quot;%1&quot; dans %2 est déjà la routine par défaut&#xa0;; ne marquez qu’une seule routine par dossier comme routine par défaut</translation>
    </message>
    <message>
        <source>the routine id &quot;%1&quot; is already used by %2 in the same folder; give each routine its own id</source>
        <translation>l’identifiant de routine &quot;%1&quot; est déjà utilisé par %2 dans le même dossier&#xa0;; donnez à chaque routine son propre identifiant</translation>
    </message>
</context>
<context>
    <name>DataCommands</name>
    <message numerus="yes">
        <source>Imported %Ln session(s)</source>
        <translation>
            <numerusform>%Ln séance importée</numerusform>
            <numerusform>%Ln séances importées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln hold(s)</source>
        <translation>
            <numerusform>%Ln maintien</numerusform>
            <numerusform>%Ln maintiens</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln session(s) were already in your history.</source>
        <translation>
            <numerusform>%Ln séance figurait déjà dans votre historique.</numerusform>
            <numerusform>%Ln séances figuraient déjà dans votre historique.</numerusform>
        </translation>
    </message>
    <message>
        <source>standard output</source>
        <translation>sortie standard</translation>
    </message>
    <message>
        <source>Exporting holds…</source>
        <translation>Exportation des maintiens…</translation>
    </message>
    <message>
        <source>Holds written to %1</source>
        <translation>Maintiens écrits dans %1</translation>
    </message>
    <message>
        <source>The sessions were not written: give a file name to get them as a second file beside it.</source>
        <translation>Les séances n’ont pas été écrites&#xa0;: indiquez un nom de fichier pour les obtenir dans un second fichier placé à côté.</translation>
    </message>
    <message>
        <source>Exporting sessions…</source>
        <translation>Exportation des séances…</translation>
    </message>
    <message>
        <source>Sessions written to %1</source>
        <translation>Séances écrites dans %1</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exportation…</translation>
    </message>
    <message>
        <source>History written to %1</source>
        <translation>Historique écrit dans %1</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importation…</translation>
    </message>
    <message>
        <source>Close the running Limber first, or use its File menu.</source>
        <translation>Fermez d’abord le Limber déjà ouvert, ou utilisez son menu Fichier.</translation>
    </message>
    <message>
        <source>Nothing was exported: your history file was damaged. It is kept, unchanged, in %1; Limber can restore one of its backups (File menu, Restore a Backup). %2 was not written.</source>
        <translation>Rien n’a été exporté&#xa0;: votre fichier d’historique était endommagé. Il est conservé, sans modification, dans %1&#xa0;; Limber peut restaurer l’une de ses sauvegardes (menu Fichier, Restaurer une sauvegarde). %2 n’a pas été écrit.</translation>
    </message>
</context>
<context>
    <name>DataDir</name>
    <message>
        <source>This system has no folder for application data. Start Limber with --data-dir DIR to choose one.</source>
        <translation>Ce système n’a pas de dossier pour les données des applications. Lancez Limber avec --data-dir DIR pour en choisir un.</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder. Choose another data folder with --data-dir.</source>
        <translation>%1 est un fichier, pas un dossier. Choisissez un autre dossier de données avec --data-dir.</translation>
    </message>
    <message>
        <source>The data folder %1 could not be created. Check that its parent folder exists and that you may write there, or choose another with --data-dir.</source>
        <translation>Le dossier de données %1 n’a pas pu être créé. Vérifiez que son dossier parent existe et que vous avez le droit d’y écrire, ou choisissez-en un autre avec --data-dir.</translation>
    </message>
</context>
<context>
    <name>EspeakSpeech</name>
    <message>
        <source>The speech engine (eSpeak NG) could not start: its voice data is missing.</source>
        <translation>Le moteur vocal (eSpeak NG) n’a pas pu démarrer&#xa0;: ses données de voix sont absentes.</translation>
    </message>
    <message>
        <source>The speech engine has no voice called “%1”.</source>
        <translation>Le moteur vocal n’a pas de voix nommée «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The speech engine could not say “%1”.</source>
        <translation>Le moteur vocal n’a pas pu prononcer «&#xa0;%1&#xa0;».</translation>
    </message>
</context>
<context>
    <name>ExerciseParser</name>
    <message>
        <source>the camera turns from -180 to 180 degrees (0 looks at the front, 90 at the side, 45 from three-quarters)</source>
        <translation>la caméra tourne de -180 à 180 degrés (0 regarde de face, 90 de côté, 45 de trois quarts)</translation>
    </message>
    <message>
        <source>a movement takes %1 to %2 seconds</source>
        <translation>un mouvement dure de %1 à %2 secondes</translation>
    </message>
    <message>
        <source>the movement starts and ends in the same pose &quot;%1&quot;; give fromPose the pose the movement starts from</source>
        <translation>le mouvement commence et finit dans la même pose &quot;%1&quot;&#xa0;; indiquez dans fromPose la pose d’où part le mouvement</translation>
    </message>
    <message>
        <source>a step takes 1 to %1 seconds</source>
        <translation>une étape dure de 1 à %1 secondes</translation>
    </message>
    <message>
        <source>missing; an exercise with &quot;sideMode&quot;: &quot;alternating&quot; names its sides, e.g. {&quot;left&quot;: &quot;left leg on top&quot;, &quot;right&quot;: &quot;right leg on top&quot;}</source>
        <translation>absent&#xa0;; un exercice avec &quot;sideMode&quot;: &quot;alternating&quot; nomme ses côtés, par exemple {&quot;left&quot;: &quot;left leg on top&quot;, &quot;right&quot;: &quot;right leg on top&quot;}</translation>
    </message>
    <message>
        <source>side labels only apply to an exercise with &quot;sideMode&quot;: &quot;alternating&quot;; remove them or change sideMode</source>
        <translation>les libellés de côté ne s’appliquent qu’à un exercice avec &quot;sideMode&quot;: &quot;alternating&quot;&#xa0;; retirez-les ou modifiez sideMode</translation>
    </message>
    <message>
        <source>a get-ready camera needs &quot;getReadyPose&quot;; without it the first step&apos;s pose is shown with that step&apos;s camera</source>
        <translation>une caméra de préparation nécessite &quot;getReadyPose&quot;&#xa0;; sans cela, la pose de la première étape s’affiche avec la caméra de cette étape</translation>
    </message>
    <message>
        <source>a hold grows by %1 to %2 seconds at a time</source>
        <translation>un maintien s’allonge de %1 à %2 secondes à la fois</translation>
    </message>
    <message>
        <source>the longest hold to grow to is %1 to %2 seconds</source>
        <translation>le maintien le plus long à atteindre est de %1 à %2 secondes</translation>
    </message>
    <message>
        <source>the most holds per side to grow to is %1 to %2</source>
        <translation>le nombre maximal de maintiens par côté à atteindre va de %1 à %2</translation>
    </message>
    <message>
        <source>the place in the programme is 1 to %1, 1 first</source>
        <translation>la place dans le programme va de 1 à %1, 1 en premier</translation>
    </message>
    <message>
        <source>add at least one step that shows how to get into position</source>
        <translation>ajoutez au moins une étape qui montre comment se mettre en position</translation>
    </message>
    <message>
        <source>an exercise has at most %1 steps</source>
        <translation>un exercice a au plus %1 étapes</translation>
    </message>
</context>
<context>
    <name>ExerciseSections</name>
    <message>
        <source>Ask first</source>
        <translation>Demandez conseil d’abord</translation>
    </message>
    <message>
        <source>Talk to your doctor or physiotherapist before doing this exercise if:</source>
        <translation>Parlez-en à votre médecin ou à votre kinésithérapeute avant de faire cet exercice si&#xa0;:</translation>
    </message>
    <message>
        <source>Why it helps</source>
        <translation>Pourquoi c’est utile</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>Ce que fait cet exercice</translation>
    </message>
    <message>
        <source>How to do it</source>
        <translation>Comment le faire</translation>
    </message>
    <message>
        <source>Step %1</source>
        <translation>Étape %1</translation>
    </message>
    <message>
        <source>Take care:</source>
        <translation>Attention&#xa0;:</translation>
    </message>
    <message>
        <source>Figure for step %1</source>
        <translation>Figure de l’étape %1</translation>
    </message>
    <message>
        <source>Take care</source>
        <translation>Précautions</translation>
    </message>
    <message>
        <source>Breathing</source>
        <translation>Respiration</translation>
    </message>
    <message>
        <source>Variation</source>
        <translation>Variante</translation>
    </message>
    <message>
        <source>Left and right</source>
        <translation>Gauche et droite</translation>
    </message>
    <message>
        <source>The holds take turns between the two sides. In a session, the screen and the voice say which side comes next.</source>
        <translation>Les maintiens alternent entre les deux côtés. Pendant une séance, l’écran et la voix indiquent quel côté vient ensuite.</translation>
    </message>
    <message>
        <source>Left side: %1</source>
        <translation>Côté gauche&#xa0;: %1</translation>
    </message>
    <message>
        <source>Right side: %1</source>
        <translation>Côté droit&#xa0;: %1</translation>
    </message>
    <message>
        <source>The goal</source>
        <translation>Le but</translation>
    </message>
    <message>
        <source>How long it usually takes: %1</source>
        <translation>Temps habituellement nécessaire&#xa0;: %1</translation>
    </message>
    <message>
        <source>Figure of the goal position</source>
        <translation>Figure de la position visée</translation>
    </message>
</context>
<context>
    <name>ExerciseSessions</name>
    <message>
        <source>Limber could not read the sessions of &quot;%1&quot;.</source>
        <translation>Limber n’a pas pu lire les séances de «&#xa0;%1&#xa0;».</translation>
    </message>
</context>
<context>
    <name>ExportDestination</name>
    <message>
        <source>the system gave no reason</source>
        <translation>le système n’a pas donné de raison</translation>
    </message>
    <message>
        <source>Limber did not write %1: it is a folder. Give the name of a file to create in it.</source>
        <translation>Limber n’a pas écrit %1&#xa0;: c’est un dossier. Indiquez le nom d’un fichier à créer à l’intérieur.</translation>
    </message>
    <message>
        <source>Limber did not write %1: it is neither a regular file nor a pipe or terminal it can write into. Give the name of a file to create.</source>
        <translation>Limber n’a pas écrit %1&#xa0;: ce n’est ni un fichier ordinaire, ni un tube ou un terminal dans lequel il peut écrire. Indiquez le nom d’un fichier à créer.</translation>
    </message>
    <message>
        <source>Limber could not open %1 for writing (%2).</source>
        <translation>Limber n’a pas pu ouvrir %1 en écriture (%2).</translation>
    </message>
    <message>
        <source>Limber could not create %1 (%2). Choose a folder you may write to.</source>
        <translation>Limber n’a pas pu créer %1 (%2). Choisissez un dossier où vous avez le droit d’écrire.</translation>
    </message>
    <message>
        <source>What reached it may be incomplete.</source>
        <translation>Ce qui y a été écrit est peut-être incomplet.</translation>
    </message>
    <message>
        <source>An earlier file there is unchanged.</source>
        <translation>Le fichier qui s’y trouvait déjà n’a pas été modifié.</translation>
    </message>
    <message>
        <source>Limber could not write %1: there is no space left on the device. Free some space or choose another place. %2</source>
        <translation>Limber n’a pas pu écrire %1&#xa0;: il n’y a plus d’espace libre sur le disque. Libérez de l’espace ou choisissez un autre emplacement. %2</translation>
    </message>
    <message>
        <source>Limber could not write %1 (%2). Check that you may write there. %3</source>
        <translation>Limber n’a pas pu écrire %1 (%2). Vérifiez que vous avez le droit d’écrire à cet endroit. %3</translation>
    </message>
</context>
<context>
    <name>HistoryCharts</name>
    <message>
        <source>No holds in these weeks.</source>
        <translation>Aucun maintien pendant ces semaines.</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Gauche</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Droite</translation>
    </message>
    <message>
        <source>No side</source>
        <translation>Sans côté</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>Longest hold</source>
        <translation>Maintien le plus long</translation>
    </message>
    <message>
        <source>No sessions in these weeks.</source>
        <translation>Aucune séance pendant ces semaines.</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Séances</translation>
    </message>
    <message>
        <source>No reach recorded in these weeks.</source>
        <translation>Aucune amplitude notée pendant ces semaines.</translation>
    </message>
    <message>
        <source>Furthest reach</source>
        <translation>Amplitude maximale</translation>
    </message>
    <message>
        <source>No pain recorded in these weeks.</source>
        <translation>Aucune douleur notée pendant ces semaines.</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Après</translation>
    </message>
</context>
<context>
    <name>HistoryExport</name>
    <message>
        <source>the export</source>
        <translation>l’exportation</translation>
    </message>
    <message>
        <source>Limber could not write the export (%1). Check that the disk has free space and that you may write to the chosen place.</source>
        <translation>Limber n’a pas pu écrire l’exportation (%1). Vérifiez qu’il reste de la place sur le disque et que vous avez le droit d’écrire à l’emplacement choisi.</translation>
    </message>
</context>
<context>
    <name>HistoryFormat</name>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>today</source>
        <translation>aujourd’hui</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>hier</translation>
    </message>
    <message>
        <source>%1 days ago</source>
        <translation>il y a %1 jours</translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>le %1</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd’hui</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Hier</translation>
    </message>
</context>
<context>
    <name>HistoryImport</name>
    <message>
        <source>%1: &quot;%2&quot; is missing or not valid.</source>
        <translation>%1&#xa0;: &quot;%2&quot; est absent ou n’est pas valide.</translation>
    </message>
    <message>
        <source>Session %1</source>
        <translation>Séance %1</translation>
    </message>
    <message>
        <source>Session %1, hold %2</source>
        <translation>Séance %1, maintien %2</translation>
    </message>
    <message>
        <source>Routine %1</source>
        <translation>Routine %1</translation>
    </message>
    <message>
        <source>%1: &quot;id&quot; is &quot;%2&quot; but the routine inside has the id &quot;%3&quot;.</source>
        <translation>%1&#xa0;: &quot;id&quot; vaut &quot;%2&quot;, mais la routine qu’il contient a l’identifiant &quot;%3&quot;.</translation>
    </message>
    <message>
        <source>Limber could not open %1 (%2).</source>
        <translation>Limber n’a pas pu ouvrir %1 (%2).</translation>
    </message>
    <message>
        <source>Limber could not read %1 (%2).</source>
        <translation>Limber n’a pas pu lire %1 (%2).</translation>
    </message>
    <message>
        <source>%1 MiB</source>
        <translation>%1 Mio</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 octets</translation>
    </message>
    <message>
        <source>%1 is larger than %2, the most Limber imports (an export of a million holds is about 225 MB), so it is not a Limber history export. Nothing was changed.</source>
        <translation>%1 dépasse %2, la taille maximale que Limber importe (une exportation d’un million de maintiens pèse environ 225 Mo)&#xa0;: ce n’est donc pas une exportation d’historique Limber. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>%1 is not a Limber export: it is not valid JSON (%2 at byte %3).</source>
        <translation>%1 n’est pas une exportation Limber&#xa0;: ce n’est pas du JSON valide (%2 à l’octet %3).</translation>
    </message>
    <message>
        <source>%1 is not a Limber history export.</source>
        <translation>%1 n’est pas une exportation d’historique Limber.</translation>
    </message>
    <message>
        <source>%1 cannot be imported: &quot;formatVersion&quot; is missing or is not a whole number from 1 to %2. Nothing was changed.</source>
        <translation>%1 ne peut pas être importé&#xa0;: &quot;formatVersion&quot; est absent ou n’est pas un nombre entier de 1 à %2. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>%1 was exported by a newer version of Limber (&quot;formatVersion&quot; %2; this version reads up to %3). Update Limber to import it.</source>
        <translation>%1 a été exporté par une version plus récente de Limber (&quot;formatVersion&quot; %2&#xa0;; cette version lit jusqu’à %3). Mettez Limber à jour pour l’importer.</translation>
    </message>
    <message>
        <source>%1 cannot be imported. %2 Nothing was changed.</source>
        <translation>%1 ne peut pas être importé. %2 Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>%1 is not an object.</source>
        <translation>%1 n’est pas un objet.</translation>
    </message>
    <message>
        <source>Target decision %1</source>
        <translation>Décision d’objectif %1</translation>
    </message>
    <message>
        <source>Declined suggestion %1</source>
        <translation>Suggestion refusée %1</translation>
    </message>
</context>
<context>
    <name>HistoryReadCopy</name>
    <message>
        <source>No history yet in %1: there is nothing to report. A report can be made once a session has been recorded there.</source>
        <translation>Pas encore d’historique dans %1&#xa0;: il n’y a rien à présenter. Un rapport pourra être créé dès qu’une séance y aura été enregistrée.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Limber (history format %2). Update Limber to make a report from it.</source>
        <translation>%1 a été écrit par une version plus récente de Limber (format d’historique %2). Mettez Limber à jour pour en tirer un rapport.</translation>
    </message>
    <message>
        <source>No report was made: the history file %1 is damaged or is not Limber&apos;s: %2 It is left unchanged where it is. Open Limber to keep it aside and restore a backup.</source>
        <translation>Aucun rapport n’a été créé&#xa0;: le fichier d’historique %1 est endommagé ou n’appartient pas à Limber&#xa0;: %2 Il reste inchangé, à sa place. Ouvrez Limber pour le mettre de côté et restaurer une sauvegarde.</translation>
    </message>
    <message>
        <source>No report was made: no temporary folder could be created (%1).</source>
        <translation>Aucun rapport n’a été créé&#xa0;: impossible de créer un dossier temporaire (%1).</translation>
    </message>
    <message>
        <source>No report was made: the history in %1 could not be read. %2</source>
        <translation>Aucun rapport n’a été créé&#xa0;: l’historique de %1 n’a pas pu être lu. %2</translation>
    </message>
</context>
<context>
    <name>HistoryText</name>
    <message>
        <source>No left or right holds in the last four weeks.</source>
        <translation>Aucun maintien à gauche ni à droite ces quatre dernières semaines.</translation>
    </message>
    <message>
        <source>Too early to compare left and right: that needs holds from two sessions or more.</source>
        <translation>Trop tôt pour comparer la gauche et la droite&#xa0;: il faut pour cela des maintiens d’au moins deux séances.</translation>
    </message>
    <message>
        <source>Only your left side has holds in the last four weeks.</source>
        <translation>Seul votre côté gauche a des maintiens ces quatre dernières semaines.</translation>
    </message>
    <message>
        <source>Only your right side has holds in the last four weeks.</source>
        <translation>Seul votre côté droit a des maintiens ces quatre dernières semaines.</translation>
    </message>
    <message>
        <source>Your right side had %1 % less hold time than your left over the last four weeks.</source>
        <translation>Votre côté droit a eu %1&#xa0;% de temps de maintien en moins que le gauche ces quatre dernières semaines.</translation>
    </message>
    <message>
        <source>Your left side had %1 % less hold time than your right over the last four weeks.</source>
        <translation>Votre côté gauche a eu %1&#xa0;% de temps de maintien en moins que le droit ces quatre dernières semaines.</translation>
    </message>
    <message>
        <source>Your left and right sides are within 20 % of each other over the last four weeks.</source>
        <translation>Vos côtés gauche et droit restent à moins de 20&#xa0;% l’un de l’autre ces quatre dernières semaines.</translation>
    </message>
    <message>
        <source>%1: no holds.</source>
        <translation>%1&#xa0;: aucun maintien.</translation>
    </message>
    <message>
        <source>%1: %2 held; left %3, right %4, no side %5.</source>
        <translation>%1&#xa0;: %2 de maintien&#xa0;; gauche %3, droite %4, sans côté %5.</translation>
    </message>
    <message>
        <source>%1: longest hold %2.</source>
        <translation>%1&#xa0;: maintien le plus long %2.</translation>
    </message>
    <message>
        <source>Target: %1 a hold.</source>
        <translation>Objectif&#xa0;: %1 par maintien.</translation>
    </message>
    <message>
        <source>Target: %1 a hold since %2 (%3 before).</source>
        <translation>Objectif&#xa0;: %1 par maintien depuis le %2 (%3 auparavant).</translation>
    </message>
    <message>
        <source>%1: sessions: %2.</source>
        <translation>%1&#xa0;: séances&#xa0;: %2.</translation>
    </message>
    <message>
        <source>%1: no reach recorded.</source>
        <translation>%1&#xa0;: aucune amplitude notée.</translation>
    </message>
    <message>
        <source>%1: furthest reach: %2.</source>
        <translation>%1&#xa0;: amplitude maximale&#xa0;: %2.</translation>
    </message>
    <message>
        <source>%1: no pain recorded.</source>
        <translation>%1&#xa0;: aucune douleur notée.</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>non notée</translation>
    </message>
    <message>
        <source>%1: pain before %2, after %3 (0 to 10).</source>
        <translation>%1&#xa0;: douleur avant %2, après %3 (de 0 à 10).</translation>
    </message>
    <message>
        <source>Level %1</source>
        <translation>Niveau %1</translation>
    </message>
</context>
<context>
    <name>InstanceRequest</name>
    <message>
        <source>The request is not readable: %1</source>
        <translation>La demande est illisible&#xa0;: %1</translation>
    </message>
    <message>
        <source>Limber is already running; its window was brought to the front.</source>
        <translation>Limber est déjà ouvert&#xa0;; sa fenêtre a été mise au premier plan.</translation>
    </message>
    <message>
        <source>Limber is already running; asked it to start today&apos;s routine.</source>
        <translation>Limber est déjà ouvert&#xa0;; il lui a été demandé de lancer la routine du jour.</translation>
    </message>
    <message>
        <source>Limber is already running; asked it to start %1.</source>
        <translation>Limber est déjà ouvert&#xa0;; il lui a été demandé de lancer %1.</translation>
    </message>
</context>
<context>
    <name>JsonReader</name>
    <message>
        <source>the end of the file</source>
        <translation>la fin du fichier</translation>
    </message>
    <message>
        <source>expected %1 but found %2</source>
        <translation>attendu&#xa0;: %1, trouvé&#xa0;: %2</translation>
    </message>
    <message>
        <source>; JSON puts keys and text in double quotes (&quot;)</source>
        <translation>; en JSON, les clés et le texte sont entre guillemets droits (&quot;)</translation>
    </message>
    <message>
        <source>; JSON files cannot contain comments</source>
        <translation>; un fichier JSON ne peut pas contenir de commentaires</translation>
    </message>
    <message>
        <source>; numbers must be finite and written with digits</source>
        <translation>; les nombres doivent être finis et écrits avec des chiffres</translation>
    </message>
    <message>
        <source>; write numbers like 5, -2 or 0.5</source>
        <translation>; écrivez les nombres comme 5, -2 ou 0.5</translation>
    </message>
    <message>
        <source>the file ends before the object opened at line %1, column %2 is closed; the file may be cut short or miss a &apos;}&apos;</source>
        <translation>le fichier se termine avant la fermeture de l’objet ouvert ligne %1, colonne %2&#xa0;; le fichier est peut-être tronqué, ou il manque une &apos;}&apos;</translation>
    </message>
    <message>
        <source>the file ends before the list opened at line %1, column %2 is closed; the file may be cut short or miss a &apos;]&apos;</source>
        <translation>le fichier se termine avant la fermeture de la liste ouverte ligne %1, colonne %2&#xa0;; le fichier est peut-être tronqué, ou il manque un &apos;]&apos;</translation>
    </message>
    <message>
        <source>the file is not valid UTF-8 text (byte 0x%1 here does not belong to any character); save it as UTF-8, or check that it is a content file at all</source>
        <translation>le fichier n’est pas un texte UTF-8 valide (l’octet 0x%1 à cet endroit n’appartient à aucun caractère)&#xa0;; enregistrez-le en UTF-8, ou vérifiez qu’il s’agit bien d’un fichier de contenu</translation>
    </message>
    <message>
        <source>the file is empty; a content file holds one JSON object that starts with {&quot;format&quot;: 1</source>
        <translation>le fichier est vide&#xa0;; un fichier de contenu contient un objet JSON qui commence par {&quot;format&quot;: 1</translation>
    </message>
    <message>
        <source>the file holds only blank space; a content file holds one JSON object that starts with {&quot;format&quot;: 1</source>
        <translation>le fichier ne contient que des espaces&#xa0;; un fichier de contenu contient un objet JSON qui commence par {&quot;format&quot;: 1</translation>
    </message>
    <message>
        <source>the end of the file after the value that starts at line %1, column %2</source>
        <translation>la fin du fichier après la valeur qui commence ligne %1, colonne %2</translation>
    </message>
    <message>
        <source>the file ends where a value was expected; it may be cut short</source>
        <translation>le fichier se termine là où une valeur était attendue&#xa0;; il est peut-être tronqué</translation>
    </message>
    <message>
        <source>a value (text in double quotes, a number, true, false, null, a list or an object)</source>
        <translation>une valeur (du texte entre guillemets droits, un nombre, true, false, null, une liste ou un objet)</translation>
    </message>
    <message>
        <source>objects and lists are nested more than %1 levels deep here; content files never need that many</source>
        <translation>les objets et les listes sont imbriqués sur plus de %1 niveaux ici&#xa0;; un fichier de contenu n’en a jamais besoin d’autant</translation>
    </message>
    <message>
        <source>a comma before &apos;}&apos; is followed by no key; remove the last comma</source>
        <translation>une virgule avant &apos;}&apos; n’est suivie d’aucune clé&#xa0;; retirez la dernière virgule</translation>
    </message>
    <message>
        <source>a key in double quotes</source>
        <translation>une clé entre guillemets droits</translation>
    </message>
    <message>
        <source>the key &quot;%1&quot; appears twice in one object (first at line %2, column %3); keep only one</source>
        <translation>la clé &quot;%1&quot; apparaît deux fois dans un même objet (d’abord ligne %2, colonne %3)&#xa0;; n’en gardez qu’une</translation>
    </message>
    <message>
        <source>&apos;:&apos; after the key &quot;%1&quot;</source>
        <translation>&apos;:&apos; après la clé &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&apos;,&apos; or &apos;}&apos; after the value of &quot;%1&quot;</source>
        <translation>&apos;,&apos; ou &apos;}&apos; après la valeur de &quot;%1&quot;</translation>
    </message>
    <message>
        <source>a comma before &apos;]&apos; is followed by no value; remove the last comma</source>
        <translation>une virgule avant &apos;]&apos; n’est suivie d’aucune valeur&#xa0;; retirez la dernière virgule</translation>
    </message>
    <message>
        <source>&apos;,&apos; or &apos;]&apos; after a list element</source>
        <translation>&apos;,&apos; ou &apos;]&apos; après un élément de liste</translation>
    </message>
    <message>
        <source>the file is larger than the %1 KiB a content file may have; split it into smaller files</source>
        <translation>le fichier dépasse les %1 Kio autorisés pour un fichier de contenu&#xa0;; répartissez-le en fichiers plus petits</translation>
    </message>
    <message>
        <source>cannot open the file (%1); check that it exists and that you may read it</source>
        <translation>impossible d’ouvrir le fichier (%1)&#xa0;; vérifiez qu’il existe et que vous avez le droit de le lire</translation>
    </message>
    <message>
        <source>cannot read the file (%1)</source>
        <translation>impossible de lire le fichier (%1)</translation>
    </message>
    <message>
        <source>the text that starts here is never closed; add the missing &apos;&quot;&apos;</source>
        <translation>le texte qui commence ici n’est jamais fermé&#xa0;; ajoutez le &apos;&quot;&apos; manquant</translation>
    </message>
    <message>
        <source>the text that starts here is not closed on its line; add the missing &apos;&quot;&apos;, or write a line break as \n</source>
        <translation>le texte qui commence ici n’est pas fermé sur sa ligne&#xa0;; ajoutez le &apos;&quot;&apos; manquant, ou écrivez un saut de ligne sous la forme \n</translation>
    </message>
    <message>
        <source>text contains the control character U+%1; remove it, or write a tab as \t</source>
        <translation>le texte contient le caractère de contrôle U+%1&#xa0;; retirez-le, ou écrivez une tabulation sous la forme \t</translation>
    </message>
    <message>
        <source>the file ends inside an escape sequence</source>
        <translation>le fichier se termine au milieu d’une séquence d’échappement</translation>
    </message>
    <message>
        <source>unknown escape \%1; use \&quot;, \\, \/, \b, \f, \n, \r, \t or \u followed by four hex digits</source>
        <translation>séquence d’échappement inconnue \%1&#xa0;; utilisez \&quot;, \\, \/, \b, \f, \n, \r, \t ou \u suivi de quatre chiffres hexadécimaux</translation>
    </message>
    <message>
        <source>\u must be followed by four hex digits, as in \u00E9</source>
        <translation>\u doit être suivi de quatre chiffres hexadécimaux, comme dans \u00E9</translation>
    </message>
    <message>
        <source>\u%1 is the second half of a surrogate pair without a first half; write the character itself instead</source>
        <translation>\u%1 est la seconde moitié d’une paire de substitution sans première moitié&#xa0;; écrivez plutôt le caractère lui-même</translation>
    </message>
    <message>
        <source>\u%1 is the first half of a surrogate pair and must be followed by the second half (\uDC00 to \uDFFF); write the character itself instead</source>
        <translation>\u%1 est la première moitié d’une paire de substitution et doit être suivi de la seconde moitié (\uDC00 à \uDFFF)&#xa0;; écrivez plutôt le caractère lui-même</translation>
    </message>
    <message>
        <source>a digit after &apos;-&apos;</source>
        <translation>un chiffre après &apos;-&apos;</translation>
    </message>
    <message>
        <source>a number cannot start with 0 followed by more digits; write 7, not 07</source>
        <translation>un nombre ne peut pas commencer par 0 suivi d’autres chiffres&#xa0;; écrivez 7, pas 07</translation>
    </message>
    <message>
        <source>a digit after the decimal point</source>
        <translation>un chiffre après le point décimal</translation>
    </message>
    <message>
        <source>a digit in the exponent</source>
        <translation>un chiffre dans l’exposant</translation>
    </message>
    <message>
        <source>the number %1 is too large or too small to use</source>
        <translation>le nombre %1 est trop grand ou trop petit pour être utilisé</translation>
    </message>
    <message>
        <source>expected true, false or null; text must be in double quotes</source>
        <translation>attendu&#xa0;: true, false ou null&#xa0;; le texte doit être entre guillemets droits</translation>
    </message>
</context>
<context>
    <name>LogGridBlock</name>
    <message>
        <source>Hold %1</source>
        <translation>Maintien %1</translation>
    </message>
    <message>
        <source>Pain</source>
        <translation>Douleur</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>0–10</source>
        <comment>pain scale</comment>
        <translation>0–10</translation>
    </message>
</context>
<context>
    <name>ObjectFields</name>
    <message>
        <source>missing; add &quot;%1&quot; to the object that starts here (it is required)</source>
        <translation>absent&#xa0;; ajoutez &quot;%1&quot; à l’objet qui commence ici (il est obligatoire)</translation>
    </message>
</context>
<context>
    <name>PcmClip</name>
    <message>
        <source>The sound file %1 cannot be used: %2</source>
        <translation>Le fichier son %1 est inutilisable&#xa0;: %2</translation>
    </message>
    <message>
        <source>it is not a WAVE file.</source>
        <translation>ce n’est pas un fichier WAVE.</translation>
    </message>
    <message>
        <source>the “%1” chunk runs past the end of the file.</source>
        <translation>le bloc «&#xa0;%1&#xa0;» dépasse la fin du fichier.</translation>
    </message>
    <message>
        <source>its format chunk is too short.</source>
        <translation>son bloc de format est trop court.</translation>
    </message>
    <message>
        <source>only 16-bit PCM is supported.</source>
        <translation>seul le PCM 16 bits est pris en charge.</translation>
    </message>
    <message>
        <source>it has no usable format chunk.</source>
        <translation>il n’a pas de bloc de format utilisable.</translation>
    </message>
    <message>
        <source>it has no sound data.</source>
        <translation>il ne contient aucune donnée sonore.</translation>
    </message>
</context>
<context>
    <name>PdfDocumentWriter</name>
    <message>
        <source>Could not start a PDF in %1. Try again, or choose another folder.</source>
        <translation>Impossible de commencer un PDF dans %1. Réessayez, ou choisissez un autre dossier.</translation>
    </message>
</context>
<context>
    <name>PoseParser</name>
    <message>
        <source>joint angles are degrees from -180 to 180</source>
        <translation>les angles des articulations sont en degrés, de -180 à 180</translation>
    </message>
    <message>
        <source>expected an object that maps pose ids to poses, found %1</source>
        <translation>attendu&#xa0;: un objet qui associe des identifiants de pose à des poses, trouvé&#xa0;: %1</translation>
    </message>
    <message>
        <source>no poses; add at least one, such as &quot;sitting-upright&quot;: {&quot;pelvisPitch&quot;: 0}</source>
        <translation>aucune pose&#xa0;; ajoutez-en au moins une, comme &quot;sitting-upright&quot;: {&quot;pelvisPitch&quot;: 0}</translation>
    </message>
</context>
<context>
    <name>ProgressAdvisor</name>
    <message>
        <source>A hold lasts %1 to %2 seconds and a routine asks %3 to %4 holds per side; %5 s and %6 holds do not fit.</source>
        <translation>Un maintien dure de %1 à %2 secondes et une routine demande de %3 à %4 maintiens par côté&#xa0;; %5 s et %6 maintiens ne conviennent pas.</translation>
    </message>
    <message>
        <source>The routine has no exercise &quot;%1&quot;; there is no target to reset.</source>
        <translation>La routine n’a pas d’exercice «&#xa0;%1&#xa0;»&#xa0;; il n’y a pas d’objectif à rétablir.</translation>
    </message>
</context>
<context>
    <name>ProgressReport</name>
    <message>
        <source>%1 · %2 · page %3 of %4</source>
        <translation>%1 · %2 · page %3 sur %4</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Séances</translation>
    </message>
    <message>
        <source>Minutes held</source>
        <translation>Minutes de maintien</translation>
    </message>
    <message>
        <source>Days in a row now</source>
        <translation>Jours d’affilée en cours</translation>
    </message>
    <message>
        <source>Pain before a session</source>
        <translation>Douleur avant une séance</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>non notée</translation>
    </message>
    <message>
        <source>Minutes held each week</source>
        <translation>Minutes de maintien par semaine</translation>
    </message>
    <message>
        <source>Left and right stacked, the week&apos;s total above each bar. Each week is named by its first day.</source>
        <translation>Gauche et droite empilées, avec le total de la semaine au-dessus de chaque barre. Chaque semaine porte le nom de son premier jour.</translation>
    </message>
    <message>
        <source>Left and right, last four weeks</source>
        <translation>Gauche et droite, quatre dernières semaines</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Gauche</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Droite</translation>
    </message>
    <message>
        <source>Pain before and after a session</source>
        <translation>Douleur avant et après une séance</translation>
    </message>
    <message>
        <source>The week&apos;s average of the scores given before and after each session: 0 is no pain, 10 the worst imaginable.</source>
        <translation>Moyenne de la semaine des notes données avant et après chaque séance&#xa0;: 0 signifie aucune douleur, 10 la pire imaginable.</translation>
    </message>
    <message>
        <source>How far into the stretch</source>
        <translation>Amplitude de l’étirement</translation>
    </message>
    <message>
        <source>The furthest position reached each week, on the exercise&apos;s own steps.</source>
        <translation>La position la plus avancée atteinte chaque semaine, d’après les étapes propres à l’exercice.</translation>
    </message>
    <message>
        <source>No reach recorded in these weeks.</source>
        <translation>Aucune amplitude notée pendant ces semaines.</translation>
    </message>
    <message>
        <source>Hold targets</source>
        <translation>Objectifs de maintien</translation>
    </message>
    <message>
        <source>How long and how often each exercise is held. Limber proposes a change when the sessions call for one; the person decides.</source>
        <translation>Durée et nombre de maintiens de chaque exercice. Limber propose un changement quand les séances le justifient&#xa0;; c’est la personne qui décide.</translation>
    </message>
    <message>
        <source>Now: %1</source>
        <translation>Actuellement&#xa0;: %1</translation>
    </message>
    <message>
        <source>Not changed in these weeks.</source>
        <translation>Inchangé pendant ces semaines.</translation>
    </message>
    <message>
        <source>Notes after sessions</source>
        <translation>Notes après les séances</translation>
    </message>
    <message>
        <source>No notes in these weeks.</source>
        <translation>Aucune note pendant ces semaines.</translation>
    </message>
    <message>
        <source>Progress report</source>
        <translation>Rapport de progrès</translation>
    </message>
    <message>
        <source>0–10, first week → last week</source>
        <translation>0–10, première semaine → dernière semaine</translation>
    </message>
</context>
<context>
    <name>ProgressText</name>
    <message numerus="yes">
        <source>You held every hold in your last %n session(s).</source>
        <translation>
            <numerusform>Vous avez tenu chaque maintien sur %n séance récente.</numerusform>
            <numerusform>Vous avez tenu chaque maintien sur vos %n dernières séances.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You held every hold in your last %n session(s) and your pain did not rise.</source>
        <translation>
            <numerusform>Vous avez tenu chaque maintien sur %n séance récente, sans hausse de la douleur.</numerusform>
            <numerusform>Vous avez tenu chaque maintien sur vos %n dernières séances, sans hausse de la douleur.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your last session stopped because it hurt.</source>
        <translation>Votre dernière séance s’est arrêtée parce que vous aviez mal.</translation>
    </message>
    <message>
        <source>Your pain went from %1 before a session to %2 after it.</source>
        <translation>Votre douleur est passée de %1 avant une séance à %2 après.</translation>
    </message>
    <message>
        <source>Your pain rose after a session.</source>
        <translation>Votre douleur a augmenté après une séance.</translation>
    </message>
    <message numerus="yes">
        <source>Welcome back: it has been %n day(s) since you last did it.</source>
        <translation>
            <numerusform>Bon retour&#xa0;: cela fait %n jour que vous ne l’avez pas fait.</numerusform>
            <numerusform>Bon retour&#xa0;: cela fait %n jours que vous ne l’avez pas fait.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 × %2 s each side</source>
        <translation>%1 × %2 s de chaque côté</translation>
    </message>
    <message>
        <source>%1 × %2 s</source>
        <translation>%1 × %2 s</translation>
    </message>
    <message>
        <source>Try %1 from now on (now %2)?</source>
        <translation>Passer à %1 à partir de maintenant (actuellement %2)&#xa0;?</translation>
    </message>
    <message>
        <source>Ease back to %1 for a while (now %2)?</source>
        <translation>Revenir à %1 pendant quelque temps (actuellement %2)&#xa0;?</translation>
    </message>
    <message>
        <source>%1: %2 %3</source>
        <translation>%1&#xa0;: %2 %3</translation>
    </message>
    <message>
        <source>%1 feels comfortable now. When you feel ready, the next exercise of the programme is %2. Take it slowly, and only if your body agrees.</source>
        <translation>%1 vous semble maintenant confortable. Quand vous vous en sentirez capable, l’exercice suivant du programme est %2. Allez-y doucement, et seulement si votre corps est d’accord.</translation>
    </message>
    <message>
        <source>%1: %2 (grown)</source>
        <translation>%1&#xa0;: %2 (augmenté)</translation>
    </message>
    <message>
        <source>%1: %2 (eased back)</source>
        <translation>%1&#xa0;: %2 (allégé)</translation>
    </message>
    <message>
        <source>%1: %2 (set by hand)</source>
        <translation>%1&#xa0;: %2 (réglé à la main)</translation>
    </message>
    <message>
        <source>%1: %2 (the routine&apos;s own plan)</source>
        <translation>%1&#xa0;: %2 (plan d’origine de la routine)</translation>
    </message>
    <message>
        <source>%1: kept the target, declined %2</source>
        <translation>%1&#xa0;: objectif conservé, %2 refusé</translation>
    </message>
</context>
<context>
    <name>Reminder</name>
    <message>
        <source>Open Limber</source>
        <translation>Ouvrir Limber</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Commencer</translation>
    </message>
    <message>
        <source>Snooze 10 min</source>
        <translation>Rappeler dans 10 min</translation>
    </message>
    <message>
        <source>Skip today</source>
        <translation>Pas aujourd’hui</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Ignorer</translation>
    </message>
</context>
<context>
    <name>ReportText</name>
    <message numerus="yes">
        <source>%n week(s)</source>
        <translation>
            <numerusform>%n semaine</numerusform>
            <numerusform>%n semaines</numerusform>
        </translation>
    </message>
    <message>
        <source>recorded in Limber</source>
        <translation>données enregistrées dans Limber</translation>
    </message>
    <message>
        <source>Made on %1</source>
        <translation>Créé le %1</translation>
    </message>
    <message>
        <source>Exercises: %1</source>
        <translation>Exercices&#xa0;: %1</translation>
    </message>
    <message>
        <source>No sessions in these weeks.</source>
        <translation>Aucune séance pendant ces semaines.</translation>
    </message>
    <message numerus="yes">
        <source>%n completed</source>
        <translation>
            <numerusform>%n terminée</numerusform>
            <numerusform>%n terminées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stopped (%1 for pain)</source>
        <translation>
            <numerusform>%n arrêtée (dont %1 à cause de la douleur)</numerusform>
            <numerusform>%n arrêtées (dont %1 à cause de la douleur)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stopped</source>
        <translation>
            <numerusform>%n arrêtée</numerusform>
            <numerusform>%n arrêtées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n interrupted</source>
        <translation>
            <numerusform>%n interrompue</numerusform>
            <numerusform>%n interrompues</numerusform>
        </translation>
    </message>
    <message>
        <source>left %1</source>
        <translation>gauche %1</translation>
    </message>
    <message>
        <source>right %1</source>
        <translation>droite %1</translation>
    </message>
    <message>
        <source>no side %1</source>
        <translation>sans côté %1</translation>
    </message>
    <message numerus="yes">
        <source>Best run: %n day(s)</source>
        <translation>
            <numerusform>Meilleure série&#xa0;: %n jour</numerusform>
            <numerusform>Meilleure série&#xa0;: %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>Before a session: %1 on average in the week of %2, the only week with a score.</source>
        <translation>Avant une séance&#xa0;: %1 en moyenne la semaine du %2, seule semaine avec une note.</translation>
    </message>
    <message>
        <source>After a session: %1 on average in the week of %2, the only week with a score.</source>
        <translation>Après une séance&#xa0;: %1 en moyenne la semaine du %2, seule semaine avec une note.</translation>
    </message>
    <message>
        <source>Before a session: %1 on average in the week of %2, %3 in the week of %4.</source>
        <translation>Avant une séance&#xa0;: %1 en moyenne la semaine du %2, %3 la semaine du %4.</translation>
    </message>
    <message>
        <source>After a session: %1 on average in the week of %2, %3 in the week of %4.</source>
        <translation>Après une séance&#xa0;: %1 en moyenne la semaine du %2, %3 la semaine du %4.</translation>
    </message>
    <message>
        <source>No pain scores were recorded in these weeks.</source>
        <translation>Aucune note de douleur n’a été enregistrée pendant ces semaines.</translation>
    </message>
    <message>
        <source>No reach recorded in these weeks.</source>
        <translation>Aucune amplitude notée pendant ces semaines.</translation>
    </message>
    <message>
        <source>“%1” in the week of %2.</source>
        <translation>«&#xa0;%1&#xa0;» la semaine du %2.</translation>
    </message>
    <message>
        <source>From “%1” in the week of %2 to “%3” in the week of %4.</source>
        <translation>De «&#xa0;%1&#xa0;» la semaine du %2 à «&#xa0;%3&#xa0;» la semaine du %4.</translation>
    </message>
    <message>
        <source>Furthest: “%1”.</source>
        <translation>Au plus loin&#xa0;: «&#xa0;%1&#xa0;».</translation>
    </message>
</context>
<context>
    <name>RoutineDuration</name>
    <message>
        <source>No exercises yet</source>
        <translation>Aucun exercice pour l’instant</translation>
    </message>
    <message>
        <source>Under a minute</source>
        <translation>Moins d’une minute</translation>
    </message>
    <message numerus="yes">
        <source>About %n minute(s)</source>
        <translation>
            <numerusform>Environ %n minute</numerusform>
            <numerusform>Environ %n minutes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RoutineNames</name>
    <message>
        <source>Give the routine a name.</source>
        <translation>Donnez un nom à la routine.</translation>
    </message>
    <message>
        <source>Another routine is called that already; choose another name.</source>
        <translation>Une autre routine porte déjà ce nom&#xa0;; choisissez-en un autre.</translation>
    </message>
</context>
<context>
    <name>RoutineParser</name>
    <message>
        <source>use %1 to %2 holds per side</source>
        <translation>utilisez de %1 à %2 maintiens par côté</translation>
    </message>
    <message>
        <source>a hold lasts %1 to %2 seconds</source>
        <translation>un maintien dure de %1 à %2 secondes</translation>
    </message>
    <message>
        <source>switching sides takes 0 to %1 seconds</source>
        <translation>le changement de côté dure de 0 à %1 secondes</translation>
    </message>
    <message>
        <source>a rest lasts 0 to %1 seconds</source>
        <translation>un repos dure de 0 à %1 secondes</translation>
    </message>
    <message>
        <source>getting ready takes 0 to %1 seconds</source>
        <translation>la préparation dure de 0 à %1 secondes</translation>
    </message>
    <message>
        <source>add at least one exercise, e.g. {&quot;exercise&quot;: &quot;seated-leg-cross&quot;}</source>
        <translation>ajoutez au moins un exercice, par exemple {&quot;exercise&quot;: &quot;seated-leg-cross&quot;}</translation>
    </message>
    <message>
        <source>a routine has at most %1 exercises; split it into shorter routines</source>
        <translation>une routine a au plus %1 exercices&#xa0;; répartissez-la en routines plus courtes</translation>
    </message>
</context>
<context>
    <name>RoutineRequest</name>
    <message>
        <source>No routines are installed; give the path to a routine file.</source>
        <translation>Aucune routine n’est installée&#xa0;; indiquez le chemin d’un fichier de routine.</translation>
    </message>
    <message>
        <source>Known routines: %1. Give one of these ids, or the path to a routine file.</source>
        <translation>Routines connues&#xa0;: %1. Indiquez l’un de ces identifiants, ou le chemin d’un fichier de routine.</translation>
    </message>
    <message>
        <source>There is no routine to start. Add a routine file to your content folder, or reinstall Limber.</source>
        <translation>Il n’y a aucune routine à lancer. Ajoutez un fichier de routine à votre dossier de contenu, ou réinstallez Limber.</translation>
    </message>
    <message>
        <source>The routine file “%1” cannot be used: %2</source>
        <translation>Le fichier de routine «&#xa0;%1&#xa0;» est inutilisable&#xa0;: %2</translation>
    </message>
    <message>
        <source>The routine file “%1” does not exist. %2</source>
        <translation>Le fichier de routine «&#xa0;%1&#xa0;» n’existe pas. %2</translation>
    </message>
    <message>
        <source>There is no routine “%1”. %2</source>
        <translation>Il n’y a pas de routine «&#xa0;%1&#xa0;». %2</translation>
    </message>
    <message>
        <source>No such file</source>
        <translation>Fichier introuvable</translation>
    </message>
    <message>
        <source>There is no file “%1”. Check its name and folder, or give the id of one of Limber&apos;s routines.</source>
        <translation>Il n’y a pas de fichier «&#xa0;%1&#xa0;». Vérifiez son nom et son dossier, ou indiquez l’identifiant de l’une des routines de Limber.</translation>
    </message>
    <message>
        <source>Looked for: %1
%2</source>
        <translation>Emplacement cherché&#xa0;: %1
%2</translation>
    </message>
    <message>
        <source>Not a routine file</source>
        <translation>Ce n’est pas un fichier de routine</translation>
    </message>
    <message>
        <source>“%1” is a folder. Give the routine file inside it.</source>
        <translation>«&#xa0;%1&#xa0;» est un dossier. Indiquez le fichier de routine qu’il contient.</translation>
    </message>
    <message>
        <source>“%1” is not a routine file: Limber could not read it as one. Ask whoever gave it to you for the file again, or export the routine from Limber&apos;s Routines page.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un fichier de routine&#xa0;: Limber n’a pas pu le lire comme tel. Redemandez le fichier à la personne qui vous l’a donné, ou exportez la routine depuis la page Routines de Limber.</translation>
    </message>
    <message>
        <source>“%1” is not a routine Limber can use: some of what a routine needs is missing or wrong in it. The details say which line.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une routine utilisable par Limber&#xa0;: certains éléments nécessaires à une routine y sont absents ou erronés. Les détails indiquent à quelle ligne.</translation>
    </message>
    <message>
        <source>Unknown exercise</source>
        <translation>Exercice inconnu</translation>
    </message>
    <message>
        <source>The routine in “%1” names an exercise Limber does not have. It may come from a newer Limber, or have a typing mistake in an exercise&apos;s name.</source>
        <translation>La routine de «&#xa0;%1&#xa0;» mentionne un exercice que Limber ne connaît pas. Elle vient peut-être d’une version plus récente de Limber, ou le nom d’un exercice contient une faute de frappe.</translation>
    </message>
    <message>
        <source>“%1” cannot be used as a routine.</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas servir de routine.</translation>
    </message>
    <message>
        <source>No routines</source>
        <translation>Aucune routine</translation>
    </message>
    <message>
        <source>Limber has no routines installed. Reinstall Limber, or give the path to a routine file.</source>
        <translation>Aucune routine n’est installée dans Limber. Réinstallez Limber, ou indiquez le chemin d’un fichier de routine.</translation>
    </message>
    <message>
        <source>Unknown routine</source>
        <translation>Routine inconnue</translation>
    </message>
    <message>
        <source>Limber has no routine called “%1”. Check the name: the details list the routines there are.</source>
        <translation>Limber n’a pas de routine nommée «&#xa0;%1&#xa0;». Vérifiez le nom&#xa0;: les détails listent les routines disponibles.</translation>
    </message>
</context>
<context>
    <name>RoutineSheet</name>
    <message>
        <source>%1 · page %2 of %3</source>
        <translation>%1 · page %2 sur %3</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Étapes</translation>
    </message>
    <message>
        <source>Holds</source>
        <translation>Maintiens</translation>
    </message>
    <message>
        <source>Breathing</source>
        <translation>Respiration</translation>
    </message>
    <message>
        <source>Take care</source>
        <translation>Précautions</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>But</translation>
    </message>
    <message>
        <source>%1: week log</source>
        <translation>%1&#xa0;: suivi de la semaine</translation>
    </message>
    <message>
        <source>Tick a box after each hold. In the pain box, write how much pain you had that day, from 0 (none) to 10 (the worst you can imagine).</source>
        <translation>Cochez une case après chaque maintien. Dans la case douleur, notez la douleur ressentie ce jour-là, de 0 (aucune) à 10 (la pire que vous puissiez imaginer).</translation>
    </message>
</context>
<context>
    <name>SaveTarget</name>
    <message>
        <source>Could not save %1: there is no room left on the disk. Free some space or choose another drive. Any earlier file there is unchanged.</source>
        <translation>Impossible d’enregistrer %1&#xa0;: il n’y a plus de place sur le disque. Libérez de l’espace ou choisissez un autre disque. Un éventuel fichier déjà présent n’a pas été modifié.</translation>
    </message>
    <message>
        <source>Could not save %1: %2. Any earlier file there is unchanged. Try again, or choose another folder.</source>
        <translation>Impossible d’enregistrer %1&#xa0;: %2. Un éventuel fichier déjà présent n’a pas été modifié. Réessayez, ou choisissez un autre dossier.</translation>
    </message>
    <message>
        <source>No file name was given. Choose where to save the PDF and type a name for it.</source>
        <translation>Aucun nom de fichier n’a été indiqué. Choisissez où enregistrer le PDF et tapez un nom pour celui-ci.</translation>
    </message>
    <message>
        <source>Could not save %1: that is the name of a folder, not of a file. Choose another name for the PDF.</source>
        <translation>Impossible d’enregistrer %1&#xa0;: c’est le nom d’un dossier, pas d’un fichier. Choisissez un autre nom pour le PDF.</translation>
    </message>
    <message>
        <source>Could not save %1: the folder %2 does not exist (it may have been moved, renamed or removed, or its drive disconnected). Choose another folder.</source>
        <translation>Impossible d’enregistrer %1&#xa0;: le dossier %2 n’existe pas (il a peut-être été déplacé, renommé ou supprimé, ou son disque a été déconnecté). Choisissez un autre dossier.</translation>
    </message>
    <message>
        <source>Could not save %1: %2 is a file, not a folder. Choose another folder.</source>
        <translation>Impossible d’enregistrer %1&#xa0;: %2 est un fichier, pas un dossier. Choisissez un autre dossier.</translation>
    </message>
    <message>
        <source>Could not save %1: the folder %2 is read-only, so no file can be added to it. Choose another folder, such as your Documents folder.</source>
        <translation>Impossible d’enregistrer %1&#xa0;: le dossier %2 est en lecture seule, aucun fichier ne peut donc y être ajouté. Choisissez un autre dossier, par exemple votre dossier Documents.</translation>
    </message>
    <message>
        <source>Could not replace %1: the file there is read-only. Choose another name, or make that file writable first.</source>
        <translation>Impossible de remplacer %1&#xa0;: le fichier existant est en lecture seule. Choisissez un autre nom, ou rendez d’abord ce fichier modifiable.</translation>
    </message>
</context>
<context>
    <name>SessionCues</name>
    <message>
        <source>Get ready: %1</source>
        <translation>Préparez-vous&#xa0;: %1</translation>
    </message>
    <message>
        <source>Get ready: %1. %2</source>
        <translation>Préparez-vous&#xa0;: %1. %2</translation>
    </message>
    <message>
        <source>Stop here. Come out of the stretch slowly and rest.</source>
        <translation>Arrêtez-vous ici. Sortez doucement de l’étirement et reposez-vous.</translation>
    </message>
    <message numerus="yes">
        <source>%1: step %2 of %n</source>
        <translation>
            <numerusform>%1&#xa0;: étape %2 sur %n</numerusform>
            <numerusform>%1&#xa0;: étape %2 sur %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Hold %1 of %n</source>
        <translation>
            <numerusform>Maintien %1 sur %n</numerusform>
            <numerusform>Maintien %1 sur %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Hold %1 of %n: %2</source>
        <translation>
            <numerusform>Maintien %1 sur %n&#xa0;: %2</numerusform>
            <numerusform>Maintien %1 sur %n&#xa0;: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Switch: %1</source>
        <translation>Changez de côté&#xa0;: %1</translation>
    </message>
    <message>
        <source>Switch to the right side</source>
        <translation>Passez au côté droit</translation>
    </message>
    <message>
        <source>Switch to the left side</source>
        <translation>Passez au côté gauche</translation>
    </message>
    <message>
        <source>Switch sides</source>
        <translation>Changez de côté</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Maintenez</translation>
    </message>
    <message>
        <source>Switch</source>
        <translation>Changez</translation>
    </message>
    <message>
        <source>Rest</source>
        <translation>Repos</translation>
    </message>
    <message>
        <source>Rest. Next: %1</source>
        <translation>Repos. Exercice suivant&#xa0;: %1</translation>
    </message>
    <message>
        <source>Ten seconds remaining</source>
        <translation>Encore dix secondes</translation>
    </message>
    <message>
        <source>Halfway</source>
        <translation>À mi-parcours</translation>
    </message>
    <message>
        <source>Breathe in</source>
        <translation>Inspirez</translation>
    </message>
    <message>
        <source>Breathe out</source>
        <translation>Expirez</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Well done</source>
        <translation>Bravo</translation>
    </message>
    <message>
        <source>No holds done this time.</source>
        <translation>Aucun maintien effectué cette fois.</translation>
    </message>
    <message>
        <source>Paused: the computer was asleep. Resume when you are ready.</source>
        <translation>En pause&#xa0;: l’ordinateur était en veille. Reprenez quand vous voulez.</translation>
    </message>
    <message>
        <source>Paused: Limber was held up for a while. Resume when you are ready.</source>
        <translation>En pause&#xa0;: Limber a été bloqué un moment. Reprenez quand vous voulez.</translation>
    </message>
</context>
<context>
    <name>SessionDeletion</name>
    <message>
        <source>Delete session</source>
        <translation>Supprimer la séance</translation>
    </message>
    <message>
        <source>&amp;Delete Session</source>
        <translation>&amp;Supprimer la séance</translation>
    </message>
    <message>
        <source>Limber: session not deleted</source>
        <translation>Limber&#xa0;: séance non supprimée</translation>
    </message>
    <message numerus="yes">
        <source>Delete the session of %1 (%2: %n hold(s), %3 held)?

It leaves your history, your charts and your streaks. A backup of your history is made first: File ▸ Restore a Backup brings it back.</source>
        <translation>
            <numerusform>Supprimer la séance «&#xa0;%1&#xa0;» (%2&#xa0;: %n maintien, %3 de maintien)&#xa0;?

Elle disparaîtra de votre historique, de vos graphiques et de vos séries. Une sauvegarde de votre historique est d’abord créée&#xa0;: Fichier ▸ Restaurer une sauvegarde permet de la récupérer.</numerusform>
            <numerusform>Supprimer la séance «&#xa0;%1&#xa0;» (%2&#xa0;: %n maintiens, %3 de maintien)&#xa0;?

Elle disparaîtra de votre historique, de vos graphiques et de vos séries. Une sauvegarde de votre historique est d’abord créée&#xa0;: Fichier ▸ Restaurer une sauvegarde permet de la récupérer.</numerusform>
        </translation>
    </message>
    <message>
        <source>That session is still running. Finish or stop it, then delete it.</source>
        <translation>Cette séance est encore en cours. Terminez-la ou arrêtez-la, puis supprimez-la.</translation>
    </message>
    <message>
        <source>No backup could be made, so nothing was deleted. %1</source>
        <translation>Aucune sauvegarde n’a pu être créée, donc rien n’a été supprimé. %1</translation>
    </message>
    <message>
        <source>Deleting the session…</source>
        <translation>Suppression de la séance…</translation>
    </message>
</context>
<context>
    <name>SessionLog</name>
    <message>
        <source>The session this hold belongs to is no longer in the history (was a backup restored meanwhile?). Start a new session to record further holds.</source>
        <translation>La séance à laquelle appartient ce maintien ne figure plus dans l’historique (une sauvegarde a-t-elle été restaurée entre-temps&#xa0;?). Commencez une nouvelle séance pour enregistrer d’autres maintiens.</translation>
    </message>
    <message>
        <source>No session is being recorded.</source>
        <translation>Aucune séance n’est en cours d’enregistrement.</translation>
    </message>
    <message>
        <source>A session is already being recorded; finish it first.</source>
        <translation>Une séance est déjà en cours d’enregistrement&#xa0;; terminez-la d’abord.</translation>
    </message>
    <message>
        <source>the start of the session</source>
        <translation>le début de la séance</translation>
    </message>
    <message>
        <source>The hold of &quot;%1&quot; has values Limber cannot store (hold %2, held %3 ms); it was not recorded.</source>
        <translation>Le maintien de «&#xa0;%1&#xa0;» a des valeurs que Limber ne peut pas enregistrer (maintien %2, tenu %3 ms)&#xa0;; il n’a pas été enregistré.</translation>
    </message>
    <message>
        <source>the hold of &quot;%1&quot;</source>
        <translation>le maintien de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Reach is recorded on a scale from 0 to 3, not %1.</source>
        <translation>L’amplitude se note sur une échelle de 0 à 3, pas %1.</translation>
    </message>
    <message>
        <source>how far you reached</source>
        <translation>l’amplitude atteinte</translation>
    </message>
    <message>
        <source>Pain is recorded on a scale from 0 to 10, not %1.</source>
        <translation>La douleur se note sur une échelle de 0 à 10, pas %1.</translation>
    </message>
    <message>
        <source>the pain level</source>
        <translation>le niveau de douleur</translation>
    </message>
    <message>
        <source>the note</source>
        <translation>la remarque</translation>
    </message>
    <message>
        <source>the end of the session</source>
        <translation>la fin de la séance</translation>
    </message>
    <message numerus="yes">
        <source>Limber could not save %1. %2 Limber keeps %n unsaved record(s) and saves them when you try again.</source>
        <translation>
            <numerusform>Limber n’a pas pu enregistrer %1. %2 Limber conserve %n élément non enregistré et l’enregistrera quand vous réessaierez.</numerusform>
            <numerusform>Limber n’a pas pu enregistrer %1. %2 Limber conserve %n éléments non enregistrés et les enregistrera quand vous réessaierez.</numerusform>
        </translation>
    </message>
    <message>
        <source>Limber could not write %1 into the file of unsaved holds. %2</source>
        <translation>Limber n’a pas pu écrire %1 dans le fichier des maintiens non enregistrés. %2</translation>
    </message>
</context>
<context>
    <name>SessionRecords</name>
    <message>
        <source>Limber could not delete the session.</source>
        <translation>Limber n’a pas pu supprimer la séance.</translation>
    </message>
    <message>
        <source>That session is no longer in your history.</source>
        <translation>Cette séance ne figure plus dans votre historique.</translation>
    </message>
    <message>
        <source>That session is still running. Finish or stop it, then delete it.</source>
        <translation>Cette séance est encore en cours. Terminez-la ou arrêtez-la, puis supprimez-la.</translation>
    </message>
</context>
<context>
    <name>SessionText</name>
    <message>
        <source>Left side</source>
        <translation>Côté gauche</translation>
    </message>
    <message>
        <source>Right side</source>
        <translation>Côté droit</translation>
    </message>
    <message>
        <source>%1 · get ready</source>
        <translation>%1 · préparez-vous</translation>
    </message>
    <message numerus="yes">
        <source>%1 · step %2 of %n</source>
        <translation>
            <numerusform>%1 · étape %2 sur %n</numerusform>
            <numerusform>%1 · étape %2 sur %n</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · hold</source>
        <translation>%1 · maintien</translation>
    </message>
    <message>
        <source>%1 · switch sides</source>
        <translation>%1 · changez de côté</translation>
    </message>
    <message>
        <source>%1 · rest</source>
        <translation>%1 · repos</translation>
    </message>
    <message>
        <source>Session complete</source>
        <translation>Séance terminée</translation>
    </message>
    <message>
        <source>Get into the starting position.</source>
        <translation>Mettez-vous en position de départ.</translation>
    </message>
    <message>
        <source>Hold the stretch and breathe slowly.</source>
        <translation>Maintenez l’étirement et respirez lentement.</translation>
    </message>
    <message>
        <source>Switch sides: now %1.</source>
        <translation>Changez de côté&#xa0;: maintenant, %1.</translation>
    </message>
    <message>
        <source>Switch sides.</source>
        <translation>Changez de côté.</translation>
    </message>
    <message>
        <source>Rest and breathe.</source>
        <translation>Reposez-vous et respirez.</translation>
    </message>
    <message>
        <source>Well done.</source>
        <translation>Bravo.</translation>
    </message>
    <message>
        <source>Get ready</source>
        <translation>Préparez-vous</translation>
    </message>
    <message>
        <source>Get ready · %1 first</source>
        <translation>Préparez-vous · %1 d’abord</translation>
    </message>
    <message numerus="yes">
        <source>Hold %1 of %n</source>
        <translation>
            <numerusform>Maintien %1 sur %n</numerusform>
            <numerusform>Maintien %1 sur %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 · hold %2 of %n</source>
        <translation>
            <numerusform>%1 · maintien %2 sur %n</numerusform>
            <numerusform>%1 · maintien %2 sur %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Next: get ready for %1 (%2)</source>
        <translation>Ensuite&#xa0;: préparez-vous pour %1 (%2)</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Ensuite&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>Next: %1, step %2 of %n</source>
        <translation>
            <numerusform>Ensuite&#xa0;: %1, étape %2 sur %n</numerusform>
            <numerusform>Ensuite&#xa0;: %1, étape %2 sur %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Next: hold %1 of %n (%2)</source>
        <translation>
            <numerusform>Ensuite&#xa0;: maintien %1 sur %n (%2)</numerusform>
            <numerusform>Ensuite&#xa0;: maintien %1 sur %n (%2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Next: hold %1 of %n, %2 (%3)</source>
        <translation>
            <numerusform>Ensuite&#xa0;: maintien %1 sur %n, %2 (%3)</numerusform>
            <numerusform>Ensuite&#xa0;: maintien %1 sur %n, %2 (%3)</numerusform>
        </translation>
    </message>
    <message>
        <source>Next: switch sides</source>
        <translation>Ensuite&#xa0;: changement de côté</translation>
    </message>
    <message>
        <source>Next: rest (%1)</source>
        <translation>Ensuite&#xa0;: repos (%1)</translation>
    </message>
    <message>
        <source>Next: the end</source>
        <translation>Ensuite&#xa0;: fin de la séance</translation>
    </message>
</context>
<context>
    <name>SheetContentBuilder</name>
    <message>
        <source>R</source>
        <comment>right side, a box in the week grid</comment>
        <translation>D</translation>
    </message>
    <message>
        <source>L</source>
        <comment>left side, a box in the week grid</comment>
        <translation>G</translation>
    </message>
    <message>
        <source>right side</source>
        <translation>côté droit</translation>
    </message>
    <message>
        <source>left side</source>
        <translation>côté gauche</translation>
    </message>
    <message>
        <source>No routines are installed, so there is nothing to print.</source>
        <translation>Aucune routine n’est installée, il n’y a donc rien à imprimer.</translation>
    </message>
    <message>
        <source>There is no routine called &quot;%1&quot;, and no routines are installed.</source>
        <translation>Il n’y a pas de routine nommée «&#xa0;%1&#xa0;», et aucune routine n’est installée.</translation>
    </message>
    <message>
        <source>There is no routine called &quot;%1&quot;. Known routines: %2.</source>
        <translation>Il n’y a pas de routine nommée «&#xa0;%1&#xa0;». Routines connues&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The routine &quot;%1&quot; uses the exercise &quot;%2&quot;, which is not installed.</source>
        <translation>La routine «&#xa0;%1&#xa0;» utilise l’exercice «&#xa0;%2&#xa0;», qui n’est pas installé.</translation>
    </message>
    <message>
        <source>Ask your doctor before you start any exercise routine.</source>
        <translation>Demandez l’avis de votre médecin avant de commencer toute routine d’exercices.</translation>
    </message>
    <message numerus="yes">
        <source>%n hold(s) per side, %1 each</source>
        <translation>
            <numerusform>%n maintien par côté, %1 chacun</numerusform>
            <numerusform>%n maintiens par côté, %1 chacun</numerusform>
        </translation>
    </message>
    <message>
        <source>start with the %1</source>
        <comment>%1 is a side, e.g. &apos;left leg on top&apos;</comment>
        <translation>commencez par&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 to switch</source>
        <translation>%1 pour changer de côté</translation>
    </message>
    <message numerus="yes">
        <source>%n hold(s), %1 each</source>
        <translation>
            <numerusform>%n maintien, %1 chacun</numerusform>
            <numerusform>%n maintiens, %1 chacun</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 rest between holds</source>
        <translation>%1 de repos entre les maintiens</translation>
    </message>
    <message>
        <source>%1 rest before the next exercise</source>
        <translation>%1 de repos avant l’exercice suivant</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <comment>minutes, abbreviated</comment>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <comment>seconds, abbreviated</comment>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
    <message>
        <source>Goal</source>
        <comment>caption of the goal picture</comment>
        <translation>Position visée</translation>
    </message>
    <message>
        <source>%1 = %2</source>
        <comment>a box letter and the side it stands for</comment>
        <translation>%1 = %2</translation>
    </message>
</context>
<context>
    <name>ShortcutList</name>
    <message>
        <source> or </source>
        <translation> ou </translation>
    </message>
    <message>
        <source>Full screen, or back</source>
        <translation>Passer en plein écran ou en sortir</translation>
    </message>
    <message>
        <source>Print the routine sheet</source>
        <translation>Imprimer la fiche de routine</translation>
    </message>
    <message>
        <source>Quit Limber</source>
        <translation>Quitter Limber</translation>
    </message>
    <message>
        <source>New routine</source>
        <translation>Nouvelle routine</translation>
    </message>
    <message>
        <source>Undo the last change</source>
        <translation>Annuler la dernière modification</translation>
    </message>
    <message>
        <source>Space or Enter</source>
        <translation>Espace ou Entrée</translation>
    </message>
    <message>
        <source>Everywhere</source>
        <translation>Partout</translation>
    </message>
    <message>
        <source>Today&apos;s routine and Start</source>
        <translation>Routine du jour et Commencer</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Routines</source>
        <translation>Routines</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Imprimer</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>The guide (not in a session or the routine editor)</source>
        <translation>Le guide (sauf pendant une séance ou dans l’éditeur de routines)</translation>
    </message>
    <message>
        <source>This list of keys</source>
        <translation>Cette liste de touches</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd’hui</translation>
    </message>
    <message>
        <source>Start today&apos;s routine (Start has the keyboard focus)</source>
        <translation>Lancer la routine du jour (quand le bouton Commencer a le focus clavier)</translation>
    </message>
    <message>
        <source>Read about the exercise in focus</source>
        <translation>En savoir plus sur l’exercice qui a le focus</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <source>During a session</source>
        <translation>Pendant une séance</translation>
    </message>
    <message>
        <source>Pause, or go on</source>
        <translation>Mettre en pause ou reprendre</translation>
    </message>
    <message>
        <source>Skip to the next step</source>
        <translation>Passer à l’étape suivante</translation>
    </message>
    <message>
        <source>Back to the start of this step</source>
        <translation>Revenir au début de cette étape</translation>
    </message>
    <message>
        <source>Add 15 seconds to this hold</source>
        <translation>Ajouter 15 secondes à ce maintien</translation>
    </message>
    <message>
        <source>Read about this exercise (the session waits)</source>
        <translation>En savoir plus sur cet exercice (la séance attend)</translation>
    </message>
    <message>
        <source>It hurts: stop the session</source>
        <translation>Ça fait mal&#xa0;: arrêter la séance</translation>
    </message>
    <message>
        <source>Leave full screen; otherwise ask whether to stop (Esc again: keep going)</source>
        <translation>Quitter le plein écran&#xa0;; sinon, demander s’il faut arrêter (Échap une seconde fois&#xa0;: continuer)</translation>
    </message>
    <message>
        <source>Pain questions</source>
        <translation>Questions sur la douleur</translation>
    </message>
    <message>
        <source>Choose that level of pain</source>
        <translation>Choisir ce niveau de douleur</translation>
    </message>
    <message>
        <source>0 … 9</source>
        <translation>0 … 9</translation>
    </message>
    <message>
        <source>Choose pain 10</source>
        <translation>Choisir la douleur 10</translation>
    </message>
    <message>
        <source>Choose how far you got (after a session)</source>
        <translation>Choisir l’amplitude atteinte (après une séance)</translation>
    </message>
    <message>
        <source>A, B, C, …</source>
        <translation>A, B, C, …</translation>
    </message>
    <message>
        <source>Move between levels, or clear the answer</source>
        <translation>Passer d’un niveau à l’autre, ou effacer la réponse</translation>
    </message>
    <message>
        <source>Left, Right, Delete</source>
        <translation>Gauche, Droite, Suppr</translation>
    </message>
    <message>
        <source>Rename the routine</source>
        <translation>Renommer la routine</translation>
    </message>
    <message>
        <source>Delete the selected routine or exercise</source>
        <translation>Supprimer la routine ou l’exercice sélectionné</translation>
    </message>
    <message>
        <source>Move the selected exercise up or down</source>
        <translation>Monter ou descendre l’exercice sélectionné</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>Read about the selected exercise (in the editor)</source>
        <translation>En savoir plus sur l’exercice sélectionné (dans l’éditeur)</translation>
    </message>
    <message>
        <source>Exercise page</source>
        <translation>Page d’un exercice</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>Top or end of the page</source>
        <translation>Haut ou bas de la page</translation>
    </message>
    <message>
        <source>Home, End</source>
        <translation>Début, Fin</translation>
    </message>
    <message>
        <source>History chart</source>
        <translation>Graphique de l’historique</translation>
    </message>
    <message>
        <source>The week before or after</source>
        <translation>La semaine précédente ou suivante</translation>
    </message>
    <message>
        <source>Left, Right</source>
        <translation>Gauche, Droite</translation>
    </message>
    <message>
        <source>The first or the last week</source>
        <translation>La première ou la dernière semaine</translation>
    </message>
    <message>
        <source>Remove the selected reminder time</source>
        <translation>Retirer l’heure de rappel sélectionnée</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Suppr</translation>
    </message>
</context>
<context>
    <name>SingleInstance</name>
    <message>
        <source>Limber is already running, but this request could not be passed to it (%1): %2</source>
        <translation>Limber est déjà ouvert, mais cette demande n’a pas pu lui être transmise (%1)&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>SoundTest</name>
    <message>
        <source>This is how Limber sounds. Breathe slowly and relax into the stretch.</source>
        <translation>Voici comment Limber vous guide. Respirez lentement et détendez-vous dans l’étirement.</translation>
    </message>
    <message>
        <source>The voice is not available: %1</source>
        <translation>La voix n’est pas disponible&#xa0;: %1</translation>
    </message>
    <message>
        <source>this computer cannot speak.</source>
        <translation>cet ordinateur ne peut pas parler.</translation>
    </message>
    <message>
        <source>Tones and voice are both off, so there is nothing to play.</source>
        <translation>Les signaux sonores et la voix sont tous deux désactivés&#xa0;: il n’y a rien à faire entendre.</translation>
    </message>
    <message>
        <source>Played the start tone and a sentence</source>
        <translation>Signal de départ et phrase joués</translation>
    </message>
    <message>
        <source>Played the start tone</source>
        <translation>Signal de départ joué</translation>
    </message>
    <message>
        <source>Said a sentence</source>
        <translation>Phrase prononcée</translation>
    </message>
    <message>
        <source>%1 at %2 % volume on “%3”.</source>
        <translation>%1 à %2&#xa0;% du volume sur «&#xa0;%3&#xa0;».</translation>
    </message>
</context>
<context>
    <name>StorageMessages</name>
    <message>
        <source>Limber could not name its backup %1. Check that you may write to the folder.</source>
        <translation>Limber n’a pas pu nommer sa sauvegarde %1. Vérifiez que vous avez le droit d’écrire dans le dossier.</translation>
    </message>
    <message>
        <source>Limber could not delete the old backup %1.</source>
        <translation>Limber n’a pas pu supprimer l’ancienne sauvegarde %1.</translation>
    </message>
    <message>
        <source>Limber could not delete the unfinished backup %1.</source>
        <translation>Limber n’a pas pu supprimer la sauvegarde inachevée %1.</translation>
    </message>
    <message>
        <source>it is not a history this version of Limber can read.</source>
        <translation>ce n’est pas un historique que cette version de Limber sait lire.</translation>
    </message>
    <message>
        <source>The backup %1 cannot be restored: %2</source>
        <translation>La sauvegarde %1 ne peut pas être restaurée&#xa0;: %2</translation>
    </message>
    <message>
        <source>Limber could not open its history file.</source>
        <translation>Limber n’a pas pu ouvrir son fichier d’historique.</translation>
    </message>
    <message>
        <source>Limber could not close its history file.</source>
        <translation>Limber n’a pas pu fermer son fichier d’historique.</translation>
    </message>
    <message>
        <source>Limber could not read a value from its history file.</source>
        <translation>Limber n’a pas pu lire une valeur de son fichier d’historique.</translation>
    </message>
    <message>
        <source>Limber keeps your history in a file named %1, but there is a folder with that name in %2. Limber does not touch that folder. Move or rename it, then start Limber again, or start Limber with --data-dir and another folder.</source>
        <translation>Limber conserve votre historique dans un fichier nommé %1, mais il existe un dossier portant ce nom dans %2. Limber ne touche pas à ce dossier. Déplacez-le ou renommez-le, puis relancez Limber, ou lancez Limber avec --data-dir et un autre dossier.</translation>
    </message>
    <message>
        <source>Limber could not create the folder %1.</source>
        <translation>Limber n’a pas pu créer le dossier %1.</translation>
    </message>
    <message>
        <source>Limber could not move %1 into %2.</source>
        <translation>Limber n’a pas pu déplacer %1 dans %2.</translation>
    </message>
    <message>
        <source>Limber could not set up its history file (%1 is %2, not %3).</source>
        <translation>Limber n’a pas pu préparer son fichier d’historique (%1 vaut %2, et non %3).</translation>
    </message>
    <message>
        <source>Limber may not read %1. Check the permissions of the file.</source>
        <translation>Limber n’a pas le droit de lire %1. Vérifiez les autorisations du fichier.</translation>
    </message>
    <message>
        <source>A hold in the history file points to a session that does not exist (table %1).</source>
        <translation>Un maintien du fichier d’historique renvoie à une séance qui n’existe pas (table %1).</translation>
    </message>
    <message>
        <source>Updating the history file to format %1 failed; the file stays at format %2. %3</source>
        <translation>La mise à jour du fichier d’historique au format %1 a échoué&#xa0;; le fichier reste au format %2. %3</translation>
    </message>
    <message>
        <source>Limber refused to run a malformed command on its history file.</source>
        <translation>Limber a refusé d’exécuter une commande mal formée sur son fichier d’historique.</translation>
    </message>
    <message>
        <source>The disk that holds %1 is full. Free some space on that disk, then try again.</source>
        <translation>Le disque qui contient %1 est plein. Libérez de l’espace sur ce disque, puis réessayez.</translation>
    </message>
    <message>
        <source>Limber may not write to %1. Make the folder %2 writable, or start Limber with --data-dir and a folder you can write to.</source>
        <translation>Limber n’a pas le droit d’écrire dans %1. Rendez le dossier %2 accessible en écriture, ou lancez Limber avec --data-dir et un dossier où vous pouvez écrire.</translation>
    </message>
    <message>
        <source>Limber cannot open %1. Check that the folder %2 exists and that you may write to it, or start Limber with --data-dir and another folder.</source>
        <translation>Limber ne peut pas ouvrir %1. Vérifiez que le dossier %2 existe et que vous avez le droit d’y écrire, ou lancez Limber avec --data-dir et un autre dossier.</translation>
    </message>
    <message>
        <source>%1 is damaged or is not a Limber history file. Quit Limber and start it again: it keeps the damaged file aside and starts a new history, from which you can restore a backup.</source>
        <translation>%1 est endommagé ou n’est pas un fichier d’historique Limber. Quittez Limber et relancez-le&#xa0;: il mettra le fichier endommagé de côté et commencera un nouvel historique, à partir duquel vous pourrez restaurer une sauvegarde.</translation>
    </message>
    <message>
        <source>%1 is in use by another program. Close other copies of Limber and any database tool that has it open, then try again.</source>
        <translation>%1 est utilisé par un autre programme. Fermez les autres exemplaires de Limber et tout outil de base de données qui l’a ouvert, puis réessayez.</translation>
    </message>
    <message>
        <source>The disk reported an error while Limber was reading or writing %1. Check that the disk is connected and has free space, then try again.</source>
        <translation>Le disque a signalé une erreur pendant que Limber lisait ou écrivait %1. Vérifiez que le disque est bien branché et qu’il lui reste de l’espace, puis réessayez.</translation>
    </message>
    <message>
        <source>The computer ran out of memory while Limber was using %1. Close some programs, then try again.</source>
        <translation>L’ordinateur a manqué de mémoire pendant que Limber utilisait %1. Fermez quelques programmes, puis réessayez.</translation>
    </message>
    <message>
        <source>The system did not allow Limber to use %1. Check the permissions of the folder %2.</source>
        <translation>Le système n’a pas autorisé Limber à utiliser %1. Vérifiez les autorisations du dossier %2.</translation>
    </message>
    <message>
        <source>Limber could not use %1. If this keeps happening, please report it with the details below.</source>
        <translation>Limber n’a pas pu utiliser %1. Si cela se reproduit, merci de le signaler en joignant les détails ci-dessous.</translation>
    </message>
    <message>
        <source>(SQLite error %1: %2)</source>
        <translation>(erreur SQLite %1&#xa0;: %2)</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Limber (history format %2; this version understands up to %3). Limber shows your history but will not change the file. Update Limber to record new sessions.</source>
        <translation>%1 a été écrit par une version plus récente de Limber (format d’historique %2&#xa0;; cette version comprend jusqu’au format %3). Limber affiche votre historique, mais ne modifiera pas le fichier. Mettez Limber à jour pour enregistrer de nouvelles séances.</translation>
    </message>
    <message>
        <source>Limber may not write to the folder %1, so it shows your history but cannot record new sessions. Make the folder writable, or start Limber with --data-dir and a folder you can write to.</source>
        <translation>Limber n’a pas le droit d’écrire dans le dossier %1&#xa0;: il affiche donc votre historique, mais ne peut pas enregistrer de nouvelles séances. Rendez le dossier accessible en écriture, ou lancez Limber avec --data-dir et un dossier où vous pouvez écrire.</translation>
    </message>
    <message>
        <source>Limber may not write to %1, so it shows your history but cannot record new sessions. Make the file writable, or start Limber with --data-dir and a folder you can write to.</source>
        <translation>Limber n’a pas le droit d’écrire dans %1&#xa0;: il affiche donc votre historique, mais ne peut pas enregistrer de nouvelles séances. Rendez le fichier accessible en écriture, ou lancez Limber avec --data-dir et un dossier où vous pouvez écrire.</translation>
    </message>
    <message>
        <source>The disk that holds your history (%1) is full. Limber shows your history, but new holds cannot be saved until you free some space there.</source>
        <translation>Le disque qui contient votre historique (%1) est plein. Limber affiche votre historique, mais les nouveaux maintiens ne pourront pas être enregistrés tant que vous n’y aurez pas libéré de l’espace.</translation>
    </message>
    <message>
        <source>The disk that would hold your history (%1) is full, so Limber cannot create it. Free some space there, or start Limber with --data-dir and a folder on another disk.</source>
        <translation>Le disque qui devrait contenir votre historique (%1) est plein&#xa0;: Limber ne peut donc pas le créer. Libérez de l’espace sur ce disque, ou lancez Limber avec --data-dir et un dossier situé sur un autre disque.</translation>
    </message>
    <message>
        <source>Limber could not use %1: %2 The file was not changed; it is kept in %3. Limber started a new, empty history.</source>
        <translation>Limber n’a pas pu utiliser %1&#xa0;: %2 Le fichier n’a pas été modifié&#xa0;; il est conservé dans %3. Limber a commencé un nouvel historique, vide.</translation>
    </message>
    <message>
        <source>You can restore one of the automatic backups.</source>
        <translation>Vous pouvez restaurer l’une des sauvegardes automatiques.</translation>
    </message>
    <message>
        <source>it is not a database file.</source>
        <translation>ce n’est pas un fichier de base de données.</translation>
    </message>
    <message>
        <source>it is a database that belongs to another program.</source>
        <translation>c’est une base de données qui appartient à un autre programme.</translation>
    </message>
    <message>
        <source>it is damaged (the check found: %1).</source>
        <translation>il est endommagé (la vérification a trouvé&#xa0;: %1).</translation>
    </message>
    <message>
        <source>Limber could not use %1: %2 It also could not move the file aside, so it changed nothing. Make the folder %3 writable, or start Limber with --data-dir and another folder.</source>
        <translation>Limber n’a pas pu utiliser %1&#xa0;: %2 Il n’a pas pu non plus mettre le fichier de côté, il n’a donc rien modifié. Rendez le dossier %3 accessible en écriture, ou lancez Limber avec --data-dir et un autre dossier.</translation>
    </message>
    <message>
        <source>Limber could not create the folder %1 for its history. Check that you may write there, or start Limber with --data-dir and another folder.</source>
        <translation>Limber n’a pas pu créer le dossier %1 pour son historique. Vérifiez que vous avez le droit d’y écrire, ou lancez Limber avec --data-dir et un autre dossier.</translation>
    </message>
    <message>
        <source>This copy of Limber was built with SQLite %1, but it needs SQLite %2 or newer. Install a newer SQLite or a Limber package that includes it.</source>
        <translation>Cette copie de Limber a été compilée avec SQLite %1, mais elle nécessite SQLite %2 ou plus récent. Installez une version plus récente de SQLite, ou un paquet Limber qui l’inclut.</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) ended unexpectedly last time; the holds recorded before that are kept and the session is marked as interrupted.</source>
        <translation>
            <numerusform>%n séance s’est terminée de façon inattendue la dernière fois&#xa0;; les maintiens enregistrés auparavant sont conservés et la séance est marquée comme interrompue.</numerusform>
            <numerusform>%n séances se sont terminées de façon inattendue la dernière fois&#xa0;; les maintiens enregistrés auparavant sont conservés et les séances sont marquées comme interrompues.</numerusform>
        </translation>
    </message>
    <message>
        <source>The history file was updated from format %1 to %2.</source>
        <translation>Le fichier d’historique a été mis à jour du format %1 au format %2.</translation>
    </message>
    <message>
        <source>The history file was updated from format %1 to %2. A copy of the old file is in %3.</source>
        <translation>Le fichier d’historique a été mis à jour du format %1 au format %2. Une copie de l’ancien fichier se trouve dans %3.</translation>
    </message>
    <message>
        <source>Limber is already running (process %1) and uses the history in %2. Switch to that window, or close it first.</source>
        <translation>Limber est déjà ouvert (processus %1) et utilise l’historique de %2. Passez à cette fenêtre, ou fermez-la d’abord.</translation>
    </message>
    <message>
        <source>Limber could not create its lock file %1: the disk is full.</source>
        <translation>Limber n’a pas pu créer son fichier de verrou %1&#xa0;: le disque est plein.</translation>
    </message>
    <message>
        <source>Limber could not create its lock file %1: the folder is read-only.</source>
        <translation>Limber n’a pas pu créer son fichier de verrou %1&#xa0;: le dossier est en lecture seule.</translation>
    </message>
    <message>
        <source>Limber could not create its lock file %1.</source>
        <translation>Limber n’a pas pu créer son fichier de verrou %1.</translation>
    </message>
    <message>
        <source>The backup copy %1 failed its check (%2); it was removed. Check the disk, then try again.</source>
        <translation>La copie de sauvegarde %1 n’a pas passé la vérification (%2)&#xa0;; elle a été supprimée. Vérifiez le disque, puis réessayez.</translation>
    </message>
    <message>
        <source>The backup copy %1 does not hold the same number of rows as the history; it was removed. Try again.</source>
        <translation>La copie de sauvegarde %1 ne contient pas le même nombre de lignes que l’historique&#xa0;; elle a été supprimée. Réessayez.</translation>
    </message>
    <message>
        <source>Limber could not copy its history.</source>
        <translation>Limber n’a pas pu copier son historique.</translation>
    </message>
    <message>
        <source>some of its holds belong to no session.</source>
        <translation>certains de ses maintiens n’appartiennent à aucune séance.</translation>
    </message>
    <message>
        <source>Limber could not copy the backup %1 into %2. Check that the disk has room and that you may write there.</source>
        <translation>Limber n’a pas pu copier la sauvegarde %1 dans %2. Vérifiez qu’il reste de la place sur le disque et que vous pouvez y écrire.</translation>
    </message>
    <message>
        <source>it could not be brought to this version&apos;s format.</source>
        <translation>elle n’a pas pu être mise au format de cette version.</translation>
    </message>
    <message>
        <source>A history kept only in memory cannot be opened a second time.</source>
        <translation>Un historique conservé uniquement en mémoire ne peut pas être ouvert une seconde fois.</translation>
    </message>
    <message>
        <source>This copy of the history is only for reading.</source>
        <translation>Cette connexion à l’historique sert uniquement à la lecture.</translation>
    </message>
</context>
<context>
    <name>TargetEvents</name>
    <message>
        <source>Hold targets cannot be changed now. %1</source>
        <translation>Les objectifs de maintien ne peuvent pas être modifiés pour l’instant. %1</translation>
    </message>
    <message>
        <source>The hold target of &quot;%1&quot; (%2 s, %3 per side) is outside what a routine allows; it was not saved.</source>
        <translation>L’objectif de maintien de «&#xa0;%1&#xa0;» (%2 s, %3 par côté) sort des limites permises pour une routine&#xa0;; il n’a pas été enregistré.</translation>
    </message>
    <message>
        <source>Limber could not save the hold target of &quot;%1&quot;.</source>
        <translation>Limber n’a pas pu enregistrer l’objectif de maintien de «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Limber could not read the hold targets.</source>
        <translation>Limber n’a pas pu lire les objectifs de maintien.</translation>
    </message>
    <message>
        <source>Limber could not save your answer about &quot;%1&quot;.</source>
        <translation>Limber n’a pas pu enregistrer votre réponse au sujet de «&#xa0;%1&#xa0;».</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <source>Exercise %1 of the routine (%2): %3</source>
        <translation>Exercice %1 de la routine (%2)&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1 is %2; use a value from %3 to %4.</source>
        <translation>%1 vaut %2&#xa0;; utilisez une valeur de %3 à %4.</translation>
    </message>
    <message>
        <source>the number of holds</source>
        <translation>le nombre de maintiens</translation>
    </message>
    <message>
        <source>the hold time in seconds</source>
        <translation>la durée de maintien en secondes</translation>
    </message>
    <message>
        <source>the switch time in seconds</source>
        <translation>la durée du changement de côté en secondes</translation>
    </message>
    <message>
        <source>the rest time in seconds</source>
        <translation>la durée du repos en secondes</translation>
    </message>
    <message>
        <source>the get-ready time in seconds</source>
        <translation>la durée de préparation en secondes</translation>
    </message>
    <message>
        <source>The session settings have a breathing, reminder or step time of zero or less. Reset the session settings to their defaults.</source>
        <translation>Les paramètres de séance comportent une durée de respiration, de rappel ou d’étape nulle ou négative. Rétablissez les valeurs par défaut des paramètres de séance.</translation>
    </message>
    <message>
        <source>The routine has no exercises. Add at least one exercise to it.</source>
        <translation>La routine n’a aucun exercice. Ajoutez-y au moins un exercice.</translation>
    </message>
    <message>
        <source>this exercise is not in the library. Remove it from the routine or add the exercise&apos;s content file.</source>
        <translation>cet exercice ne figure pas dans la bibliothèque. Retirez-le de la routine ou ajoutez le fichier de contenu de l’exercice.</translation>
    </message>
    <message>
        <source>Only a hold can be made longer.</source>
        <translation>Seul un maintien peut être prolongé.</translation>
    </message>
    <message>
        <source>A hold can only be made longer.</source>
        <translation>Un maintien ne peut qu’être prolongé.</translation>
    </message>
</context>
<context>
    <name>UnsavedQuit</name>
    <message numerus="yes">
        <source>%n hold(s) of your sessions are not saved yet.</source>
        <translation>
            <numerusform>%n maintien de vos séances n’est pas encore enregistré.</numerusform>
            <numerusform>%n maintiens de vos séances ne sont pas encore enregistrés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Part of your last session (how it ended, or what you reported) is not saved yet.</source>
        <translation>Une partie de votre dernière séance (sa fin, ou ce que vous avez indiqué) n’est pas encore enregistrée.</translation>
    </message>
    <message>
        <source>If you quit now, Limber keeps them and saves them into your history the next time it starts. You can also save a copy to a file first (File ▸ Import History reads it), or try again now that you may have made room.</source>
        <translation>Si vous quittez maintenant, Limber les conserve et les enregistrera dans votre historique au prochain démarrage. Vous pouvez aussi d’abord en enregistrer une copie dans un fichier (Fichier ▸ Importer un historique la relit), ou réessayer maintenant si vous avez libéré de la place.</translation>
    </message>
    <message>
        <source>Save the Unsaved Holds</source>
        <translation>Enregistrer les maintiens en attente</translation>
    </message>
    <message>
        <source>Limber history (*.json)</source>
        <translation>Historique Limber (*.json)</translation>
    </message>
    <message>
        <source>Limber: not saved</source>
        <translation>Limber&#xa0;: non enregistré</translation>
    </message>
    <message>
        <source>Limber: a copy was saved</source>
        <translation>Limber&#xa0;: copie enregistrée</translation>
    </message>
    <message>
        <source>The unsaved holds were saved to %1. Limber also keeps them and saves them into your history the next time it starts, so you need to import this copy only on another computer or in another data folder.</source>
        <translation>Les maintiens en attente ont été enregistrés dans %1. Limber les conserve aussi et les ajoutera à votre historique au prochain démarrage&#xa0;: vous n’aurez besoin d’importer cette copie que sur un autre ordinateur ou dans un autre dossier de données.</translation>
    </message>
    <message>
        <source>Limber: holds not saved</source>
        <translation>Limber&#xa0;: maintiens non enregistrés</translation>
    </message>
    <message>
        <source>&amp;Try Again</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <source>&amp;Save a Copy…</source>
        <translation>&amp;Enregistrer une copie…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Don&apos;t Quit</source>
        <translation>&amp;Ne pas quitter</translation>
    </message>
</context>
<context>
    <name>UnsavedSessions</name>
    <message>
        <source>Limber could not keep the unsaved holds anywhere. %1</source>
        <translation>Limber n’a pu conserver nulle part les maintiens non enregistrés. %1</translation>
    </message>
    <message>
        <source>The holds kept in %1 are now in your history, but the file could not be removed; you may delete it.</source>
        <translation>Les maintiens conservés dans %1 figurent maintenant dans votre historique, mais le fichier n’a pas pu être supprimé&#xa0;; vous pouvez l’effacer.</translation>
    </message>
</context>
<context>
    <name>UserRoutines</name>
    <message>
        <source>Your routines cannot be changed now. %1</source>
        <translation>Vos routines ne peuvent pas être modifiées pour l’instant. %1</translation>
    </message>
    <message>
        <source>Limber could not read your routines.</source>
        <translation>Limber n’a pas pu lire vos routines.</translation>
    </message>
    <message>
        <source>The routine &quot;%1&quot; in %2 cannot be read; it was changed outside Limber. Restore a backup, or remove the routine. %3</source>
        <translation>La routine «&#xa0;%1&#xa0;» dans %2 est illisible&#xa0;; elle a été modifiée en dehors de Limber. Restaurez une sauvegarde, ou supprimez la routine. %3</translation>
    </message>
    <message>
        <source>Limber could not read your routine &quot;%1&quot;.</source>
        <translation>Limber n’a pas pu lire votre routine «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The routine &quot;%1&quot; was not saved: %2</source>
        <translation>La routine «&#xa0;%1&#xa0;» n’a pas été enregistrée&#xa0;: %2</translation>
    </message>
    <message>
        <source>Limber could not save the routine &quot;%1&quot;.</source>
        <translation>Limber n’a pas pu enregistrer la routine «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Limber could not remove the routine &quot;%1&quot;.</source>
        <translation>Limber n’a pas pu supprimer la routine «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Limber could not change the order of your routines.</source>
        <translation>Limber n’a pas pu changer l’ordre de vos routines.</translation>
    </message>
    <message>
        <source>Limber could not add the routine &quot;%1&quot;.</source>
        <translation>Limber n’a pas pu ajouter la routine «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The routine &quot;%1&quot; was not added: %2</source>
        <translation>La routine «&#xa0;%1&#xa0;» n’a pas été ajoutée&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>ValueScale</name>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
</context>
<context>
    <name>WeekHeadingBlock</name>
    <message>
        <source>Week of</source>
        <translation>Semaine du</translation>
    </message>
</context>
<context>
    <name>limber::AboutDialog</name>
    <message>
        <source>About Limber</source>
        <translation>À propos de Limber</translation>
    </message>
    <message>
        <source>Limber %1</source>
        <translation>Limber %1</translation>
    </message>
    <message>
        <source>Guided stretching routines for hip and low-back pain. Everything you record stays on this computer.</source>
        <translation>Routines d’étirement guidées pour les douleurs de hanche et du bas du dos. Tout ce que vous enregistrez reste sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Runs on Qt %1.</source>
        <translation>Fonctionne avec Qt %1.</translation>
    </message>
    <message>
        <source>Your history and settings are kept in:</source>
        <translation>Votre historique et vos paramètres sont conservés dans&#xa0;:</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Dossier de données</translation>
    </message>
    <message>
        <source>Open Data &amp;Folder</source>
        <translation>Ouvrir le &amp;dossier des données</translation>
    </message>
    <message>
        <source>No file manager could open the folder. Copy its name from above instead.</source>
        <translation>Aucun gestionnaire de fichiers n’a pu ouvrir le dossier. Copiez plutôt son nom ci-dessus.</translation>
    </message>
    <message>
        <source>Limber is free software: you may share it and change it under the terms of the GNU General Public License, version 3 or (at your choice) any later version. &lt;a href=&quot;%1&quot;&gt;Read the licence&lt;/a&gt;.</source>
        <translation>Limber est un logiciel libre&#xa0;: vous pouvez le redistribuer et le modifier selon les termes de la licence publique générale GNU (GNU General Public License), version 3 ou (à votre choix) toute version ultérieure. &lt;a href=&quot;%1&quot;&gt;Lire la licence&lt;/a&gt;.</translation>
    </message>
    <message>
        <source>Limber comes with no warranty of any kind, as far as the law allows. It is not medical advice.</source>
        <translation>Limber est fourni sans aucune garantie, dans les limites permises par la loi. Il ne constitue pas un avis médical.</translation>
    </message>
</context>
<context>
    <name>limber::AppController</name>
    <message>
        <source>&amp;Print Routine Sheet…</source>
        <translation>Im&amp;primer la fiche de routine…</translation>
    </message>
    <message>
        <source>Export Routine Sheet as P&amp;DF…</source>
        <translation>Exporter la fiche de routine en P&amp;DF…</translation>
    </message>
    <message>
        <source>Limber: settings not saved</source>
        <translation>Limber&#xa0;: paramètres non enregistrés</translation>
    </message>
    <message>
        <source>Until they can be saved, Limber forgets your choices when it closes, and asks again (the safety notice too) at the next start.</source>
        <translation>Tant qu’ils ne peuvent pas être enregistrés, Limber oublie vos choix à la fermeture et vous les redemandera (consignes de sécurité comprises) au prochain démarrage.</translation>
    </message>
</context>
<context>
    <name>limber::AudioModule</name>
    <message>
        <source>Limber&apos;s sound part (limber-audio) is missing or damaged, so Limber will stay silent. Every cue is still shown on screen. Reinstalling Limber brings sound back.</source>
        <translation>La partie son de Limber (limber-audio) est absente ou endommagée : Limber restera muet. Chaque indication reste affichée à l’écran. Réinstaller Limber rétablit le son.</translation>
    </message>
</context>
<context>
    <name>limber::AudioStream</name>
    <message>
        <source>The sound output could not be opened.</source>
        <translation>La sortie audio n’a pas pu être ouverte.</translation>
    </message>
    <message>
        <source>The sound output stopped accepting sound.</source>
        <translation>La sortie audio n’accepte plus de son.</translation>
    </message>
    <message>
        <source>The sound output went away.</source>
        <translation>La sortie audio a disparu.</translation>
    </message>
    <message>
        <source>The sound output stopped.</source>
        <translation>La sortie audio s’est arrêtée.</translation>
    </message>
</context>
<context>
    <name>limber::BreathPacer</name>
    <message>
        <source>Breathing guide</source>
        <translation>Guide de respiration</translation>
    </message>
    <message>
        <source>Breathe in</source>
        <translation>Inspirez</translation>
    </message>
    <message>
        <source>Breathe out</source>
        <translation>Expirez</translation>
    </message>
</context>
<context>
    <name>limber::CalendarView</name>
    <message>
        <source>No practised days in %1.</source>
        <translation>Aucun jour pratiqué en %1.</translation>
    </message>
    <message>
        <source>Practised days in %1: %2.</source>
        <translation>Jours pratiqués en %1&#xa0;: %2.</translation>
    </message>
</context>
<context>
    <name>limber::ChoiceButton</name>
    <message>
        <source>Key %1</source>
        <translation>Touche %1</translation>
    </message>
</context>
<context>
    <name>limber::ChoiceScale</name>
    <message>
        <source>Press %1</source>
        <translation>Appuyez sur %1</translation>
    </message>
</context>
<context>
    <name>limber::CuePlayer</name>
    <message>
        <source>No audio output was found: cues are shown on screen only.</source>
        <translation>Aucune sortie audio trouvée&#xa0;: les indications s’affichent uniquement à l’écran.</translation>
    </message>
    <message>
        <source>Spoken cues are not available in this build of Limber.</source>
        <translation>Les indications parlées ne sont pas disponibles dans cette version de Limber.</translation>
    </message>
    <message>
        <source>Cues are given by tones and on screen instead.</source>
        <translation>Les indications sont données à la place par des signaux sonores et à l’écran.</translation>
    </message>
    <message>
        <source>No sound output was found, so Limber will stay silent. Every cue is still shown on screen.</source>
        <translation>Aucune sortie audio n’a été trouvée&#xa0;: Limber restera donc silencieux. Toutes les indications restent affichées à l’écran.</translation>
    </message>
    <message>
        <source>The sound %1 is missing from this build.</source>
        <translation>Le son %1 est absent de cette version.</translation>
    </message>
    <message>
        <source>The session goes on with its cues on screen; sound comes back when the output does.</source>
        <translation>La séance continue avec ses indications à l’écran&#xa0;; le son reviendra avec la sortie audio.</translation>
    </message>
    <message>
        <source>Cues are shown on screen only.</source>
        <translation>Les indications s’affichent uniquement à l’écran.</translation>
    </message>
</context>
<context>
    <name>limber::ExercisePage</name>
    <message>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>Back to where you were (Esc or Alt+Left)</source>
        <translation>Revenir là où vous étiez (Échap ou Alt+Left)</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Exercice</translation>
    </message>
</context>
<context>
    <name>limber::ExercisePicker</name>
    <message>
        <source>Add an exercise</source>
        <translation>Ajouter un exercice</translation>
    </message>
    <message>
        <source>&amp;Exercises in the library:</source>
        <translation>&amp;Exercices de la bibliothèque&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
</context>
<context>
    <name>limber::ExerciseTile</name>
    <message>
        <source>Shows how to do %1, step by step</source>
        <translation>Montre, étape par étape, comment faire&#xa0;: %1</translation>
    </message>
    <message>
        <source>How to do %1</source>
        <translation>Comment faire&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>limber::FigureView</name>
    <message>
        <source>Exercise figure</source>
        <translation>Figure de l’exercice</translation>
    </message>
    <message>
        <source>A figure showing the position for this step.</source>
        <translation>Une figure qui montre la position pour cette étape.</translation>
    </message>
</context>
<context>
    <name>limber::FirstUseState</name>
    <message>
        <source>No holds yet.</source>
        <translation>Aucun maintien pour l’instant.</translation>
    </message>
    <message>
        <source>Start your first session and your week will show up here.</source>
        <translation>Commencez votre première séance, et votre semaine s’affichera ici.</translation>
    </message>
    <message>
        <source>Each week you will see the minutes you held, left and right, your longest hold, your streak of days, and how your reach and pain change.</source>
        <translation>Chaque semaine, vous verrez vos minutes de maintien, à gauche et à droite, votre maintien le plus long, votre série de jours, et l’évolution de votre amplitude et de votre douleur.</translation>
    </message>
    <message>
        <source>&amp;Start a session</source>
        <translation>&amp;Commencer une séance</translation>
    </message>
</context>
<context>
    <name>limber::GuideDialog</name>
    <message>
        <source>Guide — Limber</source>
        <translation>Guide — Limber</translation>
    </message>
    <message>
        <source>Guide</source>
        <translation>Guide</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Using Limber&lt;/h2&gt;&lt;p&gt;Limber guides you through stretching routines for the hips and the lower back. Ask your doctor or physiotherapist before you start, and stop if a stretch causes sharp or growing pain.&lt;/p&gt;&lt;h3&gt;A session&lt;/h3&gt;&lt;p&gt;The Today page shows the routine that Start begins, how long it takes and its exercises. Press a picture to read about an exercise, or choose another routine from the list. Then press Start.&lt;/p&gt;&lt;p&gt;Each exercise begins with a short time to get into position. After that, Limber times every hold, tells you when to switch sides and counts down the last seconds. You do not need to touch the computer until the end.&lt;/p&gt;&lt;p&gt;During a session: Space pauses, Right skips, Left goes back, + adds 15 seconds, ? or F1 shows the exercise, and Esc stops. If a stretch hurts, press “It hurts — stop” (or H): Limber tells you how to come out of it safely and notes why the session ended.&lt;/p&gt;&lt;h3&gt;Your progress&lt;/h3&gt;&lt;p&gt;History shows the minutes you held each week, left and right side by side, and how your pain changed. When holds feel easy over several days, the Today page may offer a slightly longer one; nothing changes until you accept.&lt;/p&gt;&lt;h3&gt;Your own routines&lt;/h3&gt;&lt;p&gt;On the Routines page, duplicate a routine or make a new one, then choose its exercises and how long each hold lasts. Every change is kept at once and can be undone with Ctrl+Z.&lt;/p&gt;&lt;h3&gt;On paper&lt;/h3&gt;&lt;p&gt;Print makes a sheet of your routine with its pictures, to pin on the wall, and a grid to tick off each day if you like.&lt;/p&gt;&lt;h3&gt;Settings&lt;/h3&gt;&lt;p&gt;Choose the voice, the sounds, the breathing pace and reminders to stretch. Help ▸ Keyboard Shortcuts lists every key.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Utiliser Limber&lt;/h2&gt;&lt;p&gt;Limber vous guide dans des routines d’étirement pour les hanches et le bas du dos. Demandez l’avis de votre médecin ou de votre kinésithérapeute avant de commencer, et arrêtez si un étirement provoque une douleur vive ou qui augmente.&lt;/p&gt;&lt;h3&gt;Une séance&lt;/h3&gt;&lt;p&gt;La page Aujourd’hui montre la routine que lance le bouton Commencer, sa durée et ses exercices. Appuyez sur une image pour en savoir plus sur un exercice, ou choisissez une autre routine dans la liste. Appuyez ensuite sur Commencer.&lt;/p&gt;&lt;p&gt;Chaque exercice commence par un court moment pour vous mettre en position. Ensuite, Limber chronomètre chaque maintien, vous dit quand changer de côté et compte à rebours les dernières secondes. Vous n’avez pas besoin de toucher l’ordinateur avant la fin.&lt;/p&gt;&lt;p&gt;Pendant une séance&#xa0;: la touche Espace met en pause, la flèche droite passe à l’étape suivante, la flèche gauche revient en arrière, la touche + ajoute 15 secondes, la touche&#xa0;? ou F1 affiche l’exercice, et Échap arrête. Si un étirement fait mal, appuyez sur «&#xa0;Ça fait mal — arrêter&#xa0;» (ou H)&#xa0;: Limber vous explique comment en sortir sans risque et note pourquoi la séance s’est arrêtée.&lt;/p&gt;&lt;h3&gt;Vos progrès&lt;/h3&gt;&lt;p&gt;L’historique montre vos minutes de maintien de chaque semaine, gauche et droite côte à côte, et l’évolution de votre douleur. Quand les maintiens vous semblent faciles plusieurs jours de suite, la page Aujourd’hui peut vous proposer un maintien un peu plus long&#xa0;; rien ne change tant que vous n’avez pas accepté.&lt;/p&gt;&lt;h3&gt;Vos propres routines&lt;/h3&gt;&lt;p&gt;Sur la page Routines, dupliquez une routine ou créez-en une nouvelle, puis choisissez ses exercices et la durée de chaque maintien. Chaque modification est enregistrée aussitôt et peut être annulée avec Ctrl+Z.&lt;/p&gt;&lt;h3&gt;Sur papier&lt;/h3&gt;&lt;p&gt;Imprimer produit une fiche de votre routine avec ses images, à accrocher au mur, et, si vous le souhaitez, une grille pour cocher chaque jour.&lt;/p&gt;&lt;h3&gt;Paramètres&lt;/h3&gt;&lt;p&gt;Choisissez la voix, les sons, le rythme de respiration et les rappels pour penser à vous étirer. Aide ▸ Raccourcis clavier liste toutes les touches.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>limber::HelpMenu</name>
    <message>
        <source>&amp;Guide</source>
        <translation>&amp;Guide</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>&amp;Safety Notice</source>
        <translation>Consignes de &amp;sécurité</translation>
    </message>
    <message>
        <source>&amp;About Limber</source>
        <translation>À &amp;propos de Limber</translation>
    </message>
</context>
<context>
    <name>limber::HistoryChartsPanel</name>
    <message>
        <source>Minutes held each week, left and right</source>
        <translation>Minutes de maintien par semaine, gauche et droite</translation>
    </message>
    <message>
        <source>Longest hold each week</source>
        <translation>Maintien le plus long par semaine</translation>
    </message>
    <message>
        <source>Sessions each week</source>
        <translation>Séances par semaine</translation>
    </message>
    <message>
        <source>Furthest reach each week</source>
        <translation>Amplitude maximale par semaine</translation>
    </message>
    <message>
        <source>Pain before and after, weekly average from 0 to 10</source>
        <translation>Douleur avant et après, moyenne de la semaine de 0 à 10</translation>
    </message>
    <message>
        <source>Minutes held each week</source>
        <translation>Minutes de maintien par semaine</translation>
    </message>
    <message>
        <source>Longest hold</source>
        <translation>Maintien le plus long</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Séances</translation>
    </message>
    <message>
        <source>Furthest reach</source>
        <translation>Amplitude maximale</translation>
    </message>
    <message>
        <source>Pain (0 to 10)</source>
        <translation>Douleur (de 0 à 10)</translation>
    </message>
    <message>
        <source>minutes held</source>
        <translation>minutes de maintien</translation>
    </message>
    <message>
        <source>Current streak
(days in a row)</source>
        <translation>Série en cours
(jours d’affilée)</translation>
    </message>
    <message>
        <source>Best streak
(days in a row)</source>
        <translation>Meilleure série
(jours d’affilée)</translation>
    </message>
    <message>
        <source>Previous month</source>
        <translation>Mois précédent</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>Mois suivant</translation>
    </message>
    <message>
        <source>Practised days</source>
        <translation>Jours pratiqués</translation>
    </message>
    <message>
        <source>Days practised</source>
        <translation>Jours pratiqués</translation>
    </message>
    <message>
        <source>Left and right over the last four weeks</source>
        <translation>Gauche et droite sur les quatre dernières semaines</translation>
    </message>
    <message>
        <source>Left and right, last four weeks</source>
        <translation>Gauche et droite, quatre dernières semaines</translation>
    </message>
    <message>
        <source>%1 weeks. Use the Left and Right arrow keys to read each week.</source>
        <translation>%1 semaines. Utilisez les flèches gauche et droite pour parcourir chaque semaine.</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Cette semaine</translation>
    </message>
    <message>
        <source>Week of %1</source>
        <translation>Semaine du %1</translation>
    </message>
    <message>
        <source>seconds held</source>
        <translation>secondes de maintien</translation>
    </message>
    <message>
        <source>%1 seconds held</source>
        <translation>%1 secondes de maintien</translation>
    </message>
    <message>
        <source>%1 minutes held</source>
        <translation>%1 minutes de maintien</translation>
    </message>
    <message>
        <source>No holds yet.</source>
        <translation>Aucun maintien pour l’instant.</translation>
    </message>
    <message>
        <source>Left %1, right %2. Sessions: %3. Longest hold: %4.</source>
        <translation>Gauche %1, droite %2. Séances&#xa0;: %3. Maintien le plus long&#xa0;: %4.</translation>
    </message>
    <message>
        <source>Last session: %1</source>
        <translation>Dernière séance&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>Current streak: %n day(s) in a row</source>
        <translation>
            <numerusform>Série en cours&#xa0;: %n jour d’affilée</numerusform>
            <numerusform>Série en cours&#xa0;: %n jours d’affilée</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Best streak: %n day(s) in a row</source>
        <translation>
            <numerusform>Meilleure série&#xa0;: %n jour d’affilée</numerusform>
            <numerusform>Meilleure série&#xa0;: %n jours d’affilée</numerusform>
        </translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Gauche</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Droite</translation>
    </message>
</context>
<context>
    <name>limber::HistoryController</name>
    <message numerus="yes">
        <source>%n hold(s) that could not be saved earlier are now in your history.</source>
        <translation>
            <numerusform>%n maintien qui n’avait pas pu être enregistré figure maintenant dans votre historique.</numerusform>
            <numerusform>%n maintiens qui n’avaient pas pu être enregistrés figurent maintenant dans votre historique.</numerusform>
        </translation>
    </message>
    <message>
        <source>What could not be saved of an earlier session is now in your history.</source>
        <translation>Ce qui n’avait pas pu être enregistré d’une séance précédente figure maintenant dans votre historique.</translation>
    </message>
    <message>
        <source>Limber: kept holds not saved</source>
        <translation>Limber&#xa0;: maintiens conservés non enregistrés</translation>
    </message>
    <message>
        <source>The holds that could not be saved are kept in %1 and are saved into your history the next time Limber starts.</source>
        <translation>Les maintiens qui n’ont pas pu être enregistrés sont conservés dans %1 et seront ajoutés à votre historique au prochain démarrage de Limber.</translation>
    </message>
    <message>
        <source>Sessions still run, but nothing is recorded until this is solved.</source>
        <translation>Les séances fonctionnent toujours, mais rien n’est enregistré tant que ce problème n’est pas résolu.</translation>
    </message>
    <message>
        <source>Limber: your history</source>
        <translation>Limber&#xa0;: votre historique</translation>
    </message>
    <message>
        <source>Holds kept from an earlier session wait in %1 and are saved once recording works again.</source>
        <translation>Des maintiens conservés d’une séance précédente attendent dans %1&#xa0;; ils seront enregistrés dès que l’enregistrement fonctionnera de nouveau.</translation>
    </message>
    <message>
        <source>Recording is still off: nothing has changed yet.</source>
        <translation>L’enregistrement est toujours désactivé&#xa0;: rien n’a changé pour l’instant.</translation>
    </message>
    <message>
        <source>Recording is on again: new holds are saved.</source>
        <translation>L’enregistrement fonctionne de nouveau&#xa0;: les nouveaux maintiens sont enregistrés.</translation>
    </message>
    <message>
        <source>Limber: a hold could not be saved</source>
        <translation>Limber&#xa0;: un maintien n’a pas pu être enregistré</translation>
    </message>
    <message>
        <source>Limber keeps it in memory and saves it once, as soon as it can. Choose Retry when you have made room or fixed the folder.</source>
        <translation>Limber le garde en mémoire et l’enregistrera une seule fois, dès que possible. Choisissez Réessayer quand vous aurez libéré de la place ou réglé le problème du dossier.</translation>
    </message>
    <message>
        <source>Last practised %1: %2 · %3</source>
        <translation>Dernière séance %1&#xa0;: %2 · %3</translation>
    </message>
    <message numerus="yes">
        <source>%n hold(s)</source>
        <translation>
            <numerusform>%n maintien</numerusform>
            <numerusform>%n maintiens</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) held</source>
        <translation>
            <numerusform>%n minute de maintien</numerusform>
            <numerusform>%n minutes de maintien</numerusform>
        </translation>
    </message>
    <message>
        <source>under a minute held</source>
        <translation>moins d’une minute de maintien</translation>
    </message>
    <message>
        <source>Export History as &amp;CSV…</source>
        <translation>Exporter l’historique en &amp;CSV…</translation>
    </message>
    <message>
        <source>Export &amp;Whole History…</source>
        <translation>Exporter &amp;tout l’historique…</translation>
    </message>
    <message>
        <source>&amp;Import History…</source>
        <translation>&amp;Importer un historique…</translation>
    </message>
    <message>
        <source>Export Pro&amp;gress Report…</source>
        <translation>Exporter le rapport de pro&amp;grès…</translation>
    </message>
    <message>
        <source>&amp;Restore a Backup…</source>
        <translation>&amp;Restaurer une sauvegarde…</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Your history could not be opened</source>
        <translation>Votre historique n’a pas pu être ouvert</translation>
    </message>
</context>
<context>
    <name>limber::HistoryPage</name>
    <message>
        <source>Weekly numbers</source>
        <translation>Chiffres par semaine</translation>
    </message>
    <message>
        <source>&amp;Charts</source>
        <translation>&amp;Graphiques</translation>
    </message>
    <message>
        <source>&amp;Table</source>
        <translation>&amp;Tableau</translation>
    </message>
    <message>
        <source>Sess&amp;ions</source>
        <translation>&amp;Séances</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>&amp;Exercise:</source>
        <translation>&amp;Exercice&#xa0;:</translation>
    </message>
    <message>
        <source>‹ &amp;Previous week</source>
        <translation>‹ Semaine &amp;précédente</translation>
    </message>
    <message>
        <source>This &amp;week</source>
        <translation>Cette se&amp;maine</translation>
    </message>
    <message>
        <source>&amp;Next week ›</source>
        <translation>Semaine suiva&amp;nte ›</translation>
    </message>
    <message>
        <source>8 weeks</source>
        <translation>8 semaines</translation>
    </message>
    <message>
        <source>12 weeks</source>
        <translation>12 semaines</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Voir&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <source>The history could not be read.</source>
        <translation>L’historique n’a pas pu être lu.</translation>
    </message>
    <message>
        <source>All exercises</source>
        <translation>Tous les exercices</translation>
    </message>
</context>
<context>
    <name>limber::HistoryTableModel</name>
    <message>
        <source>Week of</source>
        <translation>Semaine du</translation>
    </message>
    <message>
        <source>Left (min)</source>
        <translation>Gauche (min)</translation>
    </message>
    <message>
        <source>Right (min)</source>
        <translation>Droite (min)</translation>
    </message>
    <message>
        <source>No side (min)</source>
        <translation>Sans côté (min)</translation>
    </message>
    <message>
        <source>Holds</source>
        <translation>Maintiens</translation>
    </message>
    <message>
        <source>Longest hold</source>
        <translation>Maintien le plus long</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Séances</translation>
    </message>
    <message>
        <source>Furthest reach</source>
        <translation>Amplitude maximale</translation>
    </message>
    <message>
        <source>Pain before</source>
        <translation>Douleur avant</translation>
    </message>
    <message>
        <source>Pain after</source>
        <translation>Douleur après</translation>
    </message>
</context>
<context>
    <name>limber::HistoryTransfer</name>
    <message>
        <source>daily backup</source>
        <translation>sauvegarde quotidienne</translation>
    </message>
    <message>
        <source>before an update of the file format</source>
        <translation>avant une mise à jour du format de fichier</translation>
    </message>
    <message>
        <source>before an import</source>
        <translation>avant une importation</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>avant une restauration</translation>
    </message>
    <message>
        <source>before a session was deleted</source>
        <translation>avant la suppression d’une séance</translation>
    </message>
    <message>
        <source>Made %1 at %2, %3</source>
        <translation>Créée le %1 à %2, %3</translation>
    </message>
    <message>
        <source>Limber cannot read what this backup holds.</source>
        <translation>Limber ne parvient pas à lire le contenu de cette sauvegarde.</translation>
    </message>
    <message>
        <source>No sessions.</source>
        <translation>Aucune séance.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln session(s)</source>
        <translation>
            <numerusform>%Ln séance</numerusform>
            <numerusform>%Ln séances</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln hold(s)</source>
        <translation>
            <numerusform>%Ln maintien</numerusform>
            <numerusform>%Ln maintiens</numerusform>
        </translation>
    </message>
    <message>
        <source>the last on %1.</source>
        <translation>la dernière le %1.</translation>
    </message>
    <message>
        <source>File %1</source>
        <translation>Fichier %1</translation>
    </message>
    <message>
        <source>Export holds as CSV</source>
        <translation>Exporter les maintiens en CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exporting your history…</source>
        <translation>Exportation de votre historique…</translation>
    </message>
    <message>
        <source>Limber: export failed</source>
        <translation>Limber&#xa0;: échec de l’exportation</translation>
    </message>
    <message>
        <source>Holds written to %1, sessions to %2</source>
        <translation>Maintiens écrits dans %1, séances dans %2</translation>
    </message>
    <message>
        <source>Export your whole history</source>
        <translation>Exporter tout votre historique</translation>
    </message>
    <message>
        <source>Limber history (*.json)</source>
        <translation>Historique Limber (*.json)</translation>
    </message>
    <message>
        <source>History written to %1</source>
        <translation>Historique écrit dans %1</translation>
    </message>
    <message>
        <source>Import a Limber history</source>
        <translation>Importer un historique Limber</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importation…</translation>
    </message>
    <message>
        <source>Limber: import failed</source>
        <translation>Limber&#xa0;: échec de l’importation</translation>
    </message>
    <message>
        <source>Limber: import finished</source>
        <translation>Limber&#xa0;: importation terminée</translation>
    </message>
    <message numerus="yes">
        <source>Added %Ln session(s)</source>
        <translation>
            <numerusform>%Ln séance ajoutée</numerusform>
            <numerusform>%Ln séances ajoutées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln session(s) were already in your history.</source>
        <translation>
            <numerusform>%Ln séance figurait déjà dans votre historique.</numerusform>
            <numerusform>%Ln séances figuraient déjà dans votre historique.</numerusform>
        </translation>
    </message>
    <message>
        <source>Limber</source>
        <translation>Limber</translation>
    </message>
    <message>
        <source>Finish or stop the session before restoring a backup.</source>
        <translation>Terminez ou arrêtez la séance avant de restaurer une sauvegarde.</translation>
    </message>
    <message>
        <source>There are no backups yet.</source>
        <translation>Il n’y a pas encore de sauvegarde.</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>Choose the backup to restore, newest first. Your history as it is now is kept as a backup first, so you can go back to it.</source>
        <translation>Choisissez la sauvegarde à restaurer, de la plus récente à la plus ancienne. Votre historique actuel est d’abord conservé sous forme de sauvegarde, pour que vous puissiez y revenir.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <source>Limber: restore failed</source>
        <translation>Limber&#xa0;: échec de la restauration</translation>
    </message>
    <message>
        <source>Limber: backup restored</source>
        <translation>Limber&#xa0;: sauvegarde restaurée</translation>
    </message>
    <message>
        <source>The backup is your history now. The history you had before is kept in %1.</source>
        <translation>La sauvegarde est maintenant votre historique. L’historique que vous aviez auparavant est conservé dans %1.</translation>
    </message>
    <message>
        <source>Reading your backups…</source>
        <translation>Lecture de vos sauvegardes…</translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation>Restauration de la sauvegarde…</translation>
    </message>
</context>
<context>
    <name>limber::ItemForm</name>
    <message>
        <source>H&amp;olds per side:</source>
        <translation>Main&amp;tiens par côté&#xa0;:</translation>
    </message>
    <message>
        <source>Hold &amp;length:</source>
        <translation>&amp;Durée de maintien&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Get ready:</source>
        <translation>&amp;Préparation&#xa0;:</translation>
    </message>
    <message>
        <source>S&amp;witch sides:</source>
        <translation>C&amp;hangement de côté&#xa0;:</translation>
    </message>
    <message>
        <source>R&amp;est after:</source>
        <translation>Rep&amp;os après&#xa0;:</translation>
    </message>
    <message>
        <source>H&amp;olds:</source>
        <translation>Main&amp;tiens&#xa0;:</translation>
    </message>
    <message>
        <source>Pause bet&amp;ween holds:</source>
        <translation>Pause entre &amp;les maintiens&#xa0;:</translation>
    </message>
    <message>
        <source>Wor&amp;k each side in turn</source>
        <translation>Alterner &amp;gauche et droite</translation>
    </message>
    <message>
        <source>Off: every hold is done the way that is comfortable, without switching sides.</source>
        <translation>Décoché&#xa0;: chaque maintien se fait dans la position la plus confortable, sans changer de côté.</translation>
    </message>
    <message>
        <source>Fi&amp;rst side:</source>
        <translation>Premi&amp;er côté&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Begin with the set-up steps</source>
        <translation>Dé&amp;buter par les étapes de mise en place</translation>
    </message>
    <message>
        <source> s</source>
        <comment>seconds after a number</comment>
        <translation> s</translation>
    </message>
    <message>
        <source>%1 is out of range: use %2 to %3.</source>
        <translation>%1 est hors limites&#xa0;: utilisez une valeur de %2 à %3.</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Gauche</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Droite</translation>
    </message>
</context>
<context>
    <name>limber::MainWindow</name>
    <message>
        <source>Limber</source>
        <translation>Limber</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Séance</translation>
    </message>
    <message>
        <source>The guided session will appear here.</source>
        <translation>La séance guidée s’affichera ici.</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Minutes held each week, left and right side by side, and how your reach and pain change over time.</source>
        <translation>Les minutes de maintien de chaque semaine, gauche et droite côte à côte, et l’évolution de votre amplitude et de votre douleur.</translation>
    </message>
    <message>
        <source>Routines</source>
        <translation>Routines</translation>
    </message>
    <message>
        <source>Choose the exercises of your routine, how long to hold each one and how often.</source>
        <translation>Choisissez les exercices de votre routine, la durée de chaque maintien et leur nombre.</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Imprimer</translation>
    </message>
    <message>
        <source>A sheet of your routine with its pictures and a grid to tick off each day, to pin on the wall.</source>
        <translation>Une fiche de votre routine avec ses images et une grille pour cocher chaque jour, à accrocher au mur.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Sound, voice and breathing choices.</source>
        <translation>Choix du son, de la voix et de la respiration.</translation>
    </message>
    <message>
        <source>Coming soon</source>
        <translation>Bientôt disponible</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>Au&amp;jourd’hui</translation>
    </message>
    <message>
        <source>Today&apos;s routine and the Start button</source>
        <translation>La routine du jour et le bouton Commencer</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Historique</translation>
    </message>
    <message>
        <source>Your weekly hold history</source>
        <translation>Votre historique des maintiens, semaine par semaine</translation>
    </message>
    <message>
        <source>&amp;Routines</source>
        <translation>&amp;Routines</translation>
    </message>
    <message>
        <source>Choose and edit routines</source>
        <translation>Choisir et modifier les routines</translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation>&amp;Imprimer</translation>
    </message>
    <message>
        <source>Print a routine sheet</source>
        <translation>Imprimer une fiche de routine</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Paramètres</translation>
    </message>
    <message>
        <source>Sound, voice and breathing</source>
        <translation>Son, voix et respiration</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation>Plei&amp;n écran</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
</context>
<context>
    <name>limber::PdfExport</name>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>limber::PdfSavedDialog</name>
    <message>
        <source>PDF Saved</source>
        <translation>PDF enregistré</translation>
    </message>
    <message>
        <source>It was saved as:</source>
        <translation>Il a été enregistré sous&#xa0;:</translation>
    </message>
    <message>
        <source>Saved file</source>
        <translation>Fichier enregistré</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>Open the PDF in your PDF viewer</source>
        <translation>Ouvrir le PDF dans votre lecteur de PDF</translation>
    </message>
    <message>
        <source>Show in &amp;Folder</source>
        <translation>Afficher dans le &amp;dossier</translation>
    </message>
    <message>
        <source>Open the folder that holds the PDF</source>
        <translation>Ouvrir le dossier qui contient le PDF</translation>
    </message>
    <message>
        <source>No program could open the PDF. Use Show in Folder and open it from there, or copy its name from above.</source>
        <translation>Aucun programme n’a pu ouvrir le PDF. Utilisez Afficher dans le dossier et ouvrez-le à partir de là, ou copiez son nom ci-dessus.</translation>
    </message>
    <message>
        <source>No file manager could open the folder. Copy the file&apos;s name from above instead.</source>
        <translation>Aucun gestionnaire de fichiers n’a pu ouvrir le dossier. Copiez plutôt le nom du fichier ci-dessus.</translation>
    </message>
</context>
<context>
    <name>limber::PrintModule</name>
    <message>
        <source>Limber&apos;s printing part (limber-print) is missing or damaged, so Limber cannot print. Saving the sheet as a PDF still works, to print it from another program. Reinstalling Limber brings printing back.</source>
        <translation>La partie impression de Limber (limber-print) est absente ou endommagée : Limber ne peut pas imprimer. La fiche peut toujours être enregistrée en PDF, pour l’imprimer depuis un autre programme. Réinstaller Limber rétablit l’impression.</translation>
    </message>
</context>
<context>
    <name>limber::PrintPage</name>
    <message>
        <source>Print a routine sheet</source>
        <translation>Imprimer une fiche de routine</translation>
    </message>
    <message>
        <source>A page to pin on the wall: the pictures, the steps, what to take care of and the holds. Add the week grid to tick off each hold by hand.</source>
        <translation>Une page à accrocher au mur&#xa0;: les images, les étapes, les précautions à prendre et les maintiens. Ajoutez la grille de la semaine pour cocher chaque maintien à la main.</translation>
    </message>
    <message>
        <source>Routine to print</source>
        <translation>Routine à imprimer</translation>
    </message>
    <message>
        <source>Add a week grid to tick off by hand</source>
        <translation>Ajouter une grille de la semaine à cocher à la main</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimer…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Enregistrer en PDF…</translation>
    </message>
    <message>
        <source>&amp;Routine:</source>
        <translation>&amp;Routine&#xa0;:</translation>
    </message>
</context>
<context>
    <name>limber::PrintSheetCommand</name>
    <message>
        <source>Some content files were skipped:</source>
        <translation>Certains fichiers de contenu ont été ignorés :</translation>
    </message>
</context>
<context>
    <name>limber::ProgressController</name>
    <message>
        <source>Hold targets</source>
        <translation>Objectifs de maintien</translation>
    </message>
</context>
<context>
    <name>limber::ProgressPanel</name>
    <message>
        <source>&amp;Read about it</source>
        <translation>&amp;En savoir plus</translation>
    </message>
    <message>
        <source>&amp;Add to this routine</source>
        <translation>&amp;Ajouter à cette routine</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Pas maintenant</translation>
    </message>
    <message>
        <source>Not now: do not suggest this exercise again</source>
        <translation>Pas maintenant&#xa0;: ne plus proposer cet exercice</translation>
    </message>
    <message>
        <source>Hold &amp;targets…</source>
        <translation>&amp;Objectifs de maintien…</translation>
    </message>
    <message>
        <source>See and change how long and how often each exercise is held</source>
        <translation>Voir et modifier la durée et le nombre de maintiens de chaque exercice</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Accepter</translation>
    </message>
    <message>
        <source>Accept the new target for %1</source>
        <translation>Accepter le nouvel objectif pour %1</translation>
    </message>
    <message>
        <source>Keep the target for %1</source>
        <translation>Garder l’objectif actuel pour %1</translation>
    </message>
    <message>
        <source>Read about %1</source>
        <translation>En savoir plus sur %1</translation>
    </message>
    <message>
        <source>Add %1 to this routine</source>
        <translation>Ajouter %1 à cette routine</translation>
    </message>
</context>
<context>
    <name>limber::RecordingNotice</name>
    <message>
        <source>Recording is off</source>
        <translation>L’enregistrement est désactivé</translation>
    </message>
    <message>
        <source>Try Again</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Check again whether Limber can write to your history</source>
        <translation>Vérifier à nouveau si Limber peut écrire dans votre historique</translation>
    </message>
</context>
<context>
    <name>limber::ReminderBar</name>
    <message>
        <source>Reminder</source>
        <translation>Rappel</translation>
    </message>
    <message>
        <source>Dismiss this reminder</source>
        <translation>Ignorer ce rappel</translation>
    </message>
    <message>
        <source>Dismiss reminder</source>
        <translation>Ignorer le rappel</translation>
    </message>
</context>
<context>
    <name>limber::ReminderController</name>
    <message>
        <source>Time for a stretch</source>
        <translation>C’est l’heure de s’étirer</translation>
    </message>
    <message>
        <source>A good moment for a short stretch.</source>
        <translation>C’est le bon moment pour un petit étirement.</translation>
    </message>
    <message>
        <source>A good moment for “%1”.</source>
        <translation>C’est le bon moment pour «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>A good moment for “%1” — it takes under a minute.</source>
        <translation>C’est le bon moment pour «&#xa0;%1&#xa0;» — cela prend moins d’une minute.</translation>
    </message>
    <message numerus="yes">
        <source>A good moment for “%1” — about %n minute(s).</source>
        <translation>
            <numerusform>C’est le bon moment pour «&#xa0;%1&#xa0;» — environ %n minute.</numerusform>
            <numerusform>C’est le bon moment pour «&#xa0;%1&#xa0;» — environ %n minutes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>limber::ReminderHub</name>
    <message>
        <source>Limber</source>
        <translation>Limber</translation>
    </message>
    <message>
        <source>Limber keeps running in the tray to remind you; Quit from its menu.</source>
        <translation>Limber reste ouvert dans la zone de notification pour vous faire penser à vous étirer&#xa0;; pour le quitter, utilisez son menu.</translation>
    </message>
</context>
<context>
    <name>limber::RemindersSection</name>
    <message>
        <source>Reminders</source>
        <translation>Rappels</translation>
    </message>
    <message>
        <source>Re&amp;mind me to take stretch breaks</source>
        <translation>&amp;Me rappeler de faire une pause pour m’étirer</translation>
    </message>
    <message>
        <source>Remind me to take stretch breaks</source>
        <translation>Me rappeler de faire une pause pour m’étirer</translation>
    </message>
    <message>
        <source>When reminders come</source>
        <translation>Quand les rappels arrivent</translation>
    </message>
    <message>
        <source>At set times of day</source>
        <translation>À heures fixes</translation>
    </message>
    <message>
        <source>Every so many minutes</source>
        <translation>À intervalles réguliers</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;Quand&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Days:</source>
        <translation>&amp;Jours&#xa0;:</translation>
    </message>
    <message>
        <source>Most reminders a day</source>
        <translation>Nombre maximal de rappels par jour</translation>
    </message>
    <message>
        <source> a day</source>
        <translation> par jour</translation>
    </message>
    <message>
        <source>At mo&amp;st:</source>
        <translation>Au ma&amp;ximum&#xa0;:</translation>
    </message>
    <message>
        <source>Routine a reminder offers</source>
        <translation>Routine proposée par un rappel</translation>
    </message>
    <message>
        <source>W&amp;hich routine:</source>
        <translation>Routine &amp;proposée&#xa0;:</translation>
    </message>
    <message>
        <source>Start Limber when I lo&amp;g in</source>
        <translation>&amp;Lancer Limber à l’ouverture de session</translation>
    </message>
    <message>
        <source>Start Limber when I log in</source>
        <translation>Lancer Limber à l’ouverture de session</translation>
    </message>
    <message>
        <source>Limber starts quietly in the background, so reminders come without opening it.</source>
        <translation>Limber démarre discrètement en arrière-plan&#xa0;: les rappels arrivent sans que vous ayez à l’ouvrir.</translation>
    </message>
    <message>
        <source>Reminder times</source>
        <translation>Heures des rappels</translation>
    </message>
    <message>
        <source>Time to add</source>
        <translation>Heure à ajouter</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>Add this time</source>
        <translation>Ajouter cette heure</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>Remove the selected time</source>
        <translation>Retirer l’heure sélectionnée</translation>
    </message>
    <message>
        <source>&amp;Times:</source>
        <translation>&amp;Heures&#xa0;:</translation>
    </message>
    <message>
        <source>Minutes between reminders</source>
        <translation>Minutes entre deux rappels</translation>
    </message>
    <message>
        <source> min</source>
        <comment>minutes</comment>
        <translation> min</translation>
    </message>
    <message>
        <source>&amp;Every:</source>
        <translation>I&amp;ntervalle&#xa0;:</translation>
    </message>
    <message>
        <source>Reminders from</source>
        <translation>Rappels à partir de</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;De&#xa0;:</translation>
    </message>
    <message>
        <source>Reminders until</source>
        <translation>Rappels jusqu’à</translation>
    </message>
    <message>
        <source>U&amp;ntil:</source>
        <translation>Ju&amp;squ’à&#xa0;:</translation>
    </message>
    <message>
        <source>Choose an end after the start: until then no reminders come.</source>
        <translation>Choisissez une heure de fin après l’heure de début&#xa0;: en attendant, aucun rappel ne sera envoyé.</translation>
    </message>
</context>
<context>
    <name>limber::ReportCommand</name>
    <message>
        <source>--weeks takes a whole number of weeks from %1 to %2.</source>
        <translation>--weeks attend un nombre entier de semaines entre %1 et %2.</translation>
    </message>
    <message>
        <source>--report needs the name of the PDF file to write.</source>
        <translation>--report attend le nom du fichier PDF à écrire.</translation>
    </message>
</context>
<context>
    <name>limber::ReportPrinter</name>
    <message>
        <source>Export Progress Report</source>
        <translation>Exporter le rapport de progrès</translation>
    </message>
    <message>
        <source>Progress Report</source>
        <translation>Rapport de progrès</translation>
    </message>
    <message>
        <source>The progress report is saved.</source>
        <translation>Le rapport de progrès est enregistré.</translation>
    </message>
    <message>
        <source>There is nothing to report yet. A progress report can be made once a session has been recorded.</source>
        <translation>Il n’y a encore rien à présenter. Un rapport de progrès pourra être créé dès qu’une séance aura été enregistrée.</translation>
    </message>
    <message>
        <source>Progress report %1</source>
        <translation>Rapport de progrès %1</translation>
    </message>
</context>
<context>
    <name>limber::RoutineController</name>
    <message>
        <source>Your routines are being read…</source>
        <translation>Lecture de vos routines…</translation>
    </message>
    <message>
        <source>Your history could not be opened, so your own routines cannot be kept. The bundled routines can still be started.</source>
        <translation>Votre historique n’a pas pu être ouvert&#xa0;: vos propres routines ne peuvent donc pas être conservées. Les routines fournies peuvent toujours être lancées.</translation>
    </message>
    <message>
        <source>Your routines cannot be changed: the history is not open.</source>
        <translation>Vos routines ne peuvent pas être modifiées&#xa0;: l’historique n’est pas ouvert.</translation>
    </message>
    <message>
        <source>The routine “%1” is not there any more.</source>
        <translation>La routine «&#xa0;%1&#xa0;» n’existe plus.</translation>
    </message>
    <message>
        <source>“%1” already has %2 exercises, as many as a routine can hold.</source>
        <translation>«&#xa0;%1&#xa0;» contient déjà %2 exercices, le maximum pour une routine.</translation>
    </message>
    <message>
        <source>%1 (my copy)</source>
        <translation>%1 (ma copie)</translation>
    </message>
    <message>
        <source>Routines</source>
        <translation>Routines</translation>
    </message>
</context>
<context>
    <name>limber::RoutineEditor</name>
    <message>
        <source>Routine name</source>
        <translation>Nom de la routine</translation>
    </message>
    <message>
        <source>This routine comes with Limber and cannot be changed. Duplicate it to make your own version.</source>
        <translation>Cette routine est fournie avec Limber et ne peut pas être modifiée. Dupliquez-la pour créer votre propre version.</translation>
    </message>
    <message>
        <source>Exercises, in order</source>
        <translation>Exercices, dans l’ordre</translation>
    </message>
    <message>
        <source>Exercises in this routine</source>
        <translation>Exercices de cette routine</translation>
    </message>
    <message>
        <source>Plan for the selected exercise</source>
        <translation>Plan de l’exercice sélectionné</translation>
    </message>
    <message>
        <source>Add an exercise, then choose how long and how often to hold it.</source>
        <translation>Ajoutez un exercice, puis choisissez la durée et le nombre de ses maintiens.</translation>
    </message>
    <message>
        <source>&amp;Add exercise…</source>
        <translation>&amp;Ajouter un exercice…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Remove the selected exercise (Delete)</source>
        <translation>Retirer l’exercice sélectionné (Suppr)</translation>
    </message>
    <message>
        <source>Move u&amp;p</source>
        <translation>&amp;Monter</translation>
    </message>
    <message>
        <source>Move the selected exercise earlier (Alt+Up)</source>
        <translation>Placer l’exercice sélectionné plus tôt (Alt+Up)</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>De&amp;scendre</translation>
    </message>
    <message>
        <source>Move the selected exercise later (Alt+Down)</source>
        <translation>Placer l’exercice sélectionné plus tard (Alt+Down)</translation>
    </message>
    <message>
        <source>About this exercise</source>
        <translation>À propos de cet exercice</translation>
    </message>
    <message>
        <source>What the selected exercise does and how to do it well (F1)</source>
        <translation>Ce que fait l’exercice sélectionné et comment bien le faire (F1)</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n exercise(s)</source>
        <translation>
            <numerusform>%1 · %n exercice</numerusform>
            <numerusform>%1 · %n exercices</numerusform>
        </translation>
    </message>
    <message>
        <source>A routine holds at most %1 exercises.</source>
        <translation>Une routine contient au plus %1 exercices.</translation>
    </message>
    <message>
        <source>Select an exercise to change its plan.</source>
        <translation>Sélectionnez un exercice pour modifier son plan.</translation>
    </message>
    <message>
        <source>Add at least one exercise: a routine without exercises cannot be kept or started.</source>
        <translation>Ajoutez au moins un exercice&#xa0;: une routine sans exercice ne peut être ni conservée ni lancée.</translation>
    </message>
</context>
<context>
    <name>limber::RoutineEditorModel</name>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Right first</source>
        <translation>Droite d’abord</translation>
    </message>
    <message>
        <source>Left first</source>
        <translation>Gauche d’abord</translation>
    </message>
    <message numerus="yes">
        <source>%n hold(s) each side</source>
        <translation>
            <numerusform>%n maintien de chaque côté</numerusform>
            <numerusform>%n maintiens de chaque côté</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hold(s)</source>
        <translation>
            <numerusform>%n maintien</numerusform>
            <numerusform>%n maintiens</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2 s each</source>
        <translation>%1, %2 s chacun</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Exercice</translation>
    </message>
    <message>
        <source>Holds</source>
        <translation>Maintiens</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Maintien</translation>
    </message>
    <message>
        <source>Get ready</source>
        <translation>Préparation</translation>
    </message>
    <message>
        <source>Switch</source>
        <translation>Changement</translation>
    </message>
    <message>
        <source>Rest after</source>
        <translation>Repos après</translation>
    </message>
    <message>
        <source>First side</source>
        <translation>Premier côté</translation>
    </message>
    <message>
        <source>Sides</source>
        <translation>Côtés</translation>
    </message>
    <message>
        <source>Set-up steps</source>
        <translation>Mise en place</translation>
    </message>
</context>
<context>
    <name>limber::RoutineEdits</name>
    <message>
        <source>New routine</source>
        <translation>Nouvelle routine</translation>
    </message>
    <message>
        <source>New routine “%1”</source>
        <translation>Nouvelle routine «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>%1 (my copy)</source>
        <translation>%1 (ma copie)</translation>
    </message>
    <message>
        <source>Duplicate “%1”</source>
        <translation>Dupliquer «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Delete “%1”</source>
        <translation>Supprimer «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Change “%1”</source>
        <translation>Modifier «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Rename “%1” to “%2”</source>
        <translation>Renommer «&#xa0;%1&#xa0;» en «&#xa0;%2&#xa0;»</translation>
    </message>
</context>
<context>
    <name>limber::RoutineFile</name>
    <message>
        <source>Limber could not write the routine to %1 (%2). Choose a folder you may write to, and check that the disk has free space.</source>
        <translation>Limber n’a pas pu écrire la routine dans %1 (%2). Choisissez un dossier où vous avez le droit d’écrire, et vérifiez qu’il reste de la place sur le disque.</translation>
    </message>
</context>
<context>
    <name>limber::RoutineListModel</name>
    <message>
        <source>comes with Limber</source>
        <translation>fournie avec Limber</translation>
    </message>
    <message>
        <source>today&apos;s routine</source>
        <translation>routine du jour</translation>
    </message>
    <message>
        <source>No exercises yet; add one to keep this routine</source>
        <translation>Aucun exercice pour l’instant&#xa0;; ajoutez-en un pour conserver cette routine</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd’hui</translation>
    </message>
    <message>
        <source>Built in</source>
        <translation>Intégrée</translation>
    </message>
</context>
<context>
    <name>limber::RoutineListPanel</name>
    <message>
        <source>Routines</source>
        <translation>Routines</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nouvelle</translation>
    </message>
    <message>
        <source>Make a new routine (Ctrl+N)</source>
        <translation>Créer une nouvelle routine (Ctrl+N)</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;upliquer</translation>
    </message>
    <message>
        <source>Make your own copy of the selected routine</source>
        <translation>Créer votre propre copie de la routine sélectionnée</translation>
    </message>
    <message>
        <source>Rena&amp;me</source>
        <translation>&amp;Renommer</translation>
    </message>
    <message>
        <source>Change the routine&apos;s name (F2)</source>
        <translation>Changer le nom de la routine (F2)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Delete the selected routine (Delete); Ctrl+Z brings it back</source>
        <translation>Supprimer la routine sélectionnée (Suppr)&#xa0;; Ctrl+Z la fait revenir</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <source>Add a routine from a .json file</source>
        <translation>Ajouter une routine à partir d’un fichier .json</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <source>Save the selected routine as a .json file to share or keep</source>
        <translation>Enregistrer la routine sélectionnée dans un fichier .json, pour la partager ou la conserver</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Bring back what was just changed (Ctrl+Z)</source>
        <translation>Annuler la dernière modification (Ctrl+Z)</translation>
    </message>
</context>
<context>
    <name>limber::RoutinesPage</name>
    <message>
        <source>Routines</source>
        <translation>Routines</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Commencer</translation>
    </message>
    <message>
        <source>Start a session with this routine (Enter in the list)</source>
        <translation>Commencer une séance avec cette routine (Entrée dans la liste)</translation>
    </message>
    <message>
        <source>Use as &amp;today&apos;s routine</source>
        <translation>Utiliser comme routine du &amp;jour</translation>
    </message>
    <message>
        <source>The Today page and &quot;limber --start&quot; begin this routine</source>
        <translation>La page Aujourd’hui et «&#xa0;limber --start&#xa0;» lancent cette routine</translation>
    </message>
    <message>
        <source>Routine files (*.json)</source>
        <translation>Fichiers de routine (*.json)</translation>
    </message>
    <message>
        <source>Import a routine</source>
        <translation>Importer une routine</translation>
    </message>
    <message>
        <source>Export the routine</source>
        <translation>Exporter la routine</translation>
    </message>
    <message>
        <source>This is today&apos;s routine</source>
        <translation>C’est la routine du jour</translation>
    </message>
    <message>
        <source>Deleted “%1”.</source>
        <translation>Routine «&#xa0;%1&#xa0;» supprimée.</translation>
    </message>
</context>
<context>
    <name>limber::SafetyNotice</name>
    <message>
        <source>Safety notice</source>
        <translation>Consignes de sécurité</translation>
    </message>
    <message>
        <source>Before you stretch</source>
        <translation>Avant de vous étirer</translation>
    </message>
    <message>
        <source>I understand</source>
        <translation>J’ai compris</translation>
    </message>
    <message>
        <source>Quit Limber</source>
        <translation>Quitter Limber</translation>
    </message>
    <message>
        <source>Limber guides you through gentle stretches. It is not medical advice and does not replace your doctor or physiotherapist.</source>
        <translation>Limber vous guide dans des étirements doux. Il ne constitue pas un avis médical et ne remplace pas votre médecin ou votre kinésithérapeute.</translation>
    </message>
    <message>
        <source>Ask your doctor before you start a new routine.</source>
        <translation>Demandez l’avis de votre médecin avant de commencer une nouvelle routine.</translation>
    </message>
    <message>
        <source>Move slowly, and only as far as is comfortable. A gentle pull is fine; forcing is not.</source>
        <translation>Bougez lentement, et seulement tant que c’est confortable. Une légère tension est normale&#xa0;; forcer ne l’est pas.</translation>
    </message>
    <message>
        <source>Stop if the pain is sharp, or if it keeps growing.</source>
        <translation>Arrêtez si la douleur est vive, ou si elle ne cesse d’augmenter.</translation>
    </message>
</context>
<context>
    <name>limber::SelfReportPanel</name>
    <message>
        <source>Pain now, from 0 (none) to 10 (worst):</source>
        <translation>Douleur maintenant, de 0 (aucune) à 10 (la pire)&#xa0;:</translation>
    </message>
    <message>
        <source>A note for your history (optional):</source>
        <translation>Une remarque pour votre historique (facultatif)&#xa0;:</translation>
    </message>
    <message>
        <source>e.g. knees felt stiff</source>
        <translation>p. ex. genoux raides</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <source>How far did you get?</source>
        <translation>Quelle amplitude avez-vous atteinte&#xa0;?</translation>
    </message>
</context>
<context>
    <name>limber::SessionControls</name>
    <message>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>Back to the start of this step</source>
        <translation>Revenir au début de cette étape</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Passer</translation>
    </message>
    <message>
        <source>Skip to the next step</source>
        <translation>Passer à l’étape suivante</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Aide</translation>
    </message>
    <message>
        <source>How to do this exercise</source>
        <translation>Comment faire cet exercice</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Stop the session</source>
        <translation>Arrêter la séance</translation>
    </message>
    <message>
        <source>It hurts — stop</source>
        <translation>Ça fait mal — arrêter</translation>
    </message>
    <message>
        <source>It hurts: stop the session</source>
        <translation>Ça fait mal&#xa0;: arrêter la séance</translation>
    </message>
    <message>
        <source>Leave full screen, or stop the session</source>
        <translation>Quitter le plein écran, ou arrêter la séance</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Resume the session</source>
        <translation>Reprendre la séance</translation>
    </message>
    <message>
        <source>Pause the session</source>
        <translation>Mettre la séance en pause</translation>
    </message>
    <message>
        <source>+%1 s</source>
        <translation>+%1 s</translation>
    </message>
    <message numerus="yes">
        <source>Add %n second(s) to this hold</source>
        <translation>
            <numerusform>Ajouter %n seconde à ce maintien</numerusform>
            <numerusform>Ajouter %n secondes à ce maintien</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>limber::SessionLauncher</name>
    <message>
        <source>Limber</source>
        <translation>Limber</translation>
    </message>
    <message>
        <source>Opening your history… the session starts in a moment.</source>
        <translation>Ouverture de votre historique… la séance commence dans un instant.</translation>
    </message>
    <message>
        <source>The routine “%1” cannot be started: %2</source>
        <translation>La routine «&#xa0;%1&#xa0;» ne peut pas être lancée&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Limber: %1</source>
        <translation>Limber&#xa0;: %1</translation>
    </message>
    <message>
        <source>Limber stays open on its start page: choose a routine there, or press Start.</source>
        <translation>Limber reste ouvert sur sa page d’accueil&#xa0;: choisissez-y une routine, ou appuyez sur Commencer.</translation>
    </message>
    <message>
        <source>A session is already running; finish or stop it to start another.</source>
        <translation>Une séance est déjà en cours&#xa0;; terminez-la ou arrêtez-la pour en commencer une autre.</translation>
    </message>
    <message>
        <source>Limber: some content was skipped</source>
        <translation>Limber&#xa0;: certains contenus ont été ignorés</translation>
    </message>
    <message>
        <source>Some of your own content files have problems and were not loaded. Everything else works. Fix the files, then start Limber again.</source>
        <translation>Certains de vos propres fichiers de contenu comportent des problèmes et n’ont pas été chargés. Tout le reste fonctionne. Corrigez ces fichiers, puis relancez Limber.</translation>
    </message>
</context>
<context>
    <name>limber::SessionList</name>
    <message>
        <source>Sessions of the weeks shown</source>
        <translation>Séances des semaines affichées</translation>
    </message>
    <message>
        <source>&amp;Delete Session…</source>
        <translation>&amp;Supprimer la séance…</translation>
    </message>
</context>
<context>
    <name>limber::SessionPage</name>
    <message>
        <source>Guided session</source>
        <translation>Séance guidée</translation>
    </message>
    <message>
        <source>Pain right now, 0–10 (optional)</source>
        <translation>Douleur maintenant, 0–10 (facultatif)</translation>
    </message>
</context>
<context>
    <name>limber::SessionScreen</name>
    <message>
        <source>Instruction</source>
        <translation>Consigne</translation>
    </message>
    <message>
        <source>Caution</source>
        <translation>Mise en garde</translation>
    </message>
    <message>
        <source>Spoken cue</source>
        <translation>Indication parlée</translation>
    </message>
</context>
<context>
    <name>limber::SessionSummaryView</name>
    <message>
        <source>How to come out of the stretch</source>
        <translation>Comment sortir de l’étirement</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Done: back to the start page</source>
        <translation>Terminé&#xa0;: retour à la page d’accueil</translation>
    </message>
    <message>
        <source>Back to the start page (Enter)</source>
        <translation>Retour à la page d’accueil (Entrée)</translation>
    </message>
    <message>
        <source>No holds done this time</source>
        <translation>Aucun maintien effectué cette fois</translation>
    </message>
    <message>
        <source>You skipped to the end without holding a stretch to its end, so this session does not count as done.</source>
        <translation>Vous avez sauté jusqu’à la fin sans tenir un étirement jusqu’au bout&#xa0;: cette séance ne compte donc pas comme effectuée.</translation>
    </message>
    <message>
        <source>Well done</source>
        <translation>Bravo</translation>
    </message>
    <message>
        <source>You reached the end of the routine, with some holds skipped or cut short.</source>
        <translation>Vous avez terminé la routine, avec quelques maintiens passés ou écourtés.</translation>
    </message>
    <message>
        <source>You finished the whole routine.</source>
        <translation>Vous avez fait toute la routine.</translation>
    </message>
    <message>
        <source>Session stopped</source>
        <translation>Séance arrêtée</translation>
    </message>
    <message>
        <source>You stopped before the end. What you held still counts.</source>
        <translation>Vous avez arrêté avant la fin. Ce que vous avez tenu compte quand même.</translation>
    </message>
    <message>
        <source>Stopped because it hurt</source>
        <translation>Arrêtée parce que ça faisait mal</translation>
    </message>
    <message>
        <source>Rest now. If the pain is sharp or keeps growing, do not go on with the exercise and ask your doctor.</source>
        <translation>Reposez-vous maintenant. Si la douleur est vive ou continue d’augmenter, ne poursuivez pas l’exercice et demandez l’avis de votre médecin.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n hold(s)</source>
        <translation>
            <numerusform>%1&#xa0;: %n maintien</numerusform>
            <numerusform>%1&#xa0;: %n maintiens</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hold(s) done</source>
        <translation>
            <numerusform>%n maintien effectué</numerusform>
            <numerusform>%n maintiens effectués</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hold(s) cut short</source>
        <translation>
            <numerusform>%n maintien écourté</numerusform>
            <numerusform>%n maintiens écourtés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hold(s) skipped</source>
        <translation>
            <numerusform>%n maintien passé</numerusform>
            <numerusform>%n maintiens passés</numerusform>
        </translation>
    </message>
    <message>
        <source>No holds this time.</source>
        <translation>Aucun maintien cette fois.</translation>
    </message>
    <message>
        <source>Time holding: %1</source>
        <translation>Temps de maintien&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>limber::SessionTableModel</name>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>Stopped early</source>
        <translation>Arrêtée avant la fin</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Interrompue</translation>
    </message>
    <message>
        <source>Running now</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Began</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Exercises</source>
        <translation>Exercices</translation>
    </message>
    <message>
        <source>Holds</source>
        <translation>Maintiens</translation>
    </message>
    <message>
        <source>Time held</source>
        <translation>Temps de maintien</translation>
    </message>
    <message>
        <source>How it ended</source>
        <translation>État</translation>
    </message>
</context>
<context>
    <name>limber::Settings</name>
    <message>
        <source>Your settings could not be saved to %1: the file cannot be written. Check that the folder exists and that you may write to it.</source>
        <translation>Vos paramètres n’ont pas pu être enregistrés dans %1&#xa0;: le fichier n’est pas accessible en écriture. Vérifiez que le dossier existe et que vous avez le droit d’y écrire.</translation>
    </message>
    <message>
        <source>Your settings file %1 is damaged. Move it aside and restart Limber to start again with the defaults.</source>
        <translation>Votre fichier de paramètres %1 est endommagé. Mettez-le de côté et relancez Limber pour repartir des valeurs par défaut.</translation>
    </message>
</context>
<context>
    <name>limber::SettingsPage</name>
    <message>
        <source> s</source>
        <comment>seconds</comment>
        <translation> s</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Test sound</source>
        <translation>Tester le son</translation>
    </message>
    <message>
        <source>Plays a tone and says a sample sentence at the chosen volume.</source>
        <translation>Joue un signal sonore et prononce une phrase d’exemple au volume choisi.</translation>
    </message>
    <message>
        <source>Sound</source>
        <translation>Son</translation>
    </message>
    <message>
        <source>Play a tone at each change</source>
        <translation>Émettre un signal sonore à chaque changement</translation>
    </message>
    <message>
        <source>Speak the instructions aloud</source>
        <translation>Lire les consignes à voix haute</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>Voix</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Voix par défaut du système</translation>
    </message>
    <message>
        <source>&amp;Voice:</source>
        <translation>&amp;Voix&#xa0;:</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volume</translation>
    </message>
    <message>
        <source>V&amp;olume:</source>
        <translation>V&amp;olume&#xa0;:</translation>
    </message>
    <message>
        <source>Countdown before a hold ends</source>
        <translation>Compte à rebours avant la fin d’un maintien</translation>
    </message>
    <message>
        <source>Spoken numbers</source>
        <translation>Nombres prononcés</translation>
    </message>
    <message>
        <source>Tones</source>
        <translation>Signaux sonores</translation>
    </message>
    <message>
        <source>&amp;Countdown:</source>
        <translation>&amp;Compte à rebours&#xa0;:</translation>
    </message>
    <message>
        <source>Breathing</source>
        <translation>Respiration</translation>
    </message>
    <message>
        <source>Soft tones to breathe by</source>
        <translation>Sons doux pour rythmer la respiration</translation>
    </message>
    <message>
        <source>Breathe in, seconds</source>
        <translation>Inspiration, en secondes</translation>
    </message>
    <message>
        <source>Breathe &amp;in:</source>
        <translation>&amp;Inspiration&#xa0;:</translation>
    </message>
    <message>
        <source>Breathe out, seconds</source>
        <translation>Expiration, en secondes</translation>
    </message>
    <message>
        <source>Breathe o&amp;ut:</source>
        <translation>&amp;Expiration&#xa0;:</translation>
    </message>
    <message>
        <source>Show the breathing guide during holds</source>
        <translation>Afficher le guide de respiration pendant les maintiens</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <source>Spoken instructions cannot be used on this computer.</source>
        <translation>Les consignes parlées ne peuvent pas être utilisées sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Playing…</source>
        <translation>Lecture…</translation>
    </message>
    <message>
        <source>Playing a tone and a sentence…</source>
        <translation>Signal sonore et phrase en cours…</translation>
    </message>
    <message>
        <source>Playing a tone…</source>
        <translation>Signal sonore en cours…</translation>
    </message>
    <message>
        <source>Saying a sentence…</source>
        <translation>Phrase en cours…</translation>
    </message>
    <message>
        <source>Testing the sound…</source>
        <translation>Test du son…</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>As the system (%1)</source>
        <translation>Langue du système (%1)</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>Lan&amp;gue&#xa0;:</translation>
    </message>
    <message>
        <source>Limber will be in %1 the next time it starts.</source>
        <translation>Limber s’affichera en %1 au prochain démarrage.</translation>
    </message>
</context>
<context>
    <name>limber::SheetPrinter</name>
    <message>
        <source>Export Routine Sheet</source>
        <translation>Exporter la fiche de routine</translation>
    </message>
    <message>
        <source>Routine Sheet</source>
        <translation>Fiche de routine</translation>
    </message>
    <message>
        <source>The routine sheet is saved.</source>
        <translation>La fiche de routine est enregistrée.</translation>
    </message>
    <message>
        <source>Print Routine Sheet</source>
        <translation>Imprimer la fiche de routine</translation>
    </message>
    <message>
        <source>Routine sheet</source>
        <translation>Fiche de routine</translation>
    </message>
</context>
<context>
    <name>limber::ShortcutsWindow</name>
    <message>
        <source>Keyboard Shortcuts — Limber</source>
        <translation>Raccourcis clavier — Limber</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <source>What they do</source>
        <translation>Action</translation>
    </message>
</context>
<context>
    <name>limber::SideBadge</name>
    <message>
        <source>Side</source>
        <translation>Côté</translation>
    </message>
</context>
<context>
    <name>limber::SpeechPreparation</name>
    <message>
        <source>No speech engine is installed.</source>
        <translation>Aucun moteur vocal n’est installé.</translation>
    </message>
    <message>
        <source>No speech engine is installed, so cues are given by tones and on screen instead of by voice.</source>
        <translation>Aucun moteur vocal n’est installé&#xa0;: les indications sont donc données par des signaux sonores et à l’écran, et non par la voix.</translation>
    </message>
    <message>
        <source>Cues are given by tones and on screen instead.</source>
        <translation>Les indications sont données à la place par des signaux sonores et à l’écran.</translation>
    </message>
    <message>
        <source>No voice for %1 is installed (espeak-ng-data).</source>
        <translation>Aucune voix n’est installée pour %1 (espeak-ng-data).</translation>
    </message>
    <message>
        <source>The speech engine has no voice for %1, so cues are given by tones and on screen instead.</source>
        <translation>Le moteur vocal n’a pas de voix pour %1&#xa0;: les indications sont donc données par des signaux sonores et à l’écran.</translation>
    </message>
</context>
<context>
    <name>limber::StartPage</name>
    <message>
        <source>Today&apos;s routine</source>
        <translation>Routine du jour</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Commencer</translation>
    </message>
    <message>
        <source>Start the session</source>
        <translation>Commencer la séance</translation>
    </message>
    <message>
        <source>Begin today&apos;s routine (Space or Enter)</source>
        <translation>Lancer la routine du jour (Espace ou Entrée)</translation>
    </message>
    <message>
        <source>&amp;Change routine:</source>
        <translation>&amp;Changer de routine&#xa0;:</translation>
    </message>
    <message>
        <source>Pain right now, from 0 (none) to 10 (worst) — optional:</source>
        <translation>Douleur maintenant, de 0 (aucune) à 10 (la pire) — facultatif&#xa0;:</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>No sessions yet. Your first one starts with a single press.</source>
        <translation>Aucune séance pour l’instant. La première commence d’une simple pression.</translation>
    </message>
</context>
<context>
    <name>limber::StopConfirmation</name>
    <message>
        <source>Stop the session?</source>
        <translation>Arrêter la séance&#xa0;?</translation>
    </message>
    <message>
        <source>Holds done so far are kept.</source>
        <translation>Les maintiens déjà effectués sont conservés.</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Stop the session now</source>
        <translation>Arrêter la séance maintenant</translation>
    </message>
    <message>
        <source>Keep going</source>
        <translation>Continuer</translation>
    </message>
    <message>
        <source>Keep going with the session</source>
        <translation>Continuer la séance</translation>
    </message>
</context>
<context>
    <name>limber::TargetsDialog</name>
    <message>
        <source>Hold targets — %1</source>
        <translation>Objectifs de maintien — %1</translation>
    </message>
    <message>
        <source>How long each hold lasts and how many holds each exercise has. Limber suggests a change when your sessions call for one; here you can set one yourself.</source>
        <translation>Durée de chaque maintien et nombre de maintiens de chaque exercice. Limber propose un changement quand vos séances le justifient&#xa0;; ici, vous pouvez en choisir un vous-même.</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Exercice</translation>
    </message>
    <message>
        <source>Hold (seconds)</source>
        <translation>Maintien (secondes)</translation>
    </message>
    <message>
        <source>Holds</source>
        <translation>Maintiens</translation>
    </message>
    <message>
        <source>Routine plan</source>
        <translation>Plan de la routine</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Hold length for %1, in seconds</source>
        <translation>Durée de maintien pour %1, en secondes</translation>
    </message>
    <message>
        <source> each side</source>
        <translation> de chaque côté</translation>
    </message>
    <message>
        <source>Holds on each side for %1</source>
        <translation>Maintiens de chaque côté pour %1</translation>
    </message>
    <message>
        <source>Holds for %1</source>
        <translation>Maintiens pour %1</translation>
    </message>
    <message>
        <source>Go back to the routine&apos;s own plan</source>
        <translation>Revenir au plan d’origine de la routine</translation>
    </message>
    <message>
        <source>Use the routine plan for %1: %2</source>
        <translation>Utiliser le plan de la routine pour %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>limber::TimerRing</name>
    <message>
        <source>Time remaining</source>
        <translation>Temps restant</translation>
    </message>
    <message>
        <source>%1 remaining</source>
        <translation>%1 restant</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>en pause</translation>
    </message>
    <message>
        <source>remaining</source>
        <translation>restant</translation>
    </message>
</context>
<context>
    <name>limber::TrayIcon</name>
    <message>
        <source>Show Limber</source>
        <translation>Afficher Limber</translation>
    </message>
    <message>
        <source>Start Routine</source>
        <translation>Commencer la routine</translation>
    </message>
    <message>
        <source>Snooze 10 minutes</source>
        <translation>Rappeler dans 10 minutes</translation>
    </message>
    <message>
        <source>Skip today</source>
        <translation>Pas aujourd’hui</translation>
    </message>
    <message>
        <source>Quit Limber</source>
        <translation>Quitter Limber</translation>
    </message>
    <message>
        <source>Limber</source>
        <translation>Limber</translation>
    </message>
    <message>
        <source>Hide Limber</source>
        <translation>Masquer Limber</translation>
    </message>
    <message>
        <source>Start %1</source>
        <translation>Commencer %1</translation>
    </message>
</context>
<context>
    <name>limber::listNames</name>
    <message numerus="yes">
        <source> (and %n more)</source>
        <translation>
            <numerusform> (et %n autre)</numerusform>
            <numerusform> (et %n autres)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Try &apos;limber --help&apos;.</source>
        <translation>Essayez «&#xa0;limber --help&#xa0;».</translation>
    </message>
</context>
</TS>
