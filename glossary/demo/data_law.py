"""Demo entries: the words of family law that parents and professionals meet around divorce.

Accurate to Dutch law as it stands (Burgerlijk Wetboek Boek 1, Wetboek van Burgerlijke
Rechtsvordering). A label is only discouraged when the law replaced it or the network's
language research discourages it; where a word is merely used loosely, a note says so.
Same shape as `glossary.demo.data`.
"""

from glossary.demo.sources import (
    BW_CURATOR,
    BW_GESCHIL,
    BW_GEZAG,
    BW_GEZAG_NA_SCHEIDING,
    BW_INFORMATIE,
    BW_KINDERALIMENTATIE,
    BW_OMGANG,
    BW_VOOGDIJ,
    RAAD_KINDERBESCHERMING,
    RECHTSPRAAK_ALIMENTATIE,
    RECHTSPRAAK_KINDGESPREK,
    RECHTSPRAAK_MEDIATION,
    RECHTSPRAAK_SCHEIDING,
    RICHTLIJN,
    RIJKSOVERHEID_ALIMENTATIE,
    RIJKSOVERHEID_GEZAG,
    RIJKSOVERHEID_OUDERSCHAPSPLAN,
    RIJKSOVERHEID_SCHEIDEN,
    RV_ECHTSCHEIDING,
    RV_HOREN,
    WET_PARTNERALIMENTATIE,
    WET_VOORTGEZET_OUDERSCHAP,
)
from glossary.models import Entry

