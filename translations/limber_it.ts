<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it" sourcelanguage="en">
<context>
    <name>Autostart</name>
    <message>
        <source>Starting Limber when you log in is not available on this system yet. Your system&apos;s own settings for programs started at login can do it.</source>
        <translation>L’avvio di Limber all’accesso non è ancora disponibile su questo sistema. Le impostazioni del sistema per i programmi avviati all’accesso possono farlo.</translation>
    </message>
    <message>
        <source>Limber could not create the folder %1 for the entry that starts it when you log in. Check that you may write there.</source>
        <translation>Limber non ha potuto creare la cartella %1 per la voce che lo avvia all’accesso. Verifichi di poter scrivere in quella cartella.</translation>
    </message>
    <message>
        <source>Limber could not write %1, the entry that starts it when you log in: %2.</source>
        <translation>Limber non ha potuto scrivere %1, la voce che lo avvia all’accesso: %2.</translation>
    </message>
    <message>
        <source>Limber could not remove %1, so it will still start when you log in: %2. Delete the file to stop it.</source>
        <translation>Limber non ha potuto rimuovere %1, quindi continuerà ad avviarsi all’accesso: %2. Elimini il file per evitarlo.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Show this help and exit.</source>
        <translation>Mostra questo aiuto ed esce.</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>Mostra la versione ed esce.</translation>
    </message>
    <message>
        <source>Open straight into a guided session. The optional ROUTINE argument is a routine id or a routine file. If Limber is already running, the routine starts in its window, unless a session is under way there.</source>
        <translation>Apre direttamente una sessione guidata. L&apos;argomento facoltativo ROUTINE è l&apos;id di una routine o un file di routine. Se Limber è già in esecuzione, la routine parte nella sua finestra, a meno che lì non sia in corso una sessione.</translation>
    </message>
    <message>
        <source>Keep all data and settings in DIR.</source>
        <translation>Conserva tutti i dati e le impostazioni in DIR.</translation>
    </message>
    <message>
        <source>Start in the system tray, or minimised where there is none.</source>
        <translation>Si avvia nell&apos;area di notifica o, se questa non c&apos;è, ridotto a icona.</translation>
    </message>
    <message>
        <source>Write the routine sheet to FILE (PDF) and exit. No display needed.</source>
        <translation>Scrive la scheda della routine in FILE (PDF) ed esce. Non serve uno schermo.</translation>
    </message>
    <message>
        <source>With --print-sheet: the routine to print (an id or a routine file).</source>
        <translation>Con --print-sheet: la routine da stampare (un id o un file di routine).</translation>
    </message>
    <message>
        <source>With --print-sheet: add a week grid to tick off by hand.</source>
        <translation>Con --print-sheet: aggiunge una griglia settimanale da spuntare a mano.</translation>
    </message>
    <message>
        <source>Write a progress report of your history to FILE (PDF) and exit.</source>
        <translation>Scrive in FILE (PDF) un resoconto dei progressi della Sua cronologia ed esce.</translation>
    </message>
    <message>
        <source>With --report: how many weeks to cover (1 to 52, default 8).</source>
        <translation>Con --report: quante settimane includere (da 1 a 52, predefinito 8).</translation>
    </message>
    <message>
        <source>Write your holds to FILE and your sessions to FILE-sessions.csv (CSV) and exit. FILE - writes the holds to standard output.</source>
        <translation>Scrive le Sue tenute in FILE e le Sue sessioni in FILE-sessions.csv (CSV) ed esce. Con - come FILE, le tenute vanno sullo standard output.</translation>
    </message>
    <message>
        <source>Write your whole history to FILE (JSON, for --import) and exit. FILE - writes it to standard output.</source>
        <translation>Scrive tutta la Sua cronologia in FILE (JSON, per --import) ed esce. Con - come FILE, la scrive sullo standard output.</translation>
    </message>
    <message>
        <source>Add the history in FILE (made by --export-json) to yours and exit.</source>
        <translation>Aggiunge alla Sua cronologia quella contenuta in FILE (creato con --export-json) ed esce.</translation>
    </message>
    <message>
        <source>Routine for --start.</source>
        <translation>Routine per --start.</translation>
    </message>
    <message>
        <source>Guided stretching routines for hip and low-back pain.
Qt&apos;s own options, such as -style, -platform and -reverse, are accepted too.</source>
        <translation>Routine guidate di allungamento per il dolore all&apos;anca e alla zona lombare.
Sono accettate anche le opzioni proprie di Qt, come -style, -platform e -reverse.</translation>
    </message>
    <message>
        <source>Too many arguments: %1</source>
        <translation>Troppi argomenti: %1</translation>
    </message>
    <message>
        <source>A routine can only be given with --start.</source>
        <translation>Una routine si può indicare solo con --start.</translation>
    </message>
    <message>
        <source>Give only one of --start, --print-sheet, --report, --export-csv, --export-json and --import.</source>
        <translation>Indichi solo una delle opzioni --start, --print-sheet, --report, --export-csv, --export-json e --import.</translation>
    </message>
    <message>
        <source>--print-sheet and --report write a PDF file, not to standard output: give a file name instead of -.</source>
        <translation>--print-sheet e --report scrivono un file PDF, non sull’output standard: indichi un nome di file al posto di -.</translation>
    </message>
    <message>
        <source>--routine and --log-grid go with --print-sheet.</source>
        <translation>--routine e --log-grid vanno con --print-sheet.</translation>
    </message>
    <message>
        <source>--weeks goes with --report.</source>
        <translation>--weeks va con --report.</translation>
    </message>
    <message>
        <source>--weeks takes a whole number of weeks from 1 to 52.</source>
        <translation>--weeks accetta un numero intero di settimane da 1 a 52.</translation>
    </message>
</context>
<context>
    <name>ContentChecker</name>
    <message>
        <source>more problems follow that are not listed; fix the ones above first</source>
        <translation>seguono altri problemi non elencati; corregga prima quelli sopra</translation>
    </message>
    <message>
        <source>the number %1</source>
        <translation>il numero %1</translation>
    </message>
    <message>
        <source>the text %1</source>
        <translation>il testo %1</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>un elenco</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un oggetto</translation>
    </message>
    <message>
        <source>expected %1, found %2</source>
        <translation>serve %1, ma c&apos;è %2</translation>
    </message>
    <message>
        <source>text in double quotes</source>
        <translation>testo tra virgolette doppie</translation>
    </message>
    <message>
        <source>the text is empty; write something or remove the key</source>
        <translation>il testo è vuoto; scriva qualcosa o rimuova la chiave</translation>
    </message>
    <message>
        <source>an id in double quotes</source>
        <translation>un id tra virgolette doppie</translation>
    </message>
    <message>
        <source>%1 is not a valid id; use up to %2 lowercase letters, digits and single hyphens, like &quot;seated-leg-cross&quot;</source>
        <translation>%1 non è un id valido; usi al massimo %2 lettere minuscole, cifre e trattini singoli, come &quot;seated-leg-cross&quot;</translation>
    </message>
    <message>
        <source>expected text in double quotes, or an object of translations such as {&quot;en&quot;: &quot;...&quot;, &quot;de&quot;: &quot;...&quot;}; found %1</source>
        <translation>serve testo tra virgolette doppie, oppure un oggetto di traduzioni come {&quot;en&quot;: &quot;...&quot;, &quot;de&quot;: &quot;...&quot;}; c&apos;è invece %1</translation>
    </message>
    <message>
        <source>%1 is not a language code; use codes like &quot;en&quot;, &quot;de&quot; or &quot;pt-BR&quot;</source>
        <translation>%1 non è un codice di lingua; usi codici come &quot;en&quot;, &quot;de&quot; o &quot;pt-BR&quot;</translation>
    </message>
    <message>
        <source>there is no English text; add &quot;en&quot;: &quot;...&quot; (English is shown when no translation fits)</source>
        <translation>manca il testo in inglese; aggiunga &quot;en&quot;: &quot;...&quot; (l&apos;inglese viene mostrato quando nessuna traduzione è adatta)</translation>
    </message>
    <message>
        <source>add at least one text</source>
        <translation>aggiunga almeno un testo</translation>
    </message>
    <message>
        <source>this list holds at most %1 texts</source>
        <translation>questo elenco contiene al massimo %1 testi</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>un numero intero</translation>
    </message>
    <message>
        <source>expected a whole number, found %1</source>
        <translation>serve un numero intero, ma c&apos;è %1</translation>
    </message>
    <message>
        <source>%1 is out of range; %2</source>
        <translation>%1 è fuori dall&apos;intervallo ammesso; %2</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un numero</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true o false</translation>
    </message>
    <message>
        <source>one of %1</source>
        <translation>uno tra %1</translation>
    </message>
    <message>
        <source>%1 is not allowed here; use one of %2</source>
        <translation>%1 non è ammesso qui; usi uno tra %2</translation>
    </message>
    <message>
        <source>a list in square brackets [...]</source>
        <translation>un elenco tra parentesi quadre [...]</translation>
    </message>
    <message>
        <source>the list is empty; %1</source>
        <translation>l&apos;elenco è vuoto; %1</translation>
    </message>
    <message>
        <source>the list has %1 entries</source>
        <translation>l&apos;elenco ha %1 elementi</translation>
    </message>
    <message>
        <source>an object in braces {...}</source>
        <translation>un oggetto tra parentesi graffe {...}</translation>
    </message>
    <message>
        <source>unknown key %1</source>
        <translation>chiave sconosciuta %1</translation>
    </message>
    <message>
        <source> (did you mean &quot;%1&quot;?)</source>
        <translation> (intendeva &quot;%1&quot;?)</translation>
    </message>
    <message>
        <source>; the keys allowed here are %1</source>
        <translation>; le chiavi ammesse qui sono %1</translation>
    </message>
    <message>
        <source>one object in braces {...} holding the whole file</source>
        <translation>un unico oggetto tra parentesi graffe {...} che contenga l&apos;intero file</translation>
    </message>
    <message>
        <source>missing; add &quot;format&quot;: %1 as the first key so that Limber knows how to read the file</source>
        <translation>manca; aggiunga &quot;format&quot;: %1 come prima chiave, così Limber sa come leggere il file</translation>
    </message>
    <message>
        <source>expected the number %1, found %2</source>
        <translation>serve il numero %1, ma c&apos;è %2</translation>
    </message>
    <message>
        <source>this file is written in content format %1, but this version of Limber reads format %2 only; update Limber or rewrite the file in format %2</source>
        <translation>questo file è scritto nel formato di contenuti %1, ma questa versione di Limber legge solo il formato %2; aggiorni Limber o riscriva il file nel formato %2</translation>
    </message>
</context>
<context>
    <name>ContentLoader</name>
    <message>
        <source> (did you mean &quot;%1&quot;?)</source>
        <translation> (intendeva &quot;%1&quot;?)</translation>
    </message>
    <message>
        <source>; none are loaded</source>
        <translation>; non è stato caricato nulla</translation>
    </message>
    <message>
        <source>; known ones are %1</source>
        <translation>; sono noti: %1</translation>
    </message>
    <message>
        <source>the pose id &quot;%1&quot; is already used by %2 in the same folder; give each pose its own id</source>
        <translation>l&apos;id di posa &quot;%1&quot; è già usato da %2 nella stessa cartella; dia a ogni posa un id diverso</translation>
    </message>
    <message>
        <source>unknown pose &quot;%1&quot;</source>
        <translation>posa sconosciuta &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the exercise id &quot;%1&quot; is already used by %2 in the same folder; give each exercise its own id</source>
        <translation>l&apos;id di esercizio &quot;%1&quot; è già usato da %2 nella stessa cartella; dia a ogni esercizio un id diverso</translation>
    </message>
    <message>
        <source>the exercise &quot;%1&quot; was not loaded because its file has errors; fix that file first</source>
        <translation>l&apos;esercizio &quot;%1&quot; non è stato caricato perché il suo file contiene errori; corregga prima quel file</translation>
    </message>
    <message>
        <source>unknown exercise &quot;%1&quot;</source>
        <translation>esercizio sconosciuto &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the exercise &quot;%1&quot; has no sides; remove &quot;firstSide&quot; from this item</source>
        <translation>l&apos;esercizio &quot;%1&quot; non ha lati; rimuova &quot;firstSide&quot; da questa voce</translation>
    </message>
    <message>
        <source>the routine &quot;%1&quot; in %2 is already the default; mark only one routine per folder as the default</source>
        <translation>la routine &quot;%1&quot; in %2 è già quella predefinita; in ogni cartella segni come predefinita una sola routine</translation>
    </message>
    <message>
        <source>the routine id &quot;%1&quot; is already used by %2 in the same folder; give each routine its own id</source>
        <translation>l&apos;id di routine &quot;%1&quot; è già usato da %2 nella stessa cartella; dia a ogni routine un id diverso</translation>
    </message>
</context>
<context>
    <name>DataCommands</name>
    <message numerus="yes">
        <source>Imported %Ln session(s)</source>
        <translation>
            <numerusform>%Ln sessione importata</numerusform>
            <numerusform>%Ln sessioni importate</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln hold(s)</source>
        <translation>
            <numerusform>%Ln tenuta</numerusform>
            <numerusform>%Ln tenute</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln session(s) were already in your history.</source>
        <translation>
            <numerusform>%Ln sessione era già nella Sua cronologia.</numerusform>
            <numerusform>%Ln sessioni erano già nella Sua cronologia.</numerusform>
        </translation>
    </message>
    <message>
        <source>standard output</source>
        <translation>standard output</translation>
    </message>
    <message>
        <source>Exporting holds…</source>
        <translation>Esportazione delle tenute…</translation>
    </message>
    <message>
        <source>Holds written to %1</source>
        <translation>Tenute scritte in %1</translation>
    </message>
    <message>
        <source>The sessions were not written: give a file name to get them as a second file beside it.</source>
        <translation>Le sessioni non sono state scritte: indichi un nome di file per riceverle in un secondo file accanto a esso.</translation>
    </message>
    <message>
        <source>Exporting sessions…</source>
        <translation>Esportazione delle sessioni…</translation>
    </message>
    <message>
        <source>Sessions written to %1</source>
        <translation>Sessioni scritte in %1</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Esportazione…</translation>
    </message>
    <message>
        <source>History written to %1</source>
        <translation>Cronologia scritta in %1</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importazione…</translation>
    </message>
    <message>
        <source>Close the running Limber first, or use its File menu.</source>
        <translation>Chiuda prima il Limber in esecuzione, oppure usi il suo menu File.</translation>
    </message>
    <message>
        <source>Nothing was exported: your history file was damaged. It is kept, unchanged, in %1; Limber can restore one of its backups (File menu, Restore a Backup). %2 was not written.</source>
        <translation>Non è stato esportato nulla: il file della cronologia era danneggiato. È conservato, invariato, in %1; Limber può ripristinare una delle sue copie di sicurezza (menu File, Ripristina una copia di sicurezza). %2 non è stato scritto.</translation>
    </message>
</context>
<context>
    <name>DataDir</name>
    <message>
        <source>This system has no folder for application data. Start Limber with --data-dir DIR to choose one.</source>
        <translation>Questo sistema non ha una cartella per i dati delle applicazioni. Avvii Limber con --data-dir DIR per sceglierne una.</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder. Choose another data folder with --data-dir.</source>
        <translation>%1 è un file, non una cartella. Scelga un&apos;altra cartella dati con --data-dir.</translation>
    </message>
    <message>
        <source>The data folder %1 could not be created. Check that its parent folder exists and that you may write there, or choose another with --data-dir.</source>
        <translation>Non è stato possibile creare la cartella dati %1. Verifichi che la cartella che la contiene esista e che Lei abbia i permessi di scrittura, oppure ne scelga un&apos;altra con --data-dir.</translation>
    </message>
</context>
<context>
    <name>EspeakSpeech</name>
    <message>
        <source>The speech engine (eSpeak NG) could not start: its voice data is missing.</source>
        <translation>Il motore vocale (eSpeak NG) non si è potuto avviare: mancano i dati delle voci.</translation>
    </message>
    <message>
        <source>The speech engine has no voice called “%1”.</source>
        <translation>Il motore vocale non ha una voce chiamata “%1”.</translation>
    </message>
    <message>
        <source>The speech engine could not say “%1”.</source>
        <translation>Il motore vocale non è riuscito a pronunciare “%1”.</translation>
    </message>
</context>
<context>
    <name>ExerciseParser</name>
    <message>
        <source>the camera turns from -180 to 180 degrees (0 looks at the front, 90 at the side, 45 from three-quarters)</source>
        <translation>la telecamera ruota da -180 a 180 gradi (0 guarda di fronte, 90 di lato, 45 di tre quarti)</translation>
    </message>
    <message>
        <source>a movement takes %1 to %2 seconds</source>
        <translation>un movimento dura da %1 a %2 secondi</translation>
    </message>
    <message>
        <source>the movement starts and ends in the same pose &quot;%1&quot;; give fromPose the pose the movement starts from</source>
        <translation>il movimento inizia e finisce nella stessa posa &quot;%1&quot;; in fromPose indichi la posa da cui parte il movimento</translation>
    </message>
    <message>
        <source>a step takes 1 to %1 seconds</source>
        <translation>un passo dura da 1 a %1 secondi</translation>
    </message>
    <message>
        <source>missing; an exercise with &quot;sideMode&quot;: &quot;alternating&quot; names its sides, e.g. {&quot;left&quot;: &quot;left leg on top&quot;, &quot;right&quot;: &quot;right leg on top&quot;}</source>
        <translation>manca; un esercizio con &quot;sideMode&quot;: &quot;alternating&quot; dà un nome ai suoi lati, ad es. {&quot;left&quot;: &quot;left leg on top&quot;, &quot;right&quot;: &quot;right leg on top&quot;}</translation>
    </message>
    <message>
        <source>side labels only apply to an exercise with &quot;sideMode&quot;: &quot;alternating&quot;; remove them or change sideMode</source>
        <translation>le etichette dei lati valgono solo per un esercizio con &quot;sideMode&quot;: &quot;alternating&quot;; le rimuova o cambi sideMode</translation>
    </message>
    <message>
        <source>a get-ready camera needs &quot;getReadyPose&quot;; without it the first step&apos;s pose is shown with that step&apos;s camera</source>
        <translation>una telecamera di preparazione richiede &quot;getReadyPose&quot;; senza, viene mostrata la posa del primo passo con la telecamera di quel passo</translation>
    </message>
    <message>
        <source>a hold grows by %1 to %2 seconds at a time</source>
        <translation>una tenuta si allunga ogni volta di %1–%2 secondi</translation>
    </message>
    <message>
        <source>the longest hold to grow to is %1 to %2 seconds</source>
        <translation>la tenuta più lunga da raggiungere va da %1 a %2 secondi</translation>
    </message>
    <message>
        <source>the most holds per side to grow to is %1 to %2</source>
        <translation>il numero massimo di tenute per lato da raggiungere va da %1 a %2</translation>
    </message>
    <message>
        <source>the place in the programme is 1 to %1, 1 first</source>
        <translation>la posizione nel programma va da 1 a %1 (1 è la prima)</translation>
    </message>
    <message>
        <source>add at least one step that shows how to get into position</source>
        <translation>aggiunga almeno un passo che mostri come mettersi in posizione</translation>
    </message>
    <message>
        <source>an exercise has at most %1 steps</source>
        <translation>un esercizio ha al massimo %1 passi</translation>
    </message>
</context>
<context>
    <name>ExerciseSections</name>
    <message>
        <source>Ask first</source>
        <translation>Prima chieda consiglio</translation>
    </message>
    <message>
        <source>Talk to your doctor or physiotherapist before doing this exercise if:</source>
        <translation>Parli con il Suo medico o fisioterapista prima di fare questo esercizio:</translation>
    </message>
    <message>
        <source>Why it helps</source>
        <translation>Perché aiuta</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>A cosa serve</translation>
    </message>
    <message>
        <source>How to do it</source>
        <translation>Come si esegue</translation>
    </message>
    <message>
        <source>Step %1</source>
        <translation>Passo %1</translation>
    </message>
    <message>
        <source>Take care:</source>
        <translation>Attenzione:</translation>
    </message>
    <message>
        <source>Figure for step %1</source>
        <translation>Figura del passo %1</translation>
    </message>
    <message>
        <source>Take care</source>
        <translation>Attenzione</translation>
    </message>
    <message>
        <source>Breathing</source>
        <translation>Respirazione</translation>
    </message>
    <message>
        <source>Variation</source>
        <translation>Variante</translation>
    </message>
    <message>
        <source>Left and right</source>
        <translation>Sinistra e destra</translation>
    </message>
    <message>
        <source>The holds take turns between the two sides. In a session, the screen and the voice say which side comes next.</source>
        <translation>Le tenute si alternano tra i due lati. Durante una sessione, lo schermo e la voce Le dicono quale lato viene dopo.</translation>
    </message>
    <message>
        <source>Left side: %1</source>
        <translation>Lato sinistro: %1</translation>
    </message>
    <message>
        <source>Right side: %1</source>
        <translation>Lato destro: %1</translation>
    </message>
    <message>
        <source>The goal</source>
        <translation>L&apos;obiettivo</translation>
    </message>
    <message>
        <source>How long it usually takes: %1</source>
        <translation>Di solito ci vuole: %1</translation>
    </message>
    <message>
        <source>Figure of the goal position</source>
        <translation>Figura della posizione da raggiungere</translation>
    </message>
