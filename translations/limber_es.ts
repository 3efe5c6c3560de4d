<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>Autostart</name>
    <message>
        <source>Starting Limber when you log in is not available on this system yet. Your system&apos;s own settings for programs started at login can do it.</source>
        <translation>Iniciar Limber al entrar en la sesión aún no es posible en este sistema. Los ajustes de su sistema para los programas que se inician al entrar pueden hacerlo.</translation>
    </message>
    <message>
        <source>Limber could not create the folder %1 for the entry that starts it when you log in. Check that you may write there.</source>
        <translation>Limber no pudo crear la carpeta %1 para la entrada que lo inicia al entrar en la sesión. Compruebe que puede escribir allí.</translation>
    </message>
    <message>
        <source>Limber could not write %1, the entry that starts it when you log in: %2.</source>
        <translation>Limber no pudo escribir %1, la entrada que lo inicia al entrar en la sesión: %2.</translation>
    </message>
    <message>
        <source>Limber could not remove %1, so it will still start when you log in: %2. Delete the file to stop it.</source>
        <translation>Limber no pudo eliminar %1, así que seguirá iniciándose al entrar en la sesión: %2. Borre el archivo para evitarlo.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Show this help and exit.</source>
        <translation>Muestra esta ayuda y sale.</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>Muestra la versión y sale.</translation>
    </message>
    <message>
        <source>Open straight into a guided session. The optional ROUTINE argument is a routine id or a routine file. If Limber is already running, the routine starts in its window, unless a session is under way there.</source>
        <translation>Abre directamente una sesión guiada. El argumento opcional ROUTINE es el id de una rutina o un archivo de rutina. Si Limber ya está abierto, la rutina empieza en su ventana, salvo que haya una sesión en curso.</translation>
    </message>
    <message>
        <source>Keep all data and settings in DIR.</source>
        <translation>Guarda todos los datos y la configuración en DIR.</translation>
    </message>
    <message>
        <source>Start in the system tray, or minimised where there is none.</source>
        <translation>Se inicia en la bandeja del sistema, o minimizado si no la hay.</translation>
    </message>
    <message>
        <source>Write the routine sheet to FILE (PDF) and exit. No display needed.</source>
        <translation>Escribe la hoja de rutina en FILE (PDF) y sale. No necesita pantalla.</translation>
    </message>
    <message>
        <source>With --print-sheet: the routine to print (an id or a routine file).</source>
        <translation>Con --print-sheet: la rutina que se imprime (un id o un archivo de rutina).</translation>
    </message>
    <message>
        <source>With --print-sheet: add a week grid to tick off by hand.</source>
        <translation>Con --print-sheet: añade una cuadrícula semanal para marcar a mano.</translation>
    </message>
    <message>
        <source>Write a progress report of your history to FILE (PDF) and exit.</source>
        <translation>Escribe un informe de progreso de su historial en FILE (PDF) y sale.</translation>
    </message>
    <message>
        <source>With --report: how many weeks to cover (1 to 52, default 8).</source>
        <translation>Con --report: cuántas semanas abarca (de 1 a 52; 8 por defecto).</translation>
    </message>
    <message>
        <source>Write your holds to FILE and your sessions to FILE-sessions.csv (CSV) and exit. FILE - writes the holds to standard output.</source>
        <translation>Escribe sus mantenimientos en FILE y sus sesiones en FILE-sessions.csv (CSV) y sale. Con FILE igual a - escribe los mantenimientos en la salida estándar.</translation>
    </message>
    <message>
        <source>Write your whole history to FILE (JSON, for --import) and exit. FILE - writes it to standard output.</source>
        <translation>Escribe todo su historial en FILE (JSON, para --import) y sale. Con FILE igual a - lo escribe en la salida estándar.</translation>
    </message>
    <message>
        <source>Add the history in FILE (made by --export-json) to yours and exit.</source>
        <translation>Añade a su historial el que contiene FILE (creado con --export-json) y sale.</translation>
    </message>
    <message>
        <source>Routine for --start.</source>
        <translation>Rutina para --start.</translation>
    </message>
    <message>
        <source>Guided stretching routines for hip and low-back pain.
Qt&apos;s own options, such as -style, -platform and -reverse, are accepted too.</source>
        <translation>Rutinas guiadas de estiramiento para el dolor de cadera y de la zona lumbar.
También se aceptan las opciones propias de Qt, como -style, -platform y -reverse.</translation>
    </message>
    <message>
        <source>Too many arguments: %1</source>
        <translation>Demasiados argumentos: %1</translation>
    </message>
    <message>
        <source>A routine can only be given with --start.</source>
        <translation>Solo se puede indicar una rutina junto con --start.</translation>
    </message>
    <message>
        <source>Give only one of --start, --print-sheet, --report, --export-csv, --export-json and --import.</source>
        <translation>Indique solo una de las opciones --start, --print-sheet, --report, --export-csv, --export-json e --import.</translation>
    </message>
    <message>
        <source>--print-sheet and --report write a PDF file, not to standard output: give a file name instead of -.</source>
        <translation>--print-sheet y --report escriben un archivo PDF, no en la salida estándar: indique un nombre de archivo en lugar de -.</translation>
    </message>
    <message>
        <source>--routine and --log-grid go with --print-sheet.</source>
        <translation>--routine y --log-grid van con --print-sheet.</translation>
    </message>
    <message>
        <source>--weeks goes with --report.</source>
        <translation>--weeks va con --report.</translation>
    </message>
    <message>
        <source>--weeks takes a whole number of weeks from 1 to 52.</source>
        <translation>--weeks admite un número entero de semanas entre 1 y 52.</translation>
    </message>
</context>
<context>
    <name>ContentChecker</name>
    <message>
        <source>more problems follow that are not listed; fix the ones above first</source>
        <translation>hay más problemas que no se muestran; corrija primero los de arriba</translation>
    </message>
    <message>
        <source>the number %1</source>
        <translation>el número %1</translation>
    </message>
    <message>
        <source>the text %1</source>
        <translation>el texto %1</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>una lista</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objeto</translation>
    </message>
    <message>
        <source>expected %1, found %2</source>
        <translation>se esperaba %1 y se encontró %2</translation>
    </message>
    <message>
        <source>text in double quotes</source>
        <translation>un texto entre comillas dobles</translation>
    </message>
    <message>
        <source>the text is empty; write something or remove the key</source>
        <translation>el texto está vacío; escriba algo o quite la clave</translation>
    </message>
    <message>
        <source>an id in double quotes</source>
        <translation>un id entre comillas dobles</translation>
    </message>
    <message>
        <source>%1 is not a valid id; use up to %2 lowercase letters, digits and single hyphens, like &quot;seated-leg-cross&quot;</source>
        <translation>%1 no es un id válido; use hasta %2 letras minúsculas, dígitos y guiones sueltos, como &quot;seated-leg-cross&quot;</translation>
    </message>
    <message>
        <source>expected text in double quotes, or an object of translations such as {&quot;en&quot;: &quot;...&quot;, &quot;de&quot;: &quot;...&quot;}; found %1</source>
        <translation>se esperaba un texto entre comillas dobles o un objeto de traducciones como {&quot;en&quot;: &quot;...&quot;, &quot;de&quot;: &quot;...&quot;}; se encontró %1</translation>
    </message>
    <message>
        <source>%1 is not a language code; use codes like &quot;en&quot;, &quot;de&quot; or &quot;pt-BR&quot;</source>
        <translation>%1 no es un código de idioma; use códigos como &quot;en&quot;, &quot;de&quot; o &quot;pt-BR&quot;</translation>
    </message>
    <message>
        <source>there is no English text; add &quot;en&quot;: &quot;...&quot; (English is shown when no translation fits)</source>
        <translation>no hay texto en inglés; añada &quot;en&quot;: &quot;...&quot; (el inglés se muestra cuando no hay ninguna traducción adecuada)</translation>
    </message>
    <message>
        <source>add at least one text</source>
        <translation>añada al menos un texto</translation>
    </message>
    <message>
        <source>this list holds at most %1 texts</source>
        <translation>esta lista admite como máximo %1 textos</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>un número entero</translation>
    </message>
    <message>
        <source>expected a whole number, found %1</source>
        <translation>se esperaba un número entero y se encontró %1</translation>
    </message>
    <message>
        <source>%1 is out of range; %2</source>
        <translation>%1 está fuera del intervalo; %2</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un número</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true o false</translation>
    </message>
    <message>
        <source>one of %1</source>
        <translation>uno de estos valores: %1</translation>
    </message>
    <message>
        <source>%1 is not allowed here; use one of %2</source>
        <translation>%1 no está permitido aquí; use uno de estos valores: %2</translation>
    </message>
    <message>
        <source>a list in square brackets [...]</source>
        <translation>una lista entre corchetes [...]</translation>
    </message>
    <message>
        <source>the list is empty; %1</source>
        <translation>la lista está vacía; %1</translation>
    </message>
    <message>
        <source>the list has %1 entries</source>
        <translation>la lista tiene %1 elementos</translation>
    </message>
    <message>
        <source>an object in braces {...}</source>
        <translation>un objeto entre llaves {...}</translation>
    </message>
    <message>
        <source>unknown key %1</source>
        <translation>clave desconocida %1</translation>
    </message>
    <message>
        <source> (did you mean &quot;%1&quot;?)</source>
        <translation> (¿quería decir &quot;%1&quot;?)</translation>
    </message>
    <message>
        <source>; the keys allowed here are %1</source>
        <translation>; las claves permitidas aquí son %1</translation>
    </message>
    <message>
        <source>one object in braces {...} holding the whole file</source>
        <translation>un único objeto entre llaves {...} que contenga todo el archivo</translation>
    </message>
    <message>
        <source>missing; add &quot;format&quot;: %1 as the first key so that Limber knows how to read the file</source>
        <translation>falta; añada &quot;format&quot;: %1 como primera clave para que Limber sepa cómo leer el archivo</translation>
    </message>
    <message>
        <source>expected the number %1, found %2</source>
        <translation>se esperaba el número %1 y se encontró %2</translation>
    </message>
    <message>
        <source>this file is written in content format %1, but this version of Limber reads format %2 only; update Limber or rewrite the file in format %2</source>
        <translation>este archivo está escrito en el formato de contenido %1, pero esta versión de Limber solo lee el formato %2; actualice Limber o reescriba el archivo en el formato %2</translation>
    </message>
</context>
<context>
    <name>ContentLoader</name>
    <message>
        <source> (did you mean &quot;%1&quot;?)</source>
        <translation> (¿quería decir &quot;%1&quot;?)</translation>
    </message>
    <message>
        <source>; none are loaded</source>
        <translation>; no hay ninguno cargado</translation>
    </message>
    <message>
        <source>; known ones are %1</source>
        <translation>; los conocidos son %1</translation>
    </message>
    <message>
        <source>the pose id &quot;%1&quot; is already used by %2 in the same folder; give each pose its own id</source>
        <translation>el id de postura &quot;%1&quot; ya lo usa %2 en la misma carpeta; dé a cada postura su propio id</translation>
    </message>
    <message>
        <source>unknown pose &quot;%1&quot;</source>
        <translation>postura desconocida &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the exercise id &quot;%1&quot; is already used by %2 in the same folder; give each exercise its own id</source>
        <translation>el id de ejercicio &quot;%1&quot; ya lo usa %2 en la misma carpeta; dé a cada ejercicio su propio id</translation>
    </message>
    <message>
        <source>the exercise &quot;%1&quot; was not loaded because its file has errors; fix that file first</source>
        <translation>el ejercicio &quot;%1&quot; no se cargó porque su archivo tiene errores; corrija primero ese archivo</translation>
    </message>
    <message>
        <source>unknown exercise &quot;%1&quot;</source>
        <translation>ejercicio desconocido &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the exercise &quot;%1&quot; has no sides; remove &quot;firstSide&quot; from this item</source>
        <translation>el ejercicio &quot;%1&quot; no tiene lados; quite &quot;firstSide&quot; de este elemento</translation>
    </message>
    <message>
        <source>the routine &quot;%1&quot; in %2 is already the default; mark only one routine per folder as the default</source>
        <translation>la rutina &quot;%1&quot; de %2 ya es la predeterminada; marque solo una rutina por carpeta como predeterminada</translation>
    </message>
    <message>
        <source>the routine id &quot;%1&quot; is already used by %2 in the same folder; give each routine its own id</source>
        <translation>el id de rutina &quot;%1&quot; ya lo usa %2 en la misma carpeta; dé a cada rutina su propio id</translation>
    </message>
</context>
<context>
    <name>DataCommands</name>
    <message numerus="yes">
        <source>Imported %Ln session(s)</source>
        <translation>
            <numerusform>%Ln sesión importada</numerusform>
            <numerusform>%Ln sesiones importadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln hold(s)</source>
        <translation>
            <numerusform>%Ln mantenimiento</numerusform>
            <numerusform>%Ln mantenimientos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln session(s) were already in your history.</source>
        <translation>
            <numerusform>%Ln sesión ya estaba en su historial.</numerusform>
            <numerusform>%Ln sesiones ya estaban en su historial.</numerusform>
        </translation>
    </message>
    <message>
        <source>standard output</source>
        <translation>salida estándar</translation>
    </message>
    <message>
        <source>Exporting holds…</source>
        <translation>Exportando mantenimientos…</translation>
    </message>
    <message>
        <source>Holds written to %1</source>
        <translation>Mantenimientos escritos en %1</translation>
    </message>
    <message>
        <source>The sessions were not written: give a file name to get them as a second file beside it.</source>
        <translation>Las sesiones no se escribieron: indique un nombre de archivo para obtenerlas como un segundo archivo junto a él.</translation>
    </message>
    <message>
        <source>Exporting sessions…</source>
        <translation>Exportando sesiones…</translation>
    </message>
    <message>
        <source>Sessions written to %1</source>
        <translation>Sesiones escritas en %1</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exportando…</translation>
    </message>
    <message>
        <source>History written to %1</source>
        <translation>Historial escrito en %1</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importando…</translation>
    </message>
    <message>
        <source>Close the running Limber first, or use its File menu.</source>
        <translation>Cierre primero el Limber que está abierto, o use su menú Archivo.</translation>
    </message>
    <message>
        <source>Nothing was exported: your history file was damaged. It is kept, unchanged, in %1; Limber can restore one of its backups (File menu, Restore a Backup). %2 was not written.</source>
        <translation>No se exportó nada: su archivo de historial estaba dañado. Se conserva, sin cambios, en %1; Limber puede restaurar una de sus copias de seguridad (menú Archivo, Restaurar una copia de seguridad). No se escribió %2.</translation>
    </message>
</context>
<context>
    <name>DataDir</name>
    <message>
        <source>This system has no folder for application data. Start Limber with --data-dir DIR to choose one.</source>
        <translation>Este sistema no tiene ninguna carpeta para datos de aplicaciones. Inicie Limber con --data-dir DIR para elegir una.</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder. Choose another data folder with --data-dir.</source>
        <translation>%1 es un archivo, no una carpeta. Elija otra carpeta de datos con --data-dir.</translation>
    </message>
    <message>
        <source>The data folder %1 could not be created. Check that its parent folder exists and that you may write there, or choose another with --data-dir.</source>
        <translation>No se pudo crear la carpeta de datos %1. Compruebe que su carpeta superior existe y que tiene permiso para escribir en ella, o elija otra con --data-dir.</translation>
    </message>
</context>
<context>
    <name>EspeakSpeech</name>
    <message>
        <source>The speech engine (eSpeak NG) could not start: its voice data is missing.</source>
        <translation>El motor de voz (eSpeak NG) no pudo iniciarse: faltan sus datos de voz.</translation>
    </message>
    <message>
        <source>The speech engine has no voice called “%1”.</source>
        <translation>El motor de voz no tiene ninguna voz llamada “%1”.</translation>
    </message>
    <message>
        <source>The speech engine could not say “%1”.</source>
        <translation>El motor de voz no pudo decir “%1”.</translation>
    </message>
</context>
<context>
    <name>ExerciseParser</name>
    <message>
        <source>the camera turns from -180 to 180 degrees (0 looks at the front, 90 at the side, 45 from three-quarters)</source>
        <translation>la cámara gira de -180 a 180 grados (0 mira de frente, 90 de lado, 45 en tres cuartos)</translation>
    </message>
    <message>
        <source>a movement takes %1 to %2 seconds</source>
        <translation>un movimiento dura de %1 a %2 segundos</translation>
    </message>
    <message>
        <source>the movement starts and ends in the same pose &quot;%1&quot;; give fromPose the pose the movement starts from</source>
        <translation>el movimiento empieza y termina en la misma postura &quot;%1&quot;; indique en fromPose la postura desde la que empieza el movimiento</translation>
    </message>
    <message>
        <source>a step takes 1 to %1 seconds</source>
        <translation>un paso dura de 1 a %1 segundos</translation>
    </message>
    <message>
        <source>missing; an exercise with &quot;sideMode&quot;: &quot;alternating&quot; names its sides, e.g. {&quot;left&quot;: &quot;left leg on top&quot;, &quot;right&quot;: &quot;right leg on top&quot;}</source>
        <translation>falta; un ejercicio con &quot;sideMode&quot;: &quot;alternating&quot; da nombre a sus lados, p. ej. {&quot;left&quot;: &quot;left leg on top&quot;, &quot;right&quot;: &quot;right leg on top&quot;}</translation>
    </message>
    <message>
        <source>side labels only apply to an exercise with &quot;sideMode&quot;: &quot;alternating&quot;; remove them or change sideMode</source>
        <translation>los nombres de los lados solo se aplican a un ejercicio con &quot;sideMode&quot;: &quot;alternating&quot;; quítelos o cambie sideMode</translation>
    </message>
    <message>
        <source>a get-ready camera needs &quot;getReadyPose&quot;; without it the first step&apos;s pose is shown with that step&apos;s camera</source>
        <translation>una cámara de preparación necesita &quot;getReadyPose&quot;; sin ella se muestra la postura del primer paso con la cámara de ese paso</translation>
    </message>
    <message>
        <source>a hold grows by %1 to %2 seconds at a time</source>
        <translation>un mantenimiento aumenta de %1 a %2 segundos cada vez</translation>
    </message>
    <message>
        <source>the longest hold to grow to is %1 to %2 seconds</source>
        <translation>el mantenimiento más largo al que se puede llegar es de %1 a %2 segundos</translation>
    </message>
    <message>
        <source>the most holds per side to grow to is %1 to %2</source>
        <translation>el número máximo de mantenimientos por lado al que se puede llegar es de %1 a %2</translation>
    </message>
    <message>
        <source>the place in the programme is 1 to %1, 1 first</source>
        <translation>el lugar en el programa va de 1 a %1; 1 es el primero</translation>
    </message>
    <message>
        <source>add at least one step that shows how to get into position</source>
        <translation>añada al menos un paso que muestre cómo colocarse en posición</translation>
    </message>
    <message>
        <source>an exercise has at most %1 steps</source>
        <translation>un ejercicio tiene como máximo %1 pasos</translation>
    </message>
</context>
<context>
    <name>ExerciseSections</name>
    <message>
        <source>Ask first</source>
        <translation>Consulte antes</translation>
    </message>
    <message>
        <source>Talk to your doctor or physiotherapist before doing this exercise if:</source>
        <translation>Hable con su médico o fisioterapeuta antes de hacer este ejercicio en estos casos:</translation>
    </message>
    <message>
        <source>Why it helps</source>
        <translation>Por qué ayuda</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>Para qué sirve</translation>
    </message>
    <message>
        <source>How to do it</source>
        <translation>Cómo hacerlo</translation>
    </message>
    <message>
        <source>Step %1</source>
        <translation>Paso %1</translation>
    </message>
    <message>
        <source>Take care:</source>
        <translation>Precaución:</translation>
    </message>
    <message>
        <source>Figure for step %1</source>
        <translation>Figura del paso %1</translation>
    </message>
    <message>
        <source>Take care</source>
        <translation>Precauciones</translation>
    </message>
    <message>
        <source>Breathing</source>
        <translation>Respiración</translation>
    </message>
    <message>
        <source>Variation</source>
        <translation>Variante</translation>
    </message>
    <message>
        <source>Left and right</source>
        <translation>Izquierda y derecha</translation>
    </message>
    <message>
        <source>The holds take turns between the two sides. In a session, the screen and the voice say which side comes next.</source>
        <translation>Los mantenimientos se alternan entre los dos lados. En una sesión, la pantalla y la voz indican qué lado sigue.</translation>
    </message>
    <message>
        <source>Left side: %1</source>
        <translation>Lado izquierdo: %1</translation>
    </message>
    <message>
        <source>Right side: %1</source>
        <translation>Lado derecho: %1</translation>
    </message>
    <message>
        <source>The goal</source>
        <translation>La meta</translation>
    </message>
    <message>
        <source>How long it usually takes: %1</source>
        <translation>Suele llevar: %1</translation>
    </message>
    <message>
        <source>Figure of the goal position</source>
        <translation>Figura de la posición final que se busca</translation>
    </message>
