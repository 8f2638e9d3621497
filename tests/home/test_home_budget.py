"""The home page runs a fixed number of queries, whatever the amount of content."""

import pytest

from tests.home.test_glossary_block import established

pytestmark = pytest.mark.django_db


def fill(size):
    for number in range(size):
        established(f"begrip {number}", deprecated=[f"oud {number}", f"ouder {number}"])


@pytest.mark.parametrize("size", [1, 30])
def test_home_page_runs_a_fixed_number_of_queries(client, member_client, get_within_budget, size):
    fill(size)
    # The highlighted term, its discouraged labels.
    get_within_budget(client, "/", 2)
    # A member adds the session and the account.
    get_within_budget(member_client, "/", 4)
