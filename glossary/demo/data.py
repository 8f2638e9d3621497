"""The demo begrippenkader, as data.

Written for this network from the seeds (meeting reports 2023-2024 and the language research
presented in Gouda on 3 September 2024). Terms are only marked discouraged where the network
or a source named in `source` discourages them.

An entry is a dict: Entry fields, its "preferred" term, "admitted", "discouraged" and "hidden"
labels, "notes" per audience, "meanings" per perspective, "sources", "themes", and the slugs
of its "broader" and "related" entries.
"""

from glossary.demo.data_law import LAW_ENTRIES
from glossary.demo.data_support import SUPPORT_ENTRIES
from glossary.demo.sources import (
    DSM5,
    FACTSHEET_OKT_2023,
    KENNISSESSIE,
    RICHTLIJN,
    TAALONDERZOEK,
    THEMAS_LEDEN,
    VERSLAG_JAN_2023,
    WMO_VEILIG_THUIS,
)
from glossary.models import Entry

NETWORK_ENTRIES = [
    {
        "slug": "complexe-scheidingsproblematiek",
        "preferred": "complexe scheidingsproblematiek",
        "discouraged": [
            {
                "text": "vechtscheiding",
                "reason": (
                    "Het woord legt de schuld bij de ouders en maakt strijd het kenmerk van het "
                    "gezin. Dat versterkt hopeloosheid en weerstand. Ouders, jongeren en "
                    "professionals gaven in het taalonderzoek de voorkeur aan neutrale woorden."
                ),
                "source": TAALONDERZOEK,
                "match_as_written": False,
            },
        ],
        "hidden": ["complexe scheidings problematiek", "vecht scheiding"],
        "definition": "Een scheiding waarbij ouders langere tijd niet tot duurzame "
        "samenwerking over de kinderen komen, met risico's voor de ontwikkeling van de "
        "kinderen. Het gaat om het onvermogen om samen te werken, niet om schuld.",
        "explanation": "Soms lukt het ouders na een scheiding lange tijd niet om samen goede "
        "afspraken over de kinderen te maken. Dat noemen we complexe scheidingsproblematiek. "
        "Het zegt niet wie er schuld heeft.",
        "notes": {
            "parents": "Zeg liever: 'het lukt jullie nu niet goed om samen afspraken te maken'. "
            "Plak geen etiket op het gezin.",
            "youth": "Vertel wat er gebeurt in gewone woorden: 'je ouders hebben het moeilijk "
            "met elkaar'. Het is nooit de schuld van het kind.",
            "professionals": "Gebruik de term in overleg en verslagen in plaats van "
            "'vechtscheiding'. Leg hem uit als je hem bij ouders gebruikt.",
            "judiciary": "In verzoekschriften en rapportages helpt neutrale taal om de "
            "verhoudingen niet verder op scherp te zetten.",
        },
        "sources": [TAALONDERZOEK, THEMAS_LEDEN],
        "themes": ["taal", "scheiding"],
        "status": Entry.Status.ESTABLISHED,
        "broader": ["scheidingsproblematiek"],
        "related": ["complexe-scheiding", "duurzaam-samenwerken-na-scheiding"],
    },
    {
        "slug": "contactverlies",
        "preferred": "contactverlies",
        "admitted": [{"text": "verlies van contact", "match_as_written": False}],
        "discouraged": [
            {
                "text": "ouderverstoting",
                "reason": (
                    "Het woord beschuldigt één ouder en maakt het kind tot voorwerp. Het zegt "
                    "niets over wat er nodig is om het contact te herstellen. Het leernetwerk "
                    "spreekt van contactverlies."
                ),
                "source": TAALONDERZOEK,
                "match_as_written": False,
            },
            {
                "text": "ouderverstotingssyndroom",
                "reason": (
                    "Er is geen erkend syndroom. Het woord beschuldigt één ouder. Beschrijf "
                    "liever wat er met het contact gebeurt: contactverlies."
                ),
                "source": f"{TAALONDERZOEK}; {DSM5}",
                "match_as_written": False,
            },
            {
                "text": "PAS",
                "reason": (
                    "Afkorting van 'parental alienation syndrome'. Dit is geen erkende diagnose "
                    "en het begrip beschuldigt één ouder."
                ),
                "source": f"{DSM5}; {TAALONDERZOEK}",
                "match_as_written": True,
            },
            {
                "text": "oudervervreemding",
                "reason": (
                    "Vertaling van 'parental alienation'. Het woord geeft een verklaring die "
                    "één ouder de schuld geeft, terwijl er te weinig kennis is om dit goed vast "
                    "te stellen. Beschrijf wat er met het contact gebeurt: contactverlies."
                ),
                "source": f"{RICHTLIJN}; {TAALONDERZOEK}",
                "match_as_written": False,
            },
        ],
        "hidden": ["ouder verstoting", "parental alienation"],
        "definition": "Het contact tussen een kind en een van de ouders is na de scheiding "
        "sterk verminderd of gestopt. De term beschrijft de situatie zonder te zeggen wie "
        "het veroorzaakt.",
        "explanation": "Soms ziet een kind een van de ouders na de scheiding bijna niet meer, "
        "of helemaal niet meer. Dat heet contactverlies. Er kunnen veel redenen voor zijn.",
        "notes": {
            "youth": "Vraag hoe het kind zelf het contact beleeft. Oordeel niet over de ouders.",
            "professionals": "Beschrijf wat je ziet (sinds wanneer, hoe vaak, wat het kind "
            "zegt) in plaats van een verklaring die schuld legt.",
        },
        "sources": [TAALONDERZOEK, VERSLAG_JAN_2023, RICHTLIJN],
        "themes": ["taal", "scheiding"],
        "status": Entry.Status.ESTABLISHED,
        "related": ["complexe-scheidingsproblematiek", "loyaliteitsconflict"],
    },
    {
        "slug": "complexe-scheiding",
        "preferred": "complexe scheiding",
        "definition": "Een scheiding waarin ouders niet in staat zijn tot duurzame "
        "samenwerking te komen. Het leernetwerk definieert dit als onvermogen om samen te "
        "werken, niet als vorm van kindermishandeling; complexiteit en geweld worden apart "
        "bekeken.",
        "explanation": "Een scheiding is complex als het ouders niet lukt om na de scheiding "
        "goed samen te werken voor hun kinderen.",
        "notes": {
            "professionals": "Een begrip dat kader nodig heeft: zeg steeds wat je bedoelt. "
            "Is er geweld? Dan volg je een andere route (de meldcode).",
        },
        "sources": [THEMAS_LEDEN, FACTSHEET_OKT_2023],
        "themes": ["scheiding"],
        "status": Entry.Status.ESTABLISHED,
        "broader": ["scheidingsproblematiek"],
        "related": ["meldcode", "veiligheid"],
    },
    {
        "slug": "complexe-ouderrelatie",
        "preferred": "complexe ouderrelatie",
        "admitted": [{"text": "complexe ouderrelaties", "match_as_written": False}],
        "definition": "Een relatie tussen ouders (samen of uit elkaar) waarin samenwerken "
        "over de kinderen moeilijk is, bijvoorbeeld door aanhoudend conflict. Het leernetwerk "
        "draagt dit woord in zijn naam.",
        "explanation": "Ouders hebben een complexe relatie als het moeilijk is om samen voor "
        "de kinderen te zorgen, bijvoorbeeld omdat ze vaak ruzie hebben.",
        "sources": [FACTSHEET_OKT_2023],
        "themes": ["scheiding", "ouderschap"],
        "related": ["complexe-scheiding"],
    },
    {
        "slug": "scheidingsproblematiek",
        "preferred": "scheidingsproblematiek",
        "definition": "Problemen bij kinderen en ouders die voortkomen uit de scheiding zelf, "
        "zoals spanning over de zorg voor de kinderen. Onderscheid het van onveiligheid en "
        "van problemen die al voor de scheiding speelden.",
        "explanation": "Problemen die komen door de scheiding. Bijvoorbeeld ruzie over wie "
        "wanneer voor de kinderen zorgt.",
        "notes": {
            "professionals": "Een begrip dat kader nodig heeft. Vraag je af: is dit een "
            "probleem van de ouders, scheidingsproblematiek, of kind- of "
            "veiligheidsproblematiek?",
        },
        "sources": [VERSLAG_JAN_2023, KENNISSESSIE],
        "themes": ["scheiding"],
        "status": Entry.Status.ESTABLISHED,
        "related": ["veiligheid"],
    },
    {
        "slug": "veiligheid",
        "preferred": "veiligheid in de context van scheiding",
        "admitted": [{"text": "veiligheid", "match_as_written": False}],
        "definition": "Of kinderen en ouders tijdens en na de scheiding vrij zijn van geweld, "
        "bedreiging en schadelijk conflict. Een containerbegrip: organisaties bedoelen er "
        "verschillende dingen mee, dus zeg welke betekenis je gebruikt.",
        "explanation": "Veilig zijn betekent: niemand doet je pijn of maakt je bang. Ook niet "
        "met woorden.",
        "meanings": {
            "Veilig Thuis": "Vrij zijn van huiselijk geweld en kindermishandeling; weegt "
            "signalen volgens de meldcode.",
            "Wijkteam": "Ook emotionele veiligheid: kan het kind zich uiten zonder "
            "loyaliteitsconflict?",
            "Rechtspraak": "Of een regeling of beslissing risico's voor het kind met zich "
            "meebrengt, zoals bij de Raad voor de Kinderbescherming.",
            "Onderwijs": "Of het kind zich op school veilig en gezien voelt, ook als het thuis "
            "onrustig is.",
        },
        "sources": [VERSLAG_JAN_2023, FACTSHEET_OKT_2023],
        "themes": ["veiligheid", "taal"],
        "status": Entry.Status.ESTABLISHED,
        "related": ["meldcode", "huiselijk-geweld"],
    },
    {
        "slug": "duurzaam-samenwerken-na-scheiding",
        "preferred": "duurzaam samenwerken na scheiding",
        "admitted": [{"text": "duurzaam ouderschap na scheiding", "match_as_written": False}],
        "definition": "De zienswijze uit het programma Scheiden zonder Schade: ouders "
        "werken na de scheiding op lange termijn samen als ouders, vanuit verbinding en "
        "vertrouwen. De focus verschuift van de ex-partnerrelatie naar de ouderrelatie.",
        "explanation": "Jullie zijn geen partners meer, maar wel allebei ouder. Duurzaam "
        "samenwerken betekent: ook later nog samen goed voor de kinderen zorgen.",
        "sources": [VERSLAG_JAN_2023, KENNISSESSIE],
        "themes": ["ouderschap", "scheiding"],
        "status": Entry.Status.ESTABLISHED,
        "related": ["denkkader", "gezinsvertegenwoordiger"],
    },
    {
        "slug": "triage",
        "preferred": "triage",
        "admitted": [{"text": "conflictdiagnostiek", "match_as_written": False}],
        "definition": "Aan de voorkant inschatten wat een gezin nodig heeft: gaat het om "
        "scheidingsproblematiek, interactieproblematiek of onveiligheid? Zo komt het gezin "
        "sneller bij de juiste hulp.",
        "explanation": "Aan het begin kijken wat er aan de hand is, zodat je de hulp krijgt "
        "die bij jullie past.",
        "sources": [THEMAS_LEDEN, VERSLAG_JAN_2023],
        "themes": ["triage", "hulpverlening"],
        "related": ["veiligheid"],
    },
    {
        "slug": "masic",
        "preferred": "MASIC",
        "hidden": ["masic-instrument"],
        "definition": "Mediator's Assessment of Safety Issues and Concerns: een gestructureerd "
        "gesprek om zicht te krijgen op geweld en controle tussen ouders bij een scheiding. "
        "Veilig Thuis gebruikt het om gewelddadig conflict te herkennen.",
        "explanation": "Een vragenlijst die hulpverleners met ouders doornemen. Zo zien ze "
        "of er thuis geweld of dreiging is.",
        "notes": {
            "professionals": "Bedenk vooraf wanneer je de MASIC inzet: het instrument kan "
            "deuren sluiten voor bepaalde vormen van dialoog.",
        },
        "sources": [FACTSHEET_OKT_2023, THEMAS_LEDEN],
        "themes": ["triage", "veiligheid"],
        "broader": ["triage"],
        "related": ["veilig-thuis"],
    },
    {
        "slug": "triagelijst-scheiding",
        "preferred": "Triagelijst Scheiding",
        "admitted": [{"text": "TS", "match_as_written": True}],
        "hidden": ["triage lijst scheiding"],
        "definition": "Een instrument dat ouders en professionals uitnodigt om te praten over "
        "interactiepatronen en dynamiek tussen ouders na een scheiding. Laagdrempelig in te "
        "zetten waar de eerste hulpvraag gesteld wordt.",
        "explanation": "Een lijst met vragen over hoe het gaat tussen jullie als ouders. Het "
        "helpt om er samen over te praten.",
        "sources": [THEMAS_LEDEN],
        "themes": ["triage", "preventie"],
        "broader": ["triage"],
    },
    {
        "slug": "meldcode",
        "preferred": "meldcode huiselijk geweld en kindermishandeling",
        "admitted": [{"text": "meldcode", "match_as_written": False}],
        "definition": "Het stappenplan dat professionals verplicht volgen bij signalen van "
        "huiselijk geweld of kindermishandeling. Bij geweld in een scheiding volg je deze "
        "route, niet die van scheidingsproblematiek.",
        "explanation": "Een plan met stappen voor hulpverleners als ze denken dat een kind "
        "of ouder thuis niet veilig is.",
        "sources": [THEMAS_LEDEN],
        "themes": ["veiligheid"],
        "related": ["veilig-thuis", "huiselijk-geweld", "kindermishandeling"],
    },
    {
        "slug": "veilig-thuis",
        "preferred": "Veilig Thuis",
        "admitted": [{"text": "VT", "match_as_written": True}],
        "discouraged": [
            {
                "text": text,
                "reason": (
                    "Verouderde naam. Sinds 2015 zijn het Advies- en Meldpunt "
                    "Kindermishandeling (AMK) en het Steunpunt Huiselijk Geweld (SHG) samen "
                    "Veilig Thuis."
                ),
                "source": WMO_VEILIG_THUIS,
                "match_as_written": True,
            }
            for text in [
                "AMK",
                "Advies- en Meldpunt Kindermishandeling",
                "SHG",
                "Steunpunt Huiselijk Geweld",
            ]
        ]
        + [
            {
                "text": "AMHK",
                "reason": (
                    "Verouderde werknaam. Bij de start in 2015 heette het nieuwe advies- en "
                    "meldpunt zo; de organisatie heet Veilig Thuis."
                ),
                "source": WMO_VEILIG_THUIS,
                "match_as_written": True,
            }
        ],
        "hidden": ["veiligthuis"],
        "definition": "Het advies- en meldpunt voor huiselijk geweld en kindermishandeling in "
        "elke regio. Deelnemer van het leernetwerk.",
        "explanation": "Een organisatie die je kunt bellen als jij of iemand anders thuis niet "
        "veilig is. Ook voor advies.",
        "sources": [FACTSHEET_OKT_2023, WMO_VEILIG_THUIS],
        "themes": ["veiligheid", "organisaties"],
    },
    {
        "slug": "gezinsvertegenwoordiger",
        "preferred": "gezinsvertegenwoordiger",
        "definition": "Een professional die in een duo met een collega beide ouders begeleidt "
        "naar duurzaam ouderschap na scheiding, vanuit verbinding en vertrouwen, zonder partij "
        "te kiezen.",
        "explanation": "Twee hulpverleners die jullie allebei helpen om samen ouder te blijven. "
        "Ze kiezen geen kant.",
        "sources": [KENNISSESSIE],
        "themes": ["hulpverlening", "ouderschap"],
        "related": ["duurzaam-samenwerken-na-scheiding"],
    },
    {
        "slug": "ervaringsdeskundige",
        "preferred": "ervaringsdeskundige",
        "admitted": [{"text": "ExpEx", "match_as_written": True}],
        "hidden": ["ervarings deskundige"],
        "definition": "Iemand die zelf als kind of ouder een (complexe) scheiding heeft "
        "meegemaakt en die ervaring gebruikt om anderen en het werkveld te helpen. In het "
        "leernetwerk deel van het perspectief Doelgroep.",
        "explanation": "Iemand die zelf een scheiding heeft meegemaakt en daarover vertelt, "
        "zodat anderen ervan leren.",
        "sources": [KENNISSESSIE, VERSLAG_JAN_2023],
        "themes": ["leernetwerk"],
        "broader": ["bopod"],
    },
    {
        "slug": "bopod",
        "preferred": "BOPOD",
        "admitted": [{"text": "BOPOG", "match_as_written": True}],
        "definition": "De vijf perspectieven in het leernetwerk: Beleid, Onderwijs, Praktijk, "
        "Onderzoek en Doelgroep (ouders, jongeren, ervaringsdeskundigen). Oudere teksten "
        "schrijven BOPOG, met G van gezinnen.",
        "explanation": "In het leernetwerk praten vijf groepen mee: mensen van beleid, "
        "onderwijs, praktijk, onderzoek en gezinnen zelf.",
        "sources": [FACTSHEET_OKT_2023],
        "themes": ["leernetwerk"],
        "status": Entry.Status.ESTABLISHED,
    },
    {
        "slug": "leernetwerk",
        "preferred": "leernetwerk",
        "admitted": [{"text": "LNW", "match_as_written": True}],
        "definition": "Het Leernetwerk Kind & Complexe Ouderrelaties van Werkplaats SAMEN: "
        "beleid, onderwijs, praktijk, onderzoek en doelgroep leren samen over kinderen en "
        "complexe ouderrelaties rond scheiding.",
        "explanation": "Een groep mensen uit verschillende organisaties en gezinnen die samen "
        "leren hoe het beter kan rond scheiding.",
        "sources": [FACTSHEET_OKT_2023, KENNISSESSIE],
        "themes": ["leernetwerk"],
        "status": Entry.Status.ESTABLISHED,
        "related": ["bopod", "werkplaats-samen"],
    },
    {
        "slug": "klein-maar-fijn-project",
        "preferred": "klein-maar-fijn-project",
        "hidden": ["klein maar fijn project", "kleinmaarfijnproject"],
        "definition": "Een klein project van leden van het leernetwerk dat bijdraagt aan een "
        "van de agenda's (verander-, opleidings- of onderzoek- en ontwikkelagenda). Het eerste "
        "ging over taal rond scheiding.",
        "explanation": "Een klein project van leden van het leernetwerk. Bijvoorbeeld over "
        "welke woorden we gebruiken.",
        "sources": [FACTSHEET_OKT_2023, THEMAS_LEDEN],
        "themes": ["leernetwerk"],
        "status": Entry.Status.ESTABLISHED,
        "broader": ["leernetwerk"],
    },
    {
        "slug": "uniform-hulpaanbod",
        "preferred": "Uniform Hulpaanbod",
        "definition": "Een vast hulpaanbod waarnaar de rechtbank ouders in een scheiding kan "
        "verwijzen, zodat zij hulp krijgen om weer samen afspraken te maken.",
        "explanation": "Hulp waar de rechter jullie naar kan sturen om samen weer afspraken te "
        "kunnen maken.",
        "sources": [KENNISSESSIE],
        "themes": ["recht", "hulpverlening"],
    },
    {
        "slug": "scheidingsplein",
        "preferred": "scheidingsplein",
        "definition": "Een plek (vaak online en bij de gemeente) waar ouders in scheiding "
        "informatie, advies en hulp vinden, en die kan doorverwijzen naar bijvoorbeeld "
        "gezinsvertegenwoordigers.",
        "explanation": "Een plek waar je als ouder informatie en hulp vindt als je gaat scheiden.",
        "sources": [KENNISSESSIE],
        "themes": ["hulpverlening", "preventie"],
    },
    {
        "slug": "denkkader",
        "preferred": "denkkader",
        "definition": "De gedeelde manier van kijken van het leernetwerk: duurzaam samenwerken "
        "na scheiding vanuit verbinding en vertrouwen. Het handelingskader werkt dit uit in "
        "wat je doet.",
        "explanation": "De manier waarop we samen naar scheiding kijken.",
        "sources": [KENNISSESSIE],
        "themes": ["leernetwerk"],
        "status": Entry.Status.ESTABLISHED,
        "related": ["handelingskader", "verbinding-en-vertrouwen", "begrippenkader"],
    },
    {
        "slug": "handelingskader",
        "preferred": "handelingskader",
        "definition": "De uitwerking van het denkkader in een werkwijze die toepasbaar en "
        "overdraagbaar is, zoals nu voor gezinsvertegenwoordiging (onderzoek- en "
        "ontwikkelagenda).",
        "explanation": "Afspraken over wat je als hulpverlener doet, passend bij hoe we naar "
        "scheiding kijken.",
        "sources": [KENNISSESSIE],
        "themes": ["leernetwerk"],
    },
    {
        "slug": "preventie",
        "preferred": "preventie",
        "admitted": [{"text": "preventief werken", "match_as_written": False}],
        "definition": "Hulp vroeg en laagdrempelig beschikbaar maken, zodat problemen rond "
        "scheiding kleiner blijven en onveilige situaties eerder gezien worden.",
        "explanation": "Er vroeg bij zijn, zodat problemen niet groot worden.",
        "sources": [THEMAS_LEDEN, KENNISSESSIE],
        "themes": ["preventie"],
    },
    {
        "slug": "begrippenkader",
        "preferred": "begrippenkader",
        "definition": "Het gedeelde overzicht van begrippen met de woorden die het leernetwerk "
        "liever gebruikt en liever niet gebruikt, en waarom.",
        "explanation": "Een lijst met woorden en wat ze betekenen. Met woorden die we liever "
        "wel en liever niet gebruiken.",
        "sources": [KENNISSESSIE, THEMAS_LEDEN],
        "themes": ["taal", "leernetwerk"],
        "status": Entry.Status.ESTABLISHED,
        "related": ["tipsheet-taal-bij-scheiding"],
    },
    {
        "slug": "tipsheet-taal-bij-scheiding",
        "preferred": "tipsheet",
        "admitted": [{"text": "tipsheet taal bij scheiding", "match_as_written": False}],
        "definition": "De samenvatting van het begrippenkader op één pagina: zeg liever / in "
        "plaats van, voor gebruik in de praktijk.",
        "explanation": "Eén blad met tips over woorden die je beter kunt gebruiken.",
        "sources": [KENNISSESSIE],
        "themes": ["taal"],
        "status": Entry.Status.ESTABLISHED,
    },
    {
        "slug": "lnw-kwartiertje",
        "preferred": "LNW-kwartiertje",
        "admitted": [{"text": "leernetwerk-kwartiertje", "match_as_written": False}],
        "definition": "Het vaste onderdeel van elke kwartaalbijeenkomst waarin een deelnemer "
        "een kwartier over het eigen werk vertelt, per toerbeurt.",
        "explanation": "Een kwartier waarin iemand uit het leernetwerk over zijn werk vertelt.",
        "sources": [FACTSHEET_OKT_2023],
        "themes": ["leernetwerk"],
        "status": Entry.Status.ESTABLISHED,
        "broader": ["kwartaalbijeenkomst"],
    },
    {
        "slug": "kwartaalbijeenkomst",
        "preferred": "kwartaalbijeenkomst",
        "admitted": [{"text": "kwartaaloverleg", "match_as_written": False}],
        "definition": "De online bijeenkomst van twee uur die het leernetwerk elk kwartaal "
        "houdt, met doelen, een LNW-kwartiertje en werk in subgroepen.",
        "explanation": "Een bijeenkomst van het leernetwerk, vier keer per jaar.",
        "sources": [VERSLAG_JAN_2023],
        "themes": ["leernetwerk"],
        "status": Entry.Status.ESTABLISHED,
    },
    {
        "slug": "praat-erover",
        "preferred": "Praat erover",
        "admitted": [{"text": "beeldenbieb Praat erover", "match_as_written": False}],
        "hidden": ["beeldenbib", "praat-erover kaarten"],
        "definition": "De beeldenbibliotheek van het Kenniscentrum Kind en Scheiding: 60 "
        "afbeeldingen bij woorden over relaties en scheiden, voor gesprekken met kinderen en "
        "ouders.",
        "explanation": "Kaarten met plaatjes die helpen om over de scheiding te praten.",
        "notes": {
            "professionals": "Beelden helpen bij anderstaligen, mensen met een licht "
            "verstandelijke beperking en jonge kinderen.",
        },
        "sources": [FACTSHEET_OKT_2023, KENNISSESSIE],
        "themes": ["taal"],
        "related": ["begrippenkader"],
    },
    {
        "slug": "cultuursensitief-werken",
        "preferred": "cultuursensitief werken",
        "admitted": [{"text": "cultureel sensitief werken", "match_as_written": False}],
        "definition": "Werken met aandacht voor hoe culturele achtergrond de kijk van ouders en "
        "kinderen op scheiding, familie en hulp kleurt, bijvoorbeeld systemisch tegenover "
        "individueel denken.",
        "explanation": "Rekening houden met de cultuur en gewoontes van een gezin.",
        "sources": [FACTSHEET_OKT_2023, VERSLAG_JAN_2023],
        "themes": ["hulpverlening"],
    },
    {
        "slug": "huiselijk-geweld",
        "preferred": "huiselijk geweld",
        "definition": "Geweld door iemand uit de huiselijke kring, zoals een (ex-)partner of "
        "ouder. Bij geweld volg je de meldcode, niet de route van scheidingsproblematiek.",
        "explanation": "Geweld thuis, door iemand uit je gezin of familie. Ook dreigen en "
        "bang maken.",
        "sources": [THEMAS_LEDEN],
        "themes": ["veiligheid"],
        "related": ["kindermishandeling"],
    },
    {
        "slug": "kindermishandeling",
        "preferred": "kindermishandeling",
        "definition": "Elke vorm van geweld, verwaarlozing of bedreiging van een kind door een "
        "volwassene van wie het kind afhankelijk is. Het leernetwerk pleit ervoor complexe "
        "scheidingen niet standaard zo te definiëren.",
        "explanation": "Als een volwassene een kind pijn doet, bang maakt of niet goed voor "
        "het kind zorgt.",
        "sources": [THEMAS_LEDEN],
        "themes": ["veiligheid"],
    },
    {
        "slug": "verbinding-en-vertrouwen",
        "preferred": "verbinding en vertrouwen",
        "definition": "De kern van het denkkader: werken aan vertrouwen van ouders in zichzelf, "
        "in de hulpverlener en in elkaar als ouders, en aan verbinding tussen alle betrokkenen.",
        "explanation": "Vertrouwen in jezelf, in elkaar en in de hulpverlener. Dat helpt om "
        "samen ouder te blijven.",
        "sources": [KENNISSESSIE, FACTSHEET_OKT_2023],
        "themes": ["ouderschap"],
        "status": Entry.Status.ESTABLISHED,
        "broader": ["denkkader"],
    },
    {
        "slug": "werkplaats-samen",
        "preferred": "Werkplaats SAMEN",
        "admitted": [{"text": "SAMEN", "match_as_written": True}],
        "definition": "De regionale kenniswerkplaats jeugd in Haaglanden, Midden-Holland en "
        "Holland-Rijnland die ouders, jeugdigen, praktijk, onderzoek, onderwijs en beleid "
        "verbindt. Het leernetwerk hoort bij SAMEN.",
        "explanation": "Een netwerk in de regio dat kennis over jeugd deelt. Het leernetwerk "
        "hoort erbij.",
        "sources": [KENNISSESSIE],
        "themes": ["organisaties", "leernetwerk"],
    },
    {
        "slug": "trekker",
        "preferred": "leernetwerktrekker",
        "admitted": [{"text": "trekker", "match_as_written": False}],
        "definition": "Een van de mensen die het leernetwerk leiden: zij organiseren de "
        "bijeenkomsten en publiceren de verslagen.",
        "explanation": "Iemand die het leernetwerk organiseert.",
        "sources": [KENNISSESSIE],
        "themes": ["leernetwerk"],
    },
]

ENTRIES = NETWORK_ENTRIES + LAW_ENTRIES + SUPPORT_ENTRIES
