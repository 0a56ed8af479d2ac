"""Prepared Dutch phrases the demo data is built from.

Combining a few fragments per field reads like what an advisor types and is far faster
than asking Faker for every field, which matters at ``--scale 2500``. Keys are the theme
names of ``resources/data/reference.json``; a theme the bank does not know gets the
generic phrases.
"""

from __future__ import annotations

OPENERS = (
    "{gemeente} vraagt",
    "De digitale-inclusiemedewerker van {gemeente} wil weten",
    "Vraag van {gemeente}:",
    "Het sociaal huis van {gemeente} vraagt",
    "De beleidsmedewerker welzijn van {gemeente} vraagt",
    "Na de netwerkbijeenkomst vraagt {gemeente}",
    "De schepen van sociale zaken van {gemeente} wil weten",
    "De bibliotheek van {gemeente} vraagt, samen met het OCMW,",
)

CONTEXTS = (
    "Ze starten dit jaar met een nieuw meerjarenplan.",
    "Er is sinds de fusie nog geen gedeelde aanpak.",
    "Het budget is beperkt; ze zoeken iets wat snel werkt.",
    "Het lokaal overleg welzijn heeft het op de agenda gezet.",
    "Ze willen dit voor de zomer rond hebben.",
    "Er is één halftijdse medewerker voor digitale inclusie.",
    "De vraag komt van het managementteam.",
    "Ze hoorden van een buurgemeente dat het daar goed loopt.",
    "Inwoners klagen bij het onthaal over de online afspraakmodule.",
    "Het gaat vooral om senioren en nieuwkomers.",
)

ADVICE_CLOSERS = (
    "Afgesproken om over drie maanden te bekijken hoe het loopt.",
    "Link naar de tool en de goede praktijken nagestuurd per mail.",
    "Voorgesteld om dit ook op het netwerk digitale inclusie te brengen.",
    "Contactgegevens van Mediawijs doorgegeven voor de inhoudelijke opvolging.",
    "Ze bekijken het voorstel intern en laten iets weten.",
    "Verwezen naar de opname van de laatste infosessie.",
)

GENERIC = {
    "questions": (
        "hoe ze digitale inclusie een vaste plaats geven in de werking van het bestuur.",
        "welke ondersteuning VVSG en Mediawijs bieden aan lokale besturen.",
    ),
    "advice": (
        "De beleidstool doorlopen met het managementteam en prioriteiten kiezen.",
        "Starten met een kleine werkgroep van onthaal, welzijn en bibliotheek.",
    ),
    "follow_ups": (
        "Goede praktijk doorsturen",
        "Terugbellen over de stand van zaken",
    ),
    "tools": ("Digitale inclusie voor lokale besturen",),
}

