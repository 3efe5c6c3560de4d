<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>DataCommands</name>
        <message numerus="yes">
            <source>Imported %Ln session(s)</source>
            <translation>
                <numerusform>Imported %Ln session</numerusform>
                <numerusform>Imported %Ln sessions</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln hold(s)</source>
            <translation>
                <numerusform>%Ln hold</numerusform>
                <numerusform>%Ln holds</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln session(s) were already in your history.</source>
            <translation>
                <numerusform>%Ln session was already in your history.</numerusform>
                <numerusform>%Ln sessions were already in your history.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ProgressText</name>
        <message numerus="yes">
            <source>You held every hold in your last %n session(s).</source>
            <translation>
                <numerusform>You held every hold in your last session.</numerusform>
                <numerusform>You held every hold in your last %n sessions.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>You held every hold in your last %n session(s) and your pain did not rise.</source>
            <translation>
                <numerusform>You held every hold in your last session and your pain did not rise.</numerusform>
                <numerusform>You held every hold in your last %n sessions and your pain did not rise.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Welcome back: it has been %n day(s) since you last did it.</source>
            <translation>
                <numerusform>Welcome back: it has been a day since you last did it.</numerusform>
                <numerusform>Welcome back: it has been %n days since you last did it.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ReportText</name>
        <message numerus="yes">
            <source>%n week(s)</source>
            <translation>
                <numerusform>%n week</numerusform>
                <numerusform>%n weeks</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n completed</source>
            <translation>
                <numerusform>%n completed</numerusform>
                <numerusform>%n completed</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n stopped (%1 for pain)</source>
            <translation>
                <numerusform>%n stopped (%1 for pain)</numerusform>
                <numerusform>%n stopped (%1 for pain)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n stopped</source>
            <translation>
                <numerusform>%n stopped</numerusform>
                <numerusform>%n stopped</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n interrupted</source>
            <translation>
                <numerusform>%n interrupted</numerusform>
                <numerusform>%n interrupted</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Best run: %n day(s)</source>
            <translation>
                <numerusform>Best run: %n day</numerusform>
                <numerusform>Best run: %n days</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>RoutineDuration</name>
        <message numerus="yes">
            <source>About %n minute(s)</source>
            <translation>
                <numerusform>About %n minute</numerusform>
                <numerusform>About %n minutes</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SessionCues</name>
        <message numerus="yes">
            <source>%1: step %2 of %n</source>
            <translation>
                <numerusform>%1: step %2 of %n</numerusform>
                <numerusform>%1: step %2 of %n</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Hold %1 of %n</source>
            <translation>
                <numerusform>Hold %1 of %n</numerusform>
                <numerusform>Hold %1 of %n</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Hold %1 of %n: %2</source>
            <translation>
                <numerusform>Hold %1 of %n: %2</numerusform>
                <numerusform>Hold %1 of %n: %2</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SessionDeletion</name>
        <message numerus="yes">
            <source>Delete the session of %1 (%2: %n hold(s), %3 held)?

It leaves your history, your charts and your streaks. A backup of your history is made first: File ▸ Restore a Backup brings it back.</source>
            <translation>
                <numerusform>Delete the session of %1 (%2: %n hold, %3 held)?

It leaves your history, your charts and your streaks. A backup of your history is made first: File ▸ Restore a Backup brings it back.</numerusform>
                <numerusform>Delete the session of %1 (%2: %n holds, %3 held)?

