"""Create the demo meetings with everything in them, each only when it is missing."""

from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.utils import timezone

from meetings.demo import meetings_2023, meetings_2024
from meetings.demo.dates import date_in_words
from meetings.demo.factsheet_pdf import factsheet_pdf, wrap
from meetings.demo.upcoming import upcoming_meetings
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

TREKKER_EMAIL = "trekker@example.org"
SEEDED_MEETINGS = [*meetings_2023.MEETINGS, *meetings_2024.MEETINGS]
MEETING_FIELDS = [
    "title",
    "kind",
    "format",
    "starts_at",
    "ends_at",
    "venue",
    "address",
    "online_url",
    "capacity",
    "audience",
    "introduction",
]


def load(now=None):
    """Create the seeded and upcoming demo meetings that are missing."""
    now = now or timezone.now()
    author = User.objects.filter(email=TREKKER_EMAIL).first()
    for data in [*SEEDED_MEETINGS, *upcoming_meetings(now)]:
        load_meeting(data, now, author)


def load_meeting(data, now, author):
    """Create the meeting with its goals, agenda, report and factsheets, if it is missing."""
    status = Meeting.Status.HELD if data["ends_at"] < now else Meeting.Status.PLANNED
    meeting, created = Meeting.objects.get_or_create(
        slug=data["slug"],
        defaults={
            **{field: data[field] for field in MEETING_FIELDS if field in data},
            "status": status,
        },
    )
    if not created:
        return meeting
    meeting.themes.set(data.get("themes", []))
    create_children(meeting, Goal, [{"text": text} for text in data.get("goals", [])])
    create_children(meeting, AgendaItem, data.get("agenda", []))
    create_children(meeting, GoodToKnow, data.get("good_to_know", []))
    report = data.get("report")
    if report:
        load_report(meeting, report, author)
    for factsheet in data.get("factsheets", []):
        load_factsheet(meeting, factsheet, report["published_at"])
    return meeting


def load_report(meeting, data, author):
    """Create the meeting's published report with its subgroups, reflections and sections."""
    report = Report.objects.create(
        meeting=meeting,
        status=Report.Status.PUBLISHED,
        published_at=data["published_at"],
        summary=data["summary"],
        author=author,
    )
    create_children(report, Subgroup, data.get("subgroups", []), parent_field="report")
    create_children(report, Reflection, data.get("reflections", []), parent_field="report")
    create_children(report, FollowUp, data.get("follow_ups", []), parent_field="report")
    create_children(report, ReportSection, data.get("sections", []), parent_field="report")


def create_children(parent, model, rows, parent_field="meeting"):
    """Create the ordered children of a new `parent` from `rows` (dicts of model fields)."""
    # One by one: save() renders the Markdown fields.
    for position, values in enumerate(rows, start=1):
        model.objects.create(**{parent_field: parent, "position": position}, **values)


def load_factsheet(meeting, data, published_at):
    """Write the factsheet's PDF and create its row, if a factsheet with its slug is missing."""
    if Factsheet.objects.filter(slug=data["slug"]).exists():
        return
    lines = [
        "Leernetwerk Kind & Complexe Ouderrelaties",
        f"{meeting.title}, {date_in_words(timezone.localdate(meeting.starts_at))}",
        "",
        *wrap(data["description"]),
    ]
    # Under an unguessable name, like an upload in the admin.
    path = default_storage.save(
        factsheet_upload_to(None, f"{data['slug']}.pdf"),
        ContentFile(factsheet_pdf(data["title"], lines)),
    )
    Factsheet.objects.create(
        meeting=meeting,
        kind=Factsheet.Kind.FACTSHEET,
        file=path,
        published_on=timezone.localdate(published_at),
        **data,
    )