BY_THEME: dict[str, dict[str, tuple[str, ...]]] = {
    "Vrijwillige digitale helpers (digihelpers)": {
        "questions": (
            "hoe ze vrijwillige digihelpers vinden en vasthouden.",
            "of digihelpers een vrijwilligersverzekering nodig hebben.",
            "hoe ze digihelpers opleiden voordat ze inwoners helpen.",
            "hoe ze een digihelpdesk in de bibliotheek opzetten met vrijwilligers.",
            "welke grenzen er zijn aan wat een digihelper mag doen met itsme en wachtwoorden.",
        ),
        "advice": (
            "Gewezen op de inspiratiegids en de praktijkgids voor digihelpers; "
            "starten met een vaste permanentie en een duidelijke taakomschrijving.",
            "Een vrijwilligerscharter opstellen: nooit wachtwoorden noteren, inwoner houdt "
            "zelf de muis. Verzekering via de vrijwilligersverzekering van de gemeente.",
            "Samenwerken met de Digibank in de regio voor de opleiding van nieuwe digihelpers.",
            "Eerst de vragen van inwoners in kaart brengen, dan pas vrijwilligers werven.",
        ),
        "follow_ups": (
            "Praktijkgids 'Aan de slag als digihelper' doorsturen",
            "Voorbeeld vrijwilligerscharter bezorgen",
            "Contact leggen met een gemeente met een werkende digihelpdesk",
        ),
        "tools": ("Werken met vrijwillige digihelpers", "Aan de slag als digihelper"),
    },
    "Toegankelijke websites": {
        "questions": (
            "hoe ze de toegankelijkheid van hun website laten testen.",
            "wat de Europese toegankelijkheidsrichtlijn betekent voor de gemeentelijke website.",
            "hoe ze formulieren op de website eenvoudiger maken voor inwoners.",
            "of een toegankelijkheidsverklaring verplicht is en wat erin moet.",
        ),
        "advice": (
            "Starten met een toegankelijkheidsscan van de tien meest bezochte pagina's en "
            "de webbouwer vragen de WCAG-niveaus AA op te nemen in het bestek.",
            "Formulieren testen met inwoners die weinig digitaal vaardig zijn; taal op B1-niveau.",
            "De toegankelijkheidsverklaring publiceren en een contactpunt voor meldingen voorzien.",
        ),
        "follow_ups": (
            "Checklist toegankelijkheid bezorgen",
            "Voorbeeld toegankelijkheidsverklaring doorsturen",
            "Webbouwer uitnodigen voor een overleg",
        ),
        "tools": ("Digitale inclusie voor lokale besturen",),
    },
    "Digitaal inclusief HR-beleid": {
        "questions": (
            "hoe ze medewerkers met weinig digitale vaardigheden ondersteunen bij het nieuwe "
            "personeelsplatform.",
            "hoe ze digitale vaardigheden opnemen in functieprofielen zonder mensen "
            "uit te sluiten.",
            "welke opleidingen er bestaan voor uitvoerend personeel dat plots alles "
            "digitaal moet doen.",
        ),
        "advice": (
            "Een digitale buddy per dienst aanduiden en opleiding tijdens de werkuren voorzien.",
            "Bij elke nieuwe digitale tool ook een niet-digitale weg openhouden voor collega's.",
            "Verwezen naar de thematische opleiding van VVSG en naar Diverscity.",
        ),
        "follow_ups": (
            "Opleidingsaanbod digitale vaardigheden doorsturen",
            "Afspraak met de HR-dienst plannen",
        ),
        "tools": ("Digitale inclusie voor lokale besturen", "Digitale Prikkels"),
    },
    "Omgaan met digitaal kwetsbare burgers of collega's": {
        "questions": (
            "hoe het onthaal omgaat met inwoners die niet met de online afspraakmodule "
            "overweg kunnen.",
            "hoe ze de digitale kloof bij senioren in woonzorgcentra aanpakken.",
            "hoe ze nieuwkomers helpen met hun digitale sleutel en itsme.",
            "hoe ze loketmedewerkers leren signalen van digitale kwetsbaarheid te herkennen.",
        ),
        "advice": (
            "Altijd een fysiek en telefonisch alternatief laten bestaan; de afspraakmodule "
            "testen met een groep inwoners die er moeite mee heeft.",
            "Loketmedewerkers een korte vorming geven en een doorverwijsfiche naar de "
            "digihelpdesk voorzien.",
            "Samenwerken met het OCMW en het lokaal bestuur van de buurgemeente die al een "
            "aanpak voor nieuwkomers heeft.",
        ),
        "follow_ups": (
            "Doorverwijsfiche digihelpdesk bezorgen",
            "Vorming voor loketmedewerkers inplannen",
            "Beeldbank delen voor communicatie op maat",
        ),
        "tools": ("Digitale Prikkels", "Beeldbank digitale inclusie"),
    },
    "Regie van digitale inclusie": {
        "questions": (
            "hoe ze hun regierol voor digitale inclusie opnemen met weinig middelen.",
            "hoe ze partners als bibliotheek, CAW en OCMW rond de tafel krijgen.",
            "hoe ze digitale inclusie in het meerjarenplan schrijven.",
            "welke indicatoren ze kunnen gebruiken om hun aanpak op te volgen.",
        ),
        "advice": (
            "Een lokaal netwerk digitale inclusie oprichten met een duidelijke trekker; "
            "de beleidstool als basis voor de eerste bijeenkomst.",
            "Een kleine omgevingsanalyse doen met cijfers uit de barometer digitale inclusie.",
            "Per doelstelling van het meerjarenplan één meetbare actie kiezen.",
        ),
        "follow_ups": (
            "Beleidstool en voorbeeld meerjarenplan doorsturen",
            "Cijfers barometer digitale inclusie bezorgen",
            "Opvolgoverleg met het lokaal netwerk plannen",
        ),
        "tools": ("Digitale inclusie voor lokale besturen", "Digitale Inclusie in Vlaanderen"),
    },
    "Cyberveiligheid": {
        "questions": (
            "hoe ze digitale starters leren phishing te herkennen.",
            "welke informatie over online fraude ze aan senioren kunnen geven.",
            "of er materiaal bestaat over veilig wachtwoordgebruik voor inwoners.",
        ),
        "advice": (
            "Een infomoment in de bibliotheek met concrete voorbeelden van phishing-sms'en.",
            "Wachten op de nieuwe tool over cyberveiligheid voor digitale starters en "
            "intussen de campagne van Safeonweb gebruiken.",
            "De politiezone betrekken bij een sessie over online fraude.",
        ),
        "follow_ups": (
            "Melden zodra de tool cyberveiligheid klaar is",
            "Materiaal Safeonweb doorsturen",
        ),
        "tools": ("Cyberveiligheid voor digitale starters", "Beeldbank digitale inclusie"),
    },
    "Digibanken": {
        "questions": (
            "hoe ze een Digibank opstarten of aansluiten bij een bestaande.",
            "hoe ze samenwerken met de Digibank van de regio zonder dubbel werk.",
            "hoe een Digibank aan tweedehands laptops voor inwoners komt.",
        ),
        "advice": (
            "Contact gelegd met de Digibank in de regio; eerst afspraken maken over wie "
            "wat doet bij uitleen en opleiding.",
            "Verwezen naar het lerend netwerk van de Digibanken en het Departement Werk en "
            "Sociale Economie.",
            "Samenwerken met een lokale vzw voor de opknap van laptops.",
        ),
        "follow_ups": (
            "Contactgegevens Digibank regio doorsturen",
            "Voorbeeldovereenkomst Digibank bezorgen",
        ),
        "tools": ("Werken met vrijwillige digihelpers",),
    },
}

