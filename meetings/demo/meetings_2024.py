"""The meetings of 2024 from the network's factsheets (seeds 002, 003), as data.

Same shape as meetings_2023: Meeting fields plus children, each child a dict of its fields.
"""

from meetings.demo.dates import ALL_MEMBERS, at
from meetings.models import AgendaItem, Meeting

JANUARY_2024 = {
    "slug": "kwartaalbijeenkomst-23-januari-2024",
    "title": "Kwartaalbijeenkomst: triage en het eerste Klein-maar-Fijn-project",
    "kind": Meeting.Kind.QUARTERLY,
    "format": Meeting.Format.ONLINE,
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
        {"kind": AgendaItem.Kind.WELCOME, "title": "Welkom"},
        {
            "kind": AgendaItem.Kind.WORK_SESSION,
            "title": "Thema's vanuit de leden: triage",
            "description": "Terugkoppeling van de werkgroep over de MASIC en triage.",
        },
        {
            "kind": AgendaItem.Kind.PRESENTATION,
            "title": "De Triagelijst Scheiding (TS)",
            "description": (
                "Een instrument dat ouders en professionals uitnodigt om te praten over "
                "interactiepatronen en de dynamiek tussen ouders na scheiding."
            ),
        },
        {
            "kind": AgendaItem.Kind.PRESENTATION,
            "title": "Klein-maar-Fijn-project: taal rondom scheiding",
        },
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
            {
                "name": "Werkgroep triage",
                "topic": "Naar aanleiding van het LNW-kwartiertje van Veilig Thuis over de MASIC",
                "points": (
                    "Een werkgroep sprak verder over het gebruik van de MASIC, gericht op inzicht "
                    "in de veiligheid van kinderen:\n\n"
                    "- Wanneer zet je de MASIC in?\n"
                    "- Kan het deuren sluiten voor een bepaalde vorm van dialoog of "
                    "ondersteuning?\n"
                    "- Hoe maken we in de regio onderscheid tussen problemen die voortkomen uit "
                    "de scheiding zelf en interactieproblemen tussen ouders?\n"
                    "- En welke taal gebruiken we daarbij?\n\n"
                    "Dit sluit mooi aan bij de presentatie over de Triagelijst Scheiding (TS): "
                    "een instrument dat ouders en professionals uitnodigt om te praten over "
                    "interactiepatronen en de dynamiek tussen ouders na scheiding."
                ),
            },
        ],
        "follow_ups": [
            {
                "action": (
                    "Het Klein-maar-Fijn-project over taal rondom scheiding is getoetst op "
                    "privacy en ethiek en gaat van start."
                ),
                "owner": "Projectgroep taal",
            },
            {
                "action": (
                    "Meer weten, aanhaken, of zelf een Klein-maar-Fijn-project bedenken? Meld je "
                    "bij de leernetwerktrekkers."
                ),
                "owner": "Leernetwerktrekkers",
            },
        ],
        "sections": [
            {
                "heading": "Complexiteit en geweld uit elkaar halen",
                "body": (
                    "Er wordt bepleit om complexe scheidingen niet te zien als een vorm van "
                    "kindermishandeling, maar als het **onvermogen om tot duurzame samenwerking "
                    "te komen**. Daarbij is het belangrijk om complexiteit en geweld of "
                    "veiligheid uit elkaar te halen. Waar bestaat het onvermogen uit? Er zijn "
                    "complexe scheidingen met en zonder geweld. Bij geweld volg je een andere "
                    "route: de meldcode.\n\n"
                    "Vanuit verschillende perspectieven (onderzoek, praktijk, beleid, jongeren) "
                    "is de wens om meer in te zoomen op **preventie**:\n\n"
                    "- het laagdrempeliger en normaal maken om hulp te vragen;\n"
                    "- een vragenlijst als de TS veel eerder inzetten, waar de eerste hulpvraag "
                    "gesteld wordt;\n"
                    "- vertrouwen op de meldcode.\n\n"
                    "Zo worden onveilige situaties ook makkelijker gezien, en kunnen we meer "
                    "problemen voorkomen."
                ),
            },
            {
                "heading": "Het eerste Klein-maar-Fijn-project: taal rondom scheiding",
                "body": (
                    "In een aantal Klein-maar-Fijn-projecten dragen leden bij aan de agenda's van "
                    "het leernetwerk. Het eerste project gaat over **taal rondom "
                    "scheiding(sproblematiek)**. Het past bij de ambitie om *vanuit een "
                    "ketenbrede gemeenschappelijke visie en taal te leren, werken en innoveren "
                    "rondom scheiding*. Het doel: een gedeeld begrippenkader en (een aanzet tot) "
                    "een gedeelde visie op en definitie van scheiding(sproblematiek) in de regio. "
                    "Het project is getoetst op privacy en ethiek en gaat van start."
                ),
            },
        ],
    },
    "factsheets": [
        {
            "slug": "factsheet-themas-vanuit-de-leden-januari-2024",
            "title": "Factsheet thema's vanuit de leden, januari 2024",
            "description": (
                "Triage, complexiteit en geweld uit elkaar halen, preventie, en het eerste "
                "Klein-maar-Fijn-project over taal."
            ),
        },
    ],
}

