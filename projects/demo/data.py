"""The demo agendas, projects and themes, as data.

The agendas, projects and themes come from the network's own reports (seeds 000, 002, 003);
the people are the fictional demo members of members/demo/data.py, named by a short key.
Meetings are named by their date.
"""

from datetime import date

from projects.models import Project, Theme

AGENDAS = [
    {
        "slug": "veranderagenda",
        "name": "Veranderagenda",
        "aim": "Een gedeelde visie op scheiding en samenwerking na scheiding, in de hele regio.",
        "description": (
            "Projecten op de veranderagenda werken aan een gemeenschappelijke visie: "
            "„Duurzaam samenwerken na scheiding”. En aan de vraag hoe organisaties die visie "
            "vertalen naar hun beleid en hun werk met gezinnen."
        ),
    },
    {
        "slug": "opleidingsagenda",
        "name": "Opleidingsagenda",
        "aim": "Professionals in de hele keten toerusten voor het werk met gescheiden gezinnen.",
        "description": (
            "Projecten op de opleidingsagenda zorgen dat professionals van nu en van morgen weten "
            "wat kinderen en ouders bij een scheiding nodig hebben, in de opleiding en in de "
            "praktijk."
        ),
    },
    {
        "slug": "onderzoek-en-ontwikkelagenda",
        "name": "Onderzoek- en ontwikkelagenda",
        "aim": "Kennis ontwikkelen, delen en borgen: uit onderzoek, praktijk en ervaring.",
        "description": (
            "Op deze agenda staan de evaluatie en borging van kennis en inzichten uit de "
            "regiolab-initiatieven, het ontwikkelen van een gedeelde taal, en het vertalen van "
            "visie en taal naar organisatie en praktijk."
        ),
    },
]

# Fictional demo members from members/demo/data.py.
PEOPLE = {
    "tessa": {"email": "trekker@example.org", "first_name": "Tessa", "last_name": "Trekker"},
    "lotte": {"email": "lid@example.org", "first_name": "Lotte", "last_name": "de Lid"},
    "karin": {"email": "karin.jansen@example.org", "first_name": "Karin", "last_name": "Jansen"},
    "nadia": {"email": "nadia.bouzid@example.org", "first_name": "Nadia", "last_name": "Bouzid"},
    "ingrid": {"email": "ingrid.peters@example.org", "first_name": "Ingrid", "last_name": "Peters"},
    "vera": {"email": "vera.bos@example.org", "first_name": "Vera", "last_name": "Bos"},
    "anouk": {"email": "anouk.bakker@example.org", "first_name": "Anouk", "last_name": "Bakker"},
    "daan": {"email": "daan.mulder@example.org", "first_name": "Daan", "last_name": "Mulder"},
    "eva": {"email": "eva.dekker@example.org", "first_name": "Eva", "last_name": "Dekker"},
    "hamza": {"email": "hamza.yilmaz@example.org", "first_name": "Hamza", "last_name": "Yilmaz"},
    "jeroen": {"email": "jeroen.vos@example.org", "first_name": "Jeroen", "last_name": "Vos"},
    "lucas": {
        "email": "lucas.hendriks@example.org",
        "first_name": "Lucas",
        "last_name": "Hendriks",
    },
    "tamara": {"email": "tamara.kok@example.org", "first_name": "Tamara", "last_name": "Kok"},
    "yara": {"email": "yara.hoekstra@example.org", "first_name": "Yara", "last_name": "Hoekstra"},
    "roos": {"email": "roos.willems@example.org", "first_name": "Roos", "last_name": "Willems"},
    "gerda": {"email": "gerda.vandam@example.org", "first_name": "Gerda", "last_name": "van Dam"},
}