INFO_SESSION_NOTES = (
    "Infosessie over digihelpers: vaak gevraagd.",
    "Infosessie toegankelijke websites voor communicatiediensten.",
    "Infosessie phishing en online fraude bij senioren.",
    "Infosessie over de regierol na de nieuwe legislatuur.",
)

POLICY_NOTES = (
    "Input voor het dossier over de financiering van digitale inclusie.",
    "Input voor het advies over de Vlaamse digitale-inclusieplannen.",
    "Voorbeeld voor het dossier over toegankelijke digitale dienstverlening.",
)

SIGNAL_NOTES = (
    "Signaal aan Digitaal Vlaanderen: afspraakmodule niet bruikbaar met schermlezer.",
    "Signaal aan de FOD: itsme-registratie zonder smartphone loopt vast.",
    "Signaal aan de bank: geen loket meer voor overschrijvingen op papier.",
    "Signaal aan De Lijn: ticket enkel nog via app, senioren haken af.",
    "Signaal aan het Departement Werk: Digibanken missen een vaste financiering.",
)

ROLES = (
    "digitale-inclusiemedewerker",
    "digitale-inclusiemedewerker",
    "beleidsmedewerker welzijn",
    "schepen van sociale zaken",
    "diensthoofd sociaal huis",
    "communicatiemedewerker",
    "bibliothecaris",
    "HR-medewerker",
    "ICT-coördinator",
    "coördinator Digibank",
    "algemeen directeur",
    "beleidsmedewerker senioren",
)

# Now and then a name with letters that must survive every round trip.
SPECIAL_NAMES = (
    ("Łukasz", "Nowak"),
    ("Elif", "Özdemir"),
    ("Zoë", "Van den Bossche"),
    ("François", "D'Hondt"),
    ("Ayşe", "Yılmaz"),
    ("Małgorzata", "Wiśniewska"),
    ("Anaïs", "Ceulemans-Öztürk"),
)