</context>
<context>
    <name>ExerciseSessions</name>
    <message>
        <source>Limber could not read the sessions of &quot;%1&quot;.</source>
        <translation>Limber no pudo leer las sesiones de &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>ExportDestination</name>
    <message>
        <source>the system gave no reason</source>
        <translation>el sistema no indicó el motivo</translation>
    </message>
    <message>
        <source>Limber did not write %1: it is a folder. Give the name of a file to create in it.</source>
        <translation>Limber no escribió %1: es una carpeta. Indique el nombre de un archivo que se creará dentro de ella.</translation>
    </message>
    <message>
        <source>Limber did not write %1: it is neither a regular file nor a pipe or terminal it can write into. Give the name of a file to create.</source>
        <translation>Limber no escribió %1: no es un archivo normal, ni una tubería o terminal en la que pueda escribir. Indique el nombre de un archivo que se creará.</translation>
    </message>
    <message>
        <source>Limber could not open %1 for writing (%2).</source>
        <translation>Limber no pudo abrir %1 para escribir (%2).</translation>
    </message>
    <message>
        <source>Limber could not create %1 (%2). Choose a folder you may write to.</source>
        <translation>Limber no pudo crear %1 (%2). Elija una carpeta en la que pueda escribir.</translation>
    </message>
    <message>
        <source>What reached it may be incomplete.</source>
        <translation>Lo que llegó a escribirse puede estar incompleto.</translation>
    </message>
    <message>
        <source>An earlier file there is unchanged.</source>
        <translation>El archivo anterior que había ahí no ha cambiado.</translation>
    </message>
    <message>
        <source>Limber could not write %1: there is no space left on the device. Free some space or choose another place. %2</source>
        <translation>Limber no pudo escribir %1: no queda espacio en el dispositivo. Libere espacio o elija otro lugar. %2</translation>
    </message>
    <message>
        <source>Limber could not write %1 (%2). Check that you may write there. %3</source>
        <translation>Limber no pudo escribir %1 (%2). Compruebe que tiene permiso para escribir ahí. %3</translation>
    </message>
</context>
<context>
    <name>HistoryCharts</name>
    <message>
        <source>No holds in these weeks.</source>
        <translation>No hay mantenimientos en estas semanas.</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Izquierdo</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Derecho</translation>
    </message>
    <message>
        <source>No side</source>
        <translation>Sin lado</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <source>Longest hold</source>
        <translation>Mantenimiento más largo</translation>
    </message>
    <message>
        <source>No sessions in these weeks.</source>
        <translation>No hay sesiones en estas semanas.</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sesiones</translation>
    </message>
    <message>
        <source>No reach recorded in these weeks.</source>
        <translation>No se registró alcance en estas semanas.</translation>
    </message>
    <message>
        <source>Furthest reach</source>
        <translation>Alcance máximo</translation>
    </message>
    <message>
        <source>No pain recorded in these weeks.</source>
        <translation>No se registró dolor en estas semanas.</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Antes</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Después</translation>
    </message>
</context>
<context>
    <name>HistoryExport</name>
    <message>
        <source>the export</source>
        <translation>la exportación</translation>
    </message>
    <message>
        <source>Limber could not write the export (%1). Check that the disk has free space and that you may write to the chosen place.</source>
        <translation>Limber no pudo escribir la exportación (%1). Compruebe que el disco tiene espacio libre y que puede escribir en el lugar elegido.</translation>
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
        <translation>hoy</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>ayer</translation>
    </message>
    <message>
        <source>%1 days ago</source>
        <translation>hace %1 días</translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>el %1</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Ayer</translation>
    </message>
</context>
<context>
    <name>HistoryImport</name>
    <message>
        <source>%1: &quot;%2&quot; is missing or not valid.</source>
        <translation>%1: &quot;%2&quot; falta o no es válido.</translation>
    </message>
    <message>
        <source>Session %1</source>
        <translation>Sesión %1</translation>
    </message>
    <message>
        <source>Session %1, hold %2</source>
        <translation>Sesión %1, mantenimiento %2</translation>
    </message>
    <message>
        <source>Routine %1</source>
        <translation>Rutina %1</translation>
    </message>
    <message>
        <source>%1: &quot;id&quot; is &quot;%2&quot; but the routine inside has the id &quot;%3&quot;.</source>
        <translation>%1: &quot;id&quot; es &quot;%2&quot;, pero la rutina que contiene tiene el id &quot;%3&quot;.</translation>
    </message>
    <message>
        <source>Limber could not open %1 (%2).</source>
        <translation>Limber no pudo abrir %1 (%2).</translation>
    </message>
    <message>
        <source>Limber could not read %1 (%2).</source>
        <translation>Limber no pudo leer %1 (%2).</translation>
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
        <translation>%1 ocupa más de %2, el máximo que Limber importa (una exportación de un millón de mantenimientos ocupa unos 225 MB), así que no es una exportación del historial de Limber. No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>%1 is not a Limber export: it is not valid JSON (%2 at byte %3).</source>
        <translation>%1 no es una exportación de Limber: no es un JSON válido (%2 en el byte %3).</translation>
    </message>
    <message>
        <source>%1 is not a Limber history export.</source>
        <translation>%1 no es una exportación del historial de Limber.</translation>
    </message>
    <message>
        <source>%1 cannot be imported: &quot;formatVersion&quot; is missing or is not a whole number from 1 to %2. Nothing was changed.</source>
        <translation>%1 no se puede importar: &quot;formatVersion&quot; falta o no es un número entero de 1 a %2. No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>%1 was exported by a newer version of Limber (&quot;formatVersion&quot; %2; this version reads up to %3). Update Limber to import it.</source>
        <translation>%1 se exportó con una versión más reciente de Limber (&quot;formatVersion&quot; %2; esta versión lee hasta la %3). Actualice Limber para importarlo.</translation>
    </message>
    <message>
        <source>%1 cannot be imported. %2 Nothing was changed.</source>
        <translation>%1 no se puede importar. %2 No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>%1 is not an object.</source>
        <translation>%1 no es un objeto.</translation>
    </message>
    <message>
        <source>Target decision %1</source>
        <translation>Decisión de objetivo %1</translation>
    </message>
    <message>
        <source>Declined suggestion %1</source>
        <translation>Sugerencia rechazada %1</translation>
    </message>
</context>
<context>
    <name>HistoryReadCopy</name>
    <message>
        <source>No history yet in %1: there is nothing to report. A report can be made once a session has been recorded there.</source>
        <translation>Todavía no hay historial en %1: no hay nada que incluir en un informe. Podrá crearse un informe cuando se haya registrado allí alguna sesión.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Limber (history format %2). Update Limber to make a report from it.</source>
        <translation>%1 se escribió con una versión más reciente de Limber (formato de historial %2). Actualice Limber para crear un informe a partir de él.</translation>
    </message>
    <message>
        <source>No report was made: the history file %1 is damaged or is not Limber&apos;s: %2 It is left unchanged where it is. Open Limber to keep it aside and restore a backup.</source>
        <translation>No se creó ningún informe: el archivo de historial %1 está dañado o no es de Limber: %2 Se deja sin cambios donde está. Abra Limber para apartarlo y restaurar una copia de seguridad.</translation>
    </message>
    <message>
        <source>No report was made: no temporary folder could be created (%1).</source>
        <translation>No se creó ningún informe: no se pudo crear una carpeta temporal (%1).</translation>
    </message>
    <message>
        <source>No report was made: the history in %1 could not be read. %2</source>
        <translation>No se creó ningún informe: no se pudo leer el historial de %1. %2</translation>
    </message>
</context>
<context>
    <name>HistoryText</name>
    <message>
        <source>No left or right holds in the last four weeks.</source>
        <translation>No hay mantenimientos del lado izquierdo ni del derecho en las últimas cuatro semanas.</translation>
    </message>
    <message>
        <source>Too early to compare left and right: that needs holds from two sessions or more.</source>
        <translation>Aún es pronto para comparar el lado izquierdo y el derecho: hacen falta mantenimientos de dos sesiones o más.</translation>
    </message>
    <message>
        <source>Only your left side has holds in the last four weeks.</source>
        <translation>Solo su lado izquierdo tiene mantenimientos en las últimas cuatro semanas.</translation>
    </message>
    <message>
        <source>Only your right side has holds in the last four weeks.</source>
        <translation>Solo su lado derecho tiene mantenimientos en las últimas cuatro semanas.</translation>
    </message>
    <message>
        <source>Your right side had %1 % less hold time than your left over the last four weeks.</source>
        <translation>Su lado derecho tuvo un %1 % menos de tiempo de mantenimiento que el izquierdo en las últimas cuatro semanas.</translation>
    </message>
    <message>
        <source>Your left side had %1 % less hold time than your right over the last four weeks.</source>
        <translation>Su lado izquierdo tuvo un %1 % menos de tiempo de mantenimiento que el derecho en las últimas cuatro semanas.</translation>
    </message>
    <message>
        <source>Your left and right sides are within 20 % of each other over the last four weeks.</source>
        <translation>Su lado izquierdo y el derecho no se diferencian en más de un 20 % en las últimas cuatro semanas.</translation>
    </message>
    <message>
        <source>%1: no holds.</source>
        <translation>%1: sin mantenimientos.</translation>
    </message>
    <message>
        <source>%1: %2 held; left %3, right %4, no side %5.</source>
        <translation>%1: %2 de mantenimiento; izquierdo %3, derecho %4, sin lado %5.</translation>
    </message>
    <message>
        <source>%1: longest hold %2.</source>
        <translation>%1: mantenimiento más largo %2.</translation>
    </message>
    <message>
        <source>Target: %1 a hold.</source>
        <translation>Objetivo: %1 por mantenimiento.</translation>
    </message>
    <message>
        <source>Target: %1 a hold since %2 (%3 before).</source>
        <translation>Objetivo: %1 por mantenimiento desde el %2 (antes, %3).</translation>
    </message>
    <message>
        <source>%1: sessions: %2.</source>
        <translation>%1: sesiones: %2.</translation>
    </message>
    <message>
        <source>%1: no reach recorded.</source>
        <translation>%1: no se registró alcance.</translation>
    </message>
    <message>
        <source>%1: furthest reach: %2.</source>
        <translation>%1: alcance máximo: %2.</translation>
    </message>
    <message>
        <source>%1: no pain recorded.</source>
        <translation>%1: no se registró dolor.</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>sin registrar</translation>
    </message>
    <message>
        <source>%1: pain before %2, after %3 (0 to 10).</source>
        <translation>%1: dolor antes %2, después %3 (de 0 a 10).</translation>
    </message>
    <message>
        <source>Level %1</source>
        <translation>Nivel %1</translation>
    </message>
</context>
<context>
    <name>InstanceRequest</name>
    <message>
        <source>The request is not readable: %1</source>
        <translation>La solicitud no se puede leer: %1</translation>
    </message>
    <message>
        <source>Limber is already running; its window was brought to the front.</source>
        <translation>Limber ya está abierto; se ha traído su ventana al frente.</translation>
    </message>
    <message>
        <source>Limber is already running; asked it to start today&apos;s routine.</source>
        <translation>Limber ya está abierto; se le ha pedido que empiece la rutina de hoy.</translation>
    </message>
    <message>
        <source>Limber is already running; asked it to start %1.</source>
        <translation>Limber ya está abierto; se le ha pedido que empiece %1.</translation>
    </message>
</context>
<context>
    <name>JsonReader</name>
    <message>
        <source>the end of the file</source>
        <translation>el final del archivo</translation>
    </message>
    <message>
        <source>expected %1 but found %2</source>
        <translation>se esperaba %1 pero se encontró %2</translation>
    </message>
    <message>
        <source>; JSON puts keys and text in double quotes (&quot;)</source>
        <translation>; JSON pone las claves y los textos entre comillas dobles (&quot;)</translation>
    </message>
    <message>
        <source>; JSON files cannot contain comments</source>
        <translation>; los archivos JSON no pueden contener comentarios</translation>
    </message>
    <message>
        <source>; numbers must be finite and written with digits</source>
        <translation>; los números deben ser finitos y escribirse con dígitos</translation>
    </message>
    <message>
        <source>; write numbers like 5, -2 or 0.5</source>
        <translation>; escriba los números así: 5, -2 o 0.5</translation>
    </message>
    <message>
        <source>the file ends before the object opened at line %1, column %2 is closed; the file may be cut short or miss a &apos;}&apos;</source>
        <translation>el archivo termina antes de que se cierre el objeto abierto en la línea %1, columna %2; puede que el archivo esté cortado o que falte una &apos;}&apos;</translation>
    </message>
    <message>
        <source>the file ends before the list opened at line %1, column %2 is closed; the file may be cut short or miss a &apos;]&apos;</source>
        <translation>el archivo termina antes de que se cierre la lista abierta en la línea %1, columna %2; puede que el archivo esté cortado o que falte un &apos;]&apos;</translation>
    </message>
    <message>
        <source>the file is not valid UTF-8 text (byte 0x%1 here does not belong to any character); save it as UTF-8, or check that it is a content file at all</source>
        <translation>el archivo no es texto UTF-8 válido (el byte 0x%1 de aquí no pertenece a ningún carácter); guárdelo como UTF-8, o compruebe que realmente es un archivo de contenido</translation>
    </message>
    <message>
        <source>the file is empty; a content file holds one JSON object that starts with {&quot;format&quot;: 1</source>
        <translation>el archivo está vacío; un archivo de contenido contiene un único objeto JSON que empieza por {&quot;format&quot;: 1</translation>
    </message>
    <message>
        <source>the file holds only blank space; a content file holds one JSON object that starts with {&quot;format&quot;: 1</source>
        <translation>el archivo solo contiene espacios en blanco; un archivo de contenido contiene un único objeto JSON que empieza por {&quot;format&quot;: 1</translation>
    </message>
    <message>
        <source>the end of the file after the value that starts at line %1, column %2</source>
        <translation>el final del archivo después del valor que empieza en la línea %1, columna %2</translation>
    </message>
    <message>
        <source>the file ends where a value was expected; it may be cut short</source>
        <translation>el archivo termina donde se esperaba un valor; puede que esté cortado</translation>
    </message>
    <message>
        <source>a value (text in double quotes, a number, true, false, null, a list or an object)</source>
        <translation>un valor (un texto entre comillas dobles, un número, true, false, null, una lista o un objeto)</translation>
    </message>
    <message>
        <source>objects and lists are nested more than %1 levels deep here; content files never need that many</source>
        <translation>aquí hay objetos y listas anidados a más de %1 niveles; los archivos de contenido nunca necesitan tantos</translation>
    </message>
    <message>
        <source>a comma before &apos;}&apos; is followed by no key; remove the last comma</source>
        <translation>a una coma antes de &apos;}&apos; no le sigue ninguna clave; quite la última coma</translation>
    </message>
    <message>
        <source>a key in double quotes</source>
        <translation>una clave entre comillas dobles</translation>
    </message>
    <message>
        <source>the key &quot;%1&quot; appears twice in one object (first at line %2, column %3); keep only one</source>
        <translation>la clave &quot;%1&quot; aparece dos veces en un mismo objeto (la primera, en la línea %2, columna %3); deje solo una</translation>
    </message>
    <message>
        <source>&apos;:&apos; after the key &quot;%1&quot;</source>
        <translation>&apos;:&apos; después de la clave &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&apos;,&apos; or &apos;}&apos; after the value of &quot;%1&quot;</source>
        <translation>&apos;,&apos; o &apos;}&apos; después del valor de &quot;%1&quot;</translation>
    </message>
    <message>
        <source>a comma before &apos;]&apos; is followed by no value; remove the last comma</source>
        <translation>a una coma antes de &apos;]&apos; no le sigue ningún valor; quite la última coma</translation>
    </message>
    <message>
        <source>&apos;,&apos; or &apos;]&apos; after a list element</source>
        <translation>&apos;,&apos; o &apos;]&apos; después de un elemento de la lista</translation>
    </message>
    <message>
        <source>the file is larger than the %1 KiB a content file may have; split it into smaller files</source>
        <translation>el archivo supera los %1 KiB que puede ocupar un archivo de contenido; divídalo en archivos más pequeños</translation>
    </message>
    <message>
        <source>cannot open the file (%1); check that it exists and that you may read it</source>
        <translation>no se puede abrir el archivo (%1); compruebe que existe y que tiene permiso para leerlo</translation>
    </message>
    <message>
        <source>cannot read the file (%1)</source>
        <translation>no se puede leer el archivo (%1)</translation>
    </message>
    <message>
        <source>the text that starts here is never closed; add the missing &apos;&quot;&apos;</source>
        <translation>el texto que empieza aquí nunca se cierra; añada la &apos;&quot;&apos; que falta</translation>
    </message>
    <message>
        <source>the text that starts here is not closed on its line; add the missing &apos;&quot;&apos;, or write a line break as \n</source>
        <translation>el texto que empieza aquí no se cierra en su línea; añada la &apos;&quot;&apos; que falta, o escriba el salto de línea como \n</translation>
    </message>
    <message>
        <source>text contains the control character U+%1; remove it, or write a tab as \t</source>
        <translation>el texto contiene el carácter de control U+%1; quítelo, o escriba un tabulador como \t</translation>
    </message>
    <message>
        <source>the file ends inside an escape sequence</source>
        <translation>el archivo termina dentro de una secuencia de escape</translation>
    </message>
    <message>
        <source>unknown escape \%1; use \&quot;, \\, \/, \b, \f, \n, \r, \t or \u followed by four hex digits</source>
        <translation>secuencia de escape desconocida \%1; use \&quot;, \\, \/, \b, \f, \n, \r, \t o \u seguido de cuatro dígitos hexadecimales</translation>
    </message>
    <message>
        <source>\u must be followed by four hex digits, as in \u00E9</source>
        <translation>\u debe ir seguido de cuatro dígitos hexadecimales, como en \u00E9</translation>
    </message>
    <message>
        <source>\u%1 is the second half of a surrogate pair without a first half; write the character itself instead</source>
        <translation>\u%1 es la segunda mitad de un par suplente sin primera mitad; escriba directamente el carácter</translation>
    </message>
    <message>
        <source>\u%1 is the first half of a surrogate pair and must be followed by the second half (\uDC00 to \uDFFF); write the character itself instead</source>
        <translation>\u%1 es la primera mitad de un par suplente y debe ir seguido de la segunda mitad (de \uDC00 a \uDFFF); escriba directamente el carácter</translation>
    </message>
    <message>
        <source>a digit after &apos;-&apos;</source>
        <translation>un dígito después de &apos;-&apos;</translation>
    </message>
    <message>
        <source>a number cannot start with 0 followed by more digits; write 7, not 07</source>
        <translation>un número no puede empezar por 0 seguido de más dígitos; escriba 7, no 07</translation>
    </message>
    <message>
        <source>a digit after the decimal point</source>
        <translation>un dígito después del punto decimal</translation>
    </message>
    <message>
        <source>a digit in the exponent</source>
        <translation>un dígito en el exponente</translation>
    </message>
    <message>
        <source>the number %1 is too large or too small to use</source>
        <translation>el número %1 es demasiado grande o demasiado pequeño para usarlo</translation>
    </message>
    <message>
        <source>expected true, false or null; text must be in double quotes</source>
        <translation>se esperaba true, false o null; los textos deben ir entre comillas dobles</translation>
    </message>
</context>
<context>
    <name>LogGridBlock</name>
    <message>
        <source>Hold %1</source>
        <translation>Mant. %1</translation>
    </message>
    <message>
        <source>Pain</source>
        <translation>Dolor</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
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
        <translation>falta; añada &quot;%1&quot; al objeto que empieza aquí (es obligatorio)</translation>
    </message>
</context>
<context>
    <name>PcmClip</name>
    <message>
        <source>The sound file %1 cannot be used: %2</source>
        <translation>El archivo de sonido %1 no se puede usar: %2</translation>
    </message>
    <message>
        <source>it is not a WAVE file.</source>
        <translation>no es un archivo WAVE.</translation>
    </message>
    <message>
        <source>the “%1” chunk runs past the end of the file.</source>
        <translation>el bloque “%1” se extiende más allá del final del archivo.</translation>
    </message>
    <message>
        <source>its format chunk is too short.</source>
        <translation>su bloque de formato es demasiado corto.</translation>
    </message>
    <message>
        <source>only 16-bit PCM is supported.</source>
        <translation>solo se admite PCM de 16 bits.</translation>
    </message>
    <message>
        <source>it has no usable format chunk.</source>
        <translation>no tiene ningún bloque de formato utilizable.</translation>
    </message>
    <message>
        <source>it has no sound data.</source>
        <translation>no tiene datos de sonido.</translation>
    </message>
</context>
<context>
    <name>PdfDocumentWriter</name>
    <message>
        <source>Could not start a PDF in %1. Try again, or choose another folder.</source>
        <translation>No se pudo empezar un PDF en %1. Vuelva a intentarlo o elija otra carpeta.</translation>
    </message>
</context>
<context>
    <name>PoseParser</name>
    <message>
        <source>joint angles are degrees from -180 to 180</source>
        <translation>los ángulos de las articulaciones son grados de -180 a 180</translation>
    </message>
    <message>
        <source>expected an object that maps pose ids to poses, found %1</source>
        <translation>se esperaba un objeto que asocie ids de postura con posturas; se encontró %1</translation>
    </message>
    <message>
        <source>no poses; add at least one, such as &quot;sitting-upright&quot;: {&quot;pelvisPitch&quot;: 0}</source>
        <translation>no hay posturas; añada al menos una, como &quot;sitting-upright&quot;: {&quot;pelvisPitch&quot;: 0}</translation>
    </message>
