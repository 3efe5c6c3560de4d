<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
<context>
    <name>Autostart</name>
    <message>
        <source>Starting Limber when you log in is not available on this system yet. Your system&apos;s own settings for programs started at login can do it.</source>
        <translation>Limber starten bij het aanmelden kan op dit systeem nog niet. De instellingen van uw systeem voor programma’s die bij het aanmelden starten, kunnen dat wel.</translation>
    </message>
    <message>
        <source>Limber could not create the folder %1 for the entry that starts it when you log in. Check that you may write there.</source>
        <translation>Limber kon de map %1 niet maken voor het item dat Limber bij het aanmelden start. Controleer of u daar mag schrijven.</translation>
    </message>
    <message>
        <source>Limber could not write %1, the entry that starts it when you log in: %2.</source>
        <translation>Limber kon %1, het item dat Limber bij het aanmelden start, niet schrijven: %2.</translation>
    </message>
    <message>
        <source>Limber could not remove %1, so it will still start when you log in: %2. Delete the file to stop it.</source>
        <translation>Limber kon %1 niet verwijderen en start dus nog steeds bij het aanmelden: %2. Verwijder het bestand om dat te stoppen.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Show this help and exit.</source>
        <translation>Deze hulp tonen en afsluiten.</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>De versie tonen en afsluiten.</translation>
    </message>
    <message>
        <source>Open straight into a guided session. The optional ROUTINE argument is a routine id or a routine file. If Limber is already running, the routine starts in its window, unless a session is under way there.</source>
        <translation>Direct een begeleide sessie openen. Het optionele argument ROUTINE is een routine-id of een routinebestand. Als Limber al draait, start de routine in dat venster, tenzij daar al een sessie bezig is.</translation>
    </message>
    <message>
        <source>Keep all data and settings in DIR.</source>
        <translation>Alle gegevens en instellingen in DIR bewaren.</translation>
    </message>
    <message>
        <source>Start in the system tray, or minimised where there is none.</source>
        <translation>Starten in het systeemvak, of geminimaliseerd als er geen systeemvak is.</translation>
    </message>
    <message>
        <source>Write the routine sheet to FILE (PDF) and exit. No display needed.</source>
        <translation>Het oefenblad naar FILE (PDF) schrijven en afsluiten. Er is geen beeldscherm nodig.</translation>
    </message>
    <message>
        <source>With --print-sheet: the routine to print (an id or a routine file).</source>
        <translation>Met --print-sheet: de routine die moet worden afgedrukt (een id of een routinebestand).</translation>
    </message>
    <message>
        <source>With --print-sheet: add a week grid to tick off by hand.</source>
        <translation>Met --print-sheet: een weekrooster toevoegen om met de hand af te vinken.</translation>
    </message>
    <message>
        <source>Write a progress report of your history to FILE (PDF) and exit.</source>
        <translation>Een voortgangsrapport van uw geschiedenis naar FILE (PDF) schrijven en afsluiten.</translation>
    </message>
    <message>
        <source>With --report: how many weeks to cover (1 to 52, default 8).</source>
        <translation>Met --report: het aantal weken dat het rapport beslaat (1 tot 52, standaard 8).</translation>
    </message>
    <message>
        <source>Write your holds to FILE and your sessions to FILE-sessions.csv (CSV) and exit. FILE - writes the holds to standard output.</source>
        <translation>Uw houdmomenten naar FILE en uw sessies naar FILE-sessions.csv (CSV) schrijven en afsluiten. Met FILE - gaan de houdmomenten naar de standaarduitvoer.</translation>
    </message>
    <message>
        <source>Write your whole history to FILE (JSON, for --import) and exit. FILE - writes it to standard output.</source>
        <translation>Uw volledige geschiedenis naar FILE (JSON, voor --import) schrijven en afsluiten. Met FILE - gaat die naar de standaarduitvoer.</translation>
    </message>
    <message>
        <source>Add the history in FILE (made by --export-json) to yours and exit.</source>
        <translation>De geschiedenis uit FILE (gemaakt met --export-json) aan de uwe toevoegen en afsluiten.</translation>
    </message>
    <message>
        <source>Routine for --start.</source>
        <translation>Routine voor --start.</translation>
    </message>
    <message>
        <source>Guided stretching routines for hip and low-back pain.
Qt&apos;s own options, such as -style, -platform and -reverse, are accepted too.</source>
        <translation>Begeleide rekroutines bij pijn in de heup en de onderrug.
De eigen opties van Qt, zoals -style, -platform en -reverse, worden ook geaccepteerd.</translation>
    </message>
    <message>
        <source>Too many arguments: %1</source>
        <translation>Te veel argumenten: %1</translation>
    </message>
    <message>
        <source>A routine can only be given with --start.</source>
        <translation>Een routine kan alleen samen met --start worden opgegeven.</translation>
    </message>
    <message>
        <source>Give only one of --start, --print-sheet, --report, --export-csv, --export-json and --import.</source>
        <translation>Geef maar één van --start, --print-sheet, --report, --export-csv, --export-json en --import op.</translation>
    </message>
    <message>
        <source>--print-sheet and --report write a PDF file, not to standard output: give a file name instead of -.</source>
        <translation>--print-sheet en --report schrijven een pdf-bestand, niet naar de standaarduitvoer: geef een bestandsnaam op in plaats van -.</translation>
    </message>
    <message>
        <source>--routine and --log-grid go with --print-sheet.</source>
        <translation>--routine en --log-grid horen bij --print-sheet.</translation>
    </message>
    <message>
        <source>--weeks goes with --report.</source>
        <translation>--weeks hoort bij --report.</translation>
    </message>
    <message>
        <source>--weeks takes a whole number of weeks from 1 to 52.</source>
        <translation>--weeks verwacht een heel aantal weken van 1 tot en met 52.</translation>
    </message>
</context>
<context>
    <name>ContentChecker</name>
    <message>
        <source>more problems follow that are not listed; fix the ones above first</source>
        <translation>er volgen nog meer problemen die hier niet staan; los eerst de bovenstaande op</translation>
    </message>
    <message>
        <source>the number %1</source>
        <translation>het getal %1</translation>
    </message>
    <message>
        <source>the text %1</source>
        <translation>de tekst %1</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>een lijst</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>een object</translation>
    </message>
    <message>
        <source>expected %1, found %2</source>
        <translation>hier hoort %1, maar er staat %2</translation>
    </message>
    <message>
        <source>text in double quotes</source>
        <translation>tekst tussen dubbele aanhalingstekens</translation>
    </message>
    <message>
        <source>the text is empty; write something or remove the key</source>
        <translation>de tekst is leeg; schrijf iets of verwijder de sleutel</translation>
    </message>
    <message>
        <source>an id in double quotes</source>
        <translation>een id tussen dubbele aanhalingstekens</translation>
    </message>
    <message>
        <source>%1 is not a valid id; use up to %2 lowercase letters, digits and single hyphens, like &quot;seated-leg-cross&quot;</source>
        <translation>%1 is geen geldige id; gebruik hoogstens %2 kleine letters, cijfers en losse koppeltekens, zoals &quot;seated-leg-cross&quot;</translation>
    </message>
    <message>
        <source>expected text in double quotes, or an object of translations such as {&quot;en&quot;: &quot;...&quot;, &quot;de&quot;: &quot;...&quot;}; found %1</source>
        <translation>hier hoort tekst tussen dubbele aanhalingstekens, of een object met vertalingen zoals {&quot;en&quot;: &quot;...&quot;, &quot;de&quot;: &quot;...&quot;}; er staat %1</translation>
    </message>
    <message>
        <source>%1 is not a language code; use codes like &quot;en&quot;, &quot;de&quot; or &quot;pt-BR&quot;</source>
        <translation>%1 is geen taalcode; gebruik codes zoals &quot;en&quot;, &quot;de&quot; of &quot;pt-BR&quot;</translation>
    </message>
    <message>
        <source>there is no English text; add &quot;en&quot;: &quot;...&quot; (English is shown when no translation fits)</source>
        <translation>er is geen Engelse tekst; voeg &quot;en&quot;: &quot;...&quot; toe (de Engelse tekst wordt getoond als er geen passende vertaling is)</translation>
    </message>
    <message>
        <source>add at least one text</source>
        <translation>voeg minstens één tekst toe</translation>
    </message>
    <message>
        <source>this list holds at most %1 texts</source>
        <translation>deze lijst bevat hoogstens %1 teksten</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>een geheel getal</translation>
    </message>
    <message>
        <source>expected a whole number, found %1</source>
        <translation>hier hoort een geheel getal, maar er staat %1</translation>
    </message>
    <message>
        <source>%1 is out of range; %2</source>
        <translation>%1 valt buiten het bereik; %2</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>een getal</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true of false</translation>
    </message>
    <message>
        <source>one of %1</source>
        <translation>een van %1</translation>
    </message>
    <message>
        <source>%1 is not allowed here; use one of %2</source>
        <translation>%1 is hier niet toegestaan; gebruik een van %2</translation>
    </message>
    <message>
        <source>a list in square brackets [...]</source>
        <translation>een lijst tussen vierkante haken [...]</translation>
    </message>
    <message>
        <source>the list is empty; %1</source>
        <translation>de lijst is leeg; %1</translation>
    </message>
    <message>
        <source>the list has %1 entries</source>
        <translation>de lijst heeft %1 items</translation>
    </message>
    <message>
        <source>an object in braces {...}</source>
        <translation>een object tussen accolades {...}</translation>
    </message>
    <message>
        <source>unknown key %1</source>
        <translation>onbekende sleutel %1</translation>
    </message>
    <message>
        <source> (did you mean &quot;%1&quot;?)</source>
        <translation> (bedoelt u &quot;%1&quot;?)</translation>
    </message>
    <message>
        <source>; the keys allowed here are %1</source>
        <translation>; toegestane sleutels hier zijn %1</translation>
    </message>
    <message>
        <source>one object in braces {...} holding the whole file</source>
        <translation>één object tussen accolades {...} dat het hele bestand omvat</translation>
    </message>
    <message>
        <source>missing; add &quot;format&quot;: %1 as the first key so that Limber knows how to read the file</source>
        <translation>ontbreekt; voeg &quot;format&quot;: %1 toe als eerste sleutel, zodat Limber weet hoe het bestand gelezen moet worden</translation>
    </message>
    <message>
        <source>expected the number %1, found %2</source>
        <translation>hier hoort het getal %1, maar er staat %2</translation>
    </message>
    <message>
        <source>this file is written in content format %1, but this version of Limber reads format %2 only; update Limber or rewrite the file in format %2</source>
        <translation>dit bestand is geschreven in inhoudsformaat %1, maar deze versie van Limber leest alleen formaat %2; werk Limber bij of schrijf het bestand opnieuw in formaat %2</translation>
    </message>
</context>
<context>
    <name>ContentLoader</name>
    <message>
        <source> (did you mean &quot;%1&quot;?)</source>
        <translation> (bedoelt u &quot;%1&quot;?)</translation>
    </message>
    <message>
        <source>; none are loaded</source>
        <translation>; er zijn er geen geladen</translation>
    </message>
    <message>
        <source>; known ones are %1</source>
        <translation>; bekend zijn %1</translation>
    </message>
    <message>
        <source>the pose id &quot;%1&quot; is already used by %2 in the same folder; give each pose its own id</source>
        <translation>de houding-id &quot;%1&quot; wordt al gebruikt door %2 in dezelfde map; geef elke houding een eigen id</translation>
    </message>
    <message>
        <source>unknown pose &quot;%1&quot;</source>
        <translation>onbekende houding &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the exercise id &quot;%1&quot; is already used by %2 in the same folder; give each exercise its own id</source>
        <translation>de oefening-id &quot;%1&quot; wordt al gebruikt door %2 in dezelfde map; geef elke oefening een eigen id</translation>
    </message>
    <message>
        <source>the exercise &quot;%1&quot; was not loaded because its file has errors; fix that file first</source>
        <translation>de oefening &quot;%1&quot; is niet geladen omdat het bestand ervan fouten bevat; verbeter eerst dat bestand</translation>
    </message>
    <message>
        <source>unknown exercise &quot;%1&quot;</source>
        <translation>onbekende oefening &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the exercise &quot;%1&quot; has no sides; remove &quot;firstSide&quot; from this item</source>
        <translation>de oefening &quot;%1&quot; wordt niet per kant gedaan; verwijder &quot;firstSide&quot; uit dit onderdeel</translation>
    </message>
    <message>
        <source>the routine &quot;%1&quot; in %2 is already the default; mark only one routine per folder as the default</source>
        <translation>de routine &quot;%1&quot; in %2 is al de standaardroutine; markeer per map maar één routine als standaard</translation>
    </message>
    <message>
        <source>the routine id &quot;%1&quot; is already used by %2 in the same folder; give each routine its own id</source>
        <translation>de routine-id &quot;%1&quot; wordt al gebruikt door %2 in dezelfde map; geef elke routine een eigen id</translation>
    </message>
</context>
<context>
    <name>DataCommands</name>
    <message numerus="yes">
        <source>Imported %Ln session(s)</source>
        <translation>
            <numerusform>%Ln sessie geïmporteerd</numerusform>
            <numerusform>%Ln sessies geïmporteerd</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln hold(s)</source>
        <translation>
            <numerusform>%Ln houdmoment</numerusform>
            <numerusform>%Ln houdmomenten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln session(s) were already in your history.</source>
        <translation>
            <numerusform>%Ln sessie stond al in uw geschiedenis.</numerusform>
            <numerusform>%Ln sessies stonden al in uw geschiedenis.</numerusform>
        </translation>
    </message>
    <message>
        <source>standard output</source>
        <translation>standaarduitvoer</translation>
    </message>
    <message>
        <source>Exporting holds…</source>
        <translation>Houdmomenten exporteren…</translation>
    </message>
    <message>
        <source>Holds written to %1</source>
        <translation>Houdmomenten geschreven naar %1</translation>
    </message>
    <message>
        <source>The sessions were not written: give a file name to get them as a second file beside it.</source>
        <translation>De sessies zijn niet geschreven: geef een bestandsnaam op om ze als tweede bestand daarnaast te krijgen.</translation>
    </message>
    <message>
        <source>Exporting sessions…</source>
        <translation>Sessies exporteren…</translation>
    </message>
    <message>
        <source>Sessions written to %1</source>
        <translation>Sessies geschreven naar %1</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exporteren…</translation>
    </message>
    <message>
        <source>History written to %1</source>
        <translation>Geschiedenis geschreven naar %1</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importeren…</translation>
    </message>
    <message>
        <source>Close the running Limber first, or use its File menu.</source>
        <translation>Sluit eerst de Limber die al draait, of gebruik daar het menu Bestand.</translation>
    </message>
    <message>
        <source>Nothing was exported: your history file was damaged. It is kept, unchanged, in %1; Limber can restore one of its backups (File menu, Restore a Backup). %2 was not written.</source>
        <translation>Er is niets geëxporteerd: uw geschiedenisbestand was beschadigd. Het wordt ongewijzigd bewaard in %1; Limber kan een van de back-ups herstellen (menu Bestand, Back-up herstellen). %2 is niet geschreven.</translation>
    </message>
</context>
<context>
    <name>DataDir</name>
    <message>
        <source>This system has no folder for application data. Start Limber with --data-dir DIR to choose one.</source>
        <translation>Dit systeem heeft geen map voor toepassingsgegevens. Start Limber met --data-dir DIR om er zelf een te kiezen.</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder. Choose another data folder with --data-dir.</source>
        <translation>%1 is een bestand, geen map. Kies een andere gegevensmap met --data-dir.</translation>
    </message>
    <message>
        <source>The data folder %1 could not be created. Check that its parent folder exists and that you may write there, or choose another with --data-dir.</source>
        <translation>De gegevensmap %1 kon niet worden aangemaakt. Controleer of de bovenliggende map bestaat en of u daarin mag schrijven, of kies een andere map met --data-dir.</translation>
    </message>
</context>
<context>
    <name>EspeakSpeech</name>
    <message>
        <source>The speech engine (eSpeak NG) could not start: its voice data is missing.</source>
        <translation>De spraakmodule (eSpeak NG) kon niet starten: de stemgegevens ontbreken.</translation>
    </message>
    <message>
        <source>The speech engine has no voice called “%1”.</source>
        <translation>De spraakmodule heeft geen stem met de naam “%1”.</translation>
    </message>
    <message>
        <source>The speech engine could not say “%1”.</source>
        <translation>De spraakmodule kon “%1” niet uitspreken.</translation>
    </message>
</context>
<context>
    <name>ExerciseParser</name>
    <message>
        <source>the camera turns from -180 to 180 degrees (0 looks at the front, 90 at the side, 45 from three-quarters)</source>
        <translation>de camera draait van -180 tot 180 graden (0 kijkt van voren, 90 van opzij, 45 schuin van voren)</translation>
    </message>
    <message>
        <source>a movement takes %1 to %2 seconds</source>
        <translation>een beweging duurt %1 tot %2 seconden</translation>
    </message>
    <message>
        <source>the movement starts and ends in the same pose &quot;%1&quot;; give fromPose the pose the movement starts from</source>
        <translation>de beweging begint en eindigt in dezelfde houding &quot;%1&quot;; geef bij fromPose de houding op waarin de beweging begint</translation>
    </message>
    <message>
        <source>a step takes 1 to %1 seconds</source>
        <translation>een stap duurt 1 tot %1 seconden</translation>
    </message>
    <message>
        <source>missing; an exercise with &quot;sideMode&quot;: &quot;alternating&quot; names its sides, e.g. {&quot;left&quot;: &quot;left leg on top&quot;, &quot;right&quot;: &quot;right leg on top&quot;}</source>
        <translation>ontbreekt; een oefening met &quot;sideMode&quot;: &quot;alternating&quot; geeft haar kanten een naam, bijvoorbeeld {&quot;left&quot;: &quot;left leg on top&quot;, &quot;right&quot;: &quot;right leg on top&quot;}</translation>
    </message>
    <message>
        <source>side labels only apply to an exercise with &quot;sideMode&quot;: &quot;alternating&quot;; remove them or change sideMode</source>
        <translation>namen voor de kanten gelden alleen voor een oefening met &quot;sideMode&quot;: &quot;alternating&quot;; verwijder ze of wijzig sideMode</translation>
    </message>
    <message>
        <source>a get-ready camera needs &quot;getReadyPose&quot;; without it the first step&apos;s pose is shown with that step&apos;s camera</source>
        <translation>een camera voor het klaarmaken heeft &quot;getReadyPose&quot; nodig; zonder die houding wordt de houding van de eerste stap getoond, met de camera van die stap</translation>
    </message>
    <message>
        <source>a hold grows by %1 to %2 seconds at a time</source>
        <translation>een houdmoment wordt telkens %1 tot %2 seconden langer</translation>
    </message>
    <message>
        <source>the longest hold to grow to is %1 to %2 seconds</source>
        <translation>de langste houdduur om naartoe te werken ligt tussen %1 en %2 seconden</translation>
    </message>
    <message>
        <source>the most holds per side to grow to is %1 to %2</source>
        <translation>het grootste aantal houdmomenten per kant om naartoe te werken ligt tussen %1 en %2</translation>
    </message>
    <message>
        <source>the place in the programme is 1 to %1, 1 first</source>
        <translation>de plaats in het programma is 1 tot %1, met 1 als eerste</translation>
    </message>
    <message>
        <source>add at least one step that shows how to get into position</source>
        <translation>voeg minstens één stap toe die laat zien hoe u in de uitgangshouding komt</translation>
    </message>
    <message>
        <source>an exercise has at most %1 steps</source>
        <translation>een oefening heeft hoogstens %1 stappen</translation>
    </message>
</context>
<context>
    <name>ExerciseSections</name>
    <message>
        <source>Ask first</source>
        <translation>Eerst overleggen</translation>
    </message>
    <message>
        <source>Talk to your doctor or physiotherapist before doing this exercise if:</source>
        <translation>Overleg met uw arts of fysiotherapeut voordat u deze oefening doet:</translation>
    </message>
    <message>
        <source>Why it helps</source>
        <translation>Waarom het helpt</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>Wat het doet</translation>
    </message>
    <message>
        <source>How to do it</source>
        <translation>Zo doet u het</translation>
    </message>
    <message>
        <source>Step %1</source>
        <translation>Stap %1</translation>
    </message>
    <message>
        <source>Take care:</source>
        <translation>Let op:</translation>
    </message>
    <message>
        <source>Figure for step %1</source>
        <translation>Afbeelding bij stap %1</translation>
    </message>
    <message>
        <source>Take care</source>
        <translation>Let op</translation>
    </message>
    <message>
        <source>Breathing</source>
        <translation>Ademhaling</translation>
    </message>
    <message>
        <source>Variation</source>
        <translation>Variatie</translation>
    </message>
    <message>
        <source>Left and right</source>
        <translation>Links en rechts</translation>
    </message>
    <message>
        <source>The holds take turns between the two sides. In a session, the screen and the voice say which side comes next.</source>
        <translation>De houdmomenten wisselen af tussen de twee kanten. Tijdens een sessie zeggen het scherm en de stem welke kant de volgende is.</translation>
    </message>
    <message>
        <source>Left side: %1</source>
        <translation>Linkerkant: %1</translation>
    </message>
    <message>
        <source>Right side: %1</source>
        <translation>Rechterkant: %1</translation>
    </message>
    <message>
        <source>The goal</source>
        <translation>Het doel</translation>
    </message>
    <message>
        <source>How long it usually takes: %1</source>
        <translation>Hoe lang het meestal duurt: %1</translation>
    </message>
    <message>
        <source>Figure of the goal position</source>
        <translation>Afbeelding van de doelhouding</translation>
    </message>
</context>
<context>
    <name>ExerciseSessions</name>
    <message>
        <source>Limber could not read the sessions of &quot;%1&quot;.</source>
        <translation>Limber kon de sessies van &quot;%1&quot; niet lezen.</translation>
    </message>