TRAJECTORY = {
    "titles": (
        "Regie digitale inclusie uitbouwen",
        "Digihelpdesk opstarten",
        "Digitaal inclusieve dienstverlening aan het loket",
        "Lokaal netwerk digitale inclusie",
        "Toegankelijke website en formulieren",
    ),
    "needs": (
        "Geen overzicht van wie in de gemeente al aan digitale inclusie werkt.",
        "Veel vragen aan het onthaal over online afspraken en e-loket.",
        "Vrijwilligers zijn er, maar zonder opleiding of vaste permanentie.",
        "Het nieuwe bestuur wil digitale inclusie in het meerjarenplan, maar weet niet hoe.",
    ),
    "goals": (
        "Een gedragen actieplan digitale inclusie tegen het einde van het traject.",
        "Een werkende digihelpdesk met vaste openingsuren en opgeleide vrijwilligers.",
        "Loketmedewerkers herkennen digitale kwetsbaarheid en verwijzen gericht door.",
        "Een lokaal netwerk met bibliotheek, OCMW, CAW en vrijwilligersorganisaties.",
    ),
    "approach": (
        "Aanpak van de pilootrajecten van 2024: intake, omgevingsanalyse, drie werksessies "
        "met het lokaal team, evaluatie.",
        "Werksessies met de beleidstool, gevolgd door coaching op afstand.",
        "Begeleiding in vier stappen, met een goede praktijk van een ervaren gemeente.",
    ),
    "partners": (
        "Mediawijs geeft de opleiding voor digihelpers.",
        "Mediawijs begeleidt de werksessie over mediawijsheid.",
        "Geen partner betrokken.",
        "De Digibank van de regio levert laptops voor de digihelpdesk.",
    ),
    "moments": (
        "Intakegesprek: noden en verwachtingen overlopen.",
        "Werksessie met het lokaal team rond de beleidstool.",
        "Overleg met de schepen en het diensthoofd over de prioriteiten.",
        "Opvolging: actieplan besproken, volgende stappen vastgelegd.",
        "Werkbezoek aan de digihelpdesk.",
        "Evaluatiegesprek en afspraken voor na het traject.",
        "Telefonische opvolging: stand van zaken vrijwilligers.",
    ),
    "follow_ups": (
        "Verslag van de werksessie bezorgen",
        "Omgevingsanalyse afwerken",
        "Volgende werksessie voorbereiden",
        "Feedbackformulier versturen",
        "Actieplan nalezen en opmerkingen bezorgen",
    ),
    "feedback": (
        "Heel bruikbaar: we hebben nu een plan dat door iedereen gedragen wordt.",
        "De werksessies gaven ons team richting; de opvolging mocht iets korter op de bal.",
        "Goede begeleiding, vooral de goede praktijk van de buurgemeente hielp ons verder.",
    ),
    "stopped": (
        "Gestopt: de contactpersoon vertrok en er is voorlopig geen opvolger.",
        "Gestopt na de verkiezingen: het nieuwe bestuur kiest andere prioriteiten.",
    ),
}

FOCUS_GROUP = {
    "topics": (
        "Evaluatie van de tools digitale inclusie",
        "Noden aan nieuwe tools: cyberveiligheid en digitale starters",
    ),
    "places": ("VVSG, Bischoffsheimlaan 1-8, Brussel", "Provinciehuis Leuven", ""),
    "findings": (
        "Wordt veel gebruikt bij de start van een beleidsplan; de vragenlijst is lang.",
        "Sterke voorbeelden, maar deelnemers vinden de gids niet terug op de website.",
        "Handig om vrijwilligers mee op te leiden; graag een kortere versie.",
        "De beelden worden gebruikt in folders en op de website; meer diversiteit gevraagd.",
        "Nog weinig gekend bij kleinere gemeenten.",
        "Graag een versie in eenvoudige taal voor inwoners.",
    ),
    "needs": (
        "Een korte tool over cyberveiligheid voor digitale starters, met oefeningen.",
        "Een sjabloon voor een lokaal actieplan digitale inclusie.",
        "Een overzicht van goede praktijken per thema, doorzoekbaar.",
    ),
    "follow_ups": (
        "Verslag focusgroep naar de deelnemers sturen",
        "Bevindingen bezorgen aan Mediawijs",
        "Noden nieuwe tools agenderen op het netwerk",
    ),
    "feedback": (
        "Goede uitwisseling met andere gemeenten.",
        "Nuttig, maar graag wat meer tijd per tool.",
        "Fijn dat onze ervaringen mee de nieuwe tool vormen.",
    ),
}

FEEDBACK_ON_TALK = (
    "Snel en concreet antwoord, bedankt.",
    "Het advies hielp ons om de volgende stap te zetten.",
    "Duidelijk, al hadden we graag meer voorbeelden gehad.",
    "Heel bruikbaar; we hebben het meteen doorgestuurd naar onze schepen.",
)

FOLLOW_UP_NOTES = (
    "",
    "",
    "",
    "Per mail nagevraagd.",
    "Wacht op antwoord van de gemeente.",
    "Besproken op het teamoverleg.",
)
