"""Demo content for the meetings app, loaded idempotently by `manage.py load_demo`.

The past meetings and their reports come from the network's own factsheets
(/work/shared/seeds: 000, 001, 002, 003): goals, agendas with the presenters as published,
subgroups, reflections with the answers given, follow-up. The upcoming meetings are computed
from today's date, keyed on their quarter, so "upcoming" is never empty and a second run
on another day adds at most the next quarter.

Every meeting and factsheet is keyed on its slug and created only when it is missing, with
everything in it; a meeting that exists is never changed, so the loader leaves what trekkers
edited alone and running it twice changes nothing at all.
"""

import datetime
from zoneinfo import ZoneInfo

from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.utils import timezone

from meetings.models import (
    AgendaItem,
    Factsheet,
    FollowUp,
    Goal,
    GoodToKnow,
    Meeting,
    Reflection,
    Report,
    ReportSection,
    Subgroup,
    factsheet_upload_to,
)
from members.models import User

AMSTERDAM = ZoneInfo("Europe/Amsterdam")
TREKKER_EMAIL = "trekker@example.org"

K = Meeting.Kind
F = Meeting.Format
A = AgendaItem.Kind

ALL_MEMBERS = "Alle leden van het leernetwerk"


def at(year, month, day, hour=0, minute=0):
    return datetime.datetime(year, month, day, hour, minute, tzinfo=AMSTERDAM)


# -- The meetings of the factsheets ---------------------------------------------------------

JANUARY_2023 = {
    "slug": "kwartaalbijeenkomst-24-januari-2023",
    "title": "Kwartaalbijeenkomst: de visie „Duurzaam samenwerken na scheiding” in de praktijk",
    "kind": K.QUARTERLY,
    "format": F.ONLINE,
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
        (None, A.WELCOME, "Welkom en doel van de bijeenkomst", "", "", ""),
        (
            None,
            A.WORK_SESSION,
            "Werksessie in twee groepen over de visie „Duurzaam samenwerken na scheiding”",
            "",
            "",
            "- **Groep 1**: hoe breed is de zienswijze toepasbaar? Wat betekent de visie voor "
            "andere soorten werk en bij bepaalde vraagstukken?\n"
            "- **Groep 2**: mogelijke rode vlaggen en no-go's voor de inzet van de zienswijze, "
            "bijvoorbeeld omdat de situatie eerst iets anders vraagt (trauma, veiligheid).",
        ),
        (None, A.REFLECTION, "Terugkoppeling uit de groepen", "", "", ""),
        (
            None,
            A.CLOSING,
            "Vervolg: Klein-maar-Fijn-projecten en de vorm van het overleg",
            "",
            "",
            "",
        ),
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
            (
                "Groep 1",
                "Hoe breed is de zienswijze toepasbaar? Wat is de reikwijdte?",
                "- De zienswijze is breder toepasbaar.\n"
                "- Is er bij de cliënt sprake van zelfreflectie of groepsreflectie? Vanuit "
                "sommige culturen denkt de cliënt systemisch; de westerse cultuur is meer "
                "individueel gericht. Is het denken vanuit de drama-balans driehoek te verenigen "
                "met het systemische denken?\n"
                "- De match tussen cliënt en professional. Dat vraagt ook zelfreflectie van de "
                "professional: hoe gelijkwaardig ben je? In hoeverre heeft de cliënt keuze bij "
                "zorg?\n"
                "- Het systeem van de rechtbank als model, en de vrijwilligheid en het "
                "commitment van de cliënt. Een mediator doet matching: er worden altijd drie "
                "namen opgegeven en de cliënt mag kiezen. Hebben cliënten binnen de hulpverlening "
                "ook keus wie hun hulpverlener wordt? Ook de verhouding tussen man en vrouw doet "
                "iets met het proces. Het vertrekpunt van de visie is vertrouwen: wat als dat "
                "vertrouwen er niet is?\n"
                "- Is er genoeg tijd voor werkbegeleiding en reflectie, ook op waarden en "
                "loyaliteiten?\n"
                "- Hoe kan de rechtbank ook vanuit deze visie handelen? Taal is belangrijk. Ook "
                "als de rechtbank nodig is, hoeft de cliënt niet over te schakelen op andere "
                "taal of een andere mindset.\n\n"
                "De visie is een mooie paraplu voor verschillende beroepen. Wat ligt er het meest "
                "voor de hand om op te pakken?\n\n"
                "- Hoe nemen we kennis over systemisch denken meer mee?\n"
                "- Meer tijd nemen.\n"
                "- Cultuursensitief zijn.\n"
                "- Overwegen of je iemand uit het netwerk betrekt.\n"
                "- Aandacht voor eigen triggers en blinde vlekken.",
            ),
            (
                "Groep 2",
                "Rode vlaggen en no-go's: wanneer vraagt de situatie eerst iets anders?",
                "Twee grote onderwerpen: **contactverlies**, en de vraag hoe je de nieuwe visie "
                "toepast: wat zien we al?\n\n"
                "- De ervaringsdeskundigen in het gesprek (team blauw) vertelden dat ze zich als "
                "kind verantwoordelijk voelden voor het welzijn van hun gescheiden ouder. Juist "
                "als iemand zorg had geboden aan de ouders, had het kind meer ruimte gevoeld voor "
                "het eigen proces. De oproep: **als je er voor de kinderen wilt zijn, ga dan "
                "zorgen voor de ouders!**\n"
                "- De opdracht van gemeenten is anders geformuleerd en nodigt uit tot afstemming "
                "op het kind. Team blauw stelt voor dit om te draaien: als het met de ouders goed "
                "gaat, gaat het beter met het kind.\n"
                "- We moeten onderscheid maken tussen onveiligheid en scheidingsproblematiek.\n"
                "- Aan de voorkant uitfilteren: een goede triage is belangrijk.\n"
                "- Het vraagt om kennis- en deskundigheidsbevordering, maar ook om daadkracht van "
                "de professional.\n"
                "- Veiligheid is een containerbegrip en betekent in verschillende organisaties "
                "iets anders.",
            ),
        ],
        "reflections": [],
        "follow_ups": [
            (
                "We stonden stil bij mogelijke Klein-maar-Fijn-projecten in het leernetwerk. "
                "Dit krijgt een vervolg in een volgende kwartaalbijeenkomst.",
                "Leernetwerktrekkers",
                None,
            ),
            (
                "**Vorm van het overleg**: de huidige vorm, ook de duur van 2 uur, is prettig. "
                "We wisselen van gedachten in kleine groepen en koppelen terug in de "
                "kwartaalbijeenkomsten. Kleine groepen kunnen bij behoefte op locatie afspreken; "
                "de kwartaalbijeenkomsten blijven online. Elke bijeenkomst krijgt een duidelijk "
                "doel met een passende agenda.",
                "Leernetwerktrekkers",
                None,
            ),
        ],
        "sections": [
            (
                "Komende bijeenkomsten",
                "- 6 april 2023, 10.00-12.00 uur\n"
                "- 3 juli 2023, 10.00-12.00 uur\n"
                "- 10 oktober 2023, 10.00-12.00 uur",
            ),
        ],
    },
    "good_to_know": [],
    "factsheets": [
        (
            "factsheet-bijeenkomst-24-januari-2023",
            "Factsheet bijeenkomst 24 januari 2023",
            "De twee groepen over de visie „Duurzaam samenwerken na scheiding”, hun punten en "
            "het vervolg.",
        ),
    ],
}