</context>
<context>
    <name>ExportDestination</name>
    <message>
        <source>the system gave no reason</source>
        <translation>het systeem gaf geen reden op</translation>
    </message>
    <message>
        <source>Limber did not write %1: it is a folder. Give the name of a file to create in it.</source>
        <translation>Limber heeft %1 niet geschreven: dat is een map. Geef de naam op van een bestand dat daarin moet worden aangemaakt.</translation>
    </message>
    <message>
        <source>Limber did not write %1: it is neither a regular file nor a pipe or terminal it can write into. Give the name of a file to create.</source>
        <translation>Limber heeft %1 niet geschreven: dat is geen gewoon bestand, en ook geen pipe of terminal waarnaar Limber kan schrijven. Geef de naam op van een bestand dat moet worden aangemaakt.</translation>
    </message>
    <message>
        <source>Limber could not open %1 for writing (%2).</source>
        <translation>Limber kon %1 niet openen om te schrijven (%2).</translation>
    </message>
    <message>
        <source>Limber could not create %1 (%2). Choose a folder you may write to.</source>
        <translation>Limber kon %1 niet aanmaken (%2). Kies een map waarin u mag schrijven.</translation>
    </message>
    <message>
        <source>What reached it may be incomplete.</source>
        <translation>Wat al is doorgegeven, is mogelijk onvolledig.</translation>
    </message>
    <message>
        <source>An earlier file there is unchanged.</source>
        <translation>Een eerder bestand op die plek is ongewijzigd gebleven.</translation>
    </message>
    <message>
        <source>Limber could not write %1: there is no space left on the device. Free some space or choose another place. %2</source>
        <translation>Limber kon %1 niet schrijven: er is geen ruimte meer op het apparaat. Maak ruimte vrij of kies een andere plek. %2</translation>
    </message>
    <message>
        <source>Limber could not write %1 (%2). Check that you may write there. %3</source>
        <translation>Limber kon %1 niet schrijven (%2). Controleer of u daar mag schrijven. %3</translation>
    </message>
</context>
<context>
    <name>HistoryCharts</name>
    <message>
        <source>No holds in these weeks.</source>
        <translation>Geen houdmomenten in deze weken.</translation>
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
        <translation>Geen kant</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Houddoel</translation>
    </message>
    <message>
        <source>Longest hold</source>
        <translation>Langste houdmoment</translation>
    </message>
    <message>
        <source>No sessions in these weeks.</source>
        <translation>Geen sessies in deze weken.</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessies</translation>
    </message>
    <message>
        <source>No reach recorded in these weeks.</source>
        <translation>Geen reikwijdte vastgelegd in deze weken.</translation>
    </message>
    <message>
        <source>Furthest reach</source>
        <translation>Grootste reikwijdte</translation>
    </message>
    <message>
        <source>No pain recorded in these weeks.</source>
        <translation>Geen pijn vastgelegd in deze weken.</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Voor</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Na</translation>
    </message>
</context>
<context>
    <name>HistoryExport</name>
    <message>
        <source>the export</source>
        <translation>de export</translation>
    </message>
    <message>
        <source>Limber could not write the export (%1). Check that the disk has free space and that you may write to the chosen place.</source>
        <translation>Limber kon de export niet schrijven (%1). Controleer of er vrije ruimte op de schijf is en of u op de gekozen plek mag schrijven.</translation>
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
        <translation>vandaag</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>gisteren</translation>
    </message>
    <message>
        <source>%1 days ago</source>
        <translation>%1 dagen geleden</translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>op %1</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Vandaag</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Gisteren</translation>
    </message>
</context>
<context>
    <name>HistoryImport</name>
    <message>
        <source>%1: &quot;%2&quot; is missing or not valid.</source>
        <translation>%1: &quot;%2&quot; ontbreekt of is ongeldig.</translation>
    </message>
    <message>
        <source>Session %1</source>
        <translation>Sessie %1</translation>
    </message>
    <message>
        <source>Session %1, hold %2</source>
        <translation>Sessie %1, houdmoment %2</translation>
    </message>
    <message>
        <source>Routine %1</source>
        <translation>Routine %1</translation>
    </message>
    <message>
        <source>%1: &quot;id&quot; is &quot;%2&quot; but the routine inside has the id &quot;%3&quot;.</source>
        <translation>%1: &quot;id&quot; is &quot;%2&quot;, maar de routine daarin heeft de id &quot;%3&quot;.</translation>
    </message>
    <message>
        <source>Limber could not open %1 (%2).</source>
        <translation>Limber kon %1 niet openen (%2).</translation>
    </message>
    <message>
        <source>Limber could not read %1 (%2).</source>
        <translation>Limber kon %1 niet lezen (%2).</translation>
    </message>
    <message>
        <source>%1 MiB</source>
        <translation>%1 MiB</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 bytes</translation>
    </message>
    <message>
        <source>%1 is larger than %2, the most Limber imports (an export of a million holds is about 225 MB), so it is not a Limber history export. Nothing was changed.</source>
        <translation>%1 is groter dan %2, het maximum dat Limber importeert (een export van een miljoen houdmomenten is ongeveer 225 MB), dus het is geen geschiedenisexport van Limber. Er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>%1 is not a Limber export: it is not valid JSON (%2 at byte %3).</source>
        <translation>%1 is geen export van Limber: het is geen geldige JSON (%2 bij byte %3).</translation>
    </message>
    <message>
        <source>%1 is not a Limber history export.</source>
        <translation>%1 is geen geschiedenisexport van Limber.</translation>
    </message>
    <message>
        <source>%1 cannot be imported: &quot;formatVersion&quot; is missing or is not a whole number from 1 to %2. Nothing was changed.</source>
        <translation>%1 kan niet worden geïmporteerd: &quot;formatVersion&quot; ontbreekt of is geen geheel getal van 1 tot en met %2. Er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>%1 was exported by a newer version of Limber (&quot;formatVersion&quot; %2; this version reads up to %3). Update Limber to import it.</source>
        <translation>%1 is geëxporteerd door een nieuwere versie van Limber (&quot;formatVersion&quot; %2; deze versie leest tot en met %3). Werk Limber bij om het te importeren.</translation>
    </message>
    <message>
        <source>%1 cannot be imported. %2 Nothing was changed.</source>
        <translation>%1 kan niet worden geïmporteerd. %2 Er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>%1 is not an object.</source>
        <translation>%1 is geen object.</translation>
    </message>
    <message>
        <source>Target decision %1</source>
        <translation>Beslissing over houddoel %1</translation>
    </message>
    <message>
        <source>Declined suggestion %1</source>
        <translation>Afgewezen voorstel %1</translation>
    </message>
</context>
<context>
    <name>HistoryReadCopy</name>
    <message>
        <source>No history yet in %1: there is nothing to report. A report can be made once a session has been recorded there.</source>
        <translation>Nog geen geschiedenis in %1: er is niets om over te rapporteren. Een rapport kan worden gemaakt zodra daar een sessie is vastgelegd.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Limber (history format %2). Update Limber to make a report from it.</source>
        <translation>%1 is geschreven door een nieuwere versie van Limber (geschiedenisformaat %2). Werk Limber bij om er een rapport van te maken.</translation>
    </message>
    <message>
        <source>No report was made: the history file %1 is damaged or is not Limber&apos;s: %2 It is left unchanged where it is. Open Limber to keep it aside and restore a backup.</source>
        <translation>Er is geen rapport gemaakt: het geschiedenisbestand %1 is beschadigd of is niet van Limber: %2 Het blijft ongewijzigd staan waar het staat. Open Limber om het apart te zetten en een back-up te herstellen.</translation>
    </message>
    <message>
        <source>No report was made: no temporary folder could be created (%1).</source>
        <translation>Er is geen rapport gemaakt: er kon geen tijdelijke map worden aangemaakt (%1).</translation>
    </message>
    <message>
        <source>No report was made: the history in %1 could not be read. %2</source>
        <translation>Er is geen rapport gemaakt: de geschiedenis in %1 kon niet worden gelezen. %2</translation>
    </message>
</context>
<context>
    <name>HistoryText</name>
    <message>
        <source>No left or right holds in the last four weeks.</source>
        <translation>Geen houdmomenten links of rechts in de afgelopen vier weken.</translation>
    </message>
    <message>
        <source>Too early to compare left and right: that needs holds from two sessions or more.</source>
        <translation>Nog te vroeg om links en rechts te vergelijken: daarvoor zijn houdmomenten uit minstens twee sessies nodig.</translation>
    </message>
    <message>
        <source>Only your left side has holds in the last four weeks.</source>
        <translation>Alleen uw linkerkant heeft houdmomenten in de afgelopen vier weken.</translation>
    </message>
    <message>
        <source>Only your right side has holds in the last four weeks.</source>
        <translation>Alleen uw rechterkant heeft houdmomenten in de afgelopen vier weken.</translation>
    </message>
    <message>
        <source>Your right side had %1 % less hold time than your left over the last four weeks.</source>
        <translation>Uw rechterkant had in de afgelopen vier weken %1% minder houdtijd dan uw linkerkant.</translation>
    </message>
    <message>
        <source>Your left side had %1 % less hold time than your right over the last four weeks.</source>
        <translation>Uw linkerkant had in de afgelopen vier weken %1% minder houdtijd dan uw rechterkant.</translation>
    </message>
    <message>
        <source>Your left and right sides are within 20 % of each other over the last four weeks.</source>
        <translation>Uw linker- en rechterkant verschillen in de afgelopen vier weken minder dan 20% van elkaar.</translation>
    </message>
    <message>
        <source>%1: no holds.</source>
        <translation>%1: geen houdmomenten.</translation>
    </message>
    <message>
        <source>%1: %2 held; left %3, right %4, no side %5.</source>
        <translation>%1: %2 gehouden; links %3, rechts %4, geen kant %5.</translation>
    </message>
    <message>
        <source>%1: longest hold %2.</source>
        <translation>%1: langste houdmoment %2.</translation>
    </message>
    <message>
        <source>Target: %1 a hold.</source>
        <translation>Houddoel: %1 per houdmoment.</translation>
    </message>
    <message>
        <source>Target: %1 a hold since %2 (%3 before).</source>
        <translation>Houddoel: %1 per houdmoment sinds %2 (daarvoor %3).</translation>
    </message>
    <message>
        <source>%1: sessions: %2.</source>
        <translation>%1: sessies: %2.</translation>
    </message>
    <message>
        <source>%1: no reach recorded.</source>
        <translation>%1: geen reikwijdte vastgelegd.</translation>
    </message>
    <message>
        <source>%1: furthest reach: %2.</source>
        <translation>%1: grootste reikwijdte: %2.</translation>
    </message>
    <message>
        <source>%1: no pain recorded.</source>
        <translation>%1: geen pijn vastgelegd.</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>niet vastgelegd</translation>
    </message>
    <message>
        <source>%1: pain before %2, after %3 (0 to 10).</source>
        <translation>%1: pijn voor %2, na %3 (0 tot 10).</translation>
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
        <translation>Het verzoek is niet leesbaar: %1</translation>
    </message>
    <message>
        <source>Limber is already running; its window was brought to the front.</source>
        <translation>Limber draait al; het venster is naar voren gehaald.</translation>
    </message>
    <message>
        <source>Limber is already running; asked it to start today&apos;s routine.</source>
        <translation>Limber draait al; er is gevraagd de routine van vandaag te starten.</translation>
    </message>
    <message>
        <source>Limber is already running; asked it to start %1.</source>
        <translation>Limber draait al; er is gevraagd %1 te starten.</translation>
    </message>
</context>
<context>
    <name>JsonReader</name>
    <message>
        <source>the end of the file</source>
        <translation>het einde van het bestand</translation>
    </message>
    <message>
        <source>expected %1 but found %2</source>
        <translation>hier hoort %1, maar er staat %2</translation>
    </message>
    <message>
        <source>; JSON puts keys and text in double quotes (&quot;)</source>
        <translation>; in JSON staan sleutels en tekst tussen dubbele aanhalingstekens (&quot;)</translation>
    </message>
    <message>
        <source>; JSON files cannot contain comments</source>
        <translation>; JSON-bestanden mogen geen commentaar bevatten</translation>
    </message>
    <message>
        <source>; numbers must be finite and written with digits</source>
        <translation>; getallen moeten eindig zijn en met cijfers geschreven worden</translation>
    </message>
    <message>
        <source>; write numbers like 5, -2 or 0.5</source>
        <translation>; schrijf getallen zoals 5, -2 of 0.5</translation>
    </message>
    <message>
        <source>the file ends before the object opened at line %1, column %2 is closed; the file may be cut short or miss a &apos;}&apos;</source>
        <translation>het bestand eindigt voordat het object dat op regel %1, kolom %2 begint, is gesloten; het bestand is mogelijk afgekapt of er ontbreekt een &apos;}&apos;</translation>
    </message>
    <message>
        <source>the file ends before the list opened at line %1, column %2 is closed; the file may be cut short or miss a &apos;]&apos;</source>
        <translation>het bestand eindigt voordat de lijst die op regel %1, kolom %2 begint, is gesloten; het bestand is mogelijk afgekapt of er ontbreekt een &apos;]&apos;</translation>
    </message>
    <message>
        <source>the file is not valid UTF-8 text (byte 0x%1 here does not belong to any character); save it as UTF-8, or check that it is a content file at all</source>
        <translation>het bestand is geen geldige UTF-8-tekst (de byte 0x%1 hier hoort bij geen enkel teken); sla het op als UTF-8, of controleer of het wel een inhoudsbestand is</translation>
    </message>
    <message>
        <source>the file is empty; a content file holds one JSON object that starts with {&quot;format&quot;: 1</source>
        <translation>het bestand is leeg; een inhoudsbestand bevat één JSON-object dat begint met {&quot;format&quot;: 1</translation>
    </message>
    <message>
        <source>the file holds only blank space; a content file holds one JSON object that starts with {&quot;format&quot;: 1</source>
        <translation>het bestand bevat alleen witruimte; een inhoudsbestand bevat één JSON-object dat begint met {&quot;format&quot;: 1</translation>
    </message>
    <message>
        <source>the end of the file after the value that starts at line %1, column %2</source>
        <translation>het einde van het bestand na de waarde die begint op regel %1, kolom %2</translation>
    </message>
    <message>
        <source>the file ends where a value was expected; it may be cut short</source>
        <translation>het bestand eindigt waar een waarde werd verwacht; het is mogelijk afgekapt</translation>
    </message>
    <message>
        <source>a value (text in double quotes, a number, true, false, null, a list or an object)</source>
        <translation>een waarde (tekst tussen dubbele aanhalingstekens, een getal, true, false, null, een lijst of een object)</translation>
    </message>
    <message>
        <source>objects and lists are nested more than %1 levels deep here; content files never need that many</source>
        <translation>objecten en lijsten zijn hier meer dan %1 niveaus diep genest; inhoudsbestanden hebben er nooit zoveel nodig</translation>
    </message>
    <message>
        <source>a comma before &apos;}&apos; is followed by no key; remove the last comma</source>
        <translation>na een komma voor &apos;}&apos; volgt geen sleutel; verwijder de laatste komma</translation>
    </message>
    <message>
        <source>a key in double quotes</source>
        <translation>een sleutel tussen dubbele aanhalingstekens</translation>
    </message>
    <message>
        <source>the key &quot;%1&quot; appears twice in one object (first at line %2, column %3); keep only one</source>
        <translation>de sleutel &quot;%1&quot; komt twee keer voor in één object (eerst op regel %2, kolom %3); houd er maar één over</translation>
    </message>
    <message>
        <source>&apos;:&apos; after the key &quot;%1&quot;</source>
        <translation>&apos;:&apos; na de sleutel &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&apos;,&apos; or &apos;}&apos; after the value of &quot;%1&quot;</source>
        <translation>&apos;,&apos; of &apos;}&apos; na de waarde van &quot;%1&quot;</translation>
    </message>
    <message>
        <source>a comma before &apos;]&apos; is followed by no value; remove the last comma</source>
        <translation>na een komma voor &apos;]&apos; volgt geen waarde; verwijder de laatste komma</translation>
    </message>
    <message>
        <source>&apos;,&apos; or &apos;]&apos; after a list element</source>
        <translation>&apos;,&apos; of &apos;]&apos; na een element van de lijst</translation>
    </message>
    <message>
        <source>the file is larger than the %1 KiB a content file may have; split it into smaller files</source>
        <translation>het bestand is groter dan de %1 KiB die een inhoudsbestand mag hebben; verdeel het over kleinere bestanden</translation>
    </message>
    <message>
        <source>cannot open the file (%1); check that it exists and that you may read it</source>
        <translation>kan het bestand niet openen (%1); controleer of het bestaat en of u het mag lezen</translation>
    </message>
    <message>
        <source>cannot read the file (%1)</source>
        <translation>kan het bestand niet lezen (%1)</translation>
    </message>
    <message>
        <source>the text that starts here is never closed; add the missing &apos;&quot;&apos;</source>
        <translation>de tekst die hier begint, wordt nergens gesloten; voeg de ontbrekende &apos;&quot;&apos; toe</translation>
    </message>
    <message>
        <source>the text that starts here is not closed on its line; add the missing &apos;&quot;&apos;, or write a line break as \n</source>
        <translation>de tekst die hier begint, wordt niet op dezelfde regel gesloten; voeg de ontbrekende &apos;&quot;&apos; toe, of schrijf een regeleinde als \n</translation>
    </message>
    <message>
        <source>text contains the control character U+%1; remove it, or write a tab as \t</source>
        <translation>de tekst bevat het besturingsteken U+%1; verwijder het, of schrijf een tab als \t</translation>
    </message>
    <message>
        <source>the file ends inside an escape sequence</source>
        <translation>het bestand eindigt midden in een escapereeks</translation>
    </message>
    <message>
        <source>unknown escape \%1; use \&quot;, \\, \/, \b, \f, \n, \r, \t or \u followed by four hex digits</source>
        <translation>onbekende escape \%1; gebruik \&quot;, \\, \/, \b, \f, \n, \r, \t of \u gevolgd door vier hexadecimale cijfers</translation>
    </message>
    <message>
        <source>\u must be followed by four hex digits, as in \u00E9</source>
        <translation>na \u moeten vier hexadecimale cijfers volgen, zoals in \u00E9</translation>
    </message>
    <message>
        <source>\u%1 is the second half of a surrogate pair without a first half; write the character itself instead</source>
        <translation>\u%1 is de tweede helft van een surrogaatpaar zonder eerste helft; schrijf in plaats daarvan het teken zelf</translation>
    </message>
    <message>
        <source>\u%1 is the first half of a surrogate pair and must be followed by the second half (\uDC00 to \uDFFF); write the character itself instead</source>
        <translation>\u%1 is de eerste helft van een surrogaatpaar en moet gevolgd worden door de tweede helft (\uDC00 tot en met \uDFFF); schrijf in plaats daarvan het teken zelf</translation>
    </message>
    <message>
        <source>a digit after &apos;-&apos;</source>
        <translation>een cijfer na &apos;-&apos;</translation>
    </message>
    <message>
        <source>a number cannot start with 0 followed by more digits; write 7, not 07</source>
        <translation>een getal mag niet beginnen met 0 gevolgd door meer cijfers; schrijf 7, niet 07</translation>
    </message>
    <message>
        <source>a digit after the decimal point</source>
        <translation>een cijfer na de decimale punt</translation>
    </message>
    <message>
        <source>a digit in the exponent</source>
        <translation>een cijfer in de exponent</translation>
    </message>
    <message>
        <source>the number %1 is too large or too small to use</source>
        <translation>het getal %1 is te groot of te klein om te gebruiken</translation>
    </message>
    <message>
        <source>expected true, false or null; text must be in double quotes</source>
        <translation>hier hoort true, false of null; tekst moet tussen dubbele aanhalingstekens staan</translation>
    </message>
</context>
<context>
    <name>LogGridBlock</name>
    <message>
        <source>Hold %1</source>
        <translation>Keer %1</translation>
    </message>
    <message>
        <source>Pain</source>
        <translation>Pijn</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notities</translation>
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
        <translation>ontbreekt; voeg &quot;%1&quot; toe aan het object dat hier begint (het is verplicht)</translation>
    </message>
</context>
<context>
    <name>PcmClip</name>
    <message>
        <source>The sound file %1 cannot be used: %2</source>
        <translation>Het geluidsbestand %1 kan niet worden gebruikt: %2</translation>
    </message>
    <message>
        <source>it is not a WAVE file.</source>
        <translation>het is geen WAVE-bestand.</translation>
    </message>
    <message>
        <source>the “%1” chunk runs past the end of the file.</source>
        <translation>het blok “%1” loopt door tot voorbij het einde van het bestand.</translation>
    </message>
    <message>
        <source>its format chunk is too short.</source>
        <translation>het formaatblok is te kort.</translation>
    </message>
    <message>
        <source>only 16-bit PCM is supported.</source>
        <translation>alleen 16-bits PCM wordt ondersteund.</translation>
    </message>
    <message>
        <source>it has no usable format chunk.</source>
        <translation>het heeft geen bruikbaar formaatblok.</translation>
    </message>
    <message>
        <source>it has no sound data.</source>
        <translation>het bevat geen geluidsgegevens.</translation>
    </message>
</context>
<context>
    <name>PdfDocumentWriter</name>
    <message>
        <source>Could not start a PDF in %1. Try again, or choose another folder.</source>
        <translation>Kon geen PDF beginnen in %1. Probeer het opnieuw, of kies een andere map.</translation>
    </message>
</context>
<context>
    <name>PoseParser</name>
    <message>
        <source>joint angles are degrees from -180 to 180</source>
        <translation>gewrichtshoeken zijn graden van -180 tot 180</translation>
    </message>
    <message>
        <source>expected an object that maps pose ids to poses, found %1</source>
        <translation>hier hoort een object dat houding-id&apos;s aan houdingen koppelt, maar er staat %1</translation>
    </message>
    <message>
        <source>no poses; add at least one, such as &quot;sitting-upright&quot;: {&quot;pelvisPitch&quot;: 0}</source>
        <translation>geen houdingen; voeg er minstens één toe, zoals &quot;sitting-upright&quot;: {&quot;pelvisPitch&quot;: 0}</translation>
    </message>
