<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="nl_BE">
<context>
    <name>AboutDialog</name>
    <message>
        <source>Over SupportDesk</source>
        <translation>About SupportDesk</translation>
    </message>
    <message>
        <source>CRM voor digitale inclusie bij lokale besturen</source>
        <translation>CRM for digital inclusion at local governments</translation>
    </message>
    <message>
        <source>Versie</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Versie:</source>
        <translation>Version:</translation>
    </message>
    <message>
        <source>Databank</source>
        <translation>Database</translation>
    </message>
    <message>
        <source>Databank:</source>
        <translation>Database:</translation>
    </message>
    <message>
        <source>onbekend</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>Schemaversie</source>
        <translation>Schema revision</translation>
    </message>
    <message>
        <source>Schemaversie:</source>
        <translation>Schema revision:</translation>
    </message>
    <message>
        <source>MIT-licentie</source>
        <translation>MIT licence</translation>
    </message>
    <message>
        <source>Licentie van SupportDesk</source>
        <translation>SupportDesk&apos;s licence</translation>
    </message>
    <message>
        <source>Licentie:</source>
        <translation>Licence:</translation>
    </message>
    <message>
        <source>DejaVu Sans: Bitstream Vera-licentie, DejaVu-wijzigingen in het publieke domein</source>
        <translation>DejaVu Sans: Bitstream Vera licence, DejaVu changes in the public domain</translation>
    </message>
    <message>
        <source>Licentie van de lettertypes</source>
        <translation>Licence of the fonts</translation>
    </message>
    <message>
        <source>Lettertypes:</source>
        <translation>Fonts:</translation>
    </message>
    <message>
        <source>Licentieteksten</source>
        <translation>Licence texts</translation>
    </message>
    <message>
        <source>&amp;Licentie</source>
        <translation>&amp;Licence</translation>
    </message>
    <message>
        <source>Lettert&amp;ypes</source>
        <translation>Fo&amp;nts</translation>
    </message>
</context>
<context>
    <name>Accessibility</name>
    <message>
        <source>Zoekterm wissen</source>
        <extracomment>the object name Qt gives the clear action of a line edit (qlineedit_p.cpp)</extracomment>
        <translation>Clear search</translation>
    </message>
</context>
<context>
    <name>ActivitiesPage</name>
    <message>
        <source>te bevestigen</source>
        <translation>to confirm</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Soort</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Onderwerp</source>
        <translation>Topic</translation>
    </message>
    <message>
        <source>Plaats</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Trekker · rol</source>
        <translation>Lead · role</translation>
    </message>
    <message>
        <source>Deelnemers</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Deelnemersuren</source>
        <translation>Participant hours</translation>
    </message>
    <message>
        <source>Besturen</source>
        <translation>Governments</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Feedback</translation>
    </message>
    <message>
        <source>in onderwerp, plaats, partner, feedback of notities</source>
        <translation>in topic, place, partner, feedback or notes</translation>
    </message>
    <message>
        <source>Fi&amp;lter:</source>
        <translation>Fi&amp;lter:</translation>
    </message>
    <message>
        <source>&amp;Jaar:</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <source>alle jaren</source>
        <translation>all years</translation>
    </message>
    <message>
        <source>alle soorten</source>
        <translation>all kinds</translation>
    </message>
    <message>
        <source>&amp;Soort:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation>Stat&amp;us:</translation>
    </message>
    <message>
        <source>altijd</source>
        <translation>always</translation>
    </message>
    <message>
        <source>Activiteiten</source>
        <translation>Activities</translation>
    </message>
    <message>
        <source>Nieuwe &amp;activiteit</source>
        <translation>New &amp;activity</translation>
    </message>
    <message>
        <source>&amp;Openen</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <source>Geen activiteiten die aan de filters voldoen.</source>
        <translation>No activities match the filters.</translation>
    </message>
    <message>
        <source>Nog geen activiteiten. Kies “Nieuwe activiteit” om een bijeenkomst, infosessie of opleiding te noteren.</source>
        <translation>No activities yet. Choose “New activity” to record a meeting, info session or training.</translation>
    </message>
    <message>
        <source>Activiteit</source>
        <translation>Activity</translation>
    </message>
</context>
<context>
    <name>ActivityEditor</name>
    <message>
        <source>Activiteit</source>
        <translation>Activity</translation>
    </message>
    <message>
        <source>Nieuwe activiteit</source>
        <translation>New activity</translation>
    </message>
    <message>
        <source>bv. infosessie digitale drempels in de zorg</source>
        <translation>e.g. info session on digital barriers in care</translation>
    </message>
    <message>
        <source>Enkel gehouden activiteiten tellen mee voor het actieplan.</source>
        <translation>Only activities that were held count for the action plan.</translation>
    </message>
    <message>
        <source>bv. 13:30</source>
        <translation>e.g. 13:30</translation>
    </message>
    <message>
        <source>bv. 16:00</source>
        <translation>e.g. 16:00</translation>
    </message>
    <message>
        <source>uren, bv. 2,5 (zonder begin- en einduur)</source>
        <translation>hours, e.g. 2.5 (without start and end time)</translation>
    </message>
    <message>
        <source>On&amp;line</source>
        <translation>Onl&amp;ine</translation>
    </message>
    <message>
        <source>adres of zaal</source>
        <translation>address or room</translation>
    </message>
    <message>
        <source>https://… (opname van een online bijeenkomst)</source>
        <translation>https://… (recording of an online meeting)</translation>
    </message>
    <message>
        <source>&amp;Soort:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <source>St&amp;atus:</source>
        <translation>St&amp;atus:</translation>
    </message>
    <message>
        <source>&amp;Van:</source>
        <translation>&amp;From:</translation>
    </message>
    <message>
        <source>&amp;Tot:</source>
        <translation>&amp;To:</translation>
    </message>
    <message>
        <source>Vorm:</source>
        <translation>Form:</translation>
    </message>
    <message>
        <source>&amp;Plaats:</source>
        <translation>&amp;Place:</translation>
    </message>
    <message>
        <source>welke partner?</source>
        <translation>which partner?</translation>
    </message>
    <message>
        <source>bv. 23</source>
        <translation>e.g. 23</translation>
    </message>
    <message>
        <source>leeg: deelnemers × duur</source>
        <translation>empty: participants × duration</translation>
    </message>
    <message>
        <source>Deelnemersuren berekend</source>
        <translation>Participant hours computed</translation>
    </message>
    <message>
        <source>Rol van het team:</source>
        <translation>Team&apos;s role:</translation>
    </message>
    <message>
        <source>T&amp;hema&apos;s:</source>
        <translation>The&amp;mes:</translation>
    </message>
    <message>
        <source>Deelnemers&amp;uren:</source>
        <translation>Participant ho&amp;urs:</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Feedback</translation>
    </message>
    <message>
        <source>gemiddelde van 1 tot 5, bv. 4,3</source>
        <translation>average from 1 to 5, e.g. 4.3</translation>
    </message>
    <message>
        <source>bv. 12</source>
        <translation>e.g. 12</translation>
    </message>
    <message>
        <source>&amp;Score:</source>
        <translation>S&amp;core:</translation>
    </message>
    <message>
        <source>&amp;Aantal antwoorden:</source>
        <translation>Number of &amp;responses:</translation>
    </message>
    <message>
        <source>&amp;Wat zeiden de deelnemers:</source>
        <translation>&amp;What participants said:</translation>
    </message>
    <message>
        <source>Deelnemers</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Opna&amp;me:</source>
        <translation>Recordin&amp;g:</translation>
    </message>
    <message>
        <source>Trek&amp;ker:</source>
        <translation>&amp;Lead:</translation>
    </message>
    <message>
        <source>Partne&amp;r:</source>
        <translation>Pa&amp;rtner:</translation>
    </message>
    <message>
        <source>T&amp;eamleden:</source>
        <translation>Team mem&amp;bers:</translation>
    </message>
    <message>
        <source>Not&amp;ities:</source>
        <translation>&amp;Notes:</translation>
    </message>
    <message>
        <source>Aantal dee&amp;lnemers:</source>
        <translation>Number of partic&amp;ipants:</translation>
    </message>
    <message>
        <source>Opvolgacties</source>
        <translation>Follow-up actions</translation>
    </message>
    <message>
        <source>Bewaar de activiteit eerst; daarna vul je dit hier aan.</source>
        <translation>Save the activity first; then fill this in here.</translation>
    </message>
    <message>
        <source>Onder&amp;werp:</source>
        <translation>T&amp;opic:</translation>
    </message>
    <message>
        <source>Dat&amp;um:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>&amp;Duur:</source>
        <translation>D&amp;uration:</translation>
    </message>
    <message>
        <source>link of platform</source>
        <translation>link or platform</translation>
    </message>
    <message>
        <source>%1 deelnemersuren (ingevuld)</source>
        <translation>%1 participant hours (entered)</translation>
    </message>
    <message>
        <source>%1 deelnemers × %2 uur = %3 deelnemersuren</source>
        <translation>%1 participants × %2 hours = %3 participant hours</translation>
    </message>
    <message>
        <source>Vul het aantal deelnemers en de duur in.</source>
        <translation>Fill in the number of participants and the duration.</translation>
    </message>
    <message>
        <source>Activiteit van %1: %2</source>
        <translation>Activity of %1: %2</translation>
    </message>
    <message>
        <source>Het onderwerp is verplicht.</source>
        <translation>The topic is required.</translation>
    </message>
    <message>
        <source>Kies een soort activiteit.</source>
        <translation>Choose a kind of activity.</translation>
    </message>
</context>
<context>
    <name>ActivityKindEditor</name>
    <message>
        <source>Nieuwe soort activiteit</source>
        <translation>New kind of activity</translation>
    </message>
    <message>
        <source>bv. OD 1.2</source>
        <translation>e.g. OD 1.2</translation>
    </message>
    <message>
        <source>&amp;Naam:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Plan:</source>
        <translation>&amp;Plan:</translation>
    </message>
    <message>
        <source>Meestal &amp;getrokken door:</source>
        <translation>Usually &amp;led by:</translation>
    </message>
    <message>
        <source>Soort activiteit: %1</source>
        <translation>Kind of activity: %1</translation>
    </message>
    <message>
        <source>De naam is verplicht.</source>
        <translation>The name is required.</translation>
    </message>
</context>
<context>
    <name>ActivityKindsPanel</name>
    <message>
        <source>Soorten activiteit</source>
        <translation>Kinds of activity</translation>
    </message>
    <message>
        <source>Soort</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Meestal getrokken door</source>
        <translation>Usually led by</translation>
    </message>
    <message>
        <source>Nog geen soorten activiteit.</source>
        <translation>No kinds of activity yet.</translation>
    </message>
    <message>
        <source>&amp;Nieuwe soort…</source>
        <translation>&amp;New kind…</translation>
    </message>
    <message>
        <source>Be&amp;werken…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>&amp;Archiveren</source>
        <translation>&amp;Archive</translation>
    </message>
    <message>
        <source>(gearchiveerd)</source>
        <translation>(archived)</translation>
    </message>
    <message>
        <source>Terug &amp;actief</source>
        <translation>Make &amp;active again</translation>
    </message>
    <message>
        <source>Soort activiteit</source>
        <translation>Kind of activity</translation>
    </message>
</context>
<context>
    <name>ActivityParticipantsPanel</name>
    <message>
        <source>Nog geen deelnemers bij naam. Noteer hier, waar bekend, welke besturen en personen er waren.</source>
        <translation>No participants by name yet. Note here, where known, which governments and people came.</translation>
    </message>
    <message>
        <source>Deelnemers bij naam</source>
        <translation>Participants by name</translation>
    </message>
    <message>
        <source>&amp;Toevoegen</source>
        <translation>A&amp;dd</translation>
    </message>
    <message>
        <source>Lokaal bestuur dat deelnam</source>
        <translation>Local government that took part</translation>
    </message>
    <message>
        <source>Contactpersoon die deelnam</source>
        <translation>Contact person who took part</translation>
    </message>
    <message>
        <source>&amp;Wie kwam:</source>
        <translation>&amp;Who came:</translation>
    </message>
</context>
<context>
    <name>ActivityStatus</name>
    <message>
        <source>Geh&amp;ouden…</source>
        <translation>H&amp;eld…</translation>
    </message>
    <message>
        <source>Gea&amp;nnuleerd…</source>
        <translation>&amp;Cancelled…</translation>
    </message>
    <message>
        <source>Herplannen…</source>
        <translation>Reschedule…</translation>
    </message>
    <message>
        <source>Op welke datum werd de activiteit gehouden?</source>
        <translation>On what date was the activity held?</translation>
    </message>
    <message>
        <source>Op welke datum werd de activiteit geannuleerd?</source>
        <translation>On what date was the activity cancelled?</translation>
    </message>
    <message>
        <source>Op welke datum werd de activiteit opnieuw ingepland?</source>
        <translation>On what date was the activity rescheduled?</translation>
    </message>
    <message>
        <source>%1 op %2</source>
        <translation>%1 on %2</translation>
    </message>
    <message>
        <source>de datum is voorbij: gehouden of geannuleerd?</source>
        <translation>the date has passed: held or cancelled?</translation>
    </message>
</context>
<context>
    <name>ActivityTime</name>
    <message>
        <source>Schrijf een uur als 14:30.</source>
        <translation>Write a time as 14:30.</translation>
    </message>
    <message>
        <source>Geen bestaand uur: schrijf het als 14:30.</source>
        <translation>Not an existing time: write it as 14:30.</translation>
    </message>
    <message>
        <source>Schrijf een getal, bv. 2,5.</source>
        <translation>Write a number, e.g. 2.5.</translation>
    </message>
    <message>
        <source>Schrijf een aantal uren als 2,5 of 2:30.</source>
        <translation>Write a number of hours as 2.5 or 2:30.</translation>
    </message>
    <message>
        <source>Schrijf een geheel getal, bv. 23.</source>
        <translation>Write a whole number, e.g. 23.</translation>
    </message>
</context>
<context>
    <name>AdminPage</name>
    <message>
        <source>Beheer</source>
        <translation>Administration</translation>
    </message>
    <message>
        <source>&amp;Team</source>
        <translation>&amp;Team</translation>
    </message>
    <message>
        <source>Thema&apos;s en too&amp;ls</source>
        <translation>Themes and too&amp;ls</translation>
    </message>
    <message>
        <source>Jaar&amp;plan</source>
        <translation>&amp;Year plan</translation>
    </message>
    <message>
        <source>L&amp;okale besturen</source>
        <translation>L&amp;ocal governments</translation>
    </message>
</context>
<context>
    <name>AdviceTalkEditor</name>
    <message>
        <source>Nieuw adviesgesprek</source>
        <translation>New advice talk</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>niet ingevuld</source>
        <translation>not filled in</translation>
    </message>
    <message>
        <source>Bestaande opvolgacties</source>
        <translation>Existing follow-up actions</translation>
    </message>
    <message>
        <source>&amp;Idee voor een infosessie</source>
        <translation>&amp;Idea for an info session</translation>
    </message>
    <message>
        <source>welke infosessie?</source>
        <translation>which info session?</translation>
    </message>
    <message>
        <source>welk dossier?</source>
        <translation>which dossier?</translation>
    </message>
    <message>
        <source>waarover, voor wie?</source>
        <translation>about what, for whom?</translation>
    </message>
    <message>
        <source>&amp;Ervaren bestuur betrokken:</source>
        <translation>&amp;Experienced government involved:</translation>
    </message>
    <message>
        <source>Ervaren lokaal bestuur dat betrokken werd</source>
        <translation>Experienced local government that was brought in</translation>
    </message>
    <message>
        <source>geen (of typ een naam)</source>
        <translation>none (or type a name)</translation>
    </message>
    <message>
        <source>&amp;Lokaal bestuur:</source>
        <translation>&amp;Local government:</translation>
    </message>
    <message>
        <source>&amp;Datum:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>&amp;Kanaal:</source>
        <translation>&amp;Channel:</translation>
    </message>
    <message>
        <source>D&amp;uur:</source>
        <translation>D&amp;uration:</translation>
    </message>
    <message>
        <source>&amp;Medewerkers:</source>
        <translation>Team &amp;members:</translation>
    </message>
    <message>
        <source>&amp;Vraag:</source>
        <translation>&amp;Question:</translation>
    </message>
    <message>
        <source>&amp;Advies:</source>
        <translation>&amp;Advice:</translation>
    </message>
    <message>
        <source>&amp;Thema&apos;s:</source>
        <translation>&amp;Themes:</translation>
    </message>
    <message>
        <source>Aanbevolen t&amp;ools:</source>
        <translation>&amp;Recommended tools:</translation>
    </message>
    <message>
        <source>O&amp;pvolgacties:</source>
        <translation>Follow-u&amp;p actions:</translation>
    </message>
    <message>
        <source>Vlaggen uit het actieplan:</source>
        <translation>Flags from the action plan:</translation>
    </message>
    <message>
        <source>&amp;Notities:</source>
        <translation>&amp;Notes:</translation>
    </message>
    <message>
        <source>Tra&amp;ject starten…</source>
        <translation>Start a tra&amp;jectory…</translation>
    </message>
    <message>
        <source>Een traject starten: bestuur, contactpersonen en thema&apos;s gaan mee</source>
        <translation>Start a trajectory: government, contact persons and themes carry over</translation>
    </message>
    <message>
        <source>Adviesgesprek van %1 met %2</source>
        <translation>Advice talk of %1 with %2</translation>
    </message>
    <message>
        <source>Tra&amp;ject openen</source>
        <translation>Open tra&amp;jectory</translation>
    </message>
    <message>
        <source>De vraag is verplicht.</source>
        <translation>The question is required.</translation>
    </message>
    <message>
        <source>Kies het ervaren bestuur uit de lijst.</source>
        <translation>Choose the experienced government from the list.</translation>
    </message>
    <message>
        <source>Bijlagen:</source>
        <translation>Attachments:</translation>
    </message>
    <message>
        <source>Nieu&amp;we contactpersoon…</source>
        <translation>Ne&amp;w contact person…</translation>
    </message>
    <message>
        <source>Input voor een beleid&amp;sdossier</source>
        <translation>Input for a polic&amp;y dossier</translation>
    </message>
    <message>
        <source>Signaal voor een ander bestuur o&amp;f dienstverlener</source>
        <translation>Si&amp;gnal for another government or service provider</translation>
    </message>
    <message>
        <source>Contactpe&amp;rsonen:</source>
        <translation>C&amp;ontact persons:</translation>
    </message>
    <message>
        <source>onbekende afzender</source>
        <translation>unknown sender</translation>
    </message>
    <message>
        <source>Nieuw adviesgesprek uit e-mail van %1</source>
        <translation>New advice talk from an e-mail by %1</translation>
    </message>