</context>
<context>
    <name>ExerciseSessions</name>
    <message>
        <source>Limber could not read the sessions of &quot;%1&quot;.</source>
        <translation>Limber non è riuscito a leggere le sessioni di &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>ExportDestination</name>
    <message>
        <source>the system gave no reason</source>
        <translation>il sistema non ha indicato il motivo</translation>
    </message>
    <message>
        <source>Limber did not write %1: it is a folder. Give the name of a file to create in it.</source>
        <translation>Limber non ha scritto %1: è una cartella. Indichi il nome di un file da creare al suo interno.</translation>
    </message>
    <message>
        <source>Limber did not write %1: it is neither a regular file nor a pipe or terminal it can write into. Give the name of a file to create.</source>
        <translation>Limber non ha scritto %1: non è un file normale, né una pipe o un terminale in cui possa scrivere. Indichi il nome di un file da creare.</translation>
    </message>
    <message>
        <source>Limber could not open %1 for writing (%2).</source>
        <translation>Limber non è riuscito ad aprire %1 in scrittura (%2).</translation>
    </message>
    <message>
        <source>Limber could not create %1 (%2). Choose a folder you may write to.</source>
        <translation>Limber non è riuscito a creare %1 (%2). Scelga una cartella in cui abbia i permessi di scrittura.</translation>
    </message>
    <message>
        <source>What reached it may be incomplete.</source>
        <translation>Ciò che vi è arrivato potrebbe essere incompleto.</translation>
    </message>
    <message>
        <source>An earlier file there is unchanged.</source>
        <translation>Un eventuale file già presente in quella posizione resta invariato.</translation>
    </message>
    <message>
        <source>Limber could not write %1: there is no space left on the device. Free some space or choose another place. %2</source>
        <translation>Limber non è riuscito a scrivere %1: sul dispositivo non c&apos;è più spazio. Liberi un po&apos; di spazio o scelga un&apos;altra posizione. %2</translation>
    </message>
    <message>
        <source>Limber could not write %1 (%2). Check that you may write there. %3</source>
        <translation>Limber non è riuscito a scrivere %1 (%2). Verifichi di avere i permessi di scrittura in quella posizione. %3</translation>
    </message>
</context>
<context>
    <name>HistoryCharts</name>
    <message>
        <source>No holds in these weeks.</source>
        <translation>Nessuna tenuta in queste settimane.</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Sinistro</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Destro</translation>
    </message>
    <message>
        <source>No side</source>
        <translation>Senza lato</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Obiettivo</translation>
    </message>
    <message>
        <source>Longest hold</source>
        <translation>Tenuta più lunga</translation>
    </message>
    <message>
        <source>No sessions in these weeks.</source>
        <translation>Nessuna sessione in queste settimane.</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessioni</translation>
    </message>
    <message>
        <source>No reach recorded in these weeks.</source>
        <translation>Nessuna ampiezza registrata in queste settimane.</translation>
    </message>
    <message>
        <source>Furthest reach</source>
        <translation>Ampiezza massima</translation>
    </message>
    <message>
        <source>No pain recorded in these weeks.</source>
        <translation>Nessun dolore registrato in queste settimane.</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Prima</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Dopo</translation>
    </message>
</context>
<context>
    <name>HistoryExport</name>
    <message>
        <source>the export</source>
        <translation>l&apos;esportazione</translation>
    </message>
    <message>
        <source>Limber could not write the export (%1). Check that the disk has free space and that you may write to the chosen place.</source>
        <translation>Limber non è riuscito a scrivere l&apos;esportazione (%1). Verifichi che sul disco ci sia spazio libero e di avere i permessi di scrittura nella posizione scelta.</translation>
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
        <translation>oggi</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>ieri</translation>
    </message>
    <message>
        <source>%1 days ago</source>
        <translation>%1 giorni fa</translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>il %1</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Oggi</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Ieri</translation>
    </message>
</context>
<context>
    <name>HistoryImport</name>
    <message>
        <source>%1: &quot;%2&quot; is missing or not valid.</source>
        <translation>%1: &quot;%2&quot; manca o non è valido.</translation>
    </message>
    <message>
        <source>Session %1</source>
        <translation>Sessione %1</translation>
    </message>
    <message>
        <source>Session %1, hold %2</source>
        <translation>Sessione %1, tenuta %2</translation>
    </message>
    <message>
        <source>Routine %1</source>
        <translation>Routine %1</translation>
    </message>
    <message>
        <source>%1: &quot;id&quot; is &quot;%2&quot; but the routine inside has the id &quot;%3&quot;.</source>
        <translation>%1: &quot;id&quot; è &quot;%2&quot;, ma la routine contenuta ha l&apos;id &quot;%3&quot;.</translation>
    </message>
    <message>
        <source>Limber could not open %1 (%2).</source>
        <translation>Limber non è riuscito ad aprire %1 (%2).</translation>
    </message>
    <message>
        <source>Limber could not read %1 (%2).</source>
        <translation>Limber non è riuscito a leggere %1 (%2).</translation>
    </message>
    <message>
        <source>%1 MiB</source>
        <translation>%1 MiB</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 byte</translation>
    </message>
    <message>
        <source>%1 is larger than %2, the most Limber imports (an export of a million holds is about 225 MB), so it is not a Limber history export. Nothing was changed.</source>
        <translation>%1 supera %2, il massimo che Limber importa (un&apos;esportazione di un milione di tenute occupa circa 225 MB), quindi non è un&apos;esportazione della cronologia di Limber. Non è stato modificato nulla.</translation>
    </message>
    <message>
        <source>%1 is not a Limber export: it is not valid JSON (%2 at byte %3).</source>
        <translation>%1 non è un&apos;esportazione di Limber: non è JSON valido (%2 al byte %3).</translation>
    </message>
    <message>
        <source>%1 is not a Limber history export.</source>
        <translation>%1 non è un&apos;esportazione della cronologia di Limber.</translation>
    </message>
    <message>
        <source>%1 cannot be imported: &quot;formatVersion&quot; is missing or is not a whole number from 1 to %2. Nothing was changed.</source>
        <translation>Impossibile importare %1: &quot;formatVersion&quot; manca o non è un numero intero da 1 a %2. Non è stato modificato nulla.</translation>
    </message>
    <message>
        <source>%1 was exported by a newer version of Limber (&quot;formatVersion&quot; %2; this version reads up to %3). Update Limber to import it.</source>
        <translation>%1 è stato esportato da una versione più recente di Limber (&quot;formatVersion&quot; %2; questa versione legge fino alla %3). Aggiorni Limber per importarlo.</translation>
    </message>
    <message>
        <source>%1 cannot be imported. %2 Nothing was changed.</source>
        <translation>Impossibile importare %1. %2 Non è stato modificato nulla.</translation>
    </message>
    <message>
        <source>%1 is not an object.</source>
        <translation>%1 non è un oggetto.</translation>
    </message>
    <message>
        <source>Target decision %1</source>
        <translation>Decisione sull&apos;obiettivo %1</translation>
    </message>
    <message>
        <source>Declined suggestion %1</source>
        <translation>Proposta rifiutata %1</translation>
    </message>
</context>
<context>
    <name>HistoryReadCopy</name>
    <message>
        <source>No history yet in %1: there is nothing to report. A report can be made once a session has been recorded there.</source>
        <translation>Ancora nessuna cronologia in %1: non c&apos;è niente da riportare. Il resoconto si può creare dopo che vi è stata registrata almeno una sessione.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Limber (history format %2). Update Limber to make a report from it.</source>
        <translation>%1 è stato scritto da una versione più recente di Limber (formato della cronologia %2). Aggiorni Limber per ricavarne un resoconto.</translation>
    </message>
    <message>
        <source>No report was made: the history file %1 is damaged or is not Limber&apos;s: %2 It is left unchanged where it is. Open Limber to keep it aside and restore a backup.</source>
        <translation>Nessun resoconto creato: il file della cronologia %1 è danneggiato o non appartiene a Limber: %2 Resta invariato dov&apos;è. Apra Limber per metterlo da parte e ripristinare una copia di sicurezza.</translation>
    </message>
    <message>
        <source>No report was made: no temporary folder could be created (%1).</source>
        <translation>Nessun resoconto creato: non è stato possibile creare una cartella temporanea (%1).</translation>
    </message>
    <message>
        <source>No report was made: the history in %1 could not be read. %2</source>
        <translation>Nessun resoconto creato: non è stato possibile leggere la cronologia in %1. %2</translation>
    </message>
</context>
<context>
    <name>HistoryText</name>
    <message>
        <source>No left or right holds in the last four weeks.</source>
        <translation>Nessuna tenuta a sinistra o a destra nelle ultime quattro settimane.</translation>
    </message>
    <message>
        <source>Too early to compare left and right: that needs holds from two sessions or more.</source>
        <translation>È presto per confrontare sinistra e destra: servono tenute di almeno due sessioni.</translation>
    </message>
    <message>
        <source>Only your left side has holds in the last four weeks.</source>
        <translation>Nelle ultime quattro settimane ci sono tenute solo sul lato sinistro.</translation>
    </message>
    <message>
        <source>Only your right side has holds in the last four weeks.</source>
        <translation>Nelle ultime quattro settimane ci sono tenute solo sul lato destro.</translation>
    </message>
    <message>
        <source>Your right side had %1 % less hold time than your left over the last four weeks.</source>
        <translation>Nelle ultime quattro settimane il lato destro ha avuto il %1% di tempo di tenuta in meno del sinistro.</translation>
    </message>
    <message>
        <source>Your left side had %1 % less hold time than your right over the last four weeks.</source>
        <translation>Nelle ultime quattro settimane il lato sinistro ha avuto il %1% di tempo di tenuta in meno del destro.</translation>
    </message>
    <message>
        <source>Your left and right sides are within 20 % of each other over the last four weeks.</source>
        <translation>Nelle ultime quattro settimane lato sinistro e lato destro differiscono di meno del 20%.</translation>
    </message>
    <message>
        <source>%1: no holds.</source>
        <translation>%1: nessuna tenuta.</translation>
    </message>
    <message>
        <source>%1: %2 held; left %3, right %4, no side %5.</source>
        <translation>%1: %2 di tenuta; sinistro %3, destro %4, senza lato %5.</translation>
    </message>
    <message>
        <source>%1: longest hold %2.</source>
        <translation>%1: tenuta più lunga %2.</translation>
    </message>
    <message>
        <source>Target: %1 a hold.</source>
        <translation>Obiettivo: %1 per tenuta.</translation>
    </message>
    <message>
        <source>Target: %1 a hold since %2 (%3 before).</source>
        <translation>Obiettivo: %1 per tenuta dal %2 (prima %3).</translation>
    </message>
    <message>
        <source>%1: sessions: %2.</source>
        <translation>%1: sessioni: %2.</translation>
    </message>
    <message>
        <source>%1: no reach recorded.</source>
        <translation>%1: nessuna ampiezza registrata.</translation>
    </message>
    <message>
        <source>%1: furthest reach: %2.</source>
        <translation>%1: ampiezza massima: %2.</translation>
    </message>
    <message>
        <source>%1: no pain recorded.</source>
        <translation>%1: nessun dolore registrato.</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>non registrato</translation>
    </message>
    <message>
        <source>%1: pain before %2, after %3 (0 to 10).</source>
        <translation>%1: dolore prima %2, dopo %3 (da 0 a 10).</translation>
    </message>
    <message>
        <source>Level %1</source>
        <translation>Livello %1</translation>
    </message>
</context>
<context>
    <name>InstanceRequest</name>
    <message>
        <source>The request is not readable: %1</source>
        <translation>La richiesta non è leggibile: %1</translation>
    </message>
    <message>
        <source>Limber is already running; its window was brought to the front.</source>
        <translation>Limber è già in esecuzione; la sua finestra è stata portata in primo piano.</translation>
    </message>
    <message>
        <source>Limber is already running; asked it to start today&apos;s routine.</source>
        <translation>Limber è già in esecuzione; gli è stato chiesto di avviare la routine di oggi.</translation>
    </message>
    <message>
        <source>Limber is already running; asked it to start %1.</source>
        <translation>Limber è già in esecuzione; gli è stato chiesto di avviare %1.</translation>
    </message>
</context>
<context>
    <name>JsonReader</name>
    <message>
        <source>the end of the file</source>
        <translation>la fine del file</translation>
    </message>
    <message>
        <source>expected %1 but found %2</source>
        <translation>serve %1, ma c&apos;è %2</translation>
    </message>
    <message>
        <source>; JSON puts keys and text in double quotes (&quot;)</source>
        <translation>; in JSON chiavi e testi vanno tra virgolette doppie (&quot;)</translation>
    </message>
    <message>
        <source>; JSON files cannot contain comments</source>
        <translation>; i file JSON non possono contenere commenti</translation>
    </message>
    <message>
        <source>; numbers must be finite and written with digits</source>
        <translation>; i numeri devono essere finiti e scritti con cifre</translation>
    </message>
    <message>
        <source>; write numbers like 5, -2 or 0.5</source>
        <translation>; scriva i numeri come 5, -2 o 0.5</translation>
    </message>
    <message>
        <source>the file ends before the object opened at line %1, column %2 is closed; the file may be cut short or miss a &apos;}&apos;</source>
        <translation>il file finisce prima che si chiuda l&apos;oggetto aperto alla riga %1, colonna %2; il file potrebbe essere troncato o mancare di una &apos;}&apos;</translation>
    </message>
    <message>
        <source>the file ends before the list opened at line %1, column %2 is closed; the file may be cut short or miss a &apos;]&apos;</source>
        <translation>il file finisce prima che si chiuda l&apos;elenco aperto alla riga %1, colonna %2; il file potrebbe essere troncato o mancare di una &apos;]&apos;</translation>
    </message>
    <message>
        <source>the file is not valid UTF-8 text (byte 0x%1 here does not belong to any character); save it as UTF-8, or check that it is a content file at all</source>
        <translation>il file non è testo UTF-8 valido (qui il byte 0x%1 non appartiene a nessun carattere); lo salvi come UTF-8, o verifichi che sia davvero un file di contenuti</translation>
    </message>
    <message>
        <source>the file is empty; a content file holds one JSON object that starts with {&quot;format&quot;: 1</source>
        <translation>il file è vuoto; un file di contenuti contiene un solo oggetto JSON che inizia con {&quot;format&quot;: 1</translation>
    </message>
    <message>
        <source>the file holds only blank space; a content file holds one JSON object that starts with {&quot;format&quot;: 1</source>
        <translation>il file contiene solo spazi vuoti; un file di contenuti contiene un solo oggetto JSON che inizia con {&quot;format&quot;: 1</translation>
    </message>
    <message>
        <source>the end of the file after the value that starts at line %1, column %2</source>
        <translation>la fine del file dopo il valore che inizia alla riga %1, colonna %2</translation>
    </message>
    <message>
        <source>the file ends where a value was expected; it may be cut short</source>
        <translation>il file finisce dove era atteso un valore; potrebbe essere troncato</translation>
    </message>
    <message>
        <source>a value (text in double quotes, a number, true, false, null, a list or an object)</source>
        <translation>un valore (testo tra virgolette doppie, un numero, true, false, null, un elenco o un oggetto)</translation>
    </message>
    <message>
        <source>objects and lists are nested more than %1 levels deep here; content files never need that many</source>
        <translation>qui oggetti ed elenchi sono annidati per più di %1 livelli; i file di contenuti non ne hanno mai bisogno</translation>
    </message>
    <message>
        <source>a comma before &apos;}&apos; is followed by no key; remove the last comma</source>
        <translation>una virgola prima di &apos;}&apos; non è seguita da nessuna chiave; rimuova l&apos;ultima virgola</translation>
    </message>
    <message>
        <source>a key in double quotes</source>
        <translation>una chiave tra virgolette doppie</translation>
    </message>
    <message>
        <source>the key &quot;%1&quot; appears twice in one object (first at line %2, column %3); keep only one</source>
        <translation>la chiave &quot;%1&quot; compare due volte nello stesso oggetto (la prima alla riga %2, colonna %3); ne tenga una sola</translation>
    </message>
    <message>
        <source>&apos;:&apos; after the key &quot;%1&quot;</source>
        <translation>&apos;:&apos; dopo la chiave &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&apos;,&apos; or &apos;}&apos; after the value of &quot;%1&quot;</source>
        <translation>&apos;,&apos; o &apos;}&apos; dopo il valore di &quot;%1&quot;</translation>
    </message>
    <message>
        <source>a comma before &apos;]&apos; is followed by no value; remove the last comma</source>
        <translation>una virgola prima di &apos;]&apos; non è seguita da nessun valore; rimuova l&apos;ultima virgola</translation>
    </message>
    <message>
        <source>&apos;,&apos; or &apos;]&apos; after a list element</source>
        <translation>&apos;,&apos; o &apos;]&apos; dopo un elemento dell&apos;elenco</translation>
    </message>
    <message>
        <source>the file is larger than the %1 KiB a content file may have; split it into smaller files</source>
        <translation>il file supera i %1 KiB ammessi per un file di contenuti; lo divida in file più piccoli</translation>
    </message>
    <message>
        <source>cannot open the file (%1); check that it exists and that you may read it</source>
        <translation>impossibile aprire il file (%1); verifichi che esista e di avere i permessi di lettura</translation>
    </message>
    <message>
        <source>cannot read the file (%1)</source>
        <translation>impossibile leggere il file (%1)</translation>
    </message>
    <message>
        <source>the text that starts here is never closed; add the missing &apos;&quot;&apos;</source>
        <translation>il testo che inizia qui non viene mai chiuso; aggiunga il &apos;&quot;&apos; mancante</translation>
    </message>
    <message>
        <source>the text that starts here is not closed on its line; add the missing &apos;&quot;&apos;, or write a line break as \n</source>
        <translation>il testo che inizia qui non si chiude sulla sua riga; aggiunga il &apos;&quot;&apos; mancante, oppure scriva un a capo come \n</translation>
    </message>
    <message>
        <source>text contains the control character U+%1; remove it, or write a tab as \t</source>
        <translation>il testo contiene il carattere di controllo U+%1; lo rimuova, oppure scriva una tabulazione come \t</translation>
    </message>
    <message>
        <source>the file ends inside an escape sequence</source>
        <translation>il file finisce all&apos;interno di una sequenza di escape</translation>
    </message>
    <message>
        <source>unknown escape \%1; use \&quot;, \\, \/, \b, \f, \n, \r, \t or \u followed by four hex digits</source>
        <translation>sequenza di escape \%1 sconosciuta; usi \&quot;, \\, \/, \b, \f, \n, \r, \t oppure \u seguito da quattro cifre esadecimali</translation>
    </message>
    <message>
        <source>\u must be followed by four hex digits, as in \u00E9</source>
        <translation>\u deve essere seguito da quattro cifre esadecimali, come in \u00E9</translation>
    </message>
    <message>
        <source>\u%1 is the second half of a surrogate pair without a first half; write the character itself instead</source>
        <translation>\u%1 è la seconda metà di una coppia surrogata senza la prima metà; scriva invece il carattere stesso</translation>
    </message>
    <message>
        <source>\u%1 is the first half of a surrogate pair and must be followed by the second half (\uDC00 to \uDFFF); write the character itself instead</source>
        <translation>\u%1 è la prima metà di una coppia surrogata e deve essere seguito dalla seconda metà (da \uDC00 a \uDFFF); scriva invece il carattere stesso</translation>
    </message>
    <message>
        <source>a digit after &apos;-&apos;</source>
        <translation>una cifra dopo &apos;-&apos;</translation>
    </message>
    <message>
        <source>a number cannot start with 0 followed by more digits; write 7, not 07</source>
        <translation>un numero non può iniziare con 0 seguito da altre cifre; scriva 7, non 07</translation>
    </message>
    <message>
        <source>a digit after the decimal point</source>
        <translation>una cifra dopo il punto decimale</translation>
    </message>
    <message>
        <source>a digit in the exponent</source>
        <translation>una cifra nell&apos;esponente</translation>
    </message>
    <message>
        <source>the number %1 is too large or too small to use</source>
        <translation>il numero %1 è troppo grande o troppo piccolo per essere usato</translation>
    </message>
    <message>
        <source>expected true, false or null; text must be in double quotes</source>
        <translation>serve true, false o null; il testo va tra virgolette doppie</translation>
    </message>
</context>
<context>
    <name>LogGridBlock</name>
    <message>
        <source>Hold %1</source>
        <translation>Tenuta %1</translation>
    </message>
    <message>
        <source>Pain</source>
        <translation>Dolore</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Note</translation>
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
        <translation>manca; aggiunga &quot;%1&quot; all&apos;oggetto che inizia qui (è obbligatorio)</translation>
    </message>
</context>
<context>
    <name>PcmClip</name>
    <message>
        <source>The sound file %1 cannot be used: %2</source>
        <translation>Il file audio %1 non si può usare: %2</translation>
    </message>
    <message>
        <source>it is not a WAVE file.</source>
        <translation>non è un file WAVE.</translation>
    </message>
    <message>
        <source>the “%1” chunk runs past the end of the file.</source>
        <translation>il blocco “%1” va oltre la fine del file.</translation>
    </message>
    <message>
        <source>its format chunk is too short.</source>
        <translation>il suo blocco di formato è troppo corto.</translation>
    </message>
    <message>
        <source>only 16-bit PCM is supported.</source>
        <translation>è supportato solo il formato PCM a 16 bit.</translation>
    </message>
    <message>
        <source>it has no usable format chunk.</source>
        <translation>non ha un blocco di formato utilizzabile.</translation>
    </message>
    <message>
        <source>it has no sound data.</source>
        <translation>non contiene dati audio.</translation>
    </message>
</context>
<context>
    <name>PdfDocumentWriter</name>
    <message>
        <source>Could not start a PDF in %1. Try again, or choose another folder.</source>
        <translation>Impossibile iniziare un PDF in %1. Riprovi o scelga un&apos;altra cartella.</translation>
    </message>
</context>
<context>
    <name>PoseParser</name>
    <message>
        <source>joint angles are degrees from -180 to 180</source>
        <translation>gli angoli delle articolazioni sono in gradi, da -180 a 180</translation>
    </message>
    <message>
        <source>expected an object that maps pose ids to poses, found %1</source>
        <translation>serve un oggetto che associ gli id delle pose alle pose, ma c&apos;è %1</translation>
    </message>
    <message>
        <source>no poses; add at least one, such as &quot;sitting-upright&quot;: {&quot;pelvisPitch&quot;: 0}</source>
        <translation>nessuna posa; ne aggiunga almeno una, come &quot;sitting-upright&quot;: {&quot;pelvisPitch&quot;: 0}</translation>
    </message>