</context>
<context>
    <name>ProgressAdvisor</name>
    <message>
        <source>A hold lasts %1 to %2 seconds and a routine asks %3 to %4 holds per side; %5 s and %6 holds do not fit.</source>
        <translation>Un mantenimiento dura de %1 a %2 segundos y una rutina pide de %3 a %4 mantenimientos por lado; %5 s y %6 mantenimientos no encajan.</translation>
    </message>
    <message>
        <source>The routine has no exercise &quot;%1&quot;; there is no target to reset.</source>
        <translation>La rutina no tiene ningún ejercicio &quot;%1&quot;; no hay ningún objetivo que restablecer.</translation>
    </message>
</context>
<context>
    <name>ProgressReport</name>
    <message>
        <source>%1 · %2 · page %3 of %4</source>
        <translation>%1 · %2 · página %3 de %4</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sesiones</translation>
    </message>
    <message>
        <source>Minutes held</source>
        <translation>Minutos de mantenimiento</translation>
    </message>
    <message>
        <source>Days in a row now</source>
        <translation>Días seguidos hasta hoy</translation>
    </message>
    <message>
        <source>Pain before a session</source>
        <translation>Dolor antes de la sesión</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>sin registrar</translation>
    </message>
    <message>
        <source>Minutes held each week</source>
        <translation>Minutos de mantenimiento por semana</translation>
    </message>
    <message>
        <source>Left and right stacked, the week&apos;s total above each bar. Each week is named by its first day.</source>
        <translation>Izquierdo y derecho apilados, con el total de la semana encima de cada barra. Cada semana se nombra por su primer día.</translation>
    </message>
    <message>
        <source>Left and right, last four weeks</source>
        <translation>Izquierdo y derecho, últimas cuatro semanas</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Izquierdo</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Derecho</translation>
    </message>
    <message>
        <source>Pain before and after a session</source>
        <translation>Dolor antes y después de la sesión</translation>
    </message>
    <message>
        <source>The week&apos;s average of the scores given before and after each session: 0 is no pain, 10 the worst imaginable.</source>
        <translation>Media semanal de las puntuaciones dadas antes y después de cada sesión: 0 es sin dolor y 10, el peor imaginable.</translation>
    </message>
    <message>
        <source>How far into the stretch</source>
        <translation>Hasta dónde llegó en el estiramiento</translation>
    </message>
    <message>
        <source>The furthest position reached each week, on the exercise&apos;s own steps.</source>
        <translation>La posición más avanzada que alcanzó cada semana, según los pasos propios de cada ejercicio.</translation>
    </message>
    <message>
        <source>No reach recorded in these weeks.</source>
        <translation>No se registró alcance en estas semanas.</translation>
    </message>
    <message>
        <source>Hold targets</source>
        <translation>Objetivos de mantenimiento</translation>
    </message>
    <message>
        <source>How long and how often each exercise is held. Limber proposes a change when the sessions call for one; the person decides.</source>
        <translation>Cuánto tiempo y cuántas veces se mantiene cada ejercicio. Limber propone un cambio cuando las sesiones lo aconsejan; la persona decide.</translation>
    </message>
    <message>
        <source>Now: %1</source>
        <translation>Ahora: %1</translation>
    </message>
    <message>
        <source>Not changed in these weeks.</source>
        <translation>Sin cambios en estas semanas.</translation>
    </message>
    <message>
        <source>Notes after sessions</source>
        <translation>Notas después de las sesiones</translation>
    </message>
    <message>
        <source>No notes in these weeks.</source>
        <translation>No hay notas en estas semanas.</translation>
    </message>
    <message>
        <source>Progress report</source>
        <translation>Informe de progreso</translation>
    </message>
    <message>
        <source>0–10, first week → last week</source>
        <translation>0–10, primera semana → última semana</translation>
    </message>
</context>
<context>
    <name>ProgressText</name>
    <message numerus="yes">
        <source>You held every hold in your last %n session(s).</source>
        <translation>
            <numerusform>Completó todos los mantenimientos en %n sesión, la más reciente.</numerusform>
            <numerusform>Completó todos los mantenimientos en sus últimas %n sesiones.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You held every hold in your last %n session(s) and your pain did not rise.</source>
        <translation>
            <numerusform>Completó todos los mantenimientos en %n sesión, la más reciente, y su dolor no aumentó.</numerusform>
            <numerusform>Completó todos los mantenimientos en sus últimas %n sesiones y su dolor no aumentó.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your last session stopped because it hurt.</source>
        <translation>Su última sesión se detuvo porque le dolía.</translation>
    </message>
    <message>
        <source>Your pain went from %1 before a session to %2 after it.</source>
        <translation>Su dolor pasó de %1 antes de la sesión a %2 después.</translation>
    </message>
    <message>
        <source>Your pain rose after a session.</source>
        <translation>Su dolor aumentó después de una sesión.</translation>
    </message>
    <message numerus="yes">
        <source>Welcome back: it has been %n day(s) since you last did it.</source>
        <translation>
            <numerusform>Hola de nuevo: ha pasado %n día desde la última vez que lo hizo.</numerusform>
            <numerusform>Hola de nuevo: han pasado %n días desde la última vez que lo hizo.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 × %2 s each side</source>
        <translation>%1 × %2 s por lado</translation>
    </message>
    <message>
        <source>%1 × %2 s</source>
        <translation>%1 × %2 s</translation>
    </message>
    <message>
        <source>Try %1 from now on (now %2)?</source>
        <translation>¿Probar %1 a partir de ahora (ahora: %2)?</translation>
    </message>
    <message>
        <source>Ease back to %1 for a while (now %2)?</source>
        <translation>¿Reducir a %1 durante un tiempo (ahora: %2)?</translation>
    </message>
    <message>
        <source>%1: %2 %3</source>
        <translation>%1: %2 %3</translation>
    </message>
    <message>
        <source>%1 feels comfortable now. When you feel ready, the next exercise of the programme is %2. Take it slowly, and only if your body agrees.</source>
        <translation>%1 ya le resulta cómodo. Cuando lo vea oportuno, el siguiente ejercicio del programa es %2. Vaya poco a poco, y solo si su cuerpo lo acepta bien.</translation>
    </message>
    <message>
        <source>%1: %2 (grown)</source>
        <translation>%1: %2 (aumentado)</translation>
    </message>
    <message>
        <source>%1: %2 (eased back)</source>
        <translation>%1: %2 (reducido)</translation>
    </message>
    <message>
        <source>%1: %2 (set by hand)</source>
        <translation>%1: %2 (fijado a mano)</translation>
    </message>
    <message>
        <source>%1: %2 (the routine&apos;s own plan)</source>
        <translation>%1: %2 (el plan de la rutina)</translation>
    </message>
    <message>
        <source>%1: kept the target, declined %2</source>
        <translation>%1: se mantuvo el objetivo, se rechazó %2</translation>
    </message>
</context>
<context>
    <name>Reminder</name>
    <message>
        <source>Open Limber</source>
        <translation>Abrir Limber</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Empezar</translation>
    </message>
    <message>
        <source>Snooze 10 min</source>
        <translation>Posponer 10 min</translation>
    </message>
    <message>
        <source>Skip today</source>
        <translation>Saltar hoy</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
</context>
<context>
    <name>ReportText</name>
    <message numerus="yes">
        <source>%n week(s)</source>
        <translation>
            <numerusform>%n semana</numerusform>
            <numerusform>%n semanas</numerusform>
        </translation>
    </message>
    <message>
        <source>recorded in Limber</source>
        <translation>registrado en Limber</translation>
    </message>
    <message>
        <source>Made on %1</source>
        <translation>Creado el %1</translation>
    </message>
    <message>
        <source>Exercises: %1</source>
        <translation>Ejercicios: %1</translation>
    </message>
    <message>
        <source>No sessions in these weeks.</source>
        <translation>No hay sesiones en estas semanas.</translation>
    </message>
    <message numerus="yes">
        <source>%n completed</source>
        <translation>
            <numerusform>%n completada</numerusform>
            <numerusform>%n completadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stopped (%1 for pain)</source>
        <translation>
            <numerusform>%n detenida (%1 por dolor)</numerusform>
            <numerusform>%n detenidas (%1 por dolor)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stopped</source>
        <translation>
            <numerusform>%n detenida</numerusform>
            <numerusform>%n detenidas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n interrupted</source>
        <translation>
            <numerusform>%n interrumpida</numerusform>
            <numerusform>%n interrumpidas</numerusform>
        </translation>
    </message>
    <message>
        <source>left %1</source>
        <translation>izquierdo %1</translation>
    </message>
    <message>
        <source>right %1</source>
        <translation>derecho %1</translation>
    </message>
    <message>
        <source>no side %1</source>
        <translation>sin lado %1</translation>
    </message>
    <message numerus="yes">
        <source>Best run: %n day(s)</source>
        <translation>
            <numerusform>Mejor racha: %n día</numerusform>
            <numerusform>Mejor racha: %n días</numerusform>
        </translation>
    </message>
    <message>
        <source>Before a session: %1 on average in the week of %2, the only week with a score.</source>
        <translation>Antes de la sesión: %1 de media en la semana del %2, la única semana con puntuación.</translation>
    </message>
    <message>
        <source>After a session: %1 on average in the week of %2, the only week with a score.</source>
        <translation>Después de la sesión: %1 de media en la semana del %2, la única semana con puntuación.</translation>
    </message>
    <message>
        <source>Before a session: %1 on average in the week of %2, %3 in the week of %4.</source>
        <translation>Antes de la sesión: %1 de media en la semana del %2 y %3 en la semana del %4.</translation>
    </message>
    <message>
        <source>After a session: %1 on average in the week of %2, %3 in the week of %4.</source>
        <translation>Después de la sesión: %1 de media en la semana del %2 y %3 en la semana del %4.</translation>
    </message>
    <message>
        <source>No pain scores were recorded in these weeks.</source>
        <translation>No se registraron puntuaciones de dolor en estas semanas.</translation>
    </message>
    <message>
        <source>No reach recorded in these weeks.</source>
        <translation>No se registró alcance en estas semanas.</translation>
    </message>
    <message>
        <source>“%1” in the week of %2.</source>
        <translation>“%1” en la semana del %2.</translation>
    </message>
    <message>
        <source>From “%1” in the week of %2 to “%3” in the week of %4.</source>
        <translation>De “%1” en la semana del %2 a “%3” en la semana del %4.</translation>
    </message>
    <message>
        <source>Furthest: “%1”.</source>
        <translation>Máximo: “%1”.</translation>
    </message>
</context>
<context>
    <name>RoutineDuration</name>
    <message>
        <source>No exercises yet</source>
        <translation>Aún no hay ejercicios</translation>
    </message>
    <message>
        <source>Under a minute</source>
        <translation>Menos de un minuto</translation>
    </message>
    <message numerus="yes">
        <source>About %n minute(s)</source>
        <translation>
            <numerusform>Alrededor de %n minuto</numerusform>
            <numerusform>Unos %n minutos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RoutineNames</name>
    <message>
        <source>Give the routine a name.</source>
        <translation>Ponga un nombre a la rutina.</translation>
    </message>
    <message>
        <source>Another routine is called that already; choose another name.</source>
        <translation>Ya hay otra rutina con ese nombre; elija otro.</translation>
    </message>
</context>
<context>
    <name>RoutineParser</name>
    <message>
        <source>use %1 to %2 holds per side</source>
        <translation>use de %1 a %2 mantenimientos por lado</translation>
    </message>
    <message>
        <source>a hold lasts %1 to %2 seconds</source>
        <translation>un mantenimiento dura de %1 a %2 segundos</translation>
    </message>
    <message>
        <source>switching sides takes 0 to %1 seconds</source>
        <translation>el cambio de lado dura de 0 a %1 segundos</translation>
    </message>
    <message>
        <source>a rest lasts 0 to %1 seconds</source>
        <translation>un descanso dura de 0 a %1 segundos</translation>
    </message>
    <message>
        <source>getting ready takes 0 to %1 seconds</source>
        <translation>la preparación dura de 0 a %1 segundos</translation>
    </message>
    <message>
        <source>add at least one exercise, e.g. {&quot;exercise&quot;: &quot;seated-leg-cross&quot;}</source>
        <translation>añada al menos un ejercicio, p. ej. {&quot;exercise&quot;: &quot;seated-leg-cross&quot;}</translation>
    </message>
    <message>
        <source>a routine has at most %1 exercises; split it into shorter routines</source>
        <translation>una rutina tiene como máximo %1 ejercicios; divídala en rutinas más cortas</translation>
    </message>
</context>
<context>
    <name>RoutineRequest</name>
    <message>
        <source>No routines are installed; give the path to a routine file.</source>
        <translation>No hay rutinas instaladas; indique la ruta de un archivo de rutina.</translation>
    </message>
    <message>
        <source>Known routines: %1. Give one of these ids, or the path to a routine file.</source>
        <translation>Rutinas conocidas: %1. Indique uno de estos ids, o la ruta de un archivo de rutina.</translation>
    </message>
    <message>
        <source>There is no routine to start. Add a routine file to your content folder, or reinstall Limber.</source>
        <translation>No hay ninguna rutina que empezar. Añada un archivo de rutina a su carpeta de contenido, o vuelva a instalar Limber.</translation>
    </message>
    <message>
        <source>The routine file “%1” cannot be used: %2</source>
        <translation>El archivo de rutina “%1” no se puede usar: %2</translation>
    </message>
    <message>
        <source>The routine file “%1” does not exist. %2</source>
        <translation>El archivo de rutina “%1” no existe. %2</translation>
    </message>
    <message>
        <source>There is no routine “%1”. %2</source>
        <translation>No hay ninguna rutina “%1”. %2</translation>
    </message>
    <message>
        <source>No such file</source>
        <translation>El archivo no existe</translation>
    </message>
    <message>
        <source>There is no file “%1”. Check its name and folder, or give the id of one of Limber&apos;s routines.</source>
        <translation>No hay ningún archivo “%1”. Compruebe su nombre y su carpeta, o indique el id de una de las rutinas de Limber.</translation>
    </message>
    <message>
        <source>Looked for: %1
%2</source>
        <translation>Se buscó: %1
%2</translation>
    </message>
    <message>
        <source>Not a routine file</source>
        <translation>No es un archivo de rutina</translation>
    </message>
    <message>
        <source>“%1” is a folder. Give the routine file inside it.</source>
        <translation>“%1” es una carpeta. Indique el archivo de rutina que contiene.</translation>
    </message>
    <message>
        <source>“%1” is not a routine file: Limber could not read it as one. Ask whoever gave it to you for the file again, or export the routine from Limber&apos;s Routines page.</source>
        <translation>“%1” no es un archivo de rutina: Limber no pudo leerlo como tal. Pida de nuevo el archivo a quien se lo dio, o exporte la rutina desde la página Rutinas de Limber.</translation>
    </message>
    <message>
        <source>“%1” is not a routine Limber can use: some of what a routine needs is missing or wrong in it. The details say which line.</source>
        <translation>“%1” no es una rutina que Limber pueda usar: le falta algo de lo que necesita una rutina, o algo no es correcto. Los detalles indican en qué línea.</translation>
    </message>
    <message>
        <source>Unknown exercise</source>
        <translation>Ejercicio desconocido</translation>
    </message>
    <message>
        <source>The routine in “%1” names an exercise Limber does not have. It may come from a newer Limber, or have a typing mistake in an exercise&apos;s name.</source>
        <translation>La rutina de “%1” nombra un ejercicio que Limber no tiene. Puede que venga de una versión más reciente de Limber o que haya un error de escritura en el nombre de un ejercicio.</translation>
    </message>
    <message>
        <source>“%1” cannot be used as a routine.</source>
        <translation>“%1” no se puede usar como rutina.</translation>
    </message>
    <message>
        <source>No routines</source>
        <translation>No hay rutinas</translation>
    </message>
    <message>
        <source>Limber has no routines installed. Reinstall Limber, or give the path to a routine file.</source>
        <translation>Limber no tiene rutinas instaladas. Vuelva a instalar Limber o indique la ruta de un archivo de rutina.</translation>
    </message>
    <message>
        <source>Unknown routine</source>
        <translation>Rutina desconocida</translation>
    </message>
    <message>
        <source>Limber has no routine called “%1”. Check the name: the details list the routines there are.</source>
        <translation>Limber no tiene ninguna rutina llamada “%1”. Compruebe el nombre: los detalles muestran las rutinas que hay.</translation>
    </message>
</context>
<context>
    <name>RoutineSheet</name>
    <message>
        <source>%1 · page %2 of %3</source>
        <translation>%1 · página %2 de %3</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Pasos</translation>
    </message>
    <message>
        <source>Holds</source>
        <translation>Mantenimientos</translation>
    </message>
    <message>
        <source>Breathing</source>
        <translation>Respiración</translation>
    </message>
    <message>
        <source>Take care</source>
        <translation>Precauciones</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Meta</translation>
    </message>
    <message>
        <source>%1: week log</source>
        <translation>%1: registro semanal</translation>
    </message>
    <message>
        <source>Tick a box after each hold. In the pain box, write how much pain you had that day, from 0 (none) to 10 (the worst you can imagine).</source>
        <translation>Marque una casilla después de cada mantenimiento. En la casilla de dolor, anote cuánto dolor tuvo ese día, de 0 (ninguno) a 10 (el peor que pueda imaginar).</translation>
    </message>
</context>
<context>
    <name>SaveTarget</name>
    <message>
        <source>Could not save %1: there is no room left on the disk. Free some space or choose another drive. Any earlier file there is unchanged.</source>
        <translation>No se pudo guardar %1: no queda espacio en el disco. Libere espacio o elija otra unidad. El archivo anterior que hubiera ahí no ha cambiado.</translation>
    </message>
    <message>
        <source>Could not save %1: %2. Any earlier file there is unchanged. Try again, or choose another folder.</source>
        <translation>No se pudo guardar %1: %2. El archivo anterior que hubiera ahí no ha cambiado. Vuelva a intentarlo o elija otra carpeta.</translation>
    </message>
    <message>
        <source>No file name was given. Choose where to save the PDF and type a name for it.</source>
        <translation>No se indicó ningún nombre de archivo. Elija dónde guardar el PDF y escriba un nombre para él.</translation>
    </message>
    <message>
        <source>Could not save %1: that is the name of a folder, not of a file. Choose another name for the PDF.</source>
        <translation>No se pudo guardar %1: ese es el nombre de una carpeta, no de un archivo. Elija otro nombre para el PDF.</translation>
    </message>
    <message>
        <source>Could not save %1: the folder %2 does not exist (it may have been moved, renamed or removed, or its drive disconnected). Choose another folder.</source>
        <translation>No se pudo guardar %1: la carpeta %2 no existe (puede que se haya movido, cambiado de nombre o eliminado, o que su unidad esté desconectada). Elija otra carpeta.</translation>
    </message>
    <message>
        <source>Could not save %1: %2 is a file, not a folder. Choose another folder.</source>
        <translation>No se pudo guardar %1: %2 es un archivo, no una carpeta. Elija otra carpeta.</translation>
    </message>
    <message>
        <source>Could not save %1: the folder %2 is read-only, so no file can be added to it. Choose another folder, such as your Documents folder.</source>
        <translation>No se pudo guardar %1: la carpeta %2 es de solo lectura, así que no se puede añadir ningún archivo. Elija otra carpeta, como su carpeta Documentos.</translation>
    </message>
    <message>
        <source>Could not replace %1: the file there is read-only. Choose another name, or make that file writable first.</source>
        <translation>No se pudo reemplazar %1: el archivo que hay ahí es de solo lectura. Elija otro nombre o haga antes que ese archivo se pueda modificar.</translation>
    </message>
</context>
<context>
    <name>SessionCues</name>
    <message>
        <source>Get ready: %1</source>
        <translation>Prepárese: %1</translation>
    </message>
    <message>
        <source>Get ready: %1. %2</source>
        <translation>Prepárese: %1. %2</translation>
    </message>
    <message>
        <source>Stop here. Come out of the stretch slowly and rest.</source>
        <translation>Pare aquí. Salga del estiramiento despacio y descanse.</translation>
    </message>
    <message numerus="yes">
        <source>%1: step %2 of %n</source>
        <translation>
            <numerusform>%1: paso %2 de %n</numerusform>
            <numerusform>%1: paso %2 de %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Hold %1 of %n</source>
        <translation>
            <numerusform>Mantenimiento %1 de %n</numerusform>
            <numerusform>Mantenimiento %1 de %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Hold %1 of %n: %2</source>
        <translation>
            <numerusform>Mantenimiento %1 de %n: %2</numerusform>
            <numerusform>Mantenimiento %1 de %n: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Switch: %1</source>
        <translation>Cambie: %1</translation>
    </message>
    <message>
        <source>Switch to the right side</source>
        <translation>Cambie al lado derecho</translation>
    </message>
    <message>
        <source>Switch to the left side</source>
        <translation>Cambie al lado izquierdo</translation>
    </message>
    <message>
        <source>Switch sides</source>
        <translation>Cambie de lado</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Mantenga</translation>
    </message>
    <message>
        <source>Switch</source>
        <translation>Cambie</translation>
    </message>
    <message>
        <source>Rest</source>
        <translation>Descanse</translation>
    </message>
    <message>
        <source>Rest. Next: %1</source>
        <translation>Descanse. A continuación: %1</translation>
    </message>
    <message>
        <source>Ten seconds remaining</source>
        <translation>Quedan diez segundos</translation>
    </message>
    <message>
        <source>Halfway</source>
        <translation>Ya va por la mitad</translation>
    </message>
    <message>
        <source>Breathe in</source>
        <translation>Inhale</translation>
    </message>
    <message>
        <source>Breathe out</source>
        <translation>Exhale</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminado</translation>
    </message>
    <message>
        <source>Well done</source>
        <translation>Muy bien</translation>
    </message>
    <message>
        <source>No holds done this time.</source>
        <translation>Esta vez no completó ningún mantenimiento.</translation>
    </message>
    <message>
        <source>Paused: the computer was asleep. Resume when you are ready.</source>
        <translation>En pausa: el equipo estaba en reposo. Reanude cuando quiera.</translation>
    </message>
    <message>
        <source>Paused: Limber was held up for a while. Resume when you are ready.</source>
        <translation>En pausa: Limber estuvo bloqueado un rato. Reanude cuando quiera.</translation>
    </message>