</context>
<context>
    <name>AdviceTalksPage</name>
    <message>
        <source>Datum</source>
        <extracomment>counting stops here (&quot;meer dan 500 resultaten&quot;): an exact count of a broad filter at 100,000 talks would cost more than the page itself</extracomment>
        <translation>Date</translation>
    </message>
    <message>
        <source>Lokaal bestuur</source>
        <translation>Local government</translation>
    </message>
    <message>
        <source>Kanaal</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Duur</source>
        <translation>Duration</translation>
    </message>
    <message>
        <source>Vraag</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Thema&apos;s</source>
        <translation>Themes</translation>
    </message>
    <message>
        <source>Medewerkers</source>
        <translation>Team members</translation>
    </message>
    <message>
        <source>Open acties</source>
        <translation>Open actions</translation>
    </message>
    <message>
        <source>Vlaggen</source>
        <translation>Flags</translation>
    </message>
    <message>
        <source>in vraag, advies, notities of bestuur</source>
        <translation>in question, advice, notes or government</translation>
    </message>
    <message>
        <source>Fi&amp;lter:</source>
        <translation>Fi&amp;lter:</translation>
    </message>
    <message>
        <source>&amp;Jaar:</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <source>alle jaren</source>
        <translation>all years</translation>
    </message>
    <message>
        <source>B&amp;estuur:</source>
        <translation>Go&amp;vernment:</translation>
    </message>
    <message>
        <source>alle besturen</source>
        <translation>all governments</translation>
    </message>
    <message>
        <source>alle thema&apos;s</source>
        <translation>all themes</translation>
    </message>
    <message>
        <source>&amp;Thema:</source>
        <translation>The&amp;me:</translation>
    </message>
    <message>
        <source>&amp;Medewerker:</source>
        <translation>&amp;Team member:</translation>
    </message>
    <message>
        <source>iedereen</source>
        <translation>everyone</translation>
    </message>
    <message>
        <source>&amp;Kanaal:</source>
        <translation>&amp;Channel:</translation>
    </message>
    <message>
        <source>alle</source>
        <translation>all</translation>
    </message>
    <message>
        <source>&amp;Vlag:</source>
        <translation>Fl&amp;ag:</translation>
    </message>
    <message>
        <source>Adviesgesprekken</source>
        <translation>Advice talks</translation>
    </message>
    <message>
        <source>&amp;Nieuw adviesgesprek (Ctrl+N)</source>
        <translation>&amp;New advice talk (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Openen</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <source>Geen adviesgesprekken die aan de filters voldoen. Filters wissen (Alt+W) toont ze alle.</source>
        <translation>No advice talks match the filters. Clear filters (Alt+E) shows them all.</translation>
    </message>
    <message>
        <source>Nog geen adviesgesprekken. Druk Ctrl+N om er een te noteren.</source>
        <translation>No advice talks yet. Press Ctrl+N to log one.</translation>
    </message>
    <message>
        <source>Adviesgesprek</source>
        <translation>Advice talk</translation>
    </message>
</context>
<context>
    <name>Archiving</name>
    <message>
        <source>Archiveren</source>
        <translation>Archive</translation>
    </message>
    <message>
        <source>Terugzetten uit archief</source>
        <translation>Bring back from the archive</translation>
    </message>
    <message>
        <source>Gearchiveerd: staat niet meer in de dagelijkse lijsten en telt nog mee. Terug te vinden met “Toon gearchiveerd”.</source>
        <translation>Archived: no longer in the daily lists, still counted. Found again with “Show archived”.</translation>
    </message>
    <message>
        <source>Niet meer actief</source>
        <translation>No longer active</translation>
    </message>
    <message>
        <source>Weer actief maken</source>
        <translation>Make active again</translation>
    </message>
    <message>
        <source>Niet meer actief: wordt niet meer aangeboden bij nieuwe records; bestaande records houden deze persoon.</source>
        <translation>No longer active: no longer offered for new records; existing records keep this person.</translation>
    </message>
</context>
<context>
    <name>AttachmentsPanel</name>
    <message>
        <source>%1 is een map; voeg de bestanden erin zelf toe. Er is niets toegevoegd.</source>
        <translation>%1 is a folder; add the files in it themselves. Nothing was added.</translation>
    </message>
    <message>
        <source>%1 is geen gewoon bestand (meer). Er is niets toegevoegd.</source>
        <translation>%1 is not a regular file (any more). Nothing was added.</translation>
    </message>
    <message>
        <source>Bijlagen</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <source>Enter opent een bestand; Delete verwijdert het. Sleep bestanden hierheen.</source>
        <translation>Enter opens a file; Delete removes it. Drag files here.</translation>
    </message>
    <message>
        <source>Nog geen bijlagen. Sleep bestanden hierheen of voeg ze toe.</source>
        <translation>No attachments yet. Drag files here or add them.</translation>
    </message>
    <message>
        <source>Bestand toevoegen…</source>
        <translation>Add file…</translation>
    </message>
    <message>
        <source>Openen</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Verwijderen…</source>
        <translation>Remove…</translation>
    </message>
    <message>
        <source>Bestanden toevoegen</source>
        <translation>Add files</translation>
    </message>
    <message>
        <source>Geen programma gevonden om %1 te openen.</source>
        <translation>No application found to open %1.</translation>
    </message>
    <message>
        <source>Bijlage verwijderen</source>
        <translation>Remove attachment</translation>
    </message>
    <message>
        <source>%1 verwijderen? Het bestand is daarna niet meer in SupportDesk.</source>
        <translation>Remove %1? The file will no longer be in SupportDesk.</translation>
    </message>
    <message>
        <source>%1 (%2, %3, %4)</source>
        <translation>%1 (%2, %3, %4)</translation>
    </message>
    <message>
        <source>%1 (%2, nog niet bewaard)</source>
        <translation>%1 (%2, not saved yet)</translation>
    </message>
</context>
<context>
    <name>AudienceDialog</name>
    <message>
        <source>Focusgroeprapport als PDF</source>
        <translation>Focus group report as PDF</translation>
    </message>
    <message>
        <source>Voor wie is het rapport van %1?</source>
        <translation>Who is the report of %1 for?</translation>
    </message>
    <message>
        <source>Voor de &amp;deelnemers</source>
        <translation>For the &amp;participants</translation>
    </message>
    <message>
        <source>Deelnemende besturen, tools en bevindingen, noden en afgesproken stappen; geen afwezigheden per persoon, geen feedback, geen interne notities.</source>
        <translation>Participating governments, tools and findings, needs and agreed next steps; no individual absences, no feedback, no internal notes.</translation>
    </message>
    <message>
        <source>&amp;Intern</source>
        <translation>&amp;Internal</translation>
    </message>
    <message>
        <source>Alles, ook aanwezigheid, feedback en notities; elke pagina draagt “Intern document”.</source>
        <translation>Everything, including attendance, feedback and notes; every page carries “Internal document”.</translation>
    </message>
    <message>
        <source>&amp;Verder…</source>
        <translation>&amp;Continue…</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>BackupSetting</name>
    <message>
        <source>Aantal reservekopieën bij het starten</source>
        <translation>Number of backups made at start</translation>
    </message>
    <message>
        <source>Bij elke start wordt een kopie van de databank bewaard; oudere vallen weg.</source>
        <translation>Each start keeps a copy of the database; older ones are removed.</translation>
    </message>
    <message>
        <source>&amp;Reservekopieën bewaren:</source>
        <translation>&amp;Backups to keep:</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <source>geen gegevens</source>
        <translation>no data</translation>
    </message>
</context>
<context>
    <name>CatalogueTab</name>
    <message>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Beschrijving</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>&amp;Nieuw thema…</source>
        <translation>&amp;New theme…</translation>
    </message>
    <message>
        <source>Th&amp;ema&apos;s</source>
        <translation>Th&amp;emes</translation>
    </message>
    <message>
        <source>Toon gearch&amp;iveerd</source>
        <translation>Show arch&amp;ived</translation>
    </message>
    <message>
        <source>Tools, gidsen en publi&amp;caties</source>
        <translation>Tools, guides and publi&amp;cations</translation>
    </message>
    <message>
        <source>Soort</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Eigenaar</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>Toon gea&amp;rchiveerd</source>
        <translation>Show a&amp;rchived</translation>
    </message>
    <message>
        <source>Nieu&amp;we tool…</source>
        <translation>Ne&amp;w tool…</translation>
    </message>
</context>
<context>
    <name>ChangeLog</name>
    <message>
        <source>aangemaakt</source>
        <translation>created</translation>
    </message>
    <message>
        <source>gewijzigd</source>
        <translation>changed</translation>
    </message>
    <message>
        <source>gearchiveerd</source>
        <translation>archived</translation>
    </message>
    <message>
        <source>teruggezet uit archief</source>
        <translation>restored from archive</translation>
    </message>
    <message>
        <source>verwijderd</source>
        <translation>deleted</translation>
    </message>
    <message>
        <source>persoonsgegevens gewist</source>
        <translation>personal data erased</translation>
    </message>
    <message>
        <source>voornaam</source>
        <translation>first name</translation>
    </message>
    <message>
        <source>familienaam</source>
        <translation>last name</translation>
    </message>
    <message>
        <source>functie</source>
        <translation>role</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <source>telefoon</source>
        <translation>phone</translation>
    </message>
    <message>
        <source>notities</source>
        <translation>notes</translation>
    </message>
    <message>
        <source>actief</source>
        <translation>active</translation>
    </message>
    <message>
        <source>naam</source>
        <translation>name</translation>
    </message>
    <message>
        <source>datum</source>
        <translation>date</translation>
    </message>
    <message>
        <source>kanaal</source>
        <translation>channel</translation>
    </message>
    <message>
        <source>vraag</source>
        <translation>question</translation>
    </message>
    <message>
        <source>advies</source>
        <translation>advice</translation>
    </message>
    <message>
        <source>lokaal bestuur</source>
        <translation>local government</translation>
    </message>
    <message>
        <source>contactpersonen</source>
        <translation>contact persons</translation>
    </message>
    <message>
        <source>medewerkers</source>
        <translation>team members</translation>
    </message>
    <message>
        <source>thema&apos;s</source>
        <translation>themes</translation>
    </message>
    <message>
        <source>tools</source>
        <translation>tools</translation>
    </message>
    <message>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <source>omschrijving</source>
        <translation>description</translation>
    </message>
    <message>
        <source>vervaldatum</source>
        <translation>due date</translation>
    </message>
    <message>
        <source>afgehandeld op</source>
        <translation>done on</translation>
    </message>
    <message>
        <source>inactief sinds</source>
        <translation>inactive since</translation>
    </message>
    <message>
        <source>duur (minuten)</source>
        <translation>duration (minutes)</translation>
    </message>
    <message>
        <source>idee voor infosessie</source>
        <translation>info session idea</translation>
    </message>
    <message>
        <source>input voor beleidsdossier</source>
        <translation>policy dossier input</translation>
    </message>
    <message>
        <source>signaal</source>
        <translation>signal</translation>
    </message>
    <message>
        <source>ervaren bestuur</source>
        <translation>experienced government</translation>
    </message>
    <message>
        <source>startpositie</source>
        <translation>starting position</translation>
    </message>
    <message>
        <source>eigenaar</source>
        <translation>owner</translation>
    </message>
    <message>
        <source>startdatum</source>
        <translation>start date</translation>
    </message>
    <message>
        <source>einddatum</source>
        <translation>end date</translation>
    </message>
    <message>
        <source>titel</source>
        <translation>title</translation>
    </message>
    <message>
        <source>onderwerp</source>
        <translation>topic</translation>
    </message>
    <message>
        <source>score</source>
        <translation>score</translation>
    </message>
    <message>
        <source>tekst</source>
        <translation>text</translation>
    </message>
    <message>
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>nee</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Wanneer</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Wie</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Wat</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Wijzigingsgeschiedenis</source>
        <translation>Change history</translation>
    </message>
    <message>
        <source>Nog geen wijzigingen bewaard.</source>
        <translation>No changes saved yet.</translation>
    </message>
    <message>
        <source>Geschiedenis</source>
        <translation>History</translation>
    </message>
    <message>
        <source>&amp;Sluiten</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>&amp;Geschiedenis…</source>
        <translation>&amp;History…</translation>
    </message>
    <message>
        <source>Wie wijzigde wat en wanneer</source>
        <translation>Who changed what, and when</translation>
    </message>
</context>
<context>
    <name>CommunicationPage</name>
    <message>
        <source>Gepubliceerd</source>
        <translation>Published</translation>
    </message>
    <message>
        <source>Soort</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Over / medium</source>
        <translation>About / medium</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>in titel, medium, items of notities</source>
        <translation>in title, medium, items or notes</translation>
    </message>
    <message>
        <source>Fi&amp;lter:</source>
        <translation>Fi&amp;lter:</translation>
    </message>
    <message>
        <source>alle soorten</source>
        <translation>all kinds</translation>
    </message>
    <message>
        <source>&amp;Soort:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <source>&amp;Jaar:</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <source>alle jaren</source>
        <translation>all years</translation>
    </message>
    <message>
        <source>Publicaties</source>
        <translation>Publications</translation>
    </message>
    <message>
        <source>Nieuwe &amp;publicatie</source>
        <translation>New &amp;publication</translation>
    </message>
    <message>
        <source>&amp;Openen</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <source>Leden van het netwerk</source>
        <translation>Network members</translation>
    </message>
    <message>
        <source>Communicatie</source>
        <translation>Communication</translation>
    </message>
    <message>
        <source>Geen publicaties die aan de filters voldoen.</source>
        <translation>No publications match the filters.</translation>
    </message>
    <message>
        <source>Nog geen publicaties. Kies “Nieuwe publicatie” voor een goede praktijk, een artikel, een nieuwsbrief of een update van de website.</source>
        <translation>No publications yet. Choose “New publication” for a good practice, an article, a newsletter or a website update.</translation>
    </message>
    <message>
        <source>Publicatie</source>
        <translation>Publication</translation>
    </message>
</context>
<context>
    <name>ContactMomentEditor</name>
    <message>
        <source>Nieuw contactmoment</source>
        <translation>New contact moment</translation>
    </message>
    <message>
        <source>&amp;Datum:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>&amp;Vorm:</source>
        <translation>&amp;Form:</translation>
    </message>
    <message>
        <source>&amp;Contactpersonen:</source>
        <translation>&amp;Contact persons:</translation>
    </message>
    <message>
        <source>&amp;Medewerkers:</source>
        <translation>&amp;Team members:</translation>
    </message>
    <message>
        <source>&amp;Notities:</source>
        <translation>&amp;Notes:</translation>
    </message>
    <message>
        <source>Contactmoment bewerken</source>
        <translation>Edit contact moment</translation>
    </message>
    <message>
        <source>Bijlagen:</source>
        <translation>Attachments:</translation>
    </message>
</context>
<context>
    <name>ContactMomentTimeline</name>
    <message>
        <source>Contactmomenten</source>
        <translation>Contact moments</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Vorm</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>Wie nam deel</source>
        <translation>Who took part</translation>
    </message>
    <message>
        <source>Notities</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Nog geen contactmomenten.</source>
        <translation>No contact moments yet.</translation>
    </message>
    <message>
        <source>&amp;Nieuw contactmoment…</source>
        <translation>&amp;New contact moment…</translation>
    </message>
    <message>
        <source>Het contactmoment van %1 verwijderen?</source>
        <translation>Delete the contact moment of %1?</translation>
    </message>
    <message>
        <source>Contactmoment verwijderen</source>
        <translation>Delete contact moment</translation>
    </message>
    <message>
        <source>Contactmoment</source>
        <translation>Contact moment</translation>
    </message>
</context>
<context>
    <name>ContactPersonEditor</name>
    <message>
        <source>Nieuwe contactpersoon</source>
        <translation>New contact person</translation>
    </message>
    <message>
        <source>bv. ambtenaar digitale inclusie, schepen</source>
        <translation>e.g. digital inclusion officer, alderman</translation>
    </message>
    <message>
        <source>Lokaal bestuur:</source>
        <translation>Local government:</translation>
    </message>
    <message>
        <source>&amp;Voornaam:</source>
        <translation>&amp;First name:</translation>
    </message>
    <message>
        <source>&amp;Familienaam:</source>
        <translation>&amp;Last name:</translation>
    </message>
    <message>
        <source>&amp;Functie:</source>
        <translation>&amp;Role:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>&amp;Telefoon:</source>
        <translation>&amp;Phone:</translation>
    </message>
    <message>
        <source>&amp;Notities:</source>
        <translation>&amp;Notes:</translation>
    </message>
    <message>
        <source>Contactpersoon bewerken</source>
        <translation>Edit contact person</translation>
    </message>
    <message>
        <source>De familienaam is verplicht.</source>
        <translation>The last name is required.</translation>
    </message>
</context>
<context>
    <name>ContactsChecklist</name>
    <message>
        <source>Kies eerst een lokaal bestuur.</source>
        <translation>Choose a local government first.</translation>
    </message>
    <message>
        <source>(inactief)</source>
        <translation>(inactive)</translation>
    </message>
    <message>
        <source>Nog geen contactpersonen bij dit bestuur.</source>
        <translation>No contact persons at this government yet.</translation>
    </message>
</context>
<context>
    <name>ContactsImport</name>
    <message>
        <source>Nieuwe contactpersoon.</source>
        <translation>New contact person.</translation>
    </message>
    <message>
        <source>Bestaat al: %1; wordt bijgewerkt.</source>
        <translation>Already there: %1; will be updated.</translation>
    </message>
    <message>
        <source>Bestaat al: %1, met dezelfde gegevens.</source>
        <translation>Already there: %1, with the same details.</translation>
    </message>
    <message>
        <source>Zelfde e-mailadres als %1.</source>
        <translation>Same e-mail address as %1.</translation>
    </message>
    <message>
        <source>Zelfde e-mailadres als %1 bij %2.</source>
        <translation>Same e-mail address as %1 at %2.</translation>
    </message>
    <message>
        <source>Lijkt op %1 bij %2 (%3 %).</source>
        <translation>Looks like %1 at %2 (%3 %).</translation>
    </message>
    <message>
        <source>Familienaam (verplicht)</source>
        <translation>Last name (required)</translation>
    </message>
    <message>
        <source>Voornaam</source>
        <translation>First name</translation>
    </message>
    <message>
        <source>Functie</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Telefoon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Gemeente, NIS-code of vroegere naam (verplicht)</source>
        <translation>Municipality, NIS code or former name (required)</translation>
    </message>
    <message>
        <source>Rij</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Lokaal bestuur</source>
        <translation>Local government</translation>
    </message>
    <message>
        <source>Uitkomst</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Keuze</source>
        <translation>Choice</translation>
    </message>
    <message>
        <source>Toelichting</source>
        <translation>Explanation</translation>
    </message>
    <message>
        <source>nieuw</source>
        <translation>new</translation>
    </message>
    <message>
        <source>bijwerken</source>
        <translation>update</translation>
    </message>
    <message>
        <source>al aanwezig</source>
        <translation>already there</translation>
    </message>
    <message>
        <source>mogelijk dubbel</source>
        <translation>possible duplicate</translation>
    </message>
    <message>
        <source>fout</source>
        <translation>error</translation>
    </message>
    <message>
        <source>overslaan</source>
        <translation>skip</translation>
    </message>
    <message>
        <source>samenvoegen</source>
        <translation>merge</translation>
    </message>
    <message>
        <source>beide houden</source>
        <translation>keep both</translation>
    </message>
    <message>
        <source>toevoegen</source>
        <translation>add</translation>
    </message>
</context>
<context>
    <name>ContactsImportDialog</name>
    <message>
        <source>Contactpersonen importeren</source>
        <translation>Import contact persons</translation>
    </message>
    <message>
        <source>Gekozen bestand</source>
        <translation>Chosen file</translation>
    </message>
    <message>
        <source>&amp;Bestand kiezen…</source>
        <translation>Choose &amp;file…</translation>
    </message>
    <message>
        <source>B&amp;lad:</source>
        <translation>S&amp;heet:</translation>
    </message>
    <message>
        <source>Kolommen</source>
        <translation>Columns</translation>
    </message>
    <message>
        <source>Voorbeeld van de import</source>
        <translation>Preview of the import</translation>
    </message>
    <message>
        <source>&amp;Keuze voor deze rij:</source>
        <translation>&amp;Choice for this row:</translation>
    </message>
    <message>
        <source>&amp;Importeren</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Bestand:</source>
        <translation>File:</translation>
    </message>
    <message>
        <source>Lijst van contactpersonen kiezen</source>
        <translation>Choose a list of contact persons</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.csv);;Alle bestanden (*)</source>
        <translation>Spreadsheets (*.xlsx *.csv);;All files (*)</translation>
    </message>
    <message>
        <source>(niet gebruiken)</source>
        <translation>(not used)</translation>
    </message>
    <message>
        <source>kolom %1</source>
        <translation>column %1</translation>
    </message>
    <message>
        <source>Kies nog de kolom voor: %1.</source>
        <translation>Still choose the column for: %1.</translation>
    </message>
    <message>
        <source>&amp;Keuze voor rij %1:</source>
        <translation>&amp;Choice for row %1:</translation>
    </message>
    <message>
        <source>%1 rijen: %2 toevoegen, %3 bijwerken of samenvoegen, %4 overslaan (waarvan %5 met een fout).</source>
        <translation>%1 rows: %2 to add, %3 to update or merge, %4 to skip (%5 of them with an error).</translation>
    </message>
