"""Factories for meetings, reports, factsheets and registrations."""

from datetime import timedelta
from itertools import count

from django.core.files.uploadedfile import SimpleUploadedFile

from meetings.models import AgendaItem, Factsheet, Meeting, Registration, Report
from tests.factories import local_datetime
from tests.pdf_files import clean_pdf

_numbers = count(1)

PDF_BYTES = clean_pdf()


def make_meeting(title="Kwartaalbijeenkomst", *, days_from_now=14, hours=2, **fields):
    starts_at = fields.pop("starts_at", None) or local_datetime(days_from_now)
    number = next(_numbers)
    return Meeting.objects.create(
        title=title,
        slug=fields.pop("slug", f"bijeenkomst-{number}"),
        starts_at=starts_at,
        ends_at=fields.pop("ends_at", starts_at + timedelta(hours=hours)),
        **fields,
    )


def make_report(meeting=None, *, published=True, summary="Wat we bespraken.", **fields):
    meeting = meeting or make_meeting(days_from_now=-30)
    return Report.objects.create(
        meeting=meeting,
        status=Report.Status.PUBLISHED if published else Report.Status.DRAFT,
        summary=summary,
        **fields,
    )


def pdf_upload(name="factsheet.pdf", content=PDF_BYTES):
    return SimpleUploadedFile(name, content, content_type="application/pdf")


def make_factsheet(meeting=None, *, title="Factsheet", **fields):
    number = next(_numbers)
    return Factsheet.objects.create(
        meeting=meeting,
        title=title,
        slug=fields.pop("slug", f"factsheet-{number}"),
        file=fields.pop("file", pdf_upload()),
        **fields,
    )


def make_registration(meeting, user, *, status=Registration.Status.CONFIRMED, **fields):
    return Registration.objects.create(
        meeting=meeting,
        user=user,
        status=status,
        attendance=fields.pop("attendance", Registration.Attendance.ONLINE),
        **fields,
    )


def make_agenda_item(meeting, title="Presentatie", **fields):
    kind = fields.pop("kind", AgendaItem.Kind.PRESENTATION)
    return AgendaItem.objects.create(meeting=meeting, title=title, kind=kind, **fields)
