"""Demo entries: child protection, what children meet in a divorce, and help for families.

Accurate to Dutch law and practice since the Jeugdwet (2015). Names of organisations that
changed are discouraged labels of today's name; words still used in practice (such as
"gezinsvoogd") are admitted with a note instead. Same shape as `glossary.demo.data`.
"""

from glossary.demo.sources import (
    BW_GEZAG,
    BW_KINDERBESCHERMING,
    FACTSHEET_OKT_2023,
    JEUGDWET,
    KENNISSESSIE,
    RICHTLIJN,
    RIJKSOVERHEID_JEUGDBESCHERMING,
    THEMAS_LEDEN,
    VERSLAG_JAN_2023,
    WET_KINDERBESCHERMING_2015,
)

VAN_LAWICK_VISSER = "J. van Lawick en M. Visser, Kinderen uit de knel (Lorentzhuis)"
KIES_NEDERLAND = "KIES Nederland (Kinderen In Echtscheiding Situatie)"
NO_GEZAG_ENDED = (
    "Verouderd. Sinds 2015 kent de wet geen ontheffing en ontzetting meer, maar één "
    "maatregel: de kinderrechter beëindigt het gezag."
)
NO_BUREAU_JEUGDZORG = (
    "Verouderd. Sinds de Jeugdwet van 2015 bestaat Bureau Jeugdzorg niet meer. "
    "Gecertificeerde instellingen voeren de jeugdbescherming uit; hulp vraag je bij de "
    "gemeente."
)

