"""The home page runs a fixed number of queries, whatever the amount of content."""

import datetime

import pytest
from django.utils import timezone

from meetings.models import AgendaItem, Registration
from projects.models import ThemeSupport
from tests.factories import make_user
from tests.home.test_glossary_block import established
from tests.meetings.factories import (
    make_factsheet,
    make_meeting,
    make_registration,
    make_report,
)
from tests.projects.factories import make_project, make_theme

pytestmark = [pytest.mark.django_db, pytest.mark.clock]


def fill(size, member):
    voters = [make_user(f"stemmer{number}@example.org") for number in range(3)]
    for number in range(size):
        established(f"begrip {number}", discouraged=[f"oud {number}", f"ouder {number}"])
        make_project(f"Project {number}")
        theme = make_theme(f"Thema {number}")
        for voter in voters:
            ThemeSupport.objects.create(theme=theme, member=voter)
        past = make_meeting(f"Bijeenkomst {number}", days_from_now=-10 - number)
        make_report(past, summary=f"Verslag {number} over triage.")
        make_factsheet(past, title=f"Factsheet {number}")
        upcoming = make_meeting(f"Kwartaalbijeenkomst {number}", days_from_now=5 + number)
        upcoming.capacity = 1
        upcoming.save()
        AgendaItem.objects.create(meeting=upcoming, title=f"Agendapunt {number}")
        for voter in voters:
            make_registration(
                upcoming,
                voter,
                status=Registration.Status.CONFIRMED if voter == voters[0] else "waiting",
                registered_at=timezone.now() - datetime.timedelta(minutes=voters.index(voter)),
            )
        make_registration(upcoming, member, status=Registration.Status.WAITING)


@pytest.mark.parametrize("size", [1, 20])
def test_home_page_runs_a_fixed_number_of_queries(
    client, member, member_client, get_within_budget, size
):
    fill(size, member)
    # The next meeting (with its confirmed count), the latest reports, the latest
    # factsheets, the highlighted term, its discouraged labels, running projects, proposed
    # themes, the latest news.
    get_within_budget(client, "/", 8)
    # A member adds the session, the account and the own registrations (with their places
    # on the waiting list).
    response = get_within_budget(member_client, "/", 11)
    content = response.content.decode()
    assert "Je staat op de wachtlijst, op plaats 3." in content
    assert content.count("op de wachtlijst, plaats 3") == min(size, 6)