</context>
<context>
    <name>ProgressAdvisor</name>
    <message>
        <source>A hold lasts %1 to %2 seconds and a routine asks %3 to %4 holds per side; %5 s and %6 holds do not fit.</source>
        <translation>Una tenuta dura da %1 a %2 secondi e una routine prevede da %3 a %4 tenute per lato; %5 s e %6 tenute non rientrano in questi limiti.</translation>
    </message>
    <message>
        <source>The routine has no exercise &quot;%1&quot;; there is no target to reset.</source>
        <translation>La routine non contiene l&apos;esercizio &quot;%1&quot;; non c&apos;è nessun obiettivo da ripristinare.</translation>
    </message>
</context>
<context>
    <name>ProgressReport</name>
    <message>
        <source>%1 · %2 · page %3 of %4</source>
        <translation>%1 · %2 · pagina %3 di %4</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessioni</translation>
    </message>
    <message>
        <source>Minutes held</source>
        <translation>Minuti di tenuta</translation>
    </message>
    <message>
        <source>Days in a row now</source>
        <translation>Giorni di fila ad oggi</translation>
    </message>
    <message>
        <source>Pain before a session</source>
        <translation>Dolore prima di una sessione</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>non registrato</translation>
    </message>
    <message>
        <source>Minutes held each week</source>
        <translation>Minuti di tenuta ogni settimana</translation>
    </message>
    <message>
        <source>Left and right stacked, the week&apos;s total above each bar. Each week is named by its first day.</source>
        <translation>Lato sinistro e destro impilati, con il totale della settimana sopra ogni barra. Ogni settimana prende il nome dal suo primo giorno.</translation>
    </message>
    <message>
        <source>Left and right, last four weeks</source>
        <translation>Sinistro e destro, ultime quattro settimane</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Sinistro</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Destro</translation>
    </message>
    <message>
        <source>Pain before and after a session</source>
        <translation>Dolore prima e dopo una sessione</translation>
    </message>
    <message>
        <source>The week&apos;s average of the scores given before and after each session: 0 is no pain, 10 the worst imaginable.</source>
        <translation>La media settimanale dei punteggi dati prima e dopo ogni sessione: 0 significa nessun dolore, 10 il peggiore immaginabile.</translation>
    </message>
    <message>
        <source>How far into the stretch</source>
        <translation>Quanto in profondità nell&apos;allungamento</translation>
    </message>
    <message>
        <source>The furthest position reached each week, on the exercise&apos;s own steps.</source>
        <translation>La posizione più avanzata raggiunta ogni settimana, secondo i passi propri dell&apos;esercizio.</translation>
    </message>
    <message>
        <source>No reach recorded in these weeks.</source>
        <translation>Nessuna ampiezza registrata in queste settimane.</translation>
    </message>
    <message>
        <source>Hold targets</source>
        <translation>Obiettivi di tenuta</translation>
    </message>
    <message>
        <source>How long and how often each exercise is held. Limber proposes a change when the sessions call for one; the person decides.</source>
        <translation>Quanto a lungo e quante volte si mantiene ogni esercizio. Limber propone una modifica quando le sessioni lo suggeriscono; la decisione spetta alla persona.</translation>
    </message>
    <message>
        <source>Now: %1</source>
        <translation>Attuale: %1</translation>
    </message>
    <message>
        <source>Not changed in these weeks.</source>
        <translation>Invariato in queste settimane.</translation>
    </message>
    <message>
        <source>Notes after sessions</source>
        <translation>Note dopo le sessioni</translation>
    </message>
    <message>
        <source>No notes in these weeks.</source>
        <translation>Nessuna nota in queste settimane.</translation>
    </message>
    <message>
        <source>Progress report</source>
        <translation>Resoconto dei progressi</translation>
    </message>
    <message>
        <source>0–10, first week → last week</source>
        <translation>0–10, prima settimana → ultima settimana</translation>
    </message>
</context>
<context>
    <name>ProgressText</name>
    <message numerus="yes">
        <source>You held every hold in your last %n session(s).</source>
        <translation>
            <numerusform>Ha completato tutte le tenute per %n sessione di fila.</numerusform>
            <numerusform>Ha completato tutte le tenute per %n sessioni di fila.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You held every hold in your last %n session(s) and your pain did not rise.</source>
        <translation>
            <numerusform>Ha completato tutte le tenute per %n sessione di fila e il dolore non è aumentato.</numerusform>
            <numerusform>Ha completato tutte le tenute per %n sessioni di fila e il dolore non è aumentato.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your last session stopped because it hurt.</source>
        <translation>L&apos;ultima sessione si è interrotta perché faceva male.</translation>
    </message>
    <message>
        <source>Your pain went from %1 before a session to %2 after it.</source>
        <translation>Il dolore è passato da %1 prima di una sessione a %2 dopo.</translation>
    </message>
    <message>
        <source>Your pain rose after a session.</source>
        <translation>Il dolore è aumentato dopo una sessione.</translation>
    </message>
    <message numerus="yes">
        <source>Welcome back: it has been %n day(s) since you last did it.</source>
        <translation>
            <numerusform>Lieti di rivederLa: è passato %n giorno dall&apos;ultima volta.</numerusform>
            <numerusform>Lieti di rivederLa: sono passati %n giorni dall&apos;ultima volta.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 × %2 s each side</source>
        <translation>%1 × %2 s per lato</translation>
    </message>
    <message>
        <source>%1 × %2 s</source>
        <translation>%1 × %2 s</translation>
    </message>
    <message>
        <source>Try %1 from now on (now %2)?</source>
        <translation>Vuole passare a %1 d&apos;ora in poi (attualmente %2)?</translation>
    </message>
    <message>
        <source>Ease back to %1 for a while (now %2)?</source>
        <translation>Vuole tornare a %1 per un po&apos; (attualmente %2)?</translation>
    </message>
    <message>
        <source>%1: %2 %3</source>
        <translation>%1: %2 %3</translation>
    </message>
    <message>
        <source>%1 feels comfortable now. When you feel ready, the next exercise of the programme is %2. Take it slowly, and only if your body agrees.</source>
        <translation>Ora l&apos;esercizio %1 Le riesce comodo. Quando se la sente, il prossimo esercizio del programma è %2. Proceda con calma, e solo se il Suo corpo è d&apos;accordo.</translation>
    </message>
    <message>
        <source>%1: %2 (grown)</source>
        <translation>%1: %2 (aumentato)</translation>
    </message>
    <message>
        <source>%1: %2 (eased back)</source>
        <translation>%1: %2 (ridotto)</translation>
    </message>
    <message>
        <source>%1: %2 (set by hand)</source>
        <translation>%1: %2 (impostato a mano)</translation>
    </message>
    <message>
        <source>%1: %2 (the routine&apos;s own plan)</source>
        <translation>%1: %2 (piano della routine)</translation>
    </message>
    <message>
        <source>%1: kept the target, declined %2</source>
        <translation>%1: obiettivo mantenuto, rifiutato %2</translation>
    </message>
</context>
<context>
    <name>Reminder</name>
    <message>
        <source>Open Limber</source>
        <translation>Apri Limber</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Inizia</translation>
    </message>
    <message>
        <source>Snooze 10 min</source>
        <translation>Posticipa di 10 min</translation>
    </message>
    <message>
        <source>Skip today</source>
        <translation>Salta per oggi</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Ignora</translation>
    </message>
</context>
<context>
    <name>ReportText</name>
    <message numerus="yes">
        <source>%n week(s)</source>
        <translation>
            <numerusform>%n settimana</numerusform>
            <numerusform>%n settimane</numerusform>
        </translation>
    </message>
    <message>
        <source>recorded in Limber</source>
        <translation>dati registrati in Limber</translation>
    </message>
    <message>
        <source>Made on %1</source>
        <translation>Creato il %1</translation>
    </message>
    <message>
        <source>Exercises: %1</source>
        <translation>Esercizi: %1</translation>
    </message>
    <message>
        <source>No sessions in these weeks.</source>
        <translation>Nessuna sessione in queste settimane.</translation>
    </message>
    <message numerus="yes">
        <source>%n completed</source>
        <translation>
            <numerusform>%n completata</numerusform>
            <numerusform>%n completate</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stopped (%1 for pain)</source>
        <translation>
            <numerusform>%n conclusa in anticipo (%1 per dolore)</numerusform>
            <numerusform>%n concluse in anticipo (%1 per dolore)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stopped</source>
        <translation>
            <numerusform>%n conclusa in anticipo</numerusform>
            <numerusform>%n concluse in anticipo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n interrupted</source>
        <translation>
            <numerusform>%n interrotta</numerusform>
            <numerusform>%n interrotte</numerusform>
        </translation>
    </message>
    <message>
        <source>left %1</source>
        <translation>sinistro %1</translation>
    </message>
    <message>
        <source>right %1</source>
        <translation>destro %1</translation>
    </message>
    <message>
        <source>no side %1</source>
        <translation>senza lato %1</translation>
    </message>
    <message numerus="yes">
        <source>Best run: %n day(s)</source>
        <translation>
            <numerusform>Serie migliore: %n giorno</numerusform>
            <numerusform>Serie migliore: %n giorni</numerusform>
        </translation>
    </message>
    <message>
        <source>Before a session: %1 on average in the week of %2, the only week with a score.</source>
        <translation>Prima di una sessione: %1 in media nella settimana del %2, l&apos;unica con un punteggio.</translation>
    </message>
    <message>
        <source>After a session: %1 on average in the week of %2, the only week with a score.</source>
        <translation>Dopo una sessione: %1 in media nella settimana del %2, l&apos;unica con un punteggio.</translation>
    </message>
    <message>
        <source>Before a session: %1 on average in the week of %2, %3 in the week of %4.</source>
        <translation>Prima di una sessione: %1 in media nella settimana del %2, %3 nella settimana del %4.</translation>
    </message>
    <message>
        <source>After a session: %1 on average in the week of %2, %3 in the week of %4.</source>
        <translation>Dopo una sessione: %1 in media nella settimana del %2, %3 nella settimana del %4.</translation>
    </message>
    <message>
        <source>No pain scores were recorded in these weeks.</source>
        <translation>In queste settimane non sono stati registrati punteggi del dolore.</translation>
    </message>
    <message>
        <source>No reach recorded in these weeks.</source>
        <translation>Nessuna ampiezza registrata in queste settimane.</translation>
    </message>
    <message>
        <source>“%1” in the week of %2.</source>
        <translation>“%1” nella settimana del %2.</translation>
    </message>
    <message>
        <source>From “%1” in the week of %2 to “%3” in the week of %4.</source>
        <translation>Da “%1” nella settimana del %2 a “%3” nella settimana del %4.</translation>
    </message>
    <message>
        <source>Furthest: “%1”.</source>
        <translation>Massima: “%1”.</translation>
    </message>
</context>
<context>
    <name>RoutineDuration</name>
    <message>
        <source>No exercises yet</source>
        <translation>Ancora nessun esercizio</translation>
    </message>
    <message>
        <source>Under a minute</source>
        <translation>Meno di un minuto</translation>
    </message>
    <message numerus="yes">
        <source>About %n minute(s)</source>
        <translation>
            <numerusform>Circa %n minuto</numerusform>
            <numerusform>Circa %n minuti</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RoutineNames</name>
    <message>
        <source>Give the routine a name.</source>
        <translation>Dia un nome alla routine.</translation>
    </message>
    <message>
        <source>Another routine is called that already; choose another name.</source>
        <translation>Esiste già una routine con questo nome; ne scelga un altro.</translation>
    </message>
</context>
<context>
    <name>RoutineParser</name>
    <message>
        <source>use %1 to %2 holds per side</source>
        <translation>usi da %1 a %2 tenute per lato</translation>
    </message>
    <message>
        <source>a hold lasts %1 to %2 seconds</source>
        <translation>una tenuta dura da %1 a %2 secondi</translation>
    </message>
    <message>
        <source>switching sides takes 0 to %1 seconds</source>
        <translation>il cambio di lato dura da 0 a %1 secondi</translation>
    </message>
    <message>
        <source>a rest lasts 0 to %1 seconds</source>
        <translation>un riposo dura da 0 a %1 secondi</translation>
    </message>
    <message>
        <source>getting ready takes 0 to %1 seconds</source>
        <translation>la preparazione dura da 0 a %1 secondi</translation>
    </message>
    <message>
        <source>add at least one exercise, e.g. {&quot;exercise&quot;: &quot;seated-leg-cross&quot;}</source>
        <translation>aggiunga almeno un esercizio, ad es. {&quot;exercise&quot;: &quot;seated-leg-cross&quot;}</translation>
    </message>
    <message>
        <source>a routine has at most %1 exercises; split it into shorter routines</source>
        <translation>una routine ha al massimo %1 esercizi; la divida in routine più brevi</translation>
    </message>
</context>
<context>
    <name>RoutineRequest</name>
    <message>
        <source>No routines are installed; give the path to a routine file.</source>
        <translation>Non è installata nessuna routine; indichi il percorso di un file di routine.</translation>
    </message>
    <message>
        <source>Known routines: %1. Give one of these ids, or the path to a routine file.</source>
        <translation>Routine disponibili: %1. Indichi uno di questi id, oppure il percorso di un file di routine.</translation>
    </message>
    <message>
        <source>There is no routine to start. Add a routine file to your content folder, or reinstall Limber.</source>
        <translation>Non c&apos;è nessuna routine da avviare. Aggiunga un file di routine alla Sua cartella dei contenuti, oppure reinstalli Limber.</translation>
    </message>
    <message>
        <source>The routine file “%1” cannot be used: %2</source>
        <translation>Il file di routine “%1” non si può usare: %2</translation>
    </message>
    <message>
        <source>The routine file “%1” does not exist. %2</source>
        <translation>Il file di routine “%1” non esiste. %2</translation>
    </message>
    <message>
        <source>There is no routine “%1”. %2</source>
        <translation>Non esiste nessuna routine “%1”. %2</translation>
    </message>
    <message>
        <source>No such file</source>
        <translation>File inesistente</translation>
    </message>
    <message>
        <source>There is no file “%1”. Check its name and folder, or give the id of one of Limber&apos;s routines.</source>
        <translation>Il file “%1” non esiste. Controlli il nome e la cartella, oppure indichi l&apos;id di una delle routine di Limber.</translation>
    </message>
    <message>
        <source>Looked for: %1
%2</source>
        <translation>Percorso cercato: %1
%2</translation>
    </message>
    <message>
        <source>Not a routine file</source>
        <translation>Non è un file di routine</translation>
    </message>
    <message>
        <source>“%1” is a folder. Give the routine file inside it.</source>
        <translation>“%1” è una cartella. Indichi il file di routine al suo interno.</translation>
    </message>
    <message>
        <source>“%1” is not a routine file: Limber could not read it as one. Ask whoever gave it to you for the file again, or export the routine from Limber&apos;s Routines page.</source>
        <translation>“%1” non è un file di routine: Limber non è riuscito a leggerlo come tale. Chieda di nuovo il file a chi glielo ha dato, oppure esporti la routine dalla pagina Routine di Limber.</translation>
    </message>
    <message>
        <source>“%1” is not a routine Limber can use: some of what a routine needs is missing or wrong in it. The details say which line.</source>
        <translation>“%1” non è una routine utilizzabile da Limber: qualcosa di ciò che serve a una routine manca o è errato. I dettagli indicano quale riga.</translation>
    </message>
    <message>
        <source>Unknown exercise</source>
        <translation>Esercizio sconosciuto</translation>
    </message>
    <message>
        <source>The routine in “%1” names an exercise Limber does not have. It may come from a newer Limber, or have a typing mistake in an exercise&apos;s name.</source>
        <translation>La routine in “%1” indica un esercizio che Limber non ha. Potrebbe provenire da una versione più recente di Limber, oppure contenere un errore di battitura nel nome di un esercizio.</translation>
    </message>
    <message>
        <source>“%1” cannot be used as a routine.</source>
        <translation>“%1” non può essere usato come routine.</translation>
    </message>
    <message>
        <source>No routines</source>
        <translation>Nessuna routine</translation>
    </message>
    <message>
        <source>Limber has no routines installed. Reinstall Limber, or give the path to a routine file.</source>
        <translation>In Limber non è installata nessuna routine. Reinstalli Limber, oppure indichi il percorso di un file di routine.</translation>
    </message>
    <message>
        <source>Unknown routine</source>
        <translation>Routine sconosciuta</translation>
    </message>
    <message>
        <source>Limber has no routine called “%1”. Check the name: the details list the routines there are.</source>
        <translation>Limber non ha nessuna routine chiamata “%1”. Controlli il nome: nei dettagli trova l&apos;elenco delle routine disponibili.</translation>
    </message>
</context>
<context>
    <name>RoutineSheet</name>
    <message>
        <source>%1 · page %2 of %3</source>
        <translation>%1 · pagina %2 di %3</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Passi</translation>
    </message>
    <message>
        <source>Holds</source>
        <translation>Tenute</translation>
    </message>
    <message>
        <source>Breathing</source>
        <translation>Respirazione</translation>
    </message>
    <message>
        <source>Take care</source>
        <translation>Attenzione</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Obiettivo</translation>
    </message>
    <message>
        <source>%1: week log</source>
        <translation>%1: diario settimanale</translation>
    </message>
    <message>
        <source>Tick a box after each hold. In the pain box, write how much pain you had that day, from 0 (none) to 10 (the worst you can imagine).</source>
        <translation>Spunti una casella dopo ogni tenuta. Nella casella del dolore scriva quanto dolore ha avuto quel giorno, da 0 (nessuno) a 10 (il peggiore che possa immaginare).</translation>
    </message>
</context>
<context>
    <name>SaveTarget</name>
    <message>
        <source>Could not save %1: there is no room left on the disk. Free some space or choose another drive. Any earlier file there is unchanged.</source>
        <translation>Impossibile salvare %1: sul disco non c&apos;è più spazio. Liberi un po&apos; di spazio o scelga un&apos;altra unità. Un eventuale file già presente resta invariato.</translation>
    </message>
    <message>
        <source>Could not save %1: %2. Any earlier file there is unchanged. Try again, or choose another folder.</source>
        <translation>Impossibile salvare %1: %2. Un eventuale file già presente resta invariato. Riprovi o scelga un&apos;altra cartella.</translation>
    </message>
    <message>
        <source>No file name was given. Choose where to save the PDF and type a name for it.</source>
        <translation>Non è stato indicato alcun nome di file. Scelga dove salvare il PDF e scriva un nome per il file.</translation>
    </message>
    <message>
        <source>Could not save %1: that is the name of a folder, not of a file. Choose another name for the PDF.</source>
        <translation>Impossibile salvare %1: è il nome di una cartella, non di un file. Scelga un altro nome per il PDF.</translation>
    </message>
    <message>
        <source>Could not save %1: the folder %2 does not exist (it may have been moved, renamed or removed, or its drive disconnected). Choose another folder.</source>
        <translation>Impossibile salvare %1: la cartella %2 non esiste (potrebbe essere stata spostata, rinominata o eliminata, o la sua unità scollegata). Scelga un&apos;altra cartella.</translation>
    </message>
    <message>
        <source>Could not save %1: %2 is a file, not a folder. Choose another folder.</source>
        <translation>Impossibile salvare %1: %2 è un file, non una cartella. Scelga un&apos;altra cartella.</translation>
    </message>
    <message>
        <source>Could not save %1: the folder %2 is read-only, so no file can be added to it. Choose another folder, such as your Documents folder.</source>
        <translation>Impossibile salvare %1: la cartella %2 è di sola lettura, quindi non vi si possono aggiungere file. Scelga un&apos;altra cartella, ad esempio Documenti.</translation>
    </message>
    <message>
        <source>Could not replace %1: the file there is read-only. Choose another name, or make that file writable first.</source>
        <translation>Impossibile sostituire %1: il file esistente è di sola lettura. Scelga un altro nome, oppure renda prima scrivibile quel file.</translation>
    </message>
</context>
<context>
    <name>SessionCues</name>
    <message>
        <source>Get ready: %1</source>
        <translation>Si prepari: %1</translation>
    </message>
    <message>
        <source>Get ready: %1. %2</source>
        <translation>Si prepari: %1. %2</translation>
    </message>
    <message>
        <source>Stop here. Come out of the stretch slowly and rest.</source>
        <translation>Si fermi qui. Esca lentamente dall&apos;allungamento e riposi.</translation>
    </message>
    <message numerus="yes">
        <source>%1: step %2 of %n</source>
        <translation>
            <numerusform>%1: passo %2 di %n</numerusform>
            <numerusform>%1: passo %2 di %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Hold %1 of %n</source>
        <translation>
            <numerusform>Tenuta %1 di %n</numerusform>
            <numerusform>Tenuta %1 di %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Hold %1 of %n: %2</source>
        <translation>
            <numerusform>Tenuta %1 di %n: %2</numerusform>
            <numerusform>Tenuta %1 di %n: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Switch: %1</source>
        <translation>Cambi lato: %1</translation>
    </message>
    <message>
        <source>Switch to the right side</source>
        <translation>Passi al lato destro</translation>
    </message>
    <message>
        <source>Switch to the left side</source>
        <translation>Passi al lato sinistro</translation>
    </message>
    <message>
        <source>Switch sides</source>
        <translation>Cambi lato</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Mantenga la posizione</translation>
    </message>
    <message>
        <source>Switch</source>
        <translation>Cambi lato</translation>
    </message>
    <message>
        <source>Rest</source>
        <translation>Riposo</translation>
    </message>
    <message>
        <source>Rest. Next: %1</source>
        <translation>Riposo. Poi: %1</translation>
    </message>
    <message>
        <source>Ten seconds remaining</source>
        <translation>Mancano dieci secondi</translation>
    </message>
    <message>
        <source>Halfway</source>
        <translation>Siamo a metà</translation>
    </message>
    <message>
        <source>Breathe in</source>
        <translation>Inspiri</translation>
    </message>
    <message>
        <source>Breathe out</source>
        <translation>Espiri</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Finito</translation>
    </message>
    <message>
        <source>Well done</source>
        <translation>Ottimo lavoro</translation>
    </message>
    <message>
        <source>No holds done this time.</source>
        <translation>Questa volta nessuna tenuta completata.</translation>
    </message>
    <message>
        <source>Paused: the computer was asleep. Resume when you are ready.</source>
        <translation>In pausa: il computer era in sospensione. Riprenda quando vuole.</translation>
    </message>
    <message>
        <source>Paused: Limber was held up for a while. Resume when you are ready.</source>
        <translation>In pausa: Limber è rimasto bloccato per un po&apos;. Riprenda quando vuole.</translation>
    </message>
