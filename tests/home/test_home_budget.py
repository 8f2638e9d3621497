"""The home page runs a fixed number of queries, whatever the amount of content."""

import pytest

from projects.models import ThemeSupport
from tests.factories import make_user
from tests.home.test_glossary_block import established
from tests.projects.factories import make_project, make_theme

pytestmark = pytest.mark.django_db


def fill(size):
    voters = [make_user(f"stemmer{number}@example.org") for number in range(3)]
    for number in range(size):
        established(f"begrip {number}", deprecated=[f"oud {number}", f"ouder {number}"])
        make_project(f"Project {number}")
        theme = make_theme(f"Thema {number}")
        for voter in voters:
            ThemeSupport.objects.create(theme=theme, member=voter)


@pytest.mark.parametrize("size", [1, 20])
def test_home_page_runs_a_fixed_number_of_queries(client, member_client, get_within_budget, size):
    fill(size)
    # The highlighted term, its discouraged labels, running projects, proposed themes.
    get_within_budget(client, "/", 4)
    # A member adds the session and the account.
    get_within_budget(member_client, "/", 6)