</context>
<context>
    <name>ProgressAdvisor</name>
    <message>
        <source>A hold lasts %1 to %2 seconds and a routine asks %3 to %4 holds per side; %5 s and %6 holds do not fit.</source>
        <translation>Een houdmoment duurt %1 tot %2 seconden en een routine vraagt %3 tot %4 houdmomenten per kant; %5 s en %6 houdmomenten passen daar niet binnen.</translation>
    </message>
    <message>
        <source>The routine has no exercise &quot;%1&quot;; there is no target to reset.</source>
        <translation>De routine heeft geen oefening &quot;%1&quot;; er is geen houddoel om terug te zetten.</translation>
    </message>
</context>
<context>
    <name>ProgressReport</name>
    <message>
        <source>%1 · %2 · page %3 of %4</source>
        <translation>%1 · %2 · pagina %3 van %4</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessies</translation>
    </message>
    <message>
        <source>Minutes held</source>
        <translation>Minuten gehouden</translation>
    </message>
    <message>
        <source>Days in a row now</source>
        <translation>Huidige reeks (dagen)</translation>
    </message>
    <message>
        <source>Pain before a session</source>
        <translation>Pijn voor een sessie</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>niet vastgelegd</translation>
    </message>
    <message>
        <source>Minutes held each week</source>
        <translation>Minuten gehouden per week</translation>
    </message>
    <message>
        <source>Left and right stacked, the week&apos;s total above each bar. Each week is named by its first day.</source>
        <translation>Links en rechts op elkaar gestapeld, met het weektotaal boven elke staaf. Elke week is genoemd naar haar eerste dag.</translation>
    </message>
    <message>
        <source>Left and right, last four weeks</source>
        <translation>Links en rechts, afgelopen vier weken</translation>
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
        <translation>Pijn voor en na een sessie</translation>
    </message>
    <message>
        <source>The week&apos;s average of the scores given before and after each session: 0 is no pain, 10 the worst imaginable.</source>
        <translation>Het weekgemiddelde van de scores die voor en na elke sessie zijn gegeven: 0 is geen pijn, 10 de ergste pijn die u zich kunt voorstellen.</translation>
    </message>
    <message>
        <source>How far into the stretch</source>
        <translation>Hoe ver in de rek</translation>
    </message>
    <message>
        <source>The furthest position reached each week, on the exercise&apos;s own steps.</source>
        <translation>De verste positie die elke week is bereikt, gemeten aan de eigen stappen van de oefening.</translation>
    </message>
    <message>
        <source>No reach recorded in these weeks.</source>
        <translation>Geen reikwijdte vastgelegd in deze weken.</translation>
    </message>
    <message>
        <source>Hold targets</source>
        <translation>Houddoelen</translation>
    </message>
    <message>
        <source>How long and how often each exercise is held. Limber proposes a change when the sessions call for one; the person decides.</source>
        <translation>Hoe lang en hoe vaak elke oefening wordt vastgehouden. Limber stelt een wijziging voor als de sessies daar aanleiding toe geven; de persoon zelf beslist.</translation>
    </message>
    <message>
        <source>Now: %1</source>
        <translation>Nu: %1</translation>
    </message>
    <message>
        <source>Not changed in these weeks.</source>
        <translation>Niet gewijzigd in deze weken.</translation>
    </message>
    <message>
        <source>Notes after sessions</source>
        <translation>Notities na sessies</translation>
    </message>
    <message>
        <source>No notes in these weeks.</source>
        <translation>Geen notities in deze weken.</translation>
    </message>
    <message>
        <source>Progress report</source>
        <translation>Voortgangsrapport</translation>
    </message>
    <message>
        <source>0–10, first week → last week</source>
        <translation>0–10, eerste week → laatste week</translation>
    </message>
</context>
<context>
    <name>ProgressText</name>
    <message numerus="yes">
        <source>You held every hold in your last %n session(s).</source>
        <translation>
            <numerusform>U hebt %n sessie op rij elk houdmoment volgehouden.</numerusform>
            <numerusform>U hebt %n sessies op rij elk houdmoment volgehouden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You held every hold in your last %n session(s) and your pain did not rise.</source>
        <translation>
            <numerusform>U hebt %n sessie op rij elk houdmoment volgehouden, en uw pijn nam niet toe.</numerusform>
            <numerusform>U hebt %n sessies op rij elk houdmoment volgehouden, en uw pijn nam niet toe.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your last session stopped because it hurt.</source>
        <translation>Uw laatste sessie is gestopt omdat het pijn deed.</translation>
    </message>
    <message>
        <source>Your pain went from %1 before a session to %2 after it.</source>
        <translation>Uw pijn ging van %1 voor een sessie naar %2 erna.</translation>
    </message>
    <message>
        <source>Your pain rose after a session.</source>
        <translation>Uw pijn nam toe na een sessie.</translation>
    </message>
    <message numerus="yes">
        <source>Welcome back: it has been %n day(s) since you last did it.</source>
        <translation>
            <numerusform>Welkom terug: u hebt deze oefening %n dag niet gedaan.</numerusform>
            <numerusform>Welkom terug: u hebt deze oefening %n dagen niet gedaan.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 × %2 s each side</source>
        <translation>%1 × %2 s per kant</translation>
    </message>
    <message>
        <source>%1 × %2 s</source>
        <translation>%1 × %2 s</translation>
    </message>
    <message>
        <source>Try %1 from now on (now %2)?</source>
        <translation>Vanaf nu %1 proberen (nu %2)?</translation>
    </message>
    <message>
        <source>Ease back to %1 for a while (now %2)?</source>
        <translation>Een tijdje terug naar %1 (nu %2)?</translation>
    </message>
    <message>
        <source>%1: %2 %3</source>
        <translation>%1: %2 %3</translation>
    </message>
    <message>
        <source>%1 feels comfortable now. When you feel ready, the next exercise of the programme is %2. Take it slowly, and only if your body agrees.</source>
        <translation>%1 gaat u nu goed af. Als u zich er klaar voor voelt, is %2 de volgende oefening van het programma. Doe het rustig aan, en alleen als uw lichaam het toelaat.</translation>
    </message>
    <message>
        <source>%1: %2 (grown)</source>
        <translation>%1: %2 (verhoogd)</translation>
    </message>
    <message>
        <source>%1: %2 (eased back)</source>
        <translation>%1: %2 (verlaagd)</translation>
    </message>
    <message>
        <source>%1: %2 (set by hand)</source>
        <translation>%1: %2 (zelf ingesteld)</translation>
    </message>
    <message>
        <source>%1: %2 (the routine&apos;s own plan)</source>
        <translation>%1: %2 (het eigen schema van de routine)</translation>
    </message>
    <message>
        <source>%1: kept the target, declined %2</source>
        <translation>%1: houddoel behouden, %2 afgewezen</translation>
    </message>
</context>
<context>
    <name>Reminder</name>
    <message>
        <source>Open Limber</source>
        <translation>Limber openen</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <source>Snooze 10 min</source>
        <translation>10 min later herinneren</translation>
    </message>
    <message>
        <source>Skip today</source>
        <translation>Vandaag overslaan</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Sluiten</translation>
    </message>
</context>
<context>
    <name>ReportText</name>
    <message numerus="yes">
        <source>%n week(s)</source>
        <translation>
            <numerusform>%n week</numerusform>
            <numerusform>%n weken</numerusform>
        </translation>
    </message>
    <message>
        <source>recorded in Limber</source>
        <translation>vastgelegd in Limber</translation>
    </message>
    <message>
        <source>Made on %1</source>
        <translation>Gemaakt op %1</translation>
    </message>
    <message>
        <source>Exercises: %1</source>
        <translation>Oefeningen: %1</translation>
    </message>
    <message>
        <source>No sessions in these weeks.</source>
        <translation>Geen sessies in deze weken.</translation>
    </message>
    <message numerus="yes">
        <source>%n completed</source>
        <translation>
            <numerusform>%n voltooid</numerusform>
            <numerusform>%n voltooid</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stopped (%1 for pain)</source>
        <translation>
            <numerusform>%n gestopt (%1 vanwege pijn)</numerusform>
            <numerusform>%n gestopt (%1 vanwege pijn)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stopped</source>
        <translation>
            <numerusform>%n gestopt</numerusform>
            <numerusform>%n gestopt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n interrupted</source>
        <translation>
            <numerusform>%n onderbroken</numerusform>
            <numerusform>%n onderbroken</numerusform>
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
        <translation>geen kant %1</translation>
    </message>
    <message numerus="yes">
        <source>Best run: %n day(s)</source>
        <translation>
            <numerusform>Langste reeks: %n dag</numerusform>
            <numerusform>Langste reeks: %n dagen</numerusform>
        </translation>
    </message>
    <message>
        <source>Before a session: %1 on average in the week of %2, the only week with a score.</source>
        <translation>Voor een sessie: gemiddeld %1 in de week van %2, de enige week met een score.</translation>
    </message>
    <message>
        <source>After a session: %1 on average in the week of %2, the only week with a score.</source>
        <translation>Na een sessie: gemiddeld %1 in de week van %2, de enige week met een score.</translation>
    </message>
    <message>
        <source>Before a session: %1 on average in the week of %2, %3 in the week of %4.</source>
        <translation>Voor een sessie: gemiddeld %1 in de week van %2, %3 in de week van %4.</translation>
    </message>
    <message>
        <source>After a session: %1 on average in the week of %2, %3 in the week of %4.</source>
        <translation>Na een sessie: gemiddeld %1 in de week van %2, %3 in de week van %4.</translation>
    </message>
    <message>
        <source>No pain scores were recorded in these weeks.</source>
        <translation>Er zijn in deze weken geen pijnscores vastgelegd.</translation>
    </message>
    <message>
        <source>No reach recorded in these weeks.</source>
        <translation>Geen reikwijdte vastgelegd in deze weken.</translation>
    </message>
    <message>
        <source>“%1” in the week of %2.</source>
        <translation>“%1” in de week van %2.</translation>
    </message>
    <message>
        <source>From “%1” in the week of %2 to “%3” in the week of %4.</source>
        <translation>Van “%1” in de week van %2 naar “%3” in de week van %4.</translation>
    </message>
    <message>
        <source>Furthest: “%1”.</source>
        <translation>Het verst: “%1”.</translation>
    </message>
</context>
<context>
    <name>RoutineDuration</name>
    <message>
        <source>No exercises yet</source>
        <translation>Nog geen oefeningen</translation>
    </message>
    <message>
        <source>Under a minute</source>
        <translation>Minder dan een minuut</translation>
    </message>
    <message numerus="yes">
        <source>About %n minute(s)</source>
        <translation>
            <numerusform>Ongeveer %n minuut</numerusform>
            <numerusform>Ongeveer %n minuten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RoutineNames</name>
    <message>
        <source>Give the routine a name.</source>
        <translation>Geef de routine een naam.</translation>
    </message>
    <message>
        <source>Another routine is called that already; choose another name.</source>
        <translation>Er is al een routine met die naam; kies een andere naam.</translation>
    </message>
</context>
<context>
    <name>RoutineParser</name>
    <message>
        <source>use %1 to %2 holds per side</source>
        <translation>gebruik %1 tot %2 houdmomenten per kant</translation>
    </message>
    <message>
        <source>a hold lasts %1 to %2 seconds</source>
        <translation>een houdmoment duurt %1 tot %2 seconden</translation>
    </message>
    <message>
        <source>switching sides takes 0 to %1 seconds</source>
        <translation>wisselen van kant duurt 0 tot %1 seconden</translation>
    </message>
    <message>
        <source>a rest lasts 0 to %1 seconds</source>
        <translation>een rustpauze duurt 0 tot %1 seconden</translation>
    </message>
    <message>
        <source>getting ready takes 0 to %1 seconds</source>
        <translation>klaarmaken duurt 0 tot %1 seconden</translation>
    </message>
    <message>
        <source>add at least one exercise, e.g. {&quot;exercise&quot;: &quot;seated-leg-cross&quot;}</source>
        <translation>voeg minstens één oefening toe, bijvoorbeeld {&quot;exercise&quot;: &quot;seated-leg-cross&quot;}</translation>
    </message>
    <message>
        <source>a routine has at most %1 exercises; split it into shorter routines</source>
        <translation>een routine heeft hoogstens %1 oefeningen; verdeel haar over kortere routines</translation>
    </message>
</context>
<context>
    <name>RoutineRequest</name>
    <message>
        <source>No routines are installed; give the path to a routine file.</source>
        <translation>Er zijn geen routines geïnstalleerd; geef het pad naar een routinebestand op.</translation>
    </message>
    <message>
        <source>Known routines: %1. Give one of these ids, or the path to a routine file.</source>
        <translation>Bekende routines: %1. Geef een van deze id&apos;s op, of het pad naar een routinebestand.</translation>
    </message>
    <message>
        <source>There is no routine to start. Add a routine file to your content folder, or reinstall Limber.</source>
        <translation>Er is geen routine om te starten. Voeg een routinebestand toe aan uw inhoudsmap, of installeer Limber opnieuw.</translation>
    </message>
    <message>
        <source>The routine file “%1” cannot be used: %2</source>
        <translation>Het routinebestand “%1” kan niet worden gebruikt: %2</translation>
    </message>
    <message>
        <source>The routine file “%1” does not exist. %2</source>
        <translation>Het routinebestand “%1” bestaat niet. %2</translation>
    </message>
    <message>
        <source>There is no routine “%1”. %2</source>
        <translation>Er is geen routine “%1”. %2</translation>
    </message>
    <message>
        <source>No such file</source>
        <translation>Bestand bestaat niet</translation>
    </message>
    <message>
        <source>There is no file “%1”. Check its name and folder, or give the id of one of Limber&apos;s routines.</source>
        <translation>Er is geen bestand “%1”. Controleer de naam en de map, of geef de id van een van de routines van Limber op.</translation>
    </message>
    <message>
        <source>Looked for: %1
%2</source>
        <translation>Gezocht naar: %1
%2</translation>
    </message>
    <message>
        <source>Not a routine file</source>
        <translation>Geen routinebestand</translation>
    </message>
    <message>
        <source>“%1” is a folder. Give the routine file inside it.</source>
        <translation>“%1” is een map. Geef het routinebestand op dat erin staat.</translation>
    </message>
    <message>
        <source>“%1” is not a routine file: Limber could not read it as one. Ask whoever gave it to you for the file again, or export the routine from Limber&apos;s Routines page.</source>
        <translation>“%1” is geen routinebestand: Limber kon het niet als routine lezen. Vraag degene van wie u het hebt om het bestand opnieuw, of exporteer de routine via de pagina Routines van Limber.</translation>
    </message>
    <message>
        <source>“%1” is not a routine Limber can use: some of what a routine needs is missing or wrong in it. The details say which line.</source>
        <translation>“%1” is geen routine die Limber kan gebruiken: een deel van wat een routine nodig heeft, ontbreekt of klopt niet. In de details staat om welke regel het gaat.</translation>
    </message>
    <message>
        <source>Unknown exercise</source>
        <translation>Onbekende oefening</translation>
    </message>
    <message>
        <source>The routine in “%1” names an exercise Limber does not have. It may come from a newer Limber, or have a typing mistake in an exercise&apos;s name.</source>
        <translation>De routine in “%1” noemt een oefening die Limber niet heeft. Misschien komt de routine uit een nieuwere versie van Limber, of staat er een typefout in de naam van een oefening.</translation>
    </message>
    <message>
        <source>“%1” cannot be used as a routine.</source>
        <translation>“%1” kan niet als routine worden gebruikt.</translation>
    </message>
    <message>
        <source>No routines</source>
        <translation>Geen routines</translation>
    </message>
    <message>
        <source>Limber has no routines installed. Reinstall Limber, or give the path to a routine file.</source>
        <translation>Limber heeft geen routines geïnstalleerd. Installeer Limber opnieuw, of geef het pad naar een routinebestand op.</translation>
    </message>
    <message>
        <source>Unknown routine</source>
        <translation>Onbekende routine</translation>
    </message>
    <message>
        <source>Limber has no routine called “%1”. Check the name: the details list the routines there are.</source>
        <translation>Limber heeft geen routine met de naam “%1”. Controleer de naam: in de details staan de routines die er wel zijn.</translation>
    </message>
</context>
<context>
    <name>RoutineSheet</name>
    <message>
        <source>%1 · page %2 of %3</source>
        <translation>%1 · pagina %2 van %3</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Stappen</translation>
    </message>
    <message>
        <source>Holds</source>
        <translation>Houdmomenten</translation>
    </message>
    <message>
        <source>Breathing</source>
        <translation>Ademhaling</translation>
    </message>
    <message>
        <source>Take care</source>
        <translation>Let op</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Doel</translation>
    </message>
    <message>
        <source>%1: week log</source>
        <translation>%1: weekoverzicht</translation>
    </message>
    <message>
        <source>Tick a box after each hold. In the pain box, write how much pain you had that day, from 0 (none) to 10 (the worst you can imagine).</source>
        <translation>Zet na elk houdmoment een vinkje in een vakje. Schrijf in het pijnvak hoeveel pijn u die dag had, van 0 (geen pijn) tot 10 (de ergste pijn die u zich kunt voorstellen).</translation>
    </message>
</context>
<context>
    <name>SaveTarget</name>
    <message>
        <source>Could not save %1: there is no room left on the disk. Free some space or choose another drive. Any earlier file there is unchanged.</source>
        <translation>Kon %1 niet opslaan: er is geen ruimte meer op de schijf. Maak ruimte vrij of kies een ander station. Een eerder bestand op die plek is ongewijzigd gebleven.</translation>
    </message>
    <message>
        <source>Could not save %1: %2. Any earlier file there is unchanged. Try again, or choose another folder.</source>
        <translation>Kon %1 niet opslaan: %2. Een eerder bestand op die plek is ongewijzigd gebleven. Probeer het opnieuw, of kies een andere map.</translation>
    </message>
    <message>
        <source>No file name was given. Choose where to save the PDF and type a name for it.</source>
        <translation>Er is geen bestandsnaam opgegeven. Kies waar de PDF moet worden opgeslagen en typ er een naam voor.</translation>
    </message>
    <message>
        <source>Could not save %1: that is the name of a folder, not of a file. Choose another name for the PDF.</source>
        <translation>Kon %1 niet opslaan: dat is de naam van een map, niet van een bestand. Kies een andere naam voor de PDF.</translation>
    </message>
    <message>
        <source>Could not save %1: the folder %2 does not exist (it may have been moved, renamed or removed, or its drive disconnected). Choose another folder.</source>
        <translation>Kon %1 niet opslaan: de map %2 bestaat niet (misschien is die verplaatst, hernoemd of verwijderd, of is het station losgekoppeld). Kies een andere map.</translation>
    </message>
    <message>
        <source>Could not save %1: %2 is a file, not a folder. Choose another folder.</source>
        <translation>Kon %1 niet opslaan: %2 is een bestand, geen map. Kies een andere map.</translation>
    </message>
    <message>
        <source>Could not save %1: the folder %2 is read-only, so no file can be added to it. Choose another folder, such as your Documents folder.</source>
        <translation>Kon %1 niet opslaan: de map %2 is alleen-lezen, dus er kan geen bestand aan worden toegevoegd. Kies een andere map, zoals uw map Documenten.</translation>
    </message>
    <message>
        <source>Could not replace %1: the file there is read-only. Choose another name, or make that file writable first.</source>
        <translation>Kon %1 niet vervangen: het bestand op die plek is alleen-lezen. Kies een andere naam, of maak dat bestand eerst beschrijfbaar.</translation>
    </message>
</context>
<context>
    <name>SessionCues</name>
    <message>
        <source>Get ready: %1</source>
        <translation>Maak u klaar: %1</translation>
    </message>
    <message>
        <source>Get ready: %1. %2</source>
        <translation>Maak u klaar: %1. %2</translation>
    </message>
    <message>
        <source>Stop here. Come out of the stretch slowly and rest.</source>
        <translation>Stop hier. Kom langzaam uit de rekoefening en rust even uit.</translation>
    </message>
    <message numerus="yes">
        <source>%1: step %2 of %n</source>
        <translation>
            <numerusform>%1: stap %2 van %n</numerusform>
            <numerusform>%1: stap %2 van %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Hold %1 of %n</source>
        <translation>
            <numerusform>Houdmoment %1 van %n</numerusform>
            <numerusform>Houdmoment %1 van %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Hold %1 of %n: %2</source>
        <translation>
            <numerusform>Houdmoment %1 van %n: %2</numerusform>
            <numerusform>Houdmoment %1 van %n: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Switch: %1</source>
        <translation>Wissel: %1</translation>
    </message>
    <message>
        <source>Switch to the right side</source>
        <translation>Wissel naar de rechterkant</translation>
    </message>
    <message>
        <source>Switch to the left side</source>
        <translation>Wissel naar de linkerkant</translation>
    </message>
    <message>
        <source>Switch sides</source>
        <translation>Wissel van kant</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Houd vast</translation>
    </message>
    <message>
        <source>Switch</source>
        <translation>Wissel</translation>
    </message>
    <message>
        <source>Rest</source>
        <translation>Rust</translation>
    </message>
    <message>
        <source>Rest. Next: %1</source>
        <translation>Rust. Hierna: %1</translation>
    </message>
    <message>
        <source>Ten seconds remaining</source>
        <translation>Nog tien seconden</translation>
    </message>
    <message>
        <source>Halfway</source>
        <translation>Halverwege</translation>
    </message>
    <message>
        <source>Breathe in</source>
        <translation>Adem in</translation>
    </message>
    <message>
        <source>Breathe out</source>
        <translation>Adem uit</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Klaar</translation>
    </message>
    <message>
        <source>Well done</source>
        <translation>Goed gedaan</translation>
    </message>
    <message>
        <source>No holds done this time.</source>
        <translation>Deze keer geen houdmomenten gedaan.</translation>
    </message>
    <message>
        <source>Paused: the computer was asleep. Resume when you are ready.</source>
        <translation>Gepauzeerd: de computer stond in de slaapstand. Hervat de sessie wanneer u er klaar voor bent.</translation>
    </message>
    <message>
        <source>Paused: Limber was held up for a while. Resume when you are ready.</source>
        <translation>Gepauzeerd: Limber heeft een tijdje stilgestaan. Hervat de sessie wanneer u er klaar voor bent.</translation>
    </message>