PROJECTS = [
    {
        "slug": "taal-rondom-scheiding",
        "title": "Taal rondom scheiding",
        "summary": "Het eerste Klein-maar-Fijn-project: een gedeeld begrippenkader en een "
        "gedeelde visie op scheidingsproblematiek in de regio.",
        "aim": "Komen tot een gedeeld begrippenkader en (een aanzet tot) een gedeelde visie op "
        "en definitie van scheiding(sproblematiek) in de regio.",
        "description": (
            "Het leernetwerk wil *vanuit een ketenbrede gemeenschappelijke visie en taal leren, "
            "werken en innoveren rondom scheiding*. Daarom begon het netwerk met taal.\n\n"
            "### Wat we deden\n\n"
            "- Werksessies over begrippen die kader nodig hebben, zoals complexe scheiding, "
            "scheidingsproblematiek en veiligheid in de context van scheiding.\n"
            "- Onderzoek naar de woorden die professionals, ouders en jongeren gebruiken: welke "
            "woorden verbinden en welke woorden juist labelen of schuld toewijzen.\n"
            "- Een begrippenkader met voorkeurstermen en termen die we liever niet gebruiken, en "
            "een tipsheet voor de praktijk.\n\n"
            "Het project is getoetst op privacy en ethiek."
        ),
        "agendas": ["onderzoek-en-ontwikkelagenda", "veranderagenda"],
        "status": Project.Status.FINISHED,
        "privacy_check": Project.PrivacyCheck.APPROVED,
        "privacy_checked_on": date(2023, 12, 11),
        "starts_on": date(2024, 1, 8),
        "ends_on": date(2024, 9, 3),
        "trekkers": ["tessa", "karin"],
        "participants": [
            {"member": "lotte"},
            {"member": "ingrid"},
            {"member": "daan"},
            {"member": "tamara"},
        ],
        "themes": ["taal", "begrippenkader", "gedeelde visie"],
        "links": [
            {
                "title": "Begrippenkader",
                "url": "/begrippen/",
                "description": (
                    "De begrippen met voorkeurstermen en woorden die we liever niet gebruiken."
                ),
            },
            {
                "title": "Tipsheet taal rondom scheiding",
                "url": "/begrippen/tipsheet/",
                "description": "De samenvatting op één pagina, voor de praktijk.",
            },
        ],
        "updates": [
            {
                "published_on": date(2024, 1, 23),
                "author": "tessa",
                "text": (
                    "Het project is getoetst op privacy en ethiek en gaat van start. Wie wil "
                    "aanhaken, kan zich melden."
                ),
            },
            {
                "published_on": date(2024, 9, 3),
                "author": "karin",
                "text": (
                    "In Gouda presenteerden we de uitkomsten aan gemeenten: het begrippenkader en "
                    "de tipsheet zijn klaar. Het project is afgerond."
                ),
            },
        ],
        "meeting_dates": [date(2023, 10, 2), date(2024, 9, 3)],
    },
    {
        "slug": "conflictdiagnostiek-en-triage",
        "title": "Conflictdiagnostiek en triage",
        "summary": "Hoe zetten we de Triagelijst Scheiding laagdrempelig in, en hoe verhoudt "
        "die zich tot de MASIC?",
        "aim": "Professionals helpen onderscheid te maken tussen problemen die voortkomen uit de "
        "scheiding zelf en interactieproblemen tussen ouders, en complexiteit en "
        "geweld/veiligheid uit elkaar te halen.",
        "description": (
            "De **Triagelijst Scheiding** (TS) is een instrument dat ouders en professionals "
            "uitnodigt om te praten over interactiepatronen en de dynamiek tussen ouders na "
            "scheiding. Veilig Thuis gebruikt de MASIC om inzicht te krijgen in gewelddadig "
            "conflict bij een scheiding.\n\n"
            "In dit project verkennen we:\n\n"
            "- wanneer je de MASIC inzet en wanneer de TS;\n"
            "- hoe de TS al bij de eerste hulpvraag kan helpen (preventie);\n"
            "- welke taal we daarbij gebruiken.\n\n"
            "Bij geweld geldt een andere route: de meldcode."
        ),
        "agendas": ["onderzoek-en-ontwikkelagenda"],
        "status": Project.Status.RUNNING,
        "privacy_check": Project.PrivacyCheck.REQUESTED,
        "privacy_checked_on": date(2024, 3, 4),
        "starts_on": date(2024, 2, 1),
        "ends_on": None,
        "trekkers": ["nadia"],
        "participants": [
            {
                "member": "lotte",
                "motivation": "Bij Veilig Thuis werken we met de MASIC; ik wil graag meedenken.",
            },
            {"member": "hamza"},
            {"member": "jeroen"},
        ],
        "themes": ["triage", "veiligheid", "preventie"],
        "updates": [
            {
                "published_on": date(2024, 3, 4),
                "author": "nadia",
                "text": (
                    "We hebben de toets op privacy en ethiek aangevraagd. Intussen verzamelen we "
                    "ervaringen met de Triagelijst Scheiding in de drie regio's."
                ),
            },
        ],
        "meeting_dates": [date(2023, 10, 2), date(2024, 1, 23)],
    },
    {
        "slug": "cultuursensitief-werken",
        "title": "Cultuursensitief werken rond scheiding",
        "summary": "Wat vraagt cultuursensitief werken van professionals die gescheiden gezinnen "
        "begeleiden?",
        "aim": "Kennis en ervaring over cultuursensitief werken bij scheiding bundelen en "
        "bruikbaar maken voor opleidingen en de praktijk.",
        "description": (
            "Het Kenniscentrum Kind en Scheiding werkt aan cultuursensitief werken. Partners in "
            "het leernetwerk die hier meer over weten of betrokken willen zijn, kunnen aanhaken."
        ),
        "agendas": ["opleidingsagenda"],
        "status": Project.Status.PREPARING,
        "privacy_check": Project.PrivacyCheck.NOT_NEEDED,
        "privacy_checked_on": None,
        "starts_on": date(2025, 1, 15),
        "ends_on": None,
        "trekkers": ["ingrid"],
        "participants": [
            {"member": "gerda"},
            {"member": "tamara"},
        ],
        "themes": ["cultuursensitief werken"],
        "meeting_dates": [date(2023, 10, 2)],
    },
    {
        "slug": "evaluatie-en-borging-regiolab",
        "title": "Evaluatie en borging van kennis uit de regiolabs",
        "summary": "De kennis en inzichten uit de regiolab-initiatieven evalueren en vastleggen, "
        "zodat ze niet verloren gaan.",
        "aim": "Evalueren wat de regiolab-initiatieven hebben opgeleverd en die kennis borgen in "
        "het leernetwerk en bij de partners.",
        "description": (
            "Rond scheiding is de afgelopen jaren veel uitgeprobeerd in regiolabs. Dit project "
            "brengt in kaart wat werkte, voor wie, en wat nodig is om het vast te houden."
        ),
        "agendas": ["onderzoek-en-ontwikkelagenda"],
        "status": Project.Status.RUNNING,
        "privacy_check": Project.PrivacyCheck.APPROVED,
        "privacy_checked_on": date(2024, 5, 13),
        "starts_on": date(2024, 6, 1),
        "ends_on": date(2025, 12, 31),
        "trekkers": ["vera", "lucas"],
        "participants": [{"member": "eva"}],
        "themes": ["evaluatie", "borging"],
        "updates": [
            {
                "published_on": date(2024, 10, 7),
                "author": "vera",
                "text": "De eerste interviews met betrokkenen van de regiolabs zijn gehouden.",
            },
        ],
    },
    {
        "slug": "visie-en-taal-in-de-praktijk",
        "title": "Visie en taal in organisatie en praktijk",
        "summary": "De gedeelde visie en taal vertalen naar het beleid en het werk van "
        "organisaties in de regio.",
        "aim": "Gemeenten en organisaties helpen om de zienswijze „Duurzaam samenwerken na "
        "scheiding” en de gedeelde taal toe te passen.",
        "description": (
            "Na een jaar werken aan visie en taal is het doel voor het tweede jaar: visie en taal "
            "vertalen naar organisatie en toepassing in de praktijk. Dit project begint met een "
            "kennissessie voor gemeenten."
        ),
        "agendas": ["veranderagenda"],
        "status": Project.Status.PREPARING,
        "privacy_check": Project.PrivacyCheck.NOT_NEEDED,
        "privacy_checked_on": None,
        "starts_on": None,
        "ends_on": None,
        "trekkers": ["anouk"],
        "themes": ["gedeelde visie", "beleid"],
        "links": [{"title": "Begrippenkader", "url": "/begrippen/", "description": ""}],
    },
    {
        "slug": "scheiding-in-het-onderwijs",
        "title": "Scheiding in het onderwijs van toekomstige professionals",
        "summary": "Lesmateriaal over complexe scheidingsproblematiek voor hbo-opleidingen in "
        "het sociaal domein.",
        "aim": "Toekomstige professionals inspireren en toerusten: scheiding en "
        "samenwerking na scheiding een vaste plek geven in de opleiding.",
        "description": (
            "Docenten en studenten maken samen met ervaringsdeskundigen een lesmodule, met de "
            "begrippen uit het begrippenkader als basis."
        ),
        "agendas": ["opleidingsagenda"],
        "status": Project.Status.RUNNING,
        "privacy_check": Project.PrivacyCheck.NOT_NEEDED,
        "privacy_checked_on": None,
        "starts_on": date(2024, 9, 1),
        "ends_on": date(2025, 7, 1),
        "trekkers": ["daan", "eva"],
        "participants": [
            {"member": "yara", "motivation": "Ik schrijf mijn afstudeeronderzoek hierover."},
            {"member": "tamara"},
        ],
        "themes": ["onderwijs", "taal"],
    },
]

