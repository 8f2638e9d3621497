"""The demo content from the network's reports."""

from datetime import date

import pytest
from django.core.management import call_command
from django.utils import timezone

from projects.models import Agenda, Project, Theme


@pytest.fixture(autouse=True)
def _debug_on(settings):
    """load_demo only runs in development."""
    settings.DEBUG = True


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
def test_demo_themes_and_projects_are_linked_to_the_meetings_of_the_reports():
    # The meetings demo (loaded before projects) holds the meetings of the reports.
    call_command("load_demo", verbosity=0)
    triage = Theme.objects.get(title="Triage")
    assert triage.status == Theme.Status.DISCUSSED
    assert timezone.localdate(triage.meeting.starts_at) == date(2024, 1, 23)
    culture = Theme.objects.get(title="Cultuursensitief werken")
    assert timezone.localdate(culture.meeting.starts_at) == date(2023, 10, 2)
    language = Project.objects.get(slug="taal-rondom-scheiding")
    assert {timezone.localdate(meeting.starts_at) for meeting in language.meetings.all()} == {
        date(2023, 10, 2),
        date(2024, 9, 3),
    }
