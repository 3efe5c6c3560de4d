<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>Autostart</name>
    <message>
        <source>Starting Limber when you log in is not available on this system yet. Your system&apos;s own settings for programs started at login can do it.</source>
        <translation>Limber beim Anmelden zu starten ist auf diesem System noch nicht möglich. Die Einstellungen Ihres Systems für Programme, die beim Anmelden starten, können das übernehmen.</translation>
    </message>
    <message>
        <source>Limber could not create the folder %1 for the entry that starts it when you log in. Check that you may write there.</source>
        <translation>Limber konnte den Ordner %1 für den Eintrag, der es beim Anmelden startet, nicht anlegen. Prüfen Sie, ob Sie dort schreiben dürfen.</translation>
    </message>
    <message>
        <source>Limber could not write %1, the entry that starts it when you log in: %2.</source>
        <translation>Limber konnte %1, den Eintrag, der es beim Anmelden startet, nicht schreiben: %2.</translation>
    </message>
    <message>
        <source>Limber could not remove %1, so it will still start when you log in: %2. Delete the file to stop it.</source>
        <translation>Limber konnte %1 nicht entfernen und startet daher weiterhin beim Anmelden: %2. Löschen Sie die Datei, um das zu beenden.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Show this help and exit.</source>
        <translation>Diese Hilfe anzeigen und beenden.</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>Die Version anzeigen und beenden.</translation>
    </message>
    <message>
        <source>Open straight into a guided session. The optional ROUTINE argument is a routine id or a routine file. If Limber is already running, the routine starts in its window, unless a session is under way there.</source>
        <translation>Direkt mit einer angeleiteten Einheit beginnen. Das optionale Argument ROUTINE ist eine Routinen-ID oder eine Routinendatei. Läuft Limber bereits, startet die Routine in dessen Fenster, sofern dort nicht gerade eine Einheit läuft.</translation>
    </message>
    <message>
        <source>Keep all data and settings in DIR.</source>
        <translation>Alle Daten und Einstellungen in DIR ablegen.</translation>
    </message>
    <message>
        <source>Start in the system tray, or minimised where there is none.</source>
        <translation>Im Infobereich starten, oder minimiert, wo es keinen gibt.</translation>
    </message>
    <message>
        <source>Write the routine sheet to FILE (PDF) and exit. No display needed.</source>
        <translation>Das Übungsblatt in FILE (PDF) schreiben und beenden. Kein Bildschirm nötig.</translation>
    </message>
    <message>
        <source>With --print-sheet: the routine to print (an id or a routine file).</source>
        <translation>Mit --print-sheet: die zu druckende Routine (eine ID oder eine Routinendatei).</translation>
    </message>
    <message>
        <source>With --print-sheet: add a week grid to tick off by hand.</source>
        <translation>Mit --print-sheet: ein Wochenraster zum Abhaken von Hand hinzufügen.</translation>
    </message>
    <message>
        <source>Write a progress report of your history to FILE (PDF) and exit.</source>
        <translation>Einen Fortschrittsbericht Ihres Verlaufs in FILE (PDF) schreiben und beenden.</translation>
    </message>
    <message>
        <source>With --report: how many weeks to cover (1 to 52, default 8).</source>
        <translation>Mit --report: wie viele Wochen der Bericht umfasst (1 bis 52, Standard 8).</translation>
    </message>
    <message>
        <source>Write your holds to FILE and your sessions to FILE-sessions.csv (CSV) and exit. FILE - writes the holds to standard output.</source>
        <translation>Ihre Haltephasen in FILE und Ihre Einheiten in FILE-sessions.csv (CSV) schreiben und beenden. FILE - schreibt die Haltephasen in die Standardausgabe.</translation>
    </message>
    <message>
        <source>Write your whole history to FILE (JSON, for --import) and exit. FILE - writes it to standard output.</source>
        <translation>Ihren gesamten Verlauf in FILE (JSON, für --import) schreiben und beenden. FILE - schreibt ihn in die Standardausgabe.</translation>
    </message>
    <message>
        <source>Add the history in FILE (made by --export-json) to yours and exit.</source>
        <translation>Den Verlauf aus FILE (erstellt mit --export-json) zu Ihrem hinzufügen und beenden.</translation>
    </message>
    <message>
        <source>Routine for --start.</source>
        <translation>Routine für --start.</translation>
    </message>
    <message>
        <source>Guided stretching routines for hip and low-back pain.
Qt&apos;s own options, such as -style, -platform and -reverse, are accepted too.</source>
        <translation>Angeleitete Dehnroutinen bei Hüft- und Kreuzschmerzen.
Auch die Optionen von Qt selbst, etwa -style, -platform und -reverse, werden angenommen.</translation>
    </message>
    <message>
        <source>Too many arguments: %1</source>
        <translation>Zu viele Argumente: %1</translation>
    </message>
    <message>
        <source>A routine can only be given with --start.</source>
        <translation>Eine Routine kann nur zusammen mit --start angegeben werden.</translation>
    </message>
    <message>
        <source>Give only one of --start, --print-sheet, --report, --export-csv, --export-json and --import.</source>
        <translation>Geben Sie nur eine der Optionen --start, --print-sheet, --report, --export-csv, --export-json und --import an.</translation>
    </message>
    <message>
        <source>--print-sheet and --report write a PDF file, not to standard output: give a file name instead of -.</source>
        <translation>--print-sheet und --report schreiben eine PDF-Datei, nicht auf die Standardausgabe: Geben Sie statt - einen Dateinamen an.</translation>
    </message>
    <message>
        <source>--routine and --log-grid go with --print-sheet.</source>
        <translation>--routine und --log-grid gehören zu --print-sheet.</translation>
    </message>
    <message>
        <source>--weeks goes with --report.</source>
        <translation>--weeks gehört zu --report.</translation>
    </message>
    <message>
        <source>--weeks takes a whole number of weeks from 1 to 52.</source>
        <translation>--weeks erwartet eine ganze Zahl von Wochen zwischen 1 und 52.</translation>
    </message>
</context>
<context>
    <name>ContentChecker</name>
    <message>
        <source>more problems follow that are not listed; fix the ones above first</source>
        <translation>es folgen weitere, hier nicht aufgeführte Fehler; beheben Sie zuerst die obigen</translation>
    </message>
    <message>
        <source>the number %1</source>
        <translation>die Zahl %1</translation>
    </message>
    <message>
        <source>the text %1</source>
        <translation>der Text %1</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>expected %1, found %2</source>
        <translation>erwartet: %1; gefunden: %2</translation>
    </message>
    <message>
        <source>text in double quotes</source>
        <translation>Text in doppelten Anführungszeichen</translation>
    </message>
    <message>
        <source>the text is empty; write something or remove the key</source>
        <translation>der Text ist leer; schreiben Sie etwas hinein oder entfernen Sie den Schlüssel</translation>
    </message>
    <message>
        <source>an id in double quotes</source>
        <translation>eine ID in doppelten Anführungszeichen</translation>
    </message>
    <message>
        <source>%1 is not a valid id; use up to %2 lowercase letters, digits and single hyphens, like &quot;seated-leg-cross&quot;</source>
        <translation>%1 ist keine gültige ID; verwenden Sie bis zu %2 Kleinbuchstaben, Ziffern und einzelne Bindestriche, etwa &quot;seated-leg-cross&quot;</translation>
    </message>
    <message>
        <source>expected text in double quotes, or an object of translations such as {&quot;en&quot;: &quot;...&quot;, &quot;de&quot;: &quot;...&quot;}; found %1</source>
        <translation>erwartet: Text in doppelten Anführungszeichen oder ein Objekt mit Übersetzungen wie {&quot;en&quot;: &quot;...&quot;, &quot;de&quot;: &quot;...&quot;}; gefunden: %1</translation>
    </message>
    <message>
        <source>%1 is not a language code; use codes like &quot;en&quot;, &quot;de&quot; or &quot;pt-BR&quot;</source>
        <translation>%1 ist kein Sprachcode; verwenden Sie Codes wie &quot;en&quot;, &quot;de&quot; oder &quot;pt-BR&quot;</translation>
    </message>
    <message>
        <source>there is no English text; add &quot;en&quot;: &quot;...&quot; (English is shown when no translation fits)</source>
        <translation>es gibt keinen englischen Text; fügen Sie &quot;en&quot;: &quot;...&quot; hinzu (Englisch wird angezeigt, wenn keine Übersetzung passt)</translation>
    </message>
    <message>
        <source>add at least one text</source>
        <translation>fügen Sie mindestens einen Text hinzu</translation>
    </message>
    <message>
        <source>this list holds at most %1 texts</source>
        <translation>diese Liste fasst höchstens %1 Texte</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>eine ganze Zahl</translation>
    </message>
    <message>
        <source>expected a whole number, found %1</source>
        <translation>erwartet: eine ganze Zahl; gefunden: %1</translation>
    </message>
    <message>
        <source>%1 is out of range; %2</source>
        <translation>%1 liegt außerhalb des zulässigen Bereichs; %2</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
    <message>
        <source>one of %1</source>
        <translation>einer dieser Werte: %1</translation>
    </message>
    <message>
        <source>%1 is not allowed here; use one of %2</source>
        <translation>%1 ist hier nicht erlaubt; verwenden Sie einen dieser Werte: %2</translation>
    </message>
    <message>
        <source>a list in square brackets [...]</source>
        <translation>eine Liste in eckigen Klammern [...]</translation>
    </message>
    <message>
        <source>the list is empty; %1</source>
        <translation>die Liste ist leer; %1</translation>
    </message>
    <message>
        <source>the list has %1 entries</source>
        <translation>die Liste hat %1 Einträge</translation>
    </message>
    <message>
        <source>an object in braces {...}</source>
        <translation>ein Objekt in geschweiften Klammern {...}</translation>
    </message>
    <message>
        <source>unknown key %1</source>
        <translation>unbekannter Schlüssel %1</translation>
    </message>
    <message>
        <source> (did you mean &quot;%1&quot;?)</source>
        <translation> (meinten Sie &quot;%1&quot;?)</translation>
    </message>
    <message>
        <source>; the keys allowed here are %1</source>
        <translation>; hier erlaubte Schlüssel: %1</translation>
    </message>
    <message>
        <source>one object in braces {...} holding the whole file</source>
        <translation>ein einziges Objekt in geschweiften Klammern {...}, das die ganze Datei umfasst</translation>
    </message>
    <message>
        <source>missing; add &quot;format&quot;: %1 as the first key so that Limber knows how to read the file</source>
        <translation>fehlt; fügen Sie &quot;format&quot;: %1 als ersten Schlüssel hinzu, damit Limber weiß, wie die Datei zu lesen ist</translation>
    </message>
    <message>
        <source>expected the number %1, found %2</source>
        <translation>erwartet: die Zahl %1; gefunden: %2</translation>
    </message>
    <message>
        <source>this file is written in content format %1, but this version of Limber reads format %2 only; update Limber or rewrite the file in format %2</source>
        <translation>diese Datei ist im Inhaltsformat %1 geschrieben, diese Version von Limber liest aber nur Format %2; aktualisieren Sie Limber oder schreiben Sie die Datei im Format %2 neu</translation>
    </message>
</context>
<context>
    <name>ContentLoader</name>
    <message>
        <source> (did you mean &quot;%1&quot;?)</source>
        <translation> (meinten Sie &quot;%1&quot;?)</translation>
    </message>
    <message>
        <source>; none are loaded</source>
        <translation>; es ist keine geladen</translation>
    </message>
    <message>
        <source>; known ones are %1</source>
        <translation>; bekannt sind %1</translation>
    </message>
    <message>
        <source>the pose id &quot;%1&quot; is already used by %2 in the same folder; give each pose its own id</source>
        <translation>die Posen-ID &quot;%1&quot; wird im selben Ordner bereits von %2 verwendet; geben Sie jeder Pose eine eigene ID</translation>
    </message>
    <message>
        <source>unknown pose &quot;%1&quot;</source>
        <translation>unbekannte Pose &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the exercise id &quot;%1&quot; is already used by %2 in the same folder; give each exercise its own id</source>
        <translation>die Übungs-ID &quot;%1&quot; wird im selben Ordner bereits von %2 verwendet; geben Sie jeder Übung eine eigene ID</translation>
    </message>
    <message>
        <source>the exercise &quot;%1&quot; was not loaded because its file has errors; fix that file first</source>
        <translation>die Übung &quot;%1&quot; wurde nicht geladen, weil ihre Datei Fehler enthält; beheben Sie zuerst diese</translation>
    </message>
    <message>
        <source>unknown exercise &quot;%1&quot;</source>
        <translation>unbekannte Übung &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the exercise &quot;%1&quot; has no sides; remove &quot;firstSide&quot; from this item</source>
        <translation>die Übung &quot;%1&quot; hat keine Seiten; entfernen Sie &quot;firstSide&quot; aus diesem Eintrag</translation>
    </message>
    <message>
        <source>the routine &quot;%1&quot; in %2 is already the default; mark only one routine per folder as the default</source>
        <translation>die Routine &quot;%1&quot; in %2 ist bereits die Standardroutine; kennzeichnen Sie nur eine Routine pro Ordner als Standard</translation>
    </message>
    <message>
        <source>the routine id &quot;%1&quot; is already used by %2 in the same folder; give each routine its own id</source>
        <translation>die Routinen-ID &quot;%1&quot; wird im selben Ordner bereits von %2 verwendet; geben Sie jeder Routine eine eigene ID</translation>
    </message>
</context>
<context>
    <name>DataCommands</name>
    <message numerus="yes">
        <source>Imported %Ln session(s)</source>
        <translation>
            <numerusform>%Ln Einheit importiert</numerusform>
            <numerusform>%Ln Einheiten importiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln hold(s)</source>
        <translation>
            <numerusform>%Ln Haltephase</numerusform>
            <numerusform>%Ln Haltephasen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln session(s) were already in your history.</source>
        <translation>
            <numerusform>%Ln Einheit war bereits in Ihrem Verlauf.</numerusform>
            <numerusform>%Ln Einheiten waren bereits in Ihrem Verlauf.</numerusform>
        </translation>
    </message>
    <message>
        <source>standard output</source>
        <translation>Standardausgabe</translation>
    </message>
    <message>
        <source>Exporting holds…</source>
        <translation>Haltephasen werden exportiert…</translation>
    </message>
    <message>
        <source>Holds written to %1</source>
        <translation>Haltephasen in %1 geschrieben</translation>
    </message>
    <message>
        <source>The sessions were not written: give a file name to get them as a second file beside it.</source>
        <translation>Die Einheiten wurden nicht geschrieben: Geben Sie einen Dateinamen an, um sie als zweite Datei daneben zu erhalten.</translation>
    </message>
    <message>
        <source>Exporting sessions…</source>
        <translation>Einheiten werden exportiert…</translation>
    </message>
    <message>
        <source>Sessions written to %1</source>
        <translation>Einheiten in %1 geschrieben</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Wird exportiert…</translation>
    </message>
    <message>
        <source>History written to %1</source>
        <translation>Verlauf in %1 geschrieben</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Wird importiert…</translation>
    </message>
    <message>
        <source>Close the running Limber first, or use its File menu.</source>
        <translation>Schließen Sie zuerst das laufende Limber oder verwenden Sie dessen Menü „Datei“.</translation>
    </message>
    <message>
        <source>Nothing was exported: your history file was damaged. It is kept, unchanged, in %1; Limber can restore one of its backups (File menu, Restore a Backup). %2 was not written.</source>
        <translation>Es wurde nichts exportiert: Ihre Verlaufsdatei war beschädigt. Sie liegt unverändert in %1; Limber kann eine seiner Sicherungen wiederherstellen (Menü „Datei“, „Sicherung wiederherstellen“). %2 wurde nicht geschrieben.</translation>
    </message>
</context>
<context>
    <name>DataDir</name>
    <message>
        <source>This system has no folder for application data. Start Limber with --data-dir DIR to choose one.</source>
        <translation>Dieses System hat keinen Ordner für Anwendungsdaten. Starten Sie Limber mit --data-dir DIR, um einen festzulegen.</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder. Choose another data folder with --data-dir.</source>
        <translation>%1 ist eine Datei, kein Ordner. Wählen Sie mit --data-dir einen anderen Datenordner.</translation>
    </message>
    <message>
        <source>The data folder %1 could not be created. Check that its parent folder exists and that you may write there, or choose another with --data-dir.</source>
        <translation>Der Datenordner %1 konnte nicht angelegt werden. Prüfen Sie, ob der übergeordnete Ordner existiert und Sie dort schreiben dürfen, oder wählen Sie mit --data-dir einen anderen.</translation>
    </message>
</context>
<context>
    <name>EspeakSpeech</name>
    <message>
        <source>The speech engine (eSpeak NG) could not start: its voice data is missing.</source>
        <translation>Die Sprachausgabe (eSpeak NG) konnte nicht starten: Ihre Stimmdaten fehlen.</translation>
    </message>
    <message>
        <source>The speech engine has no voice called “%1”.</source>
        <translation>Die Sprachausgabe hat keine Stimme namens „%1“.</translation>
    </message>
    <message>
        <source>The speech engine could not say “%1”.</source>
        <translation>Die Sprachausgabe konnte „%1“ nicht sprechen.</translation>
    </message>
</context>
<context>
    <name>ExerciseParser</name>
    <message>
        <source>the camera turns from -180 to 180 degrees (0 looks at the front, 90 at the side, 45 from three-quarters)</source>
        <translation>die Kamera dreht sich von -180 bis 180 Grad (0 blickt von vorn, 90 von der Seite, 45 schräg von vorn)</translation>
    </message>
    <message>
        <source>a movement takes %1 to %2 seconds</source>
        <translation>eine Bewegung dauert %1 bis %2 Sekunden</translation>
    </message>
    <message>
        <source>the movement starts and ends in the same pose &quot;%1&quot;; give fromPose the pose the movement starts from</source>
        <translation>die Bewegung beginnt und endet in derselben Pose &quot;%1&quot;; geben Sie bei fromPose die Pose an, in der die Bewegung beginnt</translation>
    </message>
    <message>
        <source>a step takes 1 to %1 seconds</source>
        <translation>ein Schritt dauert 1 bis %1 Sekunden</translation>
    </message>
    <message>
        <source>missing; an exercise with &quot;sideMode&quot;: &quot;alternating&quot; names its sides, e.g. {&quot;left&quot;: &quot;left leg on top&quot;, &quot;right&quot;: &quot;right leg on top&quot;}</source>
        <translation>fehlt; eine Übung mit &quot;sideMode&quot;: &quot;alternating&quot; benennt ihre Seiten, z. B. {&quot;left&quot;: &quot;left leg on top&quot;, &quot;right&quot;: &quot;right leg on top&quot;}</translation>
    </message>
    <message>
        <source>side labels only apply to an exercise with &quot;sideMode&quot;: &quot;alternating&quot;; remove them or change sideMode</source>
        <translation>Seitenbezeichnungen gelten nur für eine Übung mit &quot;sideMode&quot;: &quot;alternating&quot;; entfernen Sie sie oder ändern Sie sideMode</translation>
    </message>
    <message>
        <source>a get-ready camera needs &quot;getReadyPose&quot;; without it the first step&apos;s pose is shown with that step&apos;s camera</source>
        <translation>eine Kamera für das Bereitmachen braucht &quot;getReadyPose&quot;; ohne sie wird die Pose des ersten Schritts mit dessen Kamera gezeigt</translation>
    </message>
    <message>
        <source>a hold grows by %1 to %2 seconds at a time</source>
        <translation>eine Haltephase wächst jeweils um %1 bis %2 Sekunden</translation>
    </message>
    <message>
        <source>the longest hold to grow to is %1 to %2 seconds</source>
        <translation>die längste Haltedauer, bis zu der sie wächst, beträgt %1 bis %2 Sekunden</translation>
    </message>
    <message>
        <source>the most holds per side to grow to is %1 to %2</source>
        <translation>die höchste Zahl an Haltephasen pro Seite, bis zu der sie wächst, beträgt %1 bis %2</translation>
    </message>
    <message>
        <source>the place in the programme is 1 to %1, 1 first</source>
        <translation>der Platz im Programm ist 1 bis %1, 1 zuerst</translation>
    </message>
    <message>
        <source>add at least one step that shows how to get into position</source>
        <translation>fügen Sie mindestens einen Schritt hinzu, der zeigt, wie man in die Ausgangsposition kommt</translation>
    </message>
    <message>
        <source>an exercise has at most %1 steps</source>
        <translation>eine Übung hat höchstens %1 Schritte</translation>
    </message>
</context>
<context>
    <name>ExerciseSections</name>
    <message>
        <source>Ask first</source>
        <translation>Vorher fragen</translation>
    </message>
    <message>
        <source>Talk to your doctor or physiotherapist before doing this exercise if:</source>
        <translation>Lassen Sie sich vor dieser Übung ärztlich oder physiotherapeutisch beraten, wenn:</translation>
    </message>
    <message>
        <source>Why it helps</source>
        <translation>Warum das hilft</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>Was die Übung bewirkt</translation>
    </message>
    <message>
        <source>How to do it</source>
        <translation>So geht es</translation>
    </message>
    <message>
        <source>Step %1</source>
        <translation>Schritt %1</translation>
    </message>
    <message>
        <source>Take care:</source>
        <translation>Achtung:</translation>
    </message>
    <message>
        <source>Figure for step %1</source>
        <translation>Abbildung zu Schritt %1</translation>
    </message>
    <message>
        <source>Take care</source>
        <translation>Achtung</translation>
    </message>
    <message>
        <source>Breathing</source>
        <translation>Atmung</translation>
    </message>
    <message>
        <source>Variation</source>
        <translation>Variante</translation>
    </message>
    <message>
        <source>Left and right</source>
        <translation>Links und rechts</translation>
    </message>
    <message>
        <source>The holds take turns between the two sides. In a session, the screen and the voice say which side comes next.</source>
        <translation>Die Haltephasen wechseln zwischen beiden Seiten ab. In einer Einheit sagen Bildschirm und Stimme, welche Seite als Nächstes kommt.</translation>
    </message>
    <message>
        <source>Left side: %1</source>
        <translation>Linke Seite: %1</translation>
    </message>
    <message>
        <source>Right side: %1</source>
        <translation>Rechte Seite: %1</translation>
    </message>
    <message>
        <source>The goal</source>
        <translation>Das Ziel</translation>
    </message>
    <message>
        <source>How long it usually takes: %1</source>
        <translation>Bis dahin dauert es meist: %1</translation>
    </message>
    <message>
        <source>Figure of the goal position</source>
        <translation>Abbildung der Zielposition</translation>
    </message>
</context>
<context>
    <name>ExerciseSessions</name>
    <message>
        <source>Limber could not read the sessions of &quot;%1&quot;.</source>
        <translation>Limber konnte die Einheiten von „%1“ nicht lesen.</translation>
    </message>
