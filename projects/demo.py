"""Demo content for the projects app, loaded idempotently by `manage.py load_demo`.

The agendas, projects and themes come from the network's own reports (seeds 000, 002, 003);
the people are the fictional demo members of members/demo.py.
"""

from datetime import date

from meetings.models import Meeting
from members.demo import ensure_account
from members.models import User
from projects.models import (
    Agenda,
    Participation,
    Project,
    ProjectLink,
    ProjectUpdate,
    Theme,
    ThemeSupport,
)

AGENDAS = [
    # (slug, name, aim, description)
    (
        "veranderagenda",
        "Veranderagenda",
        "Een gedeelde visie op scheiding en samenwerking na scheiding, in de hele regio.",
        "Projecten op de veranderagenda werken aan een gemeenschappelijke visie: "
        "„Duurzaam samenwerken na scheiding”. En aan de vraag hoe organisaties die visie "
        "vertalen naar hun beleid en hun werk met gezinnen.",
    ),
    (
        "opleidingsagenda",
        "Opleidingsagenda",
        "Professionals in de hele keten toerusten voor het werk met gescheiden gezinnen.",
        "Projecten op de opleidingsagenda zorgen dat professionals van nu en van morgen weten "
        "wat kinderen en ouders bij een scheiding nodig hebben, in de opleiding en in de praktijk.",
    ),
    (
        "onderzoek-en-ontwikkelagenda",
        "Onderzoek- en ontwikkelagenda",
        "Kennis ontwikkelen, delen en borgen: uit onderzoek, praktijk en ervaring.",
        "Op deze agenda staan de evaluatie en borging van kennis en inzichten uit de "
        "regiolab-initiatieven, het ontwikkelen van een gedeelde taal, en het vertalen van visie "
        "en taal naar organisatie en praktijk.",
    ),
]

# Fictional demo members from members/demo.py: (e-mail, first name, last name).
PEOPLE = {
    "tessa": ("trekker@example.org", "Tessa", "Trekker"),
    "lotte": ("lid@example.org", "Lotte", "de Lid"),
    "karin": ("karin.jansen@example.org", "Karin", "Jansen"),
    "nadia": ("nadia.bouzid@example.org", "Nadia", "Bouzid"),
    "ingrid": ("ingrid.peters@example.org", "Ingrid", "Peters"),
    "vera": ("vera.bos@example.org", "Vera", "Bos"),
    "anouk": ("anouk.bakker@example.org", "Anouk", "Bakker"),
    "daan": ("daan.mulder@example.org", "Daan", "Mulder"),
    "eva": ("eva.dekker@example.org", "Eva", "Dekker"),
    "hamza": ("hamza.yilmaz@example.org", "Hamza", "Yilmaz"),
    "jeroen": ("jeroen.vos@example.org", "Jeroen", "Vos"),
    "lucas": ("lucas.hendriks@example.org", "Lucas", "Hendriks"),
    "tamara": ("tamara.kok@example.org", "Tamara", "Kok"),
    "yara": ("yara.hoekstra@example.org", "Yara", "Hoekstra"),
    "roos": ("roos.willems@example.org", "Roos", "Willems"),
    "gerda": ("gerda.vandam@example.org", "Gerda", "van Dam"),
}