def planned_quarterly(day, month):
    """A quarterly meeting the January 2023 factsheet announced; it has passed, no report."""
    starts_at = at(2023, month, day, 10)
    month_name = {4: "april", 7: "juli", 10: "oktober"}[month]
    return {
        "slug": f"kwartaalbijeenkomst-{day}-{month_name}-2023",
        "title": f"Kwartaalbijeenkomst {day} {month_name} 2023",
        "kind": K.QUARTERLY,
        "format": F.ONLINE,
        "starts_at": starts_at,
        "ends_at": starts_at + datetime.timedelta(hours=2),
        "audience": ALL_MEMBERS,
        "introduction": (
            "Online kwartaalbijeenkomst van het leernetwerk, aangekondigd in het verslag van "
            "24 januari 2023."
        ),
        "themes": [],
        "goals": [],
        "agenda": [],
        "report": None,
        "good_to_know": [],
        "factsheets": [],
    }


OCTOBER_2023 = {
    "slug": "kwartaalbijeenkomst-2-oktober-2023",
    "title": "Kwartaalbijeenkomst: het leernetwerk bestaat een jaar",
    "kind": K.QUARTERLY,
    "format": F.ONLINE,
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
        (None, A.WELCOME, "Stand van zaken: een jaar leernetwerk", "", "", ""),
        (
            None,
            A.KWARTIERTJE,
            "LNW-kwartiertje: de MASIC bij Veilig Thuis",
            "Janny Metz",
            "Veilig Thuis",
            "Veilig Thuis gebruikt de MASIC om inzicht te krijgen in gewelddadig conflict bij "
            "een scheiding. Daarna bespreken we ervaringen en vragen over de methode.",
        ),
        (
            None,
            A.WORK_SESSION,
            "Thema's vanuit de leden: cultuursensitief werken",
            "",
            "Kenniscentrum Kind en Scheiding",
            "",
        ),
        (
            None,
            A.PRESENTATION,
            "De eerste Klein-maar-Fijn-projecten",
            "Mariska Klein Velderman",
            "TNO",
            "Mogelijke projecten over taal rondom scheiding en over conflictdiagnostiek en "
            "triage (met de Triagelijst Scheiding).",
        ),
        (None, A.CLOSING, "Goed te weten en afsluiting", "", "", ""),
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
            (
                "Cultuursensitief werken",
                "Thema vanuit de leden",
                "- Het Kenniscentrum Kind en Scheiding kwam terug op het werk aan "
                "cultuursensitief werken.\n"
                "- Partners in het leernetwerk die hier meer over weten of betrokken willen zijn, "
                "kunnen zich melden bij Wendy van Vliet of Sascha van der Burg.",
            ),
            (
                "Klein-maar-Fijn-projecten",
                "Thema vanuit de leden",
                "In een aantal Klein-maar-Fijn-projecten dragen leden bij aan de agenda's van het "
                "leernetwerk:\n\n"
                "- **Veranderagenda**: gedeelde visie.\n"
                "- **Opleidingsagenda**: professionals in de hele keten toerusten.\n"
                "- **Onderzoek- en ontwikkelagenda**: evaluatie en borging van kennis en inzichten "
                "uit de regiolab-initiatieven; doorwerken van de gemeenschappelijke visie en een "
                "gedeelde taal ontwikkelen; visie en taal vertalen naar organisatie en "
                "praktijk.\n\n"
                "Mariska Klein Velderman (TNO) presenteerde de eerste (mogelijke) projecten: over "
                "taal rondom scheiding, en over conflictdiagnostiek en triage (met de Triagelijst "
                "Scheiding). Er is veel interesse om hiermee aan de slag te gaan.",
            ),
        ],
        "reflections": [],
        "follow_ups": [
            (
                "Meer weten over cultuursensitief werken, of meedoen? Meld je bij Wendy van Vliet "
                "of Sascha van der Burg.",
                "Wendy van Vliet en Sascha van der Burg",
                None,
            ),
            (
                "Meer weten over een Klein-maar-Fijn-project, aanhaken, of zelf een project "
                "bedenken? Meld je bij de leernetwerktrekkers.",
                "Leernetwerktrekkers",
                None,
            ),
            (
                "Volgende kwartaalbijeenkomst: 23 januari 2024, 9.30-11.30 uur.",
                "Alle leden",
                datetime.date(2024, 1, 23),
            ),
        ],
        "sections": [
            (
                "Live bijeenkomst in de Smulhoeve op 14 november",
                "Op 14 november stonden verbinding, gemeenschappelijke visie en taal centraal. "
                "Deelnemers gingen in gesprek over de waarde van regionale samenwerking rondom "
                "scheiding. We stonden stil bij begrippen rondom scheiding die kader nodig "
                "hebben, zoals complexe scheiding, scheidingsproblematiek of veiligheid in de "
                "context van scheiding. De aanwezigen kregen de Praat-erover Kaarten: een set "
                "voor gesprekken over scheiding.",
            ),
            (
                "LNW-kwartiertje: de MASIC bij Veilig Thuis",
                "Om elkaar en elkaars werk te leren kennen, geeft in elke kwartaalbijeenkomst "
                "een deelnemer een presentatie over het eigen werk: het LNW-kwartiertje. Deze "
                "keer vertelde Janny Metz van Veilig Thuis over de **MASIC**. Veilig Thuis "
                "gebruikt de MASIC om inzicht te krijgen in gewelddadig conflict bij een "
                "scheiding. Ervaringen met en vragen over de methode bespraken we in de groep.",
            ),
            (
                "Het leernetwerk is dé plek voor",
                "- Uitwisselen van (bestaande) wetenschappelijke kennis, praktijkkennis en "
                "ervaringskennis.\n"
                "- Met aandacht luisteren en reageren vanuit verschillende perspectieven: beleid, "
                "praktijk, onderzoek, onderwijs en gezinnen.\n"
                "- Samen leren, verdiepen, verbreden en ontwikkelen van best practices.\n"
                "- Inspireren van toekomstige professionals.",
            ),
        ],
    },
    "good_to_know": [
        ("Symposium Vertrouwen in verbinding", datetime.date(2023, 9, 5), ""),
        (
            "Voor de Jeugddag",
            datetime.date(2023, 9, 11),
            "Met een bijdrage vanuit het leernetwerk over taal door Mariska, Maaïke, Nicolette "
            "en Wendy.",
        ),
        (
            "Regionale conferentie jeugdhulp Haaglanden",
            datetime.date(2023, 10, 5),
            "Met een bijdrage vanuit het leernetwerk over taal door Mariska, Sascha en Wendy.",
        ),
        (
            "Praat erover: de beeldenbieb van het Kenniscentrum Kind en Scheiding",
            None,
            "60 afbeeldingen voor gesprekken met gescheiden gezinnen, gratis te downloaden op "
            "de site van het kenniscentrum. Wie op 14 november naar de live bijeenkomst kwam, "
            "kreeg al een set van deze kaarten.",
        ),
    ],
    "factsheets": [
        (
            "factsheet-bijeenkomst-2-oktober-2023",
            "Factsheet bijeenkomst 2 oktober 2023",
            "Een jaar leernetwerk, het LNW-kwartiertje over de MASIC, thema's vanuit de leden en "
            "de eerste Klein-maar-Fijn-projecten.",
        ),
    ],
}

