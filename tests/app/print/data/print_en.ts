<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
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
    <message numerus="yes">
        <source>About %n minute(s)</source>
        <translation>
            <numerusform>About %n minute</numerusform>
            <numerusform>About %n minutes</numerusform>
        </translation>
    </message>
</context>
</TS>
