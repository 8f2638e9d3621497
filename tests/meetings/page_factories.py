"""Meetings filled the way the pages show them: a full programme, report and factsheets."""

from datetime import time, timedelta

from django.utils import timezone

from meetings.models import Factsheet, Meeting
from tests.factories import make_user
from tests.meetings.factories import make_factsheet, make_meeting, make_registration, make_report
from tests.members.factories import make_profile


def make_listed_meeting(title, *, days_from_now, themes=(), **fields):
    """Return a meeting with themes, `days_from_now` days away (negative: in the past)."""
    meeting = make_meeting(title, days_from_now=days_from_now, **fields)
    if themes:
        meeting.themes.set(list(themes))
    return meeting


def make_full_meeting(size=3, *, days_from_now=-30, published=True, **fields):
    """Return a meeting with `size` goals, agenda items, subgroups, reflections, follow-ups,
    free sections, factsheets, "Goed te weten" links and confirmed registrations."""
    meeting = make_listed_meeting(
        "Kwartaalbijeenkomst over triage",
        days_from_now=days_from_now,
        themes=["triage", "taal"],
        introduction="We bespreken **triage** bij complexe scheidingsproblematiek.",
        venue="De Smulhoeve",
        address="Dorpsstraat 1, Gouda",
        audience="Alle leden",
        format=Meeting.Format.HYBRID,
        online_url="https://meet.example.org/lnw-geheim",
        **fields,
    )
    presenter = make_profile(
        email=f"presentator-{meeting.pk}@example.org", first_name="Pien", last_name="Presentator"
    )
    for number in range(size):
        meeting.goals.create(position=number, text=f"Doel over onderwerp {number}")
        meeting.agenda_items.create(
            position=number,
            starts_at=time(10, number % 60),
            title=f"Agendapunt {number}",
            presenter_name="Pien Presentator",
            presenter_organisation="Veilig Thuis",
            presenter_profile=presenter,
            description="Over de *MASIC*.",
        )
        meeting.good_to_know.create(
            position=number, title=f"Congres {number}", url="https://example.org/congres"
        )
        make_factsheet(meeting, title=f"Factsheet {number}")
        make_registration(
            meeting, make_user(f"deelnemer-{meeting.pk}-{number}@example.org", password=None)
        )
    report = make_report(
        meeting,
        published=published,
        summary="We spraken over **contactverlies** en triage.",
        published_at=timezone.now() - timedelta(days=1) if published else None,
    )
    for number in range(size):
        report.subgroups.create(
            position=number, name=f"Groep {number + 1}", topic="Reikwijdte", points="- Punt"
        )
        report.reflections.create(
            position=number, question=f"Vraag {number}?", answers="- Een antwoord"
        )
        report.follow_ups.create(position=number, action="Een vervolgstap", owner="De trekkers")
        report.sections.create(position=number, heading=f"Onderdeel {number}", body="Tekst.")
    return meeting


def unpublished_factsheet(meeting=None, **fields):
    return make_factsheet(
        meeting,
        title="Factsheet van later",
        published_on=timezone.localdate() + timedelta(days=7),
        kind=Factsheet.Kind.FACTSHEET,
        **fields,
    )
