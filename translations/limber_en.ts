<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
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
</context>
<context>
    <name>limber::StartPage</name>
    <message numerus="yes">
        <source>About %n minute(s)</source>
        <translation>
            <numerusform>About %n minute</numerusform>
            <numerusform>About %n minutes</numerusform>
        </translation>
    </message>
</context>
</TS>