</context>
<context>
    <name>SessionDeletion</name>
    <message>
        <source>Delete session</source>
        <translation>Eliminar sesión</translation>
    </message>
    <message>
        <source>&amp;Delete Session</source>
        <translation>&amp;Eliminar sesión</translation>
    </message>
    <message>
        <source>Limber: session not deleted</source>
        <translation>Limber: sesión no eliminada</translation>
    </message>
    <message numerus="yes">
        <source>Delete the session of %1 (%2: %n hold(s), %3 held)?

It leaves your history, your charts and your streaks. A backup of your history is made first: File ▸ Restore a Backup brings it back.</source>
        <translation>
            <numerusform>¿Eliminar esta sesión: %1 (%2: %n mantenimiento, %3 en total)?

Se quitará de su historial, de sus gráficos y de sus rachas. Antes se hace una copia de seguridad de su historial: Archivo ▸ Restaurar una copia de seguridad la recupera.</numerusform>
            <numerusform>¿Eliminar esta sesión: %1 (%2: %n mantenimientos, %3 en total)?

Se quitará de su historial, de sus gráficos y de sus rachas. Antes se hace una copia de seguridad de su historial: Archivo ▸ Restaurar una copia de seguridad la recupera.</numerusform>
        </translation>
    </message>
    <message>
        <source>That session is still running. Finish or stop it, then delete it.</source>
        <translation>Esa sesión sigue en curso. Termínela o deténgala y luego elimínela.</translation>
    </message>
    <message>
        <source>No backup could be made, so nothing was deleted. %1</source>
        <translation>No se pudo hacer una copia de seguridad, así que no se eliminó nada. %1</translation>
    </message>
    <message>
        <source>Deleting the session…</source>
        <translation>Eliminando la sesión…</translation>
    </message>
</context>
<context>
    <name>SessionLog</name>
    <message>
        <source>The session this hold belongs to is no longer in the history (was a backup restored meanwhile?). Start a new session to record further holds.</source>
        <translation>La sesión a la que pertenece este mantenimiento ya no está en el historial (¿se restauró mientras tanto una copia de seguridad?). Empiece una sesión nueva para registrar más mantenimientos.</translation>
    </message>
    <message>
        <source>No session is being recorded.</source>
        <translation>No se está registrando ninguna sesión.</translation>
    </message>
    <message>
        <source>A session is already being recorded; finish it first.</source>
        <translation>Ya se está registrando una sesión; termínela primero.</translation>
    </message>
    <message>
        <source>the start of the session</source>
        <translation>el inicio de la sesión</translation>
    </message>
    <message>
        <source>The hold of &quot;%1&quot; has values Limber cannot store (hold %2, held %3 ms); it was not recorded.</source>
        <translation>El mantenimiento de &quot;%1&quot; tiene valores que Limber no puede guardar (mantenimiento %2, %3 ms mantenido); no se registró.</translation>
    </message>
    <message>
        <source>the hold of &quot;%1&quot;</source>
        <translation>el mantenimiento de &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Reach is recorded on a scale from 0 to 3, not %1.</source>
        <translation>El alcance se registra en una escala de 0 a 3, no %1.</translation>
    </message>
    <message>
        <source>how far you reached</source>
        <translation>hasta dónde llegó</translation>
    </message>
    <message>
        <source>Pain is recorded on a scale from 0 to 10, not %1.</source>
        <translation>El dolor se registra en una escala de 0 a 10, no %1.</translation>
    </message>
    <message>
        <source>the pain level</source>
        <translation>el nivel de dolor</translation>
    </message>
    <message>
        <source>the note</source>
        <translation>la nota</translation>
    </message>
    <message>
        <source>the end of the session</source>
        <translation>el final de la sesión</translation>
    </message>
    <message numerus="yes">
        <source>Limber could not save %1. %2 Limber keeps %n unsaved record(s) and saves them when you try again.</source>
        <translation>
            <numerusform>Limber no pudo guardar %1. %2 Limber conserva %n registro sin guardar y lo guardará cuando vuelva a intentarlo.</numerusform>
            <numerusform>Limber no pudo guardar %1. %2 Limber conserva %n registros sin guardar y los guardará cuando vuelva a intentarlo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Limber could not write %1 into the file of unsaved holds. %2</source>
        <translation>Limber no pudo escribir %1 en el archivo de mantenimientos sin guardar. %2</translation>
    </message>
</context>
<context>
    <name>SessionRecords</name>
    <message>
        <source>Limber could not delete the session.</source>
        <translation>Limber no pudo eliminar la sesión.</translation>
    </message>
    <message>
        <source>That session is no longer in your history.</source>
        <translation>Esa sesión ya no está en su historial.</translation>
    </message>
    <message>
        <source>That session is still running. Finish or stop it, then delete it.</source>
        <translation>Esa sesión sigue en curso. Termínela o deténgala y luego elimínela.</translation>
    </message>
</context>
<context>
    <name>SessionText</name>
    <message>
        <source>Left side</source>
        <translation>Lado izquierdo</translation>
    </message>
    <message>
        <source>Right side</source>
        <translation>Lado derecho</translation>
    </message>
    <message>
        <source>%1 · get ready</source>
        <translation>%1 · preparación</translation>
    </message>
    <message numerus="yes">
        <source>%1 · step %2 of %n</source>
        <translation>
            <numerusform>%1 · paso %2 de %n</numerusform>
            <numerusform>%1 · paso %2 de %n</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · hold</source>
        <translation>%1 · mantenimiento</translation>
    </message>
    <message>
        <source>%1 · switch sides</source>
        <translation>%1 · cambio de lado</translation>
    </message>
    <message>
        <source>%1 · rest</source>
        <translation>%1 · descanso</translation>
    </message>
    <message>
        <source>Session complete</source>
        <translation>Sesión terminada</translation>
    </message>
    <message>
        <source>Get into the starting position.</source>
        <translation>Colóquese en la posición inicial.</translation>
    </message>
    <message>
        <source>Hold the stretch and breathe slowly.</source>
        <translation>Mantenga el estiramiento y respire despacio.</translation>
    </message>
    <message>
        <source>Switch sides: now %1.</source>
        <translation>Cambie de lado: ahora, %1.</translation>
    </message>
    <message>
        <source>Switch sides.</source>
        <translation>Cambie de lado.</translation>
    </message>
    <message>
        <source>Rest and breathe.</source>
        <translation>Descanse y respire.</translation>
    </message>
    <message>
        <source>Well done.</source>
        <translation>Muy bien.</translation>
    </message>
    <message>
        <source>Get ready</source>
        <translation>Prepárese</translation>
    </message>
    <message>
        <source>Get ready · %1 first</source>
        <translation>Prepárese · primero: %1</translation>
    </message>
    <message numerus="yes">
        <source>Hold %1 of %n</source>
        <translation>
            <numerusform>Mantenimiento %1 de %n</numerusform>
            <numerusform>Mantenimiento %1 de %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 · hold %2 of %n</source>
        <translation>
            <numerusform>%1 · mantenimiento %2 de %n</numerusform>
            <numerusform>%1 · mantenimiento %2 de %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Next: get ready for %1 (%2)</source>
        <translation>Siguiente: preparación para %1 (%2)</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Siguiente: %1</translation>
    </message>
    <message numerus="yes">
        <source>Next: %1, step %2 of %n</source>
        <translation>
            <numerusform>Siguiente: %1, paso %2 de %n</numerusform>
            <numerusform>Siguiente: %1, paso %2 de %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Next: hold %1 of %n (%2)</source>
        <translation>
            <numerusform>Siguiente: mantenimiento %1 de %n (%2)</numerusform>
            <numerusform>Siguiente: mantenimiento %1 de %n (%2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Next: hold %1 of %n, %2 (%3)</source>
        <translation>
            <numerusform>Siguiente: mantenimiento %1 de %n, %2 (%3)</numerusform>
            <numerusform>Siguiente: mantenimiento %1 de %n, %2 (%3)</numerusform>
        </translation>
    </message>
    <message>
        <source>Next: switch sides</source>
        <translation>Siguiente: cambio de lado</translation>
    </message>
    <message>
        <source>Next: rest (%1)</source>
        <translation>Siguiente: descanso (%1)</translation>
    </message>
    <message>
        <source>Next: the end</source>
        <translation>Siguiente: fin de la sesión</translation>
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
        <translation>I</translation>
    </message>
    <message>
        <source>right side</source>
        <translation>lado derecho</translation>
    </message>
    <message>
        <source>left side</source>
        <translation>lado izquierdo</translation>
    </message>
    <message>
        <source>No routines are installed, so there is nothing to print.</source>
        <translation>No hay rutinas instaladas, así que no hay nada que imprimir.</translation>
    </message>
    <message>
        <source>There is no routine called &quot;%1&quot;, and no routines are installed.</source>
        <translation>No hay ninguna rutina llamada &quot;%1&quot; y no hay rutinas instaladas.</translation>
    </message>
    <message>
        <source>There is no routine called &quot;%1&quot;. Known routines: %2.</source>
        <translation>No hay ninguna rutina llamada &quot;%1&quot;. Rutinas conocidas: %2.</translation>
    </message>
    <message>
        <source>The routine &quot;%1&quot; uses the exercise &quot;%2&quot;, which is not installed.</source>
        <translation>La rutina &quot;%1&quot; usa el ejercicio &quot;%2&quot;, que no está instalado.</translation>
    </message>
    <message>
        <source>Ask your doctor before you start any exercise routine.</source>
        <translation>Consulte a su médico antes de empezar cualquier rutina de ejercicios.</translation>
    </message>
    <message numerus="yes">
        <source>%n hold(s) per side, %1 each</source>
        <translation>
            <numerusform>%n mantenimiento por lado, de %1</numerusform>
            <numerusform>%n mantenimientos por lado, de %1 cada uno</numerusform>
        </translation>
    </message>
    <message>
        <source>start with the %1</source>
        <comment>%1 is a side, e.g. &apos;left leg on top&apos;</comment>
        <translation>primero: %1</translation>
    </message>
    <message>
        <source>%1 to switch</source>
        <translation>%1 para cambiar de lado</translation>
    </message>
    <message numerus="yes">
        <source>%n hold(s), %1 each</source>
        <translation>
            <numerusform>%n mantenimiento de %1</numerusform>
            <numerusform>%n mantenimientos de %1 cada uno</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 rest between holds</source>
        <translation>%1 de descanso entre mantenimientos</translation>
    </message>
    <message>
        <source>%1 rest before the next exercise</source>
        <translation>%1 de descanso antes del siguiente ejercicio</translation>
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
        <translation>Meta</translation>
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
        <source>Space or Enter</source>
        <translation>Espacio o Intro</translation>
    </message>
    <message>
        <source>Full screen, or back</source>
        <translation>Pantalla completa, o volver</translation>
    </message>
    <message>
        <source>Everywhere</source>
        <translation>En todas partes</translation>
    </message>
    <message>
        <source>Today&apos;s routine and Start</source>
        <translation>Rutina de hoy y Empezar</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>Routines</source>
        <translation>Rutinas</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Imprimir</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>Print the routine sheet</source>
        <translation>Imprimir la hoja de rutina</translation>
    </message>
    <message>
        <source>The guide (not in a session or the routine editor)</source>
        <translation>La guía (salvo en una sesión o en el editor de rutinas)</translation>
    </message>
    <message>
        <source>This list of keys</source>
        <translation>Esta lista de teclas</translation>
    </message>
    <message>
        <source>Quit Limber</source>
        <translation>Salir de Limber</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Start today&apos;s routine (Start has the keyboard focus)</source>
        <translation>Empezar la rutina de hoy (con el foco del teclado en Empezar)</translation>
    </message>
    <message>
        <source>Read about the exercise in focus</source>
        <translation>Leer sobre el ejercicio que tiene el foco</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Intro</translation>
    </message>
    <message>
        <source>During a session</source>
        <translation>Durante una sesión</translation>
    </message>
    <message>
        <source>Pause, or go on</source>
        <translation>Pausa o continuar</translation>
    </message>
    <message>
        <source>Skip to the next step</source>
        <translation>Saltar al paso siguiente</translation>
    </message>
    <message>
        <source>Back to the start of this step</source>
        <translation>Volver al inicio de este paso</translation>
    </message>
    <message>
        <source>Add 15 seconds to this hold</source>
        <translation>Añadir 15 segundos a este mantenimiento</translation>
    </message>
    <message>
        <source>Read about this exercise (the session waits)</source>
        <translation>Leer sobre este ejercicio (la sesión espera)</translation>
    </message>
    <message>
        <source>It hurts: stop the session</source>
        <translation>Me duele: detener la sesión</translation>
    </message>
    <message>
        <source>Leave full screen; otherwise ask whether to stop (Esc again: keep going)</source>
        <translation>Salir de pantalla completa; si no, preguntar si se detiene (Esc otra vez: seguir)</translation>
    </message>
    <message>
        <source>Pain questions</source>
        <translation>Preguntas sobre el dolor</translation>
    </message>
    <message>
        <source>Choose that level of pain</source>
        <translation>Elegir ese nivel de dolor</translation>
    </message>
    <message>
        <source>0 … 9</source>
        <translation>0 … 9</translation>
    </message>
    <message>
        <source>Choose pain 10</source>
        <translation>Elegir dolor 10</translation>
    </message>
    <message>
        <source>Choose how far you got (after a session)</source>
        <translation>Elegir hasta dónde llegó (después de una sesión)</translation>
    </message>
    <message>
        <source>A, B, C, …</source>
        <translation>A, B, C, …</translation>
    </message>
    <message>
        <source>Move between levels, or clear the answer</source>
        <translation>Moverse entre niveles o borrar la respuesta</translation>
    </message>
    <message>
        <source>Left, Right, Delete</source>
        <translation>Izquierda, Derecha, Supr</translation>
    </message>
    <message>
        <source>New routine</source>
        <translation>Nueva rutina</translation>
    </message>
    <message>
        <source>Rename the routine</source>
        <translation>Cambiar el nombre de la rutina</translation>
    </message>
    <message>
        <source>Delete the selected routine or exercise</source>
        <translation>Eliminar la rutina o el ejercicio seleccionado</translation>
    </message>
    <message>
        <source>Move the selected exercise up or down</source>
        <translation>Subir o bajar el ejercicio seleccionado</translation>
    </message>
    <message>
        <source>Undo the last change</source>
        <translation>Deshacer el último cambio</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rehacer</translation>
    </message>
    <message>
        <source>Read about the selected exercise (in the editor)</source>
        <translation>Leer sobre el ejercicio seleccionado (en el editor)</translation>
    </message>
    <message>
        <source>Exercise page</source>
        <translation>Página del ejercicio</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Volver</translation>
    </message>
    <message>
        <source>Top or end of the page</source>
        <translation>Principio o final de la página</translation>
    </message>
    <message>
        <source>Home, End</source>
        <translation>Inicio, Fin</translation>
    </message>
    <message>
        <source>History chart</source>
        <translation>Gráfico del historial</translation>
    </message>
    <message>
        <source>The week before or after</source>
        <translation>La semana anterior o la siguiente</translation>
    </message>
    <message>
        <source>Left, Right</source>
        <translation>Izquierda, Derecha</translation>
    </message>
    <message>
        <source>The first or the last week</source>
        <translation>La primera o la última semana</translation>
    </message>
    <message>
        <source>Remove the selected reminder time</source>
        <translation>Quitar la hora de recordatorio seleccionada</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supr</translation>
    </message>
</context>
<context>
    <name>SingleInstance</name>
    <message>
        <source>Limber is already running, but this request could not be passed to it (%1): %2</source>
        <translation>Limber ya está abierto, pero no se le pudo pasar esta solicitud (%1): %2</translation>
    </message>
</context>
<context>
    <name>SoundTest</name>
    <message>
        <source>This is how Limber sounds. Breathe slowly and relax into the stretch.</source>
        <translation>Así suena Limber. Respire despacio y relájese en el estiramiento.</translation>
    </message>
    <message>
        <source>The voice is not available: %1</source>
        <translation>La voz no está disponible: %1</translation>
    </message>
    <message>
        <source>this computer cannot speak.</source>
        <translation>este equipo no puede hablar.</translation>
    </message>
    <message>
        <source>Tones and voice are both off, so there is nothing to play.</source>
        <translation>Los tonos y la voz están desactivados, así que no hay nada que reproducir.</translation>
    </message>
    <message>
        <source>Played the start tone and a sentence</source>
        <translation>Se reprodujo el tono de inicio y una frase</translation>
    </message>
    <message>
        <source>Played the start tone</source>
        <translation>Se reprodujo el tono de inicio</translation>
    </message>
    <message>
        <source>Said a sentence</source>
        <translation>Se dijo una frase</translation>
    </message>
    <message>
        <source>%1 at %2 % volume on “%3”.</source>
        <translation>%1 al %2 % de volumen en “%3”.</translation>
    </message>
</context>
<context>
    <name>StorageMessages</name>
    <message>
        <source>Limber could not name its backup %1. Check that you may write to the folder.</source>
        <translation>Limber no pudo poner nombre a su copia de seguridad %1. Compruebe que puede escribir en la carpeta.</translation>
    </message>
    <message>
        <source>Limber could not delete the old backup %1.</source>
        <translation>Limber no pudo eliminar la copia de seguridad antigua %1.</translation>
    </message>
    <message>
        <source>Limber could not delete the unfinished backup %1.</source>
        <translation>Limber no pudo eliminar la copia de seguridad sin terminar %1.</translation>
    </message>
    <message>
        <source>it is not a history this version of Limber can read.</source>
        <translation>no es un historial que esta versión de Limber pueda leer.</translation>
    </message>
    <message>
        <source>The backup %1 cannot be restored: %2</source>
        <translation>La copia de seguridad %1 no se puede restaurar: %2</translation>
    </message>
    <message>
        <source>Limber could not open its history file.</source>
        <translation>Limber no pudo abrir su archivo de historial.</translation>
    </message>
    <message>
        <source>Limber could not close its history file.</source>
        <translation>Limber no pudo cerrar su archivo de historial.</translation>
    </message>
    <message>
        <source>Limber could not read a value from its history file.</source>
        <translation>Limber no pudo leer un valor de su archivo de historial.</translation>
    </message>
    <message>
        <source>Limber keeps your history in a file named %1, but there is a folder with that name in %2. Limber does not touch that folder. Move or rename it, then start Limber again, or start Limber with --data-dir and another folder.</source>
        <translation>Limber guarda su historial en un archivo llamado %1, pero en %2 hay una carpeta con ese nombre. Limber no toca esa carpeta. Muévala o cámbiele el nombre y vuelva a iniciar Limber, o inicie Limber con --data-dir y otra carpeta.</translation>
    </message>
    <message>
        <source>Limber could not create the folder %1.</source>
        <translation>Limber no pudo crear la carpeta %1.</translation>
    </message>
    <message>
        <source>Limber could not move %1 into %2.</source>
        <translation>Limber no pudo mover %1 a %2.</translation>
    </message>
    <message>
        <source>Limber could not set up its history file (%1 is %2, not %3).</source>
        <translation>Limber no pudo preparar su archivo de historial (%1 es %2, no %3).</translation>
    </message>
    <message>
        <source>Limber may not read %1. Check the permissions of the file.</source>
        <translation>Limber no tiene permiso para leer %1. Compruebe los permisos del archivo.</translation>
    </message>
    <message>
        <source>A hold in the history file points to a session that does not exist (table %1).</source>
        <translation>Un mantenimiento del archivo de historial apunta a una sesión que no existe (tabla %1).</translation>
    </message>
    <message>
        <source>Updating the history file to format %1 failed; the file stays at format %2. %3</source>
        <translation>Falló la actualización del archivo de historial al formato %1; el archivo sigue en el formato %2. %3</translation>
    </message>
    <message>
        <source>Limber refused to run a malformed command on its history file.</source>
        <translation>Limber se negó a ejecutar un comando mal formado sobre su archivo de historial.</translation>
    </message>
    <message>
        <source>The disk that holds %1 is full. Free some space on that disk, then try again.</source>
        <translation>El disco que contiene %1 está lleno. Libere espacio en ese disco y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Limber may not write to %1. Make the folder %2 writable, or start Limber with --data-dir and a folder you can write to.</source>
        <translation>Limber no tiene permiso para escribir en %1. Haga que se pueda escribir en la carpeta %2, o inicie Limber con --data-dir y una carpeta en la que pueda escribir.</translation>
    </message>
    <message>
        <source>Limber cannot open %1. Check that the folder %2 exists and that you may write to it, or start Limber with --data-dir and another folder.</source>
        <translation>Limber no puede abrir %1. Compruebe que la carpeta %2 existe y que puede escribir en ella, o inicie Limber con --data-dir y otra carpeta.</translation>
    </message>
    <message>
        <source>%1 is damaged or is not a Limber history file. Quit Limber and start it again: it keeps the damaged file aside and starts a new history, from which you can restore a backup.</source>
        <translation>%1 está dañado o no es un archivo de historial de Limber. Cierre Limber y vuelva a iniciarlo: apartará el archivo dañado y empezará un historial nuevo, desde el que podrá restaurar una copia de seguridad.</translation>
    </message>
    <message>
        <source>%1 is in use by another program. Close other copies of Limber and any database tool that has it open, then try again.</source>
        <translation>Otro programa está usando %1. Cierre las demás copias de Limber y cualquier herramienta de bases de datos que lo tenga abierto, y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The disk reported an error while Limber was reading or writing %1. Check that the disk is connected and has free space, then try again.</source>
        <translation>El disco informó de un error mientras Limber leía o escribía %1. Compruebe que el disco está conectado y tiene espacio libre, y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The computer ran out of memory while Limber was using %1. Close some programs, then try again.</source>
        <translation>El equipo se quedó sin memoria mientras Limber usaba %1. Cierre algunos programas y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The system did not allow Limber to use %1. Check the permissions of the folder %2.</source>
        <translation>El sistema no permitió a Limber usar %1. Compruebe los permisos de la carpeta %2.</translation>
    </message>
    <message>
        <source>Limber could not use %1. If this keeps happening, please report it with the details below.</source>
        <translation>Limber no pudo usar %1. Si sigue ocurriendo, comuníquelo junto con los detalles que aparecen abajo.</translation>
    </message>
    <message>
        <source>(SQLite error %1: %2)</source>
        <translation>(error de SQLite %1: %2)</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Limber (history format %2; this version understands up to %3). Limber shows your history but will not change the file. Update Limber to record new sessions.</source>
        <translation>%1 se escribió con una versión más reciente de Limber (formato de historial %2; esta versión entiende hasta el %3). Limber muestra su historial, pero no modificará el archivo. Actualice Limber para registrar sesiones nuevas.</translation>
    </message>
    <message>
        <source>Limber may not write to the folder %1, so it shows your history but cannot record new sessions. Make the folder writable, or start Limber with --data-dir and a folder you can write to.</source>
        <translation>Limber no tiene permiso para escribir en la carpeta %1, así que muestra su historial pero no puede registrar sesiones nuevas. Haga que se pueda escribir en la carpeta, o inicie Limber con --data-dir y una carpeta en la que pueda escribir.</translation>
    </message>
    <message>
        <source>Limber may not write to %1, so it shows your history but cannot record new sessions. Make the file writable, or start Limber with --data-dir and a folder you can write to.</source>
        <translation>Limber no tiene permiso para escribir en %1, así que muestra su historial pero no puede registrar sesiones nuevas. Haga que se pueda escribir en el archivo, o inicie Limber con --data-dir y una carpeta en la que pueda escribir.</translation>
    </message>
    <message>
        <source>The disk that holds your history (%1) is full. Limber shows your history, but new holds cannot be saved until you free some space there.</source>
        <translation>El disco que contiene su historial (%1) está lleno. Limber muestra su historial, pero no se podrán guardar mantenimientos nuevos hasta que libere algo de espacio en él.</translation>
    </message>
    <message>
        <source>The disk that would hold your history (%1) is full, so Limber cannot create it. Free some space there, or start Limber with --data-dir and a folder on another disk.</source>
        <translation>El disco en el que iría su historial (%1) está lleno, así que Limber no puede crearlo. Libere espacio en él, o inicie Limber con --data-dir y una carpeta en otro disco.</translation>
    </message>
    <message>
        <source>Limber could not use %1: %2 The file was not changed; it is kept in %3. Limber started a new, empty history.</source>
        <translation>Limber no pudo usar %1: %2 El archivo no se modificó; se conserva en %3. Limber ha empezado un historial nuevo y vacío.</translation>
    </message>
    <message>
        <source>You can restore one of the automatic backups.</source>
        <translation>Puede restaurar una de las copias de seguridad automáticas.</translation>
    </message>
    <message>
        <source>it is not a database file.</source>
        <translation>no es un archivo de base de datos.</translation>
    </message>
    <message>
        <source>it is a database that belongs to another program.</source>
        <translation>es una base de datos que pertenece a otro programa.</translation>
    </message>
    <message>
        <source>it is damaged (the check found: %1).</source>
        <translation>está dañado (la comprobación encontró: %1).</translation>
    </message>
    <message>
        <source>Limber could not use %1: %2 It also could not move the file aside, so it changed nothing. Make the folder %3 writable, or start Limber with --data-dir and another folder.</source>
        <translation>Limber no pudo usar %1: %2 Tampoco pudo apartar el archivo, así que no ha cambiado nada. Haga que se pueda escribir en la carpeta %3, o inicie Limber con --data-dir y otra carpeta.</translation>
    </message>
    <message>
        <source>Limber could not create the folder %1 for its history. Check that you may write there, or start Limber with --data-dir and another folder.</source>
        <translation>Limber no pudo crear la carpeta %1 para su historial. Compruebe que puede escribir ahí, o inicie Limber con --data-dir y otra carpeta.</translation>
    </message>
    <message>
        <source>This copy of Limber was built with SQLite %1, but it needs SQLite %2 or newer. Install a newer SQLite or a Limber package that includes it.</source>
        <translation>Esta copia de Limber se compiló con SQLite %1, pero necesita SQLite %2 o posterior. Instale una versión más reciente de SQLite o un paquete de Limber que la incluya.</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) ended unexpectedly last time; the holds recorded before that are kept and the session is marked as interrupted.</source>
        <translation>
            <numerusform>%n sesión terminó de forma inesperada la última vez; se conservan los mantenimientos registrados hasta entonces y la sesión queda marcada como interrumpida.</numerusform>
            <numerusform>%n sesiones terminaron de forma inesperada la última vez; se conservan los mantenimientos registrados hasta entonces y las sesiones quedan marcadas como interrumpidas.</numerusform>
        </translation>
    </message>
    <message>
        <source>The history file was updated from format %1 to %2.</source>
        <translation>El archivo de historial se actualizó del formato %1 al %2.</translation>
    </message>
    <message>
        <source>The history file was updated from format %1 to %2. A copy of the old file is in %3.</source>
        <translation>El archivo de historial se actualizó del formato %1 al %2. Hay una copia del archivo antiguo en %3.</translation>
    </message>
    <message>
        <source>Limber is already running (process %1) and uses the history in %2. Switch to that window, or close it first.</source>
        <translation>Limber ya está abierto (proceso %1) y usa el historial de %2. Cambie a esa ventana, o ciérrela primero.</translation>
    </message>
    <message>
        <source>Limber could not create its lock file %1: the disk is full.</source>
        <translation>Limber no pudo crear su archivo de bloqueo %1: el disco está lleno.</translation>
    </message>
    <message>
        <source>Limber could not create its lock file %1: the folder is read-only.</source>
        <translation>Limber no pudo crear su archivo de bloqueo %1: la carpeta es de solo lectura.</translation>
    </message>
    <message>
        <source>Limber could not create its lock file %1.</source>
        <translation>Limber no pudo crear su archivo de bloqueo %1.</translation>
    </message>
    <message>
        <source>The backup copy %1 failed its check (%2); it was removed. Check the disk, then try again.</source>
        <translation>La copia de seguridad %1 no superó la comprobación (%2) y se ha eliminado. Revise el disco y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The backup copy %1 does not hold the same number of rows as the history; it was removed. Try again.</source>
        <translation>La copia de seguridad %1 no tiene el mismo número de filas que el historial y se ha eliminado. Vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Limber could not copy its history.</source>
        <translation>Limber no pudo copiar su historial.</translation>
    </message>
    <message>
        <source>some of its holds belong to no session.</source>
        <translation>algunos de sus mantenimientos no pertenecen a ninguna sesión.</translation>
    </message>
    <message>
        <source>Limber could not copy the backup %1 into %2. Check that the disk has room and that you may write there.</source>
        <translation>Limber no pudo copiar la copia de seguridad %1 en %2. Compruebe que el disco tenga espacio y que usted pueda escribir allí.</translation>
    </message>
    <message>
        <source>it could not be brought to this version&apos;s format.</source>
        <translation>no se pudo llevar al formato de esta versión.</translation>
    </message>
    <message>
        <source>A history kept only in memory cannot be opened a second time.</source>
        <translation>Un historial que solo está en memoria no se puede abrir una segunda vez.</translation>
    </message>
    <message>
        <source>This copy of the history is only for reading.</source>
        <translation>Esta conexión con el historial es solo de lectura.</translation>
    </message>