</context>
<context>
    <name>ExportDestination</name>
    <message>
        <source>the system gave no reason</source>
        <translation>das System hat keinen Grund genannt</translation>
    </message>
    <message>
        <source>Limber did not write %1: it is a folder. Give the name of a file to create in it.</source>
        <translation>Limber hat %1 nicht geschrieben: Es ist ein Ordner. Geben Sie den Namen einer Datei an, die darin angelegt werden soll.</translation>
    </message>
    <message>
        <source>Limber did not write %1: it is neither a regular file nor a pipe or terminal it can write into. Give the name of a file to create.</source>
        <translation>Limber hat %1 nicht geschrieben: Es ist weder eine normale Datei noch eine Pipe oder ein Terminal, in das Limber schreiben kann. Geben Sie den Namen einer neu anzulegenden Datei an.</translation>
    </message>
    <message>
        <source>Limber could not open %1 for writing (%2).</source>
        <translation>Limber konnte %1 nicht zum Schreiben öffnen (%2).</translation>
    </message>
    <message>
        <source>Limber could not create %1 (%2). Choose a folder you may write to.</source>
        <translation>Limber konnte %1 nicht anlegen (%2). Wählen Sie einen Ordner, in den Sie schreiben dürfen.</translation>
    </message>
    <message>
        <source>What reached it may be incomplete.</source>
        <translation>Was dort angekommen ist, kann unvollständig sein.</translation>
    </message>
    <message>
        <source>An earlier file there is unchanged.</source>
        <translation>Eine frühere Datei an dieser Stelle bleibt unverändert.</translation>
    </message>
    <message>
        <source>Limber could not write %1: there is no space left on the device. Free some space or choose another place. %2</source>
        <translation>Limber konnte %1 nicht schreiben: Auf dem Datenträger ist kein Platz mehr frei. Schaffen Sie Platz oder wählen Sie einen anderen Ort. %2</translation>
    </message>
    <message>
        <source>Limber could not write %1 (%2). Check that you may write there. %3</source>
        <translation>Limber konnte %1 nicht schreiben (%2). Prüfen Sie, ob Sie dort schreiben dürfen. %3</translation>
    </message>
</context>
<context>
    <name>HistoryCharts</name>
    <message>
        <source>No holds in these weeks.</source>
        <translation>Keine Haltephasen in diesen Wochen.</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Links</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Rechts</translation>
    </message>
    <message>
        <source>No side</source>
        <translation>Ohne Seite</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Longest hold</source>
        <translation>Längste Haltephase</translation>
    </message>
    <message>
        <source>No sessions in these weeks.</source>
        <translation>Keine Einheiten in diesen Wochen.</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Einheiten</translation>
    </message>
    <message>
        <source>No reach recorded in these weeks.</source>
        <translation>In diesen Wochen wurde keine Reichweite erfasst.</translation>
    </message>
    <message>
        <source>Furthest reach</source>
        <translation>Größte Reichweite</translation>
    </message>
    <message>
        <source>No pain recorded in these weeks.</source>
        <translation>In diesen Wochen wurde kein Schmerz erfasst.</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
</context>
<context>
    <name>HistoryExport</name>
    <message>
        <source>the export</source>
        <translation>den Export</translation>
    </message>
    <message>
        <source>Limber could not write the export (%1). Check that the disk has free space and that you may write to the chosen place.</source>
        <translation>Limber konnte den Export nicht schreiben (%1). Prüfen Sie, ob auf dem Datenträger Platz frei ist und Sie am gewählten Ort schreiben dürfen.</translation>
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
        <translation>heute</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>gestern</translation>
    </message>
    <message>
        <source>%1 days ago</source>
        <translation>vor %1 Tagen</translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>am %1</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Gestern</translation>
    </message>
</context>
<context>
    <name>HistoryImport</name>
    <message>
        <source>%1: &quot;%2&quot; is missing or not valid.</source>
        <translation>%1: &quot;%2&quot; fehlt oder ist ungültig.</translation>
    </message>
    <message>
        <source>Session %1</source>
        <translation>Einheit %1</translation>
    </message>
    <message>
        <source>Session %1, hold %2</source>
        <translation>Einheit %1, Haltephase %2</translation>
    </message>
    <message>
        <source>Routine %1</source>
        <translation>Routine %1</translation>
    </message>
    <message>
        <source>%1: &quot;id&quot; is &quot;%2&quot; but the routine inside has the id &quot;%3&quot;.</source>
        <translation>%1: &quot;id&quot; ist &quot;%2&quot;, die enthaltene Routine hat aber die ID &quot;%3&quot;.</translation>
    </message>
    <message>
        <source>Limber could not open %1 (%2).</source>
        <translation>Limber konnte %1 nicht öffnen (%2).</translation>
    </message>
    <message>
        <source>Limber could not read %1 (%2).</source>
        <translation>Limber konnte %1 nicht lesen (%2).</translation>
    </message>
    <message>
        <source>%1 MiB</source>
        <translation>%1 MiB</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 Byte</translation>
    </message>
    <message>
        <source>%1 is larger than %2, the most Limber imports (an export of a million holds is about 225 MB), so it is not a Limber history export. Nothing was changed.</source>
        <translation>%1 ist größer als %2, das Maximum, das Limber importiert (ein Export von einer Million Haltephasen hat etwa 225 MB); es ist also kein Verlaufsexport von Limber. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>%1 is not a Limber export: it is not valid JSON (%2 at byte %3).</source>
        <translation>%1 ist kein Export von Limber: Die Datei ist kein gültiges JSON (%2 bei Byte %3).</translation>
    </message>
    <message>
        <source>%1 is not a Limber history export.</source>
        <translation>%1 ist kein Verlaufsexport von Limber.</translation>
    </message>
    <message>
        <source>%1 cannot be imported: &quot;formatVersion&quot; is missing or is not a whole number from 1 to %2. Nothing was changed.</source>
        <translation>%1 kann nicht importiert werden: &quot;formatVersion&quot; fehlt oder ist keine ganze Zahl von 1 bis %2. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>%1 was exported by a newer version of Limber (&quot;formatVersion&quot; %2; this version reads up to %3). Update Limber to import it.</source>
        <translation>%1 wurde von einer neueren Version von Limber exportiert (&quot;formatVersion&quot; %2; diese Version liest bis %3). Aktualisieren Sie Limber, um die Datei zu importieren.</translation>
    </message>
    <message>
        <source>%1 cannot be imported. %2 Nothing was changed.</source>
        <translation>%1 kann nicht importiert werden. %2 Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>%1 is not an object.</source>
        <translation>%1 ist kein Objekt.</translation>
    </message>
    <message>
        <source>Target decision %1</source>
        <translation>Zielentscheidung %1</translation>
    </message>
    <message>
        <source>Declined suggestion %1</source>
        <translation>Abgelehnter Vorschlag %1</translation>
    </message>
</context>
<context>
    <name>HistoryReadCopy</name>
    <message>
        <source>No history yet in %1: there is nothing to report. A report can be made once a session has been recorded there.</source>
        <translation>In %1 gibt es noch keinen Verlauf, also nichts zu berichten. Ein Bericht ist möglich, sobald dort eine Einheit aufgezeichnet wurde.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Limber (history format %2). Update Limber to make a report from it.</source>
        <translation>%1 wurde von einer neueren Version von Limber geschrieben (Verlaufsformat %2). Aktualisieren Sie Limber, um daraus einen Bericht zu erstellen.</translation>
    </message>
    <message>
        <source>No report was made: the history file %1 is damaged or is not Limber&apos;s: %2 It is left unchanged where it is. Open Limber to keep it aside and restore a backup.</source>
        <translation>Es wurde kein Bericht erstellt: Die Verlaufsdatei %1 ist beschädigt oder stammt nicht von Limber: %2 Sie bleibt unverändert an ihrem Ort. Öffnen Sie Limber, um sie beiseitezulegen und eine Sicherung wiederherzustellen.</translation>
    </message>
    <message>
        <source>No report was made: no temporary folder could be created (%1).</source>
        <translation>Es wurde kein Bericht erstellt: Es konnte kein temporärer Ordner angelegt werden (%1).</translation>
    </message>
    <message>
        <source>No report was made: the history in %1 could not be read. %2</source>
        <translation>Es wurde kein Bericht erstellt: Der Verlauf in %1 konnte nicht gelesen werden. %2</translation>
    </message>
</context>
<context>
    <name>HistoryText</name>
    <message>
        <source>No left or right holds in the last four weeks.</source>
        <translation>In den letzten vier Wochen keine Haltephasen links oder rechts.</translation>
    </message>
    <message>
        <source>Too early to compare left and right: that needs holds from two sessions or more.</source>
        <translation>Für einen Vergleich von links und rechts ist es noch zu früh: Dafür braucht es Haltephasen aus mindestens zwei Einheiten.</translation>
    </message>
    <message>
        <source>Only your left side has holds in the last four weeks.</source>
        <translation>In den letzten vier Wochen gibt es nur Haltephasen auf Ihrer linken Seite.</translation>
    </message>
    <message>
        <source>Only your right side has holds in the last four weeks.</source>
        <translation>In den letzten vier Wochen gibt es nur Haltephasen auf Ihrer rechten Seite.</translation>
    </message>
    <message>
        <source>Your right side had %1 % less hold time than your left over the last four weeks.</source>
        <translation>Ihre rechte Seite hatte in den letzten vier Wochen %1 % weniger Haltezeit als Ihre linke.</translation>
    </message>
    <message>
        <source>Your left side had %1 % less hold time than your right over the last four weeks.</source>
        <translation>Ihre linke Seite hatte in den letzten vier Wochen %1 % weniger Haltezeit als Ihre rechte.</translation>
    </message>
    <message>
        <source>Your left and right sides are within 20 % of each other over the last four weeks.</source>
        <translation>Ihre linke und rechte Seite liegen in den letzten vier Wochen weniger als 20 % auseinander.</translation>
    </message>
    <message>
        <source>%1: no holds.</source>
        <translation>%1: keine Haltephasen.</translation>
    </message>
    <message>
        <source>%1: %2 held; left %3, right %4, no side %5.</source>
        <translation>%1: %2 gehalten; links %3, rechts %4, ohne Seite %5.</translation>
    </message>
    <message>
        <source>%1: longest hold %2.</source>
        <translation>%1: längste Haltephase %2.</translation>
    </message>
    <message>
        <source>Target: %1 a hold.</source>
        <translation>Ziel: %1 pro Haltephase.</translation>
    </message>
    <message>
        <source>Target: %1 a hold since %2 (%3 before).</source>
        <translation>Ziel: %1 pro Haltephase seit %2 (vorher %3).</translation>
    </message>
    <message>
        <source>%1: sessions: %2.</source>
        <translation>%1: Einheiten: %2.</translation>
    </message>
    <message>
        <source>%1: no reach recorded.</source>
        <translation>%1: keine Reichweite erfasst.</translation>
    </message>
    <message>
        <source>%1: furthest reach: %2.</source>
        <translation>%1: größte Reichweite: %2.</translation>
    </message>
    <message>
        <source>%1: no pain recorded.</source>
        <translation>%1: kein Schmerz erfasst.</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>nicht erfasst</translation>
    </message>
    <message>
        <source>%1: pain before %2, after %3 (0 to 10).</source>
        <translation>%1: Schmerz vorher %2, nachher %3 (0 bis 10).</translation>
    </message>
    <message>
        <source>Level %1</source>
        <translation>Stufe %1</translation>
    </message>
</context>
<context>
    <name>InstanceRequest</name>
    <message>
        <source>The request is not readable: %1</source>
        <translation>Die Anfrage ist nicht lesbar: %1</translation>
    </message>
    <message>
        <source>Limber is already running; its window was brought to the front.</source>
        <translation>Limber läuft bereits; das Fenster wurde in den Vordergrund geholt.</translation>
    </message>
    <message>
        <source>Limber is already running; asked it to start today&apos;s routine.</source>
        <translation>Limber läuft bereits; die heutige Routine wird dort gestartet.</translation>
    </message>
    <message>
        <source>Limber is already running; asked it to start %1.</source>
        <translation>Limber läuft bereits; %1 wird dort gestartet.</translation>
    </message>
</context>
<context>
    <name>JsonReader</name>
    <message>
        <source>the end of the file</source>
        <translation>das Dateiende</translation>
    </message>
    <message>
        <source>expected %1 but found %2</source>
        <translation>erwartet: %1; gefunden: %2</translation>
    </message>
    <message>
        <source>; JSON puts keys and text in double quotes (&quot;)</source>
        <translation>; in JSON stehen Schlüssel und Texte in doppelten Anführungszeichen (&quot;)</translation>
    </message>
    <message>
        <source>; JSON files cannot contain comments</source>
        <translation>; JSON-Dateien dürfen keine Kommentare enthalten</translation>
    </message>
    <message>
        <source>; numbers must be finite and written with digits</source>
        <translation>; Zahlen müssen endlich sein und mit Ziffern geschrieben werden</translation>
    </message>
    <message>
        <source>; write numbers like 5, -2 or 0.5</source>
        <translation>; schreiben Sie Zahlen wie 5, -2 oder 0.5</translation>
    </message>
    <message>
        <source>the file ends before the object opened at line %1, column %2 is closed; the file may be cut short or miss a &apos;}&apos;</source>
        <translation>die Datei endet, bevor das in Zeile %1, Spalte %2 geöffnete Objekt geschlossen ist; die Datei ist vielleicht abgeschnitten oder es fehlt eine &apos;}&apos;</translation>
    </message>
    <message>
        <source>the file ends before the list opened at line %1, column %2 is closed; the file may be cut short or miss a &apos;]&apos;</source>
        <translation>die Datei endet, bevor die in Zeile %1, Spalte %2 geöffnete Liste geschlossen ist; die Datei ist vielleicht abgeschnitten oder es fehlt eine &apos;]&apos;</translation>
    </message>
    <message>
        <source>the file is not valid UTF-8 text (byte 0x%1 here does not belong to any character); save it as UTF-8, or check that it is a content file at all</source>
        <translation>die Datei ist kein gültiger UTF-8-Text (das Byte 0x%1 an dieser Stelle gehört zu keinem Zeichen); speichern Sie sie als UTF-8 oder prüfen Sie, ob es überhaupt eine Inhaltsdatei ist</translation>
    </message>
    <message>
        <source>the file is empty; a content file holds one JSON object that starts with {&quot;format&quot;: 1</source>
        <translation>die Datei ist leer; eine Inhaltsdatei enthält ein JSON-Objekt, das mit {&quot;format&quot;: 1 beginnt</translation>
    </message>
    <message>
        <source>the file holds only blank space; a content file holds one JSON object that starts with {&quot;format&quot;: 1</source>
        <translation>die Datei enthält nur Leerraum; eine Inhaltsdatei enthält ein JSON-Objekt, das mit {&quot;format&quot;: 1 beginnt</translation>
    </message>
    <message>
        <source>the end of the file after the value that starts at line %1, column %2</source>
        <translation>das Dateiende nach dem Wert, der in Zeile %1, Spalte %2 beginnt</translation>
    </message>
    <message>
        <source>the file ends where a value was expected; it may be cut short</source>
        <translation>die Datei endet, wo ein Wert erwartet wurde; sie ist vielleicht abgeschnitten</translation>
    </message>
    <message>
        <source>a value (text in double quotes, a number, true, false, null, a list or an object)</source>
        <translation>einen Wert (Text in doppelten Anführungszeichen, eine Zahl, true, false, null, eine Liste oder ein Objekt)</translation>
    </message>
    <message>
        <source>objects and lists are nested more than %1 levels deep here; content files never need that many</source>
        <translation>Objekte und Listen sind hier mehr als %1 Ebenen tief verschachtelt; Inhaltsdateien brauchen nie so viele</translation>
    </message>
    <message>
        <source>a comma before &apos;}&apos; is followed by no key; remove the last comma</source>
        <translation>auf ein Komma vor &apos;}&apos; folgt kein Schlüssel; entfernen Sie das letzte Komma</translation>
    </message>
    <message>
        <source>a key in double quotes</source>
        <translation>einen Schlüssel in doppelten Anführungszeichen</translation>
    </message>
    <message>
        <source>the key &quot;%1&quot; appears twice in one object (first at line %2, column %3); keep only one</source>
        <translation>der Schlüssel &quot;%1&quot; kommt in einem Objekt zweimal vor (zuerst in Zeile %2, Spalte %3); behalten Sie nur einen</translation>
    </message>
    <message>
        <source>&apos;:&apos; after the key &quot;%1&quot;</source>
        <translation>&apos;:&apos; nach dem Schlüssel &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&apos;,&apos; or &apos;}&apos; after the value of &quot;%1&quot;</source>
        <translation>&apos;,&apos; oder &apos;}&apos; nach dem Wert von &quot;%1&quot;</translation>
    </message>
    <message>
        <source>a comma before &apos;]&apos; is followed by no value; remove the last comma</source>
        <translation>auf ein Komma vor &apos;]&apos; folgt kein Wert; entfernen Sie das letzte Komma</translation>
    </message>
    <message>
        <source>&apos;,&apos; or &apos;]&apos; after a list element</source>
        <translation>&apos;,&apos; oder &apos;]&apos; nach einem Listenelement</translation>
    </message>
    <message>
        <source>the file is larger than the %1 KiB a content file may have; split it into smaller files</source>
        <translation>die Datei ist größer als die %1 KiB, die eine Inhaltsdatei haben darf; teilen Sie sie in kleinere Dateien auf</translation>
    </message>
    <message>
        <source>cannot open the file (%1); check that it exists and that you may read it</source>
        <translation>die Datei kann nicht geöffnet werden (%1); prüfen Sie, ob sie existiert und Sie sie lesen dürfen</translation>
    </message>
    <message>
        <source>cannot read the file (%1)</source>
        <translation>die Datei kann nicht gelesen werden (%1)</translation>
    </message>
    <message>
        <source>the text that starts here is never closed; add the missing &apos;&quot;&apos;</source>
        <translation>der hier beginnende Text wird nie geschlossen; ergänzen Sie das fehlende &apos;&quot;&apos;</translation>
    </message>
    <message>
        <source>the text that starts here is not closed on its line; add the missing &apos;&quot;&apos;, or write a line break as \n</source>
        <translation>der hier beginnende Text wird in seiner Zeile nicht geschlossen; ergänzen Sie das fehlende &apos;&quot;&apos; oder schreiben Sie einen Zeilenumbruch als \n</translation>
    </message>
    <message>
        <source>text contains the control character U+%1; remove it, or write a tab as \t</source>
        <translation>der Text enthält das Steuerzeichen U+%1; entfernen Sie es oder schreiben Sie einen Tabulator als \t</translation>
    </message>
    <message>
        <source>the file ends inside an escape sequence</source>
        <translation>die Datei endet mitten in einer Escape-Sequenz</translation>
    </message>
    <message>
        <source>unknown escape \%1; use \&quot;, \\, \/, \b, \f, \n, \r, \t or \u followed by four hex digits</source>
        <translation>unbekannte Escape-Sequenz \%1; verwenden Sie \&quot;, \\, \/, \b, \f, \n, \r, \t oder \u mit vier Hexadezimalziffern</translation>
    </message>
    <message>
        <source>\u must be followed by four hex digits, as in \u00E9</source>
        <translation>auf \u müssen vier Hexadezimalziffern folgen, wie in \u00E9</translation>
    </message>
    <message>
        <source>\u%1 is the second half of a surrogate pair without a first half; write the character itself instead</source>
        <translation>\u%1 ist die zweite Hälfte eines Surrogatpaars ohne erste Hälfte; schreiben Sie stattdessen das Zeichen selbst</translation>
    </message>
    <message>
        <source>\u%1 is the first half of a surrogate pair and must be followed by the second half (\uDC00 to \uDFFF); write the character itself instead</source>
        <translation>\u%1 ist die erste Hälfte eines Surrogatpaars, auf die die zweite Hälfte (\uDC00 bis \uDFFF) folgen muss; schreiben Sie stattdessen das Zeichen selbst</translation>
    </message>
    <message>
        <source>a digit after &apos;-&apos;</source>
        <translation>eine Ziffer nach &apos;-&apos;</translation>
    </message>
    <message>
        <source>a number cannot start with 0 followed by more digits; write 7, not 07</source>
        <translation>eine Zahl darf nicht mit 0 und weiteren Ziffern beginnen; schreiben Sie 7, nicht 07</translation>
    </message>
    <message>
        <source>a digit after the decimal point</source>
        <translation>eine Ziffer nach dem Dezimalpunkt</translation>
    </message>
    <message>
        <source>a digit in the exponent</source>
        <translation>eine Ziffer im Exponenten</translation>
    </message>
    <message>
        <source>the number %1 is too large or too small to use</source>
        <translation>die Zahl %1 ist zu groß oder zu klein</translation>
    </message>
    <message>
        <source>expected true, false or null; text must be in double quotes</source>
        <translation>erwartet: true, false oder null; Text muss in doppelten Anführungszeichen stehen</translation>
    </message>
</context>
<context>
    <name>LogGridBlock</name>
    <message>
        <source>Hold %1</source>
        <translation>Phase %1</translation>
    </message>
    <message>
        <source>Pain</source>
        <translation>Schmerz</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
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
        <translation>fehlt; fügen Sie &quot;%1&quot; zu dem hier beginnenden Objekt hinzu (Pflichtangabe)</translation>
    </message>
</context>
<context>
    <name>PcmClip</name>
    <message>
        <source>The sound file %1 cannot be used: %2</source>
        <translation>Die Tondatei %1 kann nicht verwendet werden: %2</translation>
    </message>
    <message>
        <source>it is not a WAVE file.</source>
        <translation>es ist keine WAVE-Datei.</translation>
    </message>
    <message>
        <source>the “%1” chunk runs past the end of the file.</source>
        <translation>der Block „%1“ reicht über das Dateiende hinaus.</translation>
    </message>
    <message>
        <source>its format chunk is too short.</source>
        <translation>ihr Formatblock ist zu kurz.</translation>
    </message>
    <message>
        <source>only 16-bit PCM is supported.</source>
        <translation>nur 16-Bit-PCM wird unterstützt.</translation>
    </message>
    <message>
        <source>it has no usable format chunk.</source>
        <translation>sie hat keinen brauchbaren Formatblock.</translation>
    </message>
    <message>
        <source>it has no sound data.</source>
        <translation>sie enthält keine Tondaten.</translation>
    </message>
</context>
<context>
    <name>PdfDocumentWriter</name>
    <message>
        <source>Could not start a PDF in %1. Try again, or choose another folder.</source>
        <translation>In %1 konnte kein PDF angelegt werden. Versuchen Sie es erneut oder wählen Sie einen anderen Ordner.</translation>
    </message>