</context>
<context>
    <name>SessionDeletion</name>
    <message>
        <source>Delete session</source>
        <translation>Elimina sessione</translation>
    </message>
    <message>
        <source>&amp;Delete Session</source>
        <translation>&amp;Elimina sessione</translation>
    </message>
    <message>
        <source>Limber: session not deleted</source>
        <translation>Limber: sessione non eliminata</translation>
    </message>
    <message numerus="yes">
        <source>Delete the session of %1 (%2: %n hold(s), %3 held)?

It leaves your history, your charts and your streaks. A backup of your history is made first: File ▸ Restore a Backup brings it back.</source>
        <translation>
            <numerusform>Eliminare la sessione di %1 (%2: %n tenuta, %3 di tenuta)?

Verrà tolta dalla cronologia, dai grafici e dalle serie. Prima viene fatta una copia di sicurezza della cronologia: con File ▸ Ripristina una copia di sicurezza può recuperarla.</numerusform>
            <numerusform>Eliminare la sessione di %1 (%2: %n tenute, %3 di tenuta)?

Verrà tolta dalla cronologia, dai grafici e dalle serie. Prima viene fatta una copia di sicurezza della cronologia: con File ▸ Ripristina una copia di sicurezza può recuperarla.</numerusform>
        </translation>
    </message>
    <message>
        <source>That session is still running. Finish or stop it, then delete it.</source>
        <translation>Quella sessione è ancora in corso. La completi o la interrompa, poi la elimini.</translation>
    </message>
    <message>
        <source>No backup could be made, so nothing was deleted. %1</source>
        <translation>Non è stato possibile fare una copia di sicurezza, quindi non è stato eliminato nulla. %1</translation>
    </message>
    <message>
        <source>Deleting the session…</source>
        <translation>Eliminazione della sessione…</translation>
    </message>
</context>
<context>
    <name>SessionLog</name>
    <message>
        <source>The session this hold belongs to is no longer in the history (was a backup restored meanwhile?). Start a new session to record further holds.</source>
        <translation>La sessione a cui appartiene questa tenuta non è più nella cronologia (nel frattempo è stata ripristinata una copia di sicurezza?). Inizi una nuova sessione per registrare altre tenute.</translation>
    </message>
    <message>
        <source>No session is being recorded.</source>
        <translation>Nessuna sessione in registrazione.</translation>
    </message>
    <message>
        <source>A session is already being recorded; finish it first.</source>
        <translation>È già in registrazione una sessione; la completi prima.</translation>
    </message>
    <message>
        <source>the start of the session</source>
        <translation>l&apos;inizio della sessione</translation>
    </message>
    <message>
        <source>The hold of &quot;%1&quot; has values Limber cannot store (hold %2, held %3 ms); it was not recorded.</source>
        <translation>La tenuta di &quot;%1&quot; ha valori che Limber non può memorizzare (tenuta %2, durata %3 ms); non è stata registrata.</translation>
    </message>
    <message>
        <source>the hold of &quot;%1&quot;</source>
        <translation>la tenuta di &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Reach is recorded on a scale from 0 to 3, not %1.</source>
        <translation>L&apos;ampiezza si registra su una scala da 0 a 3, non %1.</translation>
    </message>
    <message>
        <source>how far you reached</source>
        <translation>l&apos;ampiezza raggiunta</translation>
    </message>
    <message>
        <source>Pain is recorded on a scale from 0 to 10, not %1.</source>
        <translation>Il dolore si registra su una scala da 0 a 10, non %1.</translation>
    </message>
    <message>
        <source>the pain level</source>
        <translation>il livello del dolore</translation>
    </message>
    <message>
        <source>the note</source>
        <translation>la nota</translation>
    </message>
    <message>
        <source>the end of the session</source>
        <translation>la fine della sessione</translation>
    </message>
    <message numerus="yes">
        <source>Limber could not save %1. %2 Limber keeps %n unsaved record(s) and saves them when you try again.</source>
        <translation>
            <numerusform>Limber non è riuscito a salvare %1. %2 Limber conserva %n voce non salvata e la salverà quando Lei riproverà.</numerusform>
            <numerusform>Limber non è riuscito a salvare %1. %2 Limber conserva %n voci non salvate e le salverà quando Lei riproverà.</numerusform>
        </translation>
    </message>
    <message>
        <source>Limber could not write %1 into the file of unsaved holds. %2</source>
        <translation>Limber non è riuscito a scrivere %1 nel file delle tenute non salvate. %2</translation>
    </message>
</context>
<context>
    <name>SessionRecords</name>
    <message>
        <source>Limber could not delete the session.</source>
        <translation>Limber non è riuscito a eliminare la sessione.</translation>
    </message>
    <message>
        <source>That session is no longer in your history.</source>
        <translation>Quella sessione non è più nella Sua cronologia.</translation>
    </message>
    <message>
        <source>That session is still running. Finish or stop it, then delete it.</source>
        <translation>Quella sessione è ancora in corso. La completi o la interrompa, poi la elimini.</translation>
    </message>
</context>
<context>
    <name>SessionText</name>
    <message>
        <source>Left side</source>
        <translation>Lato sinistro</translation>
    </message>
    <message>
        <source>Right side</source>
        <translation>Lato destro</translation>
    </message>
    <message>
        <source>%1 · get ready</source>
        <translation>%1 · preparazione</translation>
    </message>
    <message numerus="yes">
        <source>%1 · step %2 of %n</source>
        <translation>
            <numerusform>%1 · passo %2 di %n</numerusform>
            <numerusform>%1 · passo %2 di %n</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · hold</source>
        <translation>%1 · tenuta</translation>
    </message>
    <message>
        <source>%1 · switch sides</source>
        <translation>%1 · cambio lato</translation>
    </message>
    <message>
        <source>%1 · rest</source>
        <translation>%1 · riposo</translation>
    </message>
    <message>
        <source>Session complete</source>
        <translation>Sessione completata</translation>
    </message>
    <message>
        <source>Get into the starting position.</source>
        <translation>Si metta nella posizione di partenza.</translation>
    </message>
    <message>
        <source>Hold the stretch and breathe slowly.</source>
        <translation>Mantenga l&apos;allungamento e respiri lentamente.</translation>
    </message>
    <message>
        <source>Switch sides: now %1.</source>
        <translation>Cambi lato: ora %1.</translation>
    </message>
    <message>
        <source>Switch sides.</source>
        <translation>Cambi lato.</translation>
    </message>
    <message>
        <source>Rest and breathe.</source>
        <translation>Riposi e respiri.</translation>
    </message>
    <message>
        <source>Well done.</source>
        <translation>Ottimo lavoro.</translation>
    </message>
    <message>
        <source>Get ready</source>
        <translation>Si prepari</translation>
    </message>
    <message>
        <source>Get ready · %1 first</source>
        <translation>Si prepari · prima: %1</translation>
    </message>
    <message numerus="yes">
        <source>Hold %1 of %n</source>
        <translation>
            <numerusform>Tenuta %1 di %n</numerusform>
            <numerusform>Tenuta %1 di %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 · hold %2 of %n</source>
        <translation>
            <numerusform>%1 · tenuta %2 di %n</numerusform>
            <numerusform>%1 · tenuta %2 di %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Next: get ready for %1 (%2)</source>
        <translation>Poi: preparazione per %1 (%2)</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Poi: %1</translation>
    </message>
    <message numerus="yes">
        <source>Next: %1, step %2 of %n</source>
        <translation>
            <numerusform>Poi: %1, passo %2 di %n</numerusform>
            <numerusform>Poi: %1, passo %2 di %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Next: hold %1 of %n (%2)</source>
        <translation>
            <numerusform>Poi: tenuta %1 di %n (%2)</numerusform>
            <numerusform>Poi: tenuta %1 di %n (%2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Next: hold %1 of %n, %2 (%3)</source>
        <translation>
            <numerusform>Poi: tenuta %1 di %n, %2 (%3)</numerusform>
            <numerusform>Poi: tenuta %1 di %n, %2 (%3)</numerusform>
        </translation>
    </message>
    <message>
        <source>Next: switch sides</source>
        <translation>Poi: cambio lato</translation>
    </message>
    <message>
        <source>Next: rest (%1)</source>
        <translation>Poi: riposo (%1)</translation>
    </message>
    <message>
        <source>Next: the end</source>
        <translation>Poi: fine</translation>
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
        <translation>S</translation>
    </message>
    <message>
        <source>right side</source>
        <translation>lato destro</translation>
    </message>
    <message>
        <source>left side</source>
        <translation>lato sinistro</translation>
    </message>
    <message>
        <source>No routines are installed, so there is nothing to print.</source>
        <translation>Non è installata nessuna routine, quindi non c&apos;è niente da stampare.</translation>
    </message>
    <message>
        <source>There is no routine called &quot;%1&quot;, and no routines are installed.</source>
        <translation>Non esiste nessuna routine chiamata &quot;%1&quot; e non è installata nessuna routine.</translation>
    </message>
    <message>
        <source>There is no routine called &quot;%1&quot;. Known routines: %2.</source>
        <translation>Non esiste nessuna routine chiamata &quot;%1&quot;. Routine disponibili: %2.</translation>
    </message>
    <message>
        <source>The routine &quot;%1&quot; uses the exercise &quot;%2&quot;, which is not installed.</source>
        <translation>La routine &quot;%1&quot; usa l&apos;esercizio &quot;%2&quot;, che non è installato.</translation>
    </message>
    <message>
        <source>Ask your doctor before you start any exercise routine.</source>
        <translation>Chieda al Suo medico prima di iniziare qualsiasi routine di esercizi.</translation>
    </message>
    <message numerus="yes">
        <source>%n hold(s) per side, %1 each</source>
        <translation>
            <numerusform>%n tenuta per lato, di %1</numerusform>
            <numerusform>%n tenute per lato, di %1 ciascuna</numerusform>
        </translation>
    </message>
    <message>
        <source>start with the %1</source>
        <comment>%1 is a side, e.g. &apos;left leg on top&apos;</comment>
        <translation>inizi con: %1</translation>
    </message>
    <message>
        <source>%1 to switch</source>
        <translation>%1 per cambiare lato</translation>
    </message>
    <message numerus="yes">
        <source>%n hold(s), %1 each</source>
        <translation>
            <numerusform>%n tenuta, di %1</numerusform>
            <numerusform>%n tenute, di %1 ciascuna</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 rest between holds</source>
        <translation>%1 di riposo tra le tenute</translation>
    </message>
    <message>
        <source>%1 rest before the next exercise</source>
        <translation>%1 di riposo prima dell&apos;esercizio successivo</translation>
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
        <translation>Obiettivo</translation>
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
        <translation> o </translation>
    </message>
    <message>
        <source>Full screen, or back</source>
        <translation>Attiva o disattiva lo schermo intero</translation>
    </message>
    <message>
        <source>Print the routine sheet</source>
        <translation>Stampa la scheda della routine</translation>
    </message>
    <message>
        <source>Quit Limber</source>
        <translation>Chiude Limber</translation>
    </message>
    <message>
        <source>New routine</source>
        <translation>Nuova routine</translation>
    </message>
    <message>
        <source>Undo the last change</source>
        <translation>Annulla l&apos;ultima modifica</translation>
    </message>
    <message>
        <source>Space or Enter</source>
        <translation>Spazio o Invio</translation>
    </message>
    <message>
        <source>Everywhere</source>
        <translation>Ovunque</translation>
    </message>
    <message>
        <source>Today&apos;s routine and Start</source>
        <translation>La routine di oggi e Inizia</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Cronologia</translation>
    </message>
    <message>
        <source>Routines</source>
        <translation>Routine</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Stampa</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Impostazioni</translation>
    </message>
    <message>
        <source>The guide (not in a session or the routine editor)</source>
        <translation>La guida (non durante una sessione o nell&apos;editor delle routine)</translation>
    </message>
    <message>
        <source>This list of keys</source>
        <translation>Questo elenco di tasti</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Oggi</translation>
    </message>
    <message>
        <source>Start today&apos;s routine (Start has the keyboard focus)</source>
        <translation>Avvia la routine di oggi (quando Inizia ha il focus della tastiera)</translation>
    </message>
    <message>
        <source>Read about the exercise in focus</source>
        <translation>Mostra le informazioni sull&apos;esercizio selezionato</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Invio</translation>
    </message>
    <message>
        <source>During a session</source>
        <translation>Durante una sessione</translation>
    </message>
    <message>
        <source>Pause, or go on</source>
        <translation>Mette in pausa o riprende</translation>
    </message>
    <message>
        <source>Skip to the next step</source>
        <translation>Salta al passo successivo</translation>
    </message>
    <message>
        <source>Back to the start of this step</source>
        <translation>Torna all&apos;inizio di questo passo</translation>
    </message>
    <message>
        <source>Add 15 seconds to this hold</source>
        <translation>Aggiunge 15 secondi a questa tenuta</translation>
    </message>
    <message>
        <source>Read about this exercise (the session waits)</source>
        <translation>Mostra le informazioni su questo esercizio (la sessione attende)</translation>
    </message>
    <message>
        <source>It hurts: stop the session</source>
        <translation>Fa male: interrompe la sessione</translation>
    </message>
    <message>
        <source>Leave full screen; otherwise ask whether to stop (Esc again: keep going)</source>
        <translation>Esce dallo schermo intero; altrimenti chiede se interrompere (di nuovo Esc: si continua)</translation>
    </message>
    <message>
        <source>Pain questions</source>
        <translation>Domande sul dolore</translation>
    </message>
    <message>
        <source>Choose that level of pain</source>
        <translation>Sceglie quel livello di dolore</translation>
    </message>
    <message>
        <source>0 … 9</source>
        <translation>0 … 9</translation>
    </message>
    <message>
        <source>Choose pain 10</source>
        <translation>Sceglie dolore 10</translation>
    </message>
    <message>
        <source>Choose how far you got (after a session)</source>
        <translation>Sceglie l&apos;ampiezza raggiunta (dopo una sessione)</translation>
    </message>
    <message>
        <source>A, B, C, …</source>
        <translation>A, B, C, …</translation>
    </message>
    <message>
        <source>Move between levels, or clear the answer</source>
        <translation>Passa da un livello all&apos;altro o cancella la risposta</translation>
    </message>
    <message>
        <source>Left, Right, Delete</source>
        <translation>Sinistra, Destra, Canc</translation>
    </message>
    <message>
        <source>Rename the routine</source>
        <translation>Rinomina la routine</translation>
    </message>
    <message>
        <source>Delete the selected routine or exercise</source>
        <translation>Elimina la routine o l&apos;esercizio selezionato</translation>
    </message>
    <message>
        <source>Move the selected exercise up or down</source>
        <translation>Sposta in su o in giù l&apos;esercizio selezionato</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Ripete l&apos;ultima modifica annullata</translation>
    </message>
    <message>
        <source>Read about the selected exercise (in the editor)</source>
        <translation>Mostra le informazioni sull&apos;esercizio selezionato (nell&apos;editor)</translation>
    </message>
    <message>
        <source>Exercise page</source>
        <translation>Pagina dell&apos;esercizio</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Indietro</translation>
    </message>
    <message>
        <source>Top or end of the page</source>
        <translation>Inizio o fine della pagina</translation>
    </message>
    <message>
        <source>Home, End</source>
        <translation>Home, Fine</translation>
    </message>
    <message>
        <source>History chart</source>
        <translation>Grafico della cronologia</translation>
    </message>
    <message>
        <source>The week before or after</source>
        <translation>Settimana precedente o successiva</translation>
    </message>
    <message>
        <source>Left, Right</source>
        <translation>Sinistra, Destra</translation>
    </message>
    <message>
        <source>The first or the last week</source>
        <translation>Prima o ultima settimana</translation>
    </message>
    <message>
        <source>Remove the selected reminder time</source>
        <translation>Rimuove l&apos;orario di promemoria selezionato</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Canc</translation>
    </message>
</context>
<context>
    <name>SingleInstance</name>
    <message>
        <source>Limber is already running, but this request could not be passed to it (%1): %2</source>
        <translation>Limber è già in esecuzione, ma non è stato possibile passargli questa richiesta (%1): %2</translation>
    </message>
</context>
<context>
    <name>SoundTest</name>
    <message>
        <source>This is how Limber sounds. Breathe slowly and relax into the stretch.</source>
        <translation>Ecco come suona Limber. Respiri lentamente e si rilassi nell&apos;allungamento.</translation>
    </message>
    <message>
        <source>The voice is not available: %1</source>
        <translation>La voce non è disponibile: %1</translation>
    </message>
    <message>
        <source>this computer cannot speak.</source>
        <translation>questo computer non può parlare.</translation>
    </message>
    <message>
        <source>Tones and voice are both off, so there is nothing to play.</source>
        <translation>Segnali acustici e voce sono entrambi disattivati, quindi non c&apos;è niente da riprodurre.</translation>
    </message>
    <message>
        <source>Played the start tone and a sentence</source>
        <translation>Riprodotti il segnale di inizio e una frase</translation>
    </message>
    <message>
        <source>Played the start tone</source>
        <translation>Riprodotto il segnale di inizio</translation>
    </message>
    <message>
        <source>Said a sentence</source>
        <translation>Pronunciata una frase</translation>
    </message>
    <message>
        <source>%1 at %2 % volume on “%3”.</source>
        <translation>%1, volume %2%, su “%3”.</translation>
    </message>
</context>
<context>
    <name>StorageMessages</name>
    <message>
        <source>Limber could not name its backup %1. Check that you may write to the folder.</source>
        <translation>Limber non è riuscito a dare un nome alla copia di sicurezza %1. Verifichi di avere i permessi di scrittura nella cartella.</translation>
    </message>
    <message>
        <source>Limber could not delete the old backup %1.</source>
        <translation>Limber non è riuscito a eliminare la vecchia copia di sicurezza %1.</translation>
    </message>
    <message>
        <source>Limber could not delete the unfinished backup %1.</source>
        <translation>Limber non è riuscito a eliminare la copia di sicurezza incompleta %1.</translation>
    </message>
    <message>
        <source>it is not a history this version of Limber can read.</source>
        <translation>non è una cronologia che questa versione di Limber sappia leggere.</translation>
    </message>
    <message>
        <source>The backup %1 cannot be restored: %2</source>
        <translation>Impossibile ripristinare la copia di sicurezza %1: %2</translation>
    </message>
    <message>
        <source>Limber could not open its history file.</source>
        <translation>Limber non è riuscito ad aprire il file della cronologia.</translation>
    </message>
    <message>
        <source>Limber could not close its history file.</source>
        <translation>Limber non è riuscito a chiudere il file della cronologia.</translation>
    </message>
    <message>
        <source>Limber could not read a value from its history file.</source>
        <translation>Limber non è riuscito a leggere un valore dal file della cronologia.</translation>
    </message>
    <message>
        <source>Limber keeps your history in a file named %1, but there is a folder with that name in %2. Limber does not touch that folder. Move or rename it, then start Limber again, or start Limber with --data-dir and another folder.</source>
        <translation>Limber conserva la Sua cronologia in un file chiamato %1, ma in %2 c&apos;è una cartella con quel nome. Limber non tocca quella cartella. La sposti o la rinomini, poi riavvii Limber, oppure avvii Limber con --data-dir e un&apos;altra cartella.</translation>
    </message>
    <message>
        <source>Limber could not create the folder %1.</source>
        <translation>Limber non è riuscito a creare la cartella %1.</translation>
    </message>
    <message>
        <source>Limber could not move %1 into %2.</source>
        <translation>Limber non è riuscito a spostare %1 in %2.</translation>
    </message>
    <message>
        <source>Limber could not set up its history file (%1 is %2, not %3).</source>
        <translation>Limber non è riuscito a preparare il file della cronologia (%1 è %2, non %3).</translation>
    </message>
    <message>
        <source>Limber may not read %1. Check the permissions of the file.</source>
        <translation>Limber non ha il permesso di leggere %1. Controlli i permessi del file.</translation>
    </message>
    <message>
        <source>A hold in the history file points to a session that does not exist (table %1).</source>
        <translation>Una tenuta nel file della cronologia rimanda a una sessione che non esiste (tabella %1).</translation>
    </message>
    <message>
        <source>Updating the history file to format %1 failed; the file stays at format %2. %3</source>
        <translation>L&apos;aggiornamento del file della cronologia al formato %1 non è riuscito; il file resta al formato %2. %3</translation>
    </message>
    <message>
        <source>Limber refused to run a malformed command on its history file.</source>
        <translation>Limber si è rifiutato di eseguire un comando non valido sul file della cronologia.</translation>
    </message>
    <message>
        <source>The disk that holds %1 is full. Free some space on that disk, then try again.</source>
        <translation>Il disco che contiene %1 è pieno. Liberi un po&apos; di spazio su quel disco, poi riprovi.</translation>
    </message>
    <message>
        <source>Limber may not write to %1. Make the folder %2 writable, or start Limber with --data-dir and a folder you can write to.</source>
        <translation>Limber non ha il permesso di scrivere in %1. Renda scrivibile la cartella %2, oppure avvii Limber con --data-dir e una cartella in cui possa scrivere.</translation>
    </message>
    <message>
        <source>Limber cannot open %1. Check that the folder %2 exists and that you may write to it, or start Limber with --data-dir and another folder.</source>
        <translation>Limber non riesce ad aprire %1. Verifichi che la cartella %2 esista e di avere i permessi di scrittura, oppure avvii Limber con --data-dir e un&apos;altra cartella.</translation>
    </message>
    <message>
        <source>%1 is damaged or is not a Limber history file. Quit Limber and start it again: it keeps the damaged file aside and starts a new history, from which you can restore a backup.</source>
        <translation>%1 è danneggiato o non è un file della cronologia di Limber. Chiuda Limber e lo riavvii: il file danneggiato verrà messo da parte e verrà creata una nuova cronologia, dalla quale potrà ripristinare una copia di sicurezza.</translation>
    </message>
    <message>
        <source>%1 is in use by another program. Close other copies of Limber and any database tool that has it open, then try again.</source>
        <translation>%1 è in uso da parte di un altro programma. Chiuda le altre copie di Limber e qualsiasi strumento per database che lo tenga aperto, poi riprovi.</translation>
    </message>
    <message>
        <source>The disk reported an error while Limber was reading or writing %1. Check that the disk is connected and has free space, then try again.</source>
        <translation>Il disco ha segnalato un errore mentre Limber leggeva o scriveva %1. Verifichi che il disco sia collegato e abbia spazio libero, poi riprovi.</translation>
    </message>
    <message>
        <source>The computer ran out of memory while Limber was using %1. Close some programs, then try again.</source>
        <translation>Il computer ha esaurito la memoria mentre Limber usava %1. Chiuda qualche programma, poi riprovi.</translation>
    </message>
    <message>
        <source>The system did not allow Limber to use %1. Check the permissions of the folder %2.</source>
        <translation>Il sistema non ha permesso a Limber di usare %1. Controlli i permessi della cartella %2.</translation>
    </message>
    <message>
        <source>Limber could not use %1. If this keeps happening, please report it with the details below.</source>
        <translation>Limber non è riuscito a usare %1. Se il problema si ripete, lo segnali riportando i dettagli qui sotto.</translation>
    </message>
    <message>
        <source>(SQLite error %1: %2)</source>
        <translation>(errore SQLite %1: %2)</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Limber (history format %2; this version understands up to %3). Limber shows your history but will not change the file. Update Limber to record new sessions.</source>
        <translation>%1 è stato scritto da una versione più recente di Limber (formato della cronologia %2; questa versione arriva fino al %3). Limber mostra la Sua cronologia ma non modificherà il file. Aggiorni Limber per registrare nuove sessioni.</translation>
    </message>
    <message>
        <source>Limber may not write to the folder %1, so it shows your history but cannot record new sessions. Make the folder writable, or start Limber with --data-dir and a folder you can write to.</source>
        <translation>Limber non ha il permesso di scrivere nella cartella %1, quindi mostra la Sua cronologia ma non può registrare nuove sessioni. Renda scrivibile la cartella, oppure avvii Limber con --data-dir e una cartella in cui possa scrivere.</translation>
    </message>
    <message>
        <source>Limber may not write to %1, so it shows your history but cannot record new sessions. Make the file writable, or start Limber with --data-dir and a folder you can write to.</source>
        <translation>Limber non ha il permesso di scrivere in %1, quindi mostra la Sua cronologia ma non può registrare nuove sessioni. Renda scrivibile il file, oppure avvii Limber con --data-dir e una cartella in cui possa scrivere.</translation>
    </message>
    <message>
        <source>The disk that holds your history (%1) is full. Limber shows your history, but new holds cannot be saved until you free some space there.</source>
        <translation>Il disco che contiene la Sua cronologia (%1) è pieno. Limber mostra la cronologia, ma le nuove tenute non possono essere salvate finché non libera un po&apos; di spazio.</translation>
    </message>
    <message>
        <source>The disk that would hold your history (%1) is full, so Limber cannot create it. Free some space there, or start Limber with --data-dir and a folder on another disk.</source>
        <translation>Il disco che dovrebbe contenere la Sua cronologia (%1) è pieno, quindi Limber non può crearla. Liberi un po&apos; di spazio, oppure avvii Limber con --data-dir e una cartella su un altro disco.</translation>
    </message>
    <message>
        <source>Limber could not use %1: %2 The file was not changed; it is kept in %3. Limber started a new, empty history.</source>
        <translation>Limber non è riuscito a usare %1: %2 Il file non è stato modificato; è conservato in %3. Limber ha iniziato una nuova cronologia vuota.</translation>
    </message>
    <message>
        <source>You can restore one of the automatic backups.</source>
        <translation>Può ripristinare una delle copie di sicurezza automatiche.</translation>
    </message>
    <message>
        <source>it is not a database file.</source>
        <translation>non è un file di database.</translation>
    </message>
    <message>
        <source>it is a database that belongs to another program.</source>
        <translation>è un database che appartiene a un altro programma.</translation>
    </message>
    <message>
        <source>it is damaged (the check found: %1).</source>
        <translation>è danneggiato (il controllo ha trovato: %1).</translation>
    </message>
    <message>
        <source>Limber could not use %1: %2 It also could not move the file aside, so it changed nothing. Make the folder %3 writable, or start Limber with --data-dir and another folder.</source>
        <translation>Limber non è riuscito a usare %1: %2 Non è riuscito nemmeno a mettere da parte il file, quindi non ha modificato nulla. Renda scrivibile la cartella %3, oppure avvii Limber con --data-dir e un&apos;altra cartella.</translation>
    </message>
    <message>
        <source>Limber could not create the folder %1 for its history. Check that you may write there, or start Limber with --data-dir and another folder.</source>
        <translation>Limber non è riuscito a creare la cartella %1 per la cronologia. Verifichi di avere i permessi di scrittura, oppure avvii Limber con --data-dir e un&apos;altra cartella.</translation>
    </message>
    <message>
        <source>This copy of Limber was built with SQLite %1, but it needs SQLite %2 or newer. Install a newer SQLite or a Limber package that includes it.</source>
        <translation>Questa copia di Limber è stata compilata con SQLite %1, ma richiede SQLite %2 o successivo. Installi un SQLite più recente o un pacchetto di Limber che lo includa.</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) ended unexpectedly last time; the holds recorded before that are kept and the session is marked as interrupted.</source>
        <translation>
            <numerusform>%n sessione si è chiusa in modo imprevisto l&apos;ultima volta; le tenute registrate prima vengono conservate e la sessione è segnata come interrotta.</numerusform>
            <numerusform>%n sessioni si sono chiuse in modo imprevisto l&apos;ultima volta; le tenute registrate prima vengono conservate e le sessioni sono segnate come interrotte.</numerusform>
        </translation>
    </message>
    <message>
        <source>The history file was updated from format %1 to %2.</source>
        <translation>Il file della cronologia è stato aggiornato dal formato %1 al %2.</translation>
    </message>
    <message>
        <source>The history file was updated from format %1 to %2. A copy of the old file is in %3.</source>
        <translation>Il file della cronologia è stato aggiornato dal formato %1 al %2. Una copia del vecchio file si trova in %3.</translation>
    </message>
    <message>
        <source>Limber is already running (process %1) and uses the history in %2. Switch to that window, or close it first.</source>
        <translation>Limber è già in esecuzione (processo %1) e usa la cronologia in %2. Passi a quella finestra, oppure la chiuda prima.</translation>
    </message>
    <message>
        <source>Limber could not create its lock file %1: the disk is full.</source>
        <translation>Limber non è riuscito a creare il file di blocco %1: il disco è pieno.</translation>
    </message>
    <message>
        <source>Limber could not create its lock file %1: the folder is read-only.</source>
        <translation>Limber non è riuscito a creare il file di blocco %1: la cartella è di sola lettura.</translation>
    </message>
    <message>
        <source>Limber could not create its lock file %1.</source>
        <translation>Limber non è riuscito a creare il file di blocco %1.</translation>
    </message>
    <message>
        <source>The backup copy %1 failed its check (%2); it was removed. Check the disk, then try again.</source>
        <translation>La copia di sicurezza %1 non ha superato il controllo (%2) ed è stata rimossa. Controlli il disco, poi riprovi.</translation>
    </message>
    <message>
        <source>The backup copy %1 does not hold the same number of rows as the history; it was removed. Try again.</source>
        <translation>La copia di sicurezza %1 non contiene lo stesso numero di righe della cronologia ed è stata rimossa. Riprovi.</translation>
    </message>
    <message>
        <source>Limber could not copy its history.</source>
        <translation>Limber non è riuscito a copiare la cronologia.</translation>
    </message>
    <message>
        <source>some of its holds belong to no session.</source>
        <translation>alcune delle sue tenute non appartengono a nessuna sessione.</translation>
    </message>
    <message>
        <source>Limber could not copy the backup %1 into %2. Check that the disk has room and that you may write there.</source>
        <translation>Limber non ha potuto copiare la copia di sicurezza %1 in %2. Controlli che sul disco ci sia spazio e che Lei possa scrivervi.</translation>
    </message>
    <message>
        <source>it could not be brought to this version&apos;s format.</source>
        <translation>non è stato possibile portarla al formato di questa versione.</translation>
    </message>
    <message>
        <source>A history kept only in memory cannot be opened a second time.</source>
        <translation>Una cronologia tenuta solo in memoria non può essere aperta una seconda volta.</translation>
    </message>
    <message>
        <source>This copy of the history is only for reading.</source>
        <translation>Questa connessione alla cronologia serve solo per leggere.</translation>
    </message>