</context>
<context>
    <name>TargetEvents</name>
    <message>
        <source>Hold targets cannot be changed now. %1</source>
        <translation>Los objetivos de mantenimiento no se pueden cambiar ahora. %1</translation>
    </message>
    <message>
        <source>The hold target of &quot;%1&quot; (%2 s, %3 per side) is outside what a routine allows; it was not saved.</source>
        <translation>El objetivo de mantenimiento de &quot;%1&quot; (%2 s, %3 por lado) está fuera de lo que permite una rutina; no se guardó.</translation>
    </message>
    <message>
        <source>Limber could not save the hold target of &quot;%1&quot;.</source>
        <translation>Limber no pudo guardar el objetivo de mantenimiento de &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Limber could not read the hold targets.</source>
        <translation>Limber no pudo leer los objetivos de mantenimiento.</translation>
    </message>
    <message>
        <source>Limber could not save your answer about &quot;%1&quot;.</source>
        <translation>Limber no pudo guardar su respuesta sobre &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <source>Exercise %1 of the routine (%2): %3</source>
        <translation>Ejercicio %1 de la rutina (%2): %3</translation>
    </message>
    <message>
        <source>%1 is %2; use a value from %3 to %4.</source>
        <translation>%1 es %2; use un valor de %3 a %4.</translation>
    </message>
    <message>
        <source>the number of holds</source>
        <translation>el número de mantenimientos</translation>
    </message>
    <message>
        <source>the hold time in seconds</source>
        <translation>la duración del mantenimiento en segundos</translation>
    </message>
    <message>
        <source>the switch time in seconds</source>
        <translation>el tiempo para cambiar de lado en segundos</translation>
    </message>
    <message>
        <source>the rest time in seconds</source>
        <translation>el tiempo de descanso en segundos</translation>
    </message>
    <message>
        <source>the get-ready time in seconds</source>
        <translation>el tiempo de preparación en segundos</translation>
    </message>
    <message>
        <source>The session settings have a breathing, reminder or step time of zero or less. Reset the session settings to their defaults.</source>
        <translation>La configuración de la sesión tiene un tiempo de respiración, de recordatorio o de paso igual a cero o menor. Restablezca los valores predeterminados de la configuración de la sesión.</translation>
    </message>
    <message>
        <source>The routine has no exercises. Add at least one exercise to it.</source>
        <translation>La rutina no tiene ejercicios. Añádale al menos un ejercicio.</translation>
    </message>
    <message>
        <source>this exercise is not in the library. Remove it from the routine or add the exercise&apos;s content file.</source>
        <translation>este ejercicio no está en la biblioteca. Quítelo de la rutina o añada el archivo de contenido del ejercicio.</translation>
    </message>
    <message>
        <source>Only a hold can be made longer.</source>
        <translation>Solo se puede alargar un mantenimiento.</translation>
    </message>
    <message>
        <source>A hold can only be made longer.</source>
        <translation>Un mantenimiento solo se puede alargar, no acortar.</translation>
    </message>
</context>
<context>
    <name>UnsavedQuit</name>
    <message numerus="yes">
        <source>%n hold(s) of your sessions are not saved yet.</source>
        <translation>
            <numerusform>%n mantenimiento de sus sesiones aún no se ha guardado.</numerusform>
            <numerusform>%n mantenimientos de sus sesiones aún no se han guardado.</numerusform>
        </translation>
    </message>
    <message>
        <source>Part of your last session (how it ended, or what you reported) is not saved yet.</source>
        <translation>Parte de su última sesión (cómo terminó o lo que indicó) aún no se ha guardado.</translation>
    </message>
    <message>
        <source>If you quit now, Limber keeps them and saves them into your history the next time it starts. You can also save a copy to a file first (File ▸ Import History reads it), or try again now that you may have made room.</source>
        <translation>Si sale ahora, Limber los conserva y los guarda en su historial la próxima vez que se inicie. También puede guardar antes una copia en un archivo (Archivo ▸ Importar historial la lee), o volver a intentarlo por si ya ha liberado espacio.</translation>
    </message>
    <message>
        <source>Save the Unsaved Holds</source>
        <translation>Guardar los mantenimientos sin guardar</translation>
    </message>
    <message>
        <source>Limber history (*.json)</source>
        <translation>Historial de Limber (*.json)</translation>
    </message>
    <message>
        <source>Limber: not saved</source>
        <translation>Limber: no se guardó</translation>
    </message>
    <message>
        <source>Limber: a copy was saved</source>
        <translation>Limber: se guardó una copia</translation>
    </message>
    <message>
        <source>The unsaved holds were saved to %1. Limber also keeps them and saves them into your history the next time it starts, so you need to import this copy only on another computer or in another data folder.</source>
        <translation>Los mantenimientos sin guardar se guardaron en %1. Limber también los conserva y los guardará en su historial la próxima vez que se inicie, así que solo necesita importar esta copia en otro equipo o en otra carpeta de datos.</translation>
    </message>
    <message>
        <source>Limber: holds not saved</source>
        <translation>Limber: mantenimientos no guardados</translation>
    </message>
    <message>
        <source>&amp;Try Again</source>
        <translation>&amp;Reintentar</translation>
    </message>
    <message>
        <source>&amp;Save a Copy…</source>
        <translation>&amp;Guardar una copia…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Don&apos;t Quit</source>
        <translation>&amp;No salir</translation>
    </message>
</context>
<context>
    <name>UnsavedSessions</name>
    <message>
        <source>Limber could not keep the unsaved holds anywhere. %1</source>
        <translation>Limber no pudo conservar en ningún sitio los mantenimientos sin guardar. %1</translation>
    </message>
    <message>
        <source>The holds kept in %1 are now in your history, but the file could not be removed; you may delete it.</source>
        <translation>Los mantenimientos conservados en %1 ya están en su historial, pero no se pudo eliminar el archivo; puede borrarlo usted.</translation>
    </message>
</context>
<context>
    <name>UserRoutines</name>
    <message>
        <source>Your routines cannot be changed now. %1</source>
        <translation>Sus rutinas no se pueden cambiar ahora. %1</translation>
    </message>
    <message>
        <source>Limber could not read your routines.</source>
        <translation>Limber no pudo leer sus rutinas.</translation>
    </message>
    <message>
        <source>The routine &quot;%1&quot; in %2 cannot be read; it was changed outside Limber. Restore a backup, or remove the routine. %3</source>
        <translation>La rutina &quot;%1&quot; de %2 no se puede leer; se modificó fuera de Limber. Restaure una copia de seguridad o quite la rutina. %3</translation>
    </message>
    <message>
        <source>Limber could not read your routine &quot;%1&quot;.</source>
        <translation>Limber no pudo leer su rutina &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The routine &quot;%1&quot; was not saved: %2</source>
        <translation>La rutina &quot;%1&quot; no se guardó: %2</translation>
    </message>
    <message>
        <source>Limber could not save the routine &quot;%1&quot;.</source>
        <translation>Limber no pudo guardar la rutina &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Limber could not remove the routine &quot;%1&quot;.</source>
        <translation>Limber no pudo quitar la rutina &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Limber could not change the order of your routines.</source>
        <translation>Limber no pudo cambiar el orden de sus rutinas.</translation>
    </message>
    <message>
        <source>Limber could not add the routine &quot;%1&quot;.</source>
        <translation>Limber no pudo añadir la rutina &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The routine &quot;%1&quot; was not added: %2</source>
        <translation>La rutina &quot;%1&quot; no se añadió: %2</translation>
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
        <translation>Semana del</translation>
    </message>
</context>
<context>
    <name>limber::AboutDialog</name>
    <message>
        <source>About Limber</source>
        <translation>Acerca de Limber</translation>
    </message>
    <message>
        <source>Limber %1</source>
        <translation>Limber %1</translation>
    </message>
    <message>
        <source>Guided stretching routines for hip and low-back pain. Everything you record stays on this computer.</source>
        <translation>Rutinas guiadas de estiramiento para el dolor de cadera y de la zona lumbar. Todo lo que registra se queda en este equipo.</translation>
    </message>
    <message>
        <source>Runs on Qt %1.</source>
        <translation>Funciona con Qt %1.</translation>
    </message>
    <message>
        <source>Your history and settings are kept in:</source>
        <translation>Su historial y su configuración se guardan en:</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Carpeta de datos</translation>
    </message>
    <message>
        <source>Open Data &amp;Folder</source>
        <translation>Abrir la &amp;carpeta de datos</translation>
    </message>
    <message>
        <source>No file manager could open the folder. Copy its name from above instead.</source>
        <translation>Ningún gestor de archivos pudo abrir la carpeta. Copie su nombre de arriba.</translation>
    </message>
    <message>
        <source>Limber is free software: you may share it and change it under the terms of the GNU General Public License, version 3 or (at your choice) any later version. &lt;a href=&quot;%1&quot;&gt;Read the licence&lt;/a&gt;.</source>
        <translation>Limber es software libre: puede compartirlo y modificarlo según los términos de la Licencia Pública General de GNU, versión 3 o (a su elección) cualquier versión posterior. &lt;a href=&quot;%1&quot;&gt;Lea la licencia&lt;/a&gt;.</translation>
    </message>
    <message>
        <source>Limber comes with no warranty of any kind, as far as the law allows. It is not medical advice.</source>
        <translation>Limber se ofrece sin ninguna garantía, en la medida en que lo permita la ley. No es consejo médico.</translation>
    </message>
</context>
<context>
    <name>limber::AppController</name>
    <message>
        <source>&amp;Print Routine Sheet…</source>
        <translation>&amp;Imprimir hoja de rutina…</translation>
    </message>
    <message>
        <source>Export Routine Sheet as P&amp;DF…</source>
        <translation>Exportar hoja de rutina como P&amp;DF…</translation>
    </message>
    <message>
        <source>Limber: settings not saved</source>
        <translation>Limber: configuración no guardada</translation>
    </message>
    <message>
        <source>Until they can be saved, Limber forgets your choices when it closes, and asks again (the safety notice too) at the next start.</source>
        <translation>Mientras no se pueda guardar, Limber olvidará sus elecciones al cerrarse y volverá a preguntarle (también el aviso de seguridad) la próxima vez que se inicie.</translation>
    </message>
</context>
<context>
    <name>limber::AudioModule</name>
    <message>
        <source>Limber&apos;s sound part (limber-audio) is missing or damaged, so Limber will stay silent. Every cue is still shown on screen. Reinstalling Limber brings sound back.</source>
        <translation>Falta la parte de sonido de Limber (limber-audio) o está dañada, así que Limber no sonará. Todas las indicaciones siguen apareciendo en pantalla. Al reinstalar Limber vuelve el sonido.</translation>
    </message>
</context>
<context>
    <name>limber::AudioStream</name>
    <message>
        <source>The sound output could not be opened.</source>
        <translation>No se pudo abrir la salida de sonido.</translation>
    </message>
    <message>
        <source>The sound output stopped accepting sound.</source>
        <translation>La salida de sonido dejó de aceptar sonido.</translation>
    </message>
    <message>
        <source>The sound output went away.</source>
        <translation>La salida de sonido ya no está disponible.</translation>
    </message>
    <message>
        <source>The sound output stopped.</source>
        <translation>La salida de sonido se detuvo.</translation>
    </message>
</context>
<context>
    <name>limber::BreathPacer</name>
    <message>
        <source>Breathing guide</source>
        <translation>Guía de respiración</translation>
    </message>
    <message>
        <source>Breathe in</source>
        <translation>Inhale</translation>
    </message>
    <message>
        <source>Breathe out</source>
        <translation>Exhale</translation>
    </message>
</context>
<context>
    <name>limber::CalendarView</name>
    <message>
        <source>No practised days in %1.</source>
        <translation>Ningún día de práctica en %1.</translation>
    </message>
    <message>
        <source>Practised days in %1: %2.</source>
        <translation>Días de práctica en %1: %2.</translation>
    </message>
</context>
<context>
    <name>limber::ChoiceButton</name>
    <message>
        <source>Key %1</source>
        <translation>Tecla %1</translation>
    </message>
</context>
<context>
    <name>limber::ChoiceScale</name>
    <message>
        <source>Press %1</source>
        <translation>Pulse %1</translation>
    </message>