It leaves your history, your charts and your streaks. A backup of your history is made first: File ▸ Restore a Backup brings it back.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SessionLog</name>
        <message numerus="yes">
            <source>Limber could not save %1. %2 Limber keeps %n unsaved record(s) and saves them when you try again.</source>
            <translation>
                <numerusform>Limber could not save %1. %2 Limber keeps %n unsaved record and saves it when you try again.</numerusform>
                <numerusform>Limber could not save %1. %2 Limber keeps %n unsaved records and saves them when you try again.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SessionText</name>
        <message numerus="yes">
            <source>%1 · step %2 of %n</source>
            <translation>
                <numerusform>%1 · step %2 of %n</numerusform>
                <numerusform>%1 · step %2 of %n</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Hold %1 of %n</source>
            <translation>
                <numerusform>Hold %1 of %n</numerusform>
                <numerusform>Hold %1 of %n</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 · hold %2 of %n</source>
            <translation>
                <numerusform>%1 · hold %2 of %n</numerusform>
                <numerusform>%1 · hold %2 of %n</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Next: %1, step %2 of %n</source>
            <translation>
                <numerusform>Next: %1, step %2 of %n</numerusform>
                <numerusform>Next: %1, step %2 of %n</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Next: hold %1 of %n (%2)</source>
            <translation>
                <numerusform>Next: hold %1 of %n (%2)</numerusform>
                <numerusform>Next: hold %1 of %n (%2)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Next: hold %1 of %n, %2 (%3)</source>
            <translation>
                <numerusform>Next: hold %1 of %n, %2 (%3)</numerusform>
                <numerusform>Next: hold %1 of %n, %2 (%3)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SheetContentBuilder</name>
        <message numerus="yes">
            <source>%n hold(s) per side, %1 each</source>
            <translation>
                <numerusform>%n hold per side, %1 each</numerusform>
                <numerusform>%n holds per side, %1 each</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n hold(s), %1 each</source>
            <translation>
                <numerusform>%n hold, %1 each</numerusform>
                <numerusform>%n holds, %1 each</numerusform>
            </translation>
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
    </context>
    <context>
        <name>StorageMessages</name>
        <message numerus="yes">
            <source>%n session(s) ended unexpectedly last time; the holds recorded before that are kept and the session is marked as interrupted.</source>
            <translation>
                <numerusform>%n session ended unexpectedly last time; the holds recorded before that is kept and the session is marked as interrupted.</numerusform>
                <numerusform>%n sessions ended unexpectedly last time; the holds recorded before that are kept and the session is marked as interrupted.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>UnsavedQuit</name>
        <message numerus="yes">
            <source>%n hold(s) of your sessions are not saved yet.</source>
            <translation>
                <numerusform>%n hold of your sessions is not saved yet.</numerusform>
                <numerusform>%n holds of your sessions are not saved yet.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>limber::HistoryChartsPanel</name>
        <message numerus="yes">
            <source>Current streak: %n day(s) in a row</source>
            <translation>
                <numerusform>Current streak: %n day in a row</numerusform>
                <numerusform>Current streak: %n days in a row</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Best streak: %n day(s) in a row</source>
            <translation>
                <numerusform>Best streak: %n day in a row</numerusform>
                <numerusform>Best streak: %n days in a row</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>limber::HistoryController</name>
        <message numerus="yes">
            <source>%n hold(s) that could not be saved earlier are now in your history.</source>
            <translation>
                <numerusform>%n hold that could not be saved earlier is now in your history.</numerusform>
                <numerusform>%n holds that could not be saved earlier are now in your history.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n hold(s)</source>
            <translation>
                <numerusform>%n hold</numerusform>
                <numerusform>%n holds</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n minute(s) held</source>
            <translation>
                <numerusform>%n minute held</numerusform>
                <numerusform>%n minutes held</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>limber::HistoryTransfer</name>
        <message numerus="yes">
            <source>%Ln session(s)</source>
            <translation>
                <numerusform>%Ln session</numerusform>
                <numerusform>%Ln sessions</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln hold(s)</source>
            <translation>
                <numerusform>%Ln hold</numerusform>
                <numerusform>%Ln holds</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Added %Ln session(s)</source>
            <translation>
                <numerusform>Added %Ln session</numerusform>
                <numerusform>Added %Ln sessions</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln session(s) were already in your history.</source>
            <translation>
                <numerusform>%Ln session was already in your history.</numerusform>
                <numerusform>%Ln sessions were already in your history.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>limber::ReminderController</name>
        <message numerus="yes">
            <source>A good moment for “%1” — about %n minute(s).</source>
            <translation>
                <numerusform>A good moment for “%1” — about %n minute.</numerusform>
                <numerusform>A good moment for “%1” — about %n minutes.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>limber::RoutineEditor</name>
        <message numerus="yes">
            <source>%1 · %n exercise(s)</source>
            <translation>
                <numerusform>%1 · %n exercise</numerusform>
                <numerusform>%1 · %n exercises</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>limber::RoutineEditorModel</name>
        <message numerus="yes">
            <source>%n hold(s) each side</source>
            <translation>
                <numerusform>%n hold each side</numerusform>
                <numerusform>%n holds each side</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n hold(s)</source>
            <translation>
                <numerusform>%n hold</numerusform>
                <numerusform>%n holds</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>limber::SessionControls</name>
        <message numerus="yes">
            <source>Add %n second(s) to this hold</source>
            <translation>
                <numerusform>Add %n second to this hold</numerusform>
                <numerusform>Add %n seconds to this hold</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>limber::SessionSummaryView</name>
        <message numerus="yes">
            <source>%1: %n hold(s)</source>
            <translation>
                <numerusform>%1: %n hold</numerusform>
                <numerusform>%1: %n holds</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n hold(s) done</source>
            <translation>
                <numerusform>%n hold done</numerusform>
                <numerusform>%n holds done</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n hold(s) cut short</source>
            <translation>
                <numerusform>%n hold cut short</numerusform>
                <numerusform>%n holds cut short</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n hold(s) skipped</source>
            <translation>
                <numerusform>%n hold skipped</numerusform>
                <numerusform>%n holds skipped</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>limber::listNames</name>
        <message numerus="yes">
            <source> (and %n more)</source>
            <translation>
                <numerusform> (and %n more)</numerusform>
                <numerusform> (and %n more)</numerusform>
            </translation>
        </message>
    </context>
</TS>
