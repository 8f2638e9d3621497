"""The meetings of 2023 from the network's factsheets (seeds 000, 001, 002), as data.

A meeting is a dict of Meeting fields plus its children: "goals" (texts), "agenda",
"good_to_know", "factsheets" and "report" (with "subgroups", "reflections", "follow_ups" and
"sections"), each child a dict of its model's fields. Keys left out get the model's default.
"""

import datetime

from meetings.demo.dates import ALL_MEMBERS, at
from meetings.models import AgendaItem, Meeting

JANUARY_2023 = {
    "slug": "kwartaalbijeenkomst-24-januari-2023",
    "title": "Kwartaalbijeenkomst: de visie „Duurzaam samenwerken na scheiding” in de praktijk",
    "kind": Meeting.Kind.QUARTERLY,
    "format": Meeting.Format.ONLINE,
    "starts_at": at(2023, 1, 24, 10),
    "ends_at": at(2023, 1, 24, 12),
    "audience": ALL_MEMBERS,
    "introduction": (
        "Twee werkgroepen bereidden het gesprek voor over de visie "
        "**„Duurzaam samenwerken na scheiding”**. In twee groepen bespreken we wat die visie "
        "betekent in het werkveld: waar liggen kansen, en waar lopen we tegenaan?"
    ),
    "themes": ["visie", "samenwerken na scheiding", "veiligheid"],
    "goals": [
        "Met elkaar de mogelijke belemmeringen en kansen bespreken bij het toepassen van de "
        "visie „Duurzaam samenwerken na scheiding” in het werkveld, zoals voorbereid door twee "
        "werkgroepen.",
    ],
    "agenda": [
        {"kind": AgendaItem.Kind.WELCOME, "title": "Welkom en doel van de bijeenkomst"},
        {
            "kind": AgendaItem.Kind.WORK_SESSION,
            "title": "Werksessie in twee groepen over de visie „Duurzaam samenwerken na scheiding”",
            "description": (
                "- **Groep 1**: hoe breed is de zienswijze toepasbaar? Wat betekent de visie voor "
                "andere soorten werk en bij bepaalde vraagstukken?\n"
                "- **Groep 2**: mogelijke rode vlaggen en no-go's voor de inzet van de zienswijze, "
                "bijvoorbeeld omdat de situatie eerst iets anders vraagt (trauma, veiligheid)."
            ),
        },
        {"kind": AgendaItem.Kind.REFLECTION, "title": "Terugkoppeling uit de groepen"},
        {
            "kind": AgendaItem.Kind.CLOSING,
            "title": "Vervolg: Klein-maar-Fijn-projecten en de vorm van het overleg",
        },
    ],
    "report": {
        "published_at": at(2023, 2, 14, 10),
        "summary": (
            "Twee werkgroepen bereidden deze bijeenkomst voor. In twee groepen bespraken we de "
            "visie „Duurzaam samenwerken na scheiding”:\n\n"
            "1. De eerste groep besprak vooral hoe breed de zienswijze toepasbaar is. Wat is de "
            "reikwijdte? Wat betekent de visie bijvoorbeeld voor andere soorten werk, of bij "
            "bepaalde vraagstukken?\n"
            "2. De tweede groep keek vooral naar mogelijke rode vlaggen en no-go's voor de inzet "
            "van de zienswijze. Bijvoorbeeld omdat de situatie eerst iets anders vraagt "
            "(trauma, veiligheid).\n\n"
            "De belangrijkste boodschap uit de tweede groep: **als je er voor de kinderen wilt "
            "zijn, zorg dan ook voor de ouders.**"
        ),
        "subgroups": [
            {
                "name": "Groep 1",
                "topic": "Hoe breed is de zienswijze toepasbaar? Wat is de reikwijdte?",
                "points": (
                    "- De zienswijze is breder toepasbaar.\n"
                    "- Is er bij de cliënt sprake van zelfreflectie of groepsreflectie? Vanuit "
                    "sommige culturen denkt de cliënt systemisch; de westerse cultuur is meer "
                    "individueel gericht. Is het denken vanuit de drama-balans driehoek te "
                    "verenigen met het systemische denken?\n"
                    "- De match tussen cliënt en professional. Dat vraagt ook zelfreflectie van "
                    "de professional: hoe gelijkwaardig ben je? In hoeverre heeft de cliënt keuze "
                    "bij zorg?\n"
                    "- Het systeem van de rechtbank als model, en de vrijwilligheid en het "
                    "commitment van de cliënt. Een mediator doet matching: er worden altijd drie "
                    "namen opgegeven en de cliënt mag kiezen. Hebben cliënten binnen de "
                    "hulpverlening ook keus wie hun hulpverlener wordt? Ook de verhouding tussen "
                    "man en vrouw doet iets met het proces. Het vertrekpunt van de visie is "
                    "vertrouwen: wat als dat vertrouwen er niet is?\n"
                    "- Is er genoeg tijd voor werkbegeleiding en reflectie, ook op waarden en "
                    "loyaliteiten?\n"
                    "- Hoe kan de rechtbank ook vanuit deze visie handelen? Taal is belangrijk. "
                    "Ook als de rechtbank nodig is, hoeft de cliënt niet over te schakelen op "
                    "andere taal of een andere mindset.\n\n"
                    "De visie is een mooie paraplu voor verschillende beroepen. Wat ligt er het "
                    "meest voor de hand om op te pakken?\n\n"
                    "- Hoe nemen we kennis over systemisch denken meer mee?\n"
                    "- Meer tijd nemen.\n"
                    "- Cultuursensitief zijn.\n"
                    "- Overwegen of je iemand uit het netwerk betrekt.\n"
                    "- Aandacht voor eigen triggers en blinde vlekken."
                ),
            },
            {
                "name": "Groep 2",
                "topic": "Rode vlaggen en no-go's: wanneer vraagt de situatie eerst iets anders?",
                "points": (
                    "Twee grote onderwerpen: **contactverlies**, en de vraag hoe je de nieuwe "
                    "visie toepast: wat zien we al?\n\n"
                    "- De ervaringsdeskundigen in het gesprek (team blauw) vertelden dat ze zich "
                    "als kind verantwoordelijk voelden voor het welzijn van hun gescheiden ouder. "
                    "Juist als iemand zorg had geboden aan de ouders, had het kind meer ruimte "
                    "gevoeld voor het eigen proces. De oproep: **als je er voor de kinderen wilt "
                    "zijn, ga dan zorgen voor de ouders!**\n"
                    "- De opdracht van gemeenten is anders geformuleerd en nodigt uit tot "
                    "afstemming op het kind. Team blauw stelt voor dit om te draaien: als het met "
                    "de ouders goed gaat, gaat het beter met het kind.\n"
                    "- We moeten onderscheid maken tussen onveiligheid en "
                    "scheidingsproblematiek.\n"
                    "- Aan de voorkant uitfilteren: een goede triage is belangrijk.\n"
                    "- Het vraagt om kennis- en deskundigheidsbevordering, maar ook om daadkracht "
                    "van de professional.\n"
                    "- Veiligheid is een containerbegrip en betekent in verschillende "
                    "organisaties iets anders."
                ),
            },
        ],
        "follow_ups": [
            {
                "action": (
                    "We stonden stil bij mogelijke Klein-maar-Fijn-projecten in het leernetwerk. "
                    "Dit krijgt een vervolg in een volgende kwartaalbijeenkomst."
                ),
                "owner": "Leernetwerktrekkers",
            },
            {
                "action": (
                    "**Vorm van het overleg**: de huidige vorm, ook de duur van 2 uur, is "
                    "prettig. We wisselen van gedachten in kleine groepen en koppelen terug in de "
                    "kwartaalbijeenkomsten. Kleine groepen kunnen bij behoefte op locatie "
                    "afspreken; de kwartaalbijeenkomsten blijven online. Elke bijeenkomst krijgt "
                    "een duidelijk doel met een passende agenda."
                ),
                "owner": "Leernetwerktrekkers",
            },
        ],
        "sections": [
            {
                "heading": "Komende bijeenkomsten",
                "body": (
                    "- 6 april 2023, 10.00-12.00 uur\n"
                    "- 3 juli 2023, 10.00-12.00 uur\n"
                    "- 10 oktober 2023, 10.00-12.00 uur"
                ),
            },
        ],
    },
    "factsheets": [
        {
            "slug": "factsheet-bijeenkomst-24-januari-2023",
            "title": "Factsheet bijeenkomst 24 januari 2023",
            "description": (
                "De twee groepen over de visie „Duurzaam samenwerken na scheiding”, hun punten en "
                "het vervolg."
            ),
        },
    ],
}