LAW_ENTRIES = [
    {
        "slug": "ouderschapsplan",
        "preferred": "ouderschapsplan",
        "hidden": ["ouderschaps plan"],
        "definition": "De schriftelijke afspraken die ouders met gezamenlijk gezag verplicht "
        "maken als ze uit elkaar gaan: over de verdeling van de zorg en opvoeding "
        "(zorgregeling), de kosten (kinderalimentatie) en hoe ze elkaar informeren over de "
        "kinderen. Bij een echtscheiding hoort het bij het verzoek aan de rechter.",
        "explanation": "Een plan waarin jullie als ouders opschrijven hoe je na de scheiding "
        "voor de kinderen zorgt. Bijvoorbeeld wie wanneer voor ze zorgt.",
        "notes": {
            "youth": "Kinderen mogen meepraten over het ouderschapsplan. Vraag wat zij "
            "belangrijk vinden.",
        },
        "sources": [RIJKSOVERHEID_OUDERSCHAPSPLAN, RV_ECHTSCHEIDING, WET_VOORTGEZET_OUDERSCHAP],
        "themes": ["ouderschap", "recht"],
        "related": ["zorgregeling", "ouderlijk-gezag", "echtscheidingsconvenant"],
    },
    {
        "slug": "zorgregeling",
        "preferred": "zorgregeling",
        "definition": "De verdeling van de zorg- en opvoedingstaken tussen ouders met gezamenlijk "
        "gezag na de scheiding. Bij een ouder zonder gezag spreekt de wet van een "
        "omgangsregeling.",
        "explanation": "Afspraken over wanneer de kinderen bij wie zijn en wie wat doet.",
        "sources": [RIJKSOVERHEID_OUDERSCHAPSPLAN, RV_ECHTSCHEIDING],
        "themes": ["ouderschap", "recht"],
        "related": ["ouderschapsplan"],
    },
    {
        "slug": "co-ouderschap",
        "preferred": "co-ouderschap",
        "hidden": ["coouderschap", "co ouderschap"],
        "definition": "Een zorgregeling waarin beide ouders ongeveer evenveel zorg- en "
        "opvoedingstaken hebben na de scheiding.",
        "explanation": "De kinderen wonen ongeveer evenveel bij allebei de ouders.",
        "notes": {
            "parents": "Co-ouderschap is geen wettelijk begrip en zegt niets over het gezag. "
            "Ook met een andere verdeling van de zorg houden jullie meestal allebei het gezag.",
            "professionals": "Vraag wat ouders met co-ouderschap bedoelen: de ene ouder "
            "bedoelt een verdeling van precies de helft, de ander gezamenlijk gezag.",
        },
        "sources": [RIJKSOVERHEID_OUDERSCHAPSPLAN],
        "themes": ["ouderschap"],
        "broader": ["zorgregeling"],
    },
    {
        "slug": "ouderlijk-gezag",
        "preferred": "ouderlijk gezag",
        "admitted": [{"text": "gezag", "match_as_written": False}],
        "discouraged": [
            {
                "text": "ouderlijke macht",
                "reason": (
                    "Verouderde wettelijke term. De wet spreekt sinds 1995 van gezag: het gaat om "
                    "verantwoordelijkheid voor het kind, niet om macht."
                ),
                "source": BW_GEZAG,
                "match_as_written": False,
            },
        ],
        "definition": "De wettelijke verantwoordelijkheid van ouders voor de verzorging, "
        "opvoeding en vertegenwoordiging van een minderjarig kind. Na een scheiding houden "
        "ouders meestal samen het gezag.",
        "explanation": "Als ouder met gezag beslis je over belangrijke dingen voor je kind, "
        "zoals school en zorg. Meestal blijven beide ouders dat samen doen.",
        "sources": [BW_GEZAG],
        "themes": ["recht", "ouderschap"],
        "status": Entry.Status.ESTABLISHED,
        "related": ["voogdij"],
    },
    {
        "slug": "scheiding",
        "preferred": "scheiding",
        "definition": "Het einde van de relatie tussen twee ouders die samenwoonden: een "
        "echtscheiding, het einde van een geregistreerd partnerschap of het einde van "
        "samenwonen zonder huwelijk. De richtlijn voor jeugdhulp gebruikt het woord voor al "
        "deze vormen.",
        "explanation": "Ouders gaan uit elkaar en wonen niet meer samen. Ook als ze niet "
        "getrouwd waren, heet dat een scheiding.",
        "sources": [RICHTLIJN, RIJKSOVERHEID_SCHEIDEN],
        "themes": ["scheiding"],
        "related": ["echtscheiding", "scheidingsproblematiek"],
    },
    {
        "slug": "echtscheiding",
        "preferred": "echtscheiding",
        "discouraged": [
            {
                "text": "flitsscheiding",
                "reason": (
                    "Bestaat niet meer. Het huwelijk omzetten in een geregistreerd partnerschap "
                    "en dat daarna zonder rechter beëindigen kan sinds 2009 niet meer. Een "
                    "huwelijk eindigt door een uitspraak van de rechter."
                ),
                "source": WET_VOORTGEZET_OUDERSCHAP,
                "match_as_written": False,
            },
        ],
        "definition": "Het einde van een huwelijk door een uitspraak van de rechter. Een "
        "advocaat dient het verzoek in. Ouders met minderjarige kinderen voegen er een "
        "ouderschapsplan bij.",
        "explanation": "Als getrouwde ouders uit elkaar gaan, beslist de rechter dat het "
        "huwelijk voorbij is. Jullie maken dan ook samen een ouderschapsplan.",
        "sources": [RIJKSOVERHEID_SCHEIDEN, RV_ECHTSCHEIDING],
        "themes": ["scheiding", "recht"],
        "broader": ["scheiding"],
        "related": ["ouderschapsplan", "echtscheidingsconvenant"],
    },
    {
        "slug": "echtscheidingsconvenant",
        "preferred": "echtscheidingsconvenant",
        "admitted": [{"text": "scheidingsconvenant", "match_as_written": False}],
        "definition": "De schriftelijke afspraken van partners die uit elkaar gaan over de "
        "gevolgen van de scheiding, zoals de verdeling van bezit en schulden, de woning en "
        "partneralimentatie. De afspraken over de kinderen staan in het ouderschapsplan.",
        "explanation": "Een document met afspraken over geld, spullen en het huis als jullie "
        "uit elkaar gaan. Afspraken over de kinderen staan in het ouderschapsplan.",
        "sources": [RIJKSOVERHEID_SCHEIDEN],
        "themes": ["scheiding", "recht"],
        "related": ["partneralimentatie"],
    },
    {
        "slug": "omgangsregeling",
        "preferred": "omgangsregeling",
        "discouraged": [
            {
                "text": "bezoekregeling",
                "reason": (
                    "Geen woord uit de wet. 'Bezoek' maakt van het kind een gast bij de eigen "
                    "ouder. De wet spreekt van omgang en, bij gezamenlijk gezag, van de "
                    "verdeling van de zorg: de zorgregeling."
                ),
                "source": f"{BW_OMGANG}; {RIJKSOVERHEID_OUDERSCHAPSPLAN}",
                "match_as_written": False,
            },
        ],
        "hidden": ["omgangsrecht", "omgangs regeling"],
        "definition": "Afspraken over het contact tussen een kind en een ouder die geen gezag "
        "heeft. Het kind en die ouder hebben recht op omgang met elkaar. Ouders met "
        "gezamenlijk gezag maken een zorgregeling; in de praktijk lopen de woorden door "
        "elkaar.",
        "explanation": "Afspraken over wanneer een kind zijn vader of moeder ziet, als die "
        "ouder geen gezag heeft.",
        "notes": {
            "parents": "Het kind heeft twee ouders. Zeg 'de andere ouder', 'papa' of 'mama', "
            "niet 'weekendvader' of 'bezoekouder'.",
            "professionals": "Vraag bij 'omgangsregeling' of de ouder gezag heeft. Heeft "
            "de ouder gezag, dan gaat het om een zorgregeling.",
        },
        "sources": [BW_OMGANG, RECHTSPRAAK_SCHEIDING],
        "themes": ["ouderschap", "recht"],
        "related": ["zorgregeling", "begeleide-omgang", "ouderschapsplan"],
    },
    {
        "slug": "hoofdverblijf",
        "preferred": "hoofdverblijf",
        "admitted": [{"text": "hoofdverblijfplaats", "match_as_written": False}],
        "definition": "De ouder bij wie het kind het grootste deel van de tijd woont. Ouders "
        "spreken dit af in het ouderschapsplan. Worden ouders met gezamenlijk gezag het niet "
        "eens, dan kan de rechter het hoofdverblijf vaststellen.",
        "explanation": "Het huis waar een kind het meest woont. Jullie spreken dit samen af. "
        "Lukt dat niet, dan beslist de rechter.",
        "sources": [BW_GESCHIL, RIJKSOVERHEID_OUDERSCHAPSPLAN],
        "themes": ["ouderschap", "recht"],
        "related": ["zorgregeling", "co-ouderschap"],
    },
    {
        "slug": "gezamenlijk-gezag",
        "preferred": "gezamenlijk gezag",
        "definition": "Beide ouders hebben samen het gezag over hun minderjarige kind. Na een "
        "echtscheiding blijft het gezamenlijk gezag bestaan. Ongehuwde ouders die hun kind "
        "vanaf 1 januari 2023 erkennen, krijgen het in de regel meteen bij de erkenning.",
        "explanation": "Jullie beslissen als ouders samen over belangrijke dingen voor je "
        "kind, zoals school en zorg. Ook na de scheiding.",
        "sources": [BW_GEZAG_NA_SCHEIDING, RIJKSOVERHEID_GEZAG],
        "themes": ["recht", "ouderschap"],
        "broader": ["ouderlijk-gezag"],
        "related": ["eenhoofdig-gezag"],
    },
    {
        "slug": "eenhoofdig-gezag",
        "preferred": "eenhoofdig gezag",
        "definition": "Eén ouder heeft alleen het gezag. Na een scheiding geeft de rechter het "
        "gezag alleen aan één ouder als het kind anders klem of verloren dreigt te raken "
        "tussen de ouders en verbetering niet binnen afzienbare tijd te verwachten is, of als "
        "het om een andere reden in het belang van het kind nodig is.",
        "explanation": "Eén ouder beslist alleen over belangrijke dingen voor het kind. De "
        "rechter kiest hier alleen voor als samen beslissen het kind schaadt.",
        "notes": {
            "professionals": "Gezamenlijk gezag is na een scheiding de regel. Het "
            "'klem of verloren'-criterium is streng.",
        },
        "sources": [BW_GEZAG_NA_SCHEIDING, RECHTSPRAAK_SCHEIDING],
        "themes": ["recht", "ouderschap"],
        "broader": ["ouderlijk-gezag"],
        "related": ["gezamenlijk-gezag"],
    },
    {
        "slug": "voogdij",
        "preferred": "voogdij",
        "definition": "Gezag over een minderjarig kind door iemand anders dan een ouder, "
        "bijvoorbeeld een familielid of een gecertificeerde instelling. Ouders hebben geen "
        "voogdij maar gezag.",
        "explanation": "Als geen ouder het gezag heeft, beslist een voogd over belangrijke "
        "dingen voor het kind. Dat kan iemand uit de familie zijn of een organisatie.",
        "notes": {
            "parents": "Na een scheiding krijg je als ouder geen voogdij. Je houdt het gezag.",
            "professionals": "Gebruik 'voogdij' alleen voor gezag van iemand die geen ouder "
            "is. Zeg bij ouders 'gezag'.",
        },
        "sources": [BW_VOOGDIJ],
        "themes": ["recht"],
        "related": ["gecertificeerde-instelling"],
    },
    {
        "slug": "erkenning",
        "preferred": "erkenning",
        "admitted": [{"text": "erkenning van een kind", "match_as_written": False}],
        "definition": "Wie niet met de moeder getrouwd is en geen geregistreerd partnerschap "
        "met haar heeft, wordt door erkenning juridisch ouder van het kind. Sinds 1 januari "
        "2023 geeft een erkenning de ouders in de regel meteen gezamenlijk gezag.",
        "explanation": "Als ouders niet getrouwd zijn, erkent de vader of duomoeder het kind "
        "bij de gemeente of de notaris. Dan is hij of zij ook volgens de wet ouder.",
        "sources": [RIJKSOVERHEID_GEZAG],
        "themes": ["recht", "ouderschap"],
        "related": ["gezamenlijk-gezag"],
    },
    {
        "slug": "informatieplicht",
        "preferred": "informatieplicht",
        "admitted": [{"text": "informatierecht", "match_as_written": False}],
        "definition": "De ouder met gezag moet de ouder zonder gezag op de hoogte houden van "
        "belangrijke zaken over het kind. Die ouder kan ook zelf informatie vragen aan "
        "bijvoorbeeld school of huisarts, tenzij dat niet in het belang van het kind is.",
        "explanation": "Ook een ouder zonder gezag hoort te weten hoe het met het kind gaat, "
        "bijvoorbeeld op school.",
        "sources": [BW_INFORMATIE],
        "themes": ["recht", "ouderschap"],
        "related": ["omgangsregeling"],
    },
    {
        "slug": "vervangende-toestemming",
        "preferred": "vervangende toestemming",
        "definition": "Een beslissing van de rechter als ouders met gezamenlijk gezag het niet "
        "eens worden over een belangrijke keuze, zoals een verhuizing, een school of een "
        "medische behandeling. De rechter beslist dan in plaats van de ouder die weigert.",
        "explanation": "Als jullie het als ouders niet eens worden over iets belangrijks, kan "
        "de rechter de knoop doorhakken.",
        "sources": [BW_GESCHIL, RECHTSPRAAK_SCHEIDING],
        "themes": ["recht"],
        "related": ["gezamenlijk-gezag"],
    },
    {
        "slug": "kinderalimentatie",
        "preferred": "kinderalimentatie",
        "hidden": ["kinder alimentatie"],
        "definition": "De bijdrage van een ouder in de kosten van verzorging en opvoeding van "
        "een minderjarig kind, en van 18 tot 21 jaar in de kosten van levensonderhoud en "
        "studie. Rechters berekenen het bedrag met de alimentatienormen (Tremanormen).",
        "explanation": "Geld dat een ouder betaalt voor wat het kind nodig heeft, zoals eten, "
        "kleding en school.",
        "notes": {
            "parents": "Kinderalimentatie is iets anders dan kinderbijslag: die krijg je van "
            "de overheid (de SVB).",
        },
        "sources": [BW_KINDERALIMENTATIE, RECHTSPRAAK_ALIMENTATIE, RIJKSOVERHEID_ALIMENTATIE],
        "themes": ["recht"],
        "related": ["ouderschapsplan", "partneralimentatie"],
    },
    {
        "slug": "partneralimentatie",
        "preferred": "partneralimentatie",
        "definition": "De bijdrage in het levensonderhoud van de ex-partner na een "
        "echtscheiding of het einde van een geregistreerd partnerschap. Sinds 2020 duurt die "
        "meestal hoogstens vijf jaar, met uitzonderingen, bijvoorbeeld bij jonge kinderen.",
        "explanation": "Geld dat de ene ex-partner de andere betaalt om van te leven, voor een "
        "tijd na de scheiding.",
        "sources": [WET_PARTNERALIMENTATIE, RIJKSOVERHEID_ALIMENTATIE],
        "themes": ["recht"],
        "related": ["kinderalimentatie"],
    },
    {
        "slug": "mediation",
        "preferred": "mediation",
        "admitted": [
            {"text": "scheidingsbemiddeling", "match_as_written": False},
            {"text": "scheidingsmediation", "match_as_written": False},
        ],
        "definition": "Ouders of partners maken met hulp van een neutrale mediator samen "
        "afspraken, bijvoorbeeld over het ouderschapsplan. Het is vrijwillig. De rechter kan "
        "ouders ook naar mediation verwijzen.",
        "explanation": "Jullie praten samen met iemand die geen kant kiest. Die helpt jullie om "
        "afspraken te maken waar jullie allebei achter staan.",
        "sources": [RECHTSPRAAK_MEDIATION],
        "themes": ["hulpverlening", "recht"],
        "related": ["ouderschapsplan", "uniform-hulpaanbod"],
    },
    {
        "slug": "kindgesprek",
        "preferred": "kindgesprek",
        "admitted": [{"text": "hoorrecht", "match_as_written": False}],
        "hidden": ["kinderverhoor"],
        "definition": "Een kort, informeel gesprek van de rechter met een kind over een zaak "
        "die het kind aangaat, zoals gezag, omgang of een ondertoezichtstelling. Kinderen van "
        "12 jaar en ouder krijgen een uitnodiging; jongere kinderen kan de rechter ook horen. "
        "Het kind mag ook een brief schrijven of niets doen.",
        "explanation": "De rechter wil weten wat jij ervan vindt. Je mag vertellen wat voor "
        "jou belangrijk is. De rechter beslist, maar jouw mening telt mee.",
        "notes": {
            "youth": "Je hoeft niet te kiezen tussen je ouders. Je mag zeggen wat jij vindt.",
            "professionals": "Zeg liever 'kindgesprek' dan 'kinderverhoor': het is geen verhoor.",
        },
        "sources": [RECHTSPRAAK_KINDGESPREK, RV_HOREN],
        "themes": ["recht"],
        "related": ["bijzondere-curator"],
    },
    {
        "slug": "bijzondere-curator",
        "preferred": "bijzondere curator",
        "definition": "Iemand die de rechter benoemt om het kind te vertegenwoordigen als de "
        "belangen van de ouders en het kind tegenover elkaar staan, bijvoorbeeld in een "
        "langdurige strijd over omgang. De curator zoekt uit wat het kind wil en nodig heeft.",
        "explanation": "Iemand die alleen voor jou opkomt bij de rechter, als je ouders het "
        "heel erg oneens zijn.",
        "sources": [BW_CURATOR],
        "themes": ["recht"],
        "related": ["kindgesprek"],
    },
    {
        "slug": "raad-voor-de-kinderbescherming",
        "preferred": "Raad voor de Kinderbescherming",
        "admitted": [{"text": "RvdK", "match_as_written": True}],
        "hidden": ["Raad van de Kinderbescherming", "kinderbeschermingsraad"],
        "definition": "Landelijke organisatie die onderzoek doet als de ontwikkeling of "
        "veiligheid van een kind in gevaar is, en de rechter adviseert. Bij scheiding "
        "onderzoekt de Raad in opdracht van de rechter vragen over gezag, zorgregeling of "
        "omgang.",
        "explanation": "Een organisatie die de rechter helpt om te beslissen wat goed is voor "
        "een kind.",
        "sources": [RAAD_KINDERBESCHERMING],
        "themes": ["organisaties", "recht"],
        "related": ["raadsonderzoek", "jeugdbescherming"],
    },
    {
        "slug": "raadsonderzoek",
        "preferred": "raadsonderzoek",
        "admitted": [
            {"text": "onderzoek door de Raad voor de Kinderbescherming", "match_as_written": False},
        ],
        "definition": "Onderzoek van de Raad voor de Kinderbescherming in opdracht van de "
        "rechter. Bij scheiding gaat het over gezag, zorgregeling of omgang: de Raad praat met "
        "ouders, kind en betrokkenen en geeft de rechter advies.",
        "explanation": "Iemand van de Raad praat met jullie en met het kind. Daarna krijgt de "
        "rechter advies over wat goed is voor het kind.",
        "sources": [RAAD_KINDERBESCHERMING],
        "themes": ["recht"],
        "broader": ["raad-voor-de-kinderbescherming"],
    },
]