NOVEMBER_2023 = {
    "slug": "live-bijeenkomst-smulhoeve-14-november-2023",
    "title": "Live bijeenkomst in de Smulhoeve: samen leren, werken en innoveren",
    "kind": K.LIVE,
    "format": F.ON_SITE,
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
        (None, A.WELCOME, "Verbinding en uitwisseling in het leernetwerk", "", "", ""),
        (
            None,
            A.WORK_SESSION,
            "Werksessie gedeelde taal",
            "",
            "",
            "Begrippen rondom scheiding die kader nodig hebben, zoals complexe scheiding, "
            "scheidingsproblematiek en veiligheid in de context van scheiding.",
        ),
        (None, A.INFORMAL, "Informeel dineren", "", "", ""),
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
        "subgroups": [],
        "reflections": [],
        "follow_ups": [],
        "sections": [],
    },
    "good_to_know": [],
    "factsheets": [],
}

JANUARY_2024 = {
    "slug": "kwartaalbijeenkomst-23-januari-2024",
    "title": "Kwartaalbijeenkomst: triage en het eerste Klein-maar-Fijn-project",
    "kind": K.QUARTERLY,
    "format": F.ONLINE,
    "starts_at": at(2024, 1, 23, 9, 30),
    "ends_at": at(2024, 1, 23, 11, 30),
    "audience": ALL_MEMBERS,
    "introduction": (
        "Een werkgroep praatte verder over triage, naar aanleiding van het LNW-kwartiertje over "
        "de MASIC. We horen over de Triagelijst Scheiding, en het eerste Klein-maar-Fijn-project "
        "gaat van start."
    ),
    "themes": ["triage", "preventie", "taal"],
    "goals": [
        "Verbinden op actuele thema's en vraagstukken: triage.",
        "Kennismaken met de Triagelijst Scheiding.",
        "Start van het eerste Klein-maar-Fijn-project: taal rondom scheiding.",
    ],
    "agenda": [
        (None, A.WELCOME, "Welkom", "", "", ""),
        (
            None,
            A.WORK_SESSION,
            "Thema's vanuit de leden: triage",
            "",
            "",
            "Terugkoppeling van de werkgroep over de MASIC en triage.",
        ),
        (
            None,
            A.PRESENTATION,
            "De Triagelijst Scheiding (TS)",
            "",
            "",
            "Een instrument dat ouders en professionals uitnodigt om te praten over "
            "interactiepatronen en de dynamiek tussen ouders na scheiding.",
        ),
        (None, A.PRESENTATION, "Klein-maar-Fijn-project: taal rondom scheiding", "", "", ""),
    ],
    "report": {
        "published_at": at(2024, 2, 13, 10),
        "summary": (
            "Als leernetwerk willen we verbinden op actuele thema's en vraagstukken. Zo "
            "stimuleren we uitwisseling tussen de verschillende perspectieven. Leden brengen "
            "thema's in; in een subgroep is daarna ruimte om er verder over te praten, en in het "
            "volgende overleg bespreken we het samen.\n\n"
            "Deze keer: **triage**, en de start van het eerste **Klein-maar-Fijn-project**, over "
            "taal rondom scheiding."
        ),
        "subgroups": [
            (
                "Werkgroep triage",
                "Naar aanleiding van het LNW-kwartiertje van Veilig Thuis over de MASIC",
                "Een werkgroep sprak verder over het gebruik van de MASIC, gericht op inzicht in "
                "de veiligheid van kinderen:\n\n"
                "- Wanneer zet je de MASIC in?\n"
                "- Kan het deuren sluiten voor een bepaalde vorm van dialoog of ondersteuning?\n"
                "- Hoe maken we in de regio onderscheid tussen problemen die voortkomen uit de "
                "scheiding zelf en interactieproblemen tussen ouders?\n"
                "- En welke taal gebruiken we daarbij?\n\n"
                "Dit sluit mooi aan bij de presentatie over de Triagelijst Scheiding (TS): een "
                "instrument dat ouders en professionals uitnodigt om te praten over "
                "interactiepatronen en de dynamiek tussen ouders na scheiding.",
            ),
        ],
        "reflections": [],
        "follow_ups": [
            (
                "Het Klein-maar-Fijn-project over taal rondom scheiding is getoetst op privacy en "
                "ethiek en gaat van start.",
                "Projectgroep taal",
                None,
            ),
            (
                "Meer weten, aanhaken, of zelf een Klein-maar-Fijn-project bedenken? Meld je bij "
                "de leernetwerktrekkers.",
                "Leernetwerktrekkers",
                None,
            ),
        ],
        "sections": [
            (
                "Complexiteit en geweld uit elkaar halen",
                "Er wordt bepleit om complexe scheidingen niet te zien als een vorm van "
                "kindermishandeling, maar als het **onvermogen om tot duurzame samenwerking te "
                "komen**. Daarbij is het belangrijk om complexiteit en geweld of veiligheid uit "
                "elkaar te halen. Waar bestaat het onvermogen uit? Er zijn complexe scheidingen "
                "met en zonder geweld. Bij geweld volg je een andere route: de meldcode.\n\n"
                "Vanuit verschillende perspectieven (onderzoek, praktijk, beleid, jongeren) is "
                "de wens om meer in te zoomen op **preventie**:\n\n"
                "- het laagdrempeliger en normaal maken om hulp te vragen;\n"
                "- een vragenlijst als de TS veel eerder inzetten, waar de eerste hulpvraag "
                "gesteld wordt;\n"
                "- vertrouwen op de meldcode.\n\n"
                "Zo worden onveilige situaties ook makkelijker gezien, en kunnen we meer "
                "problemen voorkomen.",
            ),
            (
                "Het eerste Klein-maar-Fijn-project: taal rondom scheiding",
                "In een aantal Klein-maar-Fijn-projecten dragen leden bij aan de agenda's van het "
                "leernetwerk. Het eerste project gaat over **taal rondom "
                "scheiding(sproblematiek)**. Het past bij de ambitie om *vanuit een ketenbrede "
                "gemeenschappelijke visie en taal te leren, werken en innoveren rondom "
                "scheiding*. Het doel: een gedeeld begrippenkader en (een aanzet tot) een "
                "gedeelde visie op en definitie van scheiding(sproblematiek) in de regio. Het "
                "project is getoetst op privacy en ethiek en gaat van start.",
            ),
        ],
    },
    "good_to_know": [],
    "factsheets": [
        (
            "factsheet-themas-vanuit-de-leden-januari-2024",
            "Factsheet thema's vanuit de leden, januari 2024",
            "Triage, complexiteit en geweld uit elkaar halen, preventie, en het eerste "
            "Klein-maar-Fijn-project over taal.",
        ),
    ],
}

