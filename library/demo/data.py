# ruff: noqa: E501 -- long demo texts read better unbroken
"""The network's products, the newsletter interview and image cards, after the seed documents."""

import datetime

GOUDA = "kennissessie-gemeenten-gouda-3-september-2024"
OCTOBER_2023 = "kwartaalbijeenkomst-2-oktober-2023"

PUBLICATIONS = [
    {
        "slug": "denkkader-in-eenvoudige-taal",
        "title": "Denkkader verbinding en vertrouwen in eenvoudige taal",
        "kind": "denkkader",
        "status": "pilot",
        "summary": "Het denkkader kort uitgelegd voor ouders en jongeren.",
        "body": (
            "Ouders gaan uit elkaar. Ze blijven wel samen ouder van hun kinderen.\n\n"
            "Hulpverleners praten met beide ouders. Ze kijken vooral naar wat goed is voor de "
            "kinderen. Ze helpen ouders om elkaar weer te vertrouwen als ouders."
        ),
        "audiences": ["ouders", "jongeren"],
        "published_on": datetime.date(2024, 9, 10),
        "themes": ["denkkader"],
        "meetings": [GOUDA],
        "terms": ["denkkader"],
    },
    {
        "slug": "denkkader-verbinding-en-vertrouwen",
        "title": "Denkkader verbinding en vertrouwen",
        "kind": "denkkader",
        "status": "pilot",
        "summary": (
            "Duurzaam samenwerken na scheiding vanuit verbinding en vertrouwen: de kansrijke "
            "elementen uit het Regiolab, nu in een pilot met gezinsvertegenwoordigers."
        ),
        "body": (
            "### Waar gaat het over?\n\n"
            "Het denkkader komt uit het Regiolab van het programma Scheiden zonder Schade. De "
            "focus gaat van de ex-partnerrelatie naar de ouderrelatie: wat is het doel van de "
            "ouders, en wat vinden zij belangrijk voor de kinderen?\n\n"
            "### Pilot\n\n"
            "Gezinsvertegenwoordigers werken in duo's met beide ouders (Haaglanden). De pilot "
            "loopt tot maart 2025; de eerste resultaten worden in de zomer van 2025 verwacht. "
            "Gouda werkt ook met dit denkkader."
        ),
        "audiences": ["professionals"],
        "regions": ["haaglanden", "midden-holland"],
        "published_on": datetime.date(2024, 9, 10),
        "themes": ["denkkader", "samenwerken"],
        "meetings": [GOUDA],
        "projects": ["visie-en-taal-in-de-praktijk"],
        "terms": ["denkkader", "duurzaam-samenwerken-na-scheiding", "gezinsvertegenwoordiger"],
        "b1_version": "denkkader-in-eenvoudige-taal",
        "pdf": True,
    },
    {
        "slug": "handelingskader-gezinsvertegenwoordiging",
        "title": "Handelingskader gezinsvertegenwoordiging",
        "kind": "handelingskader",
        "status": "pilot",
        "summary": "Hoe werk je vanuit het denkkader? Het handelingskader uit de pilot, in wording.",
        "body": (
            "In de pilot wordt het denkkader uitgewerkt in een handelingskader: een werkwijze "
            "die goed toepasbaar en overdraagbaar is. In welke context lukt het wel, en wanneer "
            "niet? De resultaten volgen in 2025."
        ),
        "audiences": ["professionals"],
        "published_on": datetime.date(2024, 9, 10),
        "visibility": "members",
        "themes": ["denkkader"],
        "meetings": [GOUDA],
        "terms": ["handelingskader"],
    },
    {
        "slug": "begrippenkader-en-tipsheet",
        "title": "Begrippenkader en tipsheet taal bij scheiding",
        "kind": "tipsheet",
        "status": "vastgesteld",
        "summary": "Gedeelde taal: voorkeurstermen en afgeraden woorden, met een tipsheet voor de praktijk.",
        "body": (
            "Het eerste Klein-maar-Fijn-project maakte een gedeeld begrippenkader. Zeg "
            "bijvoorbeeld **complexe scheidingsproblematiek** en **contactverlies**. Het hele "
            "begrippenkader staat onder Begrippen."
        ),
        "audiences": ["professionals"],
        "published_on": datetime.date(2024, 6, 1),
        "themes": ["taal"],
        "meetings": [GOUDA],
        "projects": ["taal-rondom-scheiding"],
        "terms": [
            "begrippenkader",
            "tipsheet-taal-bij-scheiding",
            "complexe-scheidingsproblematiek",
        ],
    },
    {
        "slug": "praat-erover-beeldenbieb",
        "title": "Praat erover: beeldenbieb",
        "kind": "beeldmateriaal",
        "status": "vastgesteld",
        "summary": "60 beelden voor gesprekken met gescheiden gezinnen (Kenniscentrum Kind en Scheiding).",
        "body": "Bekijk de voorbeeldkaarten onder Beeldmateriaal.",
        "audiences": ["professionals", "ouders", "jongeren"],
        "published_on": datetime.date(2023, 10, 2),
        "themes": ["taal"],
        "meetings": [OCTOBER_2023, GOUDA],
        "terms": ["praat-erover"],
    },
    {
        "slug": "triagelijst-scheiding",
        "title": "Triagelijst Scheiding (TS)",
        "kind": "instrument",
        "status": "vastgesteld",
        "summary": "Een vragenlijst die ouders en professionals uitnodigt te praten over interactiepatronen na scheiding.",
        "body": "De TS kan laagdrempelig worden ingezet, waar de eerste hulpvraag gesteld wordt.",
        "audiences": ["professionals", "ouders"],
        "published_on": datetime.date(2023, 10, 2),
        "themes": ["triage"],
        "meetings": [OCTOBER_2023],
        "projects": ["conflictdiagnostiek-en-triage"],
        "terms": ["triagelijst-scheiding", "triage"],
        "databank": "other",
        "databank_url": "https://example.org/databank/triagelijst-scheiding",
        "recognition_level": "Voorbeeld: vul het echte erkenningsniveau in",
        "regional_use": "Leden van het leernetwerk verkennen de inzet in een Klein-maar-Fijn-project.",
        "network_notes": "Helpt om scheidingsproblematiek en veiligheid uit elkaar te houden.",
    },
    {
        "slug": "masic",
        "title": "MASIC",
        "kind": "instrument",
        "status": "vastgesteld",
        "summary": "Een gespreksinstrument om inzicht te krijgen in gewelddadig conflict bij een scheiding.",
        "body": "Veilig Thuis presenteerde de MASIC in het LNW-kwartiertje van 2 oktober 2023.",
        "audiences": ["professionals"],
        "published_on": datetime.date(2023, 10, 2),
        "themes": ["triage", "veiligheid"],
        "meetings": [OCTOBER_2023],
        "terms": ["masic", "veilig-thuis"],
        "databank": "other",
        "databank_url": "https://example.org/databank/masic",
        "recognition_level": "Voorbeeld: vul het echte erkenningsniveau in",
        "regional_use": "Veilig Thuis in de regio.",
        "network_notes": (
            "Vraag uit de werkgroep: wanneer zet je de MASIC in, en kan het deuren sluiten "
            "voor dialoog of ondersteuning?"
        ),
    },
]