# A member's idea that waits for the trekkers: not public.
PROPOSAL = {
    "slug": "jongeren-aan-het-woord",
    "title": "Jongeren aan het woord",
    "summary": "Jongeren vertellen zelf wat zij nodig hebben als hun ouders uit elkaar gaan.",
    "aim": "De stem van jongeren een vaste plek geven in het leernetwerk.",
    "proposal_note": "Ik ken een paar jongeren die graag willen meedenken.",
    "agendas": ["veranderagenda"],
    "proposed_by": "roos",
}

THEMES = [
    {
        "title": "Cultuursensitief werken",
        "explanation": (
            "Hoe houden we bij een scheiding rekening met de cultuur en achtergrond van een gezin? "
            "Het Kenniscentrum Kind en Scheiding vertelt over het werk hieraan."
        ),
        "proposed_by": "ingrid",
        "meeting_on": date(2023, 10, 2),
        "status": Theme.Status.DISCUSSED,
        "supporters": ["gerda", "tamara", "lotte"],
    },
    {
        "title": "Triage",
        "explanation": (
            "Wanneer zet je de MASIC in, en kan die deuren sluiten voor dialoog of steun? Hoe "
            "maken we onderscheid tussen problemen uit de scheiding zelf en interactieproblemen? "
            "En welke taal gebruiken we daarbij?"
        ),
        "proposed_by": "lotte",
        "meeting_on": date(2024, 1, 23),
        "status": Theme.Status.DISCUSSED,
        "supporters": ["nadia", "hamza", "jeroen", "tessa"],
    },
    {
        "title": "Preventie: hulp vragen normaal maken",
        "explanation": (
            "Meer inzoomen op preventie: hoe maken we het laagdrempeliger en normaal om hulp te "
            "vragen, al bij de eerste hulpvraag?"
        ),
        "proposed_by": "hamza",
        "status": Theme.Status.PROPOSED,
        "supporters": ["lotte", "anouk", "gerda"],
    },
    {
        "title": "Complexiteit en geweld uit elkaar halen",
        "explanation": (
            "Er zijn complexe scheidingen met en zonder geweld. Hoe houden we die in ons werk en "
            "in onze taal uit elkaar, en wanneer volgen we de meldcode?"
        ),
        "proposed_by": "jeroen",
        "status": Theme.Status.PROPOSED,
        "supporters": ["lotte"],
    },
    {
        "title": "Contactverlies tussen kind en ouder",
        "explanation": (
            "Wat kunnen we samen doen om contactverlies tussen een kind en een ouder te voorkomen?"
        ),
        "proposed_by": "tamara",
        "status": Theme.Status.PROPOSED,
    },
]