</context>
<context>
    <name>SessionDeletion</name>
    <message>
        <source>Delete session</source>
        <translation>Sessie verwijderen</translation>
    </message>
    <message>
        <source>&amp;Delete Session</source>
        <translation>Sessie &amp;verwijderen</translation>
    </message>
    <message>
        <source>Limber: session not deleted</source>
        <translation>Limber: sessie niet verwijderd</translation>
    </message>
    <message numerus="yes">
        <source>Delete the session of %1 (%2: %n hold(s), %3 held)?

It leaves your history, your charts and your streaks. A backup of your history is made first: File ▸ Restore a Backup brings it back.</source>
        <translation>
            <numerusform>De sessie van %1 verwijderen (%2: %n houdmoment, %3 gehouden)?

De sessie verdwijnt uit uw geschiedenis, uw grafieken en uw reeksen. Eerst wordt er een back-up van uw geschiedenis gemaakt: met Bestand ▸ Back-up herstellen haalt u de sessie terug.</numerusform>
            <numerusform>De sessie van %1 verwijderen (%2: %n houdmomenten, %3 gehouden)?

De sessie verdwijnt uit uw geschiedenis, uw grafieken en uw reeksen. Eerst wordt er een back-up van uw geschiedenis gemaakt: met Bestand ▸ Back-up herstellen haalt u de sessie terug.</numerusform>
        </translation>
    </message>
    <message>
        <source>That session is still running. Finish or stop it, then delete it.</source>
        <translation>Die sessie is nog bezig. Maak haar af of stop haar, en verwijder haar daarna.</translation>
    </message>
    <message>
        <source>No backup could be made, so nothing was deleted. %1</source>
        <translation>Er kon geen back-up worden gemaakt, dus er is niets verwijderd. %1</translation>
    </message>
    <message>
        <source>Deleting the session…</source>
        <translation>De sessie wordt verwijderd…</translation>
    </message>
</context>
<context>
    <name>SessionLog</name>
    <message>
        <source>The session this hold belongs to is no longer in the history (was a backup restored meanwhile?). Start a new session to record further holds.</source>
        <translation>De sessie waar dit houdmoment bij hoort, staat niet meer in de geschiedenis (is er intussen een back-up hersteld?). Start een nieuwe sessie om verdere houdmomenten vast te leggen.</translation>
    </message>
    <message>
        <source>No session is being recorded.</source>
        <translation>Er wordt geen sessie vastgelegd.</translation>
    </message>
    <message>
        <source>A session is already being recorded; finish it first.</source>
        <translation>Er wordt al een sessie vastgelegd; rond die eerst af.</translation>
    </message>
    <message>
        <source>the start of the session</source>
        <translation>het begin van de sessie</translation>
    </message>
    <message>
        <source>The hold of &quot;%1&quot; has values Limber cannot store (hold %2, held %3 ms); it was not recorded.</source>
        <translation>Het houdmoment van &quot;%1&quot; heeft waarden die Limber niet kan opslaan (houdmoment %2, %3 ms gehouden); het is niet vastgelegd.</translation>
    </message>
    <message>
        <source>the hold of &quot;%1&quot;</source>
        <translation>het houdmoment van &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Reach is recorded on a scale from 0 to 3, not %1.</source>
        <translation>Reikwijdte wordt vastgelegd op een schaal van 0 tot 3, niet %1.</translation>
    </message>
    <message>
        <source>how far you reached</source>
        <translation>hoe ver u kwam</translation>
    </message>
    <message>
        <source>Pain is recorded on a scale from 0 to 10, not %1.</source>
        <translation>Pijn wordt vastgelegd op een schaal van 0 tot 10, niet %1.</translation>
    </message>
    <message>
        <source>the pain level</source>
        <translation>de pijnscore</translation>
    </message>
    <message>
        <source>the note</source>
        <translation>de notitie</translation>
    </message>
    <message>
        <source>the end of the session</source>
        <translation>het einde van de sessie</translation>
    </message>
    <message numerus="yes">
        <source>Limber could not save %1. %2 Limber keeps %n unsaved record(s) and saves them when you try again.</source>
        <translation>
            <numerusform>Limber kon %1 niet opslaan. %2 Limber bewaart %n niet-opgeslagen gegeven en slaat het op wanneer u het opnieuw probeert.</numerusform>
            <numerusform>Limber kon %1 niet opslaan. %2 Limber bewaart %n niet-opgeslagen gegevens en slaat ze op wanneer u het opnieuw probeert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Limber could not write %1 into the file of unsaved holds. %2</source>
        <translation>Limber kon %1 niet wegschrijven naar het bestand met niet-opgeslagen houdmomenten. %2</translation>
    </message>
</context>
<context>
    <name>SessionRecords</name>
    <message>
        <source>Limber could not delete the session.</source>
        <translation>Limber kon de sessie niet verwijderen.</translation>
    </message>
    <message>
        <source>That session is no longer in your history.</source>
        <translation>Die sessie staat niet meer in uw geschiedenis.</translation>
    </message>
    <message>
        <source>That session is still running. Finish or stop it, then delete it.</source>
        <translation>Die sessie is nog bezig. Maak haar af of stop haar, en verwijder haar daarna.</translation>
    </message>
</context>
<context>
    <name>SessionText</name>
    <message>
        <source>Left side</source>
        <translation>Linkerkant</translation>
    </message>
    <message>
        <source>Right side</source>
        <translation>Rechterkant</translation>
    </message>
    <message>
        <source>%1 · get ready</source>
        <translation>%1 · maak u klaar</translation>
    </message>
    <message numerus="yes">
        <source>%1 · step %2 of %n</source>
        <translation>
            <numerusform>%1 · stap %2 van %n</numerusform>
            <numerusform>%1 · stap %2 van %n</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · hold</source>
        <translation>%1 · vasthouden</translation>
    </message>
    <message>
        <source>%1 · switch sides</source>
        <translation>%1 · wissel van kant</translation>
    </message>
    <message>
        <source>%1 · rest</source>
        <translation>%1 · rust</translation>
    </message>
    <message>
        <source>Session complete</source>
        <translation>Sessie voltooid</translation>
    </message>
    <message>
        <source>Get into the starting position.</source>
        <translation>Neem de beginhouding aan.</translation>
    </message>
    <message>
        <source>Hold the stretch and breathe slowly.</source>
        <translation>Blijf in de rek en adem rustig door.</translation>
    </message>
    <message>
        <source>Switch sides: now %1.</source>
        <translation>Wissel van kant: nu %1.</translation>
    </message>
    <message>
        <source>Switch sides.</source>
        <translation>Wissel van kant.</translation>
    </message>
    <message>
        <source>Rest and breathe.</source>
        <translation>Rust uit en adem rustig door.</translation>
    </message>
    <message>
        <source>Well done.</source>
        <translation>Goed gedaan.</translation>
    </message>
    <message>
        <source>Get ready</source>
        <translation>Maak u klaar</translation>
    </message>
    <message>
        <source>Get ready · %1 first</source>
        <translation>Maak u klaar · eerst %1</translation>
    </message>
    <message numerus="yes">
        <source>Hold %1 of %n</source>
        <translation>
            <numerusform>Houdmoment %1 van %n</numerusform>
            <numerusform>Houdmoment %1 van %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 · hold %2 of %n</source>
        <translation>
            <numerusform>%1 · houdmoment %2 van %n</numerusform>
            <numerusform>%1 · houdmoment %2 van %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Next: get ready for %1 (%2)</source>
        <translation>Hierna: klaarmaken voor %1 (%2)</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Hierna: %1</translation>
    </message>
    <message numerus="yes">
        <source>Next: %1, step %2 of %n</source>
        <translation>
            <numerusform>Hierna: %1, stap %2 van %n</numerusform>
            <numerusform>Hierna: %1, stap %2 van %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Next: hold %1 of %n (%2)</source>
        <translation>
            <numerusform>Hierna: houdmoment %1 van %n (%2)</numerusform>
            <numerusform>Hierna: houdmoment %1 van %n (%2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Next: hold %1 of %n, %2 (%3)</source>
        <translation>
            <numerusform>Hierna: houdmoment %1 van %n, %2 (%3)</numerusform>
            <numerusform>Hierna: houdmoment %1 van %n, %2 (%3)</numerusform>
        </translation>
    </message>
    <message>
        <source>Next: switch sides</source>
        <translation>Hierna: wissel van kant</translation>
    </message>
    <message>
        <source>Next: rest (%1)</source>
        <translation>Hierna: rust (%1)</translation>
    </message>
    <message>
        <source>Next: the end</source>
        <translation>Hierna: het einde</translation>
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
        <translation>rechterkant</translation>
    </message>
    <message>
        <source>left side</source>
        <translation>linkerkant</translation>
    </message>
    <message>
        <source>No routines are installed, so there is nothing to print.</source>
        <translation>Er zijn geen routines geïnstalleerd, dus er is niets om af te drukken.</translation>
    </message>
    <message>
        <source>There is no routine called &quot;%1&quot;, and no routines are installed.</source>
        <translation>Er is geen routine met de naam &quot;%1&quot;, en er zijn geen routines geïnstalleerd.</translation>
    </message>
    <message>
        <source>There is no routine called &quot;%1&quot;. Known routines: %2.</source>
        <translation>Er is geen routine met de naam &quot;%1&quot;. Bekende routines: %2.</translation>
    </message>
    <message>
        <source>The routine &quot;%1&quot; uses the exercise &quot;%2&quot;, which is not installed.</source>
        <translation>De routine &quot;%1&quot; gebruikt de oefening &quot;%2&quot;, maar die is niet geïnstalleerd.</translation>
    </message>
    <message>
        <source>Ask your doctor before you start any exercise routine.</source>
        <translation>Overleg met uw arts voordat u aan een oefenroutine begint.</translation>
    </message>
    <message numerus="yes">
        <source>%n hold(s) per side, %1 each</source>
        <translation>
            <numerusform>%n houdmoment per kant, %1</numerusform>
            <numerusform>%n houdmomenten per kant, elk %1</numerusform>
        </translation>
    </message>
    <message>
        <source>start with the %1</source>
        <comment>%1 is a side, e.g. &apos;left leg on top&apos;</comment>
        <translation>eerst %1</translation>
    </message>
    <message>
        <source>%1 to switch</source>
        <translation>%1 om te wisselen</translation>
    </message>
    <message numerus="yes">
        <source>%n hold(s), %1 each</source>
        <translation>
            <numerusform>%n houdmoment, %1</numerusform>
            <numerusform>%n houdmomenten, elk %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 rest between holds</source>
        <translation>%1 rust tussen de houdmomenten</translation>
    </message>
    <message>
        <source>%1 rest before the next exercise</source>
        <translation>%1 rust voor de volgende oefening</translation>
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
        <translation>Doel</translation>
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
        <translation> of </translation>
    </message>
    <message>
        <source>Space or Enter</source>
        <translation>Spatiebalk of Enter</translation>
    </message>
    <message>
        <source>Full screen, or back</source>
        <translation>Volledig scherm, of terug</translation>
    </message>
    <message>
        <source>Everywhere</source>
        <translation>Overal</translation>
    </message>
    <message>
        <source>Today&apos;s routine and Start</source>
        <translation>Routine van vandaag en de knop Starten</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Geschiedenis</translation>
    </message>
    <message>
        <source>Routines</source>
        <translation>Routines</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Afdrukken</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <source>Print the routine sheet</source>
        <translation>Oefenblad afdrukken</translation>
    </message>
    <message>
        <source>The guide (not in a session or the routine editor)</source>
        <translation>De handleiding (niet tijdens een sessie of in de routine-editor)</translation>
    </message>
    <message>
        <source>This list of keys</source>
        <translation>Deze lijst met toetsen</translation>
    </message>
    <message>
        <source>Quit Limber</source>
        <translation>Limber afsluiten</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Vandaag</translation>
    </message>
    <message>
        <source>Start today&apos;s routine (Start has the keyboard focus)</source>
        <translation>De routine van vandaag starten (als Starten de toetsenbordfocus heeft)</translation>
    </message>
    <message>
        <source>Read about the exercise in focus</source>
        <translation>Lezen over de oefening die de focus heeft</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>During a session</source>
        <translation>Tijdens een sessie</translation>
    </message>
    <message>
        <source>Pause, or go on</source>
        <translation>Pauzeren, of doorgaan</translation>
    </message>
    <message>
        <source>Skip to the next step</source>
        <translation>Naar de volgende stap</translation>
    </message>
    <message>
        <source>Back to the start of this step</source>
        <translation>Terug naar het begin van deze stap</translation>
    </message>
    <message>
        <source>Add 15 seconds to this hold</source>
        <translation>Dit houdmoment 15 seconden verlengen</translation>
    </message>
    <message>
        <source>Read about this exercise (the session waits)</source>
        <translation>Lezen over deze oefening (de sessie wacht)</translation>
    </message>
    <message>
        <source>It hurts: stop the session</source>
        <translation>Het doet pijn: de sessie stoppen</translation>
    </message>
    <message>
        <source>Leave full screen; otherwise ask whether to stop (Esc again: keep going)</source>
        <translation>Volledig scherm verlaten; anders vragen of u wilt stoppen (nogmaals Esc: doorgaan)</translation>
    </message>
    <message>
        <source>Pain questions</source>
        <translation>Pijnvragen</translation>
    </message>
    <message>
        <source>Choose that level of pain</source>
        <translation>Dat pijnniveau kiezen</translation>
    </message>
    <message>
        <source>0 … 9</source>
        <translation>0 … 9</translation>
    </message>
    <message>
        <source>Choose pain 10</source>
        <translation>Pijn 10 kiezen</translation>
    </message>
    <message>
        <source>Choose how far you got (after a session)</source>
        <translation>Kiezen hoe ver u kwam (na een sessie)</translation>
    </message>
    <message>
        <source>A, B, C, …</source>
        <translation>A, B, C, …</translation>
    </message>
    <message>
        <source>Move between levels, or clear the answer</source>
        <translation>Tussen niveaus bewegen, of het antwoord wissen</translation>
    </message>
    <message>
        <source>Left, Right, Delete</source>
        <translation>Pijl-links, Pijl-rechts, Delete</translation>
    </message>
    <message>
        <source>New routine</source>
        <translation>Nieuwe routine</translation>
    </message>
    <message>
        <source>Rename the routine</source>
        <translation>De routine een andere naam geven</translation>
    </message>
    <message>
        <source>Delete the selected routine or exercise</source>
        <translation>De geselecteerde routine of oefening verwijderen</translation>
    </message>
    <message>
        <source>Move the selected exercise up or down</source>
        <translation>De geselecteerde oefening omhoog of omlaag verplaatsen</translation>
    </message>
    <message>
        <source>Undo the last change</source>
        <translation>Laatste wijziging ongedaan maken</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Opnieuw uitvoeren</translation>
    </message>
    <message>
        <source>Read about the selected exercise (in the editor)</source>
        <translation>Lezen over de geselecteerde oefening (in de editor)</translation>
    </message>
    <message>
        <source>Exercise page</source>
        <translation>Oefeningpagina</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Terug</translation>
    </message>
    <message>
        <source>Top or end of the page</source>
        <translation>Begin of einde van de pagina</translation>
    </message>
    <message>
        <source>Home, End</source>
        <translation>Home, End</translation>
    </message>
    <message>
        <source>History chart</source>
        <translation>Geschiedenisgrafiek</translation>
    </message>
    <message>
        <source>The week before or after</source>
        <translation>De week ervoor of erna</translation>
    </message>
    <message>
        <source>Left, Right</source>
        <translation>Pijl-links, Pijl-rechts</translation>
    </message>
    <message>
        <source>The first or the last week</source>
        <translation>De eerste of de laatste week</translation>
    </message>
    <message>
        <source>Remove the selected reminder time</source>
        <translation>De geselecteerde herinneringstijd verwijderen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
</context>
<context>
    <name>SingleInstance</name>
    <message>
        <source>Limber is already running, but this request could not be passed to it (%1): %2</source>
        <translation>Limber draait al, maar dit verzoek kon er niet aan worden doorgegeven (%1): %2</translation>
    </message>
</context>
<context>
    <name>SoundTest</name>
    <message>
        <source>This is how Limber sounds. Breathe slowly and relax into the stretch.</source>
        <translation>Zo klinkt Limber. Adem rustig en ontspan in de rek.</translation>
    </message>
    <message>
        <source>The voice is not available: %1</source>
        <translation>De stem is niet beschikbaar: %1</translation>
    </message>
    <message>
        <source>this computer cannot speak.</source>
        <translation>deze computer kan niet spreken.</translation>
    </message>
    <message>
        <source>Tones and voice are both off, so there is nothing to play.</source>
        <translation>Tonen en stem staan allebei uit, dus er valt niets af te spelen.</translation>
    </message>
    <message>
        <source>Played the start tone and a sentence</source>
        <translation>Starttoon en een zin afgespeeld</translation>
    </message>
    <message>
        <source>Played the start tone</source>
        <translation>Starttoon afgespeeld</translation>
    </message>
    <message>
        <source>Said a sentence</source>
        <translation>Een zin uitgesproken</translation>
    </message>
    <message>
        <source>%1 at %2 % volume on “%3”.</source>
        <translation>%1, volume %2%, via “%3”.</translation>
    </message>
</context>
<context>
    <name>StorageMessages</name>
    <message>
        <source>Limber could not name its backup %1. Check that you may write to the folder.</source>
        <translation>Limber kon zijn back-up niet de naam %1 geven. Controleer of u in de map mag schrijven.</translation>
    </message>
    <message>
        <source>Limber could not delete the old backup %1.</source>
        <translation>Limber kon de oude back-up %1 niet verwijderen.</translation>
    </message>
    <message>
        <source>Limber could not delete the unfinished backup %1.</source>
        <translation>Limber kon de onvoltooide back-up %1 niet verwijderen.</translation>
    </message>
    <message>
        <source>it is not a history this version of Limber can read.</source>
        <translation>het is geen geschiedenis die deze versie van Limber kan lezen.</translation>
    </message>
    <message>
        <source>The backup %1 cannot be restored: %2</source>
        <translation>De back-up %1 kan niet worden hersteld: %2</translation>
    </message>
    <message>
        <source>Limber could not open its history file.</source>
        <translation>Limber kon zijn geschiedenisbestand niet openen.</translation>
    </message>
    <message>
        <source>Limber could not close its history file.</source>
        <translation>Limber kon zijn geschiedenisbestand niet sluiten.</translation>
    </message>
    <message>
        <source>Limber could not read a value from its history file.</source>
        <translation>Limber kon geen waarde uit zijn geschiedenisbestand lezen.</translation>
    </message>
    <message>
        <source>Limber keeps your history in a file named %1, but there is a folder with that name in %2. Limber does not touch that folder. Move or rename it, then start Limber again, or start Limber with --data-dir and another folder.</source>
        <translation>Limber bewaart uw geschiedenis in een bestand met de naam %1, maar in %2 staat een map met die naam. Limber laat die map ongemoeid. Verplaats de map of geef haar een andere naam en start Limber opnieuw, of start Limber met --data-dir en een andere map.</translation>
    </message>
    <message>
        <source>Limber could not create the folder %1.</source>
        <translation>Limber kon de map %1 niet aanmaken.</translation>
    </message>
    <message>
        <source>Limber could not move %1 into %2.</source>
        <translation>Limber kon %1 niet naar %2 verplaatsen.</translation>
    </message>
    <message>
        <source>Limber could not set up its history file (%1 is %2, not %3).</source>
        <translation>Limber kon zijn geschiedenisbestand niet inrichten (%1 is %2, niet %3).</translation>
    </message>
    <message>
        <source>Limber may not read %1. Check the permissions of the file.</source>
        <translation>Limber mag %1 niet lezen. Controleer de rechten van het bestand.</translation>
    </message>
    <message>
        <source>A hold in the history file points to a session that does not exist (table %1).</source>
        <translation>Een houdmoment in het geschiedenisbestand verwijst naar een sessie die niet bestaat (tabel %1).</translation>
    </message>
    <message>
        <source>Updating the history file to format %1 failed; the file stays at format %2. %3</source>
        <translation>Het bijwerken van het geschiedenisbestand naar formaat %1 is mislukt; het bestand blijft in formaat %2. %3</translation>
    </message>
    <message>
        <source>Limber refused to run a malformed command on its history file.</source>
        <translation>Limber heeft geweigerd een onjuist opgebouwde opdracht op zijn geschiedenisbestand uit te voeren.</translation>
    </message>
    <message>
        <source>The disk that holds %1 is full. Free some space on that disk, then try again.</source>
        <translation>De schijf waarop %1 staat, is vol. Maak ruimte vrij op die schijf en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>Limber may not write to %1. Make the folder %2 writable, or start Limber with --data-dir and a folder you can write to.</source>
        <translation>Limber mag niet naar %1 schrijven. Maak de map %2 beschrijfbaar, of start Limber met --data-dir en een map waarin u mag schrijven.</translation>
    </message>
    <message>
        <source>Limber cannot open %1. Check that the folder %2 exists and that you may write to it, or start Limber with --data-dir and another folder.</source>
        <translation>Limber kan %1 niet openen. Controleer of de map %2 bestaat en of u erin mag schrijven, of start Limber met --data-dir en een andere map.</translation>
    </message>
    <message>
        <source>%1 is damaged or is not a Limber history file. Quit Limber and start it again: it keeps the damaged file aside and starts a new history, from which you can restore a backup.</source>
        <translation>%1 is beschadigd of is geen geschiedenisbestand van Limber. Sluit Limber af en start het opnieuw: het beschadigde bestand wordt dan apart gezet en er begint een nieuwe geschiedenis, waarin u een back-up kunt herstellen.</translation>
    </message>
    <message>
        <source>%1 is in use by another program. Close other copies of Limber and any database tool that has it open, then try again.</source>
        <translation>%1 wordt gebruikt door een ander programma. Sluit andere exemplaren van Limber en elk databaseprogramma dat het bestand open heeft, en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>The disk reported an error while Limber was reading or writing %1. Check that the disk is connected and has free space, then try again.</source>
        <translation>De schijf meldde een fout terwijl Limber %1 las of schreef. Controleer of de schijf is aangesloten en vrije ruimte heeft, en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>The computer ran out of memory while Limber was using %1. Close some programs, then try again.</source>
        <translation>De computer had te weinig geheugen terwijl Limber %1 gebruikte. Sluit enkele programma&apos;s en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>The system did not allow Limber to use %1. Check the permissions of the folder %2.</source>
        <translation>Het systeem stond Limber niet toe %1 te gebruiken. Controleer de rechten van de map %2.</translation>
    </message>
    <message>
        <source>Limber could not use %1. If this keeps happening, please report it with the details below.</source>
        <translation>Limber kon %1 niet gebruiken. Als dit blijft gebeuren, meld het dan met de onderstaande details.</translation>
    </message>
    <message>
        <source>(SQLite error %1: %2)</source>
        <translation>(SQLite-fout %1: %2)</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Limber (history format %2; this version understands up to %3). Limber shows your history but will not change the file. Update Limber to record new sessions.</source>
        <translation>%1 is geschreven door een nieuwere versie van Limber (geschiedenisformaat %2; deze versie begrijpt tot en met %3). Limber toont uw geschiedenis, maar wijzigt het bestand niet. Werk Limber bij om nieuwe sessies vast te leggen.</translation>
    </message>
    <message>
        <source>Limber may not write to the folder %1, so it shows your history but cannot record new sessions. Make the folder writable, or start Limber with --data-dir and a folder you can write to.</source>
        <translation>Limber mag niet schrijven in de map %1; uw geschiedenis wordt getoond, maar nieuwe sessies kunnen niet worden vastgelegd. Maak de map beschrijfbaar, of start Limber met --data-dir en een map waarin u mag schrijven.</translation>
    </message>
    <message>
        <source>Limber may not write to %1, so it shows your history but cannot record new sessions. Make the file writable, or start Limber with --data-dir and a folder you can write to.</source>
        <translation>Limber mag niet naar %1 schrijven; uw geschiedenis wordt getoond, maar nieuwe sessies kunnen niet worden vastgelegd. Maak het bestand beschrijfbaar, of start Limber met --data-dir en een map waarin u mag schrijven.</translation>
    </message>
    <message>
        <source>The disk that holds your history (%1) is full. Limber shows your history, but new holds cannot be saved until you free some space there.</source>
        <translation>De schijf met uw geschiedenis (%1) is vol. Limber toont uw geschiedenis, maar nieuwe houdmomenten kunnen pas worden opgeslagen als u daar ruimte vrijmaakt.</translation>
    </message>
    <message>
        <source>The disk that would hold your history (%1) is full, so Limber cannot create it. Free some space there, or start Limber with --data-dir and a folder on another disk.</source>
        <translation>De schijf waarop uw geschiedenis moet komen (%1), is vol, dus Limber kan die niet aanmaken. Maak daar ruimte vrij, of start Limber met --data-dir en een map op een andere schijf.</translation>
    </message>
    <message>
        <source>Limber could not use %1: %2 The file was not changed; it is kept in %3. Limber started a new, empty history.</source>
        <translation>Limber kon %1 niet gebruiken: %2 Het bestand is niet gewijzigd; het wordt bewaard in %3. Limber is begonnen met een nieuwe, lege geschiedenis.</translation>
    </message>
    <message>
        <source>You can restore one of the automatic backups.</source>
        <translation>U kunt een van de automatische back-ups herstellen.</translation>
    </message>
    <message>
        <source>it is not a database file.</source>
        <translation>het is geen databasebestand.</translation>
    </message>
    <message>
        <source>it is a database that belongs to another program.</source>
        <translation>het is een database van een ander programma.</translation>
    </message>
    <message>
        <source>it is damaged (the check found: %1).</source>
        <translation>het is beschadigd (de controle vond: %1).</translation>
    </message>
    <message>
        <source>Limber could not use %1: %2 It also could not move the file aside, so it changed nothing. Make the folder %3 writable, or start Limber with --data-dir and another folder.</source>
        <translation>Limber kon %1 niet gebruiken: %2 Het bestand kon ook niet apart worden gezet, dus er is niets gewijzigd. Maak de map %3 beschrijfbaar, of start Limber met --data-dir en een andere map.</translation>
    </message>
    <message>
        <source>Limber could not create the folder %1 for its history. Check that you may write there, or start Limber with --data-dir and another folder.</source>
        <translation>Limber kon de map %1 voor zijn geschiedenis niet aanmaken. Controleer of u daar mag schrijven, of start Limber met --data-dir en een andere map.</translation>
    </message>
    <message>
        <source>This copy of Limber was built with SQLite %1, but it needs SQLite %2 or newer. Install a newer SQLite or a Limber package that includes it.</source>
        <translation>Dit exemplaar van Limber is gebouwd met SQLite %1, maar heeft SQLite %2 of nieuwer nodig. Installeer een nieuwere SQLite, of een Limber-pakket waarin SQLite is meegeleverd.</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) ended unexpectedly last time; the holds recorded before that are kept and the session is marked as interrupted.</source>
        <translation>
            <numerusform>%n sessie is de vorige keer onverwacht beëindigd; de houdmomenten die daarvoor zijn vastgelegd, blijven bewaard en de sessie is gemarkeerd als onderbroken.</numerusform>
            <numerusform>%n sessies zijn de vorige keer onverwacht beëindigd; de houdmomenten die daarvoor zijn vastgelegd, blijven bewaard en de sessies zijn gemarkeerd als onderbroken.</numerusform>
        </translation>
    </message>
    <message>
        <source>The history file was updated from format %1 to %2.</source>
        <translation>Het geschiedenisbestand is bijgewerkt van formaat %1 naar %2.</translation>
    </message>
    <message>
        <source>The history file was updated from format %1 to %2. A copy of the old file is in %3.</source>
        <translation>Het geschiedenisbestand is bijgewerkt van formaat %1 naar %2. Een kopie van het oude bestand staat in %3.</translation>
    </message>
    <message>
        <source>Limber is already running (process %1) and uses the history in %2. Switch to that window, or close it first.</source>
        <translation>Limber draait al (proces %1) en gebruikt de geschiedenis in %2. Ga naar dat venster, of sluit het eerst.</translation>
    </message>
    <message>
        <source>Limber could not create its lock file %1: the disk is full.</source>
        <translation>Limber kon zijn vergrendelingsbestand %1 niet aanmaken: de schijf is vol.</translation>
    </message>
    <message>
        <source>Limber could not create its lock file %1: the folder is read-only.</source>
        <translation>Limber kon zijn vergrendelingsbestand %1 niet aanmaken: de map is alleen-lezen.</translation>
    </message>
    <message>
        <source>Limber could not create its lock file %1.</source>
        <translation>Limber kon zijn vergrendelingsbestand %1 niet aanmaken.</translation>
    </message>
    <message>
        <source>The backup copy %1 failed its check (%2); it was removed. Check the disk, then try again.</source>
        <translation>De back-upkopie %1 kwam niet door de controle (%2); ze is verwijderd. Controleer de schijf en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>The backup copy %1 does not hold the same number of rows as the history; it was removed. Try again.</source>
        <translation>De back-upkopie %1 bevat niet evenveel rijen als de geschiedenis; ze is verwijderd. Probeer het opnieuw.</translation>
    </message>
    <message>
        <source>Limber could not copy its history.</source>
        <translation>Limber kon zijn geschiedenis niet kopiëren.</translation>
    </message>
    <message>
        <source>some of its holds belong to no session.</source>
        <translation>sommige houdmomenten erin horen bij geen enkele sessie.</translation>
    </message>
    <message>
        <source>Limber could not copy the backup %1 into %2. Check that the disk has room and that you may write there.</source>
        <translation>Limber kon de back-up %1 niet naar %2 kopiëren. Controleer of er ruimte op de schijf is en of u daar mag schrijven.</translation>
    </message>
    <message>
        <source>it could not be brought to this version&apos;s format.</source>
        <translation>hij kon niet naar de indeling van deze versie worden gebracht.</translation>
    </message>
    <message>
        <source>A history kept only in memory cannot be opened a second time.</source>
        <translation>Een geschiedenis die alleen in het geheugen staat, kan niet een tweede keer worden geopend.</translation>
    </message>
    <message>
        <source>This copy of the history is only for reading.</source>
        <translation>Deze verbinding met de geschiedenis is alleen om te lezen.</translation>
    </message>