</context>
<context>
    <name>ContactsPanel</name>
    <message>
        <source>Contactpersonen</source>
        <extracomment>how many contact persons the government has (active and not): after every reload, and when a government is chosen while the panel is hidden</extracomment>
        <translation>Contact persons</translation>
    </message>
    <message>
        <source>Actieve contactpersonen</source>
        <extracomment>fill the lists only once the panel is shown (a tab not open at first)</extracomment>
        <translation>Active contact persons</translation>
    </message>
    <message>
        <source>Niet meer actieve contactpersonen</source>
        <translation>Contact persons no longer active</translation>
    </message>
    <message>
        <source>Actief:</source>
        <translation>Active:</translation>
    </message>
    <message>
        <source>Niet meer actief:</source>
        <translation>No longer active:</translation>
    </message>
    <message>
        <source>Contactpersoon toe&amp;voegen…</source>
        <translation>Add &amp;contact person…</translation>
    </message>
    <message>
        <source>B&amp;ewerken…</source>
        <translation>E&amp;dit…</translation>
    </message>
    <message>
        <source>Inactie&amp;f maken</source>
        <translation>Make i&amp;nactive</translation>
    </message>
    <message>
        <source>Weer actief ma&amp;ken</source>
        <translation>Make acti&amp;ve again</translation>
    </message>
    <message>
        <source>Sa&amp;menvoegen…</source>
        <translation>&amp;Merge…</translation>
    </message>
    <message>
        <source>Importere&amp;n…</source>
        <translation>Imp&amp;ort…</translation>
    </message>
    <message>
        <source>Nog geen contactpersonen.</source>
        <translation>No contact persons yet.</translation>
    </message>
    <message>
        <source>Netwerk…</source>
        <translation>Network…</translation>
    </message>
    <message>
        <source>Lid worden van het netwerk, of het verlaten</source>
        <translation>Join the network, or leave it</translation>
    </message>
    <message>
        <source>(inactief sinds %1)</source>
        <translation>(inactive since %1)</translation>
    </message>
    <message>
        <source>lid van het netwerk sinds %1</source>
        <translation>network member since %1</translation>
    </message>
    <message>
        <source>Contactpersoon</source>
        <translation>Contact person</translation>
    </message>
</context>
<context>
    <name>Damaged</name>
    <message>
        <source>Databank niet geopend</source>
        <translation>Database not opened</translation>
    </message>
    <message>
        <source>De databank kan niet geopend worden: %1.</source>
        <translation>The database cannot be opened: %1.</translation>
    </message>
    <message>
        <source>De nieuwste reservekopie is van %1. Zet je die terug, dan wordt het huidige bestand eerst apart bewaard; wat na %1 bewaard werd, zit niet in de kopie.</source>
        <translation>The newest backup is from %1. If you restore it, the current file is kept aside first; what was saved after %1 is not in the backup.</translation>
    </message>
    <message>
        <source>Nieuwste reservekopie &amp;terugzetten</source>
        <translation>&amp;Restore the newest backup</translation>
    </message>
    <message>
        <source>&amp;Andere mogelijkheden…</source>
        <translation>&amp;Other choices…</translation>
    </message>
    <message>
        <source>Niet teruggezet</source>
        <translation>Not restored</translation>
    </message>
</context>
<context>
    <name>DateEdit</name>
    <message>
        <source>dd/mm/jjjj</source>
        <extracomment>the date changed (by typing and leaving the field, the calendar, ↑/↓ or a setter) what is wrong with the typed text (&quot;&quot; when nothing is)</extracomment>
        <translation>dd/mm/yyyy</translation>
    </message>
    <message>
        <source>Typ bv. 6/12/2026, 06122026, 6/12 (dit jaar), vandaag, morgen of +7 (dagen vanaf vandaag). Kalender: Alt+↓ of F4; ↑/↓: een dag later/vroeger.</source>
        <translation>Type e.g. 6/12/2026, 06122026, 6/12 (this year), today, tomorrow or +7 (days from today). Calendar: Alt+↓ or F4; ↑/↓: a day later/earlier.</translation>
    </message>
    <message>
        <source>Kalender openen (Alt+↓ of F4)</source>
        <translation>Open the calendar (Alt+↓ or F4)</translation>
    </message>
    <message>
        <source>Vul een datum in (bv. 6/12/2026 of vandaag).</source>
        <translation>Enter a date (e.g. 6/12/2026 or today).</translation>
    </message>
    <message>
        <source>“%1” bestaat niet als datum.</source>
        <translation>“%1” is not an existing date.</translation>
    </message>
    <message>
        <source>“%1” ligt buiten %2–%3.</source>
        <translation>“%1” is outside %2–%3.</translation>
    </message>
    <message>
        <source>“%1” is geen datum: typ bv. 6/12/2026, 6/12, vandaag, morgen of +7.</source>
        <translation>“%1” is not a date: type e.g. 6/12/2026, 6/12, today, tomorrow or +7.</translation>
    </message>