NEWS = [
    {
        "slug": "interview-kwartiermaker-leernetwerk",
        "title": "Interview met de kwartiermaker van het leernetwerk in oprichting",
        "kind": "interview",
        "source": "Nieuwsbrief Werkplaats SAMEN (2022)",
        "published_on": datetime.date(2022, 2, 1),
        "summary": "Waarom een leernetwerk over kind en complexe ouderrelaties, en wie doen er mee?",
        "body": (
            "Eind 2021 liep het landelijke programma Scheiden zonder Schade af. In het "
            "regiolab Den Haag ontstond de wens om verder te gaan. De kwartiermaker verkent "
            "in het eerste kwartaal van 2022 de mogelijkheden voor een leernetwerk.\n\n"
            "### Wie worden betrokken?\n\n"
            "Gemeenten, gezinnen, onderzoekers, praktijkprofessionals en docenten. Denk ook "
            "aan het juridisch veld: rechtspraak, advocatuur en mediators.\n\n"
            "### Ook voor andere regio's\n\n"
            "Het doel is ook informatie op te leveren over het oprichten van zo'n leernetwerk "
            "in andere regio's: wat zijn de randvoorwaarden, wie moeten betrokken worden?"
        ),
    },
]

IMAGE_CARDS = [
    {
        "slug": "samen-ouder",
        "title": "Samen ouder",
        "colour": (46, 125, 120),
        "alt_text": "Een gegenereerd voorbeeldbeeld: een groen vlak met twee cirkels naast elkaar.",
        "terms": ["complexe-ouderrelatie"],
    },
    {
        "slug": "contact",
        "title": "Contact",
        "colour": (201, 120, 40),
        "alt_text": "Een gegenereerd voorbeeldbeeld: een oranje vlak met twee cirkels die elkaar raken.",
        "terms": ["contactverlies"],
    },
    {
        "slug": "veilig",
        "title": "Veilig",
        "colour": (60, 80, 160),
        "alt_text": "Een gegenereerd voorbeeldbeeld: een blauw vlak met een cirkel binnen een grotere cirkel.",
        "terms": ["veiligheid"],
    },
]
IMAGE_LICENCE = "Voorbeeldbeeld, vrij te gebruiken (CC0)"