</context>
<context>
    <name>TargetEvents</name>
    <message>
        <source>Hold targets cannot be changed now. %1</source>
        <translation>Houddoelen kunnen nu niet worden gewijzigd. %1</translation>
    </message>
    <message>
        <source>The hold target of &quot;%1&quot; (%2 s, %3 per side) is outside what a routine allows; it was not saved.</source>
        <translation>Het houddoel van &quot;%1&quot; (%2 s, %3 per kant) valt buiten wat een routine toestaat; het is niet opgeslagen.</translation>
    </message>
    <message>
        <source>Limber could not save the hold target of &quot;%1&quot;.</source>
        <translation>Limber kon het houddoel van &quot;%1&quot; niet opslaan.</translation>
    </message>
    <message>
        <source>Limber could not read the hold targets.</source>
        <translation>Limber kon de houddoelen niet lezen.</translation>
    </message>
    <message>
        <source>Limber could not save your answer about &quot;%1&quot;.</source>
        <translation>Limber kon uw antwoord over &quot;%1&quot; niet opslaan.</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <source>Exercise %1 of the routine (%2): %3</source>
        <translation>Oefening %1 van de routine (%2): %3</translation>
    </message>
    <message>
        <source>%1 is %2; use a value from %3 to %4.</source>
        <translation>%1 is %2; gebruik een waarde van %3 tot %4.</translation>
    </message>
    <message>
        <source>the number of holds</source>
        <translation>het aantal houdmomenten</translation>
    </message>
    <message>
        <source>the hold time in seconds</source>
        <translation>de houdduur in seconden</translation>
    </message>
    <message>
        <source>the switch time in seconds</source>
        <translation>de wisseltijd in seconden</translation>
    </message>
    <message>
        <source>the rest time in seconds</source>
        <translation>de rusttijd in seconden</translation>
    </message>
    <message>
        <source>the get-ready time in seconds</source>
        <translation>de tijd om u klaar te maken, in seconden</translation>
    </message>
    <message>
        <source>The session settings have a breathing, reminder or step time of zero or less. Reset the session settings to their defaults.</source>
        <translation>De sessie-instellingen bevatten een ademhalings-, herinnerings- of staptijd van nul of minder. Zet de sessie-instellingen terug op de standaardwaarden.</translation>
    </message>
    <message>
        <source>The routine has no exercises. Add at least one exercise to it.</source>
        <translation>De routine heeft geen oefeningen. Voeg er minstens één oefening aan toe.</translation>
    </message>
    <message>
        <source>this exercise is not in the library. Remove it from the routine or add the exercise&apos;s content file.</source>
        <translation>deze oefening staat niet in de bibliotheek. Verwijder haar uit de routine, of voeg het inhoudsbestand van de oefening toe.</translation>
    </message>
    <message>
        <source>Only a hold can be made longer.</source>
        <translation>Alleen een houdmoment kan worden verlengd.</translation>
    </message>
    <message>
        <source>A hold can only be made longer.</source>
        <translation>Een houdmoment kan alleen langer worden gemaakt.</translation>
    </message>
</context>
<context>
    <name>UnsavedQuit</name>
    <message numerus="yes">
        <source>%n hold(s) of your sessions are not saved yet.</source>
        <translation>
            <numerusform>%n houdmoment van uw sessies is nog niet opgeslagen.</numerusform>
            <numerusform>%n houdmomenten van uw sessies zijn nog niet opgeslagen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Part of your last session (how it ended, or what you reported) is not saved yet.</source>
        <translation>Een deel van uw laatste sessie (hoe die eindigde, of wat u hebt ingevuld) is nog niet opgeslagen.</translation>
    </message>
    <message>
        <source>If you quit now, Limber keeps them and saves them into your history the next time it starts. You can also save a copy to a file first (File ▸ Import History reads it), or try again now that you may have made room.</source>
        <translation>Als u nu afsluit, bewaart Limber ze en zet het ze bij de volgende start in uw geschiedenis. U kunt ook eerst een kopie in een bestand opslaan (Bestand ▸ Geschiedenis importeren leest die in), of het nu opnieuw proberen als u intussen ruimte hebt vrijgemaakt.</translation>
    </message>
    <message>
        <source>Save the Unsaved Holds</source>
        <translation>Niet-opgeslagen houdmomenten opslaan</translation>
    </message>
    <message>
        <source>Limber history (*.json)</source>
        <translation>Limber-geschiedenis (*.json)</translation>
    </message>
    <message>
        <source>Limber: not saved</source>
        <translation>Limber: niet opgeslagen</translation>
    </message>
    <message>
        <source>Limber: a copy was saved</source>
        <translation>Limber: er is een kopie opgeslagen</translation>
    </message>
    <message>
        <source>The unsaved holds were saved to %1. Limber also keeps them and saves them into your history the next time it starts, so you need to import this copy only on another computer or in another data folder.</source>
        <translation>De niet-opgeslagen houdmomenten zijn opgeslagen in %1. Limber bewaart ze ook zelf en zet ze bij de volgende start in uw geschiedenis; u hoeft deze kopie dus alleen te importeren op een andere computer of in een andere gegevensmap.</translation>
    </message>
    <message>
        <source>Limber: holds not saved</source>
        <translation>Limber: houdmomenten niet opgeslagen</translation>
    </message>
    <message>
        <source>&amp;Try Again</source>
        <translation>&amp;Opnieuw proberen</translation>
    </message>
    <message>
        <source>&amp;Save a Copy…</source>
        <translation>&amp;Kopie opslaan…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <source>&amp;Don&apos;t Quit</source>
        <translation>&amp;Niet afsluiten</translation>
    </message>
</context>
<context>
    <name>UnsavedSessions</name>
    <message>
        <source>Limber could not keep the unsaved holds anywhere. %1</source>
        <translation>Limber kon de niet-opgeslagen houdmomenten nergens bewaren. %1</translation>
    </message>
    <message>
        <source>The holds kept in %1 are now in your history, but the file could not be removed; you may delete it.</source>
        <translation>De houdmomenten die in %1 werden bewaard, staan nu in uw geschiedenis, maar het bestand kon niet worden verwijderd; u mag het zelf verwijderen.</translation>
    </message>
</context>
<context>
    <name>UserRoutines</name>
    <message>
        <source>Your routines cannot be changed now. %1</source>
        <translation>Uw routines kunnen nu niet worden gewijzigd. %1</translation>
    </message>
    <message>
        <source>Limber could not read your routines.</source>
        <translation>Limber kon uw routines niet lezen.</translation>
    </message>
    <message>
        <source>The routine &quot;%1&quot; in %2 cannot be read; it was changed outside Limber. Restore a backup, or remove the routine. %3</source>
        <translation>De routine &quot;%1&quot; in %2 kan niet worden gelezen; ze is buiten Limber gewijzigd. Herstel een back-up, of verwijder de routine. %3</translation>
    </message>
    <message>
        <source>Limber could not read your routine &quot;%1&quot;.</source>
        <translation>Limber kon uw routine &quot;%1&quot; niet lezen.</translation>
    </message>
    <message>
        <source>The routine &quot;%1&quot; was not saved: %2</source>
        <translation>De routine &quot;%1&quot; is niet opgeslagen: %2</translation>
    </message>
    <message>
        <source>Limber could not save the routine &quot;%1&quot;.</source>
        <translation>Limber kon de routine &quot;%1&quot; niet opslaan.</translation>
    </message>
    <message>
        <source>Limber could not remove the routine &quot;%1&quot;.</source>
        <translation>Limber kon de routine &quot;%1&quot; niet verwijderen.</translation>
    </message>
    <message>
        <source>Limber could not change the order of your routines.</source>
        <translation>Limber kon de volgorde van uw routines niet wijzigen.</translation>
    </message>
    <message>
        <source>Limber could not add the routine &quot;%1&quot;.</source>
        <translation>Limber kon de routine &quot;%1&quot; niet toevoegen.</translation>
    </message>
    <message>
        <source>The routine &quot;%1&quot; was not added: %2</source>
        <translation>De routine &quot;%1&quot; is niet toegevoegd: %2</translation>
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
        <translation>Week van</translation>
    </message>
</context>
<context>
    <name>limber::AboutDialog</name>
    <message>
        <source>About Limber</source>
        <translation>Over Limber</translation>
    </message>
    <message>
        <source>Limber %1</source>
        <translation>Limber %1</translation>
    </message>
    <message>
        <source>Guided stretching routines for hip and low-back pain. Everything you record stays on this computer.</source>
        <translation>Begeleide rekroutines bij pijn in de heup en de onderrug. Alles wat u vastlegt, blijft op deze computer.</translation>
    </message>
    <message>
        <source>Runs on Qt %1.</source>
        <translation>Werkt met Qt %1.</translation>
    </message>
    <message>
        <source>Your history and settings are kept in:</source>
        <translation>Uw geschiedenis en instellingen worden bewaard in:</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Gegevensmap</translation>
    </message>
    <message>
        <source>Open Data &amp;Folder</source>
        <translation>&amp;Gegevensmap openen</translation>
    </message>
    <message>
        <source>No file manager could open the folder. Copy its name from above instead.</source>
        <translation>Er kon geen bestandsbeheerder de map openen. Kopieer in plaats daarvan de naam van de map hierboven.</translation>
    </message>
    <message>
        <source>Limber is free software: you may share it and change it under the terms of the GNU General Public License, version 3 or (at your choice) any later version. &lt;a href=&quot;%1&quot;&gt;Read the licence&lt;/a&gt;.</source>
        <translation>Limber is vrije software: u mag het delen en wijzigen onder de voorwaarden van de GNU General Public License, versie 3 of (naar uw keuze) een latere versie. &lt;a href=&quot;%1&quot;&gt;Lees de licentie&lt;/a&gt;.</translation>
    </message>
    <message>
        <source>Limber comes with no warranty of any kind, as far as the law allows. It is not medical advice.</source>
        <translation>Voor Limber geldt geen enkele garantie, voor zover de wet dat toestaat. Het is geen medisch advies.</translation>
    </message>
</context>
<context>
    <name>limber::AppController</name>
    <message>
        <source>&amp;Print Routine Sheet…</source>
        <translation>Oefenblad af&amp;drukken…</translation>
    </message>
    <message>
        <source>Export Routine Sheet as P&amp;DF…</source>
        <translation>Oefenblad exporteren als &amp;PDF…</translation>
    </message>
    <message>
        <source>Limber: settings not saved</source>
        <translation>Limber: instellingen niet opgeslagen</translation>
    </message>
    <message>
        <source>Until they can be saved, Limber forgets your choices when it closes, and asks again (the safety notice too) at the next start.</source>
        <translation>Zolang ze niet kunnen worden opgeslagen, vergeet Limber uw keuzes bij het afsluiten en vraagt het er bij de volgende start opnieuw naar (ook naar de veiligheidsinformatie).</translation>
    </message>
</context>
<context>
    <name>limber::AudioModule</name>
    <message>
        <source>Limber&apos;s sound part (limber-audio) is missing or damaged, so Limber will stay silent. Every cue is still shown on screen. Reinstalling Limber brings sound back.</source>
        <translation>Het geluidsdeel van Limber (limber-audio) ontbreekt of is beschadigd, dus Limber blijft stil. Elke aanwijzing staat nog steeds op het scherm. Na het opnieuw installeren van Limber is er weer geluid.</translation>
    </message>
</context>
<context>
    <name>limber::AudioStream</name>
    <message>
        <source>The sound output could not be opened.</source>
        <translation>De geluidsuitvoer kon niet worden geopend.</translation>
    </message>
    <message>
        <source>The sound output stopped accepting sound.</source>
        <translation>De geluidsuitvoer nam geen geluid meer aan.</translation>
    </message>
    <message>
        <source>The sound output went away.</source>
        <translation>De geluidsuitvoer is verdwenen.</translation>
    </message>
    <message>
        <source>The sound output stopped.</source>
        <translation>De geluidsuitvoer is gestopt.</translation>
    </message>
</context>
<context>
    <name>limber::BreathPacer</name>
    <message>
        <source>Breathing guide</source>
        <translation>Ademhalingshulp</translation>
    </message>
    <message>
        <source>Breathe in</source>
        <translation>Adem in</translation>
    </message>
    <message>
        <source>Breathe out</source>
        <translation>Adem uit</translation>
    </message>
</context>
<context>
    <name>limber::CalendarView</name>
    <message>
        <source>No practised days in %1.</source>
        <translation>Geen geoefende dagen in %1.</translation>
    </message>
    <message>
        <source>Practised days in %1: %2.</source>
        <translation>Geoefende dagen in %1: %2.</translation>
    </message>
</context>
<context>
    <name>limber::ChoiceButton</name>
    <message>
        <source>Key %1</source>
        <translation>Toets %1</translation>
    </message>
</context>
<context>
    <name>limber::ChoiceScale</name>
    <message>
        <source>Press %1</source>
        <translation>Druk op %1</translation>
    </message>