# The quarterly meetings the January 2023 report announced: they have passed, without a report.
# The one announced for 10 October took place on 2 October (OCTOBER_2023 below), so the
# archive lists it once.
ANNOUNCED_IN_JANUARY = (
    "Online kwartaalbijeenkomst van het leernetwerk, aangekondigd in het verslag van "
    "24 januari 2023."
)
ANNOUNCED_2023 = [
    {
        "slug": "kwartaalbijeenkomst-6-april-2023",
        "title": "Kwartaalbijeenkomst 6 april 2023",
        "kind": Meeting.Kind.QUARTERLY,
        "format": Meeting.Format.ONLINE,
        "starts_at": at(2023, 4, 6, 10),
        "ends_at": at(2023, 4, 6, 12),
        "audience": ALL_MEMBERS,
        "introduction": ANNOUNCED_IN_JANUARY,
    },
    {
        "slug": "kwartaalbijeenkomst-3-juli-2023",
        "title": "Kwartaalbijeenkomst 3 juli 2023",
        "kind": Meeting.Kind.QUARTERLY,
        "format": Meeting.Format.ONLINE,
        "starts_at": at(2023, 7, 3, 10),
        "ends_at": at(2023, 7, 3, 12),
        "audience": ALL_MEMBERS,
        "introduction": ANNOUNCED_IN_JANUARY,
    },
]