GOUDA_2024 = {
    "slug": "kennissessie-gemeenten-gouda-3-september-2024",
    "title": "Interactieve kennissessie over scheiding, speciaal voor gemeenten",
    "kind": K.KNOWLEDGE,
    "format": F.ON_SITE,
    "venue": "Gemeente Gouda",
    "address": "Gouda",
    "starts_at": at(2024, 9, 3, 13),
    "ends_at": at(2024, 9, 3, 16, 30),
    "audience": "Beleidsmedewerkers en professionals van gemeenten in de regio",
    "introduction": (
        "Scheidingen kunnen grote impact hebben op het welzijn van inwoners. Om op regionaal "
        "niveau echt een verschil te maken voor kinderen en gezinnen tijdens en na een "
        "scheiding, zoeken we de verbinding op, delen we kennis en leren we elkaar beter "
        "verstaan."
    ),
    "themes": ["taal", "denkkader", "gemeenten", "samenwerken na scheiding"],
    "goals": [
        "De verbinding opzoeken tussen gemeenten in de regio.",
        "Kennis delen over scheiding: het denkkader en de gedeelde taal.",
        "Elkaar beter verstaan.",
    ],
    "agenda": [
        (None, A.WELCOME, "Welkom en kennismaking", "", "", ""),
        (
            None,
            A.PRESENTATION,
            "Introductie Werkplaats SAMEN",
            "Claudia Vrijhof",
            "Werkplaats SAMEN (coördinator)",
            "",
        ),
        (
            None,
            A.PRESENTATION,
            "Het leernetwerk Kind & Complexe Ouderrelaties",
            "Wendy van Vliet",
            "Leernetwerktrekker",
            "",
        ),
        (
            None,
            A.PRESENTATION,
            "Verbinding en vertrouwen: het denkkader, met een pilot en een casus",
            "Sascha van der Burg",
            "Leernetwerktrekker en gezinsvertegenwoordiger",
            "",
        ),
        (None, A.REFLECTION, "Reflectieopdracht: het denkkader in jullie gemeente", "", "", ""),
        (
            None,
            A.PRESENTATION,
            "Taal: het begrippenkader, de tipsheet en de beeldenbieb „Praat erover”",
            "Claudia Vrijhof en Mariska Klein Velderman",
            "TNO (onderzoekers)",
            "",
        ),
        (None, A.REFLECTION, "Reflectieopdracht: gedeelde taal in jullie gemeente", "", "", ""),
        (None, A.CLOSING, "Tot slot: hoe nu verder?", "", "", ""),
    ],
    "report": {
        "published_at": at(2024, 9, 24, 10),
        "summary": (
            "We heetten iedereen welkom, met speciale dank aan de gemeente Gouda voor het "
            "gebruik van haar faciliteiten. Scheidingen kunnen grote impact hebben op het "
            "welzijn van onze inwoners. Om op regionaal niveau echt een verschil te maken voor "
            "kinderen en gezinnen tijdens en na een scheiding, zochten we de verbinding op, "
            "deelden we kennis en leerden we elkaar beter verstaan.\n\n"
            "Na een introductie van Werkplaats SAMEN en het leernetwerk ging het over twee "
            "dingen die de ambitie van het leernetwerk vraagt: een gezamenlijk **denkkader** en "
            "een gezamenlijk **begrippenkader** (gedeelde taal). Bij allebei werkten we met een "
            "reflectieopdracht; de antwoorden staan hieronder."
        ),
        "sections": [
            (
                "Introductie Werkplaats SAMEN, door Claudia Vrijhof, coördinator SAMEN",
                "**Wat en wie is Werkplaats SAMEN?**\n\n"
                "- SAMEN is een kennis- en innovatienetwerk (Regionale Kenniswerkplaats Jeugd) "
                "in de regio Haaglanden, Midden-Holland en Holland-Rijnland.\n"
                "- SAMEN pakt maatschappelijke vraagstukken op, regionaal en over organisaties "
                "heen. Zo bevorderen we het toepassen van kennis en innovaties in de zorg voor "
                "jeugd.\n\n"
                "**Hoe doet SAMEN dit?**\n\n"
                "- We verbinden ouders, jeugdigen, praktijk, onderzoek, onderwijs en beleid.\n"
                "- We verspreiden kennis, handreikingen, methodieken, interventies, richtlijnen "
                "en aanbevelingen voor implementatie, bijvoorbeeld via publicaties en "
                "bijeenkomsten.\n\n"
                "In de programmaperiode 2020-2024 stonden drie inhoudelijke thema's centraal: "
                "integraal werken, kwetsbare gezinnen en normaliseren. Daaruit ontstonden de "
                "leernetwerken, waarin kennis en innovaties zijn ontwikkeld en lessen zijn "
                "geleerd over gelijkwaardig samenwerken met ouders en jeugdigen. Wat geleerd is, "
                "staat in een e-magazine.\n\n"
                "Voor de nieuwe programmaperiode 2025-2028 zoekt SAMEN input van alle partners, "
                "bij voorkeur voortbouwend op de bestaande leernetwerken.",
            ),
            (
                "Het leernetwerk Kind & Complexe Ouderrelaties, door Wendy van Vliet, "
                "leernetwerktrekker",
                "Het leernetwerk komt voort uit het Regiolab binnen het actieprogramma "
                "„Scheiden zonder schade”. Toen dat afliep, ging het leernetwerk verder met de "
                "partners van het Regiolab, aangevuld met partijen uit de regio van SAMEN. "
                "Belangrijk was dat ook ervaringsdeskundigen (ExpEx) aansluiten, zodat we hun "
                "ervaringen meenemen en kunnen toetsen of wat we doen ook goed is.\n\n"
                "- **Betrokken perspectieven, BOPOD**: beleid, onderwijs, praktijk, onderzoek en "
                "doelgroep zijn aangesloten. We missen nog de advocatuur en het recht. Het "
                "leernetwerk zit meer aan de kant van zorg; uitbreiding aan de preventieve kant "
                "kan ook.\n"
                "- **Ambitie**: vanuit een gemeenschappelijke visie en taal leren, werken en "
                "innoveren rondom scheiding. Hoe kom je tot gemeenschappelijke taal? Met een "
                "*begrippenkader*.\n"
                "- **Veranderagenda**: de visie doorwerken op basis van kansrijke elementen uit "
                "het Regiolab (duurzaam samenwerken vanuit verbinding en vertrouwen): het "
                "*denkkader*.\n"
                "- **Opleidingsagenda**: wat we leren meegeven aan de opleidingen: "
                "*professionalisering*.\n"
                "- **Onderzoek- en ontwikkelagenda**: hoe bouwen we verder, welke kennis is "
                "nodig en hoe brengen we die in de praktijk? Het *handelingskader*.",
            ),
            (
                "Verbinding en vertrouwen: het denkkader, door Sascha van der Burg, "
                "leernetwerktrekker en gezinsvertegenwoordiger",
                "#### Pilot\n\n"
                "Duurzaam ouderschap na scheiding door gezinsvertegenwoordigers (binnen "
                "„Een goed begin”).\n\n"
                "#### Casus\n\n"
                "Twee partners: de een wilde scheiden, de ander wilde graag samen verder. Na "
                "voorgesprekken komen ze samen in een viergesprek. Daar vertellen ouders wat hen "
                "hier brengt, maar vooral wat hun doel is, hun toekomstplan en hun visie op "
                "ouderschap. Ze werken aan vertrouwen in zichzelf en in de hulpverlener. Dit paar "
                "miste het vertrouwen in elkaar, maar deelde een visie op wat zij belangrijk "
                "vinden voor de kinderen. In de loop van de gesprekken groeide het vertrouwen in "
                "elkaar weer. De focus lag lang op de kinderen en het ouderschap; het "
                "partnerschap kon worden losgelaten. Het paar leerde hoe ze over het ouderschap "
                "kunnen praten zonder de focus op hen als ex-partners. Wat we doen, werkt "
                "verbindend en is goed voor vertrouwen.\n\n"
                "#### Over de pilot\n\n"
                "1. Ouders kunnen zichzelf aanmelden, of komen via een andere organisatie, zoals "
                "het scheidingsplein. Dat kan nu ook via het Uniform Hulpaanbod vanuit de "
                "Rechtbank.\n"
                "2. Gezinsvertegenwoordigers werken altijd in duo's.\n"
                "3. De pilot loopt nu alleen in de regio Haaglanden (Kenniscentrum Kind en "
                "Scheiding en Delft Support). Er kunnen 150 casussen worden opgepakt: 100 via het "
                "project en 50 via de gemeente. De pilot loopt tot maart; de eerste resultaten "
                "verwachten we in de zomer van 2025.\n"
                "4. Gouda werkt ook aan het invoeren van het denkkader achter deze werkwijze. "
                "Professionals zijn getraind door de ontwikkelaars van het denkkader rond "
                "Duurzaam Samenwerken (Heijsteeg & Lubach), en de gemeente schreef een "
                "werkwijze. Meldingen komen via Veilig Thuis, maar ook zonder verwijzing. De "
                "ervaring: je kunt wegblijven uit de problemen en uit het juridische conflict, en "
                "je richten op het ouderschap en de kinderen. Ook bij casussen vanuit de "
                "Rechtbank, in gezinnen waar veel meer speelt dan een scheiding, kan deze "
                "werkwijze worden ingezet.\n\n"
                "De eerste ervaringen bij Scheiden zonder schade leverden kansrijke elementen op. "
                "In deze pilot werken we het denkkader uit tot een handelingskader voor "
                "gezinsvertegenwoordiging: hoe maak je er een werkwijze van die goed toepasbaar "
                "en overdraagbaar is? De aandacht ligt vooral op het proces: in welke context "
                "lukt dit wel en wanneer niet, en wat is daarvoor nodig?",
            ),
            (
                "Opdracht Rijk: zijn kansrijke elementen ook werkzame elementen?",
                "Dat is nu nog onvoldoende onderbouwd. In de zomer van 2025 verwachten we de "
                "resultaten, zodat de werkwijze daarna verder ontwikkeld en breder verspreid kan "
                "worden. Op de Dag van de scheiding (september 2025) kunnen we naar verwachting "
                "meer delen. Uitwisselen blijft belangrijk: wat werkt voor wie, en voor wie niet "
                "en waarom niet? Waar zitten de mismatches? Wat maakt dat het in Gouda wordt "
                "omarmd, wat is er meer nodig, wat minder, en wat past het best in welke "
                "situatie?",
            ),
            (
                "Taal, door Claudia Vrijhof en Mariska Klein Velderman, onderzoekers TNO",
                "Gedeelde taal ontwikkelen is een van de ambities van het leernetwerk. In een "
                "eerste Klein-maar-Fijn-project maakten we een gedeeld begrippenkader en een "
                "tipsheet voor taal bij scheiding(sproblematiek).\n\n"
                "#### Beelden: de beeldenbieb „Praat erover”\n\n"
                "We begonnen met een oefening met beelden, ter ondersteuning van taal in woorden. "
                "We gebruikten de beeldenbieb „Praat erover” van het Kenniscentrum Kind en "
                "Scheiding: 60 beelden bij woorden over relaties en scheiden, te gebruiken in "
                "gesprekken met kinderen en ouders. De ene helft van de groep zag een beeld, de "
                "andere helft een woord. De afbeeldingen riepen gemiddeld meer positieve reacties "
                "op; de woorden kregen een meer negatieve lading. Beelden kunnen helpen bij "
                "anderstaligen, mensen met een licht verstandelijke beperking en jonge "
                "kinderen.\n\n"
                "#### Het onderzoek naar taal\n\n"
                "Voor het onderzoek vroegen we ouders, jongeren, beleidsmedewerkers en "
                "professionals in het recht en in de zorg voor jeugd naar hun taal (in woord en "
                "beeld) en hun voorkeuren. De journalistiek deed niet mee. Taal biedt volgens de "
                "deelnemers kansen voor samenwerking en om negatieve gevolgen na een scheiding "
                "te voorkomen en te beperken.\n\n"
                "1. **Gedeelde taal: elkaar verstaan.** Eenheid in taal zorgt voor duidelijkheid "
                "en helpt om op één lijn te komen.\n"
                "2. **De juiste taal** zorgt voor meer aansluiting tussen disciplines, maar ook "
                "tussen ouders en binnen gezinnen.\n"
                "3. **Positieve, neutrale taal zonder schuld** werkt goed voor het vertrouwen in "
                "elkaar en helpt om tot oplossingen te komen.\n"
                "4. **Negatieve taal** werkt belemmerend: hopeloosheid en hulpeloosheid worden "
                "erdoor versterkt, en het kan tot weerstand leiden.\n\n"
                "Voorbeelden uit het onderzoek, zoals gepubliceerd:\n\n"
                "- **complexe scheidingsproblematiek** in plaats van **vechtscheiding**\n"
                "- **contactverlies** in plaats van **ouderverstoting**\n\n"
                "Met de positieve woorden blijf je meer weg van een waardeoordeel. De woorden "
                "zijn niet getoetst op taalniveau B1. Professionals gebruiken minder vaktermen "
                "bij ouders en gezinnen dan bij andere professionals, en leggen ze vaker uit als "
                "ze ze wel gebruiken. Wat een begrip oproept, de context en het kader waarin je "
                "het gebruikt zijn heel belangrijk. Beelden helpen in gesprekken met ouders en "
                "jongeren: ze maken moeilijke woorden eenvoudig, blijven beter hangen en helpen "
                "om lastige dingen bespreekbaar te maken.",
            ),
        ],
        "subgroups": [],
        "reflections": [
            (
                "Wat is er nodig om dit denkkader te verspreiden in jullie gemeente? Past dit bij "
                "het gedachtegoed in jullie gemeente? Wat heb je hiervoor nodig? Hoe kijken "
                "jullie naar deze visie?",
                "- Het welzijn van het kind staat centraal, maar wie bepaalt wat goed is voor het "
                "kind? Hoe voorkom je dat het kind een trofee wordt?\n"
                "- Er is meer uitwerking nodig van wat het denkkader is en hoe het verschilt van "
                "andere aanpakken. Wat moeten we anders gaan doen? Werken vanuit verbinding en "
                "vertrouwen is een basis: iedereen zal zeggen dat ze dat al doen. Gemeenten "
                "denken aan een specialisatie op dit thema binnen het wijk- of jeugdteam. In "
                "Haaglanden en Delft is dit ook binnen deze teams belegd, maar je kunt niet van "
                "iedereen in een team verwachten dat zij deze kennis en kunde hebben of willen. "
                "Kun je het koppelen aan één tot drie medewerkers? Dat vraagt om "
                "professionalisering.\n"
                "- De aanpak verschuift de focus van de relatie als ex-partners naar de relatie "
                "als ouders. Dat past bij de visie die ook bij kindermishandeling en huiselijk "
                "geweld wordt gebruikt.\n"
                "- Valt het onder zorg voor volwassenen of niet? Dat grijze gebied helpt niet. "
                "Wanneer is het een probleem van de ouders, wanneer scheidingsproblematiek en "
                "wanneer een probleem van het kind of van veiligheid?\n"
                "- Er is spanning tussen preventie en kostenbeheersing (het ravijnjaar 2026). "
                "Wordt er met de kostenbeheersing nu wel ingezet op preventie?\n"
                "- Het helpt als de basis voor de kinderen op orde is: een goede woonplek voor "
                "beide ouders met de kinderen. Soms het huis langer aanhouden, zodat er rust "
                "komt zonder dat er meteen veel moet. Ook hier is maatwerk nodig, per gezin en "
                "per situatie, en dat geldt ook voor de ouders. De basis op orde voor het kind "
                "geeft rust en ruimte om te ontwikkelen en te groeien.\n"
                "- Training is belangrijk. Laat het terugkomen in casuïstiekbesprekingen, zodat "
                "het meer gaat leven. Blijf het herhalen en blijf inzetten op scholing.\n"
                "- De werkwijze in Gouda: Duurzaam Samenwerken na Scheiden. Elke gemeente werkt "
                "anders met haar jeugdconsulenten: meer zelf betrokken en zelf hulp bieden, of "
                "meer analyseren en daarna iemand inschakelen die de juiste hulp kan bieden. De "
                "wachtlijsten zijn enorm, zeker voor scheidingsproblematiek in de jeugdzorg. Het "
                "is een andere mindset: je laat het probleem los en kijkt naar waar ouders in "
                "het ouderschap naartoe willen. Past wat ouders doen bij hun visie op het "
                "ouderschap? Je wilt steeds teruggrijpen naar wat ouders zelf op papier hebben "
                "gezet: dit is je doel, dit vind je belangrijk; is wat je doet daarmee in lijn? "
                "Dat zou je ook aan de juridische kant en bij de Raad voor de Kinderbescherming "
                "willen terugzien. De denkwijze moet breder gedeeld worden.",
            ),
            (
                "Hebben jullie het hier over binnen het team? Past dit bij jullie werken, denken "
                "en activiteiten in jullie gemeente? Wat is er nodig om dit te verspreiden en "
                "ermee te gaan werken in jullie gemeente? Hoe zouden we dit breder kunnen "
                "delen, en hoe doen we dat dan?",
                "Dezelfde taal helpt, want dan weet iedereen waar hij aan toe is. Hoe maak je "
                "dit de norm? Je kunt een sessie zoals deze binnen organisaties houden, om mensen "
                "enthousiast te maken en mee aan de slag te laten gaan. Door te laten ervaren wat "
                "taal doet, krijg je mensen mee. Ook door het uit te dragen vanuit het "
                "leernetwerk. Je kunt het via de (lokale) media delen: lokaal hebben we invloed "
                "op wat er wel of niet gedeeld wordt. Daar moet je lokaal de juiste mensen voor "
                "vinden; dan heb je minder te maken met de landelijke journalistiek, die meer uit "
                "is op sensatie.",
            ),
            (
                "Tot slot: hoe nu verder? Hoe deel je deze kennis? Zijn er succesverhalen? Wat "
                "hielp eerder om de kennis te verspreiden? Wat kunnen we vanuit het leernetwerk "
                "hierin oppakken?",
                "Een toolkit helpt, ook om het gesprek met je collega's erover te beginnen. Dat "
                "mag meer specifieke aandacht krijgen. Informatie komt beperkt door. Men kent "
                "Werkplaats SAMEN niet, en ook het leernetwerk niet. In Haaglanden leeft het "
                "thema meer, en is ook het Kenniscentrum Kind en Scheiding bekender. We weten dat "
                "er veel speelt in Midden-Holland: wat speelt er, hoe brengen we dat bij elkaar "
                "en hoe brengen we het in de regio verder? Met die vragen gaan we de komende "
                "periode aan de slag.",
            ),
        ],
        "follow_ups": [
            (
                "Een vragenlijst over de thema's die leven in de regio, via de "
                "verbindingsfunctionarissen, als input voor de programmaperiode 2025-2028.",
                "Werkplaats SAMEN",
                None,
            ),
            (
                "De eerste resultaten van de pilot met gezinsvertegenwoordigers delen, naar "
                "verwachting in de zomer van 2025 en op de Dag van de scheiding.",
                "Pilot gezinsvertegenwoordigers",
                None,
            ),
            (
                "Uitzoeken wat er speelt in Midden-Holland, en hoe we de kennis over het "
                "denkkader en de gedeelde taal in de hele regio verder brengen, bijvoorbeeld "
                "met een toolkit.",
                "Leernetwerktrekkers",
                None,
            ),
        ],
    },
    "good_to_know": [
        (
            "Praat erover: de beeldenbieb van het Kenniscentrum Kind en Scheiding",
            None,
            "60 beelden bij woorden over relaties en scheiden, voor gesprekken met kinderen en "
            "ouders.",
        ),
    ],
    "factsheets": [
        (
            "factsheet-kennissessie-gemeenten-3-september-2024",
            "Factsheet kennissessie voor gemeenten, 3 september 2024",
            "Werkplaats SAMEN, het leernetwerk, het denkkader met een pilot en een casus, "
            "gedeelde taal, en de antwoorden op de reflectieopdrachten.",
        ),
    ],
}