</context>
<context>
    <name>TargetEvents</name>
    <message>
        <source>Hold targets cannot be changed now. %1</source>
        <translation>Ora non è possibile modificare gli obiettivi di tenuta. %1</translation>
    </message>
    <message>
        <source>The hold target of &quot;%1&quot; (%2 s, %3 per side) is outside what a routine allows; it was not saved.</source>
        <translation>L&apos;obiettivo di tenuta di &quot;%1&quot; (%2 s, %3 per lato) è fuori dai limiti consentiti per una routine; non è stato salvato.</translation>
    </message>
    <message>
        <source>Limber could not save the hold target of &quot;%1&quot;.</source>
        <translation>Limber non è riuscito a salvare l&apos;obiettivo di tenuta di &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Limber could not read the hold targets.</source>
        <translation>Limber non è riuscito a leggere gli obiettivi di tenuta.</translation>
    </message>
    <message>
        <source>Limber could not save your answer about &quot;%1&quot;.</source>
        <translation>Limber non è riuscito a salvare la Sua risposta su &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <source>Exercise %1 of the routine (%2): %3</source>
        <translation>Esercizio %1 della routine (%2): %3</translation>
    </message>
    <message>
        <source>%1 is %2; use a value from %3 to %4.</source>
        <translation>%1 è %2; usi un valore da %3 a %4.</translation>
    </message>
    <message>
        <source>the number of holds</source>
        <translation>il numero di tenute</translation>
    </message>
    <message>
        <source>the hold time in seconds</source>
        <translation>la durata della tenuta in secondi</translation>
    </message>
    <message>
        <source>the switch time in seconds</source>
        <translation>la durata del cambio di lato in secondi</translation>
    </message>
    <message>
        <source>the rest time in seconds</source>
        <translation>la durata del riposo in secondi</translation>
    </message>
    <message>
        <source>the get-ready time in seconds</source>
        <translation>la durata della preparazione in secondi</translation>
    </message>
    <message>
        <source>The session settings have a breathing, reminder or step time of zero or less. Reset the session settings to their defaults.</source>
        <translation>Nelle impostazioni della sessione un tempo di respirazione, di promemoria o di passo è pari a zero o inferiore. Ripristini i valori predefiniti delle impostazioni della sessione.</translation>
    </message>
    <message>
        <source>The routine has no exercises. Add at least one exercise to it.</source>
        <translation>La routine non contiene esercizi. Vi aggiunga almeno un esercizio.</translation>
    </message>
    <message>
        <source>this exercise is not in the library. Remove it from the routine or add the exercise&apos;s content file.</source>
        <translation>questo esercizio non è nella raccolta. Lo rimuova dalla routine, oppure aggiunga il file di contenuti dell&apos;esercizio.</translation>
    </message>
    <message>
        <source>Only a hold can be made longer.</source>
        <translation>Si può allungare solo una tenuta.</translation>
    </message>
    <message>
        <source>A hold can only be made longer.</source>
        <translation>Una tenuta si può solo allungare.</translation>
    </message>
</context>
<context>
    <name>UnsavedQuit</name>
    <message numerus="yes">
        <source>%n hold(s) of your sessions are not saved yet.</source>
        <translation>
            <numerusform>%n tenuta delle Sue sessioni non è ancora salvata.</numerusform>
            <numerusform>%n tenute delle Sue sessioni non sono ancora salvate.</numerusform>
        </translation>
    </message>
    <message>
        <source>Part of your last session (how it ended, or what you reported) is not saved yet.</source>
        <translation>Una parte della Sua ultima sessione (come si è conclusa, o ciò che ha indicato) non è ancora salvata.</translation>
    </message>
    <message>
        <source>If you quit now, Limber keeps them and saves them into your history the next time it starts. You can also save a copy to a file first (File ▸ Import History reads it), or try again now that you may have made room.</source>
        <translation>Se esce ora, Limber conserva questi dati e li salva nella cronologia al prossimo avvio. Può anche salvarne prima una copia in un file (si legge con File ▸ Importa cronologia), oppure riprovare ora, se nel frattempo ha liberato spazio.</translation>
    </message>
    <message>
        <source>Save the Unsaved Holds</source>
        <translation>Salva le tenute non salvate</translation>
    </message>
    <message>
        <source>Limber history (*.json)</source>
        <translation>Cronologia di Limber (*.json)</translation>
    </message>
    <message>
        <source>Limber: not saved</source>
        <translation>Limber: non salvato</translation>
    </message>
    <message>
        <source>Limber: a copy was saved</source>
        <translation>Limber: copia salvata</translation>
    </message>
    <message>
        <source>The unsaved holds were saved to %1. Limber also keeps them and saves them into your history the next time it starts, so you need to import this copy only on another computer or in another data folder.</source>
        <translation>Le tenute non salvate sono state salvate in %1. Limber le conserva comunque e le salverà nella Sua cronologia al prossimo avvio: dovrà importare questa copia solo su un altro computer o in un&apos;altra cartella dati.</translation>
    </message>
    <message>
        <source>Limber: holds not saved</source>
        <translation>Limber: tenute non salvate</translation>
    </message>
    <message>
        <source>&amp;Try Again</source>
        <translation>&amp;Riprova</translation>
    </message>
    <message>
        <source>&amp;Save a Copy…</source>
        <translation>&amp;Salva una copia…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Esci</translation>
    </message>
    <message>
        <source>&amp;Don&apos;t Quit</source>
        <translation>&amp;Non uscire</translation>
    </message>
</context>
<context>
    <name>UnsavedSessions</name>
    <message>
        <source>Limber could not keep the unsaved holds anywhere. %1</source>
        <translation>Limber non è riuscito a conservare da nessuna parte le tenute non salvate. %1</translation>
    </message>
    <message>
        <source>The holds kept in %1 are now in your history, but the file could not be removed; you may delete it.</source>
        <translation>Le tenute conservate in %1 ora sono nella Sua cronologia, ma non è stato possibile rimuovere il file; può eliminarlo Lei.</translation>
    </message>
</context>
<context>
    <name>UserRoutines</name>
    <message>
        <source>Your routines cannot be changed now. %1</source>
        <translation>Ora non è possibile modificare le Sue routine. %1</translation>
    </message>
    <message>
        <source>Limber could not read your routines.</source>
        <translation>Limber non è riuscito a leggere le Sue routine.</translation>
    </message>
    <message>
        <source>The routine &quot;%1&quot; in %2 cannot be read; it was changed outside Limber. Restore a backup, or remove the routine. %3</source>
        <translation>La routine &quot;%1&quot; in %2 non si può leggere: è stata modificata al di fuori di Limber. Ripristini una copia di sicurezza, oppure rimuova la routine. %3</translation>
    </message>
    <message>
        <source>Limber could not read your routine &quot;%1&quot;.</source>
        <translation>Limber non è riuscito a leggere la Sua routine &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The routine &quot;%1&quot; was not saved: %2</source>
        <translation>La routine &quot;%1&quot; non è stata salvata: %2</translation>
    </message>
    <message>
        <source>Limber could not save the routine &quot;%1&quot;.</source>
        <translation>Limber non è riuscito a salvare la routine &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Limber could not remove the routine &quot;%1&quot;.</source>
        <translation>Limber non è riuscito a rimuovere la routine &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Limber could not change the order of your routines.</source>
        <translation>Limber non è riuscito a cambiare l&apos;ordine delle Sue routine.</translation>
    </message>
    <message>
        <source>Limber could not add the routine &quot;%1&quot;.</source>
        <translation>Limber non è riuscito ad aggiungere la routine &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The routine &quot;%1&quot; was not added: %2</source>
        <translation>La routine &quot;%1&quot; non è stata aggiunta: %2</translation>
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
        <translation>Settimana del</translation>
    </message>
</context>
<context>
    <name>limber::AboutDialog</name>
    <message>
        <source>About Limber</source>
        <translation>Informazioni su Limber</translation>
    </message>
    <message>
        <source>Limber %1</source>
        <translation>Limber %1</translation>
    </message>
    <message>
        <source>Guided stretching routines for hip and low-back pain. Everything you record stays on this computer.</source>
        <translation>Routine guidate di allungamento per il dolore all&apos;anca e alla zona lombare. Tutto ciò che registra resta su questo computer.</translation>
    </message>
    <message>
        <source>Runs on Qt %1.</source>
        <translation>Funziona con Qt %1.</translation>
    </message>
    <message>
        <source>Your history and settings are kept in:</source>
        <translation>La Sua cronologia e le impostazioni si trovano in:</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Cartella dati</translation>
    </message>
    <message>
        <source>Open Data &amp;Folder</source>
        <translation>Apri &amp;cartella dati</translation>
    </message>
    <message>
        <source>No file manager could open the folder. Copy its name from above instead.</source>
        <translation>Nessun gestore di file è riuscito ad aprire la cartella. Copi invece il suo nome qui sopra.</translation>
    </message>
    <message>
        <source>Limber is free software: you may share it and change it under the terms of the GNU General Public License, version 3 or (at your choice) any later version. &lt;a href=&quot;%1&quot;&gt;Read the licence&lt;/a&gt;.</source>
        <translation>Limber è software libero: può condividerlo e modificarlo secondo i termini della GNU General Public License, versione 3 o (a Sua scelta) qualsiasi versione successiva. &lt;a href=&quot;%1&quot;&gt;Testo della licenza&lt;/a&gt;.</translation>
    </message>
    <message>
        <source>Limber comes with no warranty of any kind, as far as the law allows. It is not medical advice.</source>
        <translation>Limber è fornito senza alcuna garanzia, nei limiti consentiti dalla legge. Non costituisce un parere medico.</translation>
    </message>
</context>
<context>
    <name>limber::AppController</name>
    <message>
        <source>&amp;Print Routine Sheet…</source>
        <translation>&amp;Stampa la scheda della routine…</translation>
    </message>
    <message>
        <source>Export Routine Sheet as P&amp;DF…</source>
        <translation>Esporta la scheda della routine in P&amp;DF…</translation>
    </message>
    <message>
        <source>Limber: settings not saved</source>
        <translation>Limber: impostazioni non salvate</translation>
    </message>
    <message>
        <source>Until they can be saved, Limber forgets your choices when it closes, and asks again (the safety notice too) at the next start.</source>
        <translation>Finché non sarà possibile salvarle, Limber dimenticherà le Sue scelte alla chiusura e gliele chiederà di nuovo al prossimo avvio (comprese le avvertenze di sicurezza).</translation>
    </message>
</context>
<context>
    <name>limber::AudioModule</name>
    <message>
        <source>Limber&apos;s sound part (limber-audio) is missing or damaged, so Limber will stay silent. Every cue is still shown on screen. Reinstalling Limber brings sound back.</source>
        <translation>La parte audio di Limber (limber-audio) manca o è danneggiata, quindi Limber resterà in silenzio. Ogni indicazione resta visibile sullo schermo. Reinstallando Limber l’audio torna.</translation>
    </message>
</context>
<context>
    <name>limber::AudioStream</name>
    <message>
        <source>The sound output could not be opened.</source>
        <translation>Non è stato possibile aprire l&apos;uscita audio.</translation>
    </message>
    <message>
        <source>The sound output stopped accepting sound.</source>
        <translation>L&apos;uscita audio ha smesso di accettare suoni.</translation>
    </message>
    <message>
        <source>The sound output went away.</source>
        <translation>L&apos;uscita audio non è più disponibile.</translation>
    </message>
    <message>
        <source>The sound output stopped.</source>
        <translation>L&apos;uscita audio si è interrotta.</translation>
    </message>
</context>
<context>
    <name>limber::BreathPacer</name>
    <message>
        <source>Breathing guide</source>
        <translation>Guida al respiro</translation>
    </message>
    <message>
        <source>Breathe in</source>
        <translation>Inspiri</translation>
    </message>
    <message>
        <source>Breathe out</source>
        <translation>Espiri</translation>
    </message>
</context>
<context>
    <name>limber::CalendarView</name>
    <message>
        <source>No practised days in %1.</source>
        <translation>Nessun giorno di pratica nel mese di %1.</translation>
    </message>
    <message>
        <source>Practised days in %1: %2.</source>
        <translation>Giorni di pratica nel mese di %1: %2.</translation>
    </message>
</context>
<context>
    <name>limber::ChoiceButton</name>
    <message>
        <source>Key %1</source>
        <translation>Tasto %1</translation>
    </message>
</context>
<context>
    <name>limber::ChoiceScale</name>
    <message>
        <source>Press %1</source>
        <translation>Prema %1</translation>
    </message>