</context>
<context>
    <name>limber::CuePlayer</name>
    <message>
        <source>No audio output was found: cues are shown on screen only.</source>
        <translation>No se encontró ninguna salida de audio: las indicaciones solo se muestran en pantalla.</translation>
    </message>
    <message>
        <source>Spoken cues are not available in this build of Limber.</source>
        <translation>Las indicaciones habladas no están disponibles en esta versión de Limber.</translation>
    </message>
    <message>
        <source>Cues are given by tones and on screen instead.</source>
        <translation>En su lugar, las indicaciones se dan con tonos y en pantalla.</translation>
    </message>
    <message>
        <source>No sound output was found, so Limber will stay silent. Every cue is still shown on screen.</source>
        <translation>No se encontró ninguna salida de sonido, así que Limber no sonará. Todas las indicaciones se siguen mostrando en pantalla.</translation>
    </message>
    <message>
        <source>The sound %1 is missing from this build.</source>
        <translation>Falta el sonido %1 en esta versión.</translation>
    </message>
    <message>
        <source>The session goes on with its cues on screen; sound comes back when the output does.</source>
        <translation>La sesión continúa con las indicaciones en pantalla; el sonido volverá cuando vuelva la salida.</translation>
    </message>
    <message>
        <source>Cues are shown on screen only.</source>
        <translation>Las indicaciones solo se muestran en pantalla.</translation>
    </message>
</context>
<context>
    <name>limber::ExercisePage</name>
    <message>
        <source>Back</source>
        <translation>Volver</translation>
    </message>
    <message>
        <source>Back to where you were (Esc or Alt+Left)</source>
        <translation>Volver a donde estaba (Esc o Alt+Left)</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Ejercicio</translation>
    </message>
</context>
<context>
    <name>limber::ExercisePicker</name>
    <message>
        <source>Add an exercise</source>
        <translation>Añadir un ejercicio</translation>
    </message>
    <message>
        <source>&amp;Exercises in the library:</source>
        <translation>&amp;Ejercicios de la biblioteca:</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Añadir</translation>
    </message>
</context>
<context>
    <name>limber::ExerciseTile</name>
    <message>
        <source>Shows how to do %1, step by step</source>
        <translation>Muestra cómo hacer %1, paso a paso</translation>
    </message>
    <message>
        <source>How to do %1</source>
        <translation>Cómo hacer %1</translation>
    </message>
</context>
<context>
    <name>limber::FigureView</name>
    <message>
        <source>Exercise figure</source>
        <translation>Figura del ejercicio</translation>
    </message>
    <message>
        <source>A figure showing the position for this step.</source>
        <translation>Una figura que muestra la posición de este paso.</translation>
    </message>
</context>
<context>
    <name>limber::FirstUseState</name>
    <message>
        <source>No holds yet.</source>
        <translation>Aún no hay mantenimientos.</translation>
    </message>
    <message>
        <source>Start your first session and your week will show up here.</source>
        <translation>Empiece su primera sesión y aquí aparecerá su semana.</translation>
    </message>
    <message>
        <source>Each week you will see the minutes you held, left and right, your longest hold, your streak of days, and how your reach and pain change.</source>
        <translation>Cada semana verá los minutos que mantuvo, en el lado izquierdo y en el derecho, su mantenimiento más largo, su racha de días y cómo cambian su alcance y su dolor.</translation>
    </message>
    <message>
        <source>&amp;Start a session</source>
        <translation>Empe&amp;zar una sesión</translation>
    </message>
</context>
<context>
    <name>limber::GuideDialog</name>
    <message>
        <source>Guide — Limber</source>
        <translation>Guía — Limber</translation>
    </message>
    <message>
        <source>Guide</source>
        <translation>Guía</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Using Limber&lt;/h2&gt;&lt;p&gt;Limber guides you through stretching routines for the hips and the lower back. Ask your doctor or physiotherapist before you start, and stop if a stretch causes sharp or growing pain.&lt;/p&gt;&lt;h3&gt;A session&lt;/h3&gt;&lt;p&gt;The Today page shows the routine that Start begins, how long it takes and its exercises. Press a picture to read about an exercise, or choose another routine from the list. Then press Start.&lt;/p&gt;&lt;p&gt;Each exercise begins with a short time to get into position. After that, Limber times every hold, tells you when to switch sides and counts down the last seconds. You do not need to touch the computer until the end.&lt;/p&gt;&lt;p&gt;During a session: Space pauses, Right skips, Left goes back, + adds 15 seconds, ? or F1 shows the exercise, and Esc stops. If a stretch hurts, press “It hurts — stop” (or H): Limber tells you how to come out of it safely and notes why the session ended.&lt;/p&gt;&lt;h3&gt;Your progress&lt;/h3&gt;&lt;p&gt;History shows the minutes you held each week, left and right side by side, and how your pain changed. When holds feel easy over several days, the Today page may offer a slightly longer one; nothing changes until you accept.&lt;/p&gt;&lt;h3&gt;Your own routines&lt;/h3&gt;&lt;p&gt;On the Routines page, duplicate a routine or make a new one, then choose its exercises and how long each hold lasts. Every change is kept at once and can be undone with Ctrl+Z.&lt;/p&gt;&lt;h3&gt;On paper&lt;/h3&gt;&lt;p&gt;Print makes a sheet of your routine with its pictures, to pin on the wall, and a grid to tick off each day if you like.&lt;/p&gt;&lt;h3&gt;Settings&lt;/h3&gt;&lt;p&gt;Choose the voice, the sounds, the breathing pace and reminders to stretch. Help ▸ Keyboard Shortcuts lists every key.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Cómo usar Limber&lt;/h2&gt;&lt;p&gt;Limber le guía en rutinas de estiramiento para las caderas y la zona lumbar. Consulte a su médico o fisioterapeuta antes de empezar, y pare si un estiramiento le produce un dolor agudo o que va en aumento.&lt;/p&gt;&lt;h3&gt;Una sesión&lt;/h3&gt;&lt;p&gt;La página Hoy muestra la rutina que empieza al pulsar Empezar, cuánto dura y sus ejercicios. Pulse una imagen para leer sobre un ejercicio, o elija otra rutina de la lista. Después pulse Empezar.&lt;/p&gt;&lt;p&gt;Cada ejercicio empieza con un breve tiempo para colocarse en posición. Después, Limber cronometra cada mantenimiento, le avisa cuándo cambiar de lado y cuenta los últimos segundos. No necesita tocar el equipo hasta el final.&lt;/p&gt;&lt;p&gt;Durante una sesión: Espacio pone en pausa, la flecha derecha salta al paso siguiente, la flecha izquierda vuelve atrás, + añade 15 segundos, ? o F1 muestra el ejercicio y Esc detiene la sesión. Si un estiramiento le duele, pulse “Me duele — detener” (o H): Limber le indica cómo salir de él con seguridad y anota por qué terminó la sesión.&lt;/p&gt;&lt;h3&gt;Su progreso&lt;/h3&gt;&lt;p&gt;Historial muestra los minutos de mantenimiento de cada semana, con el lado izquierdo junto al derecho, y cómo ha cambiado su dolor. Cuando los mantenimientos le resulten fáciles durante varios días, la página Hoy puede proponerle uno algo más largo; nada cambia hasta que usted lo acepte.&lt;/p&gt;&lt;h3&gt;Sus propias rutinas&lt;/h3&gt;&lt;p&gt;En la página Rutinas, duplique una rutina o cree una nueva, y luego elija sus ejercicios y cuánto dura cada mantenimiento. Cada cambio se guarda al momento y se puede deshacer con Ctrl+Z.&lt;/p&gt;&lt;h3&gt;En papel&lt;/h3&gt;&lt;p&gt;Imprimir crea una hoja con su rutina y sus imágenes para colgarla en la pared y, si lo desea, una cuadrícula para marcar cada día.&lt;/p&gt;&lt;h3&gt;Configuración&lt;/h3&gt;&lt;p&gt;Elija la voz, los sonidos, el ritmo de respiración y los recordatorios para estirar. Ayuda ▸ Atajos de teclado muestra todas las teclas.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>limber::HelpMenu</name>
    <message>
        <source>&amp;Guide</source>
        <translation>&amp;Guía</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Atajos de teclado</translation>
    </message>
    <message>
        <source>&amp;Safety Notice</source>
        <translation>Aviso de &amp;seguridad</translation>
    </message>
    <message>
        <source>&amp;About Limber</source>
        <translation>Acerca &amp;de Limber</translation>
    </message>
</context>
<context>
    <name>limber::HistoryChartsPanel</name>
    <message>
        <source>Minutes held each week, left and right</source>
        <translation>Minutos de mantenimiento por semana, izquierdo y derecho</translation>
    </message>
    <message>
        <source>Longest hold each week</source>
        <translation>Mantenimiento más largo de cada semana</translation>
    </message>
    <message>
        <source>Sessions each week</source>
        <translation>Sesiones por semana</translation>
    </message>
    <message>
        <source>Furthest reach each week</source>
        <translation>Alcance máximo de cada semana</translation>
    </message>
    <message>
        <source>Pain before and after, weekly average from 0 to 10</source>
        <translation>Dolor antes y después, media semanal de 0 a 10</translation>
    </message>
    <message>
        <source>Minutes held each week</source>
        <translation>Minutos de mantenimiento por semana</translation>
    </message>
    <message>
        <source>Longest hold</source>
        <translation>Mantenimiento más largo</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sesiones</translation>
    </message>
    <message>
        <source>Furthest reach</source>
        <translation>Alcance máximo</translation>
    </message>
    <message>
        <source>Pain (0 to 10)</source>
        <translation>Dolor (de 0 a 10)</translation>
    </message>
    <message>
        <source>minutes held</source>
        <translation>minutos de mantenimiento</translation>
    </message>
    <message>
        <source>Current streak
(days in a row)</source>
        <translation>Racha actual
(días seguidos)</translation>
    </message>
    <message>
        <source>Best streak
(days in a row)</source>
        <translation>Mejor racha
(días seguidos)</translation>
    </message>
    <message>
        <source>Previous month</source>
        <translation>Mes anterior</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>Mes siguiente</translation>
    </message>
    <message>
        <source>Practised days</source>
        <translation>Días de práctica</translation>
    </message>
    <message>
        <source>Days practised</source>
        <translation>Días practicados</translation>
    </message>
    <message>
        <source>Left and right over the last four weeks</source>
        <translation>Izquierdo y derecho en las últimas cuatro semanas</translation>
    </message>
    <message>
        <source>Left and right, last four weeks</source>
        <translation>Izquierdo y derecho, últimas cuatro semanas</translation>
    </message>
    <message>
        <source>%1 weeks. Use the Left and Right arrow keys to read each week.</source>
        <translation>%1 semanas. Use las flechas izquierda y derecha para leer cada semana.</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Esta semana</translation>
    </message>
    <message>
        <source>Week of %1</source>
        <translation>Semana del %1</translation>
    </message>
    <message>
        <source>seconds held</source>
        <translation>segundos de mantenimiento</translation>
    </message>
    <message>
        <source>%1 seconds held</source>
        <translation>%1 segundos de mantenimiento</translation>
    </message>
    <message>
        <source>%1 minutes held</source>
        <translation>%1 minutos de mantenimiento</translation>
    </message>
    <message>
        <source>No holds yet.</source>
        <translation>Aún no hay mantenimientos.</translation>
    </message>
    <message>
        <source>Left %1, right %2. Sessions: %3. Longest hold: %4.</source>
        <translation>Izquierdo %1, derecho %2. Sesiones: %3. Mantenimiento más largo: %4.</translation>
    </message>
    <message>
        <source>Last session: %1</source>
        <translation>Última sesión: %1</translation>
    </message>
    <message numerus="yes">
        <source>Current streak: %n day(s) in a row</source>
        <translation>
            <numerusform>Racha actual: %n día seguido</numerusform>
            <numerusform>Racha actual: %n días seguidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Best streak: %n day(s) in a row</source>
        <translation>
            <numerusform>Mejor racha: %n día seguido</numerusform>
            <numerusform>Mejor racha: %n días seguidos</numerusform>
        </translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Izquierdo</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Derecho</translation>
    </message>
</context>
<context>
    <name>limber::HistoryController</name>
    <message numerus="yes">
        <source>%n hold(s) that could not be saved earlier are now in your history.</source>
        <translation>
            <numerusform>%n mantenimiento que antes no se pudo guardar ya está en su historial.</numerusform>
            <numerusform>%n mantenimientos que antes no se pudieron guardar ya están en su historial.</numerusform>
        </translation>
    </message>
    <message>
        <source>What could not be saved of an earlier session is now in your history.</source>
        <translation>Lo que no se pudo guardar de una sesión anterior ya está en su historial.</translation>
    </message>
    <message>
        <source>Limber: kept holds not saved</source>
        <translation>Limber: mantenimientos conservados sin guardar</translation>
    </message>
    <message>
        <source>The holds that could not be saved are kept in %1 and are saved into your history the next time Limber starts.</source>
        <translation>Los mantenimientos que no se pudieron guardar se conservan en %1 y se guardarán en su historial la próxima vez que se inicie Limber.</translation>
    </message>
    <message>
        <source>Sessions still run, but nothing is recorded until this is solved.</source>
        <translation>Las sesiones siguen funcionando, pero no se registra nada hasta que esto se resuelva.</translation>
    </message>
    <message>
        <source>Limber: your history</source>
        <translation>Limber: su historial</translation>
    </message>
    <message>
        <source>Holds kept from an earlier session wait in %1 and are saved once recording works again.</source>
        <translation>Los mantenimientos conservados de una sesión anterior esperan en %1 y se guardarán en cuanto el registro vuelva a funcionar.</translation>
    </message>
    <message>
        <source>Recording is still off: nothing has changed yet.</source>
        <translation>El registro sigue desactivado: todavía no ha cambiado nada.</translation>
    </message>
    <message>
        <source>Recording is on again: new holds are saved.</source>
        <translation>El registro vuelve a estar activado: los mantenimientos nuevos se guardan.</translation>
    </message>
    <message>
        <source>Limber: a hold could not be saved</source>
        <translation>Limber: no se pudo guardar un mantenimiento</translation>
    </message>
    <message>
        <source>Limber keeps it in memory and saves it once, as soon as it can. Choose Retry when you have made room or fixed the folder.</source>
        <translation>Limber lo conserva en memoria y lo guardará en cuanto pueda, una sola vez. Elija Reintentar cuando haya liberado espacio o arreglado la carpeta.</translation>
    </message>
    <message>
        <source>Last practised %1: %2 · %3</source>
        <translation>Última práctica %1: %2 · %3</translation>
    </message>
    <message numerus="yes">
        <source>%n hold(s)</source>
        <translation>
            <numerusform>%n mantenimiento</numerusform>
            <numerusform>%n mantenimientos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) held</source>
        <translation>
            <numerusform>%n minuto de mantenimiento</numerusform>
            <numerusform>%n minutos de mantenimiento</numerusform>
        </translation>
    </message>
    <message>
        <source>under a minute held</source>
        <translation>menos de un minuto de mantenimiento</translation>
    </message>
    <message>
        <source>Export History as &amp;CSV…</source>
        <translation>Exportar historial como &amp;CSV…</translation>
    </message>
    <message>
        <source>Export &amp;Whole History…</source>
        <translation>Exportar &amp;todo el historial…</translation>
    </message>
    <message>
        <source>&amp;Import History…</source>
        <translation>I&amp;mportar historial…</translation>
    </message>
    <message>
        <source>Export Pro&amp;gress Report…</source>
        <translation>Exportar informe de pro&amp;greso…</translation>
    </message>
    <message>
        <source>&amp;Restore a Backup…</source>
        <translation>&amp;Restaurar una copia de seguridad…</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>Your history could not be opened</source>
        <translation>No se pudo abrir su historial</translation>
    </message>
</context>
<context>
    <name>limber::HistoryPage</name>
    <message>
        <source>Weekly numbers</source>
        <translation>Cifras semanales</translation>
    </message>
    <message>
        <source>&amp;Charts</source>
        <translation>Grá&amp;ficos</translation>
    </message>
    <message>
        <source>&amp;Table</source>
        <translation>&amp;Tabla</translation>
    </message>
    <message>
        <source>Sess&amp;ions</source>
        <translation>Sesi&amp;ones</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>&amp;Exercise:</source>
        <translation>&amp;Ejercicio:</translation>
    </message>
    <message>
        <source>‹ &amp;Previous week</source>
        <translation>‹ Semana a&amp;nterior</translation>
    </message>
    <message>
        <source>This &amp;week</source>
        <translation>Esta se&amp;mana</translation>
    </message>
    <message>
        <source>&amp;Next week ›</source>
        <translation>Semana si&amp;guiente ›</translation>
    </message>
    <message>
        <source>8 weeks</source>
        <translation>8 semanas</translation>
    </message>
    <message>
        <source>12 weeks</source>
        <translation>12 semanas</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Periodo:</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Reintentar</translation>
    </message>
    <message>
        <source>The history could not be read.</source>
        <translation>No se pudo leer el historial.</translation>
    </message>
    <message>
        <source>All exercises</source>
        <translation>Todos los ejercicios</translation>
    </message>
</context>
<context>
    <name>limber::HistoryTableModel</name>
    <message>
        <source>Week of</source>
        <translation>Semana del</translation>
    </message>
    <message>
        <source>Left (min)</source>
        <translation>Izquierdo (min)</translation>
    </message>
    <message>
        <source>Right (min)</source>
        <translation>Derecho (min)</translation>
    </message>
    <message>
        <source>No side (min)</source>
        <translation>Sin lado (min)</translation>
    </message>
    <message>
        <source>Holds</source>
        <translation>Mantenimientos</translation>
    </message>
    <message>
        <source>Longest hold</source>
        <translation>Mantenimiento más largo</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sesiones</translation>
    </message>
    <message>
        <source>Furthest reach</source>
        <translation>Alcance máximo</translation>
    </message>
    <message>
        <source>Pain before</source>
        <translation>Dolor antes</translation>
    </message>
    <message>
        <source>Pain after</source>
        <translation>Dolor después</translation>
    </message>
</context>
<context>
    <name>limber::HistoryTransfer</name>
    <message>
        <source>daily backup</source>
        <translation>copia de seguridad diaria</translation>
    </message>
    <message>
        <source>before an update of the file format</source>
        <translation>antes de actualizar el formato del archivo</translation>
    </message>
    <message>
        <source>before an import</source>
        <translation>antes de una importación</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>antes de una restauración</translation>
    </message>
    <message>
        <source>before a session was deleted</source>
        <translation>antes de eliminar una sesión</translation>
    </message>
    <message>
        <source>Made %1 at %2, %3</source>
        <translation>Creada el %1 a las %2, %3</translation>
    </message>
    <message>
        <source>Limber cannot read what this backup holds.</source>
        <translation>Limber no puede leer el contenido de esta copia de seguridad.</translation>
    </message>
    <message>
        <source>No sessions.</source>
        <translation>No hay sesiones.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln session(s)</source>
        <translation>
            <numerusform>%Ln sesión</numerusform>
            <numerusform>%Ln sesiones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln hold(s)</source>
        <translation>
            <numerusform>%Ln mantenimiento</numerusform>
            <numerusform>%Ln mantenimientos</numerusform>
        </translation>
    </message>
    <message>
        <source>the last on %1.</source>
        <translation>la última, el %1.</translation>
    </message>
    <message>
        <source>File %1</source>
        <translation>Archivo %1</translation>
    </message>
    <message>
        <source>Export holds as CSV</source>
        <translation>Exportar mantenimientos como CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exporting your history…</source>
        <translation>Exportando su historial…</translation>
    </message>
    <message>
        <source>Limber: export failed</source>
        <translation>Limber: falló la exportación</translation>
    </message>
    <message>
        <source>Holds written to %1, sessions to %2</source>
        <translation>Mantenimientos escritos en %1; sesiones, en %2</translation>
    </message>
    <message>
        <source>Export your whole history</source>
        <translation>Exportar todo su historial</translation>
    </message>
    <message>
        <source>Limber history (*.json)</source>
        <translation>Historial de Limber (*.json)</translation>
    </message>
    <message>
        <source>History written to %1</source>
        <translation>Historial escrito en %1</translation>
    </message>
    <message>
        <source>Import a Limber history</source>
        <translation>Importar un historial de Limber</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importando…</translation>
    </message>
    <message>
        <source>Limber: import failed</source>
        <translation>Limber: falló la importación</translation>
    </message>
    <message>
        <source>Limber: import finished</source>
        <translation>Limber: importación terminada</translation>
    </message>
    <message numerus="yes">
        <source>Added %Ln session(s)</source>
        <translation>
            <numerusform>Se añadió %Ln sesión</numerusform>
            <numerusform>Se añadieron %Ln sesiones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln session(s) were already in your history.</source>
        <translation>
            <numerusform>%Ln sesión ya estaba en su historial.</numerusform>
            <numerusform>%Ln sesiones ya estaban en su historial.</numerusform>
        </translation>
    </message>
    <message>
        <source>Limber</source>
        <translation>Limber</translation>
    </message>
    <message>
        <source>Finish or stop the session before restoring a backup.</source>
        <translation>Termine o detenga la sesión antes de restaurar una copia de seguridad.</translation>
    </message>
    <message>
        <source>There are no backups yet.</source>
        <translation>Aún no hay copias de seguridad.</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Restaurar una copia de seguridad</translation>
    </message>
    <message>
        <source>Choose the backup to restore, newest first. Your history as it is now is kept as a backup first, so you can go back to it.</source>
        <translation>Elija la copia de seguridad que desea restaurar; la más reciente aparece primero. Antes se guarda su historial actual como copia de seguridad, para que pueda volver a él.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <source>Limber: restore failed</source>
        <translation>Limber: falló la restauración</translation>
    </message>
    <message>
        <source>Limber: backup restored</source>
        <translation>Limber: copia de seguridad restaurada</translation>
    </message>
    <message>
        <source>The backup is your history now. The history you had before is kept in %1.</source>
        <translation>Ahora su historial es la copia de seguridad. El historial que tenía antes se conserva en %1.</translation>
    </message>
    <message>
        <source>Reading your backups…</source>
        <translation>Leyendo sus copias de seguridad…</translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation>Restaurando la copia de seguridad…</translation>
    </message>