</context>
<context>
    <name>PoseParser</name>
    <message>
        <source>joint angles are degrees from -180 to 180</source>
        <translation>Gelenkwinkel sind Grad von -180 bis 180</translation>
    </message>
    <message>
        <source>expected an object that maps pose ids to poses, found %1</source>
        <translation>erwartet: ein Objekt, das Posen-IDs auf Posen abbildet; gefunden: %1</translation>
    </message>
    <message>
        <source>no poses; add at least one, such as &quot;sitting-upright&quot;: {&quot;pelvisPitch&quot;: 0}</source>
        <translation>keine Posen; fügen Sie mindestens eine hinzu, etwa &quot;sitting-upright&quot;: {&quot;pelvisPitch&quot;: 0}</translation>
    </message>
</context>
<context>
    <name>ProgressAdvisor</name>
    <message>
        <source>A hold lasts %1 to %2 seconds and a routine asks %3 to %4 holds per side; %5 s and %6 holds do not fit.</source>
        <translation>Eine Haltephase dauert %1 bis %2 Sekunden, und eine Routine verlangt %3 bis %4 Haltephasen pro Seite; %5 s und %6 Haltephasen passen nicht dazu.</translation>
    </message>
    <message>
        <source>The routine has no exercise &quot;%1&quot;; there is no target to reset.</source>
        <translation>Die Routine hat keine Übung „%1“; es gibt kein Halteziel zum Zurücksetzen.</translation>
    </message>
</context>
<context>
    <name>ProgressReport</name>
    <message>
        <source>%1 · %2 · page %3 of %4</source>
        <translation>%1 · %2 · Seite %3 von %4</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Einheiten</translation>
    </message>
    <message>
        <source>Minutes held</source>
        <translation>Minuten gehalten</translation>
    </message>
    <message>
        <source>Days in a row now</source>
        <translation>Tage in Folge (aktuell)</translation>
    </message>
    <message>
        <source>Pain before a session</source>
        <translation>Schmerz vor einer Einheit</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>nicht erfasst</translation>
    </message>
    <message>
        <source>Minutes held each week</source>
        <translation>Gehaltene Minuten pro Woche</translation>
    </message>
    <message>
        <source>Left and right stacked, the week&apos;s total above each bar. Each week is named by its first day.</source>
        <translation>Links und rechts übereinander, die Wochensumme über jedem Balken. Jede Woche ist nach ihrem ersten Tag benannt.</translation>
    </message>
    <message>
        <source>Left and right, last four weeks</source>
        <translation>Links und rechts, letzte vier Wochen</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Links</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Rechts</translation>
    </message>
    <message>
        <source>Pain before and after a session</source>
        <translation>Schmerz vor und nach einer Einheit</translation>
    </message>
    <message>
        <source>The week&apos;s average of the scores given before and after each session: 0 is no pain, 10 the worst imaginable.</source>
        <translation>Wochendurchschnitt der Werte vor und nach jeder Einheit: 0 bedeutet kein Schmerz, 10 der schlimmste vorstellbare.</translation>
    </message>
    <message>
        <source>How far into the stretch</source>
        <translation>Reichweite in der Dehnung</translation>
    </message>
    <message>
        <source>The furthest position reached each week, on the exercise&apos;s own steps.</source>
        <translation>Die am weitesten erreichte Position jeder Woche, gemessen an den Stufen der jeweiligen Übung.</translation>
    </message>
    <message>
        <source>No reach recorded in these weeks.</source>
        <translation>In diesen Wochen wurde keine Reichweite erfasst.</translation>
    </message>
    <message>
        <source>Hold targets</source>
        <translation>Halteziele</translation>
    </message>
    <message>
        <source>How long and how often each exercise is held. Limber proposes a change when the sessions call for one; the person decides.</source>
        <translation>Wie lange und wie oft jede Übung gehalten wird. Limber schlägt eine Änderung vor, wenn die Einheiten es nahelegen; die Entscheidung trifft die übende Person.</translation>
    </message>
    <message>
        <source>Now: %1</source>
        <translation>Jetzt: %1</translation>
    </message>
    <message>
        <source>Not changed in these weeks.</source>
        <translation>In diesen Wochen nicht geändert.</translation>
    </message>
    <message>
        <source>Notes after sessions</source>
        <translation>Notizen nach den Einheiten</translation>
    </message>
    <message>
        <source>No notes in these weeks.</source>
        <translation>Keine Notizen in diesen Wochen.</translation>
    </message>
    <message>
        <source>Progress report</source>
        <translation>Fortschrittsbericht</translation>
    </message>
    <message>
        <source>0–10, first week → last week</source>
        <translation>0–10, erste Woche → letzte Woche</translation>
    </message>
</context>
<context>
    <name>ProgressText</name>
    <message numerus="yes">
        <source>You held every hold in your last %n session(s).</source>
        <translation>
            <numerusform>Sie haben zuletzt in %n Einheit jede Haltephase durchgehalten.</numerusform>
            <numerusform>Sie haben zuletzt in %n Einheiten jede Haltephase durchgehalten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You held every hold in your last %n session(s) and your pain did not rise.</source>
        <translation>
            <numerusform>Sie haben zuletzt in %n Einheit jede Haltephase durchgehalten, und Ihr Schmerz hat nicht zugenommen.</numerusform>
            <numerusform>Sie haben zuletzt in %n Einheiten jede Haltephase durchgehalten, und Ihr Schmerz hat nicht zugenommen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your last session stopped because it hurt.</source>
        <translation>Ihre letzte Einheit wurde wegen Schmerzen beendet.</translation>
    </message>
    <message>
        <source>Your pain went from %1 before a session to %2 after it.</source>
        <translation>Ihr Schmerz stieg von %1 vor einer Einheit auf %2 danach.</translation>
    </message>
    <message>
        <source>Your pain rose after a session.</source>
        <translation>Ihr Schmerz hat nach einer Einheit zugenommen.</translation>
    </message>
    <message numerus="yes">
        <source>Welcome back: it has been %n day(s) since you last did it.</source>
        <translation>
            <numerusform>Willkommen zurück: Sie haben diese Übung %n Tag lang nicht gemacht.</numerusform>
            <numerusform>Willkommen zurück: Sie haben diese Übung %n Tage lang nicht gemacht.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 × %2 s each side</source>
        <translation>%1 × %2 s je Seite</translation>
    </message>
    <message>
        <source>%1 × %2 s</source>
        <translation>%1 × %2 s</translation>
    </message>
    <message>
        <source>Try %1 from now on (now %2)?</source>
        <translation>Ab jetzt %1 versuchen (bisher %2)?</translation>
    </message>
    <message>
        <source>Ease back to %1 for a while (now %2)?</source>
        <translation>Eine Weile auf %1 zurückgehen (bisher %2)?</translation>
    </message>
    <message>
        <source>%1: %2 %3</source>
        <translation>%1: %2 %3</translation>
    </message>
    <message>
        <source>%1 feels comfortable now. When you feel ready, the next exercise of the programme is %2. Take it slowly, and only if your body agrees.</source>
        <translation>%1 fällt Ihnen jetzt leicht. Wenn Sie sich bereit fühlen, ist %2 die nächste Übung im Programm. Gehen Sie es langsam an, und nur, wenn Ihr Körper mitmacht.</translation>
    </message>
    <message>
        <source>%1: %2 (grown)</source>
        <translation>%1: %2 (gesteigert)</translation>
    </message>
    <message>
        <source>%1: %2 (eased back)</source>
        <translation>%1: %2 (zurückgenommen)</translation>
    </message>
    <message>
        <source>%1: %2 (set by hand)</source>
        <translation>%1: %2 (von Hand festgelegt)</translation>
    </message>
    <message>
        <source>%1: %2 (the routine&apos;s own plan)</source>
        <translation>%1: %2 (Plan der Routine)</translation>
    </message>
    <message>
        <source>%1: kept the target, declined %2</source>
        <translation>%1: Ziel beibehalten, %2 abgelehnt</translation>
    </message>
</context>
<context>
    <name>Reminder</name>
    <message>
        <source>Open Limber</source>
        <translation>Limber öffnen</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <source>Snooze 10 min</source>
        <translation>10 min später erinnern</translation>
    </message>
    <message>
        <source>Skip today</source>
        <translation>Heute auslassen</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>ReportText</name>
    <message numerus="yes">
        <source>%n week(s)</source>
        <translation>
            <numerusform>%n Woche</numerusform>
            <numerusform>%n Wochen</numerusform>
        </translation>
    </message>
    <message>
        <source>recorded in Limber</source>
        <translation>in Limber aufgezeichnet</translation>
    </message>
    <message>
        <source>Made on %1</source>
        <translation>Erstellt am %1</translation>
    </message>
    <message>
        <source>Exercises: %1</source>
        <translation>Übungen: %1</translation>
    </message>
    <message>
        <source>No sessions in these weeks.</source>
        <translation>Keine Einheiten in diesen Wochen.</translation>
    </message>
    <message numerus="yes">
        <source>%n completed</source>
        <translation>
            <numerusform>%n abgeschlossen</numerusform>
            <numerusform>%n abgeschlossen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stopped (%1 for pain)</source>
        <translation>
            <numerusform>%n beendet (%1 wegen Schmerzen)</numerusform>
            <numerusform>%n beendet (%1 wegen Schmerzen)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stopped</source>
        <translation>
            <numerusform>%n beendet</numerusform>
            <numerusform>%n beendet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n interrupted</source>
        <translation>
            <numerusform>%n unterbrochen</numerusform>
            <numerusform>%n unterbrochen</numerusform>
        </translation>
    </message>
    <message>
        <source>left %1</source>
        <translation>links %1</translation>
    </message>
    <message>
        <source>right %1</source>
        <translation>rechts %1</translation>
    </message>
    <message>
        <source>no side %1</source>
        <translation>ohne Seite %1</translation>
    </message>
    <message numerus="yes">
        <source>Best run: %n day(s)</source>
        <translation>
            <numerusform>Beste Serie: %n Tag</numerusform>
            <numerusform>Beste Serie: %n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>Before a session: %1 on average in the week of %2, the only week with a score.</source>
        <translation>Vor einer Einheit: im Schnitt %1 in der Woche vom %2, der einzigen Woche mit einem Wert.</translation>
    </message>
    <message>
        <source>After a session: %1 on average in the week of %2, the only week with a score.</source>
        <translation>Nach einer Einheit: im Schnitt %1 in der Woche vom %2, der einzigen Woche mit einem Wert.</translation>
    </message>
    <message>
        <source>Before a session: %1 on average in the week of %2, %3 in the week of %4.</source>
        <translation>Vor einer Einheit: im Schnitt %1 in der Woche vom %2, %3 in der Woche vom %4.</translation>
    </message>
    <message>
        <source>After a session: %1 on average in the week of %2, %3 in the week of %4.</source>
        <translation>Nach einer Einheit: im Schnitt %1 in der Woche vom %2, %3 in der Woche vom %4.</translation>
    </message>
    <message>
        <source>No pain scores were recorded in these weeks.</source>
        <translation>In diesen Wochen wurden keine Schmerzwerte erfasst.</translation>
    </message>
    <message>
        <source>No reach recorded in these weeks.</source>
        <translation>In diesen Wochen wurde keine Reichweite erfasst.</translation>
    </message>
    <message>
        <source>“%1” in the week of %2.</source>
        <translation>„%1“ in der Woche vom %2.</translation>
    </message>
    <message>
        <source>From “%1” in the week of %2 to “%3” in the week of %4.</source>
        <translation>Von „%1“ in der Woche vom %2 bis „%3“ in der Woche vom %4.</translation>
    </message>
    <message>
        <source>Furthest: “%1”.</source>
        <translation>Am weitesten: „%1“.</translation>
    </message>
</context>
<context>
    <name>RoutineDuration</name>
    <message>
        <source>No exercises yet</source>
        <translation>Noch keine Übungen</translation>
    </message>
    <message>
        <source>Under a minute</source>
        <translation>Unter einer Minute</translation>
    </message>
    <message numerus="yes">
        <source>About %n minute(s)</source>
        <translation>
            <numerusform>Etwa %n Minute</numerusform>
            <numerusform>Etwa %n Minuten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RoutineNames</name>
    <message>
        <source>Give the routine a name.</source>
        <translation>Geben Sie der Routine einen Namen.</translation>
    </message>
    <message>
        <source>Another routine is called that already; choose another name.</source>
        <translation>Eine andere Routine heißt bereits so; wählen Sie einen anderen Namen.</translation>
    </message>
</context>
<context>
    <name>RoutineParser</name>
    <message>
        <source>use %1 to %2 holds per side</source>
        <translation>verwenden Sie %1 bis %2 Haltephasen pro Seite</translation>
    </message>
    <message>
        <source>a hold lasts %1 to %2 seconds</source>
        <translation>eine Haltephase dauert %1 bis %2 Sekunden</translation>
    </message>
    <message>
        <source>switching sides takes 0 to %1 seconds</source>
        <translation>der Seitenwechsel dauert 0 bis %1 Sekunden</translation>
    </message>
    <message>
        <source>a rest lasts 0 to %1 seconds</source>
        <translation>eine Ruhepause dauert 0 bis %1 Sekunden</translation>
    </message>
    <message>
        <source>getting ready takes 0 to %1 seconds</source>
        <translation>das Bereitmachen dauert 0 bis %1 Sekunden</translation>
    </message>
    <message>
        <source>add at least one exercise, e.g. {&quot;exercise&quot;: &quot;seated-leg-cross&quot;}</source>
        <translation>fügen Sie mindestens eine Übung hinzu, z. B. {&quot;exercise&quot;: &quot;seated-leg-cross&quot;}</translation>
    </message>
    <message>
        <source>a routine has at most %1 exercises; split it into shorter routines</source>
        <translation>eine Routine hat höchstens %1 Übungen; teilen Sie sie in kürzere Routinen auf</translation>
    </message>
</context>
<context>
    <name>RoutineRequest</name>
    <message>
        <source>No routines are installed; give the path to a routine file.</source>
        <translation>Es sind keine Routinen installiert; geben Sie den Pfad zu einer Routinendatei an.</translation>
    </message>
    <message>
        <source>Known routines: %1. Give one of these ids, or the path to a routine file.</source>
        <translation>Bekannte Routinen: %1. Geben Sie eine dieser IDs oder den Pfad zu einer Routinendatei an.</translation>
    </message>
    <message>
        <source>There is no routine to start. Add a routine file to your content folder, or reinstall Limber.</source>
        <translation>Es gibt keine Routine zum Starten. Legen Sie eine Routinendatei in Ihren Inhaltsordner oder installieren Sie Limber neu.</translation>
    </message>
    <message>
        <source>The routine file “%1” cannot be used: %2</source>
        <translation>Die Routinendatei „%1“ kann nicht verwendet werden: %2</translation>
    </message>
    <message>
        <source>The routine file “%1” does not exist. %2</source>
        <translation>Die Routinendatei „%1“ existiert nicht. %2</translation>
    </message>
    <message>
        <source>There is no routine “%1”. %2</source>
        <translation>Es gibt keine Routine „%1“. %2</translation>
    </message>
    <message>
        <source>No such file</source>
        <translation>Datei nicht gefunden</translation>
    </message>
    <message>
        <source>There is no file “%1”. Check its name and folder, or give the id of one of Limber&apos;s routines.</source>
        <translation>Es gibt keine Datei „%1“. Prüfen Sie Namen und Ordner, oder geben Sie die ID einer Routine von Limber an.</translation>
    </message>
    <message>
        <source>Looked for: %1
%2</source>
        <translation>Gesucht: %1
%2</translation>
    </message>
    <message>
        <source>Not a routine file</source>
        <translation>Keine Routinendatei</translation>
    </message>
    <message>
        <source>“%1” is a folder. Give the routine file inside it.</source>
        <translation>„%1“ ist ein Ordner. Geben Sie die Routinendatei darin an.</translation>
    </message>
    <message>
        <source>“%1” is not a routine file: Limber could not read it as one. Ask whoever gave it to you for the file again, or export the routine from Limber&apos;s Routines page.</source>
        <translation>„%1“ ist keine Routinendatei: Limber konnte sie nicht als solche lesen. Bitten Sie die Person, von der Sie die Datei haben, sie Ihnen noch einmal zu geben, oder exportieren Sie die Routine auf der Seite „Routinen“ von Limber.</translation>
    </message>
    <message>
        <source>“%1” is not a routine Limber can use: some of what a routine needs is missing or wrong in it. The details say which line.</source>
        <translation>„%1“ ist keine Routine, die Limber verwenden kann: Etwas, das eine Routine braucht, fehlt darin oder ist falsch. Die Details nennen die Zeile.</translation>
    </message>
    <message>
        <source>Unknown exercise</source>
        <translation>Unbekannte Übung</translation>
    </message>
    <message>
        <source>The routine in “%1” names an exercise Limber does not have. It may come from a newer Limber, or have a typing mistake in an exercise&apos;s name.</source>
        <translation>Die Routine in „%1“ nennt eine Übung, die Limber nicht kennt. Sie stammt vielleicht von einer neueren Version von Limber, oder der Name einer Übung enthält einen Tippfehler.</translation>
    </message>
    <message>
        <source>“%1” cannot be used as a routine.</source>
        <translation>„%1“ kann nicht als Routine verwendet werden.</translation>
    </message>
    <message>
        <source>No routines</source>
        <translation>Keine Routinen</translation>
    </message>
    <message>
        <source>Limber has no routines installed. Reinstall Limber, or give the path to a routine file.</source>
        <translation>In Limber sind keine Routinen installiert. Installieren Sie Limber neu, oder geben Sie den Pfad zu einer Routinendatei an.</translation>
    </message>
    <message>
        <source>Unknown routine</source>
        <translation>Unbekannte Routine</translation>
    </message>
    <message>
        <source>Limber has no routine called “%1”. Check the name: the details list the routines there are.</source>
        <translation>Limber hat keine Routine namens „%1“. Prüfen Sie den Namen: Die Details führen die vorhandenen Routinen auf.</translation>
    </message>
</context>
<context>
    <name>RoutineSheet</name>
    <message>
        <source>%1 · page %2 of %3</source>
        <translation>%1 · Seite %2 von %3</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>Holds</source>
        <translation>Haltephasen</translation>
    </message>
    <message>
        <source>Breathing</source>
        <translation>Atmung</translation>
    </message>
    <message>
        <source>Take care</source>
        <translation>Achtung</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>%1: week log</source>
        <translation>%1: Wochenprotokoll</translation>
    </message>
    <message>
        <source>Tick a box after each hold. In the pain box, write how much pain you had that day, from 0 (none) to 10 (the worst you can imagine).</source>
        <translation>Haken Sie nach jeder Haltephase ein Kästchen ab. Tragen Sie in das Schmerzfeld ein, wie stark Ihre Schmerzen an diesem Tag waren, von 0 (keine) bis 10 (die schlimmsten, die Sie sich vorstellen können).</translation>
    </message>
</context>
<context>
    <name>SaveTarget</name>
    <message>
        <source>Could not save %1: there is no room left on the disk. Free some space or choose another drive. Any earlier file there is unchanged.</source>
        <translation>%1 konnte nicht gespeichert werden: Auf dem Datenträger ist kein Platz mehr frei. Schaffen Sie Platz oder wählen Sie ein anderes Laufwerk. Eine frühere Datei dort bleibt unverändert.</translation>
    </message>
    <message>
        <source>Could not save %1: %2. Any earlier file there is unchanged. Try again, or choose another folder.</source>
        <translation>%1 konnte nicht gespeichert werden: %2. Eine frühere Datei dort bleibt unverändert. Versuchen Sie es erneut oder wählen Sie einen anderen Ordner.</translation>
    </message>
    <message>
        <source>No file name was given. Choose where to save the PDF and type a name for it.</source>
        <translation>Es wurde kein Dateiname angegeben. Wählen Sie, wo das PDF gespeichert werden soll, und geben Sie einen Namen ein.</translation>
    </message>
    <message>
        <source>Could not save %1: that is the name of a folder, not of a file. Choose another name for the PDF.</source>
        <translation>%1 konnte nicht gespeichert werden: Das ist der Name eines Ordners, nicht einer Datei. Wählen Sie einen anderen Namen für das PDF.</translation>
    </message>
    <message>
        <source>Could not save %1: the folder %2 does not exist (it may have been moved, renamed or removed, or its drive disconnected). Choose another folder.</source>
        <translation>%1 konnte nicht gespeichert werden: Der Ordner %2 existiert nicht (er wurde vielleicht verschoben, umbenannt oder entfernt, oder sein Laufwerk ist nicht mehr verbunden). Wählen Sie einen anderen Ordner.</translation>
    </message>
    <message>
        <source>Could not save %1: %2 is a file, not a folder. Choose another folder.</source>
        <translation>%1 konnte nicht gespeichert werden: %2 ist eine Datei, kein Ordner. Wählen Sie einen anderen Ordner.</translation>
    </message>
    <message>
        <source>Could not save %1: the folder %2 is read-only, so no file can be added to it. Choose another folder, such as your Documents folder.</source>
        <translation>%1 konnte nicht gespeichert werden: Der Ordner %2 ist schreibgeschützt, es kann also keine Datei hinzugefügt werden. Wählen Sie einen anderen Ordner, etwa Ihren Dokumente-Ordner.</translation>
    </message>
    <message>
        <source>Could not replace %1: the file there is read-only. Choose another name, or make that file writable first.</source>
        <translation>%1 konnte nicht ersetzt werden: Die vorhandene Datei ist schreibgeschützt. Wählen Sie einen anderen Namen oder heben Sie zuerst den Schreibschutz der Datei auf.</translation>
    </message>