</context>
<context>
    <name>limber::CuePlayer</name>
    <message>
        <source>No audio output was found: cues are shown on screen only.</source>
        <translation>Non è stata trovata nessuna uscita audio: le indicazioni compaiono solo sullo schermo.</translation>
    </message>
    <message>
        <source>Spoken cues are not available in this build of Limber.</source>
        <translation>Le indicazioni vocali non sono disponibili in questa versione di Limber.</translation>
    </message>
    <message>
        <source>Cues are given by tones and on screen instead.</source>
        <translation>Le indicazioni vengono date invece con segnali acustici e sullo schermo.</translation>
    </message>
    <message>
        <source>No sound output was found, so Limber will stay silent. Every cue is still shown on screen.</source>
        <translation>Non è stata trovata nessuna uscita audio, quindi Limber resterà in silenzio. Tutte le indicazioni compaiono comunque sullo schermo.</translation>
    </message>
    <message>
        <source>The sound %1 is missing from this build.</source>
        <translation>In questa versione manca il suono %1.</translation>
    </message>
    <message>
        <source>The session goes on with its cues on screen; sound comes back when the output does.</source>
        <translation>La sessione continua con le indicazioni sullo schermo; il suono torna quando torna l&apos;uscita audio.</translation>
    </message>
    <message>
        <source>Cues are shown on screen only.</source>
        <translation>Le indicazioni compaiono solo sullo schermo.</translation>
    </message>
</context>
<context>
    <name>limber::ExercisePage</name>
    <message>
        <source>Back</source>
        <translation>Indietro</translation>
    </message>
    <message>
        <source>Back to where you were (Esc or Alt+Left)</source>
        <translation>Torna dov&apos;era (Esc o Alt+Left)</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Esercizio</translation>
    </message>
</context>
<context>
    <name>limber::ExercisePicker</name>
    <message>
        <source>Add an exercise</source>
        <translation>Aggiungi un esercizio</translation>
    </message>
    <message>
        <source>&amp;Exercises in the library:</source>
        <translation>&amp;Esercizi della raccolta:</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Aggiungi</translation>
    </message>
</context>
<context>
    <name>limber::ExerciseTile</name>
    <message>
        <source>Shows how to do %1, step by step</source>
        <translation>Mostra come eseguire %1, passo dopo passo</translation>
    </message>
    <message>
        <source>How to do %1</source>
        <translation>Come eseguire %1</translation>
    </message>
</context>
<context>
    <name>limber::FigureView</name>
    <message>
        <source>Exercise figure</source>
        <translation>Figura dell&apos;esercizio</translation>
    </message>
    <message>
        <source>A figure showing the position for this step.</source>
        <translation>Una figura che mostra la posizione per questo passo.</translation>
    </message>
</context>
<context>
    <name>limber::FirstUseState</name>
    <message>
        <source>No holds yet.</source>
        <translation>Ancora nessuna tenuta.</translation>
    </message>
    <message>
        <source>Start your first session and your week will show up here.</source>
        <translation>Inizi la Sua prima sessione e qui comparirà la Sua settimana.</translation>
    </message>
    <message>
        <source>Each week you will see the minutes you held, left and right, your longest hold, your streak of days, and how your reach and pain change.</source>
        <translation>Ogni settimana vedrà i minuti di tenuta, a sinistra e a destra, la tenuta più lunga, la serie di giorni e come cambiano ampiezza e dolore.</translation>
    </message>
    <message>
        <source>&amp;Start a session</source>
        <translation>I&amp;nizia una sessione</translation>
    </message>
</context>
<context>
    <name>limber::GuideDialog</name>
    <message>
        <source>Guide — Limber</source>
        <translation>Guida — Limber</translation>
    </message>
    <message>
        <source>Guide</source>
        <translation>Guida</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Using Limber&lt;/h2&gt;&lt;p&gt;Limber guides you through stretching routines for the hips and the lower back. Ask your doctor or physiotherapist before you start, and stop if a stretch causes sharp or growing pain.&lt;/p&gt;&lt;h3&gt;A session&lt;/h3&gt;&lt;p&gt;The Today page shows the routine that Start begins, how long it takes and its exercises. Press a picture to read about an exercise, or choose another routine from the list. Then press Start.&lt;/p&gt;&lt;p&gt;Each exercise begins with a short time to get into position. After that, Limber times every hold, tells you when to switch sides and counts down the last seconds. You do not need to touch the computer until the end.&lt;/p&gt;&lt;p&gt;During a session: Space pauses, Right skips, Left goes back, + adds 15 seconds, ? or F1 shows the exercise, and Esc stops. If a stretch hurts, press “It hurts — stop” (or H): Limber tells you how to come out of it safely and notes why the session ended.&lt;/p&gt;&lt;h3&gt;Your progress&lt;/h3&gt;&lt;p&gt;History shows the minutes you held each week, left and right side by side, and how your pain changed. When holds feel easy over several days, the Today page may offer a slightly longer one; nothing changes until you accept.&lt;/p&gt;&lt;h3&gt;Your own routines&lt;/h3&gt;&lt;p&gt;On the Routines page, duplicate a routine or make a new one, then choose its exercises and how long each hold lasts. Every change is kept at once and can be undone with Ctrl+Z.&lt;/p&gt;&lt;h3&gt;On paper&lt;/h3&gt;&lt;p&gt;Print makes a sheet of your routine with its pictures, to pin on the wall, and a grid to tick off each day if you like.&lt;/p&gt;&lt;h3&gt;Settings&lt;/h3&gt;&lt;p&gt;Choose the voice, the sounds, the breathing pace and reminders to stretch. Help ▸ Keyboard Shortcuts lists every key.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Come usare Limber&lt;/h2&gt;&lt;p&gt;Limber La accompagna in routine di allungamento per le anche e la parte bassa della schiena. Chieda al Suo medico o fisioterapista prima di iniziare, e si fermi se un allungamento provoca un dolore acuto o che aumenta.&lt;/p&gt;&lt;h3&gt;Una sessione&lt;/h3&gt;&lt;p&gt;La pagina Oggi mostra la routine che parte con Inizia, quanto dura e i suoi esercizi. Faccia clic su un&apos;immagine per leggere le informazioni su un esercizio, oppure scelga un&apos;altra routine dall&apos;elenco. Poi prema Inizia.&lt;/p&gt;&lt;p&gt;Ogni esercizio comincia con un breve tempo per mettersi in posizione. Poi Limber cronometra ogni tenuta, Le dice quando cambiare lato e conta gli ultimi secondi. Non deve toccare il computer fino alla fine.&lt;/p&gt;&lt;p&gt;Durante una sessione: Spazio mette in pausa, Freccia destra salta, Freccia sinistra torna indietro, + aggiunge 15 secondi, ? o F1 mostra l&apos;esercizio ed Esc interrompe. Se un allungamento fa male, prema “Fa male — interrompi” (o il tasto H): Limber Le spiega come uscirne in sicurezza e annota perché la sessione è finita.&lt;/p&gt;&lt;h3&gt;I Suoi progressi&lt;/h3&gt;&lt;p&gt;Cronologia mostra i minuti di tenuta di ogni settimana, con lato sinistro e destro affiancati, e come è cambiato il dolore. Quando per diversi giorni le tenute risultano facili, la pagina Oggi può proporne una un po&apos; più lunga; non cambia nulla finché Lei non accetta.&lt;/p&gt;&lt;h3&gt;Le Sue routine&lt;/h3&gt;&lt;p&gt;Nella pagina Routine può duplicare una routine o crearne una nuova, poi sceglierne gli esercizi e la durata di ogni tenuta. Ogni modifica viene salvata subito e si può annullare con Ctrl+Z.&lt;/p&gt;&lt;h3&gt;Su carta&lt;/h3&gt;&lt;p&gt;Stampa crea una scheda della routine con le sue immagini, da appendere al muro, e, se vuole, una griglia da spuntare ogni giorno.&lt;/p&gt;&lt;h3&gt;Impostazioni&lt;/h3&gt;&lt;p&gt;Scelga la voce, i suoni, il ritmo del respiro e i promemoria per fare gli allungamenti. Aiuto ▸ Scorciatoie da tastiera elenca tutti i tasti.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>limber::HelpMenu</name>
    <message>
        <source>&amp;Guide</source>
        <translation>&amp;Guida</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Scorciatoie da tastiera</translation>
    </message>
    <message>
        <source>&amp;Safety Notice</source>
        <translation>&amp;Avvertenze di sicurezza</translation>
    </message>
    <message>
        <source>&amp;About Limber</source>
        <translation>&amp;Informazioni su Limber</translation>
    </message>
</context>
<context>
    <name>limber::HistoryChartsPanel</name>
    <message>
        <source>Minutes held each week, left and right</source>
        <translation>Minuti di tenuta ogni settimana, a sinistra e a destra</translation>
    </message>
    <message>
        <source>Longest hold each week</source>
        <translation>Tenuta più lunga ogni settimana</translation>
    </message>
    <message>
        <source>Sessions each week</source>
        <translation>Sessioni ogni settimana</translation>
    </message>
    <message>
        <source>Furthest reach each week</source>
        <translation>Ampiezza massima ogni settimana</translation>
    </message>
    <message>
        <source>Pain before and after, weekly average from 0 to 10</source>
        <translation>Dolore prima e dopo, media settimanale da 0 a 10</translation>
    </message>
    <message>
        <source>Minutes held each week</source>
        <translation>Minuti di tenuta ogni settimana</translation>
    </message>
    <message>
        <source>Longest hold</source>
        <translation>Tenuta più lunga</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessioni</translation>
    </message>
    <message>
        <source>Furthest reach</source>
        <translation>Ampiezza massima</translation>
    </message>
    <message>
        <source>Pain (0 to 10)</source>
        <translation>Dolore (da 0 a 10)</translation>
    </message>
    <message>
        <source>minutes held</source>
        <translation>minuti di tenuta</translation>
    </message>
    <message>
        <source>Current streak
(days in a row)</source>
        <translation>Serie attuale
(giorni di fila)</translation>
    </message>
    <message>
        <source>Best streak
(days in a row)</source>
        <translation>Serie migliore
(giorni di fila)</translation>
    </message>
    <message>
        <source>Previous month</source>
        <translation>Mese precedente</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>Mese successivo</translation>
    </message>
    <message>
        <source>Practised days</source>
        <translation>Giorni di pratica</translation>
    </message>
    <message>
        <source>Days practised</source>
        <translation>Giorni di pratica</translation>
    </message>
    <message>
        <source>Left and right over the last four weeks</source>
        <translation>Sinistra e destra nelle ultime quattro settimane</translation>
    </message>
    <message>
        <source>Left and right, last four weeks</source>
        <translation>Sinistra e destra, ultime quattro settimane</translation>
    </message>
    <message>
        <source>%1 weeks. Use the Left and Right arrow keys to read each week.</source>
        <translation>%1 settimane. Usi i tasti freccia sinistra e destra per leggere ogni settimana.</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Questa settimana</translation>
    </message>
    <message>
        <source>Week of %1</source>
        <translation>Settimana del %1</translation>
    </message>
    <message>
        <source>seconds held</source>
        <translation>secondi di tenuta</translation>
    </message>
    <message>
        <source>%1 seconds held</source>
        <translation>%1 secondi di tenuta</translation>
    </message>
    <message>
        <source>%1 minutes held</source>
        <translation>%1 minuti di tenuta</translation>
    </message>
    <message>
        <source>No holds yet.</source>
        <translation>Ancora nessuna tenuta.</translation>
    </message>
    <message>
        <source>Left %1, right %2. Sessions: %3. Longest hold: %4.</source>
        <translation>Sinistro %1, destro %2. Sessioni: %3. Tenuta più lunga: %4.</translation>
    </message>
    <message>
        <source>Last session: %1</source>
        <translation>Ultima sessione: %1</translation>
    </message>
    <message numerus="yes">
        <source>Current streak: %n day(s) in a row</source>
        <translation>
            <numerusform>Serie attuale: %n giorno di fila</numerusform>
            <numerusform>Serie attuale: %n giorni di fila</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Best streak: %n day(s) in a row</source>
        <translation>
            <numerusform>Serie migliore: %n giorno di fila</numerusform>
            <numerusform>Serie migliore: %n giorni di fila</numerusform>
        </translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Sinistro</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Destro</translation>
    </message>
</context>
<context>
    <name>limber::HistoryController</name>
    <message numerus="yes">
        <source>%n hold(s) that could not be saved earlier are now in your history.</source>
        <translation>
            <numerusform>%n tenuta che prima non era stato possibile salvare ora è nella Sua cronologia.</numerusform>
            <numerusform>%n tenute che prima non era stato possibile salvare ora sono nella Sua cronologia.</numerusform>
        </translation>
    </message>
    <message>
        <source>What could not be saved of an earlier session is now in your history.</source>
        <translation>Ciò che non era stato possibile salvare di una sessione precedente ora è nella Sua cronologia.</translation>
    </message>
    <message>
        <source>Limber: kept holds not saved</source>
        <translation>Limber: tenute conservate non salvate</translation>
    </message>
    <message>
        <source>The holds that could not be saved are kept in %1 and are saved into your history the next time Limber starts.</source>
        <translation>Le tenute che non è stato possibile salvare sono conservate in %1 e verranno salvate nella Sua cronologia al prossimo avvio di Limber.</translation>
    </message>
    <message>
        <source>Sessions still run, but nothing is recorded until this is solved.</source>
        <translation>Le sessioni funzionano comunque, ma non viene registrato nulla finché il problema non è risolto.</translation>
    </message>
    <message>
        <source>Limber: your history</source>
        <translation>Limber: la Sua cronologia</translation>
    </message>
    <message>
        <source>Holds kept from an earlier session wait in %1 and are saved once recording works again.</source>
        <translation>Le tenute conservate da una sessione precedente sono in attesa in %1 e verranno salvate quando la registrazione funzionerà di nuovo.</translation>
    </message>
    <message>
        <source>Recording is still off: nothing has changed yet.</source>
        <translation>La registrazione è ancora disattivata: per ora non è cambiato nulla.</translation>
    </message>
    <message>
        <source>Recording is on again: new holds are saved.</source>
        <translation>La registrazione è di nuovo attiva: le nuove tenute vengono salvate.</translation>
    </message>
    <message>
        <source>Limber: a hold could not be saved</source>
        <translation>Limber: non è stato possibile salvare una tenuta</translation>
    </message>
    <message>
        <source>Limber keeps it in memory and saves it once, as soon as it can. Choose Retry when you have made room or fixed the folder.</source>
        <translation>Limber la conserva in memoria e la salva una sola volta, appena possibile. Scelga Riprova quando avrà liberato spazio o sistemato la cartella.</translation>
    </message>
    <message>
        <source>Last practised %1: %2 · %3</source>
        <translation>Ultima sessione %1: %2 · %3</translation>
    </message>
    <message numerus="yes">
        <source>%n hold(s)</source>
        <translation>
            <numerusform>%n tenuta</numerusform>
            <numerusform>%n tenute</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) held</source>
        <translation>
            <numerusform>%n minuto di tenuta</numerusform>
            <numerusform>%n minuti di tenuta</numerusform>
        </translation>
    </message>
    <message>
        <source>under a minute held</source>
        <translation>meno di un minuto di tenuta</translation>
    </message>
    <message>
        <source>Export History as &amp;CSV…</source>
        <translation>Esporta la cronologia in &amp;CSV…</translation>
    </message>
    <message>
        <source>Export &amp;Whole History…</source>
        <translation>Esporta &amp;tutta la cronologia…</translation>
    </message>
    <message>
        <source>&amp;Import History…</source>
        <translation>&amp;Importa cronologia…</translation>
    </message>
    <message>
        <source>Export Pro&amp;gress Report…</source>
        <translation>Esporta il resoconto dei pro&amp;gressi…</translation>
    </message>
    <message>
        <source>&amp;Restore a Backup…</source>
        <translation>&amp;Ripristina una copia di sicurezza…</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Cronologia</translation>
    </message>
    <message>
        <source>Your history could not be opened</source>
        <translation>Non è stato possibile aprire la cronologia</translation>
    </message>
</context>
<context>
    <name>limber::HistoryPage</name>
    <message>
        <source>Weekly numbers</source>
        <translation>Dati settimanali</translation>
    </message>
    <message>
        <source>&amp;Charts</source>
        <translation>&amp;Grafici</translation>
    </message>
    <message>
        <source>&amp;Table</source>
        <translation>&amp;Tabella</translation>
    </message>
    <message>
        <source>Sess&amp;ions</source>
        <translation>Sess&amp;ioni</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Cronologia</translation>
    </message>
    <message>
        <source>&amp;Exercise:</source>
        <translation>&amp;Esercizio:</translation>
    </message>
    <message>
        <source>‹ &amp;Previous week</source>
        <translation>‹ Settimana &amp;precedente</translation>
    </message>
    <message>
        <source>This &amp;week</source>
        <translation>&amp;Questa settimana</translation>
    </message>
    <message>
        <source>&amp;Next week ›</source>
        <translation>Settimana s&amp;uccessiva ›</translation>
    </message>
    <message>
        <source>8 weeks</source>
        <translation>8 settimane</translation>
    </message>
    <message>
        <source>12 weeks</source>
        <translation>12 settimane</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Mostra:</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Riprova</translation>
    </message>
    <message>
        <source>The history could not be read.</source>
        <translation>Non è stato possibile leggere la cronologia.</translation>
    </message>
    <message>
        <source>All exercises</source>
        <translation>Tutti gli esercizi</translation>
    </message>
</context>
<context>
    <name>limber::HistoryTableModel</name>
    <message>
        <source>Week of</source>
        <translation>Settimana del</translation>
    </message>
    <message>
        <source>Left (min)</source>
        <translation>Sinistro (min)</translation>
    </message>
    <message>
        <source>Right (min)</source>
        <translation>Destro (min)</translation>
    </message>
    <message>
        <source>No side (min)</source>
        <translation>Senza lato (min)</translation>
    </message>
    <message>
        <source>Holds</source>
        <translation>Tenute</translation>
    </message>
    <message>
        <source>Longest hold</source>
        <translation>Tenuta più lunga</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessioni</translation>
    </message>
    <message>
        <source>Furthest reach</source>
        <translation>Ampiezza massima</translation>
    </message>
    <message>
        <source>Pain before</source>
        <translation>Dolore prima</translation>
    </message>
    <message>
        <source>Pain after</source>
        <translation>Dolore dopo</translation>
    </message>
</context>
<context>
    <name>limber::HistoryTransfer</name>
    <message>
        <source>daily backup</source>
        <translation>copia giornaliera</translation>
    </message>
    <message>
        <source>before an update of the file format</source>
        <translation>prima di un aggiornamento del formato del file</translation>
    </message>
    <message>
        <source>before an import</source>
        <translation>prima di un&apos;importazione</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>prima di un ripristino</translation>
    </message>
    <message>
        <source>before a session was deleted</source>
        <translation>prima dell&apos;eliminazione di una sessione</translation>
    </message>
    <message>
        <source>Made %1 at %2, %3</source>
        <translation>Creata %1 alle %2, %3</translation>
    </message>
    <message>
        <source>Limber cannot read what this backup holds.</source>
        <translation>Limber non riesce a leggere il contenuto di questa copia di sicurezza.</translation>
    </message>
    <message>
        <source>No sessions.</source>
        <translation>Nessuna sessione.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln session(s)</source>
        <translation>
            <numerusform>%Ln sessione</numerusform>
            <numerusform>%Ln sessioni</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln hold(s)</source>
        <translation>
            <numerusform>%Ln tenuta</numerusform>
            <numerusform>%Ln tenute</numerusform>
        </translation>
    </message>
    <message>
        <source>the last on %1.</source>
        <translation>l&apos;ultima: %1.</translation>
    </message>
    <message>
        <source>File %1</source>
        <translation>File %1</translation>
    </message>
    <message>
        <source>Export holds as CSV</source>
        <translation>Esporta le tenute in CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>File CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exporting your history…</source>
        <translation>Esportazione della cronologia…</translation>
    </message>
    <message>
        <source>Limber: export failed</source>
        <translation>Limber: esportazione non riuscita</translation>
    </message>
    <message>
        <source>Holds written to %1, sessions to %2</source>
        <translation>Tenute scritte in %1, sessioni in %2</translation>
    </message>
    <message>
        <source>Export your whole history</source>
        <translation>Esporta tutta la cronologia</translation>
    </message>
    <message>
        <source>Limber history (*.json)</source>
        <translation>Cronologia di Limber (*.json)</translation>
    </message>
    <message>
        <source>History written to %1</source>
        <translation>Cronologia scritta in %1</translation>
    </message>
    <message>
        <source>Import a Limber history</source>
        <translation>Importa una cronologia di Limber</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importazione…</translation>
    </message>
    <message>
        <source>Limber: import failed</source>
        <translation>Limber: importazione non riuscita</translation>
    </message>
    <message>
        <source>Limber: import finished</source>
        <translation>Limber: importazione completata</translation>
    </message>
    <message numerus="yes">
        <source>Added %Ln session(s)</source>
        <translation>
            <numerusform>Aggiunta %Ln sessione</numerusform>
            <numerusform>Aggiunte %Ln sessioni</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln session(s) were already in your history.</source>
        <translation>
            <numerusform>%Ln sessione era già nella Sua cronologia.</numerusform>
            <numerusform>%Ln sessioni erano già nella Sua cronologia.</numerusform>
        </translation>
    </message>
    <message>
        <source>Limber</source>
        <translation>Limber</translation>
    </message>
    <message>
        <source>Finish or stop the session before restoring a backup.</source>
        <translation>Completi o interrompa la sessione prima di ripristinare una copia di sicurezza.</translation>
    </message>
    <message>
        <source>There are no backups yet.</source>
        <translation>Non ci sono ancora copie di sicurezza.</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Ripristina una copia di sicurezza</translation>
    </message>
    <message>
        <source>Choose the backup to restore, newest first. Your history as it is now is kept as a backup first, so you can go back to it.</source>
        <translation>Scelga la copia di sicurezza da ripristinare (la più recente è in cima). La cronologia attuale viene prima salvata come copia di sicurezza, così potrà tornarci.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Ripristina</translation>
    </message>
    <message>
        <source>Limber: restore failed</source>
        <translation>Limber: ripristino non riuscito</translation>
    </message>
    <message>
        <source>Limber: backup restored</source>
        <translation>Limber: copia di sicurezza ripristinata</translation>
    </message>
    <message>
        <source>The backup is your history now. The history you had before is kept in %1.</source>
        <translation>Ora la Sua cronologia è quella della copia di sicurezza. La cronologia che aveva prima è conservata in %1.</translation>
    </message>
    <message>
        <source>Reading your backups…</source>
        <translation>Lettura delle copie di sicurezza…</translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation>Ripristino della copia di sicurezza…</translation>
    </message>