</context>
<context>
    <name>limber::ItemForm</name>
    <message>
        <source>H&amp;olds per side:</source>
        <translation>&amp;Mantenimientos por lado:</translation>
    </message>
    <message>
        <source>Hold &amp;length:</source>
        <translation>&amp;Duración del mantenimiento:</translation>
    </message>
    <message>
        <source>&amp;Get ready:</source>
        <translation>&amp;Preparación:</translation>
    </message>
    <message>
        <source>S&amp;witch sides:</source>
        <translation>&amp;Cambio de lado:</translation>
    </message>
    <message>
        <source>R&amp;est after:</source>
        <translation>D&amp;escanso después:</translation>
    </message>
    <message>
        <source>H&amp;olds:</source>
        <translation>&amp;Mantenimientos:</translation>
    </message>
    <message>
        <source>Pause bet&amp;ween holds:</source>
        <translation>Pausa en&amp;tre mantenimientos:</translation>
    </message>
    <message>
        <source>Wor&amp;k each side in turn</source>
        <translation>Trabajar cada lado p&amp;or turnos</translation>
    </message>
    <message>
        <source>Off: every hold is done the way that is comfortable, without switching sides.</source>
        <translation>Desactivado: cada mantenimiento se hace de la forma que resulte cómoda, sin cambiar de lado.</translation>
    </message>
    <message>
        <source>Fi&amp;rst side:</source>
        <translation>Primer &amp;lado:</translation>
    </message>
    <message>
        <source>&amp;Begin with the set-up steps</source>
        <translation>Empe&amp;zar con los pasos de colocación</translation>
    </message>
    <message>
        <source> s</source>
        <comment>seconds after a number</comment>
        <translation> s</translation>
    </message>
    <message>
        <source>%1 is out of range: use %2 to %3.</source>
        <translation>%1 está fuera del intervalo: use de %2 a %3.</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Izquierdo</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Derecho</translation>
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
        <translation>Sesión</translation>
    </message>
    <message>
        <source>The guided session will appear here.</source>
        <translation>Aquí aparecerá la sesión guiada.</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>Minutes held each week, left and right side by side, and how your reach and pain change over time.</source>
        <translation>Minutos de mantenimiento por semana, con el lado izquierdo junto al derecho, y cómo cambian con el tiempo su alcance y su dolor.</translation>
    </message>
    <message>
        <source>Routines</source>
        <translation>Rutinas</translation>
    </message>
    <message>
        <source>Choose the exercises of your routine, how long to hold each one and how often.</source>
        <translation>Elija los ejercicios de su rutina, cuánto tiempo mantener cada uno y cuántas veces.</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Imprimir</translation>
    </message>
    <message>
        <source>A sheet of your routine with its pictures and a grid to tick off each day, to pin on the wall.</source>
        <translation>Una hoja de su rutina con sus imágenes y una cuadrícula para marcar cada día, para colgar en la pared.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>Sound, voice and breathing choices.</source>
        <translation>Opciones de sonido, voz y respiración.</translation>
    </message>
    <message>
        <source>Coming soon</source>
        <translation>Próximamente</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navegación</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;Hoy</translation>
    </message>
    <message>
        <source>Today&apos;s routine and the Start button</source>
        <translation>La rutina de hoy y el botón Empezar</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>Hi&amp;storial</translation>
    </message>
    <message>
        <source>Your weekly hold history</source>
        <translation>Su historial semanal de mantenimientos</translation>
    </message>
    <message>
        <source>&amp;Routines</source>
        <translation>&amp;Rutinas</translation>
    </message>
    <message>
        <source>Choose and edit routines</source>
        <translation>Elegir y editar rutinas</translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation>&amp;Imprimir</translation>
    </message>
    <message>
        <source>Print a routine sheet</source>
        <translation>Imprimir una hoja de rutina</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Configuración</translation>
    </message>
    <message>
        <source>Sound, voice and breathing</source>
        <translation>Sonido, voz y respiración</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation>&amp;Pantalla completa</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
</context>
<context>
    <name>limber::PdfExport</name>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>limber::PdfSavedDialog</name>
    <message>
        <source>PDF Saved</source>
        <translation>PDF guardado</translation>
    </message>
    <message>
        <source>It was saved as:</source>
        <translation>Se guardó como:</translation>
    </message>
    <message>
        <source>Saved file</source>
        <translation>Archivo guardado</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <source>Open the PDF in your PDF viewer</source>
        <translation>Abrir el PDF en su visor de PDF</translation>
    </message>
    <message>
        <source>Show in &amp;Folder</source>
        <translation>Mostrar en la &amp;carpeta</translation>
    </message>
    <message>
        <source>Open the folder that holds the PDF</source>
        <translation>Abrir la carpeta que contiene el PDF</translation>
    </message>
    <message>
        <source>No program could open the PDF. Use Show in Folder and open it from there, or copy its name from above.</source>
        <translation>Ningún programa pudo abrir el PDF. Use Mostrar en la carpeta y ábralo desde allí, o copie su nombre de arriba.</translation>
    </message>
    <message>
        <source>No file manager could open the folder. Copy the file&apos;s name from above instead.</source>
        <translation>Ningún gestor de archivos pudo abrir la carpeta. Copie el nombre del archivo de arriba.</translation>
    </message>
</context>
<context>
    <name>limber::PrintModule</name>
    <message>
        <source>Limber&apos;s printing part (limber-print) is missing or damaged, so Limber cannot print. Saving the sheet as a PDF still works, to print it from another program. Reinstalling Limber brings printing back.</source>
        <translation>Falta la parte de impresión de Limber (limber-print) o está dañada, así que Limber no puede imprimir. La hoja se puede seguir guardando como PDF para imprimirla desde otro programa. Al reinstalar Limber vuelve la impresión.</translation>
    </message>
</context>
<context>
    <name>limber::PrintPage</name>
    <message>
        <source>Print a routine sheet</source>
        <translation>Imprimir una hoja de rutina</translation>
    </message>
    <message>
        <source>A page to pin on the wall: the pictures, the steps, what to take care of and the holds. Add the week grid to tick off each hold by hand.</source>
        <translation>Una página para colgar en la pared: las imágenes, los pasos, las precauciones y los mantenimientos. Añada la cuadrícula semanal para marcar a mano cada mantenimiento.</translation>
    </message>
    <message>
        <source>Routine to print</source>
        <translation>Rutina que se imprimirá</translation>
    </message>
    <message>
        <source>Add a week grid to tick off by hand</source>
        <translation>Añadir una cuadrícula semanal para marcar a mano</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimir…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Guardar como PDF…</translation>
    </message>
    <message>
        <source>&amp;Routine:</source>
        <translation>Ru&amp;tina:</translation>
    </message>
</context>
<context>
    <name>limber::PrintSheetCommand</name>
    <message>
        <source>Some content files were skipped:</source>
        <translation>Se omitieron algunos archivos de contenido:</translation>
    </message>
</context>
<context>
    <name>limber::ProgressController</name>
    <message>
        <source>Hold targets</source>
        <translation>Objetivos de mantenimiento</translation>
    </message>
</context>
<context>
    <name>limber::ProgressPanel</name>
    <message>
        <source>&amp;Read about it</source>
        <translation>&amp;Leer más</translation>
    </message>
    <message>
        <source>&amp;Add to this routine</source>
        <translation>Aña&amp;dir a esta rutina</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Ahora no</translation>
    </message>
    <message>
        <source>Not now: do not suggest this exercise again</source>
        <translation>Ahora no: no volver a sugerir este ejercicio</translation>
    </message>
    <message>
        <source>Hold &amp;targets…</source>
        <translation>&amp;Objetivos de mantenimiento…</translation>
    </message>
    <message>
        <source>See and change how long and how often each exercise is held</source>
        <translation>Ver y cambiar cuánto tiempo y cuántas veces se mantiene cada ejercicio</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <source>Accept the new target for %1</source>
        <translation>Aceptar el nuevo objetivo para %1</translation>
    </message>
    <message>
        <source>Keep the target for %1</source>
        <translation>Conservar el objetivo actual de %1</translation>
    </message>
    <message>
        <source>Read about %1</source>
        <translation>Leer sobre %1</translation>
    </message>
    <message>
        <source>Add %1 to this routine</source>
        <translation>Añadir %1 a esta rutina</translation>
    </message>
</context>
<context>
    <name>limber::RecordingNotice</name>
    <message>
        <source>Recording is off</source>
        <translation>El registro está desactivado</translation>
    </message>
    <message>
        <source>Try Again</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>Check again whether Limber can write to your history</source>
        <translation>Comprobar de nuevo si Limber puede escribir en su historial</translation>
    </message>
</context>
<context>
    <name>limber::ReminderBar</name>
    <message>
        <source>Reminder</source>
        <translation>Recordatorio</translation>
    </message>
    <message>
        <source>Dismiss this reminder</source>
        <translation>Descartar este recordatorio</translation>
    </message>
    <message>
        <source>Dismiss reminder</source>
        <translation>Descartar recordatorio</translation>
    </message>
</context>
<context>
    <name>limber::ReminderController</name>
    <message>
        <source>Time for a stretch</source>
        <translation>Hora de estirar</translation>
    </message>
    <message>
        <source>A good moment for a short stretch.</source>
        <translation>Buen momento para un estiramiento corto.</translation>
    </message>
    <message>
        <source>A good moment for “%1”.</source>
        <translation>Buen momento para “%1”.</translation>
    </message>
    <message>
        <source>A good moment for “%1” — it takes under a minute.</source>
        <translation>Buen momento para “%1”: lleva menos de un minuto.</translation>
    </message>
    <message numerus="yes">
        <source>A good moment for “%1” — about %n minute(s).</source>
        <translation>
            <numerusform>Buen momento para “%1”: alrededor de %n minuto.</numerusform>
            <numerusform>Buen momento para “%1”: unos %n minutos.</numerusform>
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
        <translation>Limber sigue funcionando en la bandeja del sistema para recordárselo; para cerrarlo, elija Salir de Limber en su menú.</translation>
    </message>
</context>
<context>
    <name>limber::RemindersSection</name>
    <message>
        <source>Reminders</source>
        <translation>Recordatorios</translation>
    </message>
    <message>
        <source>Re&amp;mind me to take stretch breaks</source>
        <translation>Recordarme hacer &amp;pausas para estirar</translation>
    </message>
    <message>
        <source>Remind me to take stretch breaks</source>
        <translation>Recordarme hacer pausas para estirar</translation>
    </message>
    <message>
        <source>When reminders come</source>
        <translation>Cuándo llegan los recordatorios</translation>
    </message>
    <message>
        <source>At set times of day</source>
        <translation>A horas fijas del día</translation>
    </message>
    <message>
        <source>Every so many minutes</source>
        <translation>Cada cierto número de minutos</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>Cuá&amp;ndo:</translation>
    </message>
    <message>
        <source>&amp;Days:</source>
        <translation>&amp;Días:</translation>
    </message>
    <message>
        <source>Most reminders a day</source>
        <translation>Máximo de recordatorios al día</translation>
    </message>
    <message>
        <source> a day</source>
        <translation> al día</translation>
    </message>
    <message>
        <source>At mo&amp;st:</source>
        <translation>Como &amp;máximo:</translation>
    </message>
    <message>
        <source>Routine a reminder offers</source>
        <translation>Rutina que ofrece el recordatorio</translation>
    </message>
    <message>
        <source>W&amp;hich routine:</source>
        <translation>Ru&amp;tina:</translation>
    </message>
    <message>
        <source>Start Limber when I lo&amp;g in</source>
        <translation>A&amp;brir Limber al iniciar sesión</translation>
    </message>
    <message>
        <source>Start Limber when I log in</source>
        <translation>Abrir Limber al iniciar sesión</translation>
    </message>
    <message>
        <source>Limber starts quietly in the background, so reminders come without opening it.</source>
        <translation>Limber se inicia discretamente en segundo plano, para que los recordatorios lleguen sin tener que abrirlo.</translation>
    </message>
    <message>
        <source>Reminder times</source>
        <translation>Horas de los recordatorios</translation>
    </message>
    <message>
        <source>Time to add</source>
        <translation>Hora que se añadirá</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>Añadi&amp;r</translation>
    </message>
    <message>
        <source>Add this time</source>
        <translation>Añadir esta hora</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Remove the selected time</source>
        <translation>Quitar la hora seleccionada</translation>
    </message>
    <message>
        <source>&amp;Times:</source>
        <translation>H&amp;oras:</translation>
    </message>
    <message>
        <source>Minutes between reminders</source>
        <translation>Minutos entre recordatorios</translation>
    </message>
    <message>
        <source> min</source>
        <comment>minutes</comment>
        <translation> min</translation>
    </message>
    <message>
        <source>&amp;Every:</source>
        <translation>&amp;Cada:</translation>
    </message>
    <message>
        <source>Reminders from</source>
        <translation>Recordatorios desde</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>D&amp;esde:</translation>
    </message>
    <message>
        <source>Reminders until</source>
        <translation>Recordatorios hasta</translation>
    </message>
    <message>
        <source>U&amp;ntil:</source>
        <translation>Ha&amp;sta:</translation>
    </message>
    <message>
        <source>Choose an end after the start: until then no reminders come.</source>
        <translation>Elija una hora de fin posterior a la de inicio: mientras tanto no llegará ningún recordatorio.</translation>
    </message>
</context>
<context>
    <name>limber::ReportCommand</name>
    <message>
        <source>--weeks takes a whole number of weeks from %1 to %2.</source>
        <translation>--weeks necesita un número entero de semanas entre %1 y %2.</translation>
    </message>
    <message>
        <source>--report needs the name of the PDF file to write.</source>
        <translation>--report necesita el nombre del archivo PDF que se va a escribir.</translation>
    </message>
</context>
<context>
    <name>limber::ReportPrinter</name>
    <message>
        <source>Export Progress Report</source>
        <translation>Exportar informe de progreso</translation>
    </message>
    <message>
        <source>Progress Report</source>
        <translation>Informe de progreso</translation>
    </message>
    <message>
        <source>The progress report is saved.</source>
        <translation>El informe de progreso se ha guardado.</translation>
    </message>
    <message>
        <source>There is nothing to report yet. A progress report can be made once a session has been recorded.</source>
        <translation>Todavía no hay nada que incluir en un informe. Podrá crear un informe de progreso cuando se haya registrado una sesión.</translation>
    </message>
    <message>
        <source>Progress report %1</source>
        <translation>Informe de progreso %1</translation>
    </message>
</context>
<context>
    <name>limber::RoutineController</name>
    <message>
        <source>Your routines are being read…</source>
        <translation>Leyendo sus rutinas…</translation>
    </message>
    <message>
        <source>Your history could not be opened, so your own routines cannot be kept. The bundled routines can still be started.</source>
        <translation>No se pudo abrir su historial, así que sus propias rutinas no se pueden conservar. Las rutinas incluidas se pueden seguir empezando.</translation>
    </message>
    <message>
        <source>Your routines cannot be changed: the history is not open.</source>
        <translation>Sus rutinas no se pueden cambiar: el historial no está abierto.</translation>
    </message>
    <message>
        <source>The routine “%1” is not there any more.</source>
        <translation>La rutina “%1” ya no existe.</translation>
    </message>
    <message>
        <source>“%1” already has %2 exercises, as many as a routine can hold.</source>
        <translation>“%1” ya tiene %2 ejercicios, el máximo que admite una rutina.</translation>
    </message>
    <message>
        <source>%1 (my copy)</source>
        <translation>%1 (mi copia)</translation>
    </message>
    <message>
        <source>Routines</source>
        <translation>Rutinas</translation>
    </message>
</context>
<context>
    <name>limber::RoutineEditor</name>
    <message>
        <source>Routine name</source>
        <translation>Nombre de la rutina</translation>
    </message>
    <message>
        <source>This routine comes with Limber and cannot be changed. Duplicate it to make your own version.</source>
        <translation>Esta rutina viene con Limber y no se puede cambiar. Duplíquela para crear su propia versión.</translation>
    </message>
    <message>
        <source>Exercises, in order</source>
        <translation>Ejercicios, por orden</translation>
    </message>
    <message>
        <source>Exercises in this routine</source>
        <translation>Ejercicios de esta rutina</translation>
    </message>
    <message>
        <source>Plan for the selected exercise</source>
        <translation>Plan del ejercicio seleccionado</translation>
    </message>
    <message>
        <source>Add an exercise, then choose how long and how often to hold it.</source>
        <translation>Añada un ejercicio y luego elija cuánto tiempo y cuántas veces mantenerlo.</translation>
    </message>
    <message>
        <source>&amp;Add exercise…</source>
        <translation>Añadir e&amp;jercicio…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove the selected exercise (Delete)</source>
        <translation>Quitar el ejercicio seleccionado (Supr)</translation>
    </message>
    <message>
        <source>Move u&amp;p</source>
        <translation>&amp;Subir</translation>
    </message>
    <message>
        <source>Move the selected exercise earlier (Alt+Up)</source>
        <translation>Subir el ejercicio seleccionado (Alt+Up)</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>&amp;Bajar</translation>
    </message>
    <message>
        <source>Move the selected exercise later (Alt+Down)</source>
        <translation>Bajar el ejercicio seleccionado (Alt+Down)</translation>
    </message>
    <message>
        <source>About this exercise</source>
        <translation>Sobre este ejercicio</translation>
    </message>
    <message>
        <source>What the selected exercise does and how to do it well (F1)</source>
        <translation>Para qué sirve el ejercicio seleccionado y cómo hacerlo bien (F1)</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n exercise(s)</source>
        <translation>
            <numerusform>%1 · %n ejercicio</numerusform>
            <numerusform>%1 · %n ejercicios</numerusform>
        </translation>
    </message>
    <message>
        <source>A routine holds at most %1 exercises.</source>
        <translation>Una rutina admite como máximo %1 ejercicios.</translation>
    </message>
    <message>
        <source>Select an exercise to change its plan.</source>
        <translation>Seleccione un ejercicio para cambiar su plan.</translation>
    </message>
    <message>
        <source>Add at least one exercise: a routine without exercises cannot be kept or started.</source>
        <translation>Añada al menos un ejercicio: una rutina sin ejercicios no se puede conservar ni empezar.</translation>
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
        <translation>Primero el derecho</translation>
    </message>
    <message>
        <source>Left first</source>
        <translation>Primero el izquierdo</translation>
    </message>
    <message numerus="yes">
        <source>%n hold(s) each side</source>
        <translation>
            <numerusform>%n mantenimiento por lado</numerusform>
            <numerusform>%n mantenimientos por lado</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hold(s)</source>
        <translation>
            <numerusform>%n mantenimiento</numerusform>
            <numerusform>%n mantenimientos</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2 s each</source>
        <translation>%1, de %2 s cada uno</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Ejercicio</translation>
    </message>
    <message>
        <source>Holds</source>
        <translation>Mantenimientos</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Get ready</source>
        <translation>Preparación</translation>
    </message>
    <message>
        <source>Switch</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>Rest after</source>
        <translation>Descanso después</translation>
    </message>
    <message>
        <source>First side</source>
        <translation>Primer lado</translation>
    </message>
    <message>
        <source>Sides</source>
        <translation>Lados</translation>
    </message>
    <message>
        <source>Set-up steps</source>
        <translation>Pasos de colocación</translation>
    </message>
</context>
<context>
    <name>limber::RoutineEdits</name>
    <message>
        <source>New routine</source>
        <translation>Nueva rutina</translation>
    </message>
    <message>
        <source>New routine “%1”</source>
        <translation>Nueva rutina “%1”</translation>
    </message>
    <message>
        <source>%1 (my copy)</source>
        <translation>%1 (mi copia)</translation>
    </message>
    <message>
        <source>Duplicate “%1”</source>
        <translation>Duplicar “%1”</translation>
    </message>
    <message>
        <source>Delete “%1”</source>
        <translation>Eliminar “%1”</translation>
    </message>
    <message>
        <source>Change “%1”</source>
        <translation>Cambiar “%1”</translation>
    </message>
    <message>
        <source>Rename “%1” to “%2”</source>
        <translation>Cambiar el nombre de “%1” a “%2”</translation>
    </message>
</context>
<context>
    <name>limber::RoutineFile</name>
    <message>
        <source>Limber could not write the routine to %1 (%2). Choose a folder you may write to, and check that the disk has free space.</source>
        <translation>Limber no pudo escribir la rutina en %1 (%2). Elija una carpeta en la que pueda escribir y compruebe que el disco tiene espacio libre.</translation>
    </message>
</context>
<context>
    <name>limber::RoutineListModel</name>
    <message>
        <source>comes with Limber</source>
        <translation>incluida en Limber</translation>
    </message>
    <message>
        <source>today&apos;s routine</source>
        <translation>rutina de hoy</translation>
    </message>
    <message>
        <source>No exercises yet; add one to keep this routine</source>
        <translation>Aún no tiene ejercicios; añada uno para conservar esta rutina</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Built in</source>
        <translation>Incluida</translation>
    </message>