SEEDED_MEETINGS = [
    JANUARY_2023,
    planned_quarterly(6, 4),
    planned_quarterly(3, 7),
    planned_quarterly(10, 10),
    OCTOBER_2023,
    NOVEMBER_2023,
    JANUARY_2024,
    GOUDA_2024,
]


# -- Upcoming meetings, relative to today ---------------------------------------------------

UPCOMING_QUARTERLY_COUNT = 3


def fourth_weekday(year, month, weekday):
    """The fourth given weekday (0 = Monday) of a month."""
    first = datetime.date(year, month, 1)
    return first + datetime.timedelta(days=(weekday - first.weekday()) % 7 + 21)


def second_weekday(year, month, weekday):
    first = datetime.date(year, month, 1)
    return first + datetime.timedelta(days=(weekday - first.weekday()) % 7 + 7)


def quarters_from(today):
    """Yield (year, quarter) pairs, starting with the quarter of `today`."""
    year, quarter = today.year, (today.month - 1) // 3 + 1
    while True:
        yield year, quarter
        year, quarter = (year + 1, 1) if quarter == 4 else (year, quarter + 1)


def upcoming_quarterly(year, quarter):
    """The quarterly meeting of a quarter: the fourth Tuesday of its first month, online.

    That is the day of the seeded quarterly meetings (24 January 2023, 23 January 2024).
    """
    day = fourth_weekday(year, 3 * quarter - 2, weekday=1)
    starts_at = at(day.year, day.month, day.day, 9, 30)
    return {
        "slug": f"kwartaalbijeenkomst-{year}-q{quarter}",
        "title": f"Kwartaalbijeenkomst {date_in_words(day)}",
        "kind": K.QUARTERLY,
        "format": F.ONLINE,
        "starts_at": starts_at,
        "ends_at": starts_at + datetime.timedelta(hours=2),
        "capacity": 40,
        "online_url": f"https://meet.example.org/leernetwerk-{year}-q{quarter}",
        "audience": ALL_MEMBERS,
        "introduction": (
            "De online kwartaalbijeenkomst van het leernetwerk: twee uur om bij te praten, "
            "elkaars werk te leren kennen en verder te praten over thema's die leden inbrengen. "
            "Heb je een thema? Stel het voor bij „Thema's”, dan zetten de trekkers het op de "
            "agenda."
        ),
        "themes": ["kwartaalbijeenkomst"],
        "goals": [
            "Stand van zaken: de Klein-maar-Fijn-projecten en de agenda's van het leernetwerk.",
            "Uitwisseling en kennismaking met de perspectieven van BOPOD in het LNW-kwartiertje.",
            "Verbinden op actuele thema's en vraagstukken die leden inbrengen.",
        ],
        "agenda": [
            (datetime.time(9, 30), A.WELCOME, "Welkom en stand van zaken", "", "", ""),
            (
                datetime.time(9, 45),
                A.KWARTIERTJE,
                "LNW-kwartiertje",
                "",
                "",
                "Een lid vertelt over het eigen werk. Wie aan de beurt is, hoor je van de "
                "trekkers.",
            ),
            (
                datetime.time(10, 5),
                A.WORK_SESSION,
                "Thema's vanuit de leden: in gesprek in subgroepen",
                "",
                "",
                "",
            ),
            (datetime.time(11, 0), A.REFLECTION, "Terugkoppeling uit de subgroepen", "", "", ""),
            (datetime.time(11, 20), A.CLOSING, "Vervolg en afsluiting", "", "", ""),
        ],
        "report": None,
        "good_to_know": [],
        "factsheets": [],
    }