</context>
<context>
    <name>limber::CuePlayer</name>
    <message>
        <source>No audio output was found: cues are shown on screen only.</source>
        <translation>Er is geen geluidsuitvoer gevonden: aanwijzingen worden alleen op het scherm getoond.</translation>
    </message>
    <message>
        <source>Spoken cues are not available in this build of Limber.</source>
        <translation>Gesproken aanwijzingen zijn niet beschikbaar in deze versie van Limber.</translation>
    </message>
    <message>
        <source>Cues are given by tones and on screen instead.</source>
        <translation>Aanwijzingen worden in plaats daarvan met tonen en op het scherm gegeven.</translation>
    </message>
    <message>
        <source>No sound output was found, so Limber will stay silent. Every cue is still shown on screen.</source>
        <translation>Er is geen geluidsuitvoer gevonden, dus Limber blijft stil. Elke aanwijzing wordt nog steeds op het scherm getoond.</translation>
    </message>
    <message>
        <source>The sound %1 is missing from this build.</source>
        <translation>Het geluid %1 ontbreekt in deze versie van Limber.</translation>
    </message>
    <message>
        <source>The session goes on with its cues on screen; sound comes back when the output does.</source>
        <translation>De sessie gaat door met aanwijzingen op het scherm; het geluid komt terug zodra de uitvoer terug is.</translation>
    </message>
    <message>
        <source>Cues are shown on screen only.</source>
        <translation>Aanwijzingen worden alleen op het scherm getoond.</translation>
    </message>
</context>
<context>
    <name>limber::ExercisePage</name>
    <message>
        <source>Back</source>
        <translation>Terug</translation>
    </message>
    <message>
        <source>Back to where you were (Esc or Alt+Left)</source>
        <translation>Terug naar waar u was (Esc of Alt+Left)</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Oefening</translation>
    </message>
</context>
<context>
    <name>limber::ExercisePicker</name>
    <message>
        <source>Add an exercise</source>
        <translation>Een oefening toevoegen</translation>
    </message>
    <message>
        <source>&amp;Exercises in the library:</source>
        <translation>&amp;Oefeningen in de bibliotheek:</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Toevoegen</translation>
    </message>
</context>
<context>
    <name>limber::ExerciseTile</name>
    <message>
        <source>Shows how to do %1, step by step</source>
        <translation>Laat stap voor stap zien hoe u %1 doet</translation>
    </message>
    <message>
        <source>How to do %1</source>
        <translation>Zo doet u %1</translation>
    </message>
</context>
<context>
    <name>limber::FigureView</name>
    <message>
        <source>Exercise figure</source>
        <translation>Afbeelding van de oefening</translation>
    </message>
    <message>
        <source>A figure showing the position for this step.</source>
        <translation>Een afbeelding van de houding bij deze stap.</translation>
    </message>
</context>
<context>
    <name>limber::FirstUseState</name>
    <message>
        <source>No holds yet.</source>
        <translation>Nog geen houdmomenten.</translation>
    </message>
    <message>
        <source>Start your first session and your week will show up here.</source>
        <translation>Start uw eerste sessie, dan verschijnt uw week hier.</translation>
    </message>
    <message>
        <source>Each week you will see the minutes you held, left and right, your longest hold, your streak of days, and how your reach and pain change.</source>
        <translation>Elke week ziet u hoeveel minuten u hebt vastgehouden, links en rechts, uw langste houdmoment, uw reeks dagen, en hoe uw reikwijdte en pijn veranderen.</translation>
    </message>
    <message>
        <source>&amp;Start a session</source>
        <translation>Een sessie &amp;starten</translation>
    </message>
</context>
<context>
    <name>limber::GuideDialog</name>
    <message>
        <source>Guide — Limber</source>
        <translation>Handleiding — Limber</translation>
    </message>
    <message>
        <source>Guide</source>
        <translation>Handleiding</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Using Limber&lt;/h2&gt;&lt;p&gt;Limber guides you through stretching routines for the hips and the lower back. Ask your doctor or physiotherapist before you start, and stop if a stretch causes sharp or growing pain.&lt;/p&gt;&lt;h3&gt;A session&lt;/h3&gt;&lt;p&gt;The Today page shows the routine that Start begins, how long it takes and its exercises. Press a picture to read about an exercise, or choose another routine from the list. Then press Start.&lt;/p&gt;&lt;p&gt;Each exercise begins with a short time to get into position. After that, Limber times every hold, tells you when to switch sides and counts down the last seconds. You do not need to touch the computer until the end.&lt;/p&gt;&lt;p&gt;During a session: Space pauses, Right skips, Left goes back, + adds 15 seconds, ? or F1 shows the exercise, and Esc stops. If a stretch hurts, press “It hurts — stop” (or H): Limber tells you how to come out of it safely and notes why the session ended.&lt;/p&gt;&lt;h3&gt;Your progress&lt;/h3&gt;&lt;p&gt;History shows the minutes you held each week, left and right side by side, and how your pain changed. When holds feel easy over several days, the Today page may offer a slightly longer one; nothing changes until you accept.&lt;/p&gt;&lt;h3&gt;Your own routines&lt;/h3&gt;&lt;p&gt;On the Routines page, duplicate a routine or make a new one, then choose its exercises and how long each hold lasts. Every change is kept at once and can be undone with Ctrl+Z.&lt;/p&gt;&lt;h3&gt;On paper&lt;/h3&gt;&lt;p&gt;Print makes a sheet of your routine with its pictures, to pin on the wall, and a grid to tick off each day if you like.&lt;/p&gt;&lt;h3&gt;Settings&lt;/h3&gt;&lt;p&gt;Choose the voice, the sounds, the breathing pace and reminders to stretch. Help ▸ Keyboard Shortcuts lists every key.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Limber gebruiken&lt;/h2&gt;&lt;p&gt;Limber begeleidt u bij rekroutines voor de heupen en de onderrug. Overleg met uw arts of fysiotherapeut voordat u begint, en stop als een rekoefening scherpe of toenemende pijn geeft.&lt;/p&gt;&lt;h3&gt;Een sessie&lt;/h3&gt;&lt;p&gt;De pagina Vandaag toont de routine die met Starten begint, hoe lang die duurt en welke oefeningen erin zitten. Druk op een afbeelding om over een oefening te lezen, of kies een andere routine uit de lijst. Druk daarna op Starten.&lt;/p&gt;&lt;p&gt;Elke oefening begint met even tijd om in de juiste houding te komen. Daarna houdt Limber de tijd van elk houdmoment bij, zegt het wanneer u van kant wisselt en telt het de laatste seconden af. U hoeft de computer tot het einde niet aan te raken.&lt;/p&gt;&lt;p&gt;Tijdens een sessie: de spatiebalk pauzeert, pijl-rechts slaat over, pijl-links gaat terug, + voegt 15 seconden toe, ? of F1 toont de oefening en Esc stopt. Doet een rekoefening pijn, druk dan op “Het doet pijn — stoppen” (of H): Limber vertelt hoe u er veilig uit komt en noteert waarom de sessie is beëindigd.&lt;/p&gt;&lt;h3&gt;Uw voortgang&lt;/h3&gt;&lt;p&gt;Geschiedenis toont hoeveel minuten u elke week hebt vastgehouden, links en rechts naast elkaar, en hoe uw pijn is veranderd. Voelen de houdmomenten een paar dagen lang makkelijk aan, dan kan de pagina Vandaag een iets langer houdmoment voorstellen; er verandert niets zolang u dat niet accepteert.&lt;/p&gt;&lt;h3&gt;Uw eigen routines&lt;/h3&gt;&lt;p&gt;Op de pagina Routines kunt u een routine dupliceren of een nieuwe maken, en daarna de oefeningen kiezen en hoe lang elk houdmoment duurt. Elke wijziging wordt meteen bewaard en kan met Ctrl+Z ongedaan worden gemaakt.&lt;/p&gt;&lt;h3&gt;Op papier&lt;/h3&gt;&lt;p&gt;Met Afdrukken maakt u een oefenblad van uw routine met de afbeeldingen, om aan de muur te hangen, en als u wilt een rooster om elke dag af te vinken.&lt;/p&gt;&lt;h3&gt;Instellingen&lt;/h3&gt;&lt;p&gt;Kies de stem, de geluiden, het ademtempo en herinneringen om te rekken. Onder Help ▸ Sneltoetsen staan alle toetsen.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>limber::HelpMenu</name>
    <message>
        <source>&amp;Guide</source>
        <translation>&amp;Handleiding</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Sneltoetsen</translation>
    </message>
    <message>
        <source>&amp;Safety Notice</source>
        <translation>&amp;Veiligheidsinformatie</translation>
    </message>
    <message>
        <source>&amp;About Limber</source>
        <translation>&amp;Over Limber</translation>
    </message>
</context>
<context>
    <name>limber::HistoryChartsPanel</name>
    <message>
        <source>Minutes held each week, left and right</source>
        <translation>Minuten gehouden per week, links en rechts</translation>
    </message>
    <message>
        <source>Longest hold each week</source>
        <translation>Langste houdmoment per week</translation>
    </message>
    <message>
        <source>Sessions each week</source>
        <translation>Sessies per week</translation>
    </message>
    <message>
        <source>Furthest reach each week</source>
        <translation>Grootste reikwijdte per week</translation>
    </message>
    <message>
        <source>Pain before and after, weekly average from 0 to 10</source>
        <translation>Pijn voor en na, weekgemiddelde van 0 tot 10</translation>
    </message>
    <message>
        <source>Minutes held each week</source>
        <translation>Minuten gehouden per week</translation>
    </message>
    <message>
        <source>Longest hold</source>
        <translation>Langste houdmoment</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessies</translation>
    </message>
    <message>
        <source>Furthest reach</source>
        <translation>Grootste reikwijdte</translation>
    </message>
    <message>
        <source>Pain (0 to 10)</source>
        <translation>Pijn (0 tot 10)</translation>
    </message>
    <message>
        <source>minutes held</source>
        <translation>minuten gehouden</translation>
    </message>
    <message>
        <source>Current streak
(days in a row)</source>
        <translation>Huidige reeks
(dagen op rij)</translation>
    </message>
    <message>
        <source>Best streak
(days in a row)</source>
        <translation>Langste reeks
(dagen op rij)</translation>
    </message>
    <message>
        <source>Previous month</source>
        <translation>Vorige maand</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>Volgende maand</translation>
    </message>
    <message>
        <source>Practised days</source>
        <translation>Geoefende dagen</translation>
    </message>
    <message>
        <source>Days practised</source>
        <translation>Geoefende dagen</translation>
    </message>
    <message>
        <source>Left and right over the last four weeks</source>
        <translation>Links en rechts in de afgelopen vier weken</translation>
    </message>
    <message>
        <source>Left and right, last four weeks</source>
        <translation>Links en rechts, afgelopen vier weken</translation>
    </message>
    <message>
        <source>%1 weeks. Use the Left and Right arrow keys to read each week.</source>
        <translation>%1 weken. Gebruik de pijltoetsen links en rechts om elke week te lezen.</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Deze week</translation>
    </message>
    <message>
        <source>Week of %1</source>
        <translation>Week van %1</translation>
    </message>
    <message>
        <source>seconds held</source>
        <translation>seconden gehouden</translation>
    </message>
    <message>
        <source>%1 seconds held</source>
        <translation>%1 seconden gehouden</translation>
    </message>
    <message>
        <source>%1 minutes held</source>
        <translation>%1 minuten gehouden</translation>
    </message>
    <message>
        <source>No holds yet.</source>
        <translation>Nog geen houdmomenten.</translation>
    </message>
    <message>
        <source>Left %1, right %2. Sessions: %3. Longest hold: %4.</source>
        <translation>Links %1, rechts %2. Sessies: %3. Langste houdmoment: %4.</translation>
    </message>
    <message>
        <source>Last session: %1</source>
        <translation>Laatste sessie: %1</translation>
    </message>
    <message numerus="yes">
        <source>Current streak: %n day(s) in a row</source>
        <translation>
            <numerusform>Huidige reeks: %n dag op rij</numerusform>
            <numerusform>Huidige reeks: %n dagen op rij</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Best streak: %n day(s) in a row</source>
        <translation>
            <numerusform>Langste reeks: %n dag op rij</numerusform>
            <numerusform>Langste reeks: %n dagen op rij</numerusform>
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
            <numerusform>%n houdmoment dat eerder niet kon worden opgeslagen, staat nu in uw geschiedenis.</numerusform>
            <numerusform>%n houdmomenten die eerder niet konden worden opgeslagen, staan nu in uw geschiedenis.</numerusform>
        </translation>
    </message>
    <message>
        <source>What could not be saved of an earlier session is now in your history.</source>
        <translation>Wat eerder van een sessie niet kon worden opgeslagen, staat nu in uw geschiedenis.</translation>
    </message>
    <message>
        <source>Limber: kept holds not saved</source>
        <translation>Limber: bewaarde houdmomenten niet opgeslagen</translation>
    </message>
    <message>
        <source>The holds that could not be saved are kept in %1 and are saved into your history the next time Limber starts.</source>
        <translation>De houdmomenten die niet konden worden opgeslagen, worden bewaard in %1 en komen bij de volgende start van Limber in uw geschiedenis.</translation>
    </message>
    <message>
        <source>Sessions still run, but nothing is recorded until this is solved.</source>
        <translation>Sessies werken nog, maar er wordt niets vastgelegd totdat dit is opgelost.</translation>
    </message>
    <message>
        <source>Limber: your history</source>
        <translation>Limber: uw geschiedenis</translation>
    </message>
    <message>
        <source>Holds kept from an earlier session wait in %1 and are saved once recording works again.</source>
        <translation>Houdmomenten die van een eerdere sessie zijn bewaard, wachten in %1 en worden opgeslagen zodra het vastleggen weer werkt.</translation>
    </message>
    <message>
        <source>Recording is still off: nothing has changed yet.</source>
        <translation>Vastleggen staat nog uit: er is nog niets veranderd.</translation>
    </message>
    <message>
        <source>Recording is on again: new holds are saved.</source>
        <translation>Vastleggen werkt weer: nieuwe houdmomenten worden opgeslagen.</translation>
    </message>
    <message>
        <source>Limber: a hold could not be saved</source>
        <translation>Limber: een houdmoment kon niet worden opgeslagen</translation>
    </message>
    <message>
        <source>Limber keeps it in memory and saves it once, as soon as it can. Choose Retry when you have made room or fixed the folder.</source>
        <translation>Limber houdt het in het geheugen en slaat het één keer op, zodra dat kan. Kies Opnieuw proberen zodra u ruimte hebt gemaakt of de map in orde hebt gebracht.</translation>
    </message>
    <message>
        <source>Last practised %1: %2 · %3</source>
        <translation>Laatst geoefend %1: %2 · %3</translation>
    </message>
    <message numerus="yes">
        <source>%n hold(s)</source>
        <translation>
            <numerusform>%n houdmoment</numerusform>
            <numerusform>%n houdmomenten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) held</source>
        <translation>
            <numerusform>%n minuut gehouden</numerusform>
            <numerusform>%n minuten gehouden</numerusform>
        </translation>
    </message>
    <message>
        <source>under a minute held</source>
        <translation>minder dan een minuut gehouden</translation>
    </message>
    <message>
        <source>Export History as &amp;CSV…</source>
        <translation>Geschiedenis exporteren als &amp;CSV…</translation>
    </message>
    <message>
        <source>Export &amp;Whole History…</source>
        <translation>&amp;Hele geschiedenis exporteren…</translation>
    </message>
    <message>
        <source>&amp;Import History…</source>
        <translation>Geschiedenis &amp;importeren…</translation>
    </message>
    <message>
        <source>Export Pro&amp;gress Report…</source>
        <translation>&amp;Voortgangsrapport exporteren…</translation>
    </message>
    <message>
        <source>&amp;Restore a Backup…</source>
        <translation>Back-up he&amp;rstellen…</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Geschiedenis</translation>
    </message>
    <message>
        <source>Your history could not be opened</source>
        <translation>Uw geschiedenis kon niet worden geopend</translation>
    </message>
</context>
<context>
    <name>limber::HistoryPage</name>
    <message>
        <source>Weekly numbers</source>
        <translation>Weekcijfers</translation>
    </message>
    <message>
        <source>&amp;Charts</source>
        <translation>&amp;Grafieken</translation>
    </message>
    <message>
        <source>&amp;Table</source>
        <translation>&amp;Tabel</translation>
    </message>
    <message>
        <source>Sess&amp;ions</source>
        <translation>&amp;Sessies</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Geschiedenis</translation>
    </message>
    <message>
        <source>&amp;Exercise:</source>
        <translation>&amp;Oefening:</translation>
    </message>
    <message>
        <source>‹ &amp;Previous week</source>
        <translation>‹ &amp;Vorige week</translation>
    </message>
    <message>
        <source>This &amp;week</source>
        <translation>&amp;Deze week</translation>
    </message>
    <message>
        <source>&amp;Next week ›</source>
        <translation>Volge&amp;nde week ›</translation>
    </message>
    <message>
        <source>8 weeks</source>
        <translation>8 weken</translation>
    </message>
    <message>
        <source>12 weeks</source>
        <translation>12 weken</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Weergave:</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>Opnieuw p&amp;roberen</translation>
    </message>
    <message>
        <source>The history could not be read.</source>
        <translation>De geschiedenis kon niet worden gelezen.</translation>
    </message>
    <message>
        <source>All exercises</source>
        <translation>Alle oefeningen</translation>
    </message>
</context>
<context>
    <name>limber::HistoryTableModel</name>
    <message>
        <source>Week of</source>
        <translation>Week van</translation>
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
        <translation>Geen kant (min)</translation>
    </message>
    <message>
        <source>Holds</source>
        <translation>Houdmomenten</translation>
    </message>
    <message>
        <source>Longest hold</source>
        <translation>Langste houdmoment</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessies</translation>
    </message>
    <message>
        <source>Furthest reach</source>
        <translation>Grootste reikwijdte</translation>
    </message>
    <message>
        <source>Pain before</source>
        <translation>Pijn voor</translation>
    </message>
    <message>
        <source>Pain after</source>
        <translation>Pijn na</translation>
    </message>
</context>
<context>
    <name>limber::HistoryTransfer</name>
    <message>
        <source>daily backup</source>
        <translation>dagelijkse back-up</translation>
    </message>
    <message>
        <source>before an update of the file format</source>
        <translation>vóór het bijwerken van het bestandsformaat</translation>
    </message>
    <message>
        <source>before an import</source>
        <translation>vóór een import</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>vóór het herstellen van een back-up</translation>
    </message>
    <message>
        <source>before a session was deleted</source>
        <translation>vóór het verwijderen van een sessie</translation>
    </message>
    <message>
        <source>Made %1 at %2, %3</source>
        <translation>Gemaakt op %1 om %2, %3</translation>
    </message>
    <message>
        <source>Limber cannot read what this backup holds.</source>
        <translation>Limber kan niet lezen wat er in deze back-up staat.</translation>
    </message>
    <message>
        <source>No sessions.</source>
        <translation>Geen sessies.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln session(s)</source>
        <translation>
            <numerusform>%Ln sessie</numerusform>
            <numerusform>%Ln sessies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln hold(s)</source>
        <translation>
            <numerusform>%Ln houdmoment</numerusform>
            <numerusform>%Ln houdmomenten</numerusform>
        </translation>
    </message>
    <message>
        <source>the last on %1.</source>
        <translation>de laatste op %1.</translation>
    </message>
    <message>
        <source>File %1</source>
        <translation>Bestand %1</translation>
    </message>
    <message>
        <source>Export holds as CSV</source>
        <translation>Houdmomenten exporteren als CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-bestanden (*.csv)</translation>
    </message>
    <message>
        <source>Exporting your history…</source>
        <translation>Uw geschiedenis wordt geëxporteerd…</translation>
    </message>
    <message>
        <source>Limber: export failed</source>
        <translation>Limber: exporteren mislukt</translation>
    </message>
    <message>
        <source>Holds written to %1, sessions to %2</source>
        <translation>Houdmomenten geschreven naar %1, sessies naar %2</translation>
    </message>
    <message>
        <source>Export your whole history</source>
        <translation>Uw hele geschiedenis exporteren</translation>
    </message>
    <message>
        <source>Limber history (*.json)</source>
        <translation>Limber-geschiedenis (*.json)</translation>
    </message>
    <message>
        <source>History written to %1</source>
        <translation>Geschiedenis geschreven naar %1</translation>
    </message>
    <message>
        <source>Import a Limber history</source>
        <translation>Een Limber-geschiedenis importeren</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importeren…</translation>
    </message>
    <message>
        <source>Limber: import failed</source>
        <translation>Limber: importeren mislukt</translation>
    </message>
    <message>
        <source>Limber: import finished</source>
        <translation>Limber: importeren voltooid</translation>
    </message>
    <message numerus="yes">
        <source>Added %Ln session(s)</source>
        <translation>
            <numerusform>%Ln sessie toegevoegd</numerusform>
            <numerusform>%Ln sessies toegevoegd</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln session(s) were already in your history.</source>
        <translation>
            <numerusform>%Ln sessie stond al in uw geschiedenis.</numerusform>
            <numerusform>%Ln sessies stonden al in uw geschiedenis.</numerusform>
        </translation>
    </message>
    <message>
        <source>Limber</source>
        <translation>Limber</translation>
    </message>
    <message>
        <source>Finish or stop the session before restoring a backup.</source>
        <translation>Maak de sessie af of stop haar voordat u een back-up herstelt.</translation>
    </message>
    <message>
        <source>There are no backups yet.</source>
        <translation>Er zijn nog geen back-ups.</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Een back-up herstellen</translation>
    </message>
    <message>
        <source>Choose the backup to restore, newest first. Your history as it is now is kept as a backup first, so you can go back to it.</source>
        <translation>Kies de back-up die u wilt herstellen; de nieuwste staat bovenaan. Uw geschiedenis zoals die nu is, wordt eerst als back-up bewaard, zodat u ernaar terug kunt.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Herstellen</translation>
    </message>
    <message>
        <source>Limber: restore failed</source>
        <translation>Limber: herstellen mislukt</translation>
    </message>
    <message>
        <source>Limber: backup restored</source>
        <translation>Limber: back-up hersteld</translation>
    </message>
    <message>
        <source>The backup is your history now. The history you had before is kept in %1.</source>
        <translation>De back-up is nu uw geschiedenis. De geschiedenis die u daarvoor had, wordt bewaard in %1.</translation>
    </message>
    <message>
        <source>Reading your backups…</source>
        <translation>Uw back-ups worden gelezen…</translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation>De back-up wordt teruggezet…</translation>
    </message>