</context>
<context>
    <name>limber::ItemForm</name>
    <message>
        <source>H&amp;olds per side:</source>
        <translation>&amp;Tenute per lato:</translation>
    </message>
    <message>
        <source>Hold &amp;length:</source>
        <translation>Du&amp;rata della tenuta:</translation>
    </message>
    <message>
        <source>&amp;Get ready:</source>
        <translation>Prepara&amp;zione:</translation>
    </message>
    <message>
        <source>S&amp;witch sides:</source>
        <translation>Cam&amp;bio lato:</translation>
    </message>
    <message>
        <source>R&amp;est after:</source>
        <translation>Riposo d&amp;opo:</translation>
    </message>
    <message>
        <source>H&amp;olds:</source>
        <translation>&amp;Tenute:</translation>
    </message>
    <message>
        <source>Pause bet&amp;ween holds:</source>
        <translation>Pausa &amp;fra le tenute:</translation>
    </message>
    <message>
        <source>Wor&amp;k each side in turn</source>
        <translation>&amp;Alterna i lati</translation>
    </message>
    <message>
        <source>Off: every hold is done the way that is comfortable, without switching sides.</source>
        <translation>Disattivato: ogni tenuta si esegue nel modo più comodo, senza cambiare lato.</translation>
    </message>
    <message>
        <source>Fi&amp;rst side:</source>
        <translation>Primo &amp;lato:</translation>
    </message>
    <message>
        <source>&amp;Begin with the set-up steps</source>
        <translation>Includi anc&amp;he i passi iniziali</translation>
    </message>
    <message>
        <source> s</source>
        <comment>seconds after a number</comment>
        <translation> s</translation>
    </message>
    <message>
        <source>%1 is out of range: use %2 to %3.</source>
        <translation>%1 è fuori dai limiti: usi un valore da %2 a %3.</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Sinistro</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Destro</translation>
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
        <translation>Sessione</translation>
    </message>
    <message>
        <source>The guided session will appear here.</source>
        <translation>Qui comparirà la sessione guidata.</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Cronologia</translation>
    </message>
    <message>
        <source>Minutes held each week, left and right side by side, and how your reach and pain change over time.</source>
        <translation>I minuti di tenuta di ogni settimana, con lato sinistro e destro affiancati, e come cambiano nel tempo ampiezza e dolore.</translation>
    </message>
    <message>
        <source>Routines</source>
        <translation>Routine</translation>
    </message>
    <message>
        <source>Choose the exercises of your routine, how long to hold each one and how often.</source>
        <translation>Scelga gli esercizi della Sua routine, quanto a lungo mantenerli e quante volte.</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Stampa</translation>
    </message>
    <message>
        <source>A sheet of your routine with its pictures and a grid to tick off each day, to pin on the wall.</source>
        <translation>Una scheda della Sua routine con le immagini e una griglia da spuntare ogni giorno, da appendere al muro.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Impostazioni</translation>
    </message>
    <message>
        <source>Sound, voice and breathing choices.</source>
        <translation>Scelte per suoni, voce e respirazione.</translation>
    </message>
    <message>
        <source>Coming soon</source>
        <translation>Prossimamente</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navigazione</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;Oggi</translation>
    </message>
    <message>
        <source>Today&apos;s routine and the Start button</source>
        <translation>La routine di oggi e il pulsante Inizia</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Cronologia</translation>
    </message>
    <message>
        <source>Your weekly hold history</source>
        <translation>La cronologia settimanale delle Sue tenute</translation>
    </message>
    <message>
        <source>&amp;Routines</source>
        <translation>&amp;Routine</translation>
    </message>
    <message>
        <source>Choose and edit routines</source>
        <translation>Scelta e modifica delle routine</translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation>&amp;Stampa</translation>
    </message>
    <message>
        <source>Print a routine sheet</source>
        <translation>Stampa di una scheda della routine</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>I&amp;mpostazioni</translation>
    </message>
    <message>
        <source>Sound, voice and breathing</source>
        <translation>Suoni, voce e respirazione</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Esci</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Visualizza</translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation>Schermo &amp;intero</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aiuto</translation>
    </message>
</context>
<context>
    <name>limber::PdfExport</name>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>File PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>limber::PdfSavedDialog</name>
    <message>
        <source>PDF Saved</source>
        <translation>PDF salvato</translation>
    </message>
    <message>
        <source>It was saved as:</source>
        <translation>È stato salvato come:</translation>
    </message>
    <message>
        <source>Saved file</source>
        <translation>File salvato</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Apri</translation>
    </message>
    <message>
        <source>Open the PDF in your PDF viewer</source>
        <translation>Apri il PDF nel visualizzatore di PDF</translation>
    </message>
    <message>
        <source>Show in &amp;Folder</source>
        <translation>Mostra nella &amp;cartella</translation>
    </message>
    <message>
        <source>Open the folder that holds the PDF</source>
        <translation>Apri la cartella che contiene il PDF</translation>
    </message>
    <message>
        <source>No program could open the PDF. Use Show in Folder and open it from there, or copy its name from above.</source>
        <translation>Nessun programma è riuscito ad aprire il PDF. Usi Mostra nella cartella e lo apra da lì, oppure copi il suo nome qui sopra.</translation>
    </message>
    <message>
        <source>No file manager could open the folder. Copy the file&apos;s name from above instead.</source>
        <translation>Nessun gestore di file è riuscito ad aprire la cartella. Copi invece il nome del file qui sopra.</translation>
    </message>
</context>
<context>
    <name>limber::PrintModule</name>
    <message>
        <source>Limber&apos;s printing part (limber-print) is missing or damaged, so Limber cannot print. Saving the sheet as a PDF still works, to print it from another program. Reinstalling Limber brings printing back.</source>
        <translation>La parte di stampa di Limber (limber-print) manca o è danneggiata, quindi Limber non può stampare. La scheda si può ancora salvare come PDF, per stamparla da un altro programma. Reinstallando Limber la stampa torna.</translation>
    </message>
</context>
<context>
    <name>limber::PrintPage</name>
    <message>
        <source>Print a routine sheet</source>
        <translation>Stampa una scheda della routine</translation>
    </message>
    <message>
        <source>A page to pin on the wall: the pictures, the steps, what to take care of and the holds. Add the week grid to tick off each hold by hand.</source>
        <translation>Una pagina da appendere al muro: le immagini, i passi, a cosa fare attenzione e le tenute. Aggiunga la griglia settimanale per spuntare a mano ogni tenuta.</translation>
    </message>
    <message>
        <source>Routine to print</source>
        <translation>Routine da stampare</translation>
    </message>
    <message>
        <source>Add a week grid to tick off by hand</source>
        <translation>Aggiungi una griglia settimanale da spuntare a mano</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Stampa…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Salva come PDF…</translation>
    </message>
    <message>
        <source>&amp;Routine:</source>
        <translation>&amp;Routine:</translation>
    </message>
</context>
<context>
    <name>limber::PrintSheetCommand</name>
    <message>
        <source>Some content files were skipped:</source>
        <translation>Alcuni file di contenuto sono stati saltati:</translation>
    </message>
</context>
<context>
    <name>limber::ProgressController</name>
    <message>
        <source>Hold targets</source>
        <translation>Obiettivi di tenuta</translation>
    </message>
</context>
<context>
    <name>limber::ProgressPanel</name>
    <message>
        <source>&amp;Read about it</source>
        <translation>&amp;Leggi di più</translation>
    </message>
    <message>
        <source>&amp;Add to this routine</source>
        <translation>A&amp;ggiungi a questa routine</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Non ora</translation>
    </message>
    <message>
        <source>Not now: do not suggest this exercise again</source>
        <translation>Non ora: non suggerire più questo esercizio</translation>
    </message>
    <message>
        <source>Hold &amp;targets…</source>
        <translation>Obiettivi di &amp;tenuta…</translation>
    </message>
    <message>
        <source>See and change how long and how often each exercise is held</source>
        <translation>Mostra e modifica quanto a lungo e quante volte si mantiene ogni esercizio</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Accetta</translation>
    </message>
    <message>
        <source>Accept the new target for %1</source>
        <translation>Accetta il nuovo obiettivo per %1</translation>
    </message>
    <message>
        <source>Keep the target for %1</source>
        <translation>Mantieni l&apos;obiettivo per %1</translation>
    </message>
    <message>
        <source>Read about %1</source>
        <translation>Leggi di più su %1</translation>
    </message>
    <message>
        <source>Add %1 to this routine</source>
        <translation>Aggiungi %1 a questa routine</translation>
    </message>
</context>
<context>
    <name>limber::RecordingNotice</name>
    <message>
        <source>Recording is off</source>
        <translation>Registrazione disattivata</translation>
    </message>
    <message>
        <source>Try Again</source>
        <translation>Riprova</translation>
    </message>
    <message>
        <source>Check again whether Limber can write to your history</source>
        <translation>Verifica di nuovo se Limber può scrivere nella Sua cronologia</translation>
    </message>
</context>
<context>
    <name>limber::ReminderBar</name>
    <message>
        <source>Reminder</source>
        <translation>Promemoria</translation>
    </message>
    <message>
        <source>Dismiss this reminder</source>
        <translation>Ignora questo promemoria</translation>
    </message>
    <message>
        <source>Dismiss reminder</source>
        <translation>Ignora il promemoria</translation>
    </message>
</context>
<context>
    <name>limber::ReminderController</name>
    <message>
        <source>Time for a stretch</source>
        <translation>È il momento di un allungamento</translation>
    </message>
    <message>
        <source>A good moment for a short stretch.</source>
        <translation>Un buon momento per un breve allungamento.</translation>
    </message>
    <message>
        <source>A good moment for “%1”.</source>
        <translation>Un buon momento per “%1”.</translation>
    </message>
    <message>
        <source>A good moment for “%1” — it takes under a minute.</source>
        <translation>Un buon momento per “%1” — dura meno di un minuto.</translation>
    </message>
    <message numerus="yes">
        <source>A good moment for “%1” — about %n minute(s).</source>
        <translation>
            <numerusform>Un buon momento per “%1” — circa %n minuto.</numerusform>
            <numerusform>Un buon momento per “%1” — circa %n minuti.</numerusform>
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
        <translation>Limber resta attivo nell&apos;area di notifica per ricordarLe gli esercizi; per chiuderlo scelga Esci dal suo menu.</translation>
    </message>
</context>
<context>
    <name>limber::RemindersSection</name>
    <message>
        <source>Reminders</source>
        <translation>Promemoria</translation>
    </message>
    <message>
        <source>Re&amp;mind me to take stretch breaks</source>
        <translation>&amp;Promemoria per le pause di allungamento</translation>
    </message>
    <message>
        <source>Remind me to take stretch breaks</source>
        <translation>Promemoria per le pause di allungamento</translation>
    </message>
    <message>
        <source>When reminders come</source>
        <translation>Quando arrivano i promemoria</translation>
    </message>
    <message>
        <source>At set times of day</source>
        <translation>A orari fissi</translation>
    </message>
    <message>
        <source>Every so many minutes</source>
        <translation>A intervalli regolari</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;Quando:</translation>
    </message>
    <message>
        <source>&amp;Days:</source>
        <translation>&amp;Giorni:</translation>
    </message>
    <message>
        <source>Most reminders a day</source>
        <translation>Numero massimo di promemoria al giorno</translation>
    </message>
    <message>
        <source> a day</source>
        <translation> al giorno</translation>
    </message>
    <message>
        <source>At mo&amp;st:</source>
        <translation>Al ma&amp;ssimo:</translation>
    </message>
    <message>
        <source>Routine a reminder offers</source>
        <translation>Routine proposta dal promemoria</translation>
    </message>
    <message>
        <source>W&amp;hich routine:</source>
        <translation>Quale &amp;routine:</translation>
    </message>
    <message>
        <source>Start Limber when I lo&amp;g in</source>
        <translation>Avvia Limber all&apos;acc&amp;esso</translation>
    </message>
    <message>
        <source>Start Limber when I log in</source>
        <translation>Avvia Limber all&apos;accesso</translation>
    </message>
    <message>
        <source>Limber starts quietly in the background, so reminders come without opening it.</source>
        <translation>Limber si avvia in silenzio in secondo piano, così i promemoria arrivano senza doverlo aprire.</translation>
    </message>
    <message>
        <source>Reminder times</source>
        <translation>Orari dei promemoria</translation>
    </message>
    <message>
        <source>Time to add</source>
        <translation>Orario da aggiungere</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>Aggiu&amp;ngi</translation>
    </message>
    <message>
        <source>Add this time</source>
        <translation>Aggiungi questo orario</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>Ri&amp;muovi</translation>
    </message>
    <message>
        <source>Remove the selected time</source>
        <translation>Rimuovi l&apos;orario selezionato</translation>
    </message>
    <message>
        <source>&amp;Times:</source>
        <translation>&amp;Orari:</translation>
    </message>
    <message>
        <source>Minutes between reminders</source>
        <translation>Minuti tra un promemoria e l&apos;altro</translation>
    </message>
    <message>
        <source> min</source>
        <comment>minutes</comment>
        <translation> min</translation>
    </message>
    <message>
        <source>&amp;Every:</source>
        <translation>&amp;Ogni:</translation>
    </message>
    <message>
        <source>Reminders from</source>
        <translation>Promemoria dalle</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Dalle:</translation>
    </message>
    <message>
        <source>Reminders until</source>
        <translation>Promemoria fino alle</translation>
    </message>
    <message>
        <source>U&amp;ntil:</source>
        <translation>Fi&amp;no alle:</translation>
    </message>
    <message>
        <source>Choose an end after the start: until then no reminders come.</source>
        <translation>Scelga un orario di fine successivo a quello di inizio: finché non lo fa, non arriveranno promemoria.</translation>
    </message>
</context>
<context>
    <name>limber::ReportCommand</name>
    <message>
        <source>--weeks takes a whole number of weeks from %1 to %2.</source>
        <translation>--weeks richiede un numero intero di settimane da %1 a %2.</translation>
    </message>
    <message>
        <source>--report needs the name of the PDF file to write.</source>
        <translation>--report richiede il nome del file PDF da scrivere.</translation>
    </message>
</context>
<context>
    <name>limber::ReportPrinter</name>
    <message>
        <source>Export Progress Report</source>
        <translation>Esporta il resoconto dei progressi</translation>
    </message>
    <message>
        <source>Progress Report</source>
        <translation>Resoconto dei progressi</translation>
    </message>
    <message>
        <source>The progress report is saved.</source>
        <translation>Il resoconto dei progressi è stato salvato.</translation>
    </message>
    <message>
        <source>There is nothing to report yet. A progress report can be made once a session has been recorded.</source>
        <translation>Non c&apos;è ancora niente da riportare. Il resoconto dei progressi si può creare dopo aver registrato almeno una sessione.</translation>
    </message>
    <message>
        <source>Progress report %1</source>
        <translation>Resoconto dei progressi %1</translation>
    </message>
</context>
<context>
    <name>limber::RoutineController</name>
    <message>
        <source>Your routines are being read…</source>
        <translation>Lettura delle Sue routine in corso…</translation>
    </message>
    <message>
        <source>Your history could not be opened, so your own routines cannot be kept. The bundled routines can still be started.</source>
        <translation>Non è stato possibile aprire la Sua cronologia, quindi le Sue routine non possono essere conservate. Le routine incluse si possono comunque avviare.</translation>
    </message>
    <message>
        <source>Your routines cannot be changed: the history is not open.</source>
        <translation>Le Sue routine non si possono modificare: la cronologia non è aperta.</translation>
    </message>
    <message>
        <source>The routine “%1” is not there any more.</source>
        <translation>La routine “%1” non c&apos;è più.</translation>
    </message>
    <message>
        <source>“%1” already has %2 exercises, as many as a routine can hold.</source>
        <translation>“%1” ha già %2 esercizi, il massimo che una routine può contenere.</translation>
    </message>
    <message>
        <source>%1 (my copy)</source>
        <translation>%1 (mia copia)</translation>
    </message>
    <message>
        <source>Routines</source>
        <translation>Routine</translation>
    </message>
</context>
<context>
    <name>limber::RoutineEditor</name>
    <message>
        <source>Routine name</source>
        <translation>Nome della routine</translation>
    </message>
    <message>
        <source>This routine comes with Limber and cannot be changed. Duplicate it to make your own version.</source>
        <translation>Questa routine è inclusa in Limber e non si può modificare. La duplichi per crearne una Sua versione.</translation>
    </message>
    <message>
        <source>Exercises, in order</source>
        <translation>Esercizi, in ordine</translation>
    </message>
    <message>
        <source>Exercises in this routine</source>
        <translation>Esercizi di questa routine</translation>
    </message>
    <message>
        <source>Plan for the selected exercise</source>
        <translation>Piano dell&apos;esercizio selezionato</translation>
    </message>
    <message>
        <source>Add an exercise, then choose how long and how often to hold it.</source>
        <translation>Aggiunga un esercizio, poi scelga quanto a lungo e quante volte mantenerlo.</translation>
    </message>
    <message>
        <source>&amp;Add exercise…</source>
        <translation>Aggiungi &amp;esercizio…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Rimuovi</translation>
    </message>
    <message>
        <source>Remove the selected exercise (Delete)</source>
        <translation>Rimuovi l&apos;esercizio selezionato (Canc)</translation>
    </message>
    <message>
        <source>Move u&amp;p</source>
        <translation>Sposta s&amp;u</translation>
    </message>
    <message>
        <source>Move the selected exercise earlier (Alt+Up)</source>
        <translation>Sposta l&apos;esercizio selezionato più in alto (Alt+Up)</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>Sposta &amp;giù</translation>
    </message>
    <message>
        <source>Move the selected exercise later (Alt+Down)</source>
        <translation>Sposta l&apos;esercizio selezionato più in basso (Alt+Down)</translation>
    </message>
    <message>
        <source>About this exercise</source>
        <translation>Informazioni sull&apos;esercizio</translation>
    </message>
    <message>
        <source>What the selected exercise does and how to do it well (F1)</source>
        <translation>Cosa fa l&apos;esercizio selezionato e come eseguirlo bene (F1)</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n exercise(s)</source>
        <translation>
            <numerusform>%1 · %n esercizio</numerusform>
            <numerusform>%1 · %n esercizi</numerusform>
        </translation>
    </message>
    <message>
        <source>A routine holds at most %1 exercises.</source>
        <translation>Una routine contiene al massimo %1 esercizi.</translation>
    </message>
    <message>
        <source>Select an exercise to change its plan.</source>
        <translation>Selezioni un esercizio per modificarne il piano.</translation>
    </message>
    <message>
        <source>Add at least one exercise: a routine without exercises cannot be kept or started.</source>
        <translation>Aggiunga almeno un esercizio: una routine senza esercizi non può essere conservata né avviata.</translation>
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
        <translation>Prima il destro</translation>
    </message>
    <message>
        <source>Left first</source>
        <translation>Prima il sinistro</translation>
    </message>
    <message numerus="yes">
        <source>%n hold(s) each side</source>
        <translation>
            <numerusform>%n tenuta per lato</numerusform>
            <numerusform>%n tenute per lato</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hold(s)</source>
        <translation>
            <numerusform>%n tenuta</numerusform>
            <numerusform>%n tenute</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2 s each</source>
        <translation>%1, %2 s ciascuna</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Esercizio</translation>
    </message>
    <message>
        <source>Holds</source>
        <translation>Tenute</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Tenuta</translation>
    </message>
    <message>
        <source>Get ready</source>
        <translation>Preparazione</translation>
    </message>
    <message>
        <source>Switch</source>
        <translation>Cambio lato</translation>
    </message>
    <message>
        <source>Rest after</source>
        <translation>Riposo dopo</translation>
    </message>
    <message>
        <source>First side</source>
        <translation>Primo lato</translation>
    </message>
    <message>
        <source>Sides</source>
        <translation>Lati</translation>
    </message>
    <message>
        <source>Set-up steps</source>
        <translation>Passi iniziali</translation>
    </message>
</context>
<context>
    <name>limber::RoutineEdits</name>
    <message>
        <source>New routine</source>
        <translation>Nuova routine</translation>
    </message>
    <message>
        <source>New routine “%1”</source>
        <translation>Nuova routine “%1”</translation>
    </message>
    <message>
        <source>%1 (my copy)</source>
        <translation>%1 (mia copia)</translation>
    </message>
    <message>
        <source>Duplicate “%1”</source>
        <translation>Duplica “%1”</translation>
    </message>
    <message>
        <source>Delete “%1”</source>
        <translation>Elimina “%1”</translation>
    </message>
    <message>
        <source>Change “%1”</source>
        <translation>Modifica “%1”</translation>
    </message>
    <message>
        <source>Rename “%1” to “%2”</source>
        <translation>Rinomina “%1” in “%2”</translation>
    </message>
</context>
<context>
    <name>limber::RoutineFile</name>
    <message>
        <source>Limber could not write the routine to %1 (%2). Choose a folder you may write to, and check that the disk has free space.</source>
        <translation>Limber non è riuscito a scrivere la routine in %1 (%2). Scelga una cartella in cui abbia i permessi di scrittura e verifichi che sul disco ci sia spazio libero.</translation>
    </message>
</context>
<context>
    <name>limber::RoutineListModel</name>
    <message>
        <source>comes with Limber</source>
        <translation>inclusa in Limber</translation>
    </message>
    <message>
        <source>today&apos;s routine</source>
        <translation>routine di oggi</translation>
    </message>
    <message>
        <source>No exercises yet; add one to keep this routine</source>
        <translation>Ancora nessun esercizio; ne aggiunga uno per conservare questa routine</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Oggi</translation>
    </message>
    <message>
        <source>Built in</source>
        <translation>Inclusa</translation>
    </message>