def upcoming_live(year, quarter):
    """The yearly live meeting, hybrid: the second Thursday of the quarter's middle month."""
    day = second_weekday(year, 3 * quarter - 1, weekday=3)
    starts_at = at(day.year, day.month, day.day, 15)
    return {
        "slug": f"live-bijeenkomst-{year}-q{quarter}",
        "title": f"Live bijeenkomst {date_in_words(day)}: samen leren, werken en innoveren",
        "kind": K.LIVE,
        "format": F.HYBRID,
        "venue": "De Smulhoeve",
        "starts_at": starts_at,
        "ends_at": starts_at + datetime.timedelta(hours=5),
        "capacity": 30,
        "online_url": f"https://meet.example.org/leernetwerk-live-{year}-q{quarter}",
        "audience": ALL_MEMBERS,
        "introduction": (
            "Elkaar in het echt ontmoeten: een middag werken aan gedeelde taal en de vertaling "
            "van visie naar de praktijk, met daarna een informeel diner. Wie niet kan komen, "
            "doet online mee met het middagdeel. Er zijn 30 plaatsen op locatie."
        ),
        "themes": ["taal", "samenwerken na scheiding"],
        "goals": [
            "Verbinding en uitwisseling in het leernetwerk.",
            "Werksessie: visie en taal vertalen naar de praktijk.",
            "Informeel dineren.",
        ],
        "agenda": [
            (datetime.time(15, 0), A.WELCOME, "Inloop en welkom", "", "", ""),
            (
                datetime.time(15, 30),
                A.WORK_SESSION,
                "Werksessie: het begrippenkader in je eigen werk",
                "",
                "",
                "We werken met voorbeelden uit de praktijk van de deelnemers.",
            ),
            (datetime.time(17, 30), A.INFORMAL, "Informeel dineren", "", "", ""),
            (datetime.time(19, 30), A.CLOSING, "Afsluiting", "", "", ""),
        ],
        "report": None,
        "good_to_know": [],
        "factsheets": [],
    }