</context>
<context>
    <name>limber::ItemForm</name>
    <message>
        <source>H&amp;olds per side:</source>
        <translation>&amp;Houdmomenten per kant:</translation>
    </message>
    <message>
        <source>Hold &amp;length:</source>
        <translation>Hou&amp;dduur:</translation>
    </message>
    <message>
        <source>&amp;Get ready:</source>
        <translation>&amp;Klaarmaken:</translation>
    </message>
    <message>
        <source>S&amp;witch sides:</source>
        <translation>&amp;Wisselen van kant:</translation>
    </message>
    <message>
        <source>R&amp;est after:</source>
        <translation>&amp;Rust daarna:</translation>
    </message>
    <message>
        <source>H&amp;olds:</source>
        <translation>&amp;Houdmomenten:</translation>
    </message>
    <message>
        <source>Pause bet&amp;ween holds:</source>
        <translation>&amp;Pauze tussen houdmomenten:</translation>
    </message>
    <message>
        <source>Wor&amp;k each side in turn</source>
        <translation>Kanten om &amp;beurten</translation>
    </message>
    <message>
        <source>Off: every hold is done the way that is comfortable, without switching sides.</source>
        <translation>Uit: elk houdmoment wordt gedaan op de manier die prettig is, zonder van kant te wisselen.</translation>
    </message>
    <message>
        <source>Fi&amp;rst side:</source>
        <translation>&amp;Eerste kant:</translation>
    </message>
    <message>
        <source>&amp;Begin with the set-up steps</source>
        <translation>Met &amp;voorbereiding beginnen</translation>
    </message>
    <message>
        <source> s</source>
        <comment>seconds after a number</comment>
        <translation> s</translation>
    </message>
    <message>
        <source>%1 is out of range: use %2 to %3.</source>
        <translation>%1 valt buiten het bereik: gebruik %2 tot %3.</translation>
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
        <translation>Sessie</translation>
    </message>
    <message>
        <source>The guided session will appear here.</source>
        <translation>De begeleide sessie verschijnt hier.</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Geschiedenis</translation>
    </message>
    <message>
        <source>Minutes held each week, left and right side by side, and how your reach and pain change over time.</source>
        <translation>Minuten gehouden per week, links en rechts naast elkaar, en hoe uw reikwijdte en pijn in de loop van de tijd veranderen.</translation>
    </message>
    <message>
        <source>Routines</source>
        <translation>Routines</translation>
    </message>
    <message>
        <source>Choose the exercises of your routine, how long to hold each one and how often.</source>
        <translation>Kies de oefeningen van uw routine, hoe lang u elke oefening vasthoudt en hoe vaak.</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Afdrukken</translation>
    </message>
    <message>
        <source>A sheet of your routine with its pictures and a grid to tick off each day, to pin on the wall.</source>
        <translation>Een oefenblad van uw routine met de afbeeldingen en een rooster om elke dag af te vinken, om aan de muur te hangen.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <source>Sound, voice and breathing choices.</source>
        <translation>Keuzes voor geluid, stem en ademhaling.</translation>
    </message>
    <message>
        <source>Coming soon</source>
        <translation>Binnenkort beschikbaar</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navigatie</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;Vandaag</translation>
    </message>
    <message>
        <source>Today&apos;s routine and the Start button</source>
        <translation>De routine van vandaag en de knop Starten</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Geschiedenis</translation>
    </message>
    <message>
        <source>Your weekly hold history</source>
        <translation>Uw houdmomenten per week</translation>
    </message>
    <message>
        <source>&amp;Routines</source>
        <translation>&amp;Routines</translation>
    </message>
    <message>
        <source>Choose and edit routines</source>
        <translation>Routines kiezen en bewerken</translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation>A&amp;fdrukken</translation>
    </message>
    <message>
        <source>Print a routine sheet</source>
        <translation>Een oefenblad afdrukken</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Instellingen</translation>
    </message>
    <message>
        <source>Sound, voice and breathing</source>
        <translation>Geluid, stem en ademhaling</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Beel&amp;d</translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation>Volledig &amp;scherm</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
</context>
<context>
    <name>limber::PdfExport</name>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-bestanden (*.pdf)</translation>
    </message>
</context>
<context>
    <name>limber::PdfSavedDialog</name>
    <message>
        <source>PDF Saved</source>
        <translation>PDF opgeslagen</translation>
    </message>
    <message>
        <source>It was saved as:</source>
        <translation>Opgeslagen als:</translation>
    </message>
    <message>
        <source>Saved file</source>
        <translation>Opgeslagen bestand</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Openen</translation>
    </message>
    <message>
        <source>Open the PDF in your PDF viewer</source>
        <translation>De PDF openen in uw PDF-lezer</translation>
    </message>
    <message>
        <source>Show in &amp;Folder</source>
        <translation>In &amp;map tonen</translation>
    </message>
    <message>
        <source>Open the folder that holds the PDF</source>
        <translation>De map met de PDF openen</translation>
    </message>
    <message>
        <source>No program could open the PDF. Use Show in Folder and open it from there, or copy its name from above.</source>
        <translation>Geen enkel programma kon de PDF openen. Gebruik In map tonen en open het bestand daar, of kopieer de naam hierboven.</translation>
    </message>
    <message>
        <source>No file manager could open the folder. Copy the file&apos;s name from above instead.</source>
        <translation>Er kon geen bestandsbeheerder de map openen. Kopieer in plaats daarvan de bestandsnaam hierboven.</translation>
    </message>
</context>
<context>
    <name>limber::PrintModule</name>
    <message>
        <source>Limber&apos;s printing part (limber-print) is missing or damaged, so Limber cannot print. Saving the sheet as a PDF still works, to print it from another program. Reinstalling Limber brings printing back.</source>
        <translation>Het afdrukdeel van Limber (limber-print) ontbreekt of is beschadigd, dus Limber kan niet afdrukken. Het oefenblad kan nog steeds als PDF worden opgeslagen, om het vanuit een ander programma af te drukken. Na het opnieuw installeren van Limber kan er weer worden afgedrukt.</translation>
    </message>
</context>
<context>
    <name>limber::PrintPage</name>
    <message>
        <source>Print a routine sheet</source>
        <translation>Een oefenblad afdrukken</translation>
    </message>
    <message>
        <source>A page to pin on the wall: the pictures, the steps, what to take care of and the holds. Add the week grid to tick off each hold by hand.</source>
        <translation>Een blad om aan de muur te hangen: de afbeeldingen, de stappen, waar u op moet letten en de houdmomenten. Voeg het weekrooster toe om elk houdmoment met de hand af te vinken.</translation>
    </message>
    <message>
        <source>Routine to print</source>
        <translation>Routine om af te drukken</translation>
    </message>
    <message>
        <source>Add a week grid to tick off by hand</source>
        <translation>Een weekrooster toevoegen om met de hand af te vinken</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Afdrukken…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Opslaan als PDF…</translation>
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
        <translation>Sommige inhoudsbestanden zijn overgeslagen:</translation>
    </message>
</context>
<context>
    <name>limber::ProgressController</name>
    <message>
        <source>Hold targets</source>
        <translation>Houddoelen</translation>
    </message>
</context>
<context>
    <name>limber::ProgressPanel</name>
    <message>
        <source>&amp;Read about it</source>
        <translation>Meer &amp;lezen</translation>
    </message>
    <message>
        <source>&amp;Add to this routine</source>
        <translation>&amp;Toevoegen aan deze routine</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Niet nu</translation>
    </message>
    <message>
        <source>Not now: do not suggest this exercise again</source>
        <translation>Niet nu: deze oefening niet meer voorstellen</translation>
    </message>
    <message>
        <source>Hold &amp;targets…</source>
        <translation>&amp;Houddoelen…</translation>
    </message>
    <message>
        <source>See and change how long and how often each exercise is held</source>
        <translation>Bekijken en wijzigen hoe lang en hoe vaak elke oefening wordt vastgehouden</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Accepteren</translation>
    </message>
    <message>
        <source>Accept the new target for %1</source>
        <translation>Het nieuwe houddoel voor %1 accepteren</translation>
    </message>
    <message>
        <source>Keep the target for %1</source>
        <translation>Het houddoel voor %1 behouden</translation>
    </message>
    <message>
        <source>Read about %1</source>
        <translation>Lezen over %1</translation>
    </message>
    <message>
        <source>Add %1 to this routine</source>
        <translation>%1 aan deze routine toevoegen</translation>
    </message>
</context>
<context>
    <name>limber::RecordingNotice</name>
    <message>
        <source>Recording is off</source>
        <translation>Vastleggen staat uit</translation>
    </message>
    <message>
        <source>Try Again</source>
        <translation>Opnieuw proberen</translation>
    </message>
    <message>
        <source>Check again whether Limber can write to your history</source>
        <translation>Opnieuw controleren of Limber naar uw geschiedenis kan schrijven</translation>
    </message>
</context>
<context>
    <name>limber::ReminderBar</name>
    <message>
        <source>Reminder</source>
        <translation>Herinnering</translation>
    </message>
    <message>
        <source>Dismiss this reminder</source>
        <translation>Deze herinnering sluiten</translation>
    </message>
    <message>
        <source>Dismiss reminder</source>
        <translation>Herinnering sluiten</translation>
    </message>
</context>
<context>
    <name>limber::ReminderController</name>
    <message>
        <source>Time for a stretch</source>
        <translation>Tijd om te rekken</translation>
    </message>
    <message>
        <source>A good moment for a short stretch.</source>
        <translation>Een goed moment om even te rekken.</translation>
    </message>
    <message>
        <source>A good moment for “%1”.</source>
        <translation>Een goed moment voor “%1”.</translation>
    </message>
    <message>
        <source>A good moment for “%1” — it takes under a minute.</source>
        <translation>Een goed moment voor “%1” — het duurt minder dan een minuut.</translation>
    </message>
    <message numerus="yes">
        <source>A good moment for “%1” — about %n minute(s).</source>
        <translation>
            <numerusform>Een goed moment voor “%1” — ongeveer %n minuut.</numerusform>
            <numerusform>Een goed moment voor “%1” — ongeveer %n minuten.</numerusform>
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
        <translation>Limber blijft in het systeemvak actief om u te herinneren; afsluiten doet u via het menu daar.</translation>
    </message>
</context>
<context>
    <name>limber::RemindersSection</name>
    <message>
        <source>Reminders</source>
        <translation>Herinneringen</translation>
    </message>
    <message>
        <source>Re&amp;mind me to take stretch breaks</source>
        <translation>&amp;Herinner mij aan rekpauzes</translation>
    </message>
    <message>
        <source>Remind me to take stretch breaks</source>
        <translation>Herinner mij aan rekpauzes</translation>
    </message>
    <message>
        <source>When reminders come</source>
        <translation>Wanneer herinneringen komen</translation>
    </message>
    <message>
        <source>At set times of day</source>
        <translation>Op vaste tijden van de dag</translation>
    </message>
    <message>
        <source>Every so many minutes</source>
        <translation>Om de zoveel minuten</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;Wanneer:</translation>
    </message>
    <message>
        <source>&amp;Days:</source>
        <translation>&amp;Dagen:</translation>
    </message>
    <message>
        <source>Most reminders a day</source>
        <translation>Maximaal aantal herinneringen per dag</translation>
    </message>
    <message>
        <source> a day</source>
        <translation> per dag</translation>
    </message>
    <message>
        <source>At mo&amp;st:</source>
        <translation>&amp;Maximaal:</translation>
    </message>
    <message>
        <source>Routine a reminder offers</source>
        <translation>Routine die een herinnering aanbiedt</translation>
    </message>
    <message>
        <source>W&amp;hich routine:</source>
        <translation>Welke r&amp;outine:</translation>
    </message>
    <message>
        <source>Start Limber when I lo&amp;g in</source>
        <translation>Limber starten &amp;bij het aanmelden</translation>
    </message>
    <message>
        <source>Start Limber when I log in</source>
        <translation>Limber starten bij het aanmelden</translation>
    </message>
    <message>
        <source>Limber starts quietly in the background, so reminders come without opening it.</source>
        <translation>Limber start stil op de achtergrond, zodat herinneringen komen zonder dat u het hoeft te openen.</translation>
    </message>
    <message>
        <source>Reminder times</source>
        <translation>Herinneringstijden</translation>
    </message>
    <message>
        <source>Time to add</source>
        <translation>Tijd om toe te voegen</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>Toevoe&amp;gen</translation>
    </message>
    <message>
        <source>Add this time</source>
        <translation>Deze tijd toevoegen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>Ve&amp;rwijderen</translation>
    </message>
    <message>
        <source>Remove the selected time</source>
        <translation>De geselecteerde tijd verwijderen</translation>
    </message>
    <message>
        <source>&amp;Times:</source>
        <translation>Tijd&amp;en:</translation>
    </message>
    <message>
        <source>Minutes between reminders</source>
        <translation>Minuten tussen herinneringen</translation>
    </message>
    <message>
        <source> min</source>
        <comment>minutes</comment>
        <translation> min</translation>
    </message>
    <message>
        <source>&amp;Every:</source>
        <translation>El&amp;ke:</translation>
    </message>
    <message>
        <source>Reminders from</source>
        <translation>Herinneringen vanaf</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>Va&amp;n:</translation>
    </message>
    <message>
        <source>Reminders until</source>
        <translation>Herinneringen tot</translation>
    </message>
    <message>
        <source>U&amp;ntil:</source>
        <translation>&amp;Tot:</translation>
    </message>
    <message>
        <source>Choose an end after the start: until then no reminders come.</source>
        <translation>Kies een eindtijd die na de begintijd ligt; zolang dat niet zo is, komen er geen herinneringen.</translation>
    </message>
</context>
<context>
    <name>limber::ReportCommand</name>
    <message>
        <source>--weeks takes a whole number of weeks from %1 to %2.</source>
        <translation>--weeks verwacht een heel aantal weken van %1 tot %2.</translation>
    </message>
    <message>
        <source>--report needs the name of the PDF file to write.</source>
        <translation>--report verwacht de naam van het PDF-bestand dat geschreven moet worden.</translation>
    </message>
</context>
<context>
    <name>limber::ReportPrinter</name>
    <message>
        <source>Export Progress Report</source>
        <translation>Voortgangsrapport exporteren</translation>
    </message>
    <message>
        <source>Progress Report</source>
        <translation>Voortgangsrapport</translation>
    </message>
    <message>
        <source>The progress report is saved.</source>
        <translation>Het voortgangsrapport is opgeslagen.</translation>
    </message>
    <message>
        <source>There is nothing to report yet. A progress report can be made once a session has been recorded.</source>
        <translation>Er is nog niets om over te rapporteren. Een voortgangsrapport kan worden gemaakt zodra er een sessie is vastgelegd.</translation>
    </message>
    <message>
        <source>Progress report %1</source>
        <translation>Voortgangsrapport %1</translation>
    </message>
</context>
<context>
    <name>limber::RoutineController</name>
    <message>
        <source>Your routines are being read…</source>
        <translation>Uw routines worden gelezen…</translation>
    </message>
    <message>
        <source>Your history could not be opened, so your own routines cannot be kept. The bundled routines can still be started.</source>
        <translation>Uw geschiedenis kon niet worden geopend, dus uw eigen routines kunnen niet worden bewaard. De meegeleverde routines kunnen nog wel worden gestart.</translation>
    </message>
    <message>
        <source>Your routines cannot be changed: the history is not open.</source>
        <translation>Uw routines kunnen niet worden gewijzigd: de geschiedenis is niet geopend.</translation>
    </message>
    <message>
        <source>The routine “%1” is not there any more.</source>
        <translation>De routine “%1” is er niet meer.</translation>
    </message>
    <message>
        <source>“%1” already has %2 exercises, as many as a routine can hold.</source>
        <translation>“%1” heeft al %2 oefeningen, het maximum voor een routine.</translation>
    </message>
    <message>
        <source>%1 (my copy)</source>
        <translation>%1 (mijn kopie)</translation>
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
        <translation>Naam van de routine</translation>
    </message>
    <message>
        <source>This routine comes with Limber and cannot be changed. Duplicate it to make your own version.</source>
        <translation>Deze routine hoort bij Limber en kan niet worden gewijzigd. Dupliceer haar om uw eigen versie te maken.</translation>
    </message>
    <message>
        <source>Exercises, in order</source>
        <translation>Oefeningen, op volgorde</translation>
    </message>
    <message>
        <source>Exercises in this routine</source>
        <translation>Oefeningen in deze routine</translation>
    </message>
    <message>
        <source>Plan for the selected exercise</source>
        <translation>Schema voor de geselecteerde oefening</translation>
    </message>
    <message>
        <source>Add an exercise, then choose how long and how often to hold it.</source>
        <translation>Voeg een oefening toe en kies dan hoe lang en hoe vaak u haar vasthoudt.</translation>
    </message>
    <message>
        <source>&amp;Add exercise…</source>
        <translation>Oefening &amp;toevoegen…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Remove the selected exercise (Delete)</source>
        <translation>De geselecteerde oefening verwijderen (Delete)</translation>
    </message>
    <message>
        <source>Move u&amp;p</source>
        <translation>&amp;Omhoog</translation>
    </message>
    <message>
        <source>Move the selected exercise earlier (Alt+Up)</source>
        <translation>De geselecteerde oefening eerder zetten (Alt+Up)</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>Om&amp;laag</translation>
    </message>
    <message>
        <source>Move the selected exercise later (Alt+Down)</source>
        <translation>De geselecteerde oefening later zetten (Alt+Down)</translation>
    </message>
    <message>
        <source>About this exercise</source>
        <translation>Over deze oefening</translation>
    </message>
    <message>
        <source>What the selected exercise does and how to do it well (F1)</source>
        <translation>Wat de geselecteerde oefening doet en hoe u haar goed uitvoert (F1)</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n exercise(s)</source>
        <translation>
            <numerusform>%1 · %n oefening</numerusform>
            <numerusform>%1 · %n oefeningen</numerusform>
        </translation>
    </message>
    <message>
        <source>A routine holds at most %1 exercises.</source>
        <translation>Een routine bevat hoogstens %1 oefeningen.</translation>
    </message>
    <message>
        <source>Select an exercise to change its plan.</source>
        <translation>Selecteer een oefening om het schema ervan te wijzigen.</translation>
    </message>
    <message>
        <source>Add at least one exercise: a routine without exercises cannot be kept or started.</source>
        <translation>Voeg minstens één oefening toe: een routine zonder oefeningen kan niet worden bewaard of gestart.</translation>
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
        <translation>Rechts eerst</translation>
    </message>
    <message>
        <source>Left first</source>
        <translation>Links eerst</translation>
    </message>
    <message numerus="yes">
        <source>%n hold(s) each side</source>
        <translation>
            <numerusform>%n houdmoment per kant</numerusform>
            <numerusform>%n houdmomenten per kant</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hold(s)</source>
        <translation>
            <numerusform>%n houdmoment</numerusform>
            <numerusform>%n houdmomenten</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2 s each</source>
        <translation>%1, elk %2 s</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Oefening</translation>
    </message>
    <message>
        <source>Holds</source>
        <translation>Houdmomenten</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Houdduur</translation>
    </message>
    <message>
        <source>Get ready</source>
        <translation>Klaarmaken</translation>
    </message>
    <message>
        <source>Switch</source>
        <translation>Wisselen</translation>
    </message>
    <message>
        <source>Rest after</source>
        <translation>Rust daarna</translation>
    </message>
    <message>
        <source>First side</source>
        <translation>Eerste kant</translation>
    </message>
    <message>
        <source>Sides</source>
        <translation>Kanten</translation>
    </message>
    <message>
        <source>Set-up steps</source>
        <translation>Voorbereidende stappen</translation>
    </message>
</context>
<context>
    <name>limber::RoutineEdits</name>
    <message>
        <source>New routine</source>
        <translation>Nieuwe routine</translation>
    </message>
    <message>
        <source>New routine “%1”</source>
        <translation>Nieuwe routine “%1”</translation>
    </message>
    <message>
        <source>%1 (my copy)</source>
        <translation>%1 (mijn kopie)</translation>
    </message>
    <message>
        <source>Duplicate “%1”</source>
        <translation>“%1” dupliceren</translation>
    </message>
    <message>
        <source>Delete “%1”</source>
        <translation>“%1” verwijderen</translation>
    </message>
    <message>
        <source>Change “%1”</source>
        <translation>“%1” wijzigen</translation>
    </message>
    <message>
        <source>Rename “%1” to “%2”</source>
        <translation>Naam van “%1” wijzigen in “%2”</translation>
    </message>
</context>
<context>
    <name>limber::RoutineFile</name>
    <message>
        <source>Limber could not write the routine to %1 (%2). Choose a folder you may write to, and check that the disk has free space.</source>
        <translation>Limber kon de routine niet naar %1 schrijven (%2). Kies een map waarin u mag schrijven, en controleer of er vrije ruimte op de schijf is.</translation>
    </message>