</context>
<context>
    <name>limber::RoutineListPanel</name>
    <message>
        <source>Routines</source>
        <translation>Routine</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nuova</translation>
    </message>
    <message>
        <source>Make a new routine (Ctrl+N)</source>
        <translation>Crea una nuova routine (Ctrl+N)</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>&amp;Duplica</translation>
    </message>
    <message>
        <source>Make your own copy of the selected routine</source>
        <translation>Crea una Sua copia della routine selezionata</translation>
    </message>
    <message>
        <source>Rena&amp;me</source>
        <translation>Rino&amp;mina</translation>
    </message>
    <message>
        <source>Change the routine&apos;s name (F2)</source>
        <translation>Cambia il nome della routine (F2)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Elimina</translation>
    </message>
    <message>
        <source>Delete the selected routine (Delete); Ctrl+Z brings it back</source>
        <translation>Elimina la routine selezionata (Canc); Ctrl+Z la ripristina</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>Im&amp;porta…</translation>
    </message>
    <message>
        <source>Add a routine from a .json file</source>
        <translation>Aggiungi una routine da un file .json</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;sporta…</translation>
    </message>
    <message>
        <source>Save the selected routine as a .json file to share or keep</source>
        <translation>Salva la routine selezionata come file .json da condividere o conservare</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>Bring back what was just changed (Ctrl+Z)</source>
        <translation>Annulla l&apos;ultima modifica (Ctrl+Z)</translation>
    </message>
</context>
<context>
    <name>limber::RoutinesPage</name>
    <message>
        <source>Routines</source>
        <translation>Routine</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Inizia</translation>
    </message>
    <message>
        <source>Start a session with this routine (Enter in the list)</source>
        <translation>Inizia una sessione con questa routine (Invio nell&apos;elenco)</translation>
    </message>
    <message>
        <source>Use as &amp;today&apos;s routine</source>
        <translation>Usa &amp;come routine di oggi</translation>
    </message>
    <message>
        <source>The Today page and &quot;limber --start&quot; begin this routine</source>
        <translation>La pagina Oggi e &quot;limber --start&quot; avviano questa routine</translation>
    </message>
    <message>
        <source>Routine files (*.json)</source>
        <translation>File di routine (*.json)</translation>
    </message>
    <message>
        <source>Import a routine</source>
        <translation>Importa una routine</translation>
    </message>
    <message>
        <source>Export the routine</source>
        <translation>Esporta la routine</translation>
    </message>
    <message>
        <source>This is today&apos;s routine</source>
        <translation>Questa è la routine di oggi</translation>
    </message>
    <message>
        <source>Deleted “%1”.</source>
        <translation>“%1” eliminata.</translation>
    </message>
</context>
<context>
    <name>limber::SafetyNotice</name>
    <message>
        <source>Safety notice</source>
        <translation>Avvertenze di sicurezza</translation>
    </message>
    <message>
        <source>Before you stretch</source>
        <translation>Prima degli allungamenti</translation>
    </message>
    <message>
        <source>I understand</source>
        <translation>Ho capito</translation>
    </message>
    <message>
        <source>Quit Limber</source>
        <translation>Esci da Limber</translation>
    </message>
    <message>
        <source>Limber guides you through gentle stretches. It is not medical advice and does not replace your doctor or physiotherapist.</source>
        <translation>Limber La guida in allungamenti delicati. Non è un parere medico e non sostituisce il Suo medico o fisioterapista.</translation>
    </message>
    <message>
        <source>Ask your doctor before you start a new routine.</source>
        <translation>Chieda al Suo medico prima di iniziare una nuova routine.</translation>
    </message>
    <message>
        <source>Move slowly, and only as far as is comfortable. A gentle pull is fine; forcing is not.</source>
        <translation>Si muova lentamente e solo fin dove è comodo. Una leggera tensione va bene; forzare no.</translation>
    </message>
    <message>
        <source>Stop if the pain is sharp, or if it keeps growing.</source>
        <translation>Si fermi se il dolore è acuto o se continua ad aumentare.</translation>
    </message>
</context>
<context>
    <name>limber::SelfReportPanel</name>
    <message>
        <source>Pain now, from 0 (none) to 10 (worst):</source>
        <translation>Dolore ora, da 0 (nessuno) a 10 (il peggiore):</translation>
    </message>
    <message>
        <source>A note for your history (optional):</source>
        <translation>Una nota per la Sua cronologia (facoltativa):</translation>
    </message>
    <message>
        <source>e.g. knees felt stiff</source>
        <translation>ad es. ginocchia rigide</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>How far did you get?</source>
        <translation>Fin dove è arrivato l&apos;allungamento?</translation>
    </message>
</context>
<context>
    <name>limber::SessionControls</name>
    <message>
        <source>Back</source>
        <translation>Indietro</translation>
    </message>
    <message>
        <source>Back to the start of this step</source>
        <translation>Torna all&apos;inizio di questo passo</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Salta</translation>
    </message>
    <message>
        <source>Skip to the next step</source>
        <translation>Salta al passo successivo</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Aiuto</translation>
    </message>
    <message>
        <source>How to do this exercise</source>
        <translation>Come eseguire questo esercizio</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Interrompi</translation>
    </message>
    <message>
        <source>Stop the session</source>
        <translation>Interrompi la sessione</translation>
    </message>
    <message>
        <source>It hurts — stop</source>
        <translation>Fa male — interrompi</translation>
    </message>
    <message>
        <source>It hurts: stop the session</source>
        <translation>Fa male: interrompi la sessione</translation>
    </message>
    <message>
        <source>Leave full screen, or stop the session</source>
        <translation>Esci dallo schermo intero o interrompi la sessione</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Riprendi</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <source>Resume the session</source>
        <translation>Riprendi la sessione</translation>
    </message>
    <message>
        <source>Pause the session</source>
        <translation>Metti in pausa la sessione</translation>
    </message>
    <message>
        <source>+%1 s</source>
        <translation>+%1 s</translation>
    </message>
    <message numerus="yes">
        <source>Add %n second(s) to this hold</source>
        <translation>
            <numerusform>Aggiungi %n secondo a questa tenuta</numerusform>
            <numerusform>Aggiungi %n secondi a questa tenuta</numerusform>
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
        <translation>Apertura della cronologia… la sessione inizia tra un momento.</translation>
    </message>
    <message>
        <source>The routine “%1” cannot be started: %2</source>
        <translation>Impossibile avviare la routine “%1”: %2</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Limber: %1</source>
        <translation>Limber: %1</translation>
    </message>
    <message>
        <source>Limber stays open on its start page: choose a routine there, or press Start.</source>
        <translation>Limber resta aperto sulla pagina iniziale: scelga lì una routine, oppure prema Inizia.</translation>
    </message>
    <message>
        <source>A session is already running; finish or stop it to start another.</source>
        <translation>È già in corso una sessione; la completi o la interrompa per avviarne un&apos;altra.</translation>
    </message>
    <message>
        <source>Limber: some content was skipped</source>
        <translation>Limber: alcuni contenuti sono stati ignorati</translation>
    </message>
    <message>
        <source>Some of your own content files have problems and were not loaded. Everything else works. Fix the files, then start Limber again.</source>
        <translation>Alcuni dei Suoi file di contenuti presentano problemi e non sono stati caricati. Tutto il resto funziona. Corregga i file, poi riavvii Limber.</translation>
    </message>
</context>
<context>
    <name>limber::SessionList</name>
    <message>
        <source>Sessions of the weeks shown</source>
        <translation>Sessioni delle settimane mostrate</translation>
    </message>
    <message>
        <source>&amp;Delete Session…</source>
        <translation>E&amp;limina sessione…</translation>
    </message>
</context>
<context>
    <name>limber::SessionPage</name>
    <message>
        <source>Guided session</source>
        <translation>Sessione guidata</translation>
    </message>
    <message>
        <source>Pain right now, 0–10 (optional)</source>
        <translation>Dolore ora, 0–10 (facoltativo)</translation>
    </message>
</context>
<context>
    <name>limber::SessionScreen</name>
    <message>
        <source>Instruction</source>
        <translation>Istruzione</translation>
    </message>
    <message>
        <source>Caution</source>
        <translation>Attenzione</translation>
    </message>
    <message>
        <source>Spoken cue</source>
        <translation>Indicazione vocale</translation>
    </message>
</context>
<context>
    <name>limber::SessionSummaryView</name>
    <message>
        <source>How to come out of the stretch</source>
        <translation>Come uscire dall&apos;allungamento</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fatto</translation>
    </message>
    <message>
        <source>Done: back to the start page</source>
        <translation>Fatto: torna alla pagina iniziale</translation>
    </message>
    <message>
        <source>Back to the start page (Enter)</source>
        <translation>Torna alla pagina iniziale (Invio)</translation>
    </message>
    <message>
        <source>No holds done this time</source>
        <translation>Questa volta nessuna tenuta completata</translation>
    </message>
    <message>
        <source>You skipped to the end without holding a stretch to its end, so this session does not count as done.</source>
        <translation>Ha saltato fino alla fine senza mantenere nessun allungamento fino in fondo, quindi questa sessione non conta come completata.</translation>
    </message>
    <message>
        <source>Well done</source>
        <translation>Ottimo lavoro</translation>
    </message>
    <message>
        <source>You reached the end of the routine, with some holds skipped or cut short.</source>
        <translation>Ha raggiunto la fine della routine, con alcune tenute saltate o accorciate.</translation>
    </message>
    <message>
        <source>You finished the whole routine.</source>
        <translation>Ha completato tutta la routine.</translation>
    </message>
    <message>
        <source>Session stopped</source>
        <translation>Sessione interrotta</translation>
    </message>
    <message>
        <source>You stopped before the end. What you held still counts.</source>
        <translation>Ha interrotto prima della fine. Le tenute fatte contano comunque.</translation>
    </message>
    <message>
        <source>Stopped because it hurt</source>
        <translation>Interrotta perché faceva male</translation>
    </message>
    <message>
        <source>Rest now. If the pain is sharp or keeps growing, do not go on with the exercise and ask your doctor.</source>
        <translation>Ora riposi. Se il dolore è acuto o continua ad aumentare, non prosegua con l&apos;esercizio e chieda al Suo medico.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n hold(s)</source>
        <translation>
            <numerusform>%1: %n tenuta</numerusform>
            <numerusform>%1: %n tenute</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hold(s) done</source>
        <translation>
            <numerusform>%n tenuta completata</numerusform>
            <numerusform>%n tenute completate</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hold(s) cut short</source>
        <translation>
            <numerusform>%n tenuta accorciata</numerusform>
            <numerusform>%n tenute accorciate</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hold(s) skipped</source>
        <translation>
            <numerusform>%n tenuta saltata</numerusform>
            <numerusform>%n tenute saltate</numerusform>
        </translation>
    </message>
    <message>
        <source>No holds this time.</source>
        <translation>Nessuna tenuta questa volta.</translation>
    </message>
    <message>
        <source>Time holding: %1</source>
        <translation>Tempo di tenuta: %1</translation>
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
        <translation>Completata</translation>
    </message>
    <message>
        <source>Stopped early</source>
        <translation>Conclusa in anticipo</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Interrotta</translation>
    </message>
    <message>
        <source>Running now</source>
        <translation>In corso</translation>
    </message>
    <message>
        <source>Began</source>
        <translation>Inizio</translation>
    </message>
    <message>
        <source>Exercises</source>
        <translation>Esercizi</translation>
    </message>
    <message>
        <source>Holds</source>
        <translation>Tenute</translation>
    </message>
    <message>
        <source>Time held</source>
        <translation>Tempo di tenuta</translation>
    </message>
    <message>
        <source>How it ended</source>
        <translation>Come è finita</translation>
    </message>
</context>
<context>
    <name>limber::Settings</name>
    <message>
        <source>Your settings could not be saved to %1: the file cannot be written. Check that the folder exists and that you may write to it.</source>
        <translation>Non è stato possibile salvare le Sue impostazioni in %1: il file non è scrivibile. Verifichi che la cartella esista e di avere i permessi di scrittura.</translation>
    </message>
    <message>
        <source>Your settings file %1 is damaged. Move it aside and restart Limber to start again with the defaults.</source>
        <translation>Il file delle impostazioni %1 è danneggiato. Lo sposti altrove e riavvii Limber per ripartire con le impostazioni predefinite.</translation>
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
        <translation>Impostazioni</translation>
    </message>
    <message>
        <source>Test sound</source>
        <translation>Prova l&apos;audio</translation>
    </message>
    <message>
        <source>Plays a tone and says a sample sentence at the chosen volume.</source>
        <translation>Riproduce un segnale acustico e pronuncia una frase di prova al volume scelto.</translation>
    </message>
    <message>
        <source>Sound</source>
        <translation>Audio</translation>
    </message>
    <message>
        <source>Play a tone at each change</source>
        <translation>Riproduci un segnale acustico a ogni cambio</translation>
    </message>
    <message>
        <source>Speak the instructions aloud</source>
        <translation>Leggi le istruzioni ad alta voce</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>Voce</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Predefinita di sistema</translation>
    </message>
    <message>
        <source>&amp;Voice:</source>
        <translation>Vo&amp;ce:</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volume</translation>
    </message>
    <message>
        <source>V&amp;olume:</source>
        <translation>Vol&amp;ume:</translation>
    </message>
    <message>
        <source>Countdown before a hold ends</source>
        <translation>Conto alla rovescia prima della fine di una tenuta</translation>
    </message>
    <message>
        <source>Spoken numbers</source>
        <translation>Numeri pronunciati</translation>
    </message>
    <message>
        <source>Tones</source>
        <translation>Segnali acustici</translation>
    </message>
    <message>
        <source>&amp;Countdown:</source>
        <translation>Con&amp;to alla rovescia:</translation>
    </message>
    <message>
        <source>Breathing</source>
        <translation>Respirazione</translation>
    </message>
    <message>
        <source>Soft tones to breathe by</source>
        <translation>Suoni leggeri per scandire il respiro</translation>
    </message>
    <message>
        <source>Breathe in, seconds</source>
        <translation>Inspirazione, secondi</translation>
    </message>
    <message>
        <source>Breathe &amp;in:</source>
        <translation>&amp;Inspirazione:</translation>
    </message>
    <message>
        <source>Breathe out, seconds</source>
        <translation>Espirazione, secondi</translation>
    </message>
    <message>
        <source>Breathe o&amp;ut:</source>
        <translation>Espira&amp;zione:</translation>
    </message>
    <message>
        <source>Show the breathing guide during holds</source>
        <translation>Mostra la guida al respiro durante le tenute</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Spoken instructions cannot be used on this computer.</source>
        <translation>Le istruzioni vocali non si possono usare su questo computer.</translation>
    </message>
    <message>
        <source>Playing…</source>
        <translation>Riproduzione…</translation>
    </message>
    <message>
        <source>Playing a tone and a sentence…</source>
        <translation>Riproduzione di un segnale acustico e di una frase…</translation>
    </message>
    <message>
        <source>Playing a tone…</source>
        <translation>Riproduzione di un segnale acustico…</translation>
    </message>
    <message>
        <source>Saying a sentence…</source>
        <translation>Pronuncia di una frase…</translation>
    </message>
    <message>
        <source>Testing the sound…</source>
        <translation>Prova dell&apos;audio in corso…</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Lingua</translation>
    </message>
    <message>
        <source>As the system (%1)</source>
        <translation>Come il sistema (%1)</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Lingua:</translation>
    </message>
    <message>
        <source>Limber will be in %1 the next time it starts.</source>
        <translation>Al prossimo avvio Limber sarà in %1.</translation>
    </message>
</context>
<context>
    <name>limber::SheetPrinter</name>
    <message>
        <source>Export Routine Sheet</source>
        <translation>Esporta la scheda della routine</translation>
    </message>
    <message>
        <source>Routine Sheet</source>
        <translation>Scheda della routine</translation>
    </message>
    <message>
        <source>The routine sheet is saved.</source>
        <translation>La scheda della routine è stata salvata.</translation>
    </message>
    <message>
        <source>Print Routine Sheet</source>
        <translation>Stampa la scheda della routine</translation>
    </message>
    <message>
        <source>Routine sheet</source>
        <translation>Scheda della routine</translation>
    </message>
</context>
<context>
    <name>limber::ShortcutsWindow</name>
    <message>
        <source>Keyboard Shortcuts — Limber</source>
        <translation>Scorciatoie da tastiera — Limber</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Scorciatoie da tastiera</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasti</translation>
    </message>
    <message>
        <source>What they do</source>
        <translation>Funzione</translation>
    </message>
</context>
<context>
    <name>limber::SideBadge</name>
    <message>
        <source>Side</source>
        <translation>Lato</translation>
    </message>
</context>
<context>
    <name>limber::SpeechPreparation</name>
    <message>
        <source>No speech engine is installed.</source>
        <translation>Non è installato nessun motore vocale.</translation>
    </message>
    <message>
        <source>No speech engine is installed, so cues are given by tones and on screen instead of by voice.</source>
        <translation>Non è installato nessun motore vocale, quindi le indicazioni vengono date con segnali acustici e sullo schermo invece che a voce.</translation>
    </message>
    <message>
        <source>Cues are given by tones and on screen instead.</source>
        <translation>Le indicazioni vengono date invece con segnali acustici e sullo schermo.</translation>
    </message>
    <message>
        <source>No voice for %1 is installed (espeak-ng-data).</source>
        <translation>Non è installata nessuna voce per %1 (espeak-ng-data).</translation>
    </message>
    <message>
        <source>The speech engine has no voice for %1, so cues are given by tones and on screen instead.</source>
        <translation>Il motore vocale non ha una voce per %1, quindi le indicazioni vengono date con segnali acustici e sullo schermo invece che a voce.</translation>
    </message>
</context>
<context>
    <name>limber::StartPage</name>
    <message>
        <source>Today&apos;s routine</source>
        <translation>Routine di oggi</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Inizia</translation>
    </message>
    <message>
        <source>Start the session</source>
        <translation>Inizia la sessione</translation>
    </message>
    <message>
        <source>Begin today&apos;s routine (Space or Enter)</source>
        <translation>Inizia la routine di oggi (Spazio o Invio)</translation>
    </message>
    <message>
        <source>&amp;Change routine:</source>
        <translation>&amp;Cambia routine:</translation>
    </message>
    <message>
        <source>Pain right now, from 0 (none) to 10 (worst) — optional:</source>
        <translation>Dolore ora, da 0 (nessuno) a 10 (il peggiore) — facoltativo:</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>No sessions yet. Your first one starts with a single press.</source>
        <translation>Ancora nessuna sessione. Per la prima basta premere Inizia.</translation>
    </message>
</context>
<context>
    <name>limber::StopConfirmation</name>
    <message>
        <source>Stop the session?</source>
        <translation>Interrompere la sessione?</translation>
    </message>
    <message>
        <source>Holds done so far are kept.</source>
        <translation>Le tenute completate finora vengono conservate.</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Interrompi</translation>
    </message>
    <message>
        <source>Stop the session now</source>
        <translation>Interrompi ora la sessione</translation>
    </message>
    <message>
        <source>Keep going</source>
        <translation>Continua</translation>
    </message>
    <message>
        <source>Keep going with the session</source>
        <translation>Continua la sessione</translation>
    </message>
</context>
<context>
    <name>limber::TargetsDialog</name>
    <message>
        <source>Hold targets — %1</source>
        <translation>Obiettivi di tenuta — %1</translation>
    </message>
    <message>
        <source>How long each hold lasts and how many holds each exercise has. Limber suggests a change when your sessions call for one; here you can set one yourself.</source>
        <translation>Quanto dura ogni tenuta e quante tenute ha ogni esercizio. Limber suggerisce una modifica quando le Sue sessioni lo richiedono; qui può impostarla Lei.</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Esercizio</translation>
    </message>
    <message>
        <source>Hold (seconds)</source>
        <translation>Tenuta (secondi)</translation>
    </message>
    <message>
        <source>Holds</source>
        <translation>Tenute</translation>
    </message>
    <message>
        <source>Routine plan</source>
        <translation>Piano della routine</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Hold length for %1, in seconds</source>
        <translation>Durata della tenuta di %1, in secondi</translation>
    </message>
    <message>
        <source> each side</source>
        <translation> per lato</translation>
    </message>
    <message>
        <source>Holds on each side for %1</source>
        <translation>Tenute per lato di %1</translation>
    </message>
    <message>
        <source>Holds for %1</source>
        <translation>Numero di tenute di %1</translation>
    </message>
    <message>
        <source>Go back to the routine&apos;s own plan</source>
        <translation>Torna al piano della routine</translation>
    </message>
    <message>
        <source>Use the routine plan for %1: %2</source>
        <translation>Usa il piano della routine per %1: %2</translation>
    </message>
</context>
<context>
    <name>limber::TimerRing</name>
    <message>
        <source>Time remaining</source>
        <translation>Tempo rimanente</translation>
    </message>
    <message>
        <source>%1 remaining</source>
        <translation>Mancano %1</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>in pausa</translation>
    </message>
    <message>
        <source>remaining</source>
        <translation>rimanente</translation>
    </message>
</context>
<context>
    <name>limber::TrayIcon</name>
    <message>
        <source>Show Limber</source>
        <translation>Mostra Limber</translation>
    </message>
    <message>
        <source>Start Routine</source>
        <translation>Inizia la routine</translation>
    </message>
    <message>
        <source>Snooze 10 minutes</source>
        <translation>Posticipa di 10 minuti</translation>
    </message>
    <message>
        <source>Skip today</source>
        <translation>Salta per oggi</translation>
    </message>
    <message>
        <source>Quit Limber</source>
        <translation>Esci da Limber</translation>
    </message>
    <message>
        <source>Limber</source>
        <translation>Limber</translation>
    </message>
    <message>
        <source>Hide Limber</source>
        <translation>Nascondi Limber</translation>
    </message>
    <message>
        <source>Start %1</source>
        <translation>Inizia %1</translation>
    </message>
</context>
<context>
    <name>limber::listNames</name>
    <message numerus="yes">
        <source> (and %n more)</source>
        <translation>
            <numerusform> (e %n altro)</numerusform>
            <numerusform> (e altri %n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Try &apos;limber --help&apos;.</source>
        <translation>Provi &apos;limber --help&apos;.</translation>
    </message>
</context>
</TS>