</context>
<context>
    <name>SessionCues</name>
    <message>
        <source>Get ready: %1</source>
        <translation>Bereit machen: %1</translation>
    </message>
    <message>
        <source>Get ready: %1. %2</source>
        <translation>Bereit machen: %1. %2</translation>
    </message>
    <message>
        <source>Stop here. Come out of the stretch slowly and rest.</source>
        <translation>Hören Sie hier auf. Lösen Sie die Dehnung langsam und ruhen Sie sich aus.</translation>
    </message>
    <message numerus="yes">
        <source>%1: step %2 of %n</source>
        <translation>
            <numerusform>%1: Schritt %2 von %n</numerusform>
            <numerusform>%1: Schritt %2 von %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Hold %1 of %n</source>
        <translation>
            <numerusform>Haltephase %1 von %n</numerusform>
            <numerusform>Haltephase %1 von %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Hold %1 of %n: %2</source>
        <translation>
            <numerusform>Haltephase %1 von %n: %2</numerusform>
            <numerusform>Haltephase %1 von %n: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Switch: %1</source>
        <translation>Seite wechseln: %1</translation>
    </message>
    <message>
        <source>Switch to the right side</source>
        <translation>Wechseln Sie auf die rechte Seite</translation>
    </message>
    <message>
        <source>Switch to the left side</source>
        <translation>Wechseln Sie auf die linke Seite</translation>
    </message>
    <message>
        <source>Switch sides</source>
        <translation>Seite wechseln</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Halten</translation>
    </message>
    <message>
        <source>Switch</source>
        <translation>Wechseln</translation>
    </message>
    <message>
        <source>Rest</source>
        <translation>Ruhepause</translation>
    </message>
    <message>
        <source>Rest. Next: %1</source>
        <translation>Ruhepause. Als Nächstes: %1</translation>
    </message>
    <message>
        <source>Ten seconds remaining</source>
        <translation>Noch zehn Sekunden</translation>
    </message>
    <message>
        <source>Halfway</source>
        <translation>Halbzeit</translation>
    </message>
    <message>
        <source>Breathe in</source>
        <translation>Einatmen</translation>
    </message>
    <message>
        <source>Breathe out</source>
        <translation>Ausatmen</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Well done</source>
        <translation>Gut gemacht</translation>
    </message>
    <message>
        <source>No holds done this time.</source>
        <translation>Diesmal wurde keine Haltephase zu Ende gehalten.</translation>
    </message>
    <message>
        <source>Paused: the computer was asleep. Resume when you are ready.</source>
        <translation>Pausiert: Der Computer war im Ruhezustand. Setzen Sie fort, wenn Sie bereit sind.</translation>
    </message>
    <message>
        <source>Paused: Limber was held up for a while. Resume when you are ready.</source>
        <translation>Pausiert: Limber wurde eine Weile aufgehalten. Setzen Sie fort, wenn Sie bereit sind.</translation>
    </message>
</context>
<context>
    <name>SessionDeletion</name>
    <message>
        <source>Delete session</source>
        <translation>Einheit löschen</translation>
    </message>
    <message>
        <source>&amp;Delete Session</source>
        <translation>Einheit &amp;löschen</translation>
    </message>
    <message>
        <source>Limber: session not deleted</source>
        <translation>Limber: Einheit nicht gelöscht</translation>
    </message>
    <message numerus="yes">
        <source>Delete the session of %1 (%2: %n hold(s), %3 held)?

It leaves your history, your charts and your streaks. A backup of your history is made first: File ▸ Restore a Backup brings it back.</source>
        <translation>
            <numerusform>Die Einheit vom %1 löschen (%2: %n Haltephase, %3 gehalten)?

Sie verschwindet aus Ihrem Verlauf, Ihren Diagrammen und Ihren Serien. Vorher wird eine Sicherung Ihres Verlaufs angelegt: Mit Datei ▸ Sicherung wiederherstellen holen Sie sie zurück.</numerusform>
            <numerusform>Die Einheit vom %1 löschen (%2: %n Haltephasen, %3 gehalten)?

Sie verschwindet aus Ihrem Verlauf, Ihren Diagrammen und Ihren Serien. Vorher wird eine Sicherung Ihres Verlaufs angelegt: Mit Datei ▸ Sicherung wiederherstellen holen Sie sie zurück.</numerusform>
        </translation>
    </message>
    <message>
        <source>That session is still running. Finish or stop it, then delete it.</source>
        <translation>Diese Einheit läuft noch. Schließen Sie sie ab oder beenden Sie sie, und löschen Sie sie dann.</translation>
    </message>
    <message>
        <source>No backup could be made, so nothing was deleted. %1</source>
        <translation>Es konnte keine Sicherung angelegt werden, daher wurde nichts gelöscht. %1</translation>
    </message>
    <message>
        <source>Deleting the session…</source>
        <translation>Die Einheit wird gelöscht…</translation>
    </message>
</context>
<context>
    <name>SessionLog</name>
    <message>
        <source>The session this hold belongs to is no longer in the history (was a backup restored meanwhile?). Start a new session to record further holds.</source>
        <translation>Die Einheit, zu der diese Haltephase gehört, ist nicht mehr im Verlauf (wurde inzwischen eine Sicherung wiederhergestellt?). Starten Sie eine neue Einheit, um weitere Haltephasen aufzuzeichnen.</translation>
    </message>
    <message>
        <source>No session is being recorded.</source>
        <translation>Es wird keine Einheit aufgezeichnet.</translation>
    </message>
    <message>
        <source>A session is already being recorded; finish it first.</source>
        <translation>Es wird bereits eine Einheit aufgezeichnet; schließen Sie diese zuerst ab.</translation>
    </message>
    <message>
        <source>the start of the session</source>
        <translation>den Beginn der Einheit</translation>
    </message>
    <message>
        <source>The hold of &quot;%1&quot; has values Limber cannot store (hold %2, held %3 ms); it was not recorded.</source>
        <translation>Die Haltephase von „%1“ hat Werte, die Limber nicht speichern kann (Haltephase %2, gehalten %3 ms); sie wurde nicht aufgezeichnet.</translation>
    </message>
    <message>
        <source>the hold of &quot;%1&quot;</source>
        <translation>die Haltephase von „%1“</translation>
    </message>
    <message>
        <source>Reach is recorded on a scale from 0 to 3, not %1.</source>
        <translation>Die Reichweite wird auf einer Skala von 0 bis 3 erfasst, nicht %1.</translation>
    </message>
    <message>
        <source>how far you reached</source>
        <translation>die erreichte Reichweite</translation>
    </message>
    <message>
        <source>Pain is recorded on a scale from 0 to 10, not %1.</source>
        <translation>Der Schmerz wird auf einer Skala von 0 bis 10 erfasst, nicht %1.</translation>
    </message>
    <message>
        <source>the pain level</source>
        <translation>den Schmerzwert</translation>
    </message>
    <message>
        <source>the note</source>
        <translation>die Notiz</translation>
    </message>
    <message>
        <source>the end of the session</source>
        <translation>das Ende der Einheit</translation>
    </message>
    <message numerus="yes">
        <source>Limber could not save %1. %2 Limber keeps %n unsaved record(s) and saves them when you try again.</source>
        <translation>
            <numerusform>Limber konnte %1 nicht speichern. %2 Limber behält %n ungespeicherten Eintrag und speichert ihn, wenn Sie es erneut versuchen.</numerusform>
            <numerusform>Limber konnte %1 nicht speichern. %2 Limber behält %n ungespeicherte Einträge und speichert sie, wenn Sie es erneut versuchen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Limber could not write %1 into the file of unsaved holds. %2</source>
        <translation>Limber konnte %1 nicht in die Datei der ungespeicherten Haltephasen schreiben. %2</translation>
    </message>
</context>
<context>
    <name>SessionRecords</name>
    <message>
        <source>Limber could not delete the session.</source>
        <translation>Limber konnte die Einheit nicht löschen.</translation>
    </message>
    <message>
        <source>That session is no longer in your history.</source>
        <translation>Diese Einheit ist nicht mehr in Ihrem Verlauf.</translation>
    </message>
    <message>
        <source>That session is still running. Finish or stop it, then delete it.</source>
        <translation>Diese Einheit läuft noch. Schließen Sie sie ab oder beenden Sie sie, und löschen Sie sie dann.</translation>
    </message>
</context>
<context>
    <name>SessionText</name>
    <message>
        <source>Left side</source>
        <translation>Links</translation>
    </message>
    <message>
        <source>Right side</source>
        <translation>Rechts</translation>
    </message>
    <message>
        <source>%1 · get ready</source>
        <translation>%1 · Bereit machen</translation>
    </message>
    <message numerus="yes">
        <source>%1 · step %2 of %n</source>
        <translation>
            <numerusform>%1 · Schritt %2 von %n</numerusform>
            <numerusform>%1 · Schritt %2 von %n</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · hold</source>
        <translation>%1 · Halten</translation>
    </message>
    <message>
        <source>%1 · switch sides</source>
        <translation>%1 · Seite wechseln</translation>
    </message>
    <message>
        <source>%1 · rest</source>
        <translation>%1 · Ruhepause</translation>
    </message>
    <message>
        <source>Session complete</source>
        <translation>Einheit abgeschlossen</translation>
    </message>
    <message>
        <source>Get into the starting position.</source>
        <translation>Gehen Sie in die Ausgangsposition.</translation>
    </message>
    <message>
        <source>Hold the stretch and breathe slowly.</source>
        <translation>Halten Sie die Dehnung und atmen Sie ruhig.</translation>
    </message>
    <message>
        <source>Switch sides: now %1.</source>
        <translation>Seite wechseln: jetzt %1.</translation>
    </message>
    <message>
        <source>Switch sides.</source>
        <translation>Seite wechseln.</translation>
    </message>
    <message>
        <source>Rest and breathe.</source>
        <translation>Ruhen Sie sich aus und atmen Sie.</translation>
    </message>
    <message>
        <source>Well done.</source>
        <translation>Gut gemacht.</translation>
    </message>
    <message>
        <source>Get ready</source>
        <translation>Bereit machen</translation>
    </message>
    <message>
        <source>Get ready · %1 first</source>
        <translation>Bereit machen · zuerst %1</translation>
    </message>
    <message numerus="yes">
        <source>Hold %1 of %n</source>
        <translation>
            <numerusform>Haltephase %1 von %n</numerusform>
            <numerusform>Haltephase %1 von %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 · hold %2 of %n</source>
        <translation>
            <numerusform>%1 · Haltephase %2 von %n</numerusform>
            <numerusform>%1 · Haltephase %2 von %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Next: get ready for %1 (%2)</source>
        <translation>Gleich: Bereit machen für %1 (%2)</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Gleich: %1</translation>
    </message>
    <message numerus="yes">
        <source>Next: %1, step %2 of %n</source>
        <translation>
            <numerusform>Gleich: %1, Schritt %2 von %n</numerusform>
            <numerusform>Gleich: %1, Schritt %2 von %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Next: hold %1 of %n (%2)</source>
        <translation>
            <numerusform>Gleich: Haltephase %1 von %n (%2)</numerusform>
            <numerusform>Gleich: Haltephase %1 von %n (%2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Next: hold %1 of %n, %2 (%3)</source>
        <translation>
            <numerusform>Gleich: Haltephase %1 von %n, %2 (%3)</numerusform>
            <numerusform>Gleich: Haltephase %1 von %n, %2 (%3)</numerusform>
        </translation>
    </message>
    <message>
        <source>Next: switch sides</source>
        <translation>Gleich: Seite wechseln</translation>
    </message>
    <message>
        <source>Next: rest (%1)</source>
        <translation>Gleich: Ruhepause (%1)</translation>
    </message>
    <message>
        <source>Next: the end</source>
        <translation>Gleich: Ende</translation>
    </message>
</context>
<context>
    <name>SheetContentBuilder</name>
    <message>
        <source>R</source>
        <comment>right side, a box in the week grid</comment>
        <translation>R</translation>
    </message>
    <message>
        <source>L</source>
        <comment>left side, a box in the week grid</comment>
        <translation>L</translation>
    </message>
    <message>
        <source>right side</source>
        <translation>rechte Seite</translation>
    </message>
    <message>
        <source>left side</source>
        <translation>linke Seite</translation>
    </message>
    <message>
        <source>No routines are installed, so there is nothing to print.</source>
        <translation>Es sind keine Routinen installiert, daher gibt es nichts zu drucken.</translation>
    </message>
    <message>
        <source>There is no routine called &quot;%1&quot;, and no routines are installed.</source>
        <translation>Es gibt keine Routine namens „%1“, und es sind keine Routinen installiert.</translation>
    </message>
    <message>
        <source>There is no routine called &quot;%1&quot;. Known routines: %2.</source>
        <translation>Es gibt keine Routine namens „%1“. Bekannte Routinen: %2.</translation>
    </message>
    <message>
        <source>The routine &quot;%1&quot; uses the exercise &quot;%2&quot;, which is not installed.</source>
        <translation>Die Routine „%1“ verwendet die Übung „%2“, die nicht installiert ist.</translation>
    </message>
    <message>
        <source>Ask your doctor before you start any exercise routine.</source>
        <translation>Fragen Sie Ihre Ärztin oder Ihren Arzt, bevor Sie mit einer Übungsroutine beginnen.</translation>
    </message>
    <message numerus="yes">
        <source>%n hold(s) per side, %1 each</source>
        <translation>
            <numerusform>%n Haltephase pro Seite, je %1</numerusform>
            <numerusform>%n Haltephasen pro Seite, je %1</numerusform>
        </translation>
    </message>
    <message>
        <source>start with the %1</source>
        <comment>%1 is a side, e.g. &apos;left leg on top&apos;</comment>
        <translation>zuerst %1</translation>
    </message>
    <message>
        <source>%1 to switch</source>
        <translation>%1 zum Wechseln</translation>
    </message>
    <message numerus="yes">
        <source>%n hold(s), %1 each</source>
        <translation>
            <numerusform>%n Haltephase, je %1</numerusform>
            <numerusform>%n Haltephasen, je %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 rest between holds</source>
        <translation>%1 Ruhepause zwischen den Haltephasen</translation>
    </message>
    <message>
        <source>%1 rest before the next exercise</source>
        <translation>%1 Ruhepause vor der nächsten Übung</translation>
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
        <translation>Ziel</translation>
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
        <translation> oder </translation>
    </message>
    <message>
        <source>Space or Enter</source>
        <translation>Leertaste oder Enter</translation>
    </message>
    <message>
        <source>Full screen, or back</source>
        <translation>Vollbild, oder zurück</translation>
    </message>
    <message>
        <source>Everywhere</source>
        <translation>Überall</translation>
    </message>
    <message>
        <source>Today&apos;s routine and Start</source>
        <translation>Heutige Routine und Starten</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Routines</source>
        <translation>Routinen</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Drucken</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Print the routine sheet</source>
        <translation>Übungsblatt drucken</translation>
    </message>
    <message>
        <source>The guide (not in a session or the routine editor)</source>
        <translation>Die Anleitung (nicht in einer Einheit oder im Routinen-Editor)</translation>
    </message>
    <message>
        <source>This list of keys</source>
        <translation>Diese Tastenliste</translation>
    </message>
    <message>
        <source>Quit Limber</source>
        <translation>Limber beenden</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Start today&apos;s routine (Start has the keyboard focus)</source>
        <translation>Heutige Routine starten (wenn „Starten“ den Tastaturfokus hat)</translation>
    </message>
    <message>
        <source>Read about the exercise in focus</source>
        <translation>Mehr über die ausgewählte Übung lesen</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>During a session</source>
        <translation>Während einer Einheit</translation>
    </message>
    <message>
        <source>Pause, or go on</source>
        <translation>Pause oder fortsetzen</translation>
    </message>
    <message>
        <source>Skip to the next step</source>
        <translation>Zum nächsten Schritt springen</translation>
    </message>
    <message>
        <source>Back to the start of this step</source>
        <translation>Zurück zum Anfang dieses Schritts</translation>
    </message>
    <message>
        <source>Add 15 seconds to this hold</source>
        <translation>Diese Haltephase um 15 Sekunden verlängern</translation>
    </message>
    <message>
        <source>Read about this exercise (the session waits)</source>
        <translation>Mehr über diese Übung lesen (die Einheit wartet)</translation>
    </message>
    <message>
        <source>It hurts: stop the session</source>
        <translation>Es tut weh: Einheit beenden</translation>
    </message>
    <message>
        <source>Leave full screen; otherwise ask whether to stop (Esc again: keep going)</source>
        <translation>Vollbild verlassen; sonst nachfragen, ob beendet werden soll (erneut Esc: weitermachen)</translation>
    </message>
    <message>
        <source>Pain questions</source>
        <translation>Fragen zum Schmerz</translation>
    </message>
    <message>
        <source>Choose that level of pain</source>
        <translation>Diese Schmerzstufe wählen</translation>
    </message>
    <message>
        <source>0 … 9</source>
        <translation>0 … 9</translation>
    </message>
    <message>
        <source>Choose pain 10</source>
        <translation>Schmerz 10 wählen</translation>
    </message>
    <message>
        <source>Choose how far you got (after a session)</source>
        <translation>Wählen, wie weit Sie gekommen sind (nach einer Einheit)</translation>
    </message>
    <message>
        <source>A, B, C, …</source>
        <translation>A, B, C, …</translation>
    </message>
    <message>
        <source>Move between levels, or clear the answer</source>
        <translation>Zwischen Stufen wechseln oder die Antwort löschen</translation>
    </message>
    <message>
        <source>Left, Right, Delete</source>
        <translation>Links, Rechts, Entf</translation>
    </message>
    <message>
        <source>New routine</source>
        <translation>Neue Routine</translation>
    </message>
    <message>
        <source>Rename the routine</source>
        <translation>Routine umbenennen</translation>
    </message>
    <message>
        <source>Delete the selected routine or exercise</source>
        <translation>Ausgewählte Routine oder Übung löschen</translation>
    </message>
    <message>
        <source>Move the selected exercise up or down</source>
        <translation>Ausgewählte Übung nach oben oder unten verschieben</translation>
    </message>
    <message>
        <source>Undo the last change</source>
        <translation>Letzte Änderung rückgängig machen</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Read about the selected exercise (in the editor)</source>
        <translation>Mehr über die ausgewählte Übung lesen (im Editor)</translation>
    </message>
    <message>
        <source>Exercise page</source>
        <translation>Übungsseite</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Top or end of the page</source>
        <translation>Anfang oder Ende der Seite</translation>
    </message>
    <message>
        <source>Home, End</source>
        <translation>Pos1, Ende</translation>
    </message>
    <message>
        <source>History chart</source>
        <translation>Verlaufsdiagramm</translation>
    </message>
    <message>
        <source>The week before or after</source>
        <translation>Die Woche davor oder danach</translation>
    </message>
    <message>
        <source>Left, Right</source>
        <translation>Links, Rechts</translation>
    </message>
    <message>
        <source>The first or the last week</source>
        <translation>Die erste oder die letzte Woche</translation>
    </message>
    <message>
        <source>Remove the selected reminder time</source>
        <translation>Ausgewählte Erinnerungszeit entfernen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Entf</translation>
    </message>
</context>
<context>
    <name>SingleInstance</name>
    <message>
        <source>Limber is already running, but this request could not be passed to it (%1): %2</source>
        <translation>Limber läuft bereits, aber diese Anfrage konnte nicht weitergegeben werden (%1): %2</translation>
    </message>
</context>
<context>
    <name>SoundTest</name>
    <message>
        <source>This is how Limber sounds. Breathe slowly and relax into the stretch.</source>
        <translation>So klingt Limber. Atmen Sie langsam und entspannen Sie sich in die Dehnung hinein.</translation>
    </message>
    <message>
        <source>The voice is not available: %1</source>
        <translation>Die Stimme ist nicht verfügbar: %1</translation>
    </message>
    <message>
        <source>this computer cannot speak.</source>
        <translation>dieser Computer kann nicht sprechen.</translation>
    </message>
    <message>
        <source>Tones and voice are both off, so there is nothing to play.</source>
        <translation>Töne und Stimme sind beide aus, daher gibt es nichts abzuspielen.</translation>
    </message>
    <message>
        <source>Played the start tone and a sentence</source>
        <translation>Startton und ein Satz abgespielt</translation>
    </message>
    <message>
        <source>Played the start tone</source>
        <translation>Startton abgespielt</translation>
    </message>
    <message>
        <source>Said a sentence</source>
        <translation>Ein Satz gesprochen</translation>
    </message>
    <message>
        <source>%1 at %2 % volume on “%3”.</source>
        <translation>%1, mit %2 % Lautstärke über „%3“.</translation>
    </message>
</context>
<context>
    <name>StorageMessages</name>
    <message>
        <source>Limber could not name its backup %1. Check that you may write to the folder.</source>
        <translation>Limber konnte seine Sicherung nicht %1 nennen. Prüfen Sie, ob Sie in den Ordner schreiben dürfen.</translation>
    </message>
    <message>
        <source>Limber could not delete the old backup %1.</source>
        <translation>Limber konnte die alte Sicherung %1 nicht löschen.</translation>
    </message>
    <message>
        <source>Limber could not delete the unfinished backup %1.</source>
        <translation>Limber konnte die unvollständige Sicherung %1 nicht löschen.</translation>
    </message>
    <message>
        <source>it is not a history this version of Limber can read.</source>
        <translation>es handelt sich nicht um einen Verlauf, den diese Version von Limber lesen kann.</translation>
    </message>
    <message>
        <source>The backup %1 cannot be restored: %2</source>
        <translation>Die Sicherung %1 kann nicht wiederhergestellt werden: %2</translation>
    </message>
    <message>
        <source>Limber could not open its history file.</source>
        <translation>Limber konnte seine Verlaufsdatei nicht öffnen.</translation>
    </message>
    <message>
        <source>Limber could not close its history file.</source>
        <translation>Limber konnte seine Verlaufsdatei nicht schließen.</translation>
    </message>
    <message>
        <source>Limber could not read a value from its history file.</source>
        <translation>Limber konnte einen Wert aus seiner Verlaufsdatei nicht lesen.</translation>
    </message>
    <message>
        <source>Limber keeps your history in a file named %1, but there is a folder with that name in %2. Limber does not touch that folder. Move or rename it, then start Limber again, or start Limber with --data-dir and another folder.</source>
        <translation>Limber speichert Ihren Verlauf in einer Datei namens %1, aber in %2 gibt es einen Ordner mit diesem Namen. Limber rührt diesen Ordner nicht an. Verschieben Sie ihn oder benennen Sie ihn um und starten Sie Limber dann neu, oder starten Sie Limber mit --data-dir und einem anderen Ordner.</translation>
    </message>
    <message>
        <source>Limber could not create the folder %1.</source>
        <translation>Limber konnte den Ordner %1 nicht anlegen.</translation>
    </message>
    <message>
        <source>Limber could not move %1 into %2.</source>
        <translation>Limber konnte %1 nicht nach %2 verschieben.</translation>
    </message>
    <message>
        <source>Limber could not set up its history file (%1 is %2, not %3).</source>
        <translation>Limber konnte seine Verlaufsdatei nicht einrichten (%1 ist %2, nicht %3).</translation>
    </message>
    <message>
        <source>Limber may not read %1. Check the permissions of the file.</source>
        <translation>Limber darf %1 nicht lesen. Prüfen Sie die Zugriffsrechte der Datei.</translation>
    </message>
    <message>
        <source>A hold in the history file points to a session that does not exist (table %1).</source>
        <translation>Eine Haltephase in der Verlaufsdatei verweist auf eine Einheit, die es nicht gibt (Tabelle %1).</translation>
    </message>
    <message>
        <source>Updating the history file to format %1 failed; the file stays at format %2. %3</source>
        <translation>Die Aktualisierung der Verlaufsdatei auf Format %1 ist fehlgeschlagen; die Datei bleibt im Format %2. %3</translation>
    </message>
    <message>
        <source>Limber refused to run a malformed command on its history file.</source>
        <translation>Limber hat es abgelehnt, einen fehlerhaften Befehl auf seine Verlaufsdatei anzuwenden.</translation>
    </message>
    <message>
        <source>The disk that holds %1 is full. Free some space on that disk, then try again.</source>
        <translation>Der Datenträger mit %1 ist voll. Schaffen Sie dort Platz und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>Limber may not write to %1. Make the folder %2 writable, or start Limber with --data-dir and a folder you can write to.</source>
        <translation>Limber darf nicht in %1 schreiben. Machen Sie den Ordner %2 beschreibbar, oder starten Sie Limber mit --data-dir und einem Ordner, in den Sie schreiben können.</translation>
    </message>
    <message>
        <source>Limber cannot open %1. Check that the folder %2 exists and that you may write to it, or start Limber with --data-dir and another folder.</source>
        <translation>Limber kann %1 nicht öffnen. Prüfen Sie, ob der Ordner %2 existiert und Sie hineinschreiben dürfen, oder starten Sie Limber mit --data-dir und einem anderen Ordner.</translation>
    </message>
    <message>
        <source>%1 is damaged or is not a Limber history file. Quit Limber and start it again: it keeps the damaged file aside and starts a new history, from which you can restore a backup.</source>
        <translation>%1 ist beschädigt oder keine Verlaufsdatei von Limber. Beenden Sie Limber und starten Sie es neu: Es legt die beschädigte Datei beiseite und beginnt einen neuen Verlauf, in dem Sie eine Sicherung wiederherstellen können.</translation>
    </message>
    <message>
        <source>%1 is in use by another program. Close other copies of Limber and any database tool that has it open, then try again.</source>
        <translation>%1 wird von einem anderen Programm verwendet. Schließen Sie andere Limber-Fenster und jedes Datenbankprogramm, das die Datei geöffnet hat, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The disk reported an error while Limber was reading or writing %1. Check that the disk is connected and has free space, then try again.</source>
        <translation>Der Datenträger hat beim Lesen oder Schreiben von %1 einen Fehler gemeldet. Prüfen Sie, ob er angeschlossen ist und freien Platz hat, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The computer ran out of memory while Limber was using %1. Close some programs, then try again.</source>
        <translation>Dem Computer ging der Arbeitsspeicher aus, während Limber %1 verwendete. Schließen Sie einige Programme und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The system did not allow Limber to use %1. Check the permissions of the folder %2.</source>
        <translation>Das System hat Limber die Verwendung von %1 nicht erlaubt. Prüfen Sie die Zugriffsrechte des Ordners %2.</translation>
    </message>
    <message>
        <source>Limber could not use %1. If this keeps happening, please report it with the details below.</source>
        <translation>Limber konnte %1 nicht verwenden. Wenn das wiederholt vorkommt, melden Sie es bitte mit den Details unten.</translation>
    </message>
    <message>
        <source>(SQLite error %1: %2)</source>
        <translation>(SQLite-Fehler %1: %2)</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Limber (history format %2; this version understands up to %3). Limber shows your history but will not change the file. Update Limber to record new sessions.</source>
        <translation>%1 wurde von einer neueren Version von Limber geschrieben (Verlaufsformat %2; diese Version versteht bis %3). Limber zeigt Ihren Verlauf an, ändert die Datei aber nicht. Aktualisieren Sie Limber, um neue Einheiten aufzuzeichnen.</translation>
    </message>
    <message>
        <source>Limber may not write to the folder %1, so it shows your history but cannot record new sessions. Make the folder writable, or start Limber with --data-dir and a folder you can write to.</source>
        <translation>Limber darf nicht in den Ordner %1 schreiben; es zeigt daher Ihren Verlauf an, kann aber keine neuen Einheiten aufzeichnen. Machen Sie den Ordner beschreibbar, oder starten Sie Limber mit --data-dir und einem Ordner, in den Sie schreiben können.</translation>
    </message>
    <message>
        <source>Limber may not write to %1, so it shows your history but cannot record new sessions. Make the file writable, or start Limber with --data-dir and a folder you can write to.</source>
        <translation>Limber darf nicht in %1 schreiben; es zeigt daher Ihren Verlauf an, kann aber keine neuen Einheiten aufzeichnen. Machen Sie die Datei beschreibbar, oder starten Sie Limber mit --data-dir und einem Ordner, in den Sie schreiben können.</translation>
    </message>
    <message>
        <source>The disk that holds your history (%1) is full. Limber shows your history, but new holds cannot be saved until you free some space there.</source>
        <translation>Der Datenträger mit Ihrem Verlauf (%1) ist voll. Limber zeigt Ihren Verlauf an, aber neue Haltephasen können erst gespeichert werden, wenn Sie dort Platz schaffen.</translation>
    </message>
    <message>
        <source>The disk that would hold your history (%1) is full, so Limber cannot create it. Free some space there, or start Limber with --data-dir and a folder on another disk.</source>
        <translation>Der Datenträger, auf dem Ihr Verlauf liegen soll (%1), ist voll; Limber kann ihn daher nicht anlegen. Schaffen Sie dort Platz, oder starten Sie Limber mit --data-dir und einem Ordner auf einem anderen Datenträger.</translation>
    </message>
    <message>
        <source>Limber could not use %1: %2 The file was not changed; it is kept in %3. Limber started a new, empty history.</source>
        <translation>Limber konnte %1 nicht verwenden: %2 Die Datei wurde nicht verändert; sie liegt jetzt in %3. Limber hat einen neuen, leeren Verlauf begonnen.</translation>
    </message>
    <message>
        <source>You can restore one of the automatic backups.</source>
        <translation>Sie können eine der automatischen Sicherungen wiederherstellen.</translation>
    </message>
    <message>
        <source>it is not a database file.</source>
        <translation>es handelt sich nicht um eine Datenbankdatei.</translation>
    </message>
    <message>
        <source>it is a database that belongs to another program.</source>
        <translation>es handelt sich um die Datenbank eines anderen Programms.</translation>
    </message>
    <message>
        <source>it is damaged (the check found: %1).</source>
        <translation>die Datei ist beschädigt (die Prüfung ergab: %1).</translation>
    </message>
    <message>
        <source>Limber could not use %1: %2 It also could not move the file aside, so it changed nothing. Make the folder %3 writable, or start Limber with --data-dir and another folder.</source>
        <translation>Limber konnte %1 nicht verwenden: %2 Es konnte die Datei auch nicht beiseitelegen und hat daher nichts verändert. Machen Sie den Ordner %3 beschreibbar, oder starten Sie Limber mit --data-dir und einem anderen Ordner.</translation>
    </message>
    <message>
        <source>Limber could not create the folder %1 for its history. Check that you may write there, or start Limber with --data-dir and another folder.</source>
        <translation>Limber konnte den Ordner %1 für seinen Verlauf nicht anlegen. Prüfen Sie, ob Sie dort schreiben dürfen, oder starten Sie Limber mit --data-dir und einem anderen Ordner.</translation>
    </message>
    <message>
        <source>This copy of Limber was built with SQLite %1, but it needs SQLite %2 or newer. Install a newer SQLite or a Limber package that includes it.</source>
        <translation>Diese Limber-Installation wurde mit SQLite %1 erstellt, benötigt aber SQLite %2 oder neuer. Installieren Sie ein neueres SQLite oder ein Limber-Paket, das es enthält.</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) ended unexpectedly last time; the holds recorded before that are kept and the session is marked as interrupted.</source>
        <translation>
            <numerusform>%n Einheit endete beim letzten Mal unerwartet; die bis dahin aufgezeichneten Haltephasen bleiben erhalten, und die Einheit ist als unterbrochen markiert.</numerusform>
            <numerusform>%n Einheiten endeten beim letzten Mal unerwartet; die bis dahin aufgezeichneten Haltephasen bleiben erhalten, und die Einheiten sind als unterbrochen markiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>The history file was updated from format %1 to %2.</source>
        <translation>Die Verlaufsdatei wurde von Format %1 auf %2 aktualisiert.</translation>
    </message>
    <message>
        <source>The history file was updated from format %1 to %2. A copy of the old file is in %3.</source>
        <translation>Die Verlaufsdatei wurde von Format %1 auf %2 aktualisiert. Eine Kopie der alten Datei liegt in %3.</translation>
    </message>
    <message>
        <source>Limber is already running (process %1) and uses the history in %2. Switch to that window, or close it first.</source>
        <translation>Limber läuft bereits (Prozess %1) und verwendet den Verlauf in %2. Wechseln Sie zu diesem Fenster oder schließen Sie es zuerst.</translation>
    </message>
    <message>
        <source>Limber could not create its lock file %1: the disk is full.</source>
        <translation>Limber konnte seine Sperrdatei %1 nicht anlegen: Der Datenträger ist voll.</translation>
    </message>
    <message>
        <source>Limber could not create its lock file %1: the folder is read-only.</source>
        <translation>Limber konnte seine Sperrdatei %1 nicht anlegen: Der Ordner ist schreibgeschützt.</translation>
    </message>
    <message>
        <source>Limber could not create its lock file %1.</source>
        <translation>Limber konnte seine Sperrdatei %1 nicht anlegen.</translation>
    </message>
    <message>
        <source>The backup copy %1 failed its check (%2); it was removed. Check the disk, then try again.</source>
        <translation>Die Sicherungskopie %1 hat die Prüfung nicht bestanden (%2) und wurde entfernt. Prüfen Sie den Datenträger und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The backup copy %1 does not hold the same number of rows as the history; it was removed. Try again.</source>
        <translation>Die Sicherungskopie %1 enthält nicht dieselbe Anzahl Zeilen wie der Verlauf und wurde entfernt. Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Limber could not copy its history.</source>
        <translation>Limber konnte seinen Verlauf nicht kopieren.</translation>
    </message>
    <message>
        <source>some of its holds belong to no session.</source>
        <translation>einige ihrer Haltephasen gehören zu keiner Sitzung.</translation>
    </message>
    <message>
        <source>Limber could not copy the backup %1 into %2. Check that the disk has room and that you may write there.</source>
        <translation>Limber konnte die Sicherung %1 nicht nach %2 kopieren. Prüfen Sie, ob auf dem Datenträger Platz ist und ob Sie dort schreiben dürfen.</translation>
    </message>
    <message>
        <source>it could not be brought to this version&apos;s format.</source>
        <translation>sie konnte nicht in das Format dieser Version gebracht werden.</translation>
    </message>
    <message>
        <source>A history kept only in memory cannot be opened a second time.</source>
        <translation>Ein Verlauf, der nur im Arbeitsspeicher liegt, kann kein zweites Mal geöffnet werden.</translation>
    </message>
    <message>
        <source>This copy of the history is only for reading.</source>
        <translation>Diese Verbindung zum Verlauf dient nur zum Lesen.</translation>
    </message>