MONTHS = [
    "januari", "februari", "maart", "april", "mei", "juni",
    "juli", "augustus", "september", "oktober", "november", "december",
]  # fmt: skip


def date_in_words(day):
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


def upcoming_meetings(now):
    """The next three quarterly meetings and the next live meeting that have not started."""
    quarterlies = []
    live = None
    for year, quarter in quarters_from(timezone.localdate(now)):
        meeting = upcoming_quarterly(year, quarter)
        if meeting["starts_at"] > now and len(quarterlies) < UPCOMING_QUARTERLY_COUNT:
            quarterlies.append(meeting)
        candidate = upcoming_live(year, quarter)
        if live is None and candidate["starts_at"] > now:
            live = candidate
        if live and len(quarterlies) == UPCOMING_QUARTERLY_COUNT:
            return [*quarterlies, live]


# -- Writing --------------------------------------------------------------------------------


def create_children(model, parent_field, parent, rows):
    """Create the ordered children of a new `parent` from `rows` (dicts)."""
    # One by one: save() renders the Markdown fields.
    for position, values in enumerate(rows, start=1):
        model.objects.create(**{parent_field: parent, "position": position}, **values)


def status_for(data, now):
    if data["ends_at"] < now:
        return Meeting.Status.HELD
    return Meeting.Status.PLANNED


