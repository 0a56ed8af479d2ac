<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_BE" sourcelanguage="nl_BE">
<context>
    <name>FilterBar</name>
    <message numerus="yes">
        <source>meer dan %n resultaten</source>
        <translation>
            <numerusform>meer dan %n resultaat</numerusform>
            <numerusform>meer dan %n resultaten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n resultaten</source>
        <translation>
            <numerusform>%n resultaat</numerusform>
            <numerusform>%n resultaten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message numerus="yes">
        <source>%n gebeurtenis(sen)</source>
        <translation>
            <numerusform>%n gebeurtenis</numerusform>
            <numerusform>%n gebeurtenissen</numerusform>
        </translation>
    </message>
</context>
</TS>
