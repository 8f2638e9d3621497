"""The demo content from the network's reports."""

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from django.core.management import call_command

from meetings.models import Meeting
from projects.models import Agenda, Project, Theme


@pytest.mark.django_db
def test_demo_has_the_three_agendas_and_the_projects_from_the_reports():
    call_command("load_demo", verbosity=0)
    assert list(Agenda.objects.values_list("name", flat=True)) == [
        "Veranderagenda",
        "Opleidingsagenda",
        "Onderzoek- en ontwikkelagenda",
    ]
    language = Project.objects.get(slug="taal-rondom-scheiding")
    assert language.status == Project.Status.FINISHED
    assert {link.url for link in language.links.all()} == {"/begrippen/", "/begrippen/tipsheet/"}
    triage = Project.objects.get(slug="conflictdiagnostiek-en-triage")
    assert "Triagelijst Scheiding" in triage.description_html
    assert Project.objects.public().count() >= 6
    assert Project.objects.proposals().filter(slug="jongeren-aan-het-woord").exists()
    assert {"Triage", "Cultuursensitief werken"} <= set(
        Theme.objects.values_list("title", flat=True)
    )


@pytest.mark.django_db
def test_demo_themes_are_linked_to_the_meetings_of_the_reports_when_they_exist():
    amsterdam = ZoneInfo("Europe/Amsterdam")
    for slug, day in [("oktober-2023", (2023, 10, 2)), ("januari-2024", (2024, 1, 23))]:
        starts_at = datetime(*day, 9, 30, tzinfo=amsterdam)
        Meeting.objects.create(
            title=slug, slug=slug, starts_at=starts_at, ends_at=starts_at + timedelta(hours=2)
        )
    call_command("load_demo", verbosity=0)
    triage = Theme.objects.get(title="Triage")
    assert triage.status == Theme.Status.DISCUSSED
    assert triage.meeting.slug == "januari-2024"
    assert Theme.objects.get(title="Cultuursensitief werken").meeting.slug == "oktober-2023"
    language = Project.objects.get(slug="taal-rondom-scheiding")
    assert set(language.meetings.values_list("slug", flat=True)) == {"oktober-2023"}