OCTOBER_2023 = {
    "slug": "kwartaalbijeenkomst-2-oktober-2023",
    "title": "Kwartaalbijeenkomst: het leernetwerk bestaat een jaar",
    "kind": Meeting.Kind.QUARTERLY,
    "format": Meeting.Format.ONLINE,
    "starts_at": at(2023, 10, 2, 10),
    "ends_at": at(2023, 10, 2, 12),
    "audience": ALL_MEMBERS,
    "introduction": (
        "Het leernetwerk bestaat een jaar. We kijken terug en vooruit, leren elkaars werk kennen "
        "in het LNW-kwartiertje en praten verder over thema's die leden inbrengen."
    ),
    "themes": ["triage", "cultuursensitief werken", "taal"],
    "goals": [
        "Stand van zaken Leernetwerk: het leernetwerk bestaat een jaar.",
        "Uitwisseling en kennismaking met de perspectieven van BOPOD: beleid, onderwijs, "
        "praktijk, onderzoek en doelgroep.",
        "Verbinden op actuele thema's en vraagstukken.",
    ],
    "agenda": [
        {"kind": AgendaItem.Kind.WELCOME, "title": "Stand van zaken: een jaar leernetwerk"},
        {
            "kind": AgendaItem.Kind.KWARTIERTJE,
            "title": "LNW-kwartiertje: de MASIC bij Veilig Thuis",
            "presenter_name": "Janny Metz",
            "presenter_organisation": "Veilig Thuis",
            "description": (
                "Veilig Thuis gebruikt de MASIC om inzicht te krijgen in gewelddadig conflict bij "
                "een scheiding. Daarna bespreken we ervaringen en vragen over de methode."
            ),
        },
        {
            "kind": AgendaItem.Kind.WORK_SESSION,
            "title": "Thema's vanuit de leden: cultuursensitief werken",
            "presenter_organisation": "Kenniscentrum Kind en Scheiding",
        },
        {
            "kind": AgendaItem.Kind.PRESENTATION,
            "title": "De eerste Klein-maar-Fijn-projecten",
            "presenter_name": "Mariska Klein Velderman",
            "presenter_organisation": "TNO",
            "description": (
                "Mogelijke projecten over taal rondom scheiding en over conflictdiagnostiek en "
                "triage (met de Triagelijst Scheiding)."
            ),
        },
        {"kind": AgendaItem.Kind.CLOSING, "title": "Goed te weten en afsluiting"},
    ],
    "report": {
        "published_at": at(2023, 11, 28, 10),
        "summary": (
            "Het leernetwerk bestaat een jaar! De ambitie van het leernetwerk luidt: "
            "*„Vanuit een gemeenschappelijke visie en taal, leren, werken en innoveren wij "
            "rondom scheiding.”*\n\n"
            "Het eerste jaar bouwden we aan het leernetwerk. We stonden stil bij de zienswijze "
            "„Duurzaam samenwerken na scheiding” (een opbrengst van Scheiden Zonder Schade) en "
            "bij mogelijke rode vlaggen bij het werken vanuit die zienswijze. En we begonnen "
            "onze verkenning van taal.\n\n"
            "In de 3-jarenplanning schuiven we geleidelijk door: van het doorwerken van de "
            "gemeenschappelijke visie en het ontwikkelen van taal (doel jaar 1) naar het doel "
            "voor jaar 2: visie en taal vertalen naar organisatie en toepassing in de praktijk."
        ),
        "subgroups": [
            {
                "name": "Cultuursensitief werken",
                "topic": "Thema vanuit de leden",
                "points": (
                    "- Het Kenniscentrum Kind en Scheiding kwam terug op het werk aan "
                    "cultuursensitief werken.\n"
                    "- Partners in het leernetwerk die hier meer over weten of betrokken willen "
                    "zijn, kunnen zich melden bij Wendy van Vliet of Sascha van der Burg."
                ),
            },
            {
                "name": "Klein-maar-Fijn-projecten",
                "topic": "Thema vanuit de leden",
                "points": (
                    "In een aantal Klein-maar-Fijn-projecten dragen leden bij aan de agenda's van "
                    "het leernetwerk:\n\n"
                    "- **Veranderagenda**: gedeelde visie.\n"
                    "- **Opleidingsagenda**: professionals in de hele keten toerusten.\n"
                    "- **Onderzoek- en ontwikkelagenda**: evaluatie en borging van kennis en "
                    "inzichten uit de regiolab-initiatieven; doorwerken van de gemeenschappelijke "
                    "visie en een gedeelde taal ontwikkelen; visie en taal vertalen naar "
                    "organisatie en praktijk.\n\n"
                    "Mariska Klein Velderman (TNO) presenteerde de eerste (mogelijke) projecten: "
                    "over taal rondom scheiding, en over conflictdiagnostiek en triage (met de "
                    "Triagelijst Scheiding). Er is veel interesse om hiermee aan de slag te gaan."
                ),
            },
        ],
        "follow_ups": [
            {
                "action": (
                    "Meer weten over cultuursensitief werken, of meedoen? Meld je bij Wendy van "
                    "Vliet of Sascha van der Burg."
                ),
                "owner": "Wendy van Vliet en Sascha van der Burg",
            },
            {
                "action": (
                    "Meer weten over een Klein-maar-Fijn-project, aanhaken, of zelf een project "
                    "bedenken? Meld je bij de leernetwerktrekkers."
                ),
                "owner": "Leernetwerktrekkers",
            },
            {
                "action": "Volgende kwartaalbijeenkomst: 23 januari 2024, 9.30-11.30 uur.",
                "owner": "Alle leden",
                "due_on": datetime.date(2024, 1, 23),
            },
        ],
        "sections": [
            {
                "heading": "Live bijeenkomst in de Smulhoeve op 14 november",
                "body": (
                    "Op 14 november stonden verbinding, gemeenschappelijke visie en taal centraal. "
                    "Deelnemers gingen in gesprek over de waarde van regionale samenwerking rondom "
                    "scheiding. We stonden stil bij begrippen rondom scheiding die kader nodig "
                    "hebben, zoals complexe scheiding, scheidingsproblematiek of veiligheid in de "
                    "context van scheiding. De aanwezigen kregen de Praat-erover Kaarten: een set "
                    "voor gesprekken over scheiding."
                ),
            },
            {
                "heading": "LNW-kwartiertje: de MASIC bij Veilig Thuis",
                "body": (
                    "Om elkaar en elkaars werk te leren kennen, geeft in elke kwartaalbijeenkomst "
                    "een deelnemer een presentatie over het eigen werk: het LNW-kwartiertje. Deze "
                    "keer vertelde Janny Metz van Veilig Thuis over de **MASIC**. Veilig Thuis "
                    "gebruikt de MASIC om inzicht te krijgen in gewelddadig conflict bij een "
                    "scheiding. Ervaringen met en vragen over de methode bespraken we in de groep."
                ),
            },
            {
                "heading": "Het leernetwerk is dé plek voor",
                "body": (
                    "- Uitwisselen van (bestaande) wetenschappelijke kennis, praktijkkennis en "
                    "ervaringskennis.\n"
                    "- Met aandacht luisteren en reageren vanuit verschillende perspectieven: "
                    "beleid, praktijk, onderzoek, onderwijs en gezinnen.\n"
                    "- Samen leren, verdiepen, verbreden en ontwikkelen van best practices.\n"
                    "- Inspireren van toekomstige professionals."
                ),
            },
        ],
    },
    "good_to_know": [
        {"title": "Symposium Vertrouwen in verbinding", "happens_on": datetime.date(2023, 9, 5)},
        {
            "title": "Voor de Jeugddag",
            "happens_on": datetime.date(2023, 9, 11),
            "description": (
                "Met een bijdrage vanuit het leernetwerk over taal door Mariska, Maaïke, Nicolette "
                "en Wendy."
            ),
        },
        {
            "title": "Regionale conferentie jeugdhulp Haaglanden",
            "happens_on": datetime.date(2023, 10, 5),
            "description": (
                "Met een bijdrage vanuit het leernetwerk over taal door Mariska, Sascha en Wendy."
            ),
        },
        {
            "title": "Praat erover: de beeldenbieb van het Kenniscentrum Kind en Scheiding",
            "description": (
                "60 afbeeldingen voor gesprekken met gescheiden gezinnen, gratis te downloaden op "
                "de site van het kenniscentrum. Wie op 14 november naar de live bijeenkomst kwam, "
                "kreeg al een set van deze kaarten."
            ),
        },
    ],
    "factsheets": [
        {
            "slug": "factsheet-bijeenkomst-2-oktober-2023",
            "title": "Factsheet bijeenkomst 2 oktober 2023",
            "description": (
                "Een jaar leernetwerk, het LNW-kwartiertje over de MASIC, thema's vanuit de leden "
                "en de eerste Klein-maar-Fijn-projecten."
            ),
        },
    ],
}

