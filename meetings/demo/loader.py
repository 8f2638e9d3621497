"""Create the demo meetings with everything in them, each only when it is missing."""

from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.utils import timezone

from meetings.demo import meetings_2023, meetings_2024
from meetings.demo.dates import date_in_words
from meetings.demo.factsheet_pdf import factsheet_pdf, markdown_blocks
from meetings.demo.upcoming import upcoming_meetings
from meetings.models import (
    AgendaItem,
    Factsheet,
    FollowUp,
    Goal,
    GoodToKnow,
    Meeting,
    Reflection,
    Registration,
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
    load_registrations(now)


# Demo members registered for the next meeting, so "Deelnemers mailen", the reminders and the
# personal calendar feed on "Mijn gegevens" (log in as lid@example.org) have something to show.
DEMO_REGISTRANTS = ["lid@example.org", "anouk.bakker@example.org", "bram.visser@example.org"]


def load_registrations(now):
    """Register the demo members for the next meeting, once (no mails: nobody reads them)."""
    meeting = Meeting.objects.upcoming(now=now).first()
    if meeting is None or meeting.registrations.exists():
        return
    attendance = (
        Registration.Attendance.ON_SITE
        if meeting.offers_on_site
        else Registration.Attendance.ONLINE
    )
    for user in User.objects.filter(
        email__in=DEMO_REGISTRANTS, approval_status=User.ApprovalStatus.APPROVED
    ):
        Registration.objects.create(
            meeting=meeting,
            user=user,
            status=Registration.Status.CONFIRMED,
            attendance=attendance,
            registered_at=now,
        )


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
        load_factsheet(meeting, factsheet, data)
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


def load_factsheet(meeting, data, meeting_data):
    """Write the factsheet's PDF and create its row, if a factsheet with its slug is missing."""
    if Factsheet.objects.filter(slug=data["slug"]).exists():
        return
    # Under an unguessable name, like an upload in the admin.
    path = default_storage.save(
        factsheet_upload_to(None, f"{data['slug']}.pdf"),
        ContentFile(factsheet_pdf(data["title"], factsheet_blocks(meeting, data, meeting_data))),
    )
    Factsheet.objects.create(
        meeting=meeting,
        kind=Factsheet.Kind.FACTSHEET,
        file=path,
        published_on=timezone.localdate(meeting_data["report"]["published_at"]),
        **data,
    )


def factsheet_blocks(meeting, data, meeting_data):
    """Return the factsheet's text as the network writes them: goals, programme, the report."""
    report = meeting_data["report"]
    day = date_in_words(timezone.localdate(meeting.starts_at))
    blocks = [
        ("text", f"Leernetwerk Kind & Complexe Ouderrelaties \u2013 {meeting.title}, {day}"),
        ("text", data["description"]),
    ]
    if meeting_data.get("goals"):
        blocks += [("heading", "Doelen"), *(("bullet", goal) for goal in meeting_data["goals"])]
    if meeting_data.get("agenda"):
        blocks += [("heading", "Programma"), *(programme_line(i) for i in meeting_data["agenda"])]
    blocks += [("heading", "Samenvatting"), *markdown_blocks(report["summary"])]
    for group in report.get("subgroups", []):
        blocks += [("heading", f"{group['name']}: {group.get('topic', '')}".rstrip(": "))]
        blocks += markdown_blocks(group["points"])
    if report.get("reflections"):
        blocks += [("heading", "Reflectievragen")]
    for reflection in report.get("reflections", []):
        blocks += [
            ("bullet", reflection["question"]),
            *markdown_blocks(reflection.get("answers", "")),
        ]
    if report.get("follow_ups"):
        blocks += [("heading", "Vervolg")]
        for follow_up in report["follow_ups"]:
            owner = f" ({follow_up['owner']})" if follow_up.get("owner") else ""
            blocks += [("bullet", text + owner) for _, text in markdown_blocks(follow_up["action"])]
    for section in report.get("sections", []):
        blocks += [("heading", section["heading"]), *markdown_blocks(section["body"])]
    return blocks


def programme_line(item):
    """Return an agenda item as a bullet: its title, and who presents it."""
    presenter = ", ".join(
        part for part in (item.get("presenter_name"), item.get("presenter_organisation")) if part
    )
    return ("bullet", f"{item['title']} \u2013 {presenter}" if presenter else item["title"])