</context>
<context>
    <name>TargetEvents</name>
    <message>
        <source>Hold targets cannot be changed now. %1</source>
        <translation>Halteziele können jetzt nicht geändert werden. %1</translation>
    </message>
    <message>
        <source>The hold target of &quot;%1&quot; (%2 s, %3 per side) is outside what a routine allows; it was not saved.</source>
        <translation>Das Halteziel von „%1“ (%2 s, %3 pro Seite) liegt außerhalb dessen, was eine Routine erlaubt; es wurde nicht gespeichert.</translation>
    </message>
    <message>
        <source>Limber could not save the hold target of &quot;%1&quot;.</source>
        <translation>Limber konnte das Halteziel von „%1“ nicht speichern.</translation>
    </message>
    <message>
        <source>Limber could not read the hold targets.</source>
        <translation>Limber konnte die Halteziele nicht lesen.</translation>
    </message>
    <message>
        <source>Limber could not save your answer about &quot;%1&quot;.</source>
        <translation>Limber konnte Ihre Antwort zu „%1“ nicht speichern.</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <source>Exercise %1 of the routine (%2): %3</source>
        <translation>Übung %1 der Routine (%2): %3</translation>
    </message>
    <message>
        <source>%1 is %2; use a value from %3 to %4.</source>
        <translation>%1 ist %2; verwenden Sie einen Wert von %3 bis %4.</translation>
    </message>
    <message>
        <source>the number of holds</source>
        <translation>Die Anzahl der Haltephasen</translation>
    </message>
    <message>
        <source>the hold time in seconds</source>
        <translation>Die Haltedauer in Sekunden</translation>
    </message>
    <message>
        <source>the switch time in seconds</source>
        <translation>Die Wechselzeit in Sekunden</translation>
    </message>
    <message>
        <source>the rest time in seconds</source>
        <translation>Die Ruhepause in Sekunden</translation>
    </message>
    <message>
        <source>the get-ready time in seconds</source>
        <translation>Die Zeit zum Bereitmachen in Sekunden</translation>
    </message>
    <message>
        <source>The session settings have a breathing, reminder or step time of zero or less. Reset the session settings to their defaults.</source>
        <translation>Die Einstellungen der Einheit enthalten eine Atem-, Erinnerungs- oder Schrittzeit von null oder weniger. Setzen Sie die Einstellungen der Einheit auf die Standardwerte zurück.</translation>
    </message>
    <message>
        <source>The routine has no exercises. Add at least one exercise to it.</source>
        <translation>Die Routine enthält keine Übungen. Fügen Sie mindestens eine Übung hinzu.</translation>
    </message>
    <message>
        <source>this exercise is not in the library. Remove it from the routine or add the exercise&apos;s content file.</source>
        <translation>Diese Übung ist nicht in der Bibliothek. Entfernen Sie sie aus der Routine oder fügen Sie die Inhaltsdatei der Übung hinzu.</translation>
    </message>
    <message>
        <source>Only a hold can be made longer.</source>
        <translation>Nur eine Haltephase kann verlängert werden.</translation>
    </message>
    <message>
        <source>A hold can only be made longer.</source>
        <translation>Eine Haltephase kann nur verlängert werden.</translation>
    </message>
</context>
<context>
    <name>UnsavedQuit</name>
    <message numerus="yes">
        <source>%n hold(s) of your sessions are not saved yet.</source>
        <translation>
            <numerusform>%n Haltephase Ihrer Einheiten ist noch nicht gespeichert.</numerusform>
            <numerusform>%n Haltephasen Ihrer Einheiten sind noch nicht gespeichert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Part of your last session (how it ended, or what you reported) is not saved yet.</source>
        <translation>Ein Teil Ihrer letzten Einheit (wie sie endete oder was Sie angegeben haben) ist noch nicht gespeichert.</translation>
    </message>
    <message>
        <source>If you quit now, Limber keeps them and saves them into your history the next time it starts. You can also save a copy to a file first (File ▸ Import History reads it), or try again now that you may have made room.</source>
        <translation>Wenn Sie jetzt beenden, behält Limber sie und speichert sie beim nächsten Start in Ihren Verlauf. Sie können vorher auch eine Kopie in eine Datei speichern (Datei ▸ Verlauf importieren liest sie ein) oder es erneut versuchen, falls Sie inzwischen Platz geschaffen haben.</translation>
    </message>
    <message>
        <source>Save the Unsaved Holds</source>
        <translation>Ungespeicherte Haltephasen sichern</translation>
    </message>
    <message>
        <source>Limber history (*.json)</source>
        <translation>Limber-Verlauf (*.json)</translation>
    </message>
    <message>
        <source>Limber: not saved</source>
        <translation>Limber: nicht gespeichert</translation>
    </message>
    <message>
        <source>Limber: a copy was saved</source>
        <translation>Limber: Kopie gespeichert</translation>
    </message>
    <message>
        <source>The unsaved holds were saved to %1. Limber also keeps them and saves them into your history the next time it starts, so you need to import this copy only on another computer or in another data folder.</source>
        <translation>Die ungespeicherten Haltephasen wurden in %1 gesichert. Limber behält sie außerdem und speichert sie beim nächsten Start in Ihren Verlauf; Sie müssen diese Kopie also nur auf einem anderen Computer oder in einem anderen Datenordner importieren.</translation>
    </message>
    <message>
        <source>Limber: holds not saved</source>
        <translation>Limber: Haltephasen nicht gespeichert</translation>
    </message>
    <message>
        <source>&amp;Try Again</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <source>&amp;Save a Copy…</source>
        <translation>&amp;Kopie speichern…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Don&apos;t Quit</source>
        <translation>&amp;Nicht beenden</translation>
    </message>
</context>
<context>
    <name>UnsavedSessions</name>
    <message>
        <source>Limber could not keep the unsaved holds anywhere. %1</source>
        <translation>Limber konnte die ungespeicherten Haltephasen nirgends ablegen. %1</translation>
    </message>
    <message>
        <source>The holds kept in %1 are now in your history, but the file could not be removed; you may delete it.</source>
        <translation>Die in %1 abgelegten Haltephasen sind jetzt in Ihrem Verlauf, aber die Datei konnte nicht entfernt werden; Sie können sie löschen.</translation>
    </message>
</context>
<context>
    <name>UserRoutines</name>
    <message>
        <source>Your routines cannot be changed now. %1</source>
        <translation>Ihre Routinen können jetzt nicht geändert werden. %1</translation>
    </message>
    <message>
        <source>Limber could not read your routines.</source>
        <translation>Limber konnte Ihre Routinen nicht lesen.</translation>
    </message>
    <message>
        <source>The routine &quot;%1&quot; in %2 cannot be read; it was changed outside Limber. Restore a backup, or remove the routine. %3</source>
        <translation>Die Routine „%1“ in %2 kann nicht gelesen werden; sie wurde außerhalb von Limber geändert. Stellen Sie eine Sicherung wieder her oder entfernen Sie die Routine. %3</translation>
    </message>
    <message>
        <source>Limber could not read your routine &quot;%1&quot;.</source>
        <translation>Limber konnte Ihre Routine „%1“ nicht lesen.</translation>
    </message>
    <message>
        <source>The routine &quot;%1&quot; was not saved: %2</source>
        <translation>Die Routine „%1“ wurde nicht gespeichert: %2</translation>
    </message>
    <message>
        <source>Limber could not save the routine &quot;%1&quot;.</source>
        <translation>Limber konnte die Routine „%1“ nicht speichern.</translation>
    </message>
    <message>
        <source>Limber could not remove the routine &quot;%1&quot;.</source>
        <translation>Limber konnte die Routine „%1“ nicht entfernen.</translation>
    </message>
    <message>
        <source>Limber could not change the order of your routines.</source>
        <translation>Limber konnte die Reihenfolge Ihrer Routinen nicht ändern.</translation>
    </message>
    <message>
        <source>Limber could not add the routine &quot;%1&quot;.</source>
        <translation>Limber konnte die Routine „%1“ nicht hinzufügen.</translation>
    </message>
    <message>
        <source>The routine &quot;%1&quot; was not added: %2</source>
        <translation>Die Routine „%1“ wurde nicht hinzugefügt: %2</translation>
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
        <translation>Woche vom</translation>
    </message>
</context>
<context>
    <name>limber::AboutDialog</name>
    <message>
        <source>About Limber</source>
        <translation>Über Limber</translation>
    </message>
    <message>
        <source>Limber %1</source>
        <translation>Limber %1</translation>
    </message>
    <message>
        <source>Guided stretching routines for hip and low-back pain. Everything you record stays on this computer.</source>
        <translation>Angeleitete Dehnroutinen bei Hüft- und Kreuzschmerzen. Alles, was Sie aufzeichnen, bleibt auf diesem Computer.</translation>
    </message>
    <message>
        <source>Runs on Qt %1.</source>
        <translation>Läuft mit Qt %1.</translation>
    </message>
    <message>
        <source>Your history and settings are kept in:</source>
        <translation>Ihr Verlauf und Ihre Einstellungen liegen in:</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Datenordner</translation>
    </message>
    <message>
        <source>Open Data &amp;Folder</source>
        <translation>Daten&amp;ordner öffnen</translation>
    </message>
    <message>
        <source>No file manager could open the folder. Copy its name from above instead.</source>
        <translation>Kein Dateimanager konnte den Ordner öffnen. Kopieren Sie stattdessen seinen Namen von oben.</translation>
    </message>
    <message>
        <source>Limber is free software: you may share it and change it under the terms of the GNU General Public License, version 3 or (at your choice) any later version. &lt;a href=&quot;%1&quot;&gt;Read the licence&lt;/a&gt;.</source>
        <translation>Limber ist freie Software: Sie dürfen es unter den Bedingungen der GNU General Public License, Version 3 oder (nach Ihrer Wahl) jeder späteren Version, weitergeben und verändern. &lt;a href=&quot;%1&quot;&gt;Lizenz lesen&lt;/a&gt;.</translation>
    </message>
    <message>
        <source>Limber comes with no warranty of any kind, as far as the law allows. It is not medical advice.</source>
        <translation>Limber wird, soweit gesetzlich zulässig, ohne jede Gewährleistung bereitgestellt. Es ist keine medizinische Beratung.</translation>
    </message>
</context>
<context>
    <name>limber::AppController</name>
    <message>
        <source>&amp;Print Routine Sheet…</source>
        <translation>Übungsblatt &amp;drucken…</translation>
    </message>
    <message>
        <source>Export Routine Sheet as P&amp;DF…</source>
        <translation>Übungsblatt als &amp;PDF exportieren…</translation>
    </message>
    <message>
        <source>Limber: settings not saved</source>
        <translation>Limber: Einstellungen nicht gespeichert</translation>
    </message>
    <message>
        <source>Until they can be saved, Limber forgets your choices when it closes, and asks again (the safety notice too) at the next start.</source>
        <translation>Solange sie nicht gespeichert werden können, vergisst Limber Ihre Auswahl beim Schließen und fragt beim nächsten Start erneut nach (auch der Sicherheitshinweis erscheint wieder).</translation>
    </message>
</context>
<context>
    <name>limber::AudioModule</name>
    <message>
        <source>Limber&apos;s sound part (limber-audio) is missing or damaged, so Limber will stay silent. Every cue is still shown on screen. Reinstalling Limber brings sound back.</source>
        <translation>Der Tonteil von Limber (limber-audio) fehlt oder ist beschädigt, daher bleibt Limber stumm. Jeder Hinweis wird weiterhin auf dem Bildschirm angezeigt. Nach einer Neuinstallation von Limber gibt es wieder Ton.</translation>
    </message>
</context>
<context>
    <name>limber::AudioStream</name>
    <message>
        <source>The sound output could not be opened.</source>
        <translation>Die Tonausgabe konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>The sound output stopped accepting sound.</source>
        <translation>Die Tonausgabe nimmt keinen Ton mehr an.</translation>
    </message>
    <message>
        <source>The sound output went away.</source>
        <translation>Die Tonausgabe ist nicht mehr vorhanden.</translation>
    </message>
    <message>
        <source>The sound output stopped.</source>
        <translation>Die Tonausgabe wurde angehalten.</translation>
    </message>