</context>
<context>
    <name>limber::RoutineListPanel</name>
    <message>
        <source>Routines</source>
        <translation>Rutinas</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nueva</translation>
    </message>
    <message>
        <source>Make a new routine (Ctrl+N)</source>
        <translation>Crear una rutina nueva (Ctrl+N)</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>Dup&amp;licar</translation>
    </message>
    <message>
        <source>Make your own copy of the selected routine</source>
        <translation>Crear su propia copia de la rutina seleccionada</translation>
    </message>
    <message>
        <source>Rena&amp;me</source>
        <translation>Ca&amp;mbiar nombre</translation>
    </message>
    <message>
        <source>Change the routine&apos;s name (F2)</source>
        <translation>Cambiar el nombre de la rutina (F2)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Delete the selected routine (Delete); Ctrl+Z brings it back</source>
        <translation>Eliminar la rutina seleccionada (Supr); Ctrl+Z la recupera</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>Im&amp;portar…</translation>
    </message>
    <message>
        <source>Add a routine from a .json file</source>
        <translation>Añadir una rutina desde un archivo .json</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportar…</translation>
    </message>
    <message>
        <source>Save the selected routine as a .json file to share or keep</source>
        <translation>Guardar la rutina seleccionada como archivo .json para compartirla o conservarla</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Bring back what was just changed (Ctrl+Z)</source>
        <translation>Deshacer el último cambio (Ctrl+Z)</translation>
    </message>
</context>
<context>
    <name>limber::RoutinesPage</name>
    <message>
        <source>Routines</source>
        <translation>Rutinas</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Empezar</translation>
    </message>
    <message>
        <source>Start a session with this routine (Enter in the list)</source>
        <translation>Empezar una sesión con esta rutina (Intro en la lista)</translation>
    </message>
    <message>
        <source>Use as &amp;today&apos;s routine</source>
        <translation>Usar como rutina de ho&amp;y</translation>
    </message>
    <message>
        <source>The Today page and &quot;limber --start&quot; begin this routine</source>
        <translation>La página Hoy y &quot;limber --start&quot; empiezan esta rutina</translation>
    </message>
    <message>
        <source>Routine files (*.json)</source>
        <translation>Archivos de rutina (*.json)</translation>
    </message>
    <message>
        <source>Import a routine</source>
        <translation>Importar una rutina</translation>
    </message>
    <message>
        <source>Export the routine</source>
        <translation>Exportar la rutina</translation>
    </message>
    <message>
        <source>This is today&apos;s routine</source>
        <translation>Esta es la rutina de hoy</translation>
    </message>
    <message>
        <source>Deleted “%1”.</source>
        <translation>Se eliminó “%1”.</translation>
    </message>
</context>
<context>
    <name>limber::SafetyNotice</name>
    <message>
        <source>Safety notice</source>
        <translation>Aviso de seguridad</translation>
    </message>
    <message>
        <source>Before you stretch</source>
        <translation>Antes de estirar</translation>
    </message>
    <message>
        <source>I understand</source>
        <translation>Entendido</translation>
    </message>
    <message>
        <source>Quit Limber</source>
        <translation>Salir de Limber</translation>
    </message>
    <message>
        <source>Limber guides you through gentle stretches. It is not medical advice and does not replace your doctor or physiotherapist.</source>
        <translation>Limber le guía en estiramientos suaves. No es consejo médico y no sustituye a su médico ni a su fisioterapeuta.</translation>
    </message>
    <message>
        <source>Ask your doctor before you start a new routine.</source>
        <translation>Consulte a su médico antes de empezar una rutina nueva.</translation>
    </message>
    <message>
        <source>Move slowly, and only as far as is comfortable. A gentle pull is fine; forcing is not.</source>
        <translation>Muévase despacio y solo hasta donde le resulte cómodo. Notar un tirón suave está bien; forzar, no.</translation>
    </message>
    <message>
        <source>Stop if the pain is sharp, or if it keeps growing.</source>
        <translation>Pare si el dolor es agudo o si no deja de aumentar.</translation>
    </message>
</context>
<context>
    <name>limber::SelfReportPanel</name>
    <message>
        <source>Pain now, from 0 (none) to 10 (worst):</source>
        <translation>Dolor ahora, de 0 (nada) a 10 (el peor):</translation>
    </message>
    <message>
        <source>A note for your history (optional):</source>
        <translation>Una nota para su historial (opcional):</translation>
    </message>
    <message>
        <source>e.g. knees felt stiff</source>
        <translation>p. ej., notaba las rodillas rígidas</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>How far did you get?</source>
        <translation>¿Hasta dónde llegó?</translation>
    </message>
</context>
<context>
    <name>limber::SessionControls</name>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>Back to the start of this step</source>
        <translation>Volver al inicio de este paso</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Saltar</translation>
    </message>
    <message>
        <source>Skip to the next step</source>
        <translation>Saltar al paso siguiente</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Ayuda</translation>
    </message>
    <message>
        <source>How to do this exercise</source>
        <translation>Cómo hacer este ejercicio</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <source>Stop the session</source>
        <translation>Detener la sesión</translation>
    </message>
    <message>
        <source>It hurts — stop</source>
        <translation>Me duele — detener</translation>
    </message>
    <message>
        <source>It hurts: stop the session</source>
        <translation>Me duele: detener la sesión</translation>
    </message>
    <message>
        <source>Leave full screen, or stop the session</source>
        <translation>Salir de pantalla completa o detener la sesión</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reanudar</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <source>Resume the session</source>
        <translation>Reanudar la sesión</translation>
    </message>
    <message>
        <source>Pause the session</source>
        <translation>Poner en pausa la sesión</translation>
    </message>
    <message>
        <source>+%1 s</source>
        <translation>+%1 s</translation>
    </message>
    <message numerus="yes">
        <source>Add %n second(s) to this hold</source>
        <translation>
            <numerusform>Añadir %n segundo a este mantenimiento</numerusform>
            <numerusform>Añadir %n segundos a este mantenimiento</numerusform>
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
        <translation>Abriendo su historial… La sesión empieza enseguida.</translation>
    </message>
    <message>
        <source>The routine “%1” cannot be started: %2</source>
        <translation>La rutina “%1” no se puede empezar: %2</translation>
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
        <translation>Limber queda abierto en su página de inicio: elija allí una rutina o pulse Empezar.</translation>
    </message>
    <message>
        <source>A session is already running; finish or stop it to start another.</source>
        <translation>Ya hay una sesión en curso; termínela o deténgala para empezar otra.</translation>
    </message>
    <message>
        <source>Limber: some content was skipped</source>
        <translation>Limber: se omitió parte del contenido</translation>
    </message>
    <message>
        <source>Some of your own content files have problems and were not loaded. Everything else works. Fix the files, then start Limber again.</source>
        <translation>Algunos de sus propios archivos de contenido tienen problemas y no se cargaron. Todo lo demás funciona. Corrija los archivos y vuelva a iniciar Limber.</translation>
    </message>
</context>
<context>
    <name>limber::SessionList</name>
    <message>
        <source>Sessions of the weeks shown</source>
        <translation>Sesiones de las semanas mostradas</translation>
    </message>
    <message>
        <source>&amp;Delete Session…</source>
        <translation>E&amp;liminar sesión…</translation>
    </message>
</context>
<context>
    <name>limber::SessionPage</name>
    <message>
        <source>Guided session</source>
        <translation>Sesión guiada</translation>
    </message>
    <message>
        <source>Pain right now, 0–10 (optional)</source>
        <translation>Dolor ahora mismo, 0–10 (opcional)</translation>
    </message>
</context>
<context>
    <name>limber::SessionScreen</name>
    <message>
        <source>Instruction</source>
        <translation>Instrucción</translation>
    </message>
    <message>
        <source>Caution</source>
        <translation>Precaución</translation>
    </message>
    <message>
        <source>Spoken cue</source>
        <translation>Indicación hablada</translation>
    </message>
</context>
<context>
    <name>limber::SessionSummaryView</name>
    <message>
        <source>How to come out of the stretch</source>
        <translation>Cómo salir del estiramiento</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminar</translation>
    </message>
    <message>
        <source>Done: back to the start page</source>
        <translation>Terminar: volver a la página de inicio</translation>
    </message>
    <message>
        <source>Back to the start page (Enter)</source>
        <translation>Volver a la página de inicio (Intro)</translation>
    </message>
    <message>
        <source>No holds done this time</source>
        <translation>Esta vez no completó ningún mantenimiento</translation>
    </message>
    <message>
        <source>You skipped to the end without holding a stretch to its end, so this session does not count as done.</source>
        <translation>Saltó hasta el final sin completar ningún estiramiento, así que esta sesión no cuenta como hecha.</translation>
    </message>
    <message>
        <source>Well done</source>
        <translation>Muy bien</translation>
    </message>
    <message>
        <source>You reached the end of the routine, with some holds skipped or cut short.</source>
        <translation>Llegó al final de la rutina, con algunos mantenimientos saltados o acortados.</translation>
    </message>
    <message>
        <source>You finished the whole routine.</source>
        <translation>Completó toda la rutina.</translation>
    </message>
    <message>
        <source>Session stopped</source>
        <translation>Sesión detenida</translation>
    </message>
    <message>
        <source>You stopped before the end. What you held still counts.</source>
        <translation>Se detuvo antes del final. Lo que mantuvo sigue contando.</translation>
    </message>
    <message>
        <source>Stopped because it hurt</source>
        <translation>Detenida porque dolía</translation>
    </message>
    <message>
        <source>Rest now. If the pain is sharp or keeps growing, do not go on with the exercise and ask your doctor.</source>
        <translation>Descanse ahora. Si el dolor es agudo o no deja de aumentar, no siga con el ejercicio y consulte a su médico.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n hold(s)</source>
        <translation>
            <numerusform>%1: %n mantenimiento</numerusform>
            <numerusform>%1: %n mantenimientos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hold(s) done</source>
        <translation>
            <numerusform>%n mantenimiento completado</numerusform>
            <numerusform>%n mantenimientos completados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hold(s) cut short</source>
        <translation>
            <numerusform>%n mantenimiento acortado</numerusform>
            <numerusform>%n mantenimientos acortados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hold(s) skipped</source>
        <translation>
            <numerusform>%n mantenimiento saltado</numerusform>
            <numerusform>%n mantenimientos saltados</numerusform>
        </translation>
    </message>
    <message>
        <source>No holds this time.</source>
        <translation>Esta vez no hubo mantenimientos.</translation>
    </message>
    <message>
        <source>Time holding: %1</source>
        <translation>Tiempo de mantenimiento: %1</translation>
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
        <translation>Completada</translation>
    </message>
    <message>
        <source>Stopped early</source>
        <translation>Detenida antes</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Interrumpida</translation>
    </message>
    <message>
        <source>Running now</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Began</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Exercises</source>
        <translation>Ejercicios</translation>
    </message>
    <message>
        <source>Holds</source>
        <translation>Mantenimientos</translation>
    </message>
    <message>
        <source>Time held</source>
        <translation>Tiempo de mantenimiento</translation>
    </message>
    <message>
        <source>How it ended</source>
        <translation>Cómo terminó</translation>
    </message>
</context>
<context>
    <name>limber::Settings</name>
    <message>
        <source>Your settings could not be saved to %1: the file cannot be written. Check that the folder exists and that you may write to it.</source>
        <translation>Su configuración no se pudo guardar en %1: no se puede escribir en el archivo. Compruebe que la carpeta existe y que puede escribir en ella.</translation>
    </message>
    <message>
        <source>Your settings file %1 is damaged. Move it aside and restart Limber to start again with the defaults.</source>
        <translation>Su archivo de configuración %1 está dañado. Apártelo y reinicie Limber para empezar de nuevo con los valores predeterminados.</translation>
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
        <translation>Configuración</translation>
    </message>
    <message>
        <source>Test sound</source>
        <translation>Probar el sonido</translation>
    </message>
    <message>
        <source>Plays a tone and says a sample sentence at the chosen volume.</source>
        <translation>Reproduce un tono y dice una frase de ejemplo con el volumen elegido.</translation>
    </message>
    <message>
        <source>Sound</source>
        <translation>Sonido</translation>
    </message>
    <message>
        <source>Play a tone at each change</source>
        <translation>Reproducir un tono en cada cambio</translation>
    </message>
    <message>
        <source>Speak the instructions aloud</source>
        <translation>Decir las instrucciones en voz alta</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>Voz</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Predeterminada del sistema</translation>
    </message>
    <message>
        <source>&amp;Voice:</source>
        <translation>Vo&amp;z:</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volumen</translation>
    </message>
    <message>
        <source>V&amp;olume:</source>
        <translation>Vo&amp;lumen:</translation>
    </message>
    <message>
        <source>Countdown before a hold ends</source>
        <translation>Cuenta de los últimos segundos de cada mantenimiento</translation>
    </message>
    <message>
        <source>Spoken numbers</source>
        <translation>Números en voz alta</translation>
    </message>
    <message>
        <source>Tones</source>
        <translation>Tonos</translation>
    </message>
    <message>
        <source>&amp;Countdown:</source>
        <translation>Cuenta &amp;final:</translation>
    </message>
    <message>
        <source>Breathing</source>
        <translation>Respiración</translation>
    </message>
    <message>
        <source>Soft tones to breathe by</source>
        <translation>Tonos suaves para marcar la respiración</translation>
    </message>
    <message>
        <source>Breathe in, seconds</source>
        <translation>Inhalar, segundos</translation>
    </message>
    <message>
        <source>Breathe &amp;in:</source>
        <translation>In&amp;halar:</translation>
    </message>
    <message>
        <source>Breathe out, seconds</source>
        <translation>Exhalar, segundos</translation>
    </message>
    <message>
        <source>Breathe o&amp;ut:</source>
        <translation>E&amp;xhalar:</translation>
    </message>
    <message>
        <source>Show the breathing guide during holds</source>
        <translation>Mostrar la guía de respiración durante los mantenimientos</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Spoken instructions cannot be used on this computer.</source>
        <translation>Las instrucciones habladas no se pueden usar en este equipo.</translation>
    </message>
    <message>
        <source>Playing…</source>
        <translation>Reproduciendo…</translation>
    </message>
    <message>
        <source>Playing a tone and a sentence…</source>
        <translation>Reproduciendo un tono y una frase…</translation>
    </message>
    <message>
        <source>Playing a tone…</source>
        <translation>Reproduciendo un tono…</translation>
    </message>
    <message>
        <source>Saying a sentence…</source>
        <translation>Diciendo una frase…</translation>
    </message>
    <message>
        <source>Testing the sound…</source>
        <translation>Probando el sonido…</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>As the system (%1)</source>
        <translation>Igual que el sistema (%1)</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>Limber will be in %1 the next time it starts.</source>
        <translation>Limber estará en %1 la próxima vez que se inicie.</translation>
    </message>
</context>
<context>
    <name>limber::SheetPrinter</name>
    <message>
        <source>Export Routine Sheet</source>
        <translation>Exportar hoja de rutina</translation>
    </message>
    <message>
        <source>Routine Sheet</source>
        <translation>Hoja de rutina</translation>
    </message>
    <message>
        <source>The routine sheet is saved.</source>
        <translation>La hoja de rutina se ha guardado.</translation>
    </message>
    <message>
        <source>Print Routine Sheet</source>
        <translation>Imprimir hoja de rutina</translation>
    </message>
    <message>
        <source>Routine sheet</source>
        <translation>Hoja de rutina</translation>
    </message>
</context>
<context>
    <name>limber::ShortcutsWindow</name>
    <message>
        <source>Keyboard Shortcuts — Limber</source>
        <translation>Atajos de teclado — Limber</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <source>What they do</source>
        <translation>Qué hacen</translation>
    </message>
</context>
<context>
    <name>limber::SideBadge</name>
    <message>
        <source>Side</source>
        <translation>Lado</translation>
    </message>
</context>
<context>
    <name>limber::SpeechPreparation</name>
    <message>
        <source>No speech engine is installed.</source>
        <translation>No hay ningún motor de voz instalado.</translation>
    </message>
    <message>
        <source>No speech engine is installed, so cues are given by tones and on screen instead of by voice.</source>
        <translation>No hay ningún motor de voz instalado, así que las indicaciones se dan con tonos y en pantalla en lugar de con voz.</translation>
    </message>
    <message>
        <source>Cues are given by tones and on screen instead.</source>
        <translation>En su lugar, las indicaciones se dan con tonos y en pantalla.</translation>
    </message>
    <message>
        <source>No voice for %1 is installed (espeak-ng-data).</source>
        <translation>No hay ninguna voz instalada para %1 (espeak-ng-data).</translation>
    </message>
    <message>
        <source>The speech engine has no voice for %1, so cues are given by tones and on screen instead.</source>
        <translation>El motor de voz no tiene ninguna voz para %1, así que las indicaciones se dan con tonos y en pantalla.</translation>
    </message>
</context>
<context>
    <name>limber::StartPage</name>
    <message>
        <source>Today&apos;s routine</source>
        <translation>Rutina de hoy</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Empezar</translation>
    </message>
    <message>
        <source>Start the session</source>
        <translation>Empezar la sesión</translation>
    </message>
    <message>
        <source>Begin today&apos;s routine (Space or Enter)</source>
        <translation>Empezar la rutina de hoy (Espacio o Intro)</translation>
    </message>
    <message>
        <source>&amp;Change routine:</source>
        <translation>Ca&amp;mbiar de rutina:</translation>
    </message>
    <message>
        <source>Pain right now, from 0 (none) to 10 (worst) — optional:</source>
        <translation>Dolor ahora mismo, de 0 (nada) a 10 (el peor) — opcional:</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>No sessions yet. Your first one starts with a single press.</source>
        <translation>Aún no hay sesiones. La primera empieza con una sola pulsación.</translation>
    </message>
</context>
<context>
    <name>limber::StopConfirmation</name>
    <message>
        <source>Stop the session?</source>
        <translation>¿Detener la sesión?</translation>
    </message>
    <message>
        <source>Holds done so far are kept.</source>
        <translation>Los mantenimientos hechos hasta ahora se conservan.</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <source>Stop the session now</source>
        <translation>Detener la sesión ahora</translation>
    </message>
    <message>
        <source>Keep going</source>
        <translation>Seguir</translation>
    </message>
    <message>
        <source>Keep going with the session</source>
        <translation>Seguir con la sesión</translation>
    </message>
</context>
<context>
    <name>limber::TargetsDialog</name>
    <message>
        <source>Hold targets — %1</source>
        <translation>Objetivos de mantenimiento — %1</translation>
    </message>
    <message>
        <source>How long each hold lasts and how many holds each exercise has. Limber suggests a change when your sessions call for one; here you can set one yourself.</source>
        <translation>Cuánto dura cada mantenimiento y cuántos mantenimientos tiene cada ejercicio. Limber sugiere un cambio cuando sus sesiones lo aconsejan; aquí puede fijarlo usted.</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Ejercicio</translation>
    </message>
    <message>
        <source>Hold (seconds)</source>
        <translation>Duración (segundos)</translation>
    </message>
    <message>
        <source>Holds</source>
        <translation>Mantenimientos</translation>
    </message>
    <message>
        <source>Routine plan</source>
        <translation>Plan de la rutina</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Hold length for %1, in seconds</source>
        <translation>Duración del mantenimiento de %1, en segundos</translation>
    </message>
    <message>
        <source> each side</source>
        <translation> por lado</translation>
    </message>
    <message>
        <source>Holds on each side for %1</source>
        <translation>Mantenimientos por lado de %1</translation>
    </message>
    <message>
        <source>Holds for %1</source>
        <translation>Mantenimientos de %1</translation>
    </message>
    <message>
        <source>Go back to the routine&apos;s own plan</source>
        <translation>Volver al plan de la rutina</translation>
    </message>
    <message>
        <source>Use the routine plan for %1: %2</source>
        <translation>Usar el plan de la rutina para %1: %2</translation>
    </message>
</context>
<context>
    <name>limber::TimerRing</name>
    <message>
        <source>Time remaining</source>
        <translation>Tiempo restante</translation>
    </message>
    <message>
        <source>%1 remaining</source>
        <translation>Quedan %1</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>en pausa</translation>
    </message>
    <message>
        <source>remaining</source>
        <translation>restante</translation>
    </message>
</context>
<context>
    <name>limber::TrayIcon</name>
    <message>
        <source>Show Limber</source>
        <translation>Mostrar Limber</translation>
    </message>
    <message>
        <source>Start Routine</source>
        <translation>Empezar rutina</translation>
    </message>
    <message>
        <source>Snooze 10 minutes</source>
        <translation>Posponer 10 minutos</translation>
    </message>
    <message>
        <source>Skip today</source>
        <translation>Saltar hoy</translation>
    </message>
    <message>
        <source>Quit Limber</source>
        <translation>Salir de Limber</translation>
    </message>
    <message>
        <source>Limber</source>
        <translation>Limber</translation>
    </message>
    <message>
        <source>Hide Limber</source>
        <translation>Ocultar Limber</translation>
    </message>
    <message>
        <source>Start %1</source>
        <translation>Empezar %1</translation>
    </message>
</context>
<context>
    <name>limber::listNames</name>
    <message numerus="yes">
        <source> (and %n more)</source>
        <translation>
            <numerusform> (y %n más)</numerusform>
            <numerusform> (y %n más)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Try &apos;limber --help&apos;.</source>
        <translation>Pruebe &apos;limber --help&apos;.</translation>
    </message>
</context>
</TS>