def load_meeting(data, now, author):
    """Create the meeting with its goals, agenda, report and factsheets, if it is missing."""
    meeting, created = Meeting.objects.get_or_create(
        slug=data["slug"],
        defaults={
            "title": data["title"],
            "kind": data["kind"],
            "format": data["format"],
            "starts_at": data["starts_at"],
            "ends_at": data["ends_at"],
            "venue": data.get("venue", ""),
            "address": data.get("address", ""),
            "online_url": data.get("online_url", ""),
            "capacity": data.get("capacity"),
            "status": status_for(data, now),
            "audience": data["audience"],
            "introduction": data["introduction"],
        },
    )
    if not created:
        return meeting
    meeting.themes.set(data["themes"])
    create_children(Goal, "meeting", meeting, [{"text": text} for text in data["goals"]])
    create_children(
        AgendaItem,
        "meeting",
        meeting,
        [
            {
                "starts_at": time,
                "kind": kind,
                "title": title,
                "presenter_name": presenter,
                "presenter_organisation": organisation,
                "description": description,
            }
            for time, kind, title, presenter, organisation, description in data["agenda"]
        ],
    )
    create_children(
        GoodToKnow,
        "meeting",
        meeting,
        [
            {"title": title, "happens_on": happens_on, "description": description}
            for title, happens_on, description in data["good_to_know"]
        ],
    )
    if data["report"]:
        load_report(meeting, data["report"], author)
    for slug, title, description in data["factsheets"]:
        load_factsheet(meeting, slug, title, description, data["report"]["published_at"])
    return meeting


def load_report(meeting, data, author):
    report = Report.objects.create(
        meeting=meeting,
        status=Report.Status.PUBLISHED,
        published_at=data["published_at"],
        summary=data["summary"],
        author=author,
    )
    create_children(
        Subgroup,
        "report",
        report,
        [
            {"name": name, "topic": topic, "points": points}
            for name, topic, points in data["subgroups"]
        ],
    )
    create_children(
        Reflection,
        "report",
        report,
        [{"question": question, "answers": answers} for question, answers in data["reflections"]],
    )
    create_children(
        FollowUp,
        "report",
        report,
        [
            {"action": action, "owner": owner, "due_on": due_on}
            for action, owner, due_on in data["follow_ups"]
        ],
    )
    create_children(
        ReportSection,
        "report",
        report,
        [{"heading": heading, "body": body} for heading, body in data["sections"]],
    )


# -- Factsheet PDFs -------------------------------------------------------------------------


def pdf_text(text):
    """A PDF string literal in WinAnsi (cp1252), with its special characters escaped."""
    raw = text.encode("cp1252", errors="replace")
    return b"(" + raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)") + b")"


def minimal_pdf(title, lines):
    """A small, valid one-page PDF showing the title and a few lines of text."""
    text = [b"BT /F1 16 Tf 56 780 Td " + pdf_text(title) + b" Tj ET"]
    for number, line in enumerate(lines):
        y = 750 - 16 * number
        text.append(b"BT /F1 11 Tf 56 %d Td " % y + pdf_text(line) + b" Tj ET")
    stream = b"\n".join(text)
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
    ]
    document = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(document))
        document += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref_at = len(document)
    document += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        document += b"%010d 00000 n \n" % offset
    document += b"trailer\n<< /Size %d /Root 1 0 R >>\n" % (len(objects) + 1)
    document += b"startxref\n%d\n%%%%EOF\n" % xref_at
    return bytes(document)


def wrap(text, width=90):
    lines, line = [], ""
    for word in text.split():
        if line and len(line) + 1 + len(word) > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}".strip()
    return [*lines, line] if line else lines


def load_factsheet(meeting, slug, title, description, published_at):
    if Factsheet.objects.filter(slug=slug).exists():
        return
    lines = [
        "Leernetwerk Kind & Complexe Ouderrelaties",
        f"{meeting.title}, {date_in_words(timezone.localdate(meeting.starts_at))}",
        "",
        *wrap(description),
    ]
    # Under an unguessable name, like an upload in the admin.
    path = default_storage.save(
        factsheet_upload_to(None, f"{slug}.pdf"), ContentFile(minimal_pdf(title, lines))
    )
    Factsheet.objects.create(
        slug=slug,
        meeting=meeting,
        kind=Factsheet.Kind.FACTSHEET,
        title=title,
        description=description,
        file=path,
        published_on=timezone.localdate(published_at),
    )


def load(now=None):
    now = now or timezone.now()
    author = User.objects.filter(email=TREKKER_EMAIL).first()
    for data in [*SEEDED_MEETINGS, *upcoming_meetings(now)]:
        load_meeting(data, now, author)