</context>
<context>
    <name>limber::BreathPacer</name>
    <message>
        <source>Breathing guide</source>
        <translation>Atemhilfe</translation>
    </message>
    <message>
        <source>Breathe in</source>
        <translation>Einatmen</translation>
    </message>
    <message>
        <source>Breathe out</source>
        <translation>Ausatmen</translation>
    </message>
</context>
<context>
    <name>limber::CalendarView</name>
    <message>
        <source>No practised days in %1.</source>
        <translation>Keine Übungstage im %1.</translation>
    </message>
    <message>
        <source>Practised days in %1: %2.</source>
        <translation>Übungstage im %1: %2.</translation>
    </message>
</context>
<context>
    <name>limber::ChoiceButton</name>
    <message>
        <source>Key %1</source>
        <translation>Taste %1</translation>
    </message>
</context>
<context>
    <name>limber::ChoiceScale</name>
    <message>
        <source>Press %1</source>
        <translation>Drücken Sie %1</translation>
    </message>
</context>
<context>
    <name>limber::CuePlayer</name>
    <message>
        <source>No audio output was found: cues are shown on screen only.</source>
        <translation>Keine Tonausgabe gefunden: Hinweise erscheinen nur auf dem Bildschirm.</translation>
    </message>
    <message>
        <source>Spoken cues are not available in this build of Limber.</source>
        <translation>Gesprochene Hinweise sind in dieser Ausgabe von Limber nicht verfügbar.</translation>
    </message>
    <message>
        <source>Cues are given by tones and on screen instead.</source>
        <translation>Hinweise kommen stattdessen als Töne und auf dem Bildschirm.</translation>
    </message>
    <message>
        <source>No sound output was found, so Limber will stay silent. Every cue is still shown on screen.</source>
        <translation>Es wurde keine Tonausgabe gefunden, Limber bleibt daher stumm. Jeder Hinweis erscheint weiterhin auf dem Bildschirm.</translation>
    </message>
    <message>
        <source>The sound %1 is missing from this build.</source>
        <translation>Der Klang %1 fehlt in dieser Ausgabe.</translation>
    </message>
    <message>
        <source>The session goes on with its cues on screen; sound comes back when the output does.</source>
        <translation>Die Einheit läuft mit Hinweisen auf dem Bildschirm weiter; der Ton kommt zurück, sobald die Ausgabe wieder da ist.</translation>
    </message>
    <message>
        <source>Cues are shown on screen only.</source>
        <translation>Hinweise erscheinen nur auf dem Bildschirm.</translation>
    </message>
</context>
<context>
    <name>limber::ExercisePage</name>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Back to where you were (Esc or Alt+Left)</source>
        <translation>Zurück zur vorherigen Ansicht (Esc oder Alt+Left)</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Übung</translation>
    </message>
</context>
<context>
    <name>limber::ExercisePicker</name>
    <message>
        <source>Add an exercise</source>
        <translation>Übung hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Exercises in the library:</source>
        <translation>&amp;Übungen in der Bibliothek:</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
</context>
<context>
    <name>limber::ExerciseTile</name>
    <message>
        <source>Shows how to do %1, step by step</source>
        <translation>Zeigt Schritt für Schritt die Übung „%1“</translation>
    </message>
    <message>
        <source>How to do %1</source>
        <translation>So geht „%1“</translation>
    </message>
</context>
<context>
    <name>limber::FigureView</name>
    <message>
        <source>Exercise figure</source>
        <translation>Übungsabbildung</translation>
    </message>
    <message>
        <source>A figure showing the position for this step.</source>
        <translation>Eine Abbildung der Position für diesen Schritt.</translation>
    </message>
</context>
<context>
    <name>limber::FirstUseState</name>
    <message>
        <source>No holds yet.</source>
        <translation>Noch keine Haltephasen.</translation>
    </message>
    <message>
        <source>Start your first session and your week will show up here.</source>
        <translation>Starten Sie Ihre erste Einheit, dann erscheint Ihre Woche hier.</translation>
    </message>
    <message>
        <source>Each week you will see the minutes you held, left and right, your longest hold, your streak of days, and how your reach and pain change.</source>
        <translation>Jede Woche sehen Sie hier Ihre gehaltenen Minuten links und rechts, Ihre längste Haltephase, Ihre Serie an Tagen und wie sich Reichweite und Schmerz verändern.</translation>
    </message>
    <message>
        <source>&amp;Start a session</source>
        <translation>Einheit &amp;starten</translation>
    </message>
</context>
<context>
    <name>limber::GuideDialog</name>
    <message>
        <source>Guide — Limber</source>
        <translation>Anleitung — Limber</translation>
    </message>
    <message>
        <source>Guide</source>
        <translation>Anleitung</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Using Limber&lt;/h2&gt;&lt;p&gt;Limber guides you through stretching routines for the hips and the lower back. Ask your doctor or physiotherapist before you start, and stop if a stretch causes sharp or growing pain.&lt;/p&gt;&lt;h3&gt;A session&lt;/h3&gt;&lt;p&gt;The Today page shows the routine that Start begins, how long it takes and its exercises. Press a picture to read about an exercise, or choose another routine from the list. Then press Start.&lt;/p&gt;&lt;p&gt;Each exercise begins with a short time to get into position. After that, Limber times every hold, tells you when to switch sides and counts down the last seconds. You do not need to touch the computer until the end.&lt;/p&gt;&lt;p&gt;During a session: Space pauses, Right skips, Left goes back, + adds 15 seconds, ? or F1 shows the exercise, and Esc stops. If a stretch hurts, press “It hurts — stop” (or H): Limber tells you how to come out of it safely and notes why the session ended.&lt;/p&gt;&lt;h3&gt;Your progress&lt;/h3&gt;&lt;p&gt;History shows the minutes you held each week, left and right side by side, and how your pain changed. When holds feel easy over several days, the Today page may offer a slightly longer one; nothing changes until you accept.&lt;/p&gt;&lt;h3&gt;Your own routines&lt;/h3&gt;&lt;p&gt;On the Routines page, duplicate a routine or make a new one, then choose its exercises and how long each hold lasts. Every change is kept at once and can be undone with Ctrl+Z.&lt;/p&gt;&lt;h3&gt;On paper&lt;/h3&gt;&lt;p&gt;Print makes a sheet of your routine with its pictures, to pin on the wall, and a grid to tick off each day if you like.&lt;/p&gt;&lt;h3&gt;Settings&lt;/h3&gt;&lt;p&gt;Choose the voice, the sounds, the breathing pace and reminders to stretch. Help ▸ Keyboard Shortcuts lists every key.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;So nutzen Sie Limber&lt;/h2&gt;&lt;p&gt;Limber führt Sie durch Dehnroutinen für Hüften und unteren Rücken. Lassen Sie sich vor dem Beginn ärztlich oder physiotherapeutisch beraten, und hören Sie auf, wenn eine Dehnung stechende oder zunehmende Schmerzen verursacht.&lt;/p&gt;&lt;h3&gt;Eine Einheit&lt;/h3&gt;&lt;p&gt;Die Seite „Heute“ zeigt die Routine, die mit „Starten“ beginnt, wie lange sie dauert und welche Übungen sie enthält. Klicken Sie auf ein Bild, um mehr über eine Übung zu lesen, oder wählen Sie eine andere Routine aus der Liste. Klicken Sie dann auf „Starten“.&lt;/p&gt;&lt;p&gt;Jede Übung beginnt mit etwas Zeit, um in die Ausgangsposition zu kommen. Danach misst Limber jede Haltephase, sagt Ihnen, wann Sie die Seite wechseln, und zählt die letzten Sekunden herunter. Bis zum Ende müssen Sie den Computer nicht berühren.&lt;/p&gt;&lt;p&gt;Während einer Einheit: Die Leertaste pausiert, die Pfeiltaste rechts springt weiter, die Pfeiltaste links springt zurück, + gibt 15 Sekunden dazu, ? oder F1 zeigt die Übung, und Esc beendet. Wenn eine Dehnung wehtut, klicken Sie auf „Es tut weh – beenden“ (oder drücken Sie H): Limber sagt Ihnen, wie Sie die Dehnung sicher lösen, und vermerkt, warum die Einheit endete.&lt;/p&gt;&lt;h3&gt;Ihr Fortschritt&lt;/h3&gt;&lt;p&gt;Der Verlauf zeigt Ihre gehaltenen Minuten pro Woche, links und rechts nebeneinander, und wie sich Ihr Schmerz verändert hat. Wenn Ihnen die Haltephasen über mehrere Tage leichtfallen, schlägt die Seite „Heute“ vielleicht eine etwas längere vor; es ändert sich nichts, bevor Sie zustimmen.&lt;/p&gt;&lt;h3&gt;Eigene Routinen&lt;/h3&gt;&lt;p&gt;Auf der Seite „Routinen“ können Sie eine Routine duplizieren oder eine neue anlegen und dann ihre Übungen und die Dauer jeder Haltephase wählen. Jede Änderung wird sofort übernommen und lässt sich mit Ctrl+Z rückgängig machen.&lt;/p&gt;&lt;h3&gt;Auf Papier&lt;/h3&gt;&lt;p&gt;„Drucken“ erstellt ein Übungsblatt Ihrer Routine mit Bildern zum Aufhängen an der Wand, auf Wunsch mit einem Raster zum täglichen Abhaken.&lt;/p&gt;&lt;h3&gt;Einstellungen&lt;/h3&gt;&lt;p&gt;Wählen Sie Stimme, Töne, Atemtempo und Erinnerungen ans Dehnen. Hilfe ▸ Tastenkürzel listet alle Tasten auf.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>limber::HelpMenu</name>
    <message>
        <source>&amp;Guide</source>
        <translation>&amp;Anleitung</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;Safety Notice</source>
        <translation>&amp;Sicherheitshinweis</translation>
    </message>
    <message>
        <source>&amp;About Limber</source>
        <translation>Ü&amp;ber Limber</translation>
    </message>
</context>
<context>
    <name>limber::HistoryChartsPanel</name>
    <message>
        <source>Minutes held each week, left and right</source>
        <translation>Gehaltene Minuten pro Woche, links und rechts</translation>
    </message>
    <message>
        <source>Longest hold each week</source>
        <translation>Längste Haltephase pro Woche</translation>
    </message>
    <message>
        <source>Sessions each week</source>
        <translation>Einheiten pro Woche</translation>
    </message>
    <message>
        <source>Furthest reach each week</source>
        <translation>Größte Reichweite pro Woche</translation>
    </message>
    <message>
        <source>Pain before and after, weekly average from 0 to 10</source>
        <translation>Schmerz vorher und nachher, Wochendurchschnitt von 0 bis 10</translation>
    </message>
    <message>
        <source>Minutes held each week</source>
        <translation>Gehaltene Minuten pro Woche</translation>
    </message>
    <message>
        <source>Longest hold</source>
        <translation>Längste Haltephase</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Einheiten</translation>
    </message>
    <message>
        <source>Furthest reach</source>
        <translation>Größte Reichweite</translation>
    </message>
    <message>
        <source>Pain (0 to 10)</source>
        <translation>Schmerz (0 bis 10)</translation>
    </message>
    <message>
        <source>minutes held</source>
        <translation>Minuten gehalten</translation>
    </message>
    <message>
        <source>Current streak
(days in a row)</source>
        <translation>Aktuelle Serie
(Tage in Folge)</translation>
    </message>
    <message>
        <source>Best streak
(days in a row)</source>
        <translation>Beste Serie
(Tage in Folge)</translation>
    </message>
    <message>
        <source>Previous month</source>
        <translation>Vorheriger Monat</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>Nächster Monat</translation>
    </message>
    <message>
        <source>Practised days</source>
        <translation>Übungstage</translation>
    </message>
    <message>
        <source>Days practised</source>
        <translation>Geübte Tage</translation>
    </message>
    <message>
        <source>Left and right over the last four weeks</source>
        <translation>Links und rechts in den letzten vier Wochen</translation>
    </message>
    <message>
        <source>Left and right, last four weeks</source>
        <translation>Links und rechts, letzte vier Wochen</translation>
    </message>
    <message>
        <source>%1 weeks. Use the Left and Right arrow keys to read each week.</source>
        <translation>%1 Wochen. Mit den Pfeiltasten nach links und rechts lesen Sie jede Woche einzeln.</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Diese Woche</translation>
    </message>
    <message>
        <source>Week of %1</source>
        <translation>Woche vom %1</translation>
    </message>
    <message>
        <source>seconds held</source>
        <translation>Sekunden gehalten</translation>
    </message>
    <message>
        <source>%1 seconds held</source>
        <translation>%1 Sekunden gehalten</translation>
    </message>
    <message>
        <source>%1 minutes held</source>
        <translation>%1 Minuten gehalten</translation>
    </message>
    <message>
        <source>No holds yet.</source>
        <translation>Noch keine Haltephasen.</translation>
    </message>
    <message>
        <source>Left %1, right %2. Sessions: %3. Longest hold: %4.</source>
        <translation>Links %1, rechts %2. Einheiten: %3. Längste Haltephase: %4.</translation>
    </message>
    <message>
        <source>Last session: %1</source>
        <translation>Letzte Einheit: %1</translation>
    </message>
    <message numerus="yes">
        <source>Current streak: %n day(s) in a row</source>
        <translation>
            <numerusform>Aktuelle Serie: %n Tag</numerusform>
            <numerusform>Aktuelle Serie: %n Tage in Folge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Best streak: %n day(s) in a row</source>
        <translation>
            <numerusform>Beste Serie: %n Tag</numerusform>
            <numerusform>Beste Serie: %n Tage in Folge</numerusform>
        </translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Links</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Rechts</translation>
    </message>
</context>
<context>
    <name>limber::HistoryController</name>
    <message numerus="yes">
        <source>%n hold(s) that could not be saved earlier are now in your history.</source>
        <translation>
            <numerusform>%n Haltephase, die zuvor nicht gespeichert werden konnte, ist jetzt in Ihrem Verlauf.</numerusform>
            <numerusform>%n Haltephasen, die zuvor nicht gespeichert werden konnten, sind jetzt in Ihrem Verlauf.</numerusform>
        </translation>
    </message>
    <message>
        <source>What could not be saved of an earlier session is now in your history.</source>
        <translation>Was von einer früheren Einheit nicht gespeichert werden konnte, ist jetzt in Ihrem Verlauf.</translation>
    </message>
    <message>
        <source>Limber: kept holds not saved</source>
        <translation>Limber: zurückgehaltene Haltephasen nicht gespeichert</translation>
    </message>
    <message>
        <source>The holds that could not be saved are kept in %1 and are saved into your history the next time Limber starts.</source>
        <translation>Die Haltephasen, die nicht gespeichert werden konnten, liegen in %1 und werden beim nächsten Start von Limber in Ihren Verlauf übernommen.</translation>
    </message>
    <message>
        <source>Sessions still run, but nothing is recorded until this is solved.</source>
        <translation>Einheiten laufen weiterhin, aber bis das Problem gelöst ist, wird nichts aufgezeichnet.</translation>
    </message>
    <message>
        <source>Limber: your history</source>
        <translation>Limber: Ihr Verlauf</translation>
    </message>
    <message>
        <source>Holds kept from an earlier session wait in %1 and are saved once recording works again.</source>
        <translation>Zurückgehaltene Haltephasen einer früheren Einheit warten in %1 und werden gespeichert, sobald die Aufzeichnung wieder funktioniert.</translation>
    </message>
    <message>
        <source>Recording is still off: nothing has changed yet.</source>
        <translation>Die Aufzeichnung ist weiterhin aus: Es hat sich noch nichts geändert.</translation>
    </message>
    <message>
        <source>Recording is on again: new holds are saved.</source>
        <translation>Die Aufzeichnung läuft wieder: Neue Haltephasen werden gespeichert.</translation>
    </message>
    <message>
        <source>Limber: a hold could not be saved</source>
        <translation>Limber: Eine Haltephase konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Limber keeps it in memory and saves it once, as soon as it can. Choose Retry when you have made room or fixed the folder.</source>
        <translation>Limber behält sie im Speicher und speichert sie einmalig, sobald es möglich ist. Wählen Sie „Wiederholen“, wenn Sie Platz geschaffen oder den Ordner in Ordnung gebracht haben.</translation>
    </message>
    <message>
        <source>Last practised %1: %2 · %3</source>
        <translation>Zuletzt geübt %1: %2 · %3</translation>
    </message>
    <message numerus="yes">
        <source>%n hold(s)</source>
        <translation>
            <numerusform>%n Haltephase</numerusform>
            <numerusform>%n Haltephasen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) held</source>
        <translation>
            <numerusform>%n Minute gehalten</numerusform>
            <numerusform>%n Minuten gehalten</numerusform>
        </translation>
    </message>
    <message>
        <source>under a minute held</source>
        <translation>weniger als eine Minute gehalten</translation>
    </message>
    <message>
        <source>Export History as &amp;CSV…</source>
        <translation>Verlauf als &amp;CSV exportieren…</translation>
    </message>
    <message>
        <source>Export &amp;Whole History…</source>
        <translation>&amp;Gesamten Verlauf exportieren…</translation>
    </message>
    <message>
        <source>&amp;Import History…</source>
        <translation>Verlauf &amp;importieren…</translation>
    </message>
    <message>
        <source>Export Pro&amp;gress Report…</source>
        <translation>&amp;Fortschrittsbericht exportieren…</translation>
    </message>
    <message>
        <source>&amp;Restore a Backup…</source>
        <translation>Sicherung &amp;wiederherstellen…</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Your history could not be opened</source>
        <translation>Ihr Verlauf konnte nicht geöffnet werden</translation>
    </message>
</context>
<context>
    <name>limber::HistoryPage</name>
    <message>
        <source>Weekly numbers</source>
        <translation>Wochenwerte</translation>
    </message>
    <message>
        <source>&amp;Charts</source>
        <translation>&amp;Diagramme</translation>
    </message>
    <message>
        <source>&amp;Table</source>
        <translation>&amp;Tabelle</translation>
    </message>
    <message>
        <source>Sess&amp;ions</source>
        <translation>&amp;Einheiten</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>&amp;Exercise:</source>
        <translation>Ü&amp;bung:</translation>
    </message>
    <message>
        <source>‹ &amp;Previous week</source>
        <translation>‹ &amp;Vorige Woche</translation>
    </message>
    <message>
        <source>This &amp;week</source>
        <translation>Diese &amp;Woche</translation>
    </message>
    <message>
        <source>&amp;Next week ›</source>
        <translation>&amp;Nächste Woche ›</translation>
    </message>
    <message>
        <source>8 weeks</source>
        <translation>8 Wochen</translation>
    </message>
    <message>
        <source>12 weeks</source>
        <translation>12 Wochen</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Anzeigen:</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>E&amp;rneut versuchen</translation>
    </message>
    <message>
        <source>The history could not be read.</source>
        <translation>Der Verlauf konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>All exercises</source>
        <translation>Alle Übungen</translation>
    </message>
</context>
<context>
    <name>limber::HistoryTableModel</name>
    <message>
        <source>Week of</source>
        <translation>Woche vom</translation>
    </message>
    <message>
        <source>Left (min)</source>
        <translation>Links (min)</translation>
    </message>
    <message>
        <source>Right (min)</source>
        <translation>Rechts (min)</translation>
    </message>
    <message>
        <source>No side (min)</source>
        <translation>Ohne Seite (min)</translation>
    </message>
    <message>
        <source>Holds</source>
        <translation>Haltephasen</translation>
    </message>
    <message>
        <source>Longest hold</source>
        <translation>Längste Haltephase</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Einheiten</translation>
    </message>
    <message>
        <source>Furthest reach</source>
        <translation>Größte Reichweite</translation>
    </message>
    <message>
        <source>Pain before</source>
        <translation>Schmerz vorher</translation>
    </message>
    <message>
        <source>Pain after</source>
        <translation>Schmerz nachher</translation>
    </message>
</context>
<context>
    <name>limber::HistoryTransfer</name>
    <message>
        <source>daily backup</source>
        <translation>tägliche Sicherung</translation>
    </message>
    <message>
        <source>before an update of the file format</source>
        <translation>vor einer Aktualisierung des Dateiformats</translation>
    </message>
    <message>
        <source>before an import</source>
        <translation>vor einem Import</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>vor einer Wiederherstellung</translation>
    </message>
    <message>
        <source>before a session was deleted</source>
        <translation>vor dem Löschen einer Einheit</translation>
    </message>
    <message>
        <source>Made %1 at %2, %3</source>
        <translation>Erstellt am %1 um %2, %3</translation>
    </message>
    <message>
        <source>Limber cannot read what this backup holds.</source>
        <translation>Limber kann den Inhalt dieser Sicherung nicht lesen.</translation>
    </message>
    <message>
        <source>No sessions.</source>
        <translation>Keine Einheiten.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln session(s)</source>
        <translation>
            <numerusform>%Ln Einheit</numerusform>
            <numerusform>%Ln Einheiten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln hold(s)</source>
        <translation>
            <numerusform>%Ln Haltephase</numerusform>
            <numerusform>%Ln Haltephasen</numerusform>
        </translation>
    </message>
    <message>
        <source>the last on %1.</source>
        <translation>die letzte am %1.</translation>
    </message>
    <message>
        <source>File %1</source>
        <translation>Datei %1</translation>
    </message>
    <message>
        <source>Export holds as CSV</source>
        <translation>Haltephasen als CSV exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Exporting your history…</source>
        <translation>Ihr Verlauf wird exportiert…</translation>
    </message>
    <message>
        <source>Limber: export failed</source>
        <translation>Limber: Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>Holds written to %1, sessions to %2</source>
        <translation>Haltephasen in %1 geschrieben, Einheiten in %2</translation>
    </message>
    <message>
        <source>Export your whole history</source>
        <translation>Gesamten Verlauf exportieren</translation>
    </message>
    <message>
        <source>Limber history (*.json)</source>
        <translation>Limber-Verlauf (*.json)</translation>
    </message>
    <message>
        <source>History written to %1</source>
        <translation>Verlauf in %1 geschrieben</translation>
    </message>
    <message>
        <source>Import a Limber history</source>
        <translation>Limber-Verlauf importieren</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Wird importiert…</translation>
    </message>
    <message>
        <source>Limber: import failed</source>
        <translation>Limber: Import fehlgeschlagen</translation>
    </message>
    <message>
        <source>Limber: import finished</source>
        <translation>Limber: Import abgeschlossen</translation>
    </message>
    <message numerus="yes">
        <source>Added %Ln session(s)</source>
        <translation>
            <numerusform>%Ln Einheit hinzugefügt</numerusform>
            <numerusform>%Ln Einheiten hinzugefügt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln session(s) were already in your history.</source>
        <translation>
            <numerusform>%Ln Einheit war bereits in Ihrem Verlauf.</numerusform>
            <numerusform>%Ln Einheiten waren bereits in Ihrem Verlauf.</numerusform>
        </translation>
    </message>
    <message>
        <source>Limber</source>
        <translation>Limber</translation>
    </message>
    <message>
        <source>Finish or stop the session before restoring a backup.</source>
        <translation>Schließen Sie die Einheit ab oder beenden Sie sie, bevor Sie eine Sicherung wiederherstellen.</translation>
    </message>
    <message>
        <source>There are no backups yet.</source>
        <translation>Es gibt noch keine Sicherungen.</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Choose the backup to restore, newest first. Your history as it is now is kept as a backup first, so you can go back to it.</source>
        <translation>Wählen Sie die Sicherung, die wiederhergestellt werden soll (die neueste zuerst). Ihr jetziger Verlauf wird vorher selbst gesichert, sodass Sie zu ihm zurückkehren können.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Limber: restore failed</source>
        <translation>Limber: Wiederherstellung fehlgeschlagen</translation>
    </message>
    <message>
        <source>Limber: backup restored</source>
        <translation>Limber: Sicherung wiederhergestellt</translation>
    </message>
    <message>
        <source>The backup is your history now. The history you had before is kept in %1.</source>
        <translation>Die Sicherung ist jetzt Ihr Verlauf. Ihr bisheriger Verlauf liegt in %1.</translation>
    </message>
    <message>
        <source>Reading your backups…</source>
        <translation>Ihre Sicherungen werden gelesen…</translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation>Die Sicherung wird wiederhergestellt…</translation>
    </message>