S = Project.Status
PC = Project.PrivacyCheck

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
        "status": S.FINISHED,
        "privacy_check": PC.APPROVED,
        "privacy_checked_on": date(2023, 12, 11),
        "starts_on": date(2024, 1, 8),
        "ends_on": date(2024, 9, 3),
        "trekkers": ["tessa", "karin"],
        "participants": [("lotte", ""), ("ingrid", ""), ("daan", ""), ("tamara", "")],
        "themes": ["taal", "begrippenkader", "gedeelde visie"],
        "links": [
            (
                "Begrippenkader",
                "/begrippen/",
                "De begrippen met voorkeurstermen en woorden die we liever niet gebruiken.",
            ),
            (
                "Tipsheet taal rondom scheiding",
                "/begrippen/tipsheet/",
                "De samenvatting op één pagina, voor de praktijk.",
            ),
        ],
        "updates": [
            (
                date(2024, 1, 23),
                "tessa",
                "Het project is getoetst op privacy en ethiek en gaat van start. Wie wil "
                "aanhaken, kan zich melden.",
            ),
            (
                date(2024, 9, 3),
                "karin",
                "In Gouda presenteerden we de uitkomsten aan gemeenten: het begrippenkader en de "
                "tipsheet zijn klaar. Het project is afgerond.",
            ),
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
        "status": S.RUNNING,
        "privacy_check": PC.REQUESTED,
        "privacy_checked_on": date(2024, 3, 4),
        "starts_on": date(2024, 2, 1),
        "ends_on": None,
        "trekkers": ["nadia"],
        "participants": [
            ("lotte", "Bij Veilig Thuis werken we met de MASIC; ik wil graag meedenken."),
            ("hamza", ""),
            ("jeroen", ""),
        ],
        "themes": ["triage", "veiligheid", "preventie"],
        "links": [],
        "updates": [
            (
                date(2024, 3, 4),
                "nadia",
                "We hebben de toets op privacy en ethiek aangevraagd. Intussen verzamelen we "
                "ervaringen met de Triagelijst Scheiding in de drie regio's.",
            ),
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
        "status": S.PREPARING,
        "privacy_check": PC.NOT_NEEDED,
        "privacy_checked_on": None,
        "starts_on": date(2025, 1, 15),
        "ends_on": None,
        "trekkers": ["ingrid"],
        "participants": [("gerda", ""), ("tamara", "")],
        "themes": ["cultuursensitief werken"],
        "links": [],
        "updates": [],
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
        "status": S.RUNNING,
        "privacy_check": PC.APPROVED,
        "privacy_checked_on": date(2024, 5, 13),
        "starts_on": date(2024, 6, 1),
        "ends_on": date(2025, 12, 31),
        "trekkers": ["vera", "lucas"],
        "participants": [("eva", "")],
        "themes": ["evaluatie", "borging"],
        "links": [],
        "updates": [
            (
                date(2024, 10, 7),
                "vera",
                "De eerste interviews met betrokkenen van de regiolabs zijn gehouden.",
            ),
        ],
        "meeting_dates": [],
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
        "status": S.PREPARING,
        "privacy_check": PC.NOT_NEEDED,
        "privacy_checked_on": None,
        "starts_on": None,
        "ends_on": None,
        "trekkers": ["anouk"],
        "participants": [],
        "themes": ["gedeelde visie", "beleid"],
        "links": [("Begrippenkader", "/begrippen/", "")],
        "updates": [],
        "meeting_dates": [],
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
        "status": S.RUNNING,
        "privacy_check": PC.NOT_NEEDED,
        "privacy_checked_on": None,
        "starts_on": date(2024, 9, 1),
        "ends_on": date(2025, 7, 1),
        "trekkers": ["daan", "eva"],
        "participants": [("yara", "Ik schrijf mijn afstudeeronderzoek hierover."), ("tamara", "")],
        "themes": ["onderwijs", "taal"],
        "links": [],
        "updates": [],
        "meeting_dates": [],
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
    # (title, explanation, proposer, meeting date or None, status, supporters)
    (
        "Cultuursensitief werken",
        "Hoe houden we bij een scheiding rekening met de cultuur en achtergrond van een gezin? "
        "Het Kenniscentrum Kind en Scheiding vertelt over het werk hieraan.",
        "ingrid",
        date(2023, 10, 2),
        Theme.Status.DISCUSSED,
        ["gerda", "tamara", "lotte"],
    ),
    (
        "Triage",
        "Wanneer zet je de MASIC in, en kan die deuren sluiten voor dialoog of steun? Hoe maken "
        "we onderscheid tussen problemen uit de scheiding zelf en interactieproblemen? En welke "
        "taal gebruiken we daarbij?",
        "lotte",
        date(2024, 1, 23),
        Theme.Status.DISCUSSED,
        ["nadia", "hamza", "jeroen", "tessa"],
    ),
    (
        "Preventie: hulp vragen normaal maken",
        "Meer inzoomen op preventie: hoe maken we het laagdrempeliger en normaal om hulp te "
        "vragen, al bij de eerste hulpvraag?",
        "hamza",
        None,
        Theme.Status.PROPOSED,
        ["lotte", "anouk", "gerda"],
    ),
    (
        "Complexiteit en geweld uit elkaar halen",
        "Er zijn complexe scheidingen met en zonder geweld. Hoe houden we die in ons werk en in "
        "onze taal uit elkaar, en wanneer volgen we de meldcode?",
        "jeroen",
        None,
        Theme.Status.PROPOSED,
        ["lotte"],
    ),
    (
        "Contactverlies tussen kind en ouder",
        "Wat kunnen we samen doen om contactverlies tussen een kind en een ouder te voorkomen?",
        "tamara",
        None,
        Theme.Status.PROPOSED,
        [],
    ),
]


def _person(key) -> User:
    email, first_name, last_name = PEOPLE[key]
    user = User.objects.filter(email=email).first()
    return user or ensure_account(email, first_name, last_name)[0]


def _meeting_on(day):
    return Meeting.objects.filter(starts_at__date=day).order_by("starts_at").first()


def _load_project(data, agendas):
    project, created = Project.objects.get_or_create(
        slug=data["slug"],
        defaults={
            "title": data["title"],
            "summary": data["summary"],
            "aim": data["aim"],
            "description": data["description"],
            "status": data["status"],
            "review": Project.Review.ACCEPTED,
            "privacy_check": data["privacy_check"],
            "privacy_checked_on": data["privacy_checked_on"],
            "starts_on": data["starts_on"],
            "ends_on": data["ends_on"],
        },
    )
    if not created:
        return
    project.agendas.set([agendas[slug] for slug in data["agendas"]])
    project.trekkers.set([_person(key) for key in data["trekkers"]])
    project.themes.set(data["themes"])
    meetings = [_meeting_on(day) for day in data["meeting_dates"]]
    project.meetings.set([meeting for meeting in meetings if meeting])
    for key, motivation in data["participants"]:
        Participation.objects.create(project=project, member=_person(key), motivation=motivation)
    for position, (title, url, description) in enumerate(data["links"]):
        ProjectLink.objects.create(
            project=project, url=url, title=title, description=description, position=position
        )
    for published_on, author, text in data["updates"]:
        ProjectUpdate.objects.create(
            project=project, published_on=published_on, author=_person(author), text=text
        )


def _load_themes():
    for title, explanation, proposer, meeting_day, status, supporters in THEMES:
        meeting = _meeting_on(meeting_day) if meeting_day else None
        if meeting is None:
            # Without the meeting (the meetings demo may be absent) the theme waits.
            status = Theme.Status.PROPOSED
        theme, created = Theme.objects.get_or_create(
            title=title,
            defaults={
                "explanation": explanation,
                "proposed_by": _person(proposer),
                "meeting": meeting,
                "status": status,
                "discussed_at": meeting.ends_at if status == Theme.Status.DISCUSSED else None,
            },
        )
        if not created:
            continue
        for key in supporters:
            ThemeSupport.objects.create(theme=theme, member=_person(key))


def load():
    agendas = {}
    for position, (slug, name, aim, description) in enumerate(AGENDAS):
        agendas[slug], _ = Agenda.objects.get_or_create(
            slug=slug,
            defaults={"name": name, "aim": aim, "description": description, "position": position},
        )
    for data in PROJECTS:
        _load_project(data, agendas)
    proposal, created = Project.objects.get_or_create(
        slug=PROPOSAL["slug"],
        defaults={
            "title": PROPOSAL["title"],
            "summary": PROPOSAL["summary"],
            "aim": PROPOSAL["aim"],
            "proposal_note": PROPOSAL["proposal_note"],
            "status": Project.Status.IDEA,
            "review": Project.Review.PROPOSED,
            "proposed_by": _person(PROPOSAL["proposed_by"]),
        },
    )
    if created:
        proposal.agendas.set([agendas[slug] for slug in PROPOSAL["agendas"]])
    _load_themes()