</context>
<context>
    <name>limber::RoutineListModel</name>
    <message>
        <source>comes with Limber</source>
        <translation>meegeleverd met Limber</translation>
    </message>
    <message>
        <source>today&apos;s routine</source>
        <translation>routine van vandaag</translation>
    </message>
    <message>
        <source>No exercises yet; add one to keep this routine</source>
        <translation>Nog geen oefeningen; voeg er een toe om deze routine te bewaren</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Vandaag</translation>
    </message>
    <message>
        <source>Built in</source>
        <translation>Ingebouwd</translation>
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
        <translation>&amp;Nieuw</translation>
    </message>
    <message>
        <source>Make a new routine (Ctrl+N)</source>
        <translation>Een nieuwe routine maken (Ctrl+N)</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>Dupli&amp;ceren</translation>
    </message>
    <message>
        <source>Make your own copy of the selected routine</source>
        <translation>Een eigen kopie van de geselecteerde routine maken</translation>
    </message>
    <message>
        <source>Rena&amp;me</source>
        <translation>Naa&amp;m wijzigen</translation>
    </message>
    <message>
        <source>Change the routine&apos;s name (F2)</source>
        <translation>De naam van de routine wijzigen (F2)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Delete the selected routine (Delete); Ctrl+Z brings it back</source>
        <translation>De geselecteerde routine verwijderen (Delete); met Ctrl+Z haalt u haar terug</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importeren…</translation>
    </message>
    <message>
        <source>Add a routine from a .json file</source>
        <translation>Een routine toevoegen uit een .json-bestand</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xporteren…</translation>
    </message>
    <message>
        <source>Save the selected routine as a .json file to share or keep</source>
        <translation>De geselecteerde routine opslaan als .json-bestand, om te delen of te bewaren</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Ongedaan maken</translation>
    </message>
    <message>
        <source>Bring back what was just changed (Ctrl+Z)</source>
        <translation>Terugzetten wat er net is gewijzigd (Ctrl+Z)</translation>
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
        <translation>&amp;Starten</translation>
    </message>
    <message>
        <source>Start a session with this routine (Enter in the list)</source>
        <translation>Een sessie met deze routine starten (Enter in de lijst)</translation>
    </message>
    <message>
        <source>Use as &amp;today&apos;s routine</source>
        <translation>Als routine van vandaa&amp;g gebruiken</translation>
    </message>
    <message>
        <source>The Today page and &quot;limber --start&quot; begin this routine</source>
        <translation>De pagina Vandaag en &quot;limber --start&quot; beginnen met deze routine</translation>
    </message>
    <message>
        <source>Routine files (*.json)</source>
        <translation>Routinebestanden (*.json)</translation>
    </message>
    <message>
        <source>Import a routine</source>
        <translation>Een routine importeren</translation>
    </message>
    <message>
        <source>Export the routine</source>
        <translation>De routine exporteren</translation>
    </message>
    <message>
        <source>This is today&apos;s routine</source>
        <translation>Dit is de routine van vandaag</translation>
    </message>
    <message>
        <source>Deleted “%1”.</source>
        <translation>“%1” verwijderd.</translation>
    </message>
</context>
<context>
    <name>limber::SafetyNotice</name>
    <message>
        <source>Safety notice</source>
        <translation>Veiligheidsinformatie</translation>
    </message>
    <message>
        <source>Before you stretch</source>
        <translation>Voordat u gaat rekken</translation>
    </message>
    <message>
        <source>I understand</source>
        <translation>Ik begrijp het</translation>
    </message>
    <message>
        <source>Quit Limber</source>
        <translation>Limber afsluiten</translation>
    </message>
    <message>
        <source>Limber guides you through gentle stretches. It is not medical advice and does not replace your doctor or physiotherapist.</source>
        <translation>Limber begeleidt u bij rustige rekoefeningen. Het is geen medisch advies en vervangt uw arts of fysiotherapeut niet.</translation>
    </message>
    <message>
        <source>Ask your doctor before you start a new routine.</source>
        <translation>Overleg met uw arts voordat u aan een nieuwe routine begint.</translation>
    </message>
    <message>
        <source>Move slowly, and only as far as is comfortable. A gentle pull is fine; forcing is not.</source>
        <translation>Beweeg langzaam, en alleen zo ver als prettig is. Een lichte trek is goed; forceren niet.</translation>
    </message>
    <message>
        <source>Stop if the pain is sharp, or if it keeps growing.</source>
        <translation>Stop als de pijn scherp is, of als die steeds erger wordt.</translation>
    </message>
</context>
<context>
    <name>limber::SelfReportPanel</name>
    <message>
        <source>Pain now, from 0 (none) to 10 (worst):</source>
        <translation>Pijn nu, van 0 (geen) tot 10 (ergste):</translation>
    </message>
    <message>
        <source>A note for your history (optional):</source>
        <translation>Een notitie voor uw geschiedenis (optioneel):</translation>
    </message>
    <message>
        <source>e.g. knees felt stiff</source>
        <translation>bijv. knieën voelden stijf</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <source>How far did you get?</source>
        <translation>Hoe ver bent u gekomen?</translation>
    </message>
</context>
<context>
    <name>limber::SessionControls</name>
    <message>
        <source>Back</source>
        <translation>Terug</translation>
    </message>
    <message>
        <source>Back to the start of this step</source>
        <translation>Terug naar het begin van deze stap</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Overslaan</translation>
    </message>
    <message>
        <source>Skip to the next step</source>
        <translation>Naar de volgende stap</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Uitleg</translation>
    </message>
    <message>
        <source>How to do this exercise</source>
        <translation>Zo doet u deze oefening</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stoppen</translation>
    </message>
    <message>
        <source>Stop the session</source>
        <translation>De sessie stoppen</translation>
    </message>
    <message>
        <source>It hurts — stop</source>
        <translation>Het doet pijn — stoppen</translation>
    </message>
    <message>
        <source>It hurts: stop the session</source>
        <translation>Het doet pijn: de sessie stoppen</translation>
    </message>
    <message>
        <source>Leave full screen, or stop the session</source>
        <translation>Volledig scherm verlaten, of de sessie stoppen</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Hervatten</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pauze</translation>
    </message>
    <message>
        <source>Resume the session</source>
        <translation>De sessie hervatten</translation>
    </message>
    <message>
        <source>Pause the session</source>
        <translation>De sessie pauzeren</translation>
    </message>
    <message>
        <source>+%1 s</source>
        <translation>+%1 s</translation>
    </message>
    <message numerus="yes">
        <source>Add %n second(s) to this hold</source>
        <translation>
            <numerusform>%n seconde aan dit houdmoment toevoegen</numerusform>
            <numerusform>%n seconden aan dit houdmoment toevoegen</numerusform>
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
        <translation>Uw geschiedenis wordt geopend… de sessie begint zo.</translation>
    </message>
    <message>
        <source>The routine “%1” cannot be started: %2</source>
        <translation>De routine “%1” kan niet worden gestart: %2</translation>
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
        <translation>Limber blijft open op de startpagina: kies daar een routine, of druk op Starten.</translation>
    </message>
    <message>
        <source>A session is already running; finish or stop it to start another.</source>
        <translation>Er loopt al een sessie; maak die af of stop haar om een andere te starten.</translation>
    </message>
    <message>
        <source>Limber: some content was skipped</source>
        <translation>Limber: een deel van de inhoud is overgeslagen</translation>
    </message>
    <message>
        <source>Some of your own content files have problems and were not loaded. Everything else works. Fix the files, then start Limber again.</source>
        <translation>Sommige van uw eigen inhoudsbestanden bevatten fouten en zijn niet geladen. Al het andere werkt. Verbeter de bestanden en start Limber daarna opnieuw.</translation>
    </message>
</context>
<context>
    <name>limber::SessionList</name>
    <message>
        <source>Sessions of the weeks shown</source>
        <translation>Sessies van de getoonde weken</translation>
    </message>
    <message>
        <source>&amp;Delete Session…</source>
        <translation>Sessie &amp;verwijderen…</translation>
    </message>
</context>
<context>
    <name>limber::SessionPage</name>
    <message>
        <source>Guided session</source>
        <translation>Begeleide sessie</translation>
    </message>
    <message>
        <source>Pain right now, 0–10 (optional)</source>
        <translation>Pijn op dit moment, 0–10 (optioneel)</translation>
    </message>
</context>
<context>
    <name>limber::SessionScreen</name>
    <message>
        <source>Instruction</source>
        <translation>Instructie</translation>
    </message>
    <message>
        <source>Caution</source>
        <translation>Let op</translation>
    </message>
    <message>
        <source>Spoken cue</source>
        <translation>Gesproken aanwijzing</translation>
    </message>
</context>
<context>
    <name>limber::SessionSummaryView</name>
    <message>
        <source>How to come out of the stretch</source>
        <translation>Zo komt u uit de rek</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Klaar</translation>
    </message>
    <message>
        <source>Done: back to the start page</source>
        <translation>Klaar: terug naar de startpagina</translation>
    </message>
    <message>
        <source>Back to the start page (Enter)</source>
        <translation>Terug naar de startpagina (Enter)</translation>
    </message>
    <message>
        <source>No holds done this time</source>
        <translation>Deze keer geen houdmomenten</translation>
    </message>
    <message>
        <source>You skipped to the end without holding a stretch to its end, so this session does not count as done.</source>
        <translation>U bent naar het einde gesprongen zonder een rek helemaal vol te houden, dus deze sessie telt niet als gedaan.</translation>
    </message>
    <message>
        <source>Well done</source>
        <translation>Goed gedaan</translation>
    </message>
    <message>
        <source>You reached the end of the routine, with some holds skipped or cut short.</source>
        <translation>U bent aan het einde van de routine gekomen, met enkele houdmomenten overgeslagen of ingekort.</translation>
    </message>
    <message>
        <source>You finished the whole routine.</source>
        <translation>U hebt de hele routine afgemaakt.</translation>
    </message>
    <message>
        <source>Session stopped</source>
        <translation>Sessie gestopt</translation>
    </message>
    <message>
        <source>You stopped before the end. What you held still counts.</source>
        <translation>U bent voor het einde gestopt. Wat u hebt vastgehouden, telt gewoon mee.</translation>
    </message>
    <message>
        <source>Stopped because it hurt</source>
        <translation>Gestopt omdat het pijn deed</translation>
    </message>
    <message>
        <source>Rest now. If the pain is sharp or keeps growing, do not go on with the exercise and ask your doctor.</source>
        <translation>Rust nu uit. Als de pijn scherp is of steeds erger wordt, ga dan niet verder met de oefening en overleg met uw arts.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n hold(s)</source>
        <translation>
            <numerusform>%1: %n houdmoment</numerusform>
            <numerusform>%1: %n houdmomenten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hold(s) done</source>
        <translation>
            <numerusform>%n houdmoment gedaan</numerusform>
            <numerusform>%n houdmomenten gedaan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hold(s) cut short</source>
        <translation>
            <numerusform>%n houdmoment ingekort</numerusform>
            <numerusform>%n houdmomenten ingekort</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hold(s) skipped</source>
        <translation>
            <numerusform>%n houdmoment overgeslagen</numerusform>
            <numerusform>%n houdmomenten overgeslagen</numerusform>
        </translation>
    </message>
    <message>
        <source>No holds this time.</source>
        <translation>Deze keer geen houdmomenten.</translation>
    </message>
    <message>
        <source>Time holding: %1</source>
        <translation>Tijd vastgehouden: %1</translation>
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
        <translation>Voltooid</translation>
    </message>
    <message>
        <source>Stopped early</source>
        <translation>Vroeg gestopt</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Onderbroken</translation>
    </message>
    <message>
        <source>Running now</source>
        <translation>Nu bezig</translation>
    </message>
    <message>
        <source>Began</source>
        <translation>Begonnen</translation>
    </message>
    <message>
        <source>Exercises</source>
        <translation>Oefeningen</translation>
    </message>
    <message>
        <source>Holds</source>
        <translation>Houdmomenten</translation>
    </message>
    <message>
        <source>Time held</source>
        <translation>Tijd vastgehouden</translation>
    </message>
    <message>
        <source>How it ended</source>
        <translation>Hoe het eindigde</translation>
    </message>
</context>
<context>
    <name>limber::Settings</name>
    <message>
        <source>Your settings could not be saved to %1: the file cannot be written. Check that the folder exists and that you may write to it.</source>
        <translation>Uw instellingen konden niet worden opgeslagen in %1: het bestand kan niet worden geschreven. Controleer of de map bestaat en of u erin mag schrijven.</translation>
    </message>
    <message>
        <source>Your settings file %1 is damaged. Move it aside and restart Limber to start again with the defaults.</source>
        <translation>Uw instellingenbestand %1 is beschadigd. Zet het apart en start Limber opnieuw om met de standaardinstellingen te beginnen.</translation>
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
        <translation>Instellingen</translation>
    </message>
    <message>
        <source>Test sound</source>
        <translation>Geluid testen</translation>
    </message>
    <message>
        <source>Plays a tone and says a sample sentence at the chosen volume.</source>
        <translation>Speelt een toon af en spreekt een voorbeeldzin uit op het gekozen volume.</translation>
    </message>
    <message>
        <source>Sound</source>
        <translation>Geluid</translation>
    </message>
    <message>
        <source>Play a tone at each change</source>
        <translation>Bij elke overgang een toon laten horen</translation>
    </message>
    <message>
        <source>Speak the instructions aloud</source>
        <translation>De instructies hardop uitspreken</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>Stem</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Systeemstandaard</translation>
    </message>
    <message>
        <source>&amp;Voice:</source>
        <translation>&amp;Stem:</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volume</translation>
    </message>
    <message>
        <source>V&amp;olume:</source>
        <translation>&amp;Volume:</translation>
    </message>
    <message>
        <source>Countdown before a hold ends</source>
        <translation>Aftellen voor het einde van een houdmoment</translation>
    </message>
    <message>
        <source>Spoken numbers</source>
        <translation>Gesproken getallen</translation>
    </message>
    <message>
        <source>Tones</source>
        <translation>Tonen</translation>
    </message>
    <message>
        <source>&amp;Countdown:</source>
        <translation>&amp;Aftellen:</translation>
    </message>
    <message>
        <source>Breathing</source>
        <translation>Ademhaling</translation>
    </message>
    <message>
        <source>Soft tones to breathe by</source>
        <translation>Zachte tonen om op te ademen</translation>
    </message>
    <message>
        <source>Breathe in, seconds</source>
        <translation>Inademen, seconden</translation>
    </message>
    <message>
        <source>Breathe &amp;in:</source>
        <translation>&amp;Inademen:</translation>
    </message>
    <message>
        <source>Breathe out, seconds</source>
        <translation>Uitademen, seconden</translation>
    </message>
    <message>
        <source>Breathe o&amp;ut:</source>
        <translation>&amp;Uitademen:</translation>
    </message>
    <message>
        <source>Show the breathing guide during holds</source>
        <translation>De ademhalingshulp tonen tijdens houdmomenten</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Spoken instructions cannot be used on this computer.</source>
        <translation>Gesproken instructies kunnen op deze computer niet worden gebruikt.</translation>
    </message>
    <message>
        <source>Playing…</source>
        <translation>Bezig met afspelen…</translation>
    </message>
    <message>
        <source>Playing a tone and a sentence…</source>
        <translation>Toon en zin worden afgespeeld…</translation>
    </message>
    <message>
        <source>Playing a tone…</source>
        <translation>Toon wordt afgespeeld…</translation>
    </message>
    <message>
        <source>Saying a sentence…</source>
        <translation>Zin wordt uitgesproken…</translation>
    </message>
    <message>
        <source>Testing the sound…</source>
        <translation>Het geluid wordt getest…</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>As the system (%1)</source>
        <translation>Zoals het systeem (%1)</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>Taa&amp;l:</translation>
    </message>
    <message>
        <source>Limber will be in %1 the next time it starts.</source>
        <translation>Vanaf de volgende start gebruikt Limber deze taal: %1.</translation>
    </message>
</context>
<context>
    <name>limber::SheetPrinter</name>
    <message>
        <source>Export Routine Sheet</source>
        <translation>Oefenblad exporteren</translation>
    </message>
    <message>
        <source>Routine Sheet</source>
        <translation>Oefenblad</translation>
    </message>
    <message>
        <source>The routine sheet is saved.</source>
        <translation>Het oefenblad is opgeslagen.</translation>
    </message>
    <message>
        <source>Print Routine Sheet</source>
        <translation>Oefenblad afdrukken</translation>
    </message>
    <message>
        <source>Routine sheet</source>
        <translation>Oefenblad</translation>
    </message>
</context>
<context>
    <name>limber::ShortcutsWindow</name>
    <message>
        <source>Keyboard Shortcuts — Limber</source>
        <translation>Sneltoetsen — Limber</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Sneltoetsen</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Toetsen</translation>
    </message>
    <message>
        <source>What they do</source>
        <translation>Wat ze doen</translation>
    </message>
</context>
<context>
    <name>limber::SideBadge</name>
    <message>
        <source>Side</source>
        <translation>Kant</translation>
    </message>
</context>
<context>
    <name>limber::SpeechPreparation</name>
    <message>
        <source>No speech engine is installed.</source>
        <translation>Er is geen spraakmodule geïnstalleerd.</translation>
    </message>
    <message>
        <source>No speech engine is installed, so cues are given by tones and on screen instead of by voice.</source>
        <translation>Er is geen spraakmodule geïnstalleerd, dus aanwijzingen worden met tonen en op het scherm gegeven in plaats van met een stem.</translation>
    </message>
    <message>
        <source>Cues are given by tones and on screen instead.</source>
        <translation>Aanwijzingen worden in plaats daarvan met tonen en op het scherm gegeven.</translation>
    </message>
    <message>
        <source>No voice for %1 is installed (espeak-ng-data).</source>
        <translation>Er is geen stem voor %1 geïnstalleerd (espeak-ng-data).</translation>
    </message>
    <message>
        <source>The speech engine has no voice for %1, so cues are given by tones and on screen instead.</source>
        <translation>De spraakmodule heeft geen stem voor %1, dus aanwijzingen worden met tonen en op het scherm gegeven in plaats van met een stem.</translation>
    </message>
</context>
<context>
    <name>limber::StartPage</name>
    <message>
        <source>Today&apos;s routine</source>
        <translation>Routine van vandaag</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <source>Start the session</source>
        <translation>De sessie starten</translation>
    </message>
    <message>
        <source>Begin today&apos;s routine (Space or Enter)</source>
        <translation>De routine van vandaag beginnen (spatiebalk of Enter)</translation>
    </message>
    <message>
        <source>&amp;Change routine:</source>
        <translation>&amp;Routine wijzigen:</translation>
    </message>
    <message>
        <source>Pain right now, from 0 (none) to 10 (worst) — optional:</source>
        <translation>Pijn op dit moment, van 0 (geen) tot 10 (ergste) — optioneel:</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>No sessions yet. Your first one starts with a single press.</source>
        <translation>Nog geen sessies. Uw eerste sessie start u met één druk op de knop.</translation>
    </message>
</context>
<context>
    <name>limber::StopConfirmation</name>
    <message>
        <source>Stop the session?</source>
        <translation>De sessie stoppen?</translation>
    </message>
    <message>
        <source>Holds done so far are kept.</source>
        <translation>De houdmomenten die u al hebt gedaan, blijven bewaard.</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stoppen</translation>
    </message>
    <message>
        <source>Stop the session now</source>
        <translation>De sessie nu stoppen</translation>
    </message>
    <message>
        <source>Keep going</source>
        <translation>Doorgaan</translation>
    </message>
    <message>
        <source>Keep going with the session</source>
        <translation>Doorgaan met de sessie</translation>
    </message>
</context>
<context>
    <name>limber::TargetsDialog</name>
    <message>
        <source>Hold targets — %1</source>
        <translation>Houddoelen — %1</translation>
    </message>
    <message>
        <source>How long each hold lasts and how many holds each exercise has. Limber suggests a change when your sessions call for one; here you can set one yourself.</source>
        <translation>Hoe lang elk houdmoment duurt en hoeveel houdmomenten elke oefening heeft. Limber stelt een wijziging voor als uw sessies daar aanleiding toe geven; hier kunt u er zelf een instellen.</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Oefening</translation>
    </message>
    <message>
        <source>Hold (seconds)</source>
        <translation>Houdduur (seconden)</translation>
    </message>
    <message>
        <source>Holds</source>
        <translation>Houdmomenten</translation>
    </message>
    <message>
        <source>Routine plan</source>
        <translation>Schema van de routine</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Hold length for %1, in seconds</source>
        <translation>Houdduur voor %1, in seconden</translation>
    </message>
    <message>
        <source> each side</source>
        <translation> per kant</translation>
    </message>
    <message>
        <source>Holds on each side for %1</source>
        <translation>Houdmomenten per kant voor %1</translation>
    </message>
    <message>
        <source>Holds for %1</source>
        <translation>Houdmomenten voor %1</translation>
    </message>
    <message>
        <source>Go back to the routine&apos;s own plan</source>
        <translation>Terug naar het eigen schema van de routine</translation>
    </message>
    <message>
        <source>Use the routine plan for %1: %2</source>
        <translation>Het schema van de routine gebruiken voor %1: %2</translation>
    </message>
</context>
<context>
    <name>limber::TimerRing</name>
    <message>
        <source>Time remaining</source>
        <translation>Resterende tijd</translation>
    </message>
    <message>
        <source>%1 remaining</source>
        <translation>%1 resterend</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>gepauzeerd</translation>
    </message>
    <message>
        <source>remaining</source>
        <translation>resterend</translation>
    </message>
</context>
<context>
    <name>limber::TrayIcon</name>
    <message>
        <source>Show Limber</source>
        <translation>Limber tonen</translation>
    </message>
    <message>
        <source>Start Routine</source>
        <translation>Routine starten</translation>
    </message>
    <message>
        <source>Snooze 10 minutes</source>
        <translation>10 minuten later herinneren</translation>
    </message>
    <message>
        <source>Skip today</source>
        <translation>Vandaag overslaan</translation>
    </message>
    <message>
        <source>Quit Limber</source>
        <translation>Limber afsluiten</translation>
    </message>
    <message>
        <source>Limber</source>
        <translation>Limber</translation>
    </message>
    <message>
        <source>Hide Limber</source>
        <translation>Limber verbergen</translation>
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
            <numerusform> (en nog %n)</numerusform>
            <numerusform> (en nog %n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Try &apos;limber --help&apos;.</source>
        <translation>Probeer &apos;limber --help&apos;.</translation>
    </message>
</context>
</TS>