</context>
<context>
    <name>EditorDialog</name>
    <message>
        <source>&amp;Bewaren</source>
        <extracomment>the record kind announced through ``AppContext.notify_changed`` after a save</extracomment>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Bewaren (Ctrl+S of Ctrl+Enter)</source>
        <translation>Save (Ctrl+S or Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Nog nodig om te bewaren: %1</source>
        <translation>Still needed to save: %1</translation>
    </message>
    <message>
        <source>Iemand anders heeft dit record intussen gewijzigd. Wat jij typte staat er nog; als je opnieuw bewaart, vervang je hun versie.</source>
        <translation>Someone else changed this record meanwhile. What you typed is still here; if you save again, you replace their version.</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>Focusgroep %1 %2 intern</source>
        <translation>Focus group %1 %2 internal</translation>
    </message>
    <message>
        <source>Dossier %1 %2</source>
        <translation>Case summary %1 %2</translation>
    </message>
    <message>
        <source>Dossieroverzicht als PDF</source>
        <translation>Case summary as PDF</translation>
    </message>
    <message>
        <source>Trajectrapport als PDF</source>
        <translation>Trajectory report as PDF</translation>
    </message>
    <message>
        <source>Traject %1 %2</source>
        <translation>Trajectory %1 %2</translation>
    </message>
    <message>
        <source>Focusgroeprapport als PDF</source>
        <translation>Focus group report as PDF</translation>
    </message>
    <message>
        <source>Focusgroep %1 %2</source>
        <translation>Focus group %1 %2</translation>
    </message>
    <message>
        <source>Jaarrapport als PDF</source>
        <translation>Year report as PDF</translation>
    </message>
    <message>
        <source>Jaarrapport %1</source>
        <translation>Year report %1</translation>
    </message>
    <message>
        <source>E&amp;xporteren als PDF…</source>
        <translation>E&amp;xport as PDF…</translation>
    </message>
    <message>
        <source>Exporteren als PDF (%1)</source>
        <translation>Export as PDF (%1)</translation>
    </message>
    <message>
        <source>PDF-documenten (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>PDF klaar</source>
        <translation>PDF ready</translation>
    </message>
    <message>
        <source>De PDF is bewaard als %1.</source>
        <translation>The PDF was saved as %1.</translation>
    </message>
    <message>
        <source>PDF openen?</source>
        <translation>Open the PDF?</translation>
    </message>
    <message>
        <source>&amp;Openen</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <source>&amp;Map tonen</source>
        <translation>Show &amp;folder</translation>
    </message>
    <message>
        <source>&amp;Sluiten</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>De PDF is niet gemaakt.</source>
        <translation>The PDF was not made.</translation>
    </message>
    <message>
        <source>De PDF kon niet gemaakt worden: %1</source>
        <extracomment>what the thread runs: given a progress callback, make the PDF and return its path</extracomment>
        <translation>The PDF could not be made: %1</translation>
    </message>
    <message>
        <source>De PDF wordt gemaakt…</source>
        <translation>Making the PDF…</translation>
    </message>
    <message>
        <source>%1 wordt gemaakt…</source>
        <translation>Making %1…</translation>
    </message>
    <message>
        <source>Niet bewaarde wijzigingen</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <source>De PDF toont wat bewaard is; je wijzigingen zijn nog niet bewaard.</source>
        <translation>The PDF shows what is saved; your changes are not saved yet.</translation>
    </message>
    <message>
        <source>Eerst &amp;bewaren</source>
        <translation>&amp;Save first</translation>
    </message>
    <message>
        <source>Bewaarde versie e&amp;xporteren</source>
        <translation>Export the saved &amp;version</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Voortgang van de PDF-export</source>
        <translation>Progress of the PDF export</translation>
    </message>
</context>
<context>
    <name>FeedbackEditor</name>
    <message>
        <source>Feedback noteren</source>
        <translation>Record feedback</translation>
    </message>
    <message>
        <source>kies een score</source>
        <translation>choose a score</translation>
    </message>
    <message>
        <source>1 — zeer ontevreden</source>
        <translation>1 — very dissatisfied</translation>
    </message>
    <message>
        <source>2 — ontevreden</source>
        <translation>2 — dissatisfied</translation>
    </message>
    <message>
        <source>3 — neutraal</source>
        <translation>3 — neutral</translation>
    </message>
    <message>
        <source>4 — tevreden</source>
        <translation>4 — satisfied</translation>
    </message>
    <message>
        <source>5 — zeer tevreden</source>
        <translation>5 — very satisfied</translation>
    </message>
    <message>
        <source>&amp;Score:</source>
        <translation>S&amp;core:</translation>
    </message>
    <message>
        <source>&amp;Datum:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>Gegeven d&amp;oor:</source>
        <translation>Given b&amp;y:</translation>
    </message>
    <message>
        <source>&amp;Wat zeiden ze:</source>
        <translation>&amp;What they said:</translation>
    </message>
    <message>
        <source>niet ingevuld</source>
        <translation>not filled in</translation>
    </message>
    <message>
        <source>Feedback bewerken</source>
        <translation>Edit feedback</translation>
    </message>
    <message>
        <source>Kies een score van 1 tot 5.</source>
        <translation>Choose a score from 1 to 5.</translation>
    </message>
</context>
<context>
    <name>FeedbackList</name>
    <message>
        <source>Feedback</source>
        <translation>Feedback</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Gegeven door</source>
        <translation>Given by</translation>
    </message>
    <message>
        <source>Wat zeiden ze</source>
        <translation>What they said</translation>
    </message>
    <message>
        <source>Nog geen feedback genoteerd.</source>
        <translation>No feedback recorded yet.</translation>
    </message>
    <message>
        <source>&amp;Feedback noteren…</source>
        <translation>Record &amp;feedback…</translation>
    </message>
    <message>
        <source>%1 van 5</source>
        <translation>%1 of 5</translation>
    </message>
    <message>
        <source>De feedback van %1 verwijderen?</source>
        <translation>Delete the feedback of %1?</translation>
    </message>
    <message>
        <source>Feedback verwijderen</source>
        <translation>Delete feedback</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Filter deze lijst…</source>
        <translation>Filter this list…</translation>
    </message>
    <message>
        <source>Aantal resultaten</source>
        <translation>Number of results</translation>
    </message>
    <message>
        <source>Filters &amp;wissen</source>
        <translation>Cl&amp;ear filters</translation>
    </message>
    <message numerus="yes">
        <source>meer dan %n resultaten</source>
        <translation>
            <numerusform>more than %n result</numerusform>
            <numerusform>more than %n results</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n resultaten</source>
        <translation>
            <numerusform>%n result</numerusform>
            <numerusform>%n results</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FindingsPanel</name>
    <message>
        <source>Bevindingen per tool</source>
        <translation>Findings per tool</translation>
    </message>
    <message>
        <source>Tool</source>
        <translation>Tool</translation>
    </message>
    <message>
        <source>Bevindingen</source>
        <translation>Findings</translation>
    </message>
    <message>
        <source>Nog geen tools besproken.</source>
        <translation>No tools discussed yet.</translation>
    </message>
    <message>
        <source>&amp;Tool toevoegen…</source>
        <translation>Add &amp;tool…</translation>
    </message>
    <message>
        <source>Bevinding</source>
        <translation>Finding</translation>
    </message>
    <message>
        <source>De bevindingen over “%1” verwijderen?</source>
        <translation>Delete the findings about “%1”?</translation>
    </message>
    <message>
        <source>Bevinding verwijderen</source>
        <translation>Delete finding</translation>
    </message>
</context>
<context>
    <name>FocusGroupEditor</name>
    <message>
        <source>Enkel gehouden focusgroepen tellen mee voor het actieplan.</source>
        <translation>Only focus groups that were held count for the action plan.</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>St&amp;atus:</translation>
    </message>
    <message>
        <source>Focusgroep</source>
        <translation>Focus group</translation>
    </message>
    <message>
        <source>Nieuwe focusgroep</source>
        <translation>New focus group</translation>
    </message>
    <message>
        <source>bv. evaluatie van de beleidstool</source>
        <translation>e.g. evaluation of the policy tool</translation>
    </message>
    <message>
        <source>adres of zaal</source>
        <translation>address or room</translation>
    </message>
    <message>
        <source>&amp;Onderwerp:</source>
        <translation>&amp;Topic:</translation>
    </message>
    <message>
        <source>&amp;Datum:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>&amp;Plaats:</source>
        <translation>&amp;Place:</translation>
    </message>
    <message>
        <source>Vorm:</source>
        <translation>Form:</translation>
    </message>
    <message>
        <source>N&amp;ood aan nieuwe tools:</source>
        <translation>Need f&amp;or new tools:</translation>
    </message>
    <message>
        <source>On&amp;line</source>
        <translation>On&amp;line</translation>
    </message>
    <message>
        <source>Organisa&amp;toren:</source>
        <translation>&amp;Organisers:</translation>
    </message>
    <message>
        <source>&amp;Notities:</source>
        <translation>&amp;Notes:</translation>
    </message>
    <message>
        <source>Deelnemers</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>Tools</translation>
    </message>
    <message>
        <source>Opvolgacties</source>
        <translation>Follow-up actions</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Feedback</translation>
    </message>
    <message>
        <source>Bewaar de focusgroep eerst; daarna vul je dit hier aan.</source>
        <translation>Save the focus group first; then you fill this in here.</translation>
    </message>
    <message>
        <source>link of platform</source>
        <translation>link or platform</translation>
    </message>
    <message>
        <source>Focusgroep van %1: %2</source>
        <translation>Focus group of %1: %2</translation>
    </message>
    <message>
        <source>Het onderwerp is verplicht.</source>
        <translation>The topic is required.</translation>
    </message>
    <message>
        <source>Bijlagen</source>
        <translation>Attachments</translation>
    </message>
</context>
<context>
    <name>FocusGroupParts</name>
    <message>
        <source>Bevinding over een tool</source>
        <translation>Finding about a tool</translation>
    </message>
    <message>
        <source>&amp;Tool:</source>
        <translation>&amp;Tool:</translation>
    </message>
    <message>
        <source>&amp;Bevindingen:</source>
        <translation>&amp;Findings:</translation>
    </message>
</context>
<context>
    <name>FocusGroupStatus</name>
    <message>
        <source>Ge&amp;houden…</source>
        <extracomment>the button that moves a focus group to each status</extracomment>
        <translation>&amp;Held…</translation>
    </message>
    <message>
        <source>Ge&amp;annuleerd…</source>
        <translation>C&amp;ancelled…</translation>
    </message>
    <message>
        <source>&amp;Herplannen…</source>
        <translation>&amp;Reschedule…</translation>
    </message>
    <message>
        <source>Op welke datum werd de focusgroep gehouden?</source>
        <translation>On which date was the focus group held?</translation>
    </message>
    <message>
        <source>Op welke datum werd de focusgroep geannuleerd?</source>
        <translation>On which date was the focus group cancelled?</translation>
    </message>
    <message>
        <source>Op welke datum werd de focusgroep opnieuw ingepland?</source>
        <translation>On which date was the focus group rescheduled?</translation>
    </message>
    <message>
        <source>%1 op %2</source>
        <translation>%1 on %2</translation>
    </message>
    <message>
        <source>de datum is voorbij: gehouden of geannuleerd?</source>
        <translation>the date has passed: held or cancelled?</translation>
    </message>
</context>
<context>
    <name>FocusGroupsPage</name>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>te bevestigen</source>
        <translation>to confirm</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Onderwerp</source>
        <translation>Topic</translation>
    </message>
    <message>
        <source>Plaats</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Uitgenodigd</source>
        <translation>Invited</translation>
    </message>
    <message>
        <source>Aanwezig</source>
        <translation>Present</translation>
    </message>
    <message>
        <source>Geëvalueerde tools</source>
        <translation>Evaluated tools</translation>
    </message>
    <message>
        <source>Volgende actie</source>
        <translation>Next action</translation>
    </message>
    <message>
        <source>in onderwerp, plaats, nieuwe noden of notities</source>
        <translation>in topic, place, new needs or notes</translation>
    </message>
    <message>
        <source>&amp;Jaar:</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <source>alle jaren</source>
        <translation>all years</translation>
    </message>
    <message>
        <source>Wa&amp;nneer:</source>
        <translation>&amp;When:</translation>
    </message>
    <message>
        <source>Organisato&amp;r:</source>
        <translation>Organise&amp;r:</translation>
    </message>
    <message>
        <source>Bestu&amp;ur:</source>
        <translation>Gover&amp;nment:</translation>
    </message>
    <message>
        <source>&amp;Tool:</source>
        <translation>&amp;Tool:</translation>
    </message>
    <message>
        <source>Geen focusgroepen die aan de filters voldoen. Filters wissen (Alt+W) toont ze alle.</source>
        <translation>No focus groups match the filters. Clear filters (Alt+E) shows them all.</translation>
    </message>
    <message>
        <source>Nog geen focusgroepen. Druk Ctrl+N om er een te plannen.</source>
        <translation>No focus groups yet. Press Ctrl+N to plan one.</translation>
    </message>
    <message>
        <source>nog te houden</source>
        <translation>still to be held</translation>
    </message>
    <message>
        <source>Fi&amp;lter:</source>
        <translation>Fi&amp;lter:</translation>
    </message>
    <message>
        <source>altijd</source>
        <translation>any time</translation>
    </message>
    <message>
        <source>iedereen</source>
        <translation>everyone</translation>
    </message>
    <message>
        <source>alle besturen</source>
        <translation>all governments</translation>
    </message>
    <message>
        <source>alle tools</source>
        <translation>all tools</translation>
    </message>
    <message>
        <source>Focusgroepen</source>
        <translation>Focus groups</translation>
    </message>
    <message>
        <source>Nieuwe &amp;focusgroep</source>
        <translation>New fo&amp;cus group</translation>
    </message>
    <message>
        <source>&amp;Openen</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <source>Focusgroep</source>
        <translation>Focus group</translation>
    </message>
</context>
<context>
    <name>FollowUpEditor</name>
    <message>
        <source>Over &amp;lokaal bestuur:</source>
        <translation>About &amp;local government:</translation>
    </message>
    <message>
        <source>Kies het lokaal bestuur uit de lijst.</source>
        <translation>Choose the local government from the list.</translation>
    </message>
    <message>
        <source>Nieuwe opvolgactie</source>
        <translation>New follow-up action</translation>
    </message>
    <message>
        <source>wat moet er gebeuren?</source>
        <translation>what needs to be done?</translation>
    </message>
    <message>
        <source>&amp;Omschrijving:</source>
        <translation>&amp;Description:</translation>
    </message>
    <message>
        <source>Verantwoordelij&amp;ke:</source>
        <translation>Own&amp;er:</translation>
    </message>
    <message>
        <source>&amp;Vervaldatum:</source>
        <translation>D&amp;ue date:</translation>
    </message>
    <message>
        <source>&amp;Afgewerkt op:</source>
        <translation>Done &amp;on:</translation>
    </message>
    <message>
        <source>&amp;Notities:</source>
        <translation>&amp;Notes:</translation>
    </message>
    <message>
        <source>niemand</source>
        <translation>nobody</translation>
    </message>
    <message>
        <source>Opvolgactie bewerken</source>
        <translation>Edit follow-up action</translation>
    </message>
    <message>
        <source>De omschrijving is verplicht.</source>
        <translation>The description is required.</translation>
    </message>
</context>
<context>
    <name>FollowUpList</name>
    <message>
        <source>afgewerkt</source>
        <translation>done</translation>
    </message>
    <message>
        <source>1 dag te laat</source>
        <translation>1 day late</translation>
    </message>
    <message>
        <source>%1 dagen te laat</source>
        <translation>%1 days late</translation>
    </message>
    <message>
        <source>vandaag</source>
        <translation>today</translation>
    </message>
    <message>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <source>Opvolgacties</source>
        <translation>Follow-up actions</translation>
    </message>
    <message>
        <source>Omschrijving</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Verantwoordelijke</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Vervaldatum</source>
        <translation>Due date</translation>
    </message>
    <message>
        <source>Afgewerkt op</source>
        <translation>Done on</translation>
    </message>
    <message>
        <source>Stand</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Nog geen opvolgacties.</source>
        <translation>No follow-up actions yet.</translation>
    </message>
    <message>
        <source>&amp;Nieuwe opvolgactie…</source>
        <translation>&amp;New follow-up action…</translation>
    </message>
    <message>
        <source>&amp;Afgewerkt</source>
        <translation>&amp;Done</translation>
    </message>
    <message>
        <source>Verwij&amp;deren</source>
        <translation>De&amp;lete</translation>
    </message>
    <message>
        <source>geen datum</source>
        <translation>no date</translation>
    </message>
    <message>
        <source>Terug &amp;open</source>
        <translation>Re&amp;open</translation>
    </message>
    <message>
        <source>Opvolgactie</source>
        <translation>Follow-up action</translation>
    </message>
    <message>
        <source>Opvolgactie “%1” verwijderen? Een afgewerkte actie markeer je beter als afgewerkt: dan blijft ze in de geschiedenis.</source>
        <translation>Delete follow-up action “%1”? A finished action is better marked as done: then it stays in the history.</translation>
    </message>
    <message>
        <source>Opvolgactie verwijderen</source>
        <translation>Delete follow-up action</translation>
    </message>
</context>
<context>
    <name>FollowUps</name>
    <message>
        <source>Achterstallig</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Vandaag</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Deze week</source>
        <translation>This week</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Later</translation>
    </message>
    <message>
        <source>geen datum</source>
        <translation>no date</translation>
    </message>
    <message>
        <source>vandaag</source>
        <translation>today</translation>
    </message>
    <message>
        <source>1 dag te laat</source>
        <translation>1 day late</translation>
    </message>
    <message>
        <source>%1 dagen te laat</source>
        <translation>%1 days late</translation>
    </message>
    <message>
        <source>Adviesgesprek %1</source>
        <translation>Advice talk %1</translation>
    </message>
    <message>
        <source>Traject: %1</source>
        <translation>Trajectory: %1</translation>
    </message>
    <message>
        <source>Focusgroep: %1</source>
        <translation>Focus group: %1</translation>
    </message>
    <message>
        <source>Activiteit: %1</source>
        <translation>Activity: %1</translation>
    </message>
    <message>
        <source>Lokaal bestuur: %1</source>
        <translation>Local government: %1</translation>
    </message>
    <message>
        <source>Vervaldatum</source>
        <translation>Due date</translation>
    </message>
    <message>
        <source>Opvolgactie</source>
        <translation>Follow-up action</translation>
    </message>
    <message>
        <source>Hoort bij</source>
        <translation>Belongs to</translation>
    </message>
    <message>
        <source>Lokaal bestuur</source>
        <translation>Local government</translation>
    </message>
    <message>
        <source>Eigenaar</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Achterstallig: %1</source>
        <translation>Overdue: %1</translation>
    </message>
    <message>
        <source>(niemand)</source>
        <translation>(nobody)</translation>
    </message>
</context>
<context>
    <name>FollowUpsPage</name>
    <message>
        <source>Opvolgacties</source>
        <translation>Follow-up actions</translation>
    </message>
    <message>
        <source>Eigenaar</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>&amp;Eigenaar:</source>
        <translation>O&amp;wner:</translation>
    </message>
    <message>
        <source>Samenvatting</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Toon gearchiveerd</source>
        <translation>Show archived</translation>
    </message>
    <message>
        <source>Toon gearchiveerde opvolgacties</source>
        <translation>Show archived follow-up actions</translation>
    </message>
    <message>
        <source>Ook gearchiveerde opvolgacties tonen, gemarkeerd met (gearchiveerd)</source>
        <translation>Also show archived follow-up actions, marked (archived)</translation>
    </message>
    <message>
        <source>Open opvolgacties</source>
        <translation>Open follow-up actions</translation>
    </message>
    <message>
        <source>&amp;Afgewerkt</source>
        <translation>&amp;Done</translation>
    </message>
    <message>
        <source>Markeer als afgewerkt met de datum van vandaag (Ctrl+D)</source>
        <translation>Mark as done with today&apos;s date (Ctrl+D)</translation>
    </message>
    <message>
        <source>&amp;Verplaatsen</source>
        <translation>&amp;Reschedule</translation>
    </message>
    <message>
        <source>Kies een nieuwe vervaldatum</source>
        <translation>Choose a new due date</translation>
    </message>
    <message>
        <source>&amp;Openen</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <source>Open waar deze actie bij hoort (Enter)</source>
        <translation>Open what this action belongs to (Enter)</translation>
    </message>
    <message>
        <source>Ac&amp;tie bewerken…</source>
        <translation>Edi&amp;t action…</translation>
    </message>
    <message>
        <source>Open de actie zelf: wijzigen, archiveren of terugzetten (Ctrl+E)</source>
        <translation>Open the action itself: change, archive or bring back (Ctrl+E)</translation>
    </message>
    <message>
        <source>Ongedaan &amp;maken</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>Zet de laatst afgewerkte actie terug open (Ctrl+Z)</source>
        <translation>Reopen the action last marked done (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Melding</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Mijn opvolgacties</source>
        <translation>My follow-up actions</translation>
    </message>
    <message>
        <source>Iedereen</source>
        <translation>Everyone</translation>
    </message>
    <message>
        <source>Zonder eigenaar</source>
        <translation>Without owner</translation>
    </message>
    <message>
        <source>Geen open opvolgacties.</source>
        <translation>No open follow-up actions.</translation>
    </message>
    <message>
        <source>1 open opvolgactie, waarvan %2 achterstallig.</source>
        <translation>1 open follow-up action, %2 of them overdue.</translation>
    </message>
    <message>
        <source>%1 open opvolgacties, waarvan %2 achterstallig.</source>
        <translation>%1 open follow-up actions, %2 of them overdue.</translation>
    </message>
    <message>
        <source>Naar &amp;morgen</source>
        <translation>To to&amp;morrow</translation>
    </message>
    <message>
        <source>Naar volgende maan&amp;dag</source>
        <translation>To next &amp;Monday</translation>
    </message>
    <message>
        <source>Een &amp;week later</source>
        <translation>A &amp;week later</translation>
    </message>
    <message>
        <source>&amp;Andere datum…</source>
        <translation>&amp;Other date…</translation>
    </message>
    <message>
        <source>“%1” is afgewerkt.</source>
        <translation>“%1” is done.</translation>
    </message>
    <message>
        <source>“%1” staat weer open.</source>
        <translation>“%1” is open again.</translation>
    </message>
    <message>
        <source>“%1” verplaatst naar %2.</source>
        <translation>“%1” moved to %2.</translation>
    </message>
</context>
<context>
    <name>GovernmentEditor</name>
    <message>
        <source>(niet gezegd)</source>
        <translation>(not said)</translation>
    </message>
    <message>
        <source>één naam per regel</source>
        <translation>one name per line</translation>
    </message>
    <message>
        <source>&amp;Naam:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Soort:</source>
        <translation>Kind:</translation>
    </message>
    <message>
        <source>&amp;Soort organisatie:</source>
        <translation>&amp;Kind of organisation:</translation>
    </message>
    <message>
        <source>&amp;Leden (gemeenten):</source>
        <translation>&amp;Members (municipalities):</translation>
    </message>
    <message>
        <source>&amp;Vroegere namen:</source>
        <translation>&amp;Former names:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>&amp;Telefoon:</source>
        <translation>&amp;Phone:</translation>
    </message>
    <message>
        <source>N&amp;otities:</source>
        <translation>N&amp;otes:</translation>
    </message>
    <message>
        <source>Nieuw samenwerkingsverband</source>
        <translation>New partnership</translation>
    </message>
    <message>
        <source>Gemeente</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>Nieuwe organisatie</source>
        <translation>New organisation</translation>
    </message>
    <message>
        <source>Kies minstens één gemeente die lid is van het samenwerkingsverband.</source>
        <translation>Choose at least one municipality that is a member of the partnership.</translation>
    </message>
    <message>
        <source>regel %1: %2</source>
        <translation>line %1: %2</translation>
    </message>
</context>
<context>
    <name>GovernmentField</name>
    <message>
        <source>naam, NIS-code of voormalige gemeente</source>
        <translation>name, NIS code or former municipality</translation>
    </message>
    <message>
        <source>Kies een lokaal bestuur uit de lijst (typ een deel van de naam).</source>
        <translation>Choose a local government from the list (type part of the name).</translation>
    </message>
    <message>
        <source>Het lokaal bestuur is verplicht.</source>
        <translation>The local government is required.</translation>
    </message>
</context>
<context>
    <name>GovernmentsTab</name>
    <message>
        <source>naam of NIS-code</source>
        <translation>name or NIS code</translation>
    </message>
    <message>
        <source>Lokale besturen zoeken</source>
        <translation>Search local governments</translation>
    </message>
    <message>
        <source>&amp;Zoeken:</source>
        <translation>&amp;Search:</translation>
    </message>
    <message>
        <source>Lokale be&amp;sturen</source>
        <translation>Lo&amp;cal governments</translation>
    </message>
    <message>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Soort</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>NIS-code</source>
        <translation>NIS code</translation>
    </message>
    <message>
        <source>Toon gea&amp;rchiveerd</source>
        <translation>Show a&amp;rchived</translation>
    </message>
    <message>
        <source>Nieu&amp;we organisatie…</source>
        <translation>Ne&amp;w organisation…</translation>
    </message>
    <message>
        <source>Nieuw s&amp;amenwerkingsverband…</source>
        <translation>New p&amp;artnership…</translation>
    </message>
</context>
<context>
    <name>ItemsPanel</name>
    <message>
        <source>Be&amp;werken…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Verwij&amp;deren</source>
        <translation>De&amp;lete</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Intussen gewijzigd</source>
        <translation>Changed meanwhile</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>gepland</source>
        <translation>planned</translation>
    </message>
    <message>
        <source>gehouden</source>
        <translation>held</translation>
    </message>
    <message>
        <source>geannuleerd</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <source>gemeente</source>
        <extracomment>the translation context of the code words the translation context of the plan&apos;s indicator titles (first shown on the Overzicht)</extracomment>
        <translation>municipality</translation>
    </message>
    <message>
        <source>samenwerkingsverband</source>
        <translation>partnership</translation>
    </message>
    <message>
        <source>organisatie</source>
        <translation>organisation</translation>
    </message>
    <message>
        <source>partner</source>
        <translation>partner</translation>
    </message>
    <message>
        <source>Digibank</source>
        <translation>Digibank</translation>
    </message>
    <message>
        <source>overheid of administratie</source>
        <translation>government or administration</translation>
    </message>
    <message>
        <source>andere organisatie</source>
        <translation>other organisation</translation>
    </message>
    <message>
        <source>gids</source>
        <translation>guide</translation>
    </message>
    <message>
        <source>publicatie</source>
        <translation>publication</translation>
    </message>
    <message>
        <source>beschikbaar</source>
        <translation>available</translation>
    </message>
    <message>
        <source>in ontwikkeling</source>
        <translation>in development</translation>
    </message>
    <message>
        <source>in herwerking</source>
        <translation>being updated</translation>
    </message>
    <message>
        <source>startend</source>
        <translation>starting</translation>
    </message>
    <message>
        <source>groeiend</source>
        <translation>growing</translation>
    </message>
    <message>
        <source>ervaren</source>
        <translation>experienced</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <source>telefoon</source>
        <translation>phone</translation>
    </message>
    <message>
        <source>online overleg</source>
        <translation>online meeting</translation>
    </message>
    <message>
        <source>ter plaatse</source>
        <translation>on site</translation>
    </message>
    <message>
        <source>online</source>
        <translation>online</translation>
    </message>
    <message>
        <source>aanvraag</source>
        <translation>request</translation>
    </message>
    <message>
        <source>intake</source>
        <translation>intake</translation>
    </message>
    <message>
        <source>lopend</source>
        <translation>running</translation>
    </message>
    <message>
        <source>afgerond</source>
        <translation>finished</translation>
    </message>
    <message>
        <source>stopgezet</source>
        <translation>stopped</translation>
    </message>
    <message>
        <source>uitgenodigd</source>
        <translation>invited</translation>
    </message>
    <message>
        <source>aanwezig</source>
        <translation>present</translation>
    </message>
    <message>
        <source>afwezig</source>
        <translation>absent</translation>
    </message>
    <message>
        <source>verontschuldigd</source>
        <translation>excused</translation>
    </message>
    <message>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <source>te laat</source>
        <translation>overdue</translation>
    </message>
    <message>
        <source>afgehandeld</source>
        <translation>done</translation>
    </message>
    <message>
        <source>lokaal bestuur</source>
        <translation>local government</translation>
    </message>
    <message>
        <source>contactpersoon</source>
        <translation>contact person</translation>
    </message>
    <message>
        <source>adviesgesprek</source>
        <translation>advice talk</translation>
    </message>
    <message>
        <source>traject</source>
        <translation>trajectory</translation>
    </message>
    <message>
        <source>focusgroep</source>
        <translation>focus group</translation>
    </message>
    <message>
        <source>opvolgactie</source>
        <translation>follow-up action</translation>
    </message>
    <message>
        <source>contactmoment</source>
        <translation>contact moment</translation>
    </message>
    <message>
        <source>medewerker</source>
        <translation>team member</translation>
    </message>
    <message>
        <source>thema</source>
        <translation>theme</translation>
    </message>
    <message>
        <source>activiteit</source>
        <translation>activity</translation>
    </message>
    <message>
        <source>tool</source>
        <translation>tool</translation>
    </message>
    <message>
        <source>idee voor infosessie</source>
        <translation>info session idea</translation>
    </message>
    <message>
        <source>input voor beleidsdossier</source>
        <translation>policy dossier input</translation>
    </message>
    <message>
        <source>signaal</source>
        <translation>signal</translation>
    </message>
    <message>
        <source>ervaren bestuur betrokken</source>
        <translation>experienced government involved</translation>
    </message>
    <message>
        <source>VVSG</source>
        <extracomment>an activity moves through a focus group&apos;s statuses (``ActivityStatus`` has the same codes), so it has their words: one table</extracomment>
        <translation>VVSG</translation>
    </message>
    <message>
        <source>Mediawijs</source>
        <translation>Mediawijs</translation>
    </message>
    <message>
        <source>andere partner</source>
        <translation>other partner</translation>
    </message>
    <message>
        <source>organisator</source>
        <translation>organiser</translation>
    </message>
    <message>
        <source>ondersteuning</source>
        <translation>support</translation>
    </message>
    <message>
        <source>spreker</source>
        <translation>speaker</translation>
    </message>
    <message>
        <source>goede praktijk</source>
        <translation>good practice</translation>
    </message>
    <message>
        <source>artikel</source>
        <translation>article</translation>
    </message>
    <message>
        <source>nieuwsbrief</source>
        <translation>newsletter</translation>
    </message>
    <message>
        <source>website-update</source>
        <translation>website update</translation>
    </message>
    <message>
        <source>SD1 Kennisdeling en uitwisseling voor lokale besturen en hun partners</source>
        <translation>SD1 Knowledge sharing and exchange for local governments and their partners</translation>
    </message>
    <message>
        <source>SD2 Opleidingen voor lokale besturen</source>
        <translation>SD2 Training for local governments</translation>
    </message>
    <message>
        <source>SD3 Tools, ondersteuning en advies</source>
        <translation>SD3 Tools, support and advice</translation>
    </message>
    <message>
        <source>activiteiten</source>
        <translation>activities</translation>
    </message>
    <message>
        <source>publicaties</source>
        <translation>publications</translation>
    </message>
    <message>
        <source>focusgroepen</source>
        <translation>focus groups</translation>
    </message>
    <message>
        <source>adviesgesprekken</source>
        <translation>advice talks</translation>
    </message>
    <message>
        <source>trajecten</source>
        <translation>trajectories</translation>
    </message>
    <message>
        <source>mijlpaal (geen aantal)</source>
        <translation>milestone (no number)</translation>
    </message>
    <message>
        <source>aantal</source>
        <translation>count</translation>
    </message>
    <message>
        <source>deelnemersuren</source>
        <translation>participant hours</translation>
    </message>
    <message>
        <source>nog niet begonnen</source>
        <translation>not started</translation>
    </message>
    <message>
        <source>bezig</source>
        <translation>in progress</translation>
    </message>
    <message>
        <source>gerealiseerd</source>
        <translation>achieved</translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message>
        <source>(gearchiveerd)</source>
        <extracomment>the filter field that lets archived records into a list</extracomment>
        <translation>(archived)</translation>
    </message>
    <message>
        <source>Fout bij het laden van de lijst</source>
        <extracomment>counting stops above this many rows (&quot;meer dan 500 resultaten&quot;), None: exact &quot;Toon gearchiveerd&quot; (made on the first filter, when the filter has the field) the column whose text says &quot;(gearchiveerd)&quot; on an archived row the message of a database failure while loading, under the filter bar the preview pane and its &quot;Voorbeeld&quot; box (lists that have a preview)</extracomment>
        <translation>Error while loading the list</translation>
    </message>
    <message>
        <source>Toon gearchiveerd</source>
        <translation>Show archived</translation>
    </message>
    <message>
        <source>Toon gearchiveerde records</source>
        <translation>Show archived records</translation>
    </message>
    <message>
        <source>Ook gearchiveerde records tonen, gemarkeerd met (gearchiveerd)</source>
        <translation>Also show archived records, marked (archived)</translation>
    </message>
    <message>
        <source>Voorbeeld</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>De gekozen rij lezen naast de lijst, zonder ze te openen</source>
        <translation>Read the chosen row beside the list, without opening it</translation>
    </message>
</context>
<context>
    <name>LocalGovernmentDetail</name>
    <message>
        <source>Naam van het lokaal bestuur</source>
        <extracomment>&quot;new advice talk with this government&quot;: (public id, name)</extracomment>
        <translation>Name of the local government</translation>
    </message>
    <message>
        <source>Nieuw adviesgesprek met dit bestuur</source>
        <translation>New advice talk with this government</translation>
    </message>
    <message>
        <source>Geschiedenis van dit lokaal bestuur</source>
        <translation>History of this local government</translation>
    </message>
    <message>
        <source>Kies links een lokaal bestuur om het te bekijken.</source>
        <translation>Choose a local government on the left to view it.</translation>
    </message>
    <message>
        <source>onbekend</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>Nie&amp;uw adviesgesprek…</source>
        <translation>Ne&amp;w advice talk…</translation>
    </message>
    <message>
        <source>Ge&amp;schiedenis…</source>
        <translation>Histor&amp;y…</translation>
    </message>
    <message>
        <source>St&amp;artpositie:</source>
        <translation>St&amp;arting position:</translation>
    </message>
    <message>
        <source>Startpositie</source>
        <translation>Starting position</translation>
    </message>
    <message>
        <source>Soort:</source>
        <translation>Kind:</translation>
    </message>
    <message>
        <source>NIS-code:</source>
        <translation>NIS code:</translation>
    </message>
    <message>
        <source>Provincie:</source>
        <translation>Province:</translation>
    </message>
    <message>
        <source>Voormalige gemeenten:</source>
        <translation>Former municipalities:</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>E-mail:</translation>
    </message>
    <message>
        <source>Telefoon:</source>
        <translation>Phone:</translation>
    </message>
    <message>
        <source>Notities:</source>
        <translation>Notes:</translation>
    </message>
    <message>
        <source>Notities</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Gekoppelde besturen</source>
        <translation>Linked governments</translation>
    </message>
    <message>
        <source>Tij&amp;dlijn</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <source>Bi&amp;jlagen</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <source>Samenwerkingsverbanden</source>
        <translation>Partnerships</translation>
    </message>
    <message>
        <source>Gemeenten (%1)</source>
        <translation>Municipalities (%1)</translation>
    </message>
    <message>
        <source>Samenwerkingsverbanden (%1)</source>
        <translation>Partnerships (%1)</translation>
    </message>
    <message>
        <source>&amp;Contactpersonen</source>
        <translation>Contact persons</translation>
    </message>
    <message>
        <source>Over dit bestuur</source>
        <translation>About this government</translation>
    </message>
    <message>
        <source>Gegevens</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Lokaal bestuur</source>
        <translation>Local government</translation>
    </message>
    <message>
        <source>&amp;Contactpersonen (%1)</source>
        <translation>Contact persons (%1)</translation>
    </message>
    <message>
        <source>Gemeenten in dit samenwerkingsverband</source>
        <translation>Municipalities in this partnership</translation>
    </message>
    <message>
        <source>Samenwerkingsverbanden waarin dit bestuur zit</source>
        <translation>Partnerships this government belongs to</translation>
    </message>
    <message>
        <source>Intussen gewijzigd</source>
        <translation>Changed meanwhile</translation>
    </message>
</context>
<context>
    <name>LocalGovernmentsPage</name>
    <message>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>NIS-code</source>
        <translation>NIS code</translation>
    </message>
    <message>
        <source>Provincie</source>
        <translation>Province</translation>
    </message>
    <message>
        <source>Soort</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Startpositie</source>
        <translation>Starting position</translation>
    </message>
    <message>
        <source>Open acties</source>
        <translation>Open actions</translation>
    </message>
    <message>
        <source>Laatste contact</source>
        <translation>Last contact</translation>
    </message>
    <message>
        <source>naam, NIS-code of voormalige gemeente</source>
        <translation>name, NIS code or former municipality</translation>
    </message>
    <message>
        <source>Fi&amp;lter:</source>
        <translation>Fi&amp;lter:</translation>
    </message>
    <message>
        <source>&amp;Provincie:</source>
        <translation>&amp;Province:</translation>
    </message>
    <message>
        <source>alle provincies</source>
        <translation>all provinces</translation>
    </message>
    <message>
        <source>S&amp;oort:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <source>alle soorten</source>
        <translation>all kinds</translation>
    </message>
    <message>
        <source>S&amp;tartpositie:</source>
        <translation>S&amp;tarting position:</translation>
    </message>
    <message>
        <source>onbekend</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>alle</source>
        <translation>all</translation>
    </message>
    <message>
        <source>Lokale besturen</source>
        <translation>Local governments</translation>
    </message>
</context>
<context>
    <name>MailDrop</name>
    <message>
        <source>E-mail openen</source>
        <translation>Open e-mail</translation>
    </message>
    <message>
        <source>Nieuw adviesgesprek uit e-mail</source>
        <translation>New advice talk from e-mail</translation>
    </message>
    <message>
        <source>E-mails (*.eml *.msg);;Alle bestanden (*)</source>
        <translation>E-mails (*.eml *.msg);;All files (*)</translation>
    </message>
    <message>
        <source>Nieuw uit &amp;e-mail…</source>
        <translation>New from &amp;e-mail…</translation>
    </message>
    <message>
        <source>&amp;Contactpersonen importeren…</source>
        <translation>Import &amp;contact persons…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Nieuw: %1</source>
        <extracomment>the start&apos;s first page while it is made and read off screen: (key, page, read)</extracomment>
        <translation>&amp;New: %1</translation>
    </message>
    <message>
        <source>&amp;Bestand</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Nieuw</source>
        <translation>&amp;New</translation>
    </message>
    <message>
        <source>Af&amp;sluiten</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Opnieuw lezen</source>
        <translation>&amp;Read again</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Over SupportDesk</source>
        <translation>&amp;About SupportDesk</translation>
    </message>
    <message>
        <source>Nieuw &amp;adviesgesprek</source>
        <translation>New &amp;advice talk</translation>
    </message>
    <message>
        <source>&amp;Ga naar</source>
        <translation>&amp;Go to</translation>
    </message>
    <message>
        <source>Zoeken</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>Zoek overal:</source>
        <translation>Search everywhere:</translation>
    </message>
    <message>
        <source>&amp;Zoeken</source>
        <translation>&amp;Search</translation>
    </message>
    <message>
        <source>&amp;Instellingen…</source>
        <translation>&amp;Settings…</translation>
    </message>
</context>
<context>
    <name>MeetingWords</name>
    <message>
        <source>online</source>
        <translation>online</translation>
    </message>
    <message>
        <source>te bevestigen</source>
        <translation>to confirm</translation>
    </message>
</context>
<context>
    <name>MemberPicker</name>
    <message>
        <source>typ om de lijst te verkorten, Enter kiest</source>
        <translation>type to shorten the list, Enter picks</translation>
    </message>
    <message>
        <source>Gemeenten zoeken</source>
        <translation>Search municipalities</translation>
    </message>
    <message>
        <source>Gemeenten die lid zijn</source>
        <translation>Member municipalities</translation>
    </message>
    <message numerus="yes">
        <source>%n gekozen: </source>
        <translation>
            <numerusform>%n chosen:</numerusform>
            <numerusform>%n chosen:</numerusform>
        </translation>
    </message>
    <message>
        <source>nog geen gemeente gekozen</source>
        <translation>no municipality chosen yet</translation>
    </message>
</context>
<context>
    <name>MembersPanel</name>
    <message>
        <source>Lid van het netwerk</source>
        <translation>Network member</translation>
    </message>
    <message>
        <source>&amp;Lokaal bestuur:</source>
        <translation>&amp;Local government:</translation>
    </message>
    <message>
        <source>&amp;Contactpersoon:</source>
        <translation>&amp;Contact person:</translation>
    </message>
    <message>
        <source>&amp;Lid sinds:</source>
        <translation>Member &amp;since:</translation>
    </message>
    <message>
        <source>Leden exporteren</source>
        <translation>Export members</translation>
    </message>
    <message>
        <source>CSV-bestanden (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Netwerk digitale inclusie</source>
        <translation>Digital inclusion network</translation>
    </message>
    <message>
        <source>Sinds welke datum is %1 lid van het netwerk?</source>
        <translation>Since what date is %1 a member of the network?</translation>
    </message>
    <message>
        <source>Leden van het netwerk</source>
        <translation>Network members</translation>
    </message>
    <message>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Lokaal bestuur</source>
        <translation>Local government</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Lid sinds</source>
        <translation>Member since</translation>
    </message>
    <message>
        <source>Tot</source>
        <translation>Until</translation>
    </message>
    <message>
        <source>Nog geen leden. Kies “Lid toevoegen…” om iemand in het netwerk op te nemen.</source>
        <translation>No members yet. Choose “Add member…” to take someone into the network.</translation>
    </message>
    <message>
        <source>Ook &amp;vroegere leden</source>
        <translation>Also f&amp;ormer members</translation>
    </message>
    <message>
        <source>&amp;Lid toevoegen…</source>
        <translation>&amp;Add member…</translation>
    </message>
    <message>
        <source>Uit het &amp;netwerk…</source>
        <translation>Leave the &amp;network…</translation>
    </message>
    <message>
        <source>&amp;Exporteren als CSV…</source>
        <translation>&amp;Export as CSV…</translation>
    </message>
    <message>
        <source>%1 huidige leden bij %2 besturen</source>
        <translation>%1 current members at %2 governments</translation>
    </message>
    <message>
        <source>Lid toevoegen</source>
        <translation>Add member</translation>
    </message>
    <message>
        <source>Uit het netwerk</source>
        <translation>Leave the network</translation>
    </message>
    <message>
        <source>Op welke datum verliet %1 het netwerk?</source>
        <translation>On what date did %1 leave the network?</translation>
    </message>
    <message>
        <source>%1 leden geëxporteerd naar %2</source>
        <translation>%1 members exported to %2</translation>
    </message>
</context>
<context>
    <name>MergeContactsDialog</name>
    <message>
        <source>Contactpersonen samenvoegen</source>
        <translation>Merge contact persons</translation>
    </message>
    <message>
        <source>%1 blijft. De gekozen persoon verdwijnt; haar of zijn gesprekken, trajecten, contactmomenten, deelnames, feedback en bijlagen gaan naar %1.</source>
        <translation>%1 stays. The chosen person goes; their talks, trajectories, contact moments, attendance, feedback and attachments go to %1.</translation>
    </message>
    <message>
        <source>Samenvoegen &amp;met:</source>
        <translation>Merge &amp;with:</translation>
    </message>
    <message>
        <source>&amp;Samenvoegen</source>
        <translation>&amp;Merge</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>MonthChart</name>
    <message>
        <source>Maand</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Dit jaar</source>
        <translation>This year</translation>
    </message>
    <message>
        <source>Vorig jaar</source>
        <translation>Last year</translation>
    </message>
    <message>
        <source>vorig jaar %1</source>
        <translation>last year %1</translation>
    </message>
</context>
<context>
    <name>MyTrajectoriesPanel</name>
    <message>
        <source>Mijn trajecten</source>
        <translation>My trajectories</translation>
    </message>
    <message>
        <source>Aandacht</source>
        <translation>Attention</translation>
    </message>
    <message>
        <source>Traject</source>
        <translation>Trajectory</translation>
    </message>
    <message>
        <source>Lokaal bestuur</source>
        <translation>Local government</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Volgende actie</source>
        <translation>Next action</translation>
    </message>
    <message>
        <source>Geen lopende trajecten waarvan jij begeleider bent.</source>
        <translation>No running trajectories that you coach.</translation>
    </message>
    <message>
        <source>Alle tr&amp;ajecten</source>
        <translation>All tr&amp;ajectories</translation>
    </message>
    <message>
        <source>Mijn tra&amp;jecten (%1, waarvan %2 met aandachtspunten)</source>
        <translation>My tra&amp;jectories (%1, %2 of them needing attention)</translation>
    </message>
    <message>
        <source>in orde</source>
        <translation>in order</translation>
    </message>
</context>
<context>
    <name>NamedRecordEditor</name>
    <message>
        <source>De naam is verplicht.</source>
        <translation>The name is required.</translation>
    </message>
    <message>
        <source>Dit record bestaat niet meer.</source>
        <translation>This record no longer exists.</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <source>Overzicht</source>
        <translation>Overview</translation>
    </message>
    <message>
        <source>Lokale besturen</source>
        <translation>Local governments</translation>
    </message>
    <message>
        <source>Adviesgesprekken</source>
        <translation>Advice talks</translation>
    </message>
    <message>
        <source>Trajecten</source>
        <translation>Trajectories</translation>
    </message>
    <message>
        <source>Focusgroepen</source>
        <translation>Focus groups</translation>
    </message>
    <message>
        <source>Opvolgacties</source>
        <translation>Follow-up actions</translation>
    </message>
    <message>
        <source>Activiteiten</source>
        <translation>Activities</translation>
    </message>
    <message>
        <source>Communicatie</source>
        <translation>Communication</translation>
    </message>
    <message>
        <source>Beheer</source>
        <translation>Administration</translation>
    </message>
</context>
<context>
    <name>NavigationBar</name>
    <message>
        <source>Navigatie</source>
        <extracomment>the icon of each page (the set&apos;s names); pages not named here get none</extracomment>
        <translation>Navigation</translation>
    </message>
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
            <numerusform>of which %n late</numerusform>
            <numerusform>of which %n late</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n vragen aandacht</source>
        <translation>
            <numerusform>%n needs attention</numerusform>
            <numerusform>%n need attention</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n te bevestigen</source>
        <translation>
            <numerusform>%n to confirm</numerusform>
            <numerusform>%n to confirm</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NewFollowUps</name>
    <message>
        <source>Opvolga&amp;ctie toevoegen</source>
        <translation>Add &amp;follow-up action</translation>
    </message>
    <message>
        <source>Actie %1:</source>
        <translation>Action %1:</translation>
    </message>
    <message>
        <source>Omschrijving van actie %1</source>
        <translation>Description of action %1</translation>
    </message>
    <message>
        <source>Verantwoordelijke van actie %1</source>
        <translation>Owner of action %1</translation>
    </message>
    <message>
        <source>Vervaldatum van actie %1</source>
        <translation>Due date of action %1</translation>
    </message>
    <message>
        <source>Verwijderen</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Actie %1 verwijderen</source>
        <translation>Remove action %1</translation>
    </message>
    <message>
        <source>wat moet er gebeuren?</source>
        <translation>what needs to be done?</translation>
    </message>
</context>
<context>
    <name>OptionalDateEdit</name>
    <message>
        <source>geen datum</source>
        <translation>no date</translation>
    </message>
</context>
<context>
    <name>OverdueStatus</name>
    <message>
        <source>achterstallige opvolgacties</source>
        <translation>overdue follow-up actions</translation>
    </message>
    <message>
        <source>Geen achterstallige opvolgacties</source>
        <translation>No overdue follow-up actions</translation>
    </message>
    <message>
        <source>⚠ 1 van mijn opvolgacties is achterstallig</source>
        <translation>⚠ 1 of my follow-up actions is overdue</translation>
    </message>
    <message>
        <source>⚠ %1 van mijn opvolgacties zijn achterstallig</source>
        <translation>⚠ %1 of my follow-up actions are overdue</translation>
    </message>
    <message>
        <source>⚠ 1 opvolgactie is achterstallig</source>
        <translation>⚠ 1 follow-up action is overdue</translation>
    </message>
    <message>
        <source>⚠ %1 opvolgacties zijn achterstallig</source>
        <translation>⚠ %1 follow-up actions are overdue</translation>
    </message>
    <message>
        <source>Naar de opvolgacties</source>
        <translation>Go to the follow-up actions</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Adviesgesprekken met lokale besturen</source>
        <extracomment>the plan&apos;s words for its three figures (reports, ``supportdesk stats``, the Overzicht)</extracomment>
        <translation>Advice talks with local governments</translation>
    </message>
    <message>
        <source>Ondersteuningstrajecten op maat</source>
        <translation>Custom support trajectories</translation>
    </message>
    <message>
        <source>Focusgroepen met lokale besturen</source>
        <translation>Focus groups with local governments</translation>
    </message>
    <message>
        <source>%1 %2 (geen doel voor dit jaar)</source>
        <translation>%1 %2 (no target for this year)</translation>
    </message>
    <message>
        <source>gehouden</source>
        <extracomment>what a figure counts, said after it (&quot;2 van 3 gehouden&quot;)</extracomment>
        <translation>held</translation>
    </message>
    <message>
        <source>gestart</source>
        <translation>started</translation>
    </message>
    <message>
        <source>te bevestigen</source>
        <translation>to confirm</translation>
    </message>
    <message>
        <source>bereikt</source>
        <translation>reached</translation>
    </message>
    <message>
        <source>nog niet</source>
        <translation>not yet</translation>
    </message>
    <message>
        <source>%1 gepland</source>
        <translation>%1 planned</translation>
    </message>
    <message>
        <source>%1 te bevestigen</source>
        <translation>%1 to confirm</translation>
    </message>
    <message>
        <source>doel bereikt</source>
        <translation>target reached</translation>
    </message>
    <message>
        <source>doel nog niet bereikt</source>
        <translation>target not reached yet</translation>
    </message>
    <message>
        <source>%1 van %2 %3 (%4 %) — %5</source>
        <translation>%1 of %2 %3 (%4 %) — %5</translation>
    </message>
    <message>
        <source>Overzicht</source>
        <translation>Overview</translation>
    </message>
    <message>
        <source>Jaar</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>&amp;Jaar:</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <source>Achterstallige opvolgacties</source>
        <translation>Overdue follow-up actions</translation>
    </message>
    <message>
        <source>Vervaldatum</source>
        <translation>Due date</translation>
    </message>
    <message>
        <source>Opvolgactie</source>
        <translation>Follow-up action</translation>
    </message>
    <message>
        <source>Hoort bij</source>
        <translation>Belongs to</translation>
    </message>
    <message>
        <source>Alle &amp;opvolgacties</source>
        <translation>All follow-up &amp;actions</translation>
    </message>
    <message>
        <source>Recente activiteit</source>
        <translation>Recent activity</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Soort</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Wat</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>&amp;Recente activiteit</source>
        <translation>&amp;Recent activity</translation>
    </message>
    <message>
        <source>Actieplan %1</source>
        <translation>Action plan %1</translation>
    </message>
    <message>
        <source>&amp;Mijn achterstallige opvolgacties (%1)</source>
        <translation>&amp;My overdue follow-up actions (%1)</translation>
    </message>
    <message>
        <source>&amp;Achterstallige opvolgacties (%1)</source>
        <translation>&amp;Overdue follow-up actions (%1)</translation>
    </message>
    <message>
        <source>Niets achterstallig.</source>
        <translation>Nothing overdue.</translation>
    </message>
    <message>
        <source>… en nog %1 (zie Opvolgacties)</source>
        <translation>… and %1 more (see Follow-up actions)</translation>
    </message>
    <message>
        <source>Nog geen activiteit.</source>
        <translation>No activity yet.</translation>
    </message>
    <message>
        <source>Actie afgewerkt</source>
        <translation>Action done</translation>
    </message>
    <message>
        <source>Jaarrapport als &amp;PDF…</source>
        <translation>Year report as &amp;PDF…</translation>
    </message>
    <message>
        <source>gepubliceerd</source>
        <translation>published</translation>
    </message>
    <message>
        <source>deelnemersuren</source>
        <translation>participant hours</translation>
    </message>
    <message>
        <source>mijlpaal: %1</source>
        <translation>milestone: %1</translation>
    </message>
</context>
<context>
    <name>ParticipantsPanel</name>
    <message>
        <source>Deelnemers</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Lokaal bestuur</source>
        <translation>Local government</translation>
    </message>
    <message>
        <source>Contactpersoon</source>
        <translation>Contact person</translation>
    </message>
    <message>
        <source>Aanwezigheid</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <source>Nog niemand uitgenodigd.</source>
        <translation>Nobody invited yet.</translation>
    </message>
    <message>
        <source>Toets 1 tot 4: uitgenodigd, aanwezig, afwezig, verontschuldigd</source>
        <translation>Keys 1 to 4: invited, present, absent, excused</translation>
    </message>
    <message>
        <source>Lokaal bestuur om uit te nodigen</source>
        <translation>Local government to invite</translation>
    </message>
    <message>
        <source>Contactpersoon om uit te nodigen</source>
        <translation>Contact person to invite</translation>
    </message>
    <message>
        <source>het bestuur zelf</source>
        <translation>the government itself</translation>
    </message>
    <message>
        <source>&amp;Uitnodigen:</source>
        <translation>In&amp;vite:</translation>
    </message>
    <message>
        <source>U&amp;itnodigen</source>
        <translation>&amp;Invite</translation>
    </message>
    <message>
        <source>Aanwezigheid van de gekozen deelnemer</source>
        <translation>Attendance of the chosen participant</translation>
    </message>
    <message>
        <source>&amp;Aanwezigheid:</source>
        <translation>&amp;Attendance:</translation>
    </message>
    <message>
        <source>Uitnodigen</source>
        <translation>Invite</translation>
    </message>
    <message>
        <source>%1 van de deelnemerslijst halen?</source>
        <translation>Remove %1 from the participants list?</translation>
    </message>
    <message>
        <source>Deelnemer verwijderen</source>
        <translation>Remove participant</translation>
    </message>
    <message>
        <source>Deelnemer</source>
        <translation>Participant</translation>
    </message>
</context>
<context>
    <name>PeriodDialog</name>
    <message>
        <source>Dossieroverzicht als PDF</source>
        <translation>Case summary as PDF</translation>
    </message>
    <message>
        <source>Dossieroverzicht van %1. Laat beide data leeg voor de hele geschiedenis, of beperk het tot een periode.</source>
        <translation>Case summary of %1. Leave both dates empty for the whole history, or limit it to a period.</translation>
    </message>
    <message>
        <source>Vanaf (leeg: van het begin)</source>
        <translation>From (empty: from the start)</translation>
    </message>
    <message>
        <source>Tot en met (leeg: tot vandaag)</source>
        <translation>Up to and including (empty: until today)</translation>
    </message>
    <message>
        <source>&amp;Vanaf:</source>
        <translation>&amp;From:</translation>
    </message>
    <message>
        <source>&amp;Tot en met:</source>
        <translation>&amp;Up to and including:</translation>
    </message>
    <message>
        <source>Een datum leegmaken: selecteer ze en druk op Delete.</source>
        <translation>To empty a date: select it and press Delete.</translation>
    </message>
    <message>
        <source>Ver&amp;der…</source>
        <translation>&amp;Next…</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>“Vanaf” ligt na “Tot en met”.</source>
        <translation>“From” is after “Up to and including”.</translation>
    </message>
</context>
<context>
    <name>PlanRecordsDialog</name>
    <message>
        <source>%1 %2 in %3</source>
        <translation>%1 %2 in %3</translation>
    </message>
    <message>
        <source>Wat meetelt</source>
        <translation>What counts</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Soort</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Wat</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Lokaal bestuur</source>
        <translation>Local government</translation>
    </message>
    <message>
        <source>Deelnemersuren</source>
        <translation>Participant hours</translation>
    </message>
    <message>
        <source>Nog niets dat meetelt.</source>
        <translation>Nothing that counts yet.</translation>
    </message>
</context>
<context>
    <name>PlanTree</name>
    <message>
        <source>Actieplan</source>
        <translation>Action plan</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Wat het plan vraagt</source>
        <translation>What the plan asks</translation>
    </message>
    <message>
        <source>Voortgang</source>
        <translation>Progress</translation>
    </message>
    <message>
        <source>Stand</source>
        <translation>Standing</translation>
    </message>
    <message>
        <source>Enter of dubbelklik: de lijst achter het cijfer</source>
        <translation>Enter or double-click: the list behind the figure</translation>
    </message>
    <message>
        <source>Jaarplan</source>
        <translation>Year plan</translation>
    </message>
    <message>
        <source>Jaarplan &amp;invullen…</source>
        <translation>Fill &amp;in the year&apos;s plan…</translation>
    </message>
    <message>
        <source>Per maand</source>
        <translation>Per month</translation>
    </message>
    <message>
        <source>Adviesgesprekken per thema</source>
        <translation>Advice talks per theme</translation>
    </message>
    <message>
        <source>Gesprekken</source>
        <translation>Talks</translation>
    </message>
    <message>
        <source>Adviesgesprekken per provincie</source>
        <translation>Advice talks per province</translation>
    </message>
    <message>
        <source>Per maan&amp;d: %1 %2</source>
        <extracomment>what was read for the year shown: its months and last year&apos;s, its talks per theme and per province (read when a talk item is chosen)</extracomment>
        <translation>P&amp;er month: %1 %2</translation>
    </message>
    <message>
        <source>Voor %1 is nog geen jaarplan ingevuld.</source>
        <translation>There is no plan for %1 yet.</translation>
    </message>
    <message>
        <source>Voor %1 zijn nog geen doelen bepaald.</source>
        <translation>No targets have been set for %1 yet.</translation>
    </message>
    <message>
        <source>Voor %1 is nog geen jaarplan vastgelegd: de doelen hieronder zijn die van het vorige plan.</source>
        <translation>No plan has been set for %1 yet: the targets below are those of the last plan.</translation>
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message>
        <source>Vraag</source>
        <extracomment>the headings of the text fields (``supportdesk.queries.preview.KINDS``)</extracomment>
        <translation>Question</translation>
    </message>
    <message>
        <source>Advies</source>
        <translation>Advice</translation>
    </message>
    <message>
        <source>Notities</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Noden</source>
        <translation>Needs</translation>
    </message>
    <message>
        <source>Doelen</source>
        <translation>Goals</translation>
    </message>
    <message>
        <source>Aanpak</source>
        <translation>Approach</translation>
    </message>
    <message>
        <source>Noden voor nieuwe tools</source>
        <translation>Needs for new tools</translation>
    </message>
    <message>
        <source>Omschrijving</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Feedback</translation>
    </message>
    <message>
        <source>Voorbeeld</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>Kies een rij om ze hier te lezen.</source>
        <translation>Choose a row to read it here.</translation>
    </message>
</context>
<context>
    <name>PublicationEditor</name>
    <message>
        <source>Nieuwe publicatie</source>
        <extracomment>the fields only some kinds have, by kind</extracomment>
        <translation>New publication</translation>
    </message>
    <message>
        <source>https://www.vvsg.be/…</source>
        <translation>https://www.vvsg.be/…</translation>
    </message>
    <message>
        <source>bv. Lokaal</source>
        <translation>e.g. Lokaal</translation>
    </message>
    <message>
        <source>geen</source>
        <translation>none</translation>
    </message>
    <message>
        <source>de onderwerpen van de nieuwsbrief, één per regel</source>
        <translation>the newsletter&apos;s topics, one per line</translation>
    </message>
    <message>
        <source>&amp;Soort:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <source>&amp;Titel:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <source>Gepubliceer&amp;d op:</source>
        <translation>Pu&amp;blished on:</translation>
    </message>
    <message>
        <source>&amp;Link:</source>
        <translation>&amp;Link:</translation>
    </message>
    <message>
        <source>&amp;Over lokaal bestuur:</source>
        <translation>&amp;About local government:</translation>
    </message>
    <message>
        <source>&amp;Medium:</source>
        <translation>&amp;Medium:</translation>
    </message>
    <message>
        <source>Over goede &amp;praktijk:</source>
        <translation>About good p&amp;ractice:</translation>
    </message>
    <message>
        <source>&amp;Items:</source>
        <translation>&amp;Items:</translation>
    </message>
    <message>
        <source>&amp;Notities:</source>
        <translation>&amp;Notes:</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>De titel is verplicht.</source>
        <translation>The title is required.</translation>
    </message>
</context>
<context>
    <name>Questions</name>
    <message>
        <source>Niet bewaarde wijzigingen</source>
        <extracomment>one button: the answer it gives, its (translated) text with its mnemonic, its role</extracomment>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <source>Je hebt wijzigingen die nog niet bewaard zijn.</source>
        <translation>You have changes that are not saved yet.</translation>
    </message>
    <message>
        <source>Wil je ze bewaren?</source>
        <translation>Do you want to save them?</translation>
    </message>
    <message>
        <source>&amp;Bewaren</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>&amp;Niet bewaren</source>
        <translation>&amp;Don&apos;t save</translation>
    </message>
    <message>
        <source>&amp;Verder bewerken</source>
        <translation>&amp;Keep editing</translation>
    </message>
    <message>
        <source>Intussen gewijzigd</source>
        <translation>Changed meanwhile</translation>
    </message>
    <message>
        <source>Iemand anders heeft dit record bewaard terwijl jij het bewerkte.</source>
        <translation>Someone else saved this record while you were editing it.</translation>
    </message>
    <message>
        <source>Laad hun versie (wat jij typte gaat verloren), of werk verder: wat je typte blijft staan en als je daarna opnieuw bewaart, vervang je hun versie.</source>
        <translation>Load their version (what you typed is lost), or keep editing: what you typed stays and if you then save again, you replace their version.</translation>
    </message>
    <message>
        <source>Hun versie &amp;laden</source>
        <translation>&amp;Load their version</translation>
    </message>
</context>
<context>
    <name>ReadProblems</name>
    <message>
        <source>Opnieuw lezen (F5)</source>
        <translation>Read again (F5)</translation>
    </message>
    <message>
        <source>Opnieuw lezen</source>
        <translation>Read again</translation>
    </message>
    <message>
        <source>Niet gelezen</source>
        <translation>Not read</translation>
    </message>
    <message>
        <source>⚠ Niet gelezen: %1 — %2</source>
        <translation>⚠ Not read: %1 — %2</translation>
    </message>
</context>
<context>
    <name>RecordList</name>
    <message>
        <source>Bewerken…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Bewerken</source>
        <translation>Edit</translation>
    </message>
    <message>
        <source>Omhoog (Alt+↑)</source>
        <translation>Up (Alt+↑)</translation>
    </message>
    <message>
        <source>Eén plaats omhoog</source>
        <translation>One place up</translation>
    </message>
    <message>
        <source>Omlaag (Alt+↓)</source>
        <translation>Down (Alt+↓)</translation>
    </message>
    <message>
        <source>Eén plaats omlaag</source>
        <translation>One place down</translation>
    </message>
</context>
<context>
    <name>RecordTable</name>
    <message>
        <source>Kolommen &amp;passend maken</source>
        <translation>&amp;Fit columns to contents</translation>
    </message>
    <message>
        <source>Kolommen &amp;terugzetten</source>
        <translation>&amp;Reset columns</translation>
    </message>
</context>
<context>
    <name>RescheduleDialog</name>
    <message>
        <source>Vervaldatum verplaatsen</source>
        <translation>Reschedule due date</translation>
    </message>
    <message>
        <source>Nieuwe vervaldatum</source>
        <translation>New due date</translation>
    </message>
    <message>
        <source>&amp;Nieuwe vervaldatum:</source>
        <translation>&amp;New due date:</translation>
    </message>
    <message>
        <source>Opvolgactie:</source>
        <translation>Follow-up action:</translation>
    </message>
</context>
<context>
    <name>Restore</name>
    <message>
        <source>bij het starten</source>
        <translation>at start</translation>
    </message>
    <message>
        <source>vóór een herstel</source>
        <translation>before a restore</translation>
    </message>
    <message>
        <source>Reservekopie terugzetten</source>
        <translation>Restore a backup</translation>
    </message>
    <message>
        <source>Kies de reservekopie die je wilt terugzetten. Wat nu in de databank staat, wordt eerst als kopie bewaard.</source>
        <translation>Choose the backup to restore. What the database holds now is kept as a copy first.</translation>
    </message>
    <message>
        <source>Reservekopieën</source>
        <translation>Backups</translation>
    </message>
    <message>
        <source>Er zijn nog geen reservekopieën.</source>
        <translation>There are no backups yet.</translation>
    </message>
    <message>
        <source>&amp;Ander bestand…</source>
        <translation>&amp;Other file…</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>&amp;Terugzetten…</source>
        <translation>&amp;Restore…</translation>
    </message>
    <message>
        <source>Reservekopie kiezen</source>
        <translation>Choose a backup</translation>
    </message>
    <message>
        <source>SupportDesk-databank (*.sqlite3 *.sqlite *.db);;Alle bestanden (*)</source>
        <translation>SupportDesk database (*.sqlite3 *.sqlite *.db);;All files (*)</translation>
    </message>
    <message>
        <source>Reservekopie terugzetten?</source>
        <translation>Restore the backup?</translation>
    </message>
    <message>
        <source>De databank %1 wordt vervangen door de reservekopie %2. Wat er nu in staat, wordt eerst als kopie in de map backups bewaard. Doorgaan?</source>
        <translation>The database %1 will be replaced by the backup %2. What it holds now is first kept as a copy in the backups folder. Continue?</translation>
    </message>
    <message>
        <source>Deze databank staat op een PostgreSQL-server. Maak en herstel kopieën met pg_dump en pg_restore, of met export en import (zie de handleiding).</source>
        <translation>This database is on a PostgreSQL server. Make and restore copies with pg_dump and pg_restore, or with export and import (see the manual).</translation>
    </message>
    <message>
        <source>Niet teruggezet</source>
        <translation>Not restored</translation>
    </message>
    <message>
        <source>Teruggezet</source>
        <translation>Restored</translation>
    </message>
    <message>
        <source>De reservekopie is teruggezet.</source>
        <translation>The backup has been restored.</translation>
    </message>
    <message>
        <source>De vorige databank is bewaard als %1</source>
        <translation>The previous database was kept as %1</translation>
    </message>
    <message>
        <source>Reservekopie &amp;terugzetten…</source>
        <translation>&amp;Restore a backup…</translation>
    </message>
</context>
<context>
    <name>SearchBox</name>
    <message>
        <source>Lokale besturen</source>
        <extracomment>the kinds in the order their groups are shown kinds whose title is a long text (a question, a task): the government and date first</extracomment>
        <translation>Local governments</translation>
    </message>
    <message>
        <source>Contactpersonen</source>
        <translation>Contact persons</translation>
    </message>
    <message>
        <source>Adviesgesprekken</source>
        <translation>Advice talks</translation>
    </message>
    <message>
        <source>Trajecten</source>
        <translation>Trajectories</translation>
    </message>
    <message>
        <source>Focusgroepen</source>
        <translation>Focus groups</translation>
    </message>
    <message>
        <source>Activiteiten</source>
        <translation>Activities</translation>
    </message>
    <message>
        <source>Publicaties</source>
        <translation>Publications</translation>
    </message>
    <message>
        <source>Opvolgacties</source>
        <translation>Follow-up actions</translation>
    </message>
    <message>
        <source>Zoek overal (Ctrl+K)</source>
        <translation>Search everywhere (Ctrl+K)</translation>
    </message>
    <message>
        <source>Zoek overal</source>
        <translation>Search everywhere</translation>
    </message>
    <message>
        <source>Zoekt in besturen, contactpersonen, gesprekken, trajecten, focusgroepen en acties</source>
        <translation>Searches governments, contact persons, talks, trajectories, focus groups and actions</translation>
    </message>
    <message>
        <source>Niets gevonden.</source>
        <translation>Nothing found.</translation>
    </message>
    <message numerus="yes">
        <source>%n resultaten; gekozen: %1</source>
        <translation>
            <numerusform>%n result; chosen: %1</numerusform>
            <numerusform>%n results; chosen: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchResults</name>
    <message>
        <source>Zoekresultaten</source>
        <translation>Search results</translation>
    </message>
    <message>
        <source>in de tekst: %1</source>
        <translation>in the text: %1</translation>
    </message>
    <message>
        <source>Niets gevonden voor “%1”.</source>
        <translation>Nothing found for “%1”.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Instellingen</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Wie ben ik</source>
        <translation>Who am I</translation>
    </message>
    <message>
        <source>(niemand gekozen)</source>
        <translation>(nobody chosen)</translation>
    </message>
    <message>
        <source>Taal</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Taal van het systeem</source>
        <translation>System language</translation>
    </message>
    <message>
        <source>Kleuren</source>
        <translation>Colours</translation>
    </message>
    <message>
        <source>Zoals het systeem</source>
        <translation>As the system</translation>
    </message>
    <message>
        <source>Licht</source>
        <translation>Light</translation>
    </message>
    <message>
        <source>Donker</source>
        <translation>Dark</translation>
    </message>
    <message>
        <source>&amp;Wie ben ik:</source>
        <translation>&amp;Who am I:</translation>
    </message>
    <message>
        <source>&amp;Taal:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>&amp;Kleuren:</source>
        <translation>&amp;Colours:</translation>
    </message>
    <message>
        <source>Je naam wordt bewaard bij wat je vastlegt, en de opvolgacties tonen standaard de jouwe. Een andere taal geldt vanaf de volgende start.</source>
        <translation>Your name is stored with what you record, and the follow-up actions show yours by default. Another language applies from the next start.</translation>
    </message>
</context>
<context>
    <name>StartCheck</name>
    <message>
        <source>Databank wordt gecontroleerd en een reservekopie gemaakt…</source>
        <translation>Checking the database and making a backup…</translation>
    </message>
    <message>
        <source>Databank in orde, maar geen reservekopie gemaakt: %1</source>
        <translation>Database is sound, but no backup was made: %1</translation>
    </message>
    <message>
        <source>Databank in orde; reservekopie gemaakt.</source>
        <translation>Database is sound; backup made.</translation>
    </message>
    <message>
        <source>Databank niet gecontroleerd: %1. Dat gebeurt bij de volgende start.</source>
        <translation>Database not checked: %1. That will happen at the next start.</translation>
    </message>
    <message>
        <source>De nieuwste reservekopie is teruggezet.</source>
        <translation>The newest backup has been restored.</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Dit is geen bestand waarin SupportDesk een databank kan bewaren.</source>
        <translation>This is not a file SupportDesk can keep a database in.</translation>
    </message>
    <message>
        <source>Databankserver niet bereikbaar</source>
        <translation>Database server unreachable</translation>
    </message>
    <message>
        <source>De databankserver antwoordt niet of weigert de verbinding.</source>
        <translation>The database server does not answer or refuses the connection.</translation>
    </message>
    <message>
        <source>Opnieuw &amp;proberen</source>
        <translation>&amp;Try again</translation>
    </message>
    <message>
        <source>&amp;Lokaal bestand openen…</source>
        <translation>Open a &amp;local file…</translation>
    </message>
    <message>
        <source>Dit bestand is geen SupportDesk-databank.</source>
        <translation>This file is not a SupportDesk database.</translation>
    </message>
    <message>
        <source>Deze databank werd bijgewerkt door een nieuwere versie van SupportDesk. Installeer die nieuwere versie om ze te openen.</source>
        <translation>This database was updated by a newer version of SupportDesk. Install that newer version to open it.</translation>
    </message>
    <message>
        <source>De databank kan niet geopend of gelezen worden (beschadigd, geen toegang of geen databank).</source>
        <translation>The database cannot be opened or read (damaged, no access, or not a database).</translation>
    </message>
    <message>
        <source>Databank niet geopend</source>
        <translation>Database not opened</translation>
    </message>
    <message>
        <source>Bestand: %1</source>
        <translation>File: %1</translation>
    </message>
    <message>
        <source>&amp;Ander bestand kiezen…</source>
        <translation>Choose &amp;another file…</translation>
    </message>
    <message>
        <source>&amp;Nieuwe databank maken…</source>
        <translation>Create a &amp;new database…</translation>
    </message>
    <message>
        <source>&amp;Afsluiten</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>SupportDesk-databank (*.sqlite3 *.sqlite *.db);;Alle bestanden (*)</source>
        <translation>SupportDesk database (*.sqlite3 *.sqlite *.db);;All files (*)</translation>
    </message>
    <message>
        <source>Nieuwe databank</source>
        <translation>New database</translation>
    </message>
    <message>
        <source>Databank openen</source>
        <translation>Open database</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Aandacht nodig</source>
        <translation>Needs attention</translation>
    </message>
    <message>
        <source>Een statusstap wordt meteen bewaard zodra je de datum bevestigt, los van Bewaren.</source>
        <translation>A status step is saved as soon as you confirm its date, apart from Save.</translation>
    </message>
</context>
<context>
    <name>SteppedEditor</name>
    <message>
        <source>&amp;Nu bewaren</source>
        <translation>Save &amp;now</translation>
    </message>
</context>
<context>
    <name>TableExport</name>
    <message>
        <source>Cijfers %1</source>
        <extracomment>the table of each page with a list: a module of ``supportdesk.tables``, or a sheet in one</extracomment>
        <translation>Figures %1</translation>
    </message>
    <message>
        <source>Excel-werkmap (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV met puntkomma&apos;s, voor Excel in België (*.csv)</source>
        <translation>CSV with semicolons, for Excel in Belgium (*.csv)</translation>
    </message>
    <message>
        <source>CSV met komma&apos;s (*.csv)</source>
        <translation>CSV with commas (*.csv)</translation>
    </message>
    <message>
        <source>Agenda (*.ics)</source>
        <translation>Calendar (*.ics)</translation>
    </message>
    <message>
        <source>1 rij</source>
        <translation>1 row</translation>
    </message>
    <message>
        <source>%1 rijen</source>
        <translation>%1 rows</translation>
    </message>
    <message>
        <source>Exporteren naar Excel/CSV</source>
        <translation>Export to Excel/CSV</translation>
    </message>
    <message>
        <source>Opvolgacties naar agenda</source>
        <translation>Follow-up actions to calendar</translation>
    </message>
    <message>
        <source>Opvolgacties</source>
        <translation>Follow-up actions</translation>
    </message>
    <message>
        <source>%1 en %2.</source>
        <translation>%1 and %2.</translation>
    </message>
    <message>
        <source>%1 acties zonder vervaldatum staan er niet in.</source>
        <translation>%1 actions without a due date are not included.</translation>
    </message>
    <message>
        <source>&amp;Bestand</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>E&amp;xporteren naar Excel/CSV…</source>
        <translation>E&amp;xport to Excel/CSV…</translation>
    </message>
    <message>
        <source>De lijst op het scherm, met alle rijen, als .xlsx of .csv</source>
        <translation>The list on screen, with all its rows, as .xlsx or .csv</translation>
    </message>
    <message>
        <source>Opvolgacties naar a&amp;genda (.ics)…</source>
        <translation>Follow-up actions to calen&amp;dar (.ics)…</translation>
    </message>
    <message>
        <source>Open opvolgacties en geplande focusgroepen voor Outlook of Thunderbird</source>
        <translation>Open follow-up actions and planned focus groups for Outlook or Thunderbird</translation>
    </message>
    <message>
        <source>Bestand klaar</source>
        <translation>File ready</translation>
    </message>
    <message>
        <source>Bewaard als %1.</source>
        <translation>Saved as %1.</translation>
    </message>
    <message>
        <source>Bestand openen?</source>
        <translation>Open the file?</translation>
    </message>
    <message>
        <source>Het bestand is niet gemaakt.</source>
        <translation>The file was not made.</translation>
    </message>
    <message>
        <source>Voortgang van de export</source>
        <translation>Export progress</translation>
    </message>
    <message>
        <source>Het bestand kon niet gemaakt worden: %1</source>
        <translation>The file could not be made: %1</translation>
    </message>
</context>
<context>
    <name>Tables</name>
    <message>
        <source>Vervaldatum volgende actie</source>
        <translation>Next action due</translation>
    </message>
    <message>
        <source>Groep</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>Jaar</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Doelstelling</source>
        <translation>Objective</translation>
    </message>
    <message>
        <source>Actieplan</source>
        <translation>Action plan</translation>
    </message>
    <message>
        <source>Gerealiseerd</source>
        <translation>Achieved</translation>
    </message>
    <message>
        <source>Doel</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Percentage</source>
        <translation>Percentage</translation>
    </message>
    <message>
        <source>Doel bereikt</source>
        <translation>Target reached</translation>
    </message>
    <message>
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>nee</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Cijfers %1</source>
        <translation>Figures %1</translation>
    </message>
</context>
<context>
    <name>TeamMemberEditor</name>
    <message>
        <source>Nieuwe medewerker</source>
        <translation>New team member</translation>
    </message>
    <message>
        <source>bv. naam@organisatie.be</source>
        <translation>e.g. name@organisation.be</translation>
    </message>
    <message>
        <source>&amp;Naam:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>Medewerker bewerken</source>
        <translation>Edit team member</translation>
    </message>
</context>
<context>
    <name>TeamTab</name>
    <message>
        <source>&amp;Medewerkers</source>
        <translation>Team &amp;members</translation>
    </message>
    <message>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Toon wie niet meer &amp;actief is</source>
        <translation>Show who is no longer &amp;active</translation>
    </message>
    <message>
        <source>&amp;Nieuwe medewerker…</source>
        <translation>&amp;New team member…</translation>
    </message>
    <message>
        <source>actief</source>
        <translation>active</translation>
    </message>
    <message>
        <source>niet meer actief</source>
        <translation>no longer active</translation>
    </message>
</context>
<context>
    <name>ThemeEditor</name>
    <message>
        <source>Nieuw thema</source>
        <translation>New theme</translation>
    </message>
    <message>
        <source>&amp;Naam:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Beschrijving:</source>
        <translation>&amp;Description:</translation>
    </message>
    <message>
        <source>Thema bewerken</source>
        <translation>Edit theme</translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <source>Bijlagen: %1</source>
        <translation>Attachments: %1</translation>
    </message>
    <message>
        <source>Bijlage: %1</source>
        <extracomment>entries read per page the label group of each kind&apos;s state code the status group of meetings that may not have taken place the icon of each kind, where it is not the kind&apos;s own name (entries shown, entries in all) after every load</extracomment>
        <translation>Attachment: %1</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>Alle soorten</source>
        <extracomment>(record kind, public id) to open</extracomment>
        <translation>All kinds</translation>
    </message>
    <message>
        <source>Soort</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Soo&amp;rt:</source>
        <translation>K&amp;ind:</translation>
    </message>
    <message>
        <source>Alles</source>
        <translation>Everything</translation>
    </message>
    <message>
        <source>Laatste 12 maanden</source>
        <translation>Last 12 months</translation>
    </message>
    <message>
        <source>Dit jaar</source>
        <translation>This year</translation>
    </message>
    <message>
        <source>Vorig jaar</source>
        <translation>Last year</translation>
    </message>
    <message>
        <source>Periode</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Per&amp;iode:</source>
        <translation>Pe&amp;riod:</translation>
    </message>
    <message>
        <source>Aantal gebeurtenissen</source>
        <translation>Number of events</translation>
    </message>
    <message>
        <source>Geschiedenis</source>
        <translation>History</translation>
    </message>
    <message numerus="yes">
        <source>%n gebeurtenis(sen)</source>
        <translation>
            <numerusform>%n event</numerusform>
            <numerusform>%n events</numerusform>
        </translation>
    </message>
    <message>
        <source>Niets in deze soort of periode. Kies ‘Alle soorten’ en ‘Alles’.</source>
        <translation>Nothing of this kind or in this period. Choose ‘All kinds’ and ‘Everything’.</translation>
    </message>
    <message>
        <source>Nog geen adviesgesprekken, trajecten, focusgroepen, activiteiten of opvolgacties. Begin met ‘Nieuw adviesgesprek…’ hierboven (Alt+U).</source>
        <translation>No advice talks, trajectories, focus groups, activities or follow-up actions yet. Start with ‘New advice talk…’ above (Alt+W).</translation>
    </message>
</context>
<context>
    <name>ToolEditor</name>
    <message>
        <source>Nieuwe tool</source>
        <translation>New tool</translation>
    </message>
    <message>
        <source>in eigen woorden, bv. inspiratiegids</source>
        <translation>in your own words, e.g. inspiration guide</translation>
    </message>
    <message>
        <source>bv. Mediawijs</source>
        <translation>e.g. Mediawijs</translation>
    </message>
    <message>
        <source>&amp;Naam:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Soort:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <source>Soort in &amp;eigen woorden:</source>
        <translation>Kind in your o&amp;wn words:</translation>
    </message>
    <message>
        <source>&amp;Eigenaar (organisatie):</source>
        <translation>O&amp;wner (organisation):</translation>
    </message>
    <message>
        <source>&amp;Link:</source>
        <translation>&amp;Link:</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <source>&amp;Beschrijving:</source>
        <translation>&amp;Description:</translation>
    </message>
    <message>
        <source>Tool bewerken</source>
        <translation>Edit tool</translation>
    </message>
</context>
<context>
    <name>TrajectoriesPage</name>
    <message>
        <source>1 actie te laat</source>
        <translation>1 overdue action</translation>
    </message>
    <message>
        <source>%1 acties te laat</source>
        <translation>%1 overdue actions</translation>
    </message>
    <message>
        <source>einddatum voorbij</source>
        <translation>end date passed</translation>
    </message>
    <message>
        <source>Traject %1</source>
        <translation>Trajectory %1</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Lokaal bestuur</source>
        <translation>Local government</translation>
    </message>
    <message>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Begeleiders</source>
        <translation>Coaches</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Gepland einde</source>
        <translation>Planned end</translation>
    </message>
    <message>
        <source>Volgende actie</source>
        <translation>Next action</translation>
    </message>
    <message>
        <source>Aandacht</source>
        <translation>Attention</translation>
    </message>
    <message>
        <source>in titel, noden, doelen of bestuur</source>
        <translation>in title, needs, goals or government</translation>
    </message>
    <message>
        <source>Fi&amp;lter:</source>
        <translation>Fi&amp;lter:</translation>
    </message>
    <message>
        <source>nog niet afgesloten</source>
        <translation>not closed yet</translation>
    </message>
    <message>
        <source>afgesloten</source>
        <translation>closed</translation>
    </message>
    <message>
        <source>St&amp;atus:</source>
        <translation>St&amp;atus:</translation>
    </message>
    <message>
        <source>alle</source>
        <translation>all</translation>
    </message>
    <message>
        <source>iedereen</source>
        <translation>everyone</translation>
    </message>
    <message>
        <source>Begeleide&amp;r:</source>
        <translation>Coa&amp;ch:</translation>
    </message>
    <message>
        <source>&amp;Jaar:</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <source>alle jaren</source>
        <translation>all years</translation>
    </message>
    <message>
        <source>Start&amp;positie:</source>
        <translation>Starting &amp;position:</translation>
    </message>
    <message>
        <source>onbekend</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>Aa&amp;ndacht:</source>
        <translation>Atte&amp;ntion:</translation>
    </message>
    <message>
        <source>te laat of feedback ontbreekt</source>
        <translation>overdue or feedback missing</translation>
    </message>
    <message>
        <source>te laat</source>
        <translation>overdue</translation>
    </message>
    <message>
        <source>Geen trajecten die aan de filters voldoen. Filters wissen (Alt+W) toont ze alle.</source>
        <translation>No trajectories match the filters. Clear filters (Alt+E) shows them all.</translation>
    </message>
    <message>
        <source>feedback ontbreekt</source>
        <translation>feedback missing</translation>
    </message>
    <message>
        <source>alles</source>
        <translation>everything</translation>
    </message>
    <message>
        <source>&amp;Mijn trajecten</source>
        <translation>&amp;My trajectories</translation>
    </message>
    <message>
        <source>Alleen de trajecten die ik begeleid (Ctrl+M)</source>
        <translation>Only the trajectories I coach (Ctrl+M)</translation>
    </message>
    <message>
        <source>Trajecten</source>
        <translation>Trajectories</translation>
    </message>
    <message>
        <source>Nieuw &amp;traject</source>
        <translation>New &amp;trajectory</translation>
    </message>
    <message>
        <source>&amp;Openen</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <source>Kies eerst in Instellingen wie je bent.</source>
        <translation>First choose who you are in Settings.</translation>
    </message>
    <message>
        <source>Nog geen trajecten. Druk Ctrl+N om er een te starten.</source>
        <translation>No trajectories yet. Press Ctrl+N to start one.</translation>
    </message>
    <message>
        <source>Je begeleidt (nog) geen trajecten. Zet “Mijn trajecten” uit (Ctrl+M) om die van iedereen te zien.</source>
        <translation>You do not coach any trajectories (yet). Turn off “My trajectories” (Ctrl+M) to see everyone&apos;s.</translation>
    </message>
    <message>
        <source>Traject</source>
        <translation>Trajectory</translation>
    </message>
</context>
<context>
    <name>TrajectoryEditor</name>
    <message>
        <source>Traject</source>
        <translation>Trajectory</translation>
    </message>
    <message>
        <source>Nieuw traject</source>
        <translation>New trajectory</translation>
    </message>
    <message>
        <source>Voor een traject dat al loopt: kies de stand van nu en vul de data in.</source>
        <translation>For a trajectory that is already running: choose its current state and fill in the dates.</translation>
    </message>
    <message>
        <source>leeg: “Traject &lt;bestuur&gt;”</source>
        <translation>empty: “Trajectory &lt;government&gt;”</translation>
    </message>
    <message>
        <source>onbekend</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>&amp;Mediawijs is betrokken</source>
        <translation>Mediawijs is in&amp;volved</translation>
    </message>
    <message>
        <source>welke partners, hoe?</source>
        <translation>which partners, how?</translation>
    </message>
    <message>
        <source>Adviesgesprek &amp;openen</source>
        <translation>&amp;Open advice talk</translation>
    </message>
    <message>
        <source>St&amp;atus:</source>
        <translation>St&amp;atus:</translation>
    </message>
    <message>
        <source>&amp;Lokaal bestuur:</source>
        <translation>&amp;Local government:</translation>
    </message>
    <message>
        <source>&amp;Titel:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <source>&amp;Startpositie:</source>
        <translation>Sta&amp;rting position:</translation>
    </message>
    <message>
        <source>Aangevraag&amp;d op:</source>
        <translation>Requeste&amp;d on:</translation>
    </message>
    <message>
        <source>Intak&amp;e op:</source>
        <translation>&amp;Intake on:</translation>
    </message>
    <message>
        <source>Gestart o&amp;p:</source>
        <translation>Started o&amp;n:</translation>
    </message>
    <message>
        <source>Gepland ei&amp;nde:</source>
        <translation>Planned &amp;end:</translation>
    </message>
    <message>
        <source>Beëind&amp;igd op:</source>
        <translation>Ended &amp;on:</translation>
    </message>
    <message>
        <source>Tra&amp;jectbegeleiders:</source>
        <translation>Tra&amp;jectory coaches:</translation>
    </message>
    <message>
        <source>&amp;Contactpersonen:</source>
        <translation>&amp;Contact persons:</translation>
    </message>
    <message>
        <source>T&amp;hema&apos;s:</source>
        <translation>The&amp;mes:</translation>
    </message>
    <message>
        <source>Partner:</source>
        <translation>Partner:</translation>
    </message>
    <message>
        <source>Partnerbet&amp;rokkenheid:</source>
        <translation>Partner involvement:</translation>
    </message>
    <message>
        <source>Vanuit adviesgesprek:</source>
        <translation>From advice talk:</translation>
    </message>
    <message>
        <source>Inhoud</source>
        <translation>Content</translation>
    </message>
    <message>
        <source>&amp;Noden:</source>
        <translation>&amp;Needs:</translation>
    </message>
    <message>
        <source>&amp;Doelen:</source>
        <translation>&amp;Goals:</translation>
    </message>
    <message>
        <source>&amp;Aanpak:</source>
        <translation>&amp;Approach:</translation>
    </message>
    <message>
        <source>N&amp;otities:</source>
        <translation>N&amp;otes:</translation>
    </message>
    <message>
        <source>Contactmomenten</source>
        <translation>Contact moments</translation>
    </message>
    <message>
        <source>De acties die je hier toevoegt, worden samen met het traject bewaard.</source>
        <translation>The actions you add here are saved together with the trajectory.</translation>
    </message>
    <message>
        <source>Opvolgacties</source>
        <translation>Follow-up actions</translation>
    </message>
    <message>
        <source>We &amp;verwachten (nog) feedback van het lokaal bestuur</source>
        <translation>We ex&amp;pect feedback from the local government (still)</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Feedback</translation>
    </message>
    <message>
        <source>Bewaar het traject eerst; daarna vul je dit hier aan.</source>
        <translation>Save the trajectory first; then you fill this in here.</translation>
    </message>
    <message>
        <source>Traject: %1</source>
        <translation>Trajectory: %1</translation>
    </message>
    <message>
        <source>Bijlagen</source>
        <translation>Attachments</translation>
    </message>
</context>
<context>
    <name>TrajectoryStatus</name>
    <message>
        <source>Naar inta&amp;ke…</source>
        <extracomment>the button that moves a trajectory to each status</extracomment>
        <translation>To inta&amp;ke…</translation>
    </message>
    <message>
        <source>Lopend &amp;vanaf…</source>
        <translation>Running &amp;from…</translation>
    </message>
    <message>
        <source>A&amp;fronden…</source>
        <translation>&amp;Finish…</translation>
    </message>
    <message>
        <source>Stop&amp;zetten…</source>
        <translation>Sto&amp;p…</translation>
    </message>
    <message>
        <source>Op welke datum was de intake?</source>
        <translation>On which date was the intake?</translation>
    </message>
    <message>
        <source>Op welke datum startte het traject?</source>
        <translation>On which date did the trajectory start?</translation>
    </message>
    <message>
        <source>Op welke datum werd het traject afgerond?</source>
        <translation>On which date was the trajectory finished?</translation>
    </message>
    <message>
        <source>Op welke datum werd het traject stopgezet?</source>
        <translation>On which date was the trajectory stopped?</translation>
    </message>
    <message>
        <source>aangevraagd op %1</source>
        <extracomment>the words after the status, with the date of the step (lupdate sees them here)</extracomment>
        <translation>requested on %1</translation>
    </message>
    <message>
        <source>intake op %1</source>
        <translation>intake on %1</translation>
    </message>
    <message>
        <source>gestart op %1</source>
        <translation>started on %1</translation>
    </message>
    <message>
        <source>afgerond op %1</source>
        <translation>finished on %1</translation>
    </message>
    <message>
        <source>stopgezet op %1</source>
        <translation>stopped on %1</translation>
    </message>
    <message>
        <source>stopgezet zonder te starten, op %1</source>
        <extracomment>stopped at request or intake: it never ran, and never counts for the plan</extracomment>
        <translation>stopped without starting, on %1</translation>
    </message>
    <message>
        <source>Feedback van het lokaal bestuur</source>
        <translation>Feedback from the local government</translation>
    </message>
    <message>
        <source>Er is nog geen feedback van het lokaal bestuur op dit traject.</source>
        <translation>There is no feedback from the local government on this trajectory yet.</translation>
    </message>
    <message>
        <source>Komt die nog? Dan blijft het traject als “feedback ontbreekt” in de lijst staan tot ze genoteerd is.</source>
        <translation>Is it still to come? Then the trajectory stays in the list as “feedback missing” until it is noted.</translation>
    </message>
    <message>
        <source>&amp;Ja, die komt nog</source>
        <translation>&amp;Yes, it is still to come</translation>
    </message>
    <message>
        <source>&amp;Nu noteren</source>
        <translation>&amp;Note it now</translation>
    </message>
    <message>
        <source>N&amp;ee, er komt geen feedback</source>
        <translation>N&amp;o, no feedback will come</translation>
    </message>
    <message>
        <source>1 opvolgactie te laat</source>
        <translation>1 follow-up action overdue</translation>
    </message>
    <message>
        <source>%1 opvolgacties te laat</source>
        <translation>%1 follow-up actions overdue</translation>
    </message>
    <message>
        <source>geplande einddatum %1 is voorbij</source>
        <translation>planned end date %1 has passed</translation>
    </message>
    <message>
        <source>feedback ontbreekt</source>
        <translation>feedback missing</translation>
    </message>
</context>
<context>
    <name>Welcome</name>
    <message>
        <source>Welkom</source>
        <extracomment>what the user chose: saved the team, explore the demo, or not now</extracomment>
        <translation>Welcome</translation>
    </message>
    <message>
        <source>Wat je typte, is nog niet bewaard.</source>
        <translation>What you typed has not been saved yet.</translation>
    </message>
    <message>
        <source>Zonder bewaren verschijnt dit welkom de volgende keer opnieuw, leeg.</source>
        <translation>Without saving, this welcome appears again next time, empty.</translation>
    </message>
    <message>
        <source>&amp;Terug naar het welkom</source>
        <translation>&amp;Back to the welcome</translation>
    </message>
    <message>
        <source>&amp;Niet bewaren</source>
        <translation>Do&amp;n&apos;t save</translation>
    </message>
    <message>
        <source>Demogegevens</source>
        <translation>Demo data</translation>
    </message>
    <message>
        <source>SupportDesk — DEMO (demogegevens, niet je echte databank)</source>
        <translation>SupportDesk — DEMO (demo data, not your real database)</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welkom bij SupportDesk</source>
        <translation>Welcome to SupportDesk</translation>
    </message>
    <message>
        <source>Deze databank is nog nieuw. Vertel wie je bent, dan kan je beginnen. Collega&apos;s, thema&apos;s en tools kan je ook later toevoegen in Beheer.</source>
        <translation>This database is new. Tell us who you are and you can start. Colleagues, themes and tools can also be added later in Administration.</translation>
    </message>
    <message>
        <source>&amp;Beginnen</source>
        <translation>&amp;Start</translation>
    </message>
    <message>
        <source>&amp;Demogegevens verkennen</source>
        <translation>Explore &amp;demo data</translation>
    </message>
    <message>
        <source>Opent een aparte demodatabank naast deze; je eigen gegevens blijven gescheiden.</source>
        <translation>Opens a separate demo database beside this one; your own data stays apart.</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Later</translation>
    </message>
    <message>
        <source>Wie ben ik</source>
        <translation>Who am I</translation>
    </message>
    <message>
        <source>Mijn naam</source>
        <translation>My name</translation>
    </message>
    <message>
        <source>bv. An Peeters</source>
        <translation>e.g. An Peeters</translation>
    </message>
    <message>
        <source>Mijn e-mailadres</source>
        <translation>My e-mail address</translation>
    </message>
    <message>
        <source>bv. an.peeters@vvsg.be</source>
        <translation>e.g. an.peeters@vvsg.be</translation>
    </message>
    <message>
        <source>&amp;Naam:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>Wie zit er nog in het team? (mag ook later)</source>
        <translation>Who else is on the team? (can be done later)</translation>
    </message>
    <message>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Nog een &amp;collega</source>
        <translation>Another &amp;colleague</translation>
    </message>
    <message>
        <source>Naam van collega %1</source>
        <translation>Name of colleague %1</translation>
    </message>
    <message>
        <source>E-mailadres van collega %1</source>
        <translation>E-mail address of colleague %1</translation>
    </message>
    <message>
        <source>Taal</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Taal van SupportDesk</source>
        <translation>Language of SupportDesk</translation>
    </message>
    <message>
        <source>&amp;Taal:</source>
        <translation>Lan&amp;guage:</translation>
    </message>
    <message>
        <source>Doelen voor %1</source>
        <translation>Targets for %1</translation>
    </message>
    <message>
        <source>Uit het jaarplan van %1. Pas ze aan waar nodig.</source>
        <translation>From the %1 year plan. Change them where needed.</translation>
    </message>
    <message>
        <source>Voorgesteld uit het vorige jaarplan. Pas ze aan waar nodig; de rest van het jaarplan staat in Beheer.</source>
        <translation>Proposed from the previous year plan. Change them where needed; the rest of the year plan is in Administration.</translation>
    </message>
    <message>
        <source>geen doel</source>
        <translation>no target</translation>
    </message>
</context>
<context>
    <name>YearPlanTab</name>
    <message>
        <source>Jaar van het plan</source>
        <translation>Year of the plan</translation>
    </message>
    <message>
        <source>&amp;Kopiëren van vorig jaar</source>
        <translation>Co&amp;py from last year</translation>
    </message>
    <message>
        <source>Items van het jaarplan</source>
        <translation>Items of the year&apos;s plan</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Doel</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>bv. OD 1.2</source>
        <translation>e.g. OD 1.2</translation>
    </message>
    <message>
        <source>een getal, bv. 8; leeg: geen doel</source>
        <translation>a number, e.g. 8; empty: no target</translation>
    </message>
    <message>
        <source>wat het jaarrapport onder dit item zegt (kort)</source>
        <translation>what the year report says under this item (short)</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Code:</translation>
    </message>
    <message>
        <source>&amp;Wat het plan vraagt:</source>
        <translation>What the plan as&amp;ks:</translation>
    </message>
    <message>
        <source>Soort &amp;publicatie:</source>
        <translation>Kind of pu&amp;blication:</translation>
    </message>
    <message>
        <source>&amp;Maat:</source>
        <translation>&amp;Measure:</translation>
    </message>
    <message>
        <source>J&amp;aar:</source>
        <translation>Y&amp;ear:</translation>
    </message>
    <message>
        <source>&amp;Nieuw item</source>
        <translation>Ne&amp;w item</translation>
    </message>
    <message>
        <source>&amp;Item verwijderen</source>
        <translation>&amp;Delete item</translation>
    </message>
    <message>
        <source>Soorten activiteit…</source>
        <translation>Kinds of activity…</translation>
    </message>
    <message>
        <source>De soorten activiteit van het plan: hernoemen, toevoegen, archiveren</source>
        <translation>The plan&apos;s kinds of activity: rename, add, archive</translation>
    </message>
    <message>
        <source>Stand van het jaarplan</source>
        <translation>State of the year plan</translation>
    </message>
    <message>
        <source>Enkel geho&amp;uden activiteiten</source>
        <translation>Only acti&amp;vities held</translation>
    </message>
    <message>
        <source>St&amp;rategische doelstelling:</source>
        <translation>St&amp;rategic goal:</translation>
    </message>
    <message>
        <source>Telt:</source>
        <translation>Co&amp;unts:</translation>
    </message>
    <message>
        <source>&amp;Soorten activiteit:</source>
        <translation>K&amp;inds of activity:</translation>
    </message>
    <message>
        <source>&amp;Doel:</source>
        <translation>T&amp;arget:</translation>
    </message>
    <message>
        <source>Stand:</source>
        <translation>State:</translation>
    </message>
    <message>
        <source>Notitie:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <source>Tekst &amp;voor het jaarrapport:</source>
        <translation>Te&amp;xt for the year report:</translation>
    </message>
    <message>
        <source>B&amp;ewaren</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Het plan van %1 heeft %2 items.</source>
        <translation>The plan of %1 has %2 items.</translation>
    </message>
    <message>
        <source>%1 heeft nog geen eigen jaarplan: hieronder staat wat het zou worden. Kies “Kopiëren van vorig jaar” of bewaar een item om het te beginnen.</source>
        <translation>%1 has no plan of its own yet: below is what it would be. Choose “Copy from last year” or save an item to start it.</translation>
    </message>
    <message>
        <source>Nieuw item van het plan %1</source>
        <translation>New item of the plan %1</translation>
    </message>
    <message>
        <source>Het item “%1” uit het plan van %2 verwijderen?</source>
        <translation>Delete the item “%1” from the plan of %2?</translation>
    </message>
    <message>
        <source>Item verwijderen</source>
        <translation>Delete item</translation>
    </message>
    <message>
        <source>Er is geen vorig jaarplan om over te nemen.</source>
        <translation>There is no earlier plan to copy.</translation>
    </message>
    <message>
        <source>Het doel is een geheel getal van 0 of meer, bv. 8.</source>
        <translation>The target is a whole number of 0 or more, e.g. 8.</translation>
    </message>
</context>
<context>
    <name>_Chart</name>
    <message>
        <source>&amp;Kopiëren als tabel</source>
        <translation>&amp;Copy as table</translation>
    </message>
</context>
</TS>