SUPPORT_ENTRIES = [
    {
        "slug": "loyaliteitsconflict",
        "preferred": "loyaliteitsconflict",
        "hidden": ["loyaliteits conflict"],
        "definition": "Een kind voelt zich klem zitten tussen zijn ouders: het wil trouw zijn "
        "aan allebei, maar heeft het gevoel dat het moet kiezen. Dat gebeurt vooral bij "
        "aanhoudende strijd tussen ouders en kan de ontwikkeling van het kind schaden.",
        "explanation": "Je houdt van allebei je ouders, maar het voelt alsof je moet kiezen. "
        "Dat is zwaar. Het is nooit jouw schuld.",
        "notes": {
            "parents": "Praat niet negatief over de andere ouder als je kind erbij is. Laat "
            "je kind niet kiezen en geen boodschappen doorgeven.",
            "youth": "Je mag van allebei je ouders houden. Je hoeft niet te kiezen.",
        },
        "sources": [RICHTLIJN],
        "themes": ["scheiding", "ouderschap"],
        "related": ["contactverlies", "parentificatie", "complexe-scheidingsproblematiek"],
    },
    {
        "slug": "parentificatie",
        "preferred": "parentificatie",
        "definition": "Een kind neemt zorg op zich die bij een volwassene hoort, bijvoorbeeld "
        "door na de scheiding een ouder te troosten en te steunen. Als dat lang duurt, kan "
        "het de ontwikkeling van het kind schaden.",
        "explanation": "Een kind gaat voor zijn vader of moeder zorgen, terwijl het andersom "
        "hoort.",
        "notes": {
            "professionals": "Ervaringsdeskundigen in het leernetwerk voelden zich als kind "
            "verantwoordelijk voor hun gescheiden ouder. Hun oproep: 'als je er voor de "
            "kinderen wilt zijn, ga dan zorgen voor de ouders!'",
        },
        "sources": [RICHTLIJN, VERSLAG_JAN_2023],
        "themes": ["scheiding", "ouderschap"],
        "related": ["loyaliteitsconflict"],
    },
    {
        "slug": "begeleide-omgang",
        "preferred": "begeleide omgang",
        "admitted": [{"text": "omgangsbegeleiding", "match_as_written": False}],
        "hidden": ["omgangshuis"],
        "definition": "Contact tussen een kind en een ouder met een professional erbij, "
        "bijvoorbeeld in een omgangshuis. Voor een tijd, om het contact veilig te beginnen, "
        "op te bouwen of te herstellen.",
        "explanation": "Het kind ziet de ouder, en er is iemand bij die helpt. Bijvoorbeeld "
        "als jullie elkaar lang niet gezien hebben.",
        "sources": [RICHTLIJN],
        "themes": ["ouderschap", "hulpverlening"],
        "related": ["omgangsregeling", "contactverlies"],
    },
    {
        "slug": "jeugdbescherming",
        "preferred": "jeugdbescherming",
        "definition": "Bescherming van kinderen van wie de ontwikkeling ernstig wordt "
        "bedreigd, als vrijwillige hulp niet genoeg is. De kinderrechter legt een "
        "kinderbeschermingsmaatregel op; een gecertificeerde instelling voert die uit.",
        "explanation": "Als een kind thuis niet goed kan opgroeien en hulp niet genoeg helpt, "
        "kan de rechter beslissen dat iemand het gezin helpt en meekijkt.",
        "sources": [JEUGDWET, RIJKSOVERHEID_JEUGDBESCHERMING],
        "themes": ["jeugdbescherming", "veiligheid"],
        "related": ["gecertificeerde-instelling", "raad-voor-de-kinderbescherming"],
    },
    {
        "slug": "kinderbeschermingsmaatregel",
        "preferred": "kinderbeschermingsmaatregel",
        "definition": "Een beslissing van de kinderrechter die het gezag van ouders beperkt of "
        "beëindigt: de ondertoezichtstelling (eventueel met een machtiging tot "
        "uithuisplaatsing) en de gezagsbeëindigende maatregel. Meestal op verzoek van de Raad "
        "voor de Kinderbescherming.",
        "explanation": "Een beslissing van de rechter om een kind te beschermen. Bijvoorbeeld "
        "dat er een jeugdbeschermer komt.",
        "sources": [BW_KINDERBESCHERMING, RIJKSOVERHEID_JEUGDBESCHERMING],
        "themes": ["jeugdbescherming", "recht"],
        "broader": ["jeugdbescherming"],
    },
    {
        "slug": "ondertoezichtstelling",
        "preferred": "ondertoezichtstelling",
        "admitted": [{"text": "OTS", "match_as_written": True}],
        "hidden": ["onder toezicht stelling"],
        "definition": "De kinderrechter stelt een kind onder toezicht van een gecertificeerde "
        "instelling als zijn ontwikkeling ernstig wordt bedreigd, voor hoogstens een jaar; "
        "daarna kan de rechter verlengen. De ouders houden het gezag, maar moeten hulp en "
        "schriftelijke aanwijzingen van de jeugdbeschermer accepteren.",
        "explanation": "De rechter beslist dat een jeugdbeschermer jullie gezin helpt en "
        "meekijkt. Jullie blijven de ouders en beslissen nog steeds mee.",
        "sources": [BW_KINDERBESCHERMING, RIJKSOVERHEID_JEUGDBESCHERMING],
        "themes": ["jeugdbescherming", "recht"],
        "broader": ["kinderbeschermingsmaatregel"],
        "related": ["jeugdbeschermer"],
    },
    {
        "slug": "uithuisplaatsing",
        "preferred": "uithuisplaatsing",
        "definition": "Een kind gaat tijdelijk ergens anders wonen, bijvoorbeeld in een "
        "pleeggezin of gezinshuis, omdat het thuis niet veilig kan opgroeien. Bij een "
        "ondertoezichtstelling geeft de kinderrechter daarvoor een machtiging.",
        "explanation": "Een kind woont een tijd niet thuis, maar bijvoorbeeld in een pleeggezin.",
        "sources": [BW_KINDERBESCHERMING],
        "themes": ["jeugdbescherming"],
        "broader": ["kinderbeschermingsmaatregel"],
    },
    {
        "slug": "gezagsbeeindigende-maatregel",
        "preferred": "gezagsbeëindigende maatregel",
        "admitted": [{"text": "beëindiging van het gezag", "match_as_written": False}],
        "discouraged": [
            {
                "text": text,
                "reason": NO_GEZAG_ENDED,
                "source": WET_KINDERBESCHERMING_2015,
                "match_as_written": False,
            }
            for text in [
                "ontheffing van het gezag",
                "ontzetting van het gezag",
                "ontzetting uit het ouderlijk gezag",
            ]
        ]
        + [
            {
                "text": text,
                "reason": "Dubbel verouderd: 'ouderlijke macht' heet sinds 1995 gezag, en "
                "sinds 2015 is er één maatregel die het gezag beëindigt.",
                "source": f"{BW_GEZAG}; {WET_KINDERBESCHERMING_2015}",
                "match_as_written": False,
            }
            for text in ["ontheffing uit de ouderlijke macht", "ontzetting uit de ouderlijke macht"]
        ],
        "definition": "De kinderrechter beëindigt het gezag van een ouder als het kind ernstig "
        "in zijn ontwikkeling wordt bedreigd en de ouder niet binnen een voor het kind "
        "aanvaardbare termijn de verantwoordelijkheid kan dragen, of als de ouder het gezag "
        "misbruikt. Het gezag gaat dan naar de andere ouder of naar een voogd.",
        "explanation": "De rechter beslist dat een ouder geen gezag meer heeft, omdat het kind "
        "anders niet goed kan opgroeien.",
        "sources": [WET_KINDERBESCHERMING_2015, BW_KINDERBESCHERMING],
        "themes": ["jeugdbescherming", "recht"],
        "broader": ["kinderbeschermingsmaatregel"],
        "related": ["voogdij", "ouderlijk-gezag"],
    },
    {
        "slug": "gecertificeerde-instelling",
        "preferred": "gecertificeerde instelling",
        "admitted": [{"text": "GI", "match_as_written": True}],
        "discouraged": [
            {
                "text": "Bureau Jeugdzorg",
                "reason": NO_BUREAU_JEUGDZORG,
                "source": JEUGDWET,
                "match_as_written": True,
            },
            {
                "text": "BJZ",
                "reason": NO_BUREAU_JEUGDZORG,
                "source": JEUGDWET,
                "match_as_written": True,
            },
            {
                "text": "gezinsvoogdij-instelling",
                "reason": "Verouderd. Zo heetten de instellingen voordat Bureau Jeugdzorg dit "
                "werk deed. Nu voeren gecertificeerde instellingen de jeugdbescherming uit.",
                "source": JEUGDWET,
                "match_as_written": False,
            },
        ],
        "definition": "Een organisatie met een certificaat om jeugdbescherming en "
        "jeugdreclassering uit te voeren, zoals een ondertoezichtstelling of voogdij. De "
        "jeugdbeschermer werkt bij een gecertificeerde instelling.",
        "explanation": "Een organisatie die een kind beschermt als de rechter dat beslist. "
        "Daar werkt de jeugdbeschermer.",
        "sources": [JEUGDWET],
        "themes": ["jeugdbescherming", "organisaties"],
        "related": ["jeugdbeschermer"],
    },
    {
        "slug": "jeugdbeschermer",
        "preferred": "jeugdbeschermer",
        "admitted": [{"text": "gezinsvoogd", "match_as_written": False}],
        "definition": "De professional van een gecertificeerde instelling die een "
        "kinderbeschermingsmaatregel uitvoert, zoals een ondertoezichtstelling. Begeleidt het "
        "gezin en kan de ouders schriftelijke aanwijzingen geven.",
        "explanation": "Iemand die jullie gezin helpt en meekijkt als de rechter een "
        "maatregel heeft genomen.",
        "notes": {
            "professionals": "Veel gezinnen en brieven zeggen nog 'gezinsvoogd'. Gebruik het "
            "woord dat het gezin kent en leg uit wat de jeugdbeschermer doet.",
        },
        "sources": [JEUGDWET, RIJKSOVERHEID_JEUGDBESCHERMING],
        "themes": ["jeugdbescherming"],
        "related": ["ondertoezichtstelling"],
    },
    {
        "slug": "kinderrechter",
        "preferred": "kinderrechter",
        "definition": "De rechter die beslist over kinderbeschermingsmaatregelen, zoals een "
        "ondertoezichtstelling of een machtiging tot uithuisplaatsing, en over strafzaken "
        "tegen jongeren.",
        "explanation": "Een rechter die beslissingen neemt om kinderen te beschermen.",
        "sources": [RIJKSOVERHEID_JEUGDBESCHERMING],
        "themes": ["recht", "jeugdbescherming"],
        "related": ["kinderbeschermingsmaatregel"],
    },
    {
        "slug": "kinderen-uit-de-knel",
        "preferred": "Kinderen uit de Knel",
        "hidden": ["kinderen in de knel"],
        "definition": "Een groepsaanpak van het Lorentzhuis voor gezinnen in een complexe "
        "scheiding. Ouders werken in een oudergroep en hun kinderen tegelijk in een eigen "
        "groep, aan minder strijd en meer ruimte voor de kinderen.",
        "explanation": "Een groep waarin ouders leren om minder ruzie te maken. De kinderen "
        "hebben tegelijk hun eigen groep.",
        "sources": [VAN_LAWICK_VISSER],
        "themes": ["hulpverlening", "scheiding"],
        "related": ["complexe-scheidingsproblematiek"],
    },
    {
        "slug": "kies",
        "preferred": "KIES",
        "admitted": [{"text": "Kinderen In Echtscheiding Situatie", "match_as_written": False}],
        "definition": "Een groepsprogramma voor kinderen van gescheiden ouders, vaak op "
        "school. Kinderen praten, spelen en tekenen over de scheiding met leeftijdgenoten "
        "die hetzelfde meemaken.",
        "explanation": "Een groep voor kinderen van gescheiden ouders. Je praat met andere "
        "kinderen die hetzelfde meemaken.",
        "sources": [KIES_NEDERLAND],
        "themes": ["hulpverlening", "preventie"],
    },
    {
        "slug": "kenniscentrum-kind-en-scheiding",
        "preferred": "Kenniscentrum Kind en Scheiding",
        "definition": "Kenniscentrum in de regio Haaglanden over kinderen en scheiding. "
        "Partner van het leernetwerk; maakte de beeldenbieb 'Praat erover' en werkt met "
        "gezinsvertegenwoordigers aan duurzaam ouderschap na scheiding.",
        "explanation": "Een organisatie die kennis deelt over kinderen en scheiding.",
        "sources": [FACTSHEET_OKT_2023, KENNISSESSIE],
        "themes": ["organisaties"],
        "related": ["praat-erover", "gezinsvertegenwoordiger"],
    },
    {
        "slug": "scheiden-zonder-schade",
        "preferred": "Scheiden zonder Schade",
        "definition": "Landelijk actieprogramma om schade bij kinderen door een scheiding te "
        "voorkomen. Het Regiolab in deze regio hoorde erbij; daaruit kwamen het leernetwerk "
        "en de zienswijze duurzaam samenwerken na scheiding voort.",
        "explanation": "Een landelijk plan om kinderen minder last te laten hebben van een "
        "scheiding.",
        "sources": [KENNISSESSIE, FACTSHEET_OKT_2023],
        "themes": ["leernetwerk", "scheiding"],
        "related": ["regiolab", "duurzaam-samenwerken-na-scheiding"],
    },
    {
        "slug": "regiolab",
        "preferred": "Regiolab",
        "definition": "De regionale samenwerking binnen het actieprogramma Scheiden zonder "
        "Schade. Toen het programma afliep, ging het verder als het leernetwerk, met partners "
        "uit de regio van Werkplaats SAMEN erbij.",
        "explanation": "De groep waaruit het leernetwerk is ontstaan.",
        "sources": [KENNISSESSIE],
        "themes": ["leernetwerk"],
        "broader": ["scheiden-zonder-schade"],
        "related": ["leernetwerk"],
    },
    {
        "slug": "ouderrelatie",
        "preferred": "ouderrelatie",
        "definition": "De relatie tussen twee mensen als ouders van hun kinderen, los van hun "
        "relatie als (ex-)partners. Het denkkader verschuift de aandacht van de "
        "ex-partnerrelatie naar de ouderrelatie.",
        "explanation": "Jullie zijn geen partners meer, maar wel samen ouders. Daar gaat het om.",
        "sources": [KENNISSESSIE],
        "themes": ["ouderschap"],
        "related": ["duurzaam-samenwerken-na-scheiding", "complexe-ouderrelatie"],
    },
    {
        "slug": "interactieproblematiek",
        "preferred": "interactieproblematiek",
        "definition": "Problemen in hoe ouders met elkaar omgaan: vaste patronen en dynamiek "
        "tussen ouders na de scheiding. Te onderscheiden van problemen die komen door de "
        "overgang van de scheiding zelf.",
        "explanation": "Problemen in hoe jullie als ouders met elkaar praten en omgaan.",
        "sources": [THEMAS_LEDEN],
        "themes": ["triage", "scheiding"],
        "related": ["triage", "triagelijst-scheiding"],
    },
]