</context>
<context>
    <name>limber::ItemForm</name>
    <message>
        <source>H&amp;olds per side:</source>
        <translation>&amp;Haltephasen je Seite:</translation>
    </message>
    <message>
        <source>Hold &amp;length:</source>
        <translation>Ha&amp;ltedauer:</translation>
    </message>
    <message>
        <source>&amp;Get ready:</source>
        <translation>&amp;Bereit machen:</translation>
    </message>
    <message>
        <source>S&amp;witch sides:</source>
        <translation>Seiten&amp;wechsel:</translation>
    </message>
    <message>
        <source>R&amp;est after:</source>
        <translation>&amp;Ruhepause danach:</translation>
    </message>
    <message>
        <source>H&amp;olds:</source>
        <translation>&amp;Haltephasen:</translation>
    </message>
    <message>
        <source>Pause bet&amp;ween holds:</source>
        <translation>Pause &amp;zwischen Haltephasen:</translation>
    </message>
    <message>
        <source>Wor&amp;k each side in turn</source>
        <translation>Seiten &amp;abwechselnd üben</translation>
    </message>
    <message>
        <source>Off: every hold is done the way that is comfortable, without switching sides.</source>
        <translation>Aus: Jede Haltephase wird so ausgeführt, wie es angenehm ist, ohne Seitenwechsel.</translation>
    </message>
    <message>
        <source>Fi&amp;rst side:</source>
        <translation>&amp;Erste Seite:</translation>
    </message>
    <message>
        <source>&amp;Begin with the set-up steps</source>
        <translation>Mit &amp;Vorbereitung beginnen</translation>
    </message>
    <message>
        <source> s</source>
        <comment>seconds after a number</comment>
        <translation> s</translation>
    </message>
    <message>
        <source>%1 is out of range: use %2 to %3.</source>
        <translation>%1 liegt außerhalb des zulässigen Bereichs: Verwenden Sie %2 bis %3.</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Links</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Rechts</translation>
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
        <translation>Einheit</translation>
    </message>
    <message>
        <source>The guided session will appear here.</source>
        <translation>Hier erscheint die angeleitete Einheit.</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Minutes held each week, left and right side by side, and how your reach and pain change over time.</source>
        <translation>Gehaltene Minuten pro Woche, links und rechts nebeneinander, und wie sich Reichweite und Schmerz mit der Zeit verändern.</translation>
    </message>
    <message>
        <source>Routines</source>
        <translation>Routinen</translation>
    </message>
    <message>
        <source>Choose the exercises of your routine, how long to hold each one and how often.</source>
        <translation>Wählen Sie die Übungen Ihrer Routine und wie lange und wie oft jede gehalten wird.</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Drucken</translation>
    </message>
    <message>
        <source>A sheet of your routine with its pictures and a grid to tick off each day, to pin on the wall.</source>
        <translation>Ein Übungsblatt Ihrer Routine mit Bildern und einem Raster zum täglichen Abhaken, zum Aufhängen an der Wand.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Sound, voice and breathing choices.</source>
        <translation>Einstellungen für Ton, Stimme und Atmung.</translation>
    </message>
    <message>
        <source>Coming soon</source>
        <translation>Demnächst verfügbar</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>Heu&amp;te</translation>
    </message>
    <message>
        <source>Today&apos;s routine and the Start button</source>
        <translation>Die heutige Routine und die Schaltfläche „Starten“</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Verlauf</translation>
    </message>
    <message>
        <source>Your weekly hold history</source>
        <translation>Ihr Verlauf der Haltephasen, Woche für Woche</translation>
    </message>
    <message>
        <source>&amp;Routines</source>
        <translation>&amp;Routinen</translation>
    </message>
    <message>
        <source>Choose and edit routines</source>
        <translation>Routinen auswählen und bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation>Dr&amp;ucken</translation>
    </message>
    <message>
        <source>Print a routine sheet</source>
        <translation>Ein Übungsblatt drucken</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Einstellungen</translation>
    </message>
    <message>
        <source>Sound, voice and breathing</source>
        <translation>Ton, Stimme und Atmung</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation>V&amp;ollbild</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
</context>
<context>
    <name>limber::PdfExport</name>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
</context>
<context>
    <name>limber::PdfSavedDialog</name>
    <message>
        <source>PDF Saved</source>
        <translation>PDF gespeichert</translation>
    </message>
    <message>
        <source>It was saved as:</source>
        <translation>Es wurde gespeichert unter:</translation>
    </message>
    <message>
        <source>Saved file</source>
        <translation>Gespeicherte Datei</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Öffnen</translation>
    </message>
    <message>
        <source>Open the PDF in your PDF viewer</source>
        <translation>Das PDF in Ihrem PDF-Betrachter öffnen</translation>
    </message>
    <message>
        <source>Show in &amp;Folder</source>
        <translation>Im &amp;Ordner zeigen</translation>
    </message>
    <message>
        <source>Open the folder that holds the PDF</source>
        <translation>Den Ordner mit dem PDF öffnen</translation>
    </message>
    <message>
        <source>No program could open the PDF. Use Show in Folder and open it from there, or copy its name from above.</source>
        <translation>Kein Programm konnte das PDF öffnen. Verwenden Sie „Im Ordner zeigen“ und öffnen Sie es von dort, oder kopieren Sie seinen Namen von oben.</translation>
    </message>
    <message>
        <source>No file manager could open the folder. Copy the file&apos;s name from above instead.</source>
        <translation>Kein Dateimanager konnte den Ordner öffnen. Kopieren Sie stattdessen den Dateinamen von oben.</translation>
    </message>
</context>
<context>
    <name>limber::PrintModule</name>
    <message>
        <source>Limber&apos;s printing part (limber-print) is missing or damaged, so Limber cannot print. Saving the sheet as a PDF still works, to print it from another program. Reinstalling Limber brings printing back.</source>
        <translation>Der Druckteil von Limber (limber-print) fehlt oder ist beschädigt, daher kann Limber nicht drucken. Das Übungsblatt lässt sich weiterhin als PDF speichern und aus einem anderen Programm drucken. Nach einer Neuinstallation von Limber ist Drucken wieder möglich.</translation>
    </message>
</context>
<context>
    <name>limber::PrintPage</name>
    <message>
        <source>Print a routine sheet</source>
        <translation>Übungsblatt drucken</translation>
    </message>
    <message>
        <source>A page to pin on the wall: the pictures, the steps, what to take care of and the holds. Add the week grid to tick off each hold by hand.</source>
        <translation>Eine Seite zum Aufhängen an der Wand: die Bilder, die Schritte, worauf Sie achten sollten, und die Haltephasen. Fügen Sie das Wochenraster hinzu, um jede Haltephase von Hand abzuhaken.</translation>
    </message>
    <message>
        <source>Routine to print</source>
        <translation>Zu druckende Routine</translation>
    </message>
    <message>
        <source>Add a week grid to tick off by hand</source>
        <translation>Wochenraster zum Abhaken hinzufügen</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Drucken…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Als PDF speichern…</translation>
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
        <translation>Einige Inhaltsdateien wurden übersprungen:</translation>
    </message>
</context>
<context>
    <name>limber::ProgressController</name>
    <message>
        <source>Hold targets</source>
        <translation>Halteziele</translation>
    </message>
</context>
<context>
    <name>limber::ProgressPanel</name>
    <message>
        <source>&amp;Read about it</source>
        <translation>Mehr dazu &amp;lesen</translation>
    </message>
    <message>
        <source>&amp;Add to this routine</source>
        <translation>Zu dieser Routine &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Jetzt nicht</translation>
    </message>
    <message>
        <source>Not now: do not suggest this exercise again</source>
        <translation>Jetzt nicht: diese Übung nicht mehr vorschlagen</translation>
    </message>
    <message>
        <source>Hold &amp;targets…</source>
        <translation>Halte&amp;ziele…</translation>
    </message>
    <message>
        <source>See and change how long and how often each exercise is held</source>
        <translation>Ansehen und ändern, wie lange und wie oft jede Übung gehalten wird</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Annehmen</translation>
    </message>
    <message>
        <source>Accept the new target for %1</source>
        <translation>Das neue Halteziel für %1 annehmen</translation>
    </message>
    <message>
        <source>Keep the target for %1</source>
        <translation>Das Halteziel für %1 beibehalten</translation>
    </message>
    <message>
        <source>Read about %1</source>
        <translation>Mehr über %1 lesen</translation>
    </message>
    <message>
        <source>Add %1 to this routine</source>
        <translation>%1 zu dieser Routine hinzufügen</translation>
    </message>
</context>
<context>
    <name>limber::RecordingNotice</name>
    <message>
        <source>Recording is off</source>
        <translation>Aufzeichnung ist aus</translation>
    </message>
    <message>
        <source>Try Again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Check again whether Limber can write to your history</source>
        <translation>Erneut prüfen, ob Limber in Ihren Verlauf schreiben kann</translation>
    </message>
</context>
<context>
    <name>limber::ReminderBar</name>
    <message>
        <source>Reminder</source>
        <translation>Erinnerung</translation>
    </message>
    <message>
        <source>Dismiss this reminder</source>
        <translation>Diese Erinnerung schließen</translation>
    </message>
    <message>
        <source>Dismiss reminder</source>
        <translation>Erinnerung schließen</translation>
    </message>
</context>
<context>
    <name>limber::ReminderController</name>
    <message>
        <source>Time for a stretch</source>
        <translation>Zeit für eine Dehnung</translation>
    </message>
    <message>
        <source>A good moment for a short stretch.</source>
        <translation>Ein guter Moment für eine kurze Dehnung.</translation>
    </message>
    <message>
        <source>A good moment for “%1”.</source>
        <translation>Ein guter Moment für „%1“.</translation>
    </message>
    <message>
        <source>A good moment for “%1” — it takes under a minute.</source>
        <translation>Ein guter Moment für „%1“ – dauert weniger als eine Minute.</translation>
    </message>
    <message numerus="yes">
        <source>A good moment for “%1” — about %n minute(s).</source>
        <translation>
            <numerusform>Ein guter Moment für „%1“ – etwa %n Minute.</numerusform>
            <numerusform>Ein guter Moment für „%1“ – etwa %n Minuten.</numerusform>
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
        <translation>Limber läuft im Infobereich weiter, um Sie zu erinnern; zum Beenden wählen Sie „Limber beenden“ in seinem Menü.</translation>
    </message>
</context>
<context>
    <name>limber::RemindersSection</name>
    <message>
        <source>Reminders</source>
        <translation>Erinnerungen</translation>
    </message>
    <message>
        <source>Re&amp;mind me to take stretch breaks</source>
        <translation>An Dehn&amp;pausen erinnern</translation>
    </message>
    <message>
        <source>Remind me to take stretch breaks</source>
        <translation>An Dehnpausen erinnern</translation>
    </message>
    <message>
        <source>When reminders come</source>
        <translation>Wann Erinnerungen kommen</translation>
    </message>
    <message>
        <source>At set times of day</source>
        <translation>Zu festen Uhrzeiten</translation>
    </message>
    <message>
        <source>Every so many minutes</source>
        <translation>Alle paar Minuten</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;Wann:</translation>
    </message>
    <message>
        <source>&amp;Days:</source>
        <translation>&amp;Tage:</translation>
    </message>
    <message>
        <source>Most reminders a day</source>
        <translation>Höchstzahl an Erinnerungen pro Tag</translation>
    </message>
    <message>
        <source> a day</source>
        <translation> pro Tag</translation>
    </message>
    <message>
        <source>At mo&amp;st:</source>
        <translation>&amp;Höchstens:</translation>
    </message>
    <message>
        <source>Routine a reminder offers</source>
        <translation>Routine, die eine Erinnerung anbietet</translation>
    </message>
    <message>
        <source>W&amp;hich routine:</source>
        <translation>Welche &amp;Routine:</translation>
    </message>
    <message>
        <source>Start Limber when I lo&amp;g in</source>
        <translation>Limber bei der Anmeldun&amp;g starten</translation>
    </message>
    <message>
        <source>Start Limber when I log in</source>
        <translation>Limber bei der Anmeldung starten</translation>
    </message>
    <message>
        <source>Limber starts quietly in the background, so reminders come without opening it.</source>
        <translation>Limber startet unauffällig im Hintergrund, damit Erinnerungen kommen, ohne dass Sie es öffnen müssen.</translation>
    </message>
    <message>
        <source>Reminder times</source>
        <translation>Erinnerungszeiten</translation>
    </message>
    <message>
        <source>Time to add</source>
        <translation>Hinzuzufügende Uhrzeit</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>Hinzu&amp;fügen</translation>
    </message>
    <message>
        <source>Add this time</source>
        <translation>Diese Uhrzeit hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Remove the selected time</source>
        <translation>Ausgewählte Uhrzeit entfernen</translation>
    </message>
    <message>
        <source>&amp;Times:</source>
        <translation>Uhr&amp;zeiten:</translation>
    </message>
    <message>
        <source>Minutes between reminders</source>
        <translation>Minuten zwischen Erinnerungen</translation>
    </message>
    <message>
        <source> min</source>
        <comment>minutes</comment>
        <translation> min</translation>
    </message>
    <message>
        <source>&amp;Every:</source>
        <translation>&amp;Alle:</translation>
    </message>
    <message>
        <source>Reminders from</source>
        <translation>Erinnerungen ab</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <source>Reminders until</source>
        <translation>Erinnerungen bis</translation>
    </message>
    <message>
        <source>U&amp;ntil:</source>
        <translation>&amp;Bis:</translation>
    </message>
    <message>
        <source>Choose an end after the start: until then no reminders come.</source>
        <translation>Wählen Sie ein Ende nach dem Beginn: Bis dahin kommen keine Erinnerungen.</translation>
    </message>
</context>
<context>
    <name>limber::ReportCommand</name>
    <message>
        <source>--weeks takes a whole number of weeks from %1 to %2.</source>
        <translation>--weeks braucht eine ganze Zahl von Wochen zwischen %1 und %2.</translation>
    </message>
    <message>
        <source>--report needs the name of the PDF file to write.</source>
        <translation>--report braucht den Namen der PDF-Datei, die geschrieben werden soll.</translation>
    </message>
</context>
<context>
    <name>limber::ReportPrinter</name>
    <message>
        <source>Export Progress Report</source>
        <translation>Fortschrittsbericht exportieren</translation>
    </message>
    <message>
        <source>Progress Report</source>
        <translation>Fortschrittsbericht</translation>
    </message>
    <message>
        <source>The progress report is saved.</source>
        <translation>Der Fortschrittsbericht ist gespeichert.</translation>
    </message>
    <message>
        <source>There is nothing to report yet. A progress report can be made once a session has been recorded.</source>
        <translation>Es gibt noch nichts zu berichten. Ein Fortschrittsbericht ist möglich, sobald eine Einheit aufgezeichnet wurde.</translation>
    </message>
    <message>
        <source>Progress report %1</source>
        <translation>Fortschrittsbericht %1</translation>
    </message>
</context>
<context>
    <name>limber::RoutineController</name>
    <message>
        <source>Your routines are being read…</source>
        <translation>Ihre Routinen werden gelesen…</translation>
    </message>
    <message>
        <source>Your history could not be opened, so your own routines cannot be kept. The bundled routines can still be started.</source>
        <translation>Ihr Verlauf konnte nicht geöffnet werden, daher können Ihre eigenen Routinen nicht gespeichert werden. Die mitgelieferten Routinen lassen sich weiterhin starten.</translation>
    </message>
    <message>
        <source>Your routines cannot be changed: the history is not open.</source>
        <translation>Ihre Routinen können nicht geändert werden: Der Verlauf ist nicht geöffnet.</translation>
    </message>
    <message>
        <source>The routine “%1” is not there any more.</source>
        <translation>Die Routine „%1“ gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>“%1” already has %2 exercises, as many as a routine can hold.</source>
        <translation>„%1“ hat bereits %2 Übungen, so viele, wie eine Routine enthalten kann.</translation>
    </message>
    <message>
        <source>%1 (my copy)</source>
        <translation>%1 (meine Kopie)</translation>
    </message>
    <message>
        <source>Routines</source>
        <translation>Routinen</translation>
    </message>
</context>
<context>
    <name>limber::RoutineEditor</name>
    <message>
        <source>Routine name</source>
        <translation>Name der Routine</translation>
    </message>
    <message>
        <source>This routine comes with Limber and cannot be changed. Duplicate it to make your own version.</source>
        <translation>Diese Routine gehört zu Limber und kann nicht geändert werden. Duplizieren Sie sie, um Ihre eigene Fassung anzulegen.</translation>
    </message>
    <message>
        <source>Exercises, in order</source>
        <translation>Übungen, in Reihenfolge</translation>
    </message>
    <message>
        <source>Exercises in this routine</source>
        <translation>Übungen in dieser Routine</translation>
    </message>
    <message>
        <source>Plan for the selected exercise</source>
        <translation>Plan für die ausgewählte Übung</translation>
    </message>
    <message>
        <source>Add an exercise, then choose how long and how often to hold it.</source>
        <translation>Fügen Sie eine Übung hinzu und wählen Sie dann, wie lange und wie oft sie gehalten wird.</translation>
    </message>
    <message>
        <source>&amp;Add exercise…</source>
        <translation>&amp;Übung hinzufügen…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove the selected exercise (Delete)</source>
        <translation>Ausgewählte Übung entfernen (Entf)</translation>
    </message>
    <message>
        <source>Move u&amp;p</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <source>Move the selected exercise earlier (Alt+Up)</source>
        <translation>Ausgewählte Übung nach vorn verschieben (Alt+Up)</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <source>Move the selected exercise later (Alt+Down)</source>
        <translation>Ausgewählte Übung nach hinten verschieben (Alt+Down)</translation>
    </message>
    <message>
        <source>About this exercise</source>
        <translation>Über diese Übung</translation>
    </message>
    <message>
        <source>What the selected exercise does and how to do it well (F1)</source>
        <translation>Was die ausgewählte Übung bewirkt und wie sie gut gelingt (F1)</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n exercise(s)</source>
        <translation>
            <numerusform>%1 · %n Übung</numerusform>
            <numerusform>%1 · %n Übungen</numerusform>
        </translation>
    </message>
    <message>
        <source>A routine holds at most %1 exercises.</source>
        <translation>Eine Routine enthält höchstens %1 Übungen.</translation>
    </message>
    <message>
        <source>Select an exercise to change its plan.</source>
        <translation>Wählen Sie eine Übung aus, um ihren Plan zu ändern.</translation>
    </message>
    <message>
        <source>Add at least one exercise: a routine without exercises cannot be kept or started.</source>
        <translation>Fügen Sie mindestens eine Übung hinzu: Eine Routine ohne Übungen kann weder gespeichert noch gestartet werden.</translation>
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
        <translation>Rechts zuerst</translation>
    </message>
    <message>
        <source>Left first</source>
        <translation>Links zuerst</translation>
    </message>
    <message numerus="yes">
        <source>%n hold(s) each side</source>
        <translation>
            <numerusform>%n Haltephase je Seite</numerusform>
            <numerusform>%n Haltephasen je Seite</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hold(s)</source>
        <translation>
            <numerusform>%n Haltephase</numerusform>
            <numerusform>%n Haltephasen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2 s each</source>
        <translation>%1, je %2 s</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Übung</translation>
    </message>
    <message>
        <source>Holds</source>
        <translation>Haltephasen</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Haltedauer</translation>
    </message>
    <message>
        <source>Get ready</source>
        <translation>Bereit machen</translation>
    </message>
    <message>
        <source>Switch</source>
        <translation>Wechsel</translation>
    </message>
    <message>
        <source>Rest after</source>
        <translation>Ruhepause danach</translation>
    </message>
    <message>
        <source>First side</source>
        <translation>Erste Seite</translation>
    </message>
    <message>
        <source>Sides</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>Set-up steps</source>
        <translation>Vorbereitung</translation>
    </message>
</context>
<context>
    <name>limber::RoutineEdits</name>
    <message>
        <source>New routine</source>
        <translation>Neue Routine</translation>
    </message>
    <message>
        <source>New routine “%1”</source>
        <translation>Neue Routine „%1“</translation>
    </message>
    <message>
        <source>%1 (my copy)</source>
        <translation>%1 (meine Kopie)</translation>
    </message>
    <message>
        <source>Duplicate “%1”</source>
        <translation>„%1“ duplizieren</translation>
    </message>
    <message>
        <source>Delete “%1”</source>
        <translation>„%1“ löschen</translation>
    </message>
    <message>
        <source>Change “%1”</source>
        <translation>„%1“ ändern</translation>
    </message>
    <message>
        <source>Rename “%1” to “%2”</source>
        <translation>„%1“ in „%2“ umbenennen</translation>
    </message>
</context>
<context>
    <name>limber::RoutineFile</name>
    <message>
        <source>Limber could not write the routine to %1 (%2). Choose a folder you may write to, and check that the disk has free space.</source>
        <translation>Limber konnte die Routine nicht in %1 schreiben (%2). Wählen Sie einen Ordner, in den Sie schreiben dürfen, und prüfen Sie, ob auf dem Datenträger Platz frei ist.</translation>
    </message>