NOVEMBER_2023 = {
    "slug": "live-bijeenkomst-smulhoeve-14-november-2023",
    "title": "Live bijeenkomst in de Smulhoeve: samen leren, werken en innoveren",
    "kind": Meeting.Kind.LIVE,
    "format": Meeting.Format.ON_SITE,
    "venue": "De Smulhoeve",
    "starts_at": at(2023, 11, 14, 15),
    "ends_at": at(2023, 11, 14, 20),
    "audience": ALL_MEMBERS,
    "introduction": (
        "Een middag en avond op locatie over samen leren, werken en innoveren rondom scheiding: "
        "verbinding, een gemeenschappelijke visie en taal."
    ),
    "themes": ["taal", "samenwerken na scheiding"],
    "goals": [
        "Verbinding en uitwisseling in het Leernetwerk Kind & Complexe Ouderrelaties.",
        "Werksessie gedeelde taal.",
        "Informeel dineren.",
    ],
    "agenda": [
        {"kind": AgendaItem.Kind.WELCOME, "title": "Verbinding en uitwisseling in het leernetwerk"},
        {
            "kind": AgendaItem.Kind.WORK_SESSION,
            "title": "Werksessie gedeelde taal",
            "description": (
                "Begrippen rondom scheiding die kader nodig hebben, zoals complexe scheiding, "
                "scheidingsproblematiek en veiligheid in de context van scheiding."
            ),
        },
        {"kind": AgendaItem.Kind.INFORMAL, "title": "Informeel dineren"},
    ],
    "report": {
        "published_at": at(2023, 11, 21, 10),
        "summary": (
            "De bijeenkomst stond in het teken van samen leren, werken en innoveren rondom "
            "scheiding. Deelnemers gingen in gesprek over de waarde van regionale samenwerking "
            "rondom dit thema.\n\n"
            "We stonden stil bij begrippen rondom scheiding die kader nodig hebben, zoals "
            "complexe scheiding, scheidingsproblematiek of veiligheid in de context van "
            "scheiding. De aanwezigen kregen gratis de **Praat-erover Kaarten**: een waardevolle "
            "set voor gesprekken over scheiding.\n\n"
            "Mariska Klein Velderman deelde een sfeerimpressie via LinkedIn."
        ),
    },
}

MEETINGS = [JANUARY_2023, *ANNOUNCED_2023, OCTOBER_2023, NOVEMBER_2023]