GOUDA_2024 = {
    "slug": "kennissessie-gemeenten-gouda-3-september-2024",
    "title": "Interactieve kennissessie over scheiding, speciaal voor gemeenten",
    "kind": Meeting.Kind.KNOWLEDGE,
    "format": Meeting.Format.ON_SITE,
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
        {"kind": AgendaItem.Kind.WELCOME, "title": "Welkom en kennismaking"},
        {
            "kind": AgendaItem.Kind.PRESENTATION,
            "title": "Introductie Werkplaats SAMEN",
            "presenter_name": "Claudia Vrijhof",
            "presenter_organisation": "Werkplaats SAMEN (coördinator)",
        },
        {
            "kind": AgendaItem.Kind.PRESENTATION,
            "title": "Het leernetwerk Kind & Complexe Ouderrelaties",
            "presenter_name": "Wendy van Vliet",
            "presenter_organisation": "Leernetwerktrekker",
        },
        {
            "kind": AgendaItem.Kind.PRESENTATION,
            "title": "Verbinding en vertrouwen: het denkkader, met een pilot en een casus",
            "presenter_name": "Sascha van der Burg",
            "presenter_organisation": "Leernetwerktrekker en gezinsvertegenwoordiger",
        },
        {
            "kind": AgendaItem.Kind.REFLECTION,
            "title": "Reflectieopdracht: het denkkader in jullie gemeente",
        },
        {
            "kind": AgendaItem.Kind.PRESENTATION,
            "title": "Taal: het begrippenkader, de tipsheet en de beeldenbieb „Praat erover”",
            "presenter_name": "Claudia Vrijhof en Mariska Klein Velderman",
            "presenter_organisation": "TNO (onderzoekers)",
        },
        {
            "kind": AgendaItem.Kind.REFLECTION,
            "title": "Reflectieopdracht: gedeelde taal in jullie gemeente",
        },
        {"kind": AgendaItem.Kind.CLOSING, "title": "Tot slot: hoe nu verder?"},
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
            {
                "heading": "Introductie Werkplaats SAMEN, door Claudia Vrijhof, coördinator SAMEN",
                "body": (
                    "**Wat en wie is Werkplaats SAMEN?**\n\n"
                    "- SAMEN is een kennis- en innovatienetwerk (Regionale Kenniswerkplaats "
                    "Jeugd) in de regio Haaglanden, Midden-Holland en Holland-Rijnland.\n"
                    "- SAMEN pakt maatschappelijke vraagstukken op, regionaal en over "
                    "organisaties heen. Zo bevorderen we het toepassen van kennis en innovaties "
                    "in de zorg voor jeugd.\n\n"
                    "**Hoe doet SAMEN dit?**\n\n"
                    "- We verbinden ouders, jeugdigen, praktijk, onderzoek, onderwijs en beleid.\n"
                    "- We verspreiden kennis, handreikingen, methodieken, interventies, "
                    "richtlijnen en aanbevelingen voor implementatie, bijvoorbeeld via "
                    "publicaties en bijeenkomsten.\n\n"
                    "In de programmaperiode 2020-2024 stonden drie inhoudelijke thema's centraal: "
                    "integraal werken, kwetsbare gezinnen en normaliseren. Daaruit ontstonden de "
                    "leernetwerken, waarin kennis en innovaties zijn ontwikkeld en lessen zijn "
                    "geleerd over gelijkwaardig samenwerken met ouders en jeugdigen. Wat geleerd "
                    "is, staat in een e-magazine.\n\n"
                    "Voor de nieuwe programmaperiode 2025-2028 zoekt SAMEN input van alle "
                    "partners, bij voorkeur voortbouwend op de bestaande leernetwerken."
                ),
            },
            {
                "heading": (
                    "Het leernetwerk Kind & Complexe Ouderrelaties, door Wendy van Vliet, "
                    "leernetwerktrekker"
                ),
                "body": (
                    "Het leernetwerk komt voort uit het Regiolab binnen het actieprogramma "
                    "„Scheiden zonder schade”. Toen dat afliep, ging het leernetwerk verder met "
                    "de partners van het Regiolab, aangevuld met partijen uit de regio van SAMEN. "
                    "Belangrijk was dat ook ervaringsdeskundigen (ExpEx) aansluiten, zodat we hun "
                    "ervaringen meenemen en kunnen toetsen of wat we doen ook goed is.\n\n"
                    "- **Betrokken perspectieven, BOPOD**: beleid, onderwijs, praktijk, onderzoek "
                    "en doelgroep zijn aangesloten. We missen nog de advocatuur en het recht. Het "
                    "leernetwerk zit meer aan de kant van zorg; uitbreiding aan de preventieve "
                    "kant kan ook.\n"
                    "- **Ambitie**: vanuit een gemeenschappelijke visie en taal leren, werken en "
                    "innoveren rondom scheiding. Hoe kom je tot gemeenschappelijke taal? Met een "
                    "*begrippenkader*.\n"
                    "- **Veranderagenda**: de visie doorwerken op basis van kansrijke elementen "
                    "uit het Regiolab (duurzaam samenwerken vanuit verbinding en vertrouwen): het "
                    "*denkkader*.\n"
                    "- **Opleidingsagenda**: wat we leren meegeven aan de opleidingen: "
                    "*professionalisering*.\n"
                    "- **Onderzoek- en ontwikkelagenda**: hoe bouwen we verder, welke kennis is "
                    "nodig en hoe brengen we die in de praktijk? Het *handelingskader*."
                ),
            },
            {
                "heading": (
                    "Verbinding en vertrouwen: het denkkader, door Sascha van der Burg, "
                    "leernetwerktrekker en gezinsvertegenwoordiger"
                ),
                "body": (
                    "#### Pilot\n\n"
                    "Duurzaam ouderschap na scheiding door gezinsvertegenwoordigers (binnen „Een "
                    "goed begin”).\n\n"
                    "#### Casus\n\n"
                    "Twee partners: de een wilde scheiden, de ander wilde graag samen verder. Na "
                    "voorgesprekken komen ze samen in een viergesprek. Daar vertellen ouders wat "
                    "hen hier brengt, maar vooral wat hun doel is, hun toekomstplan en hun visie "
                    "op ouderschap. Ze werken aan vertrouwen in zichzelf en in de hulpverlener. "
                    "Dit paar miste het vertrouwen in elkaar, maar deelde een visie op wat zij "
                    "belangrijk vinden voor de kinderen. In de loop van de gesprekken groeide het "
                    "vertrouwen in elkaar weer. De focus lag lang op de kinderen en het "
                    "ouderschap; het partnerschap kon worden losgelaten. Het paar leerde hoe ze "
                    "over het ouderschap kunnen praten zonder de focus op hen als ex-partners. "
                    "Wat we doen, werkt verbindend en is goed voor vertrouwen.\n\n"
                    "#### Over de pilot\n\n"
                    "1. Ouders kunnen zichzelf aanmelden, of komen via een andere organisatie, "
                    "zoals het scheidingsplein. Dat kan nu ook via het Uniform Hulpaanbod vanuit "
                    "de Rechtbank.\n"
                    "2. Gezinsvertegenwoordigers werken altijd in duo's.\n"
                    "3. De pilot loopt nu alleen in de regio Haaglanden (Kenniscentrum Kind en "
                    "Scheiding en Delft Support). Er kunnen 150 casussen worden opgepakt: 100 via "
                    "het project en 50 via de gemeente. De pilot loopt tot maart; de eerste "
                    "resultaten verwachten we in de zomer van 2025.\n"
                    "4. Gouda werkt ook aan het invoeren van het denkkader achter deze werkwijze. "
                    "Professionals zijn getraind door de ontwikkelaars van het denkkader rond "
                    "Duurzaam Samenwerken (Heijsteeg & Lubach), en de gemeente schreef een "
                    "werkwijze. Meldingen komen via Veilig Thuis, maar ook zonder verwijzing. De "
                    "ervaring: je kunt wegblijven uit de problemen en uit het juridische "
                    "conflict, en je richten op het ouderschap en de kinderen. Ook bij casussen "
                    "vanuit de Rechtbank, in gezinnen waar veel meer speelt dan een scheiding, "
                    "kan deze werkwijze worden ingezet.\n\n"
                    "De eerste ervaringen bij Scheiden zonder schade leverden kansrijke elementen "
                    "op. In deze pilot werken we het denkkader uit tot een handelingskader voor "
                    "gezinsvertegenwoordiging: hoe maak je er een werkwijze van die goed "
                    "toepasbaar en overdraagbaar is? De aandacht ligt vooral op het proces: in "
                    "welke context lukt dit wel en wanneer niet, en wat is daarvoor nodig?"
                ),
            },
            {
                "heading": "Opdracht Rijk: zijn kansrijke elementen ook werkzame elementen?",
                "body": (
                    "Dat is nu nog onvoldoende onderbouwd. In de zomer van 2025 verwachten we de "
                    "resultaten, zodat de werkwijze daarna verder ontwikkeld en breder verspreid "
                    "kan worden. Op de Dag van de scheiding (september 2025) kunnen we naar "
                    "verwachting meer delen. Uitwisselen blijft belangrijk: wat werkt voor wie, "
                    "en voor wie niet en waarom niet? Waar zitten de mismatches? Wat maakt dat "
                    "het in Gouda wordt omarmd, wat is er meer nodig, wat minder, en wat past het "
                    "best in welke situatie?"
                ),
            },
            {
                "heading": (
                    "Taal, door Claudia Vrijhof en Mariska Klein Velderman, onderzoekers TNO"
                ),
                "body": (
                    "Gedeelde taal ontwikkelen is een van de ambities van het leernetwerk. In een "
                    "eerste Klein-maar-Fijn-project maakten we een gedeeld begrippenkader en een "
                    "tipsheet voor taal bij scheiding(sproblematiek).\n\n"
                    "#### Beelden: de beeldenbieb „Praat erover”\n\n"
                    "We begonnen met een oefening met beelden, ter ondersteuning van taal in "
                    "woorden. We gebruikten de beeldenbieb „Praat erover” van het Kenniscentrum "
                    "Kind en Scheiding: 60 beelden bij woorden over relaties en scheiden, te "
                    "gebruiken in gesprekken met kinderen en ouders. De ene helft van de groep "
                    "zag een beeld, de andere helft een woord. De afbeeldingen riepen gemiddeld "
                    "meer positieve reacties op; de woorden kregen een meer negatieve lading. "
                    "Beelden kunnen helpen bij anderstaligen, mensen met een licht verstandelijke "
                    "beperking en jonge kinderen.\n\n"
                    "#### Het onderzoek naar taal\n\n"
                    "Voor het onderzoek vroegen we ouders, jongeren, beleidsmedewerkers en "
                    "professionals in het recht en in de zorg voor jeugd naar hun taal (in woord "
                    "en beeld) en hun voorkeuren. De journalistiek deed niet mee. Taal biedt "
                    "volgens de deelnemers kansen voor samenwerking en om negatieve gevolgen na "
                    "een scheiding te voorkomen en te beperken.\n\n"
                    "1. **Gedeelde taal: elkaar verstaan.** Eenheid in taal zorgt voor "
                    "duidelijkheid en helpt om op één lijn te komen.\n"
                    "2. **De juiste taal** zorgt voor meer aansluiting tussen disciplines, maar "
                    "ook tussen ouders en binnen gezinnen.\n"
                    "3. **Positieve, neutrale taal zonder schuld** werkt goed voor het vertrouwen "
                    "in elkaar en helpt om tot oplossingen te komen.\n"
                    "4. **Negatieve taal** werkt belemmerend: hopeloosheid en hulpeloosheid "
                    "worden erdoor versterkt, en het kan tot weerstand leiden.\n\n"
                    "Voorbeelden uit het onderzoek, zoals gepubliceerd:\n\n"
                    "- **complexe scheidingsproblematiek** in plaats van **vechtscheiding**\n"
                    "- **contactverlies** in plaats van **ouderverstoting**\n\n"
                    "Met de positieve woorden blijf je meer weg van een waardeoordeel. De woorden "
                    "zijn niet getoetst op taalniveau B1. Professionals gebruiken minder "
                    "vaktermen bij ouders en gezinnen dan bij andere professionals, en leggen ze "
                    "vaker uit als ze ze wel gebruiken. Wat een begrip oproept, de context en het "
                    "kader waarin je het gebruikt zijn heel belangrijk. Beelden helpen in "
                    "gesprekken met ouders en jongeren: ze maken moeilijke woorden eenvoudig, "
                    "blijven beter hangen en helpen om lastige dingen bespreekbaar te maken."
                ),
            },
        ],
        "reflections": [
            {
                "question": (
                    "Wat is er nodig om dit denkkader te verspreiden in jullie gemeente? Past dit "
                    "bij het gedachtegoed in jullie gemeente? Wat heb je hiervoor nodig? Hoe "
                    "kijken jullie naar deze visie?"
                ),
                "answers": (
                    "- Het welzijn van het kind staat centraal, maar wie bepaalt wat goed is voor "
                    "het kind? Hoe voorkom je dat het kind een trofee wordt?\n"
                    "- Er is meer uitwerking nodig van wat het denkkader is en hoe het verschilt "
                    "van andere aanpakken. Wat moeten we anders gaan doen? Werken vanuit "
                    "verbinding en vertrouwen is een basis: iedereen zal zeggen dat ze dat al "
                    "doen. Gemeenten denken aan een specialisatie op dit thema binnen het wijk- "
                    "of jeugdteam. In Haaglanden en Delft is dit ook binnen deze teams belegd, "
                    "maar je kunt niet van iedereen in een team verwachten dat zij deze kennis en "
                    "kunde hebben of willen. Kun je het koppelen aan één tot drie medewerkers? "
                    "Dat vraagt om professionalisering.\n"
                    "- De aanpak verschuift de focus van de relatie als ex-partners naar de "
                    "relatie als ouders. Dat past bij de visie die ook bij kindermishandeling en "
                    "huiselijk geweld wordt gebruikt.\n"
                    "- Valt het onder zorg voor volwassenen of niet? Dat grijze gebied helpt "
                    "niet. Wanneer is het een probleem van de ouders, wanneer "
                    "scheidingsproblematiek en wanneer een probleem van het kind of van "
                    "veiligheid?\n"
                    "- Er is spanning tussen preventie en kostenbeheersing (het ravijnjaar 2026). "
                    "Wordt er met de kostenbeheersing nu wel ingezet op preventie?\n"
                    "- Het helpt als de basis voor de kinderen op orde is: een goede woonplek "
                    "voor beide ouders met de kinderen. Soms het huis langer aanhouden, zodat er "
                    "rust komt zonder dat er meteen veel moet. Ook hier is maatwerk nodig, per "
                    "gezin en per situatie, en dat geldt ook voor de ouders. De basis op orde "
                    "voor het kind geeft rust en ruimte om te ontwikkelen en te groeien.\n"
                    "- Training is belangrijk. Laat het terugkomen in casuïstiekbesprekingen, "
                    "zodat het meer gaat leven. Blijf het herhalen en blijf inzetten op "
                    "scholing.\n"
                    "- De werkwijze in Gouda: Duurzaam Samenwerken na Scheiden. Elke gemeente "
                    "werkt anders met haar jeugdconsulenten: meer zelf betrokken en zelf hulp "
                    "bieden, of meer analyseren en daarna iemand inschakelen die de juiste hulp "
                    "kan bieden. De wachtlijsten zijn enorm, zeker voor scheidingsproblematiek in "
                    "de jeugdzorg. Het is een andere mindset: je laat het probleem los en kijkt "
                    "naar waar ouders in het ouderschap naartoe willen. Past wat ouders doen bij "
                    "hun visie op het ouderschap? Je wilt steeds teruggrijpen naar wat ouders "
                    "zelf op papier hebben gezet: dit is je doel, dit vind je belangrijk; is wat "
                    "je doet daarmee in lijn? Dat zou je ook aan de juridische kant en bij de "
                    "Raad voor de Kinderbescherming willen terugzien. De denkwijze moet breder "
                    "gedeeld worden."
                ),
            },
            {
                "question": (
                    "Hebben jullie het hier over binnen het team? Past dit bij jullie werken, "
                    "denken en activiteiten in jullie gemeente? Wat is er nodig om dit te "
                    "verspreiden en ermee te gaan werken in jullie gemeente? Hoe zouden we dit "
                    "breder kunnen delen, en hoe doen we dat dan?"
                ),
                "answers": (
                    "Dezelfde taal helpt, want dan weet iedereen waar hij aan toe is. Hoe maak je "
                    "dit de norm? Je kunt een sessie zoals deze binnen organisaties houden, om "
                    "mensen enthousiast te maken en mee aan de slag te laten gaan. Door te laten "
                    "ervaren wat taal doet, krijg je mensen mee. Ook door het uit te dragen "
                    "vanuit het leernetwerk. Je kunt het via de (lokale) media delen: lokaal "
                    "hebben we invloed op wat er wel of niet gedeeld wordt. Daar moet je lokaal "
                    "de juiste mensen voor vinden; dan heb je minder te maken met de landelijke "
                    "journalistiek, die meer uit is op sensatie."
                ),
            },
            {
                "question": (
                    "Tot slot: hoe nu verder? Hoe deel je deze kennis? Zijn er succesverhalen? "
                    "Wat hielp eerder om de kennis te verspreiden? Wat kunnen we vanuit het "
                    "leernetwerk hierin oppakken?"
                ),
                "answers": (
                    "Een toolkit helpt, ook om het gesprek met je collega's erover te beginnen. "
                    "Dat mag meer specifieke aandacht krijgen. Informatie komt beperkt door. Men "
                    "kent Werkplaats SAMEN niet, en ook het leernetwerk niet. In Haaglanden leeft "
                    "het thema meer, en is ook het Kenniscentrum Kind en Scheiding bekender. We "
                    "weten dat er veel speelt in Midden-Holland: wat speelt er, hoe brengen we "
                    "dat bij elkaar en hoe brengen we het in de regio verder? Met die vragen gaan "
                    "we de komende periode aan de slag."
                ),
            },
        ],
        "follow_ups": [
            {
                "action": (
                    "Een vragenlijst over de thema's die leven in de regio, via de "
                    "verbindingsfunctionarissen, als input voor de programmaperiode 2025-2028."
                ),
                "owner": "Werkplaats SAMEN",
            },
            {
                "action": (
                    "De eerste resultaten van de pilot met gezinsvertegenwoordigers delen, naar "
                    "verwachting in de zomer van 2025 en op de Dag van de scheiding."
                ),
                "owner": "Pilot gezinsvertegenwoordigers",
            },
            {
                "action": (
                    "Uitzoeken wat er speelt in Midden-Holland, en hoe we de kennis over het "
                    "denkkader en de gedeelde taal in de hele regio verder brengen, bijvoorbeeld "
                    "met een toolkit."
                ),
                "owner": "Leernetwerktrekkers",
            },
        ],
    },
    "good_to_know": [
        {
            "title": "Praat erover: de beeldenbieb van het Kenniscentrum Kind en Scheiding",
            "description": (
                "60 beelden bij woorden over relaties en scheiden, voor gesprekken met kinderen en "
                "ouders."
            ),
        },
    ],
    "factsheets": [
        {
            "slug": "factsheet-kennissessie-gemeenten-3-september-2024",
            "title": "Factsheet kennissessie voor gemeenten, 3 september 2024",
            "description": (
                "Werkplaats SAMEN, het leernetwerk, het denkkader met een pilot en een casus, "
                "gedeelde taal, en de antwoorden op de reflectieopdrachten."
            ),
        },
    ],
}

MEETINGS = [JANUARY_2024, GOUDA_2024]
