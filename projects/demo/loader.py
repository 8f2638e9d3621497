"""Create the demo agendas, projects, proposal and themes, each only when it is missing."""

from meetings.models import Meeting
from members.demo import ensure_account
from members.models import User
from projects.demo.data import AGENDAS, PEOPLE, PROJECTS, PROPOSAL, THEMES
from projects.models import (
    Agenda,
    Participation,
    Project,
    ProjectLink,
    ProjectUpdate,
    Theme,
    ThemeSupport,
)

PROJECT_FIELDS = [
    "title",
    "summary",
    "aim",
    "description",
    "status",
    "privacy_check",
    "privacy_checked_on",
    "starts_on",
    "ends_on",
]


def load():
    """Create the agendas, projects, the waiting proposal and the themes that are missing."""
    agendas = load_agendas()
    for data in PROJECTS:
        load_project(data, agendas)
    load_proposal(agendas)
    for data in THEMES:
        load_theme(data)


def load_agendas():
    """Create the missing agendas; return every demo agenda by slug."""
    agendas = {}
    for position, data in enumerate(AGENDAS):
        agendas[data["slug"]], _ = Agenda.objects.get_or_create(
            slug=data["slug"],
            defaults={
                "name": data["name"],
                "aim": data["aim"],
                "description": data["description"],
                "position": position,
            },
        )
    return agendas


def load_project(data, agendas):
    """Create the project with its people, links, updates and meetings, if it is missing."""
    project, created = Project.objects.get_or_create(
        slug=data["slug"],
        defaults={
            **{field: data[field] for field in PROJECT_FIELDS if field in data},
            "review": Project.Review.ACCEPTED,
        },
    )
    if not created:
        return
    project.agendas.set([agendas[slug] for slug in data["agendas"]])
    project.trekkers.set([person(key) for key in data["trekkers"]])
    project.themes.set(data["themes"])
    meetings = [meeting_on(day) for day in data.get("meeting_dates", [])]
    project.meetings.set([meeting for meeting in meetings if meeting])
    for participant in data.get("participants", []):
        Participation.objects.create(
            project=project,
            member=person(participant["member"]),
            motivation=participant.get("motivation", ""),
        )
    for position, link in enumerate(data.get("links", [])):
        ProjectLink.objects.create(project=project, position=position, **link)
    for update in data.get("updates", []):
        ProjectUpdate.objects.create(
            project=project,
            published_on=update["published_on"],
            author=person(update["author"]),
            text=update["text"],
        )


def load_proposal(agendas):
    """Create the member's proposal that waits for the trekkers, if it is missing."""
    proposal, created = Project.objects.get_or_create(
        slug=PROPOSAL["slug"],
        defaults={
            "title": PROPOSAL["title"],
            "summary": PROPOSAL["summary"],
            "aim": PROPOSAL["aim"],
            "proposal_note": PROPOSAL["proposal_note"],
            "status": Project.Status.IDEA,
            "review": Project.Review.PROPOSED,
            "proposed_by": person(PROPOSAL["proposed_by"]),
        },
    )
    if created:
        proposal.agendas.set([agendas[slug] for slug in PROPOSAL["agendas"]])


def load_theme(data):
    """Create the theme with its supporters, if it is missing."""
    meeting = meeting_on(data["meeting_on"]) if data.get("meeting_on") else None
    # Without the meeting (the meetings demo may be absent) the theme waits.
    status = data["status"] if meeting else Theme.Status.PROPOSED
    theme, created = Theme.objects.get_or_create(
        title=data["title"],
        defaults={
            "explanation": data["explanation"],
            "proposed_by": person(data["proposed_by"]),
            "meeting": meeting,
            "status": status,
            "discussed_at": meeting.ends_at if status == Theme.Status.DISCUSSED else None,
        },
    )
    if created:
        for key in data.get("supporters", []):
            ThemeSupport.objects.create(theme=theme, member=person(key))


def person(key) -> User:
    """Return the demo member named by `key`, creating the account if it is missing."""
    data = PEOPLE[key]
    return User.objects.filter(email=data["email"]).first() or ensure_account(**data)[0]


def meeting_on(day):
    """Return the first meeting on `day`, or None."""
    return Meeting.objects.filter(starts_at__date=day).order_by("starts_at").first()