</context>
<context>
    <name>limber::RoutineListModel</name>
    <message>
        <source>comes with Limber</source>
        <translation>gehört zu Limber</translation>
    </message>
    <message>
        <source>today&apos;s routine</source>
        <translation>heutige Routine</translation>
    </message>
    <message>
        <source>No exercises yet; add one to keep this routine</source>
        <translation>Noch keine Übungen; fügen Sie eine hinzu, um diese Routine zu behalten</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Built in</source>
        <translation>Mitgeliefert</translation>
    </message>
</context>
<context>
    <name>limber::RoutineListPanel</name>
    <message>
        <source>Routines</source>
        <translation>Routinen</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <source>Make a new routine (Ctrl+N)</source>
        <translation>Eine neue Routine anlegen (Ctrl+N)</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>&amp;Duplizieren</translation>
    </message>
    <message>
        <source>Make your own copy of the selected routine</source>
        <translation>Eine eigene Kopie der ausgewählten Routine anlegen</translation>
    </message>
    <message>
        <source>Rena&amp;me</source>
        <translation>U&amp;mbenennen</translation>
    </message>
    <message>
        <source>Change the routine&apos;s name (F2)</source>
        <translation>Den Namen der Routine ändern (F2)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete the selected routine (Delete); Ctrl+Z brings it back</source>
        <translation>Ausgewählte Routine löschen (Entf); Ctrl+Z holt sie zurück</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <source>Add a routine from a .json file</source>
        <translation>Eine Routine aus einer .json-Datei hinzufügen</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
    <message>
        <source>Save the selected routine as a .json file to share or keep</source>
        <translation>Ausgewählte Routine als .json-Datei speichern, um sie weiterzugeben oder aufzubewahren</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Bring back what was just changed (Ctrl+Z)</source>
        <translation>Die letzte Änderung rückgängig machen (Ctrl+Z)</translation>
    </message>
</context>
<context>
    <name>limber::RoutinesPage</name>
    <message>
        <source>Routines</source>
        <translation>Routinen</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Starten</translation>
    </message>
    <message>
        <source>Start a session with this routine (Enter in the list)</source>
        <translation>Eine Einheit mit dieser Routine starten (Enter in der Liste)</translation>
    </message>
    <message>
        <source>Use as &amp;today&apos;s routine</source>
        <translation>Als heu&amp;tige Routine verwenden</translation>
    </message>
    <message>
        <source>The Today page and &quot;limber --start&quot; begin this routine</source>
        <translation>Die Seite „Heute“ und &quot;limber --start&quot; beginnen mit dieser Routine</translation>
    </message>
    <message>
        <source>Routine files (*.json)</source>
        <translation>Routinendateien (*.json)</translation>
    </message>
    <message>
        <source>Import a routine</source>
        <translation>Routine importieren</translation>
    </message>
    <message>
        <source>Export the routine</source>
        <translation>Routine exportieren</translation>
    </message>
    <message>
        <source>This is today&apos;s routine</source>
        <translation>Dies ist die heutige Routine</translation>
    </message>
    <message>
        <source>Deleted “%1”.</source>
        <translation>„%1“ gelöscht.</translation>
    </message>
</context>
<context>
    <name>limber::SafetyNotice</name>
    <message>
        <source>Safety notice</source>
        <translation>Sicherheitshinweis</translation>
    </message>
    <message>
        <source>Before you stretch</source>
        <translation>Bevor Sie sich dehnen</translation>
    </message>
    <message>
        <source>I understand</source>
        <translation>Verstanden</translation>
    </message>
    <message>
        <source>Quit Limber</source>
        <translation>Limber beenden</translation>
    </message>
    <message>
        <source>Limber guides you through gentle stretches. It is not medical advice and does not replace your doctor or physiotherapist.</source>
        <translation>Limber leitet Sie durch sanfte Dehnungen. Es ist keine medizinische Beratung und ersetzt weder ärztliche noch physiotherapeutische Betreuung.</translation>
    </message>
    <message>
        <source>Ask your doctor before you start a new routine.</source>
        <translation>Fragen Sie Ihre Ärztin oder Ihren Arzt, bevor Sie mit einer neuen Routine beginnen.</translation>
    </message>
    <message>
        <source>Move slowly, and only as far as is comfortable. A gentle pull is fine; forcing is not.</source>
        <translation>Bewegen Sie sich langsam und nur so weit, wie es angenehm ist. Ein sanftes Ziehen ist in Ordnung, Erzwingen nicht.</translation>
    </message>
    <message>
        <source>Stop if the pain is sharp, or if it keeps growing.</source>
        <translation>Hören Sie auf, wenn der Schmerz stechend ist oder immer stärker wird.</translation>
    </message>
</context>
<context>
    <name>limber::SelfReportPanel</name>
    <message>
        <source>Pain now, from 0 (none) to 10 (worst):</source>
        <translation>Schmerz jetzt, von 0 (keiner) bis 10 (am stärksten):</translation>
    </message>
    <message>
        <source>A note for your history (optional):</source>
        <translation>Eine Notiz für Ihren Verlauf (freiwillig):</translation>
    </message>
    <message>
        <source>e.g. knees felt stiff</source>
        <translation>z. B. Knie fühlten sich steif an</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>How far did you get?</source>
        <translation>Wie weit sind Sie gekommen?</translation>
    </message>
</context>
<context>
    <name>limber::SessionControls</name>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Back to the start of this step</source>
        <translation>Zurück zum Anfang dieses Schritts</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Überspringen</translation>
    </message>
    <message>
        <source>Skip to the next step</source>
        <translation>Zum nächsten Schritt springen</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Hilfe</translation>
    </message>
    <message>
        <source>How to do this exercise</source>
        <translation>So geht diese Übung</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Stop the session</source>
        <translation>Die Einheit beenden</translation>
    </message>
    <message>
        <source>It hurts — stop</source>
        <translation>Es tut weh – beenden</translation>
    </message>
    <message>
        <source>It hurts: stop the session</source>
        <translation>Es tut weh: Einheit beenden</translation>
    </message>
    <message>
        <source>Leave full screen, or stop the session</source>
        <translation>Vollbild verlassen oder die Einheit beenden</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Resume the session</source>
        <translation>Die Einheit fortsetzen</translation>
    </message>
    <message>
        <source>Pause the session</source>
        <translation>Die Einheit pausieren</translation>
    </message>
    <message>
        <source>+%1 s</source>
        <translation>+%1 s</translation>
    </message>
    <message numerus="yes">
        <source>Add %n second(s) to this hold</source>
        <translation>
            <numerusform>Diese Haltephase um %n Sekunde verlängern</numerusform>
            <numerusform>Diese Haltephase um %n Sekunden verlängern</numerusform>
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
        <translation>Ihr Verlauf wird geöffnet… Die Einheit beginnt gleich.</translation>
    </message>
    <message>
        <source>The routine “%1” cannot be started: %2</source>
        <translation>Die Routine „%1“ kann nicht gestartet werden: %2</translation>
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
        <translation>Limber bleibt auf der Startseite geöffnet: Wählen Sie dort eine Routine oder klicken Sie auf „Starten“.</translation>
    </message>
    <message>
        <source>A session is already running; finish or stop it to start another.</source>
        <translation>Es läuft bereits eine Einheit; schließen Sie sie ab oder beenden Sie sie, um eine andere zu starten.</translation>
    </message>
    <message>
        <source>Limber: some content was skipped</source>
        <translation>Limber: Einige Inhalte wurden übersprungen</translation>
    </message>
    <message>
        <source>Some of your own content files have problems and were not loaded. Everything else works. Fix the files, then start Limber again.</source>
        <translation>Einige Ihrer eigenen Inhaltsdateien sind fehlerhaft und wurden nicht geladen. Alles andere funktioniert. Beheben Sie die Fehler in den Dateien und starten Sie Limber dann neu.</translation>
    </message>
</context>
<context>
    <name>limber::SessionList</name>
    <message>
        <source>Sessions of the weeks shown</source>
        <translation>Einheiten der angezeigten Wochen</translation>
    </message>
    <message>
        <source>&amp;Delete Session…</source>
        <translation>Einheit &amp;löschen…</translation>
    </message>
</context>
<context>
    <name>limber::SessionPage</name>
    <message>
        <source>Guided session</source>
        <translation>Angeleitete Einheit</translation>
    </message>
    <message>
        <source>Pain right now, 0–10 (optional)</source>
        <translation>Schmerz gerade jetzt, 0–10 (freiwillig)</translation>
    </message>
</context>
<context>
    <name>limber::SessionScreen</name>
    <message>
        <source>Instruction</source>
        <translation>Anweisung</translation>
    </message>
    <message>
        <source>Caution</source>
        <translation>Vorsicht</translation>
    </message>
    <message>
        <source>Spoken cue</source>
        <translation>Gesprochener Hinweis</translation>
    </message>
</context>
<context>
    <name>limber::SessionSummaryView</name>
    <message>
        <source>How to come out of the stretch</source>
        <translation>So lösen Sie die Dehnung</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Done: back to the start page</source>
        <translation>Fertig: zurück zur Startseite</translation>
    </message>
    <message>
        <source>Back to the start page (Enter)</source>
        <translation>Zurück zur Startseite (Enter)</translation>
    </message>
    <message>
        <source>No holds done this time</source>
        <translation>Diesmal keine Haltephase geschafft</translation>
    </message>
    <message>
        <source>You skipped to the end without holding a stretch to its end, so this session does not count as done.</source>
        <translation>Sie sind bis zum Ende gesprungen, ohne eine Dehnung bis zum Schluss zu halten; diese Einheit zählt daher nicht als erledigt.</translation>
    </message>
    <message>
        <source>Well done</source>
        <translation>Gut gemacht</translation>
    </message>
    <message>
        <source>You reached the end of the routine, with some holds skipped or cut short.</source>
        <translation>Sie haben das Ende der Routine erreicht, einige Haltephasen aber übersprungen oder verkürzt.</translation>
    </message>
    <message>
        <source>You finished the whole routine.</source>
        <translation>Sie haben die ganze Routine geschafft.</translation>
    </message>
    <message>
        <source>Session stopped</source>
        <translation>Einheit beendet</translation>
    </message>
    <message>
        <source>You stopped before the end. What you held still counts.</source>
        <translation>Sie haben vor dem Ende aufgehört. Was Sie gehalten haben, zählt trotzdem.</translation>
    </message>
    <message>
        <source>Stopped because it hurt</source>
        <translation>Wegen Schmerzen beendet</translation>
    </message>
    <message>
        <source>Rest now. If the pain is sharp or keeps growing, do not go on with the exercise and ask your doctor.</source>
        <translation>Ruhen Sie sich jetzt aus. Wenn der Schmerz stechend ist oder immer stärker wird, setzen Sie die Übung nicht fort und fragen Sie Ihre Ärztin oder Ihren Arzt.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n hold(s)</source>
        <translation>
            <numerusform>%1: %n Haltephase</numerusform>
            <numerusform>%1: %n Haltephasen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hold(s) done</source>
        <translation>
            <numerusform>%n Haltephase geschafft</numerusform>
            <numerusform>%n Haltephasen geschafft</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hold(s) cut short</source>
        <translation>
            <numerusform>%n Haltephase verkürzt</numerusform>
            <numerusform>%n Haltephasen verkürzt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hold(s) skipped</source>
        <translation>
            <numerusform>%n Haltephase übersprungen</numerusform>
            <numerusform>%n Haltephasen übersprungen</numerusform>
        </translation>
    </message>
    <message>
        <source>No holds this time.</source>
        <translation>Diesmal keine Haltephasen.</translation>
    </message>
    <message>
        <source>Time holding: %1</source>
        <translation>Gehaltene Zeit: %1</translation>
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
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Stopped early</source>
        <translation>Vorzeitig beendet</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Unterbrochen</translation>
    </message>
    <message>
        <source>Running now</source>
        <translation>Läuft gerade</translation>
    </message>
    <message>
        <source>Began</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>Exercises</source>
        <translation>Übungen</translation>
    </message>
    <message>
        <source>Holds</source>
        <translation>Haltephasen</translation>
    </message>
    <message>
        <source>Time held</source>
        <translation>Gehaltene Zeit</translation>
    </message>
    <message>
        <source>How it ended</source>
        <translation>Wie sie endete</translation>
    </message>
</context>
<context>
    <name>limber::Settings</name>
    <message>
        <source>Your settings could not be saved to %1: the file cannot be written. Check that the folder exists and that you may write to it.</source>
        <translation>Ihre Einstellungen konnten nicht in %1 gespeichert werden: Die Datei ist nicht beschreibbar. Prüfen Sie, ob der Ordner existiert und Sie hineinschreiben dürfen.</translation>
    </message>
    <message>
        <source>Your settings file %1 is damaged. Move it aside and restart Limber to start again with the defaults.</source>
        <translation>Ihre Einstellungsdatei %1 ist beschädigt. Verschieben Sie sie an einen anderen Ort und starten Sie Limber neu, um mit den Standardeinstellungen neu zu beginnen.</translation>
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
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Test sound</source>
        <translation>Ton testen</translation>
    </message>
    <message>
        <source>Plays a tone and says a sample sentence at the chosen volume.</source>
        <translation>Spielt einen Ton und spricht einen Beispielsatz in der gewählten Lautstärke.</translation>
    </message>
    <message>
        <source>Sound</source>
        <translation>Ton</translation>
    </message>
    <message>
        <source>Play a tone at each change</source>
        <translation>Bei jedem Wechsel einen Ton spielen</translation>
    </message>
    <message>
        <source>Speak the instructions aloud</source>
        <translation>Anweisungen laut vorsprechen</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>Stimme</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
    <message>
        <source>&amp;Voice:</source>
        <translation>&amp;Stimme:</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Lautstärke</translation>
    </message>
    <message>
        <source>V&amp;olume:</source>
        <translation>&amp;Lautstärke:</translation>
    </message>
    <message>
        <source>Countdown before a hold ends</source>
        <translation>Countdown vor dem Ende einer Haltephase</translation>
    </message>
    <message>
        <source>Spoken numbers</source>
        <translation>Gesprochene Zahlen</translation>
    </message>
    <message>
        <source>Tones</source>
        <translation>Töne</translation>
    </message>
    <message>
        <source>&amp;Countdown:</source>
        <translation>Count&amp;down:</translation>
    </message>
    <message>
        <source>Breathing</source>
        <translation>Atmung</translation>
    </message>
    <message>
        <source>Soft tones to breathe by</source>
        <translation>Sanfte Töne als Atemtakt</translation>
    </message>
    <message>
        <source>Breathe in, seconds</source>
        <translation>Einatmen, Sekunden</translation>
    </message>
    <message>
        <source>Breathe &amp;in:</source>
        <translation>Ei&amp;natmen:</translation>
    </message>
    <message>
        <source>Breathe out, seconds</source>
        <translation>Ausatmen, Sekunden</translation>
    </message>
    <message>
        <source>Breathe o&amp;ut:</source>
        <translation>A&amp;usatmen:</translation>
    </message>
    <message>
        <source>Show the breathing guide during holds</source>
        <translation>Atemhilfe während der Haltephasen zeigen</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Spoken instructions cannot be used on this computer.</source>
        <translation>Gesprochene Anweisungen sind auf diesem Computer nicht möglich.</translation>
    </message>
    <message>
        <source>Playing…</source>
        <translation>Wird abgespielt…</translation>
    </message>
    <message>
        <source>Playing a tone and a sentence…</source>
        <translation>Ton und Satz werden abgespielt…</translation>
    </message>
    <message>
        <source>Playing a tone…</source>
        <translation>Ton wird abgespielt…</translation>
    </message>
    <message>
        <source>Saying a sentence…</source>
        <translation>Satz wird gesprochen…</translation>
    </message>
    <message>
        <source>Testing the sound…</source>
        <translation>Ton wird getestet…</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>As the system (%1)</source>
        <translation>Wie im System (%1)</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>Spra&amp;che:</translation>
    </message>
    <message>
        <source>Limber will be in %1 the next time it starts.</source>
        <translation>Beim nächsten Start erscheint Limber auf %1.</translation>
    </message>
</context>
<context>
    <name>limber::SheetPrinter</name>
    <message>
        <source>Export Routine Sheet</source>
        <translation>Übungsblatt exportieren</translation>
    </message>
    <message>
        <source>Routine Sheet</source>
        <translation>Übungsblatt</translation>
    </message>
    <message>
        <source>The routine sheet is saved.</source>
        <translation>Das Übungsblatt ist gespeichert.</translation>
    </message>
    <message>
        <source>Print Routine Sheet</source>
        <translation>Übungsblatt drucken</translation>
    </message>
    <message>
        <source>Routine sheet</source>
        <translation>Übungsblatt</translation>
    </message>
</context>
<context>
    <name>limber::ShortcutsWindow</name>
    <message>
        <source>Keyboard Shortcuts — Limber</source>
        <translation>Tastenkürzel — Limber</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <source>What they do</source>
        <translation>Funktion</translation>
    </message>
</context>
<context>
    <name>limber::SideBadge</name>
    <message>
        <source>Side</source>
        <translation>Seite</translation>
    </message>
</context>
<context>
    <name>limber::SpeechPreparation</name>
    <message>
        <source>No speech engine is installed.</source>
        <translation>Es ist keine Sprachausgabe installiert.</translation>
    </message>
    <message>
        <source>No speech engine is installed, so cues are given by tones and on screen instead of by voice.</source>
        <translation>Es ist keine Sprachausgabe installiert, daher kommen Hinweise als Töne und auf dem Bildschirm statt gesprochen.</translation>
    </message>
    <message>
        <source>Cues are given by tones and on screen instead.</source>
        <translation>Hinweise kommen stattdessen als Töne und auf dem Bildschirm.</translation>
    </message>
    <message>
        <source>No voice for %1 is installed (espeak-ng-data).</source>
        <translation>Es ist keine Stimme für %1 installiert (espeak-ng-data).</translation>
    </message>
    <message>
        <source>The speech engine has no voice for %1, so cues are given by tones and on screen instead.</source>
        <translation>Die Sprachausgabe hat keine Stimme für %1, daher kommen Hinweise stattdessen als Töne und auf dem Bildschirm.</translation>
    </message>
</context>
<context>
    <name>limber::StartPage</name>
    <message>
        <source>Today&apos;s routine</source>
        <translation>Heutige Routine</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <source>Start the session</source>
        <translation>Die Einheit starten</translation>
    </message>
    <message>
        <source>Begin today&apos;s routine (Space or Enter)</source>
        <translation>Die heutige Routine beginnen (Leertaste oder Enter)</translation>
    </message>
    <message>
        <source>&amp;Change routine:</source>
        <translation>Routine &amp;wechseln:</translation>
    </message>
    <message>
        <source>Pain right now, from 0 (none) to 10 (worst) — optional:</source>
        <translation>Schmerz gerade jetzt, von 0 (keiner) bis 10 (am stärksten) – freiwillig:</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>No sessions yet. Your first one starts with a single press.</source>
        <translation>Noch keine Einheiten. Ihre erste beginnt mit einem einzigen Klick.</translation>
    </message>
</context>
<context>
    <name>limber::StopConfirmation</name>
    <message>
        <source>Stop the session?</source>
        <translation>Die Einheit beenden?</translation>
    </message>
    <message>
        <source>Holds done so far are kept.</source>
        <translation>Die bisherigen Haltephasen bleiben erhalten.</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Stop the session now</source>
        <translation>Die Einheit jetzt beenden</translation>
    </message>
    <message>
        <source>Keep going</source>
        <translation>Weitermachen</translation>
    </message>
    <message>
        <source>Keep going with the session</source>
        <translation>Mit der Einheit weitermachen</translation>
    </message>
</context>
<context>
    <name>limber::TargetsDialog</name>
    <message>
        <source>Hold targets — %1</source>
        <translation>Halteziele — %1</translation>
    </message>
    <message>
        <source>How long each hold lasts and how many holds each exercise has. Limber suggests a change when your sessions call for one; here you can set one yourself.</source>
        <translation>Wie lange jede Haltephase dauert und wie viele Haltephasen jede Übung hat. Limber schlägt eine Änderung vor, wenn Ihre Einheiten es nahelegen; hier können Sie selbst eine festlegen.</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Übung</translation>
    </message>
    <message>
        <source>Hold (seconds)</source>
        <translation>Haltedauer (Sekunden)</translation>
    </message>
    <message>
        <source>Holds</source>
        <translation>Haltephasen</translation>
    </message>
    <message>
        <source>Routine plan</source>
        <translation>Plan der Routine</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Hold length for %1, in seconds</source>
        <translation>Haltedauer für %1, in Sekunden</translation>
    </message>
    <message>
        <source> each side</source>
        <translation> je Seite</translation>
    </message>
    <message>
        <source>Holds on each side for %1</source>
        <translation>Haltephasen je Seite für %1</translation>
    </message>
    <message>
        <source>Holds for %1</source>
        <translation>Haltephasen für %1</translation>
    </message>
    <message>
        <source>Go back to the routine&apos;s own plan</source>
        <translation>Zum Plan der Routine zurückkehren</translation>
    </message>
    <message>
        <source>Use the routine plan for %1: %2</source>
        <translation>Plan der Routine für %1 verwenden: %2</translation>
    </message>
</context>
<context>
    <name>limber::TimerRing</name>
    <message>
        <source>Time remaining</source>
        <translation>Verbleibende Zeit</translation>
    </message>
    <message>
        <source>%1 remaining</source>
        <translation>noch %1</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>pausiert</translation>
    </message>
    <message>
        <source>remaining</source>
        <translation>verbleibend</translation>
    </message>
</context>
<context>
    <name>limber::TrayIcon</name>
    <message>
        <source>Show Limber</source>
        <translation>Limber anzeigen</translation>
    </message>
    <message>
        <source>Start Routine</source>
        <translation>Routine starten</translation>
    </message>
    <message>
        <source>Snooze 10 minutes</source>
        <translation>10 Minuten später erinnern</translation>
    </message>
    <message>
        <source>Skip today</source>
        <translation>Heute auslassen</translation>
    </message>
    <message>
        <source>Quit Limber</source>
        <translation>Limber beenden</translation>
    </message>
    <message>
        <source>Limber</source>
        <translation>Limber</translation>
    </message>
    <message>
        <source>Hide Limber</source>
        <translation>Limber ausblenden</translation>
    </message>
    <message>
        <source>Start %1</source>
        <translation>%1 starten</translation>
    </message>
</context>
<context>
    <name>limber::listNames</name>
    <message numerus="yes">
        <source> (and %n more)</source>
        <translation>
            <numerusform> (und %n weiterer Eintrag)</numerusform>
            <numerusform> (und %n weitere Einträge)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Try &apos;limber --help&apos;.</source>
        <translation>Versuchen Sie &apos;limber --help&apos;.</translation>
    </message>
</context>
</TS>
