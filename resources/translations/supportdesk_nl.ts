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
    <name>MemberPicker</name>
    <message numerus="yes">
        <source>%n gekozen: </source>
        <translation>
            <numerusform>%n gekozen: </numerusform>
            <numerusform>%n gekozen: </numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NavigationBar</name>
    <message numerus="yes">
        <source>%n open</source>
        <extracomment>the counts read in a worker thread (``count_in_background``); a database that fails leaves no counts (the status bar says what is wrong)</extracomment>
        <translation>
            <numerusform>%n open</numerusform>
            <numerusform>%n open</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>waarvan %n te laat</source>
        <translation>
            <numerusform>waarvan %n te laat</numerusform>
            <numerusform>waarvan %n te laat</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n vragen aandacht</source>
        <translation>
            <numerusform>%n vraagt aandacht</numerusform>
            <numerusform>%n vragen aandacht</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n te bevestigen</source>
        <translation>
            <numerusform>%n te bevestigen</numerusform>
            <numerusform>%n te bevestigen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchBox</name>
    <message numerus="yes">
        <source>%n resultaten; gekozen: %1</source>
        <translation>
            <numerusform>%n resultaat; gekozen: %1</numerusform>
            <numerusform>%n resultaten; gekozen: %1</numerusform>
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
