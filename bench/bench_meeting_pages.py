"""Meeting pages speed: the list with a long archive, and a meeting with a large report.

Filled with 500 meetings (about forty times the demo; 12 of them ahead), 250 published
reports, themes on every meeting, and one meeting with 40 agenda items, 12 subgroups, 12
reflections, 20 factsheets and 60 registrations. Target: under 150 ms per page on one core.
Runs inside a transaction that is rolled back, so the database is left as it was.

The views are called directly, outside a request, so the glossary linker reads its version
once per linked block instead of once per request: the meeting page's query count here is
higher than in a real request (tests/meetings/test_pages.py holds that to its budget).
"""

from datetime import time as clock
from datetime import timedelta

from django.contrib.auth.models import AnonymousUser
from django.db import transaction
from django.utils import timezone

from bench.timing import measure_view
from meetings import views
from meetings.models import (
    AgendaItem,
    Factsheet,
    Meeting,
    Reflection,
    Registration,
    Report,
    Subgroup,
)
from members.models import User

TARGET_MS = 150
MEETINGS = 500
UPCOMING = 12
RUNS = 10


class _Rollback(Exception):
    pass


def _fill():
    now = timezone.now()
    meetings = []
    for number in range(MEETINGS):
        starts_at = now + timedelta(days=14 * (number - MEETINGS + UPCOMING))
        meeting = Meeting.objects.create(
            title=f"Bench-bijeenkomst {number}",
            slug=f"bench-bijeenkomst-{number}",
            kind=list(Meeting.Kind)[number % 4],
            starts_at=starts_at,
            ends_at=starts_at + timedelta(hours=2),
            capacity=40,
            introduction="Over **complexe scheidingsproblematiek** en triage.",
        )
        meeting.themes.add(f"bench-thema-{number % 10}", "bench-triage")
        meetings.append(meeting)
    Report.objects.bulk_create(
        Report(
            meeting=meeting,
            status=Report.Status.PUBLISHED,
            published_at=now - timedelta(days=1),
            summary_html="<p>Wat we bespraken over contactverlies en triage.</p>" * 20,
        )
        for meeting in meetings[:MEETINGS:2]
        if meeting.ends_at < now
    )
    big = meetings[0]
    report = big.report
    people = User.objects.bulk_create(
        User(email=f"bench-meeting{n}@example.org", approval_status=User.ApprovalStatus.APPROVED)
        for n in range(60)
    )
    Registration.objects.bulk_create(
        Registration(meeting=big, user=person, status="confirmed", attendance="online")
        for person in people
    )
    AgendaItem.objects.bulk_create(
        AgendaItem(meeting=big, position=n, starts_at=clock(10, n % 60), title=f"Punt {n}",
                   presenter_name="Bench Presentator", description_html="<p>Toelichting.</p>")
        for n in range(40)
    )  # fmt: skip
    Subgroup.objects.bulk_create(
        Subgroup(report=report, position=n, name=f"Groep {n}", points_html="<ul><li>Punt</li></ul>")
        for n in range(12)
    )  # fmt: skip
    Reflection.objects.bulk_create(
        Reflection(report=report, position=n, question=f"Vraag {n}?", answers_html="<p>Ja.</p>")
        for n in range(12)
    )  # fmt: skip
    Factsheet.objects.bulk_create(
        Factsheet(meeting=big, title=f"Factsheet {n}", slug=f"bench-factsheet-{n}",
                  file=f"factsheets/bench-{n}.pdf", size=200_000)
        for n in range(20)
    )  # fmt: skip
    return people[0], big


def run() -> list[str]:
    lines = []
    try:
        with transaction.atomic():
            member, meeting = _fill()
            filtered = "/bijeenkomsten/?thema=bench-triage&page=3"
            pages = [
                ("meeting list", views.meeting_list, "/bijeenkomsten/", ()),
                ("meeting list, filtered, page 3", views.meeting_list, filtered, ()),
                ("meeting page", views.meeting_detail, meeting.get_absolute_url(), (meeting.slug,)),
            ]
            for viewer_label, viewer in [("visitor", AnonymousUser()), ("member", member)]:
                for label, view, path, args in pages:
                    median, queries = measure_view(view, path, viewer, *args, runs=RUNS)
                    verdict = "ok" if median < TARGET_MS else "SLOWER THAN TARGET"
                    lines.append(
                        f"{label} as {viewer_label}, {MEETINGS} meetings: median {median:.1f} ms, "
                        f"{queries} queries (target < {TARGET_MS} ms: {verdict})"
                    )
            raise _Rollback
    except _Rollback:
        pass
    return lines
