"""The search page: its groups, counts, pagination links and query budget."""

import pytest

from leernetwerk.models import SearchDocument
from tests.search.factories import make_document

pytestmark = pytest.mark.django_db
Kind = SearchDocument.Kind


def fill_index(per_kind):
    for kind in Kind.values:
        for number in range(per_kind):
            make_document(
                f"{kind} {number} over triage",
                body="Wat we leerden over triage bij scheiding. " * 20,
                kind=kind,
                members_only=kind == Kind.MEMBER,
            )


def test_page_shows_groups_with_counts_and_links_to_each_kind(client):
    make_document("Triage", kind=Kind.TERM, url="/begrippen/triage/")
    for number in range(5):
        make_document(f"Verslag {number}", body="Over triage.", url=f"/verslag/{number}/")
    content = client.get("/zoeken/", {"q": "triage"}).content.decode()
    assert "6 resultaten voor ‘triage’" in content
    assert 'Begrippen <span class="search-kinds__count">(1)</span>' in content
    assert 'Verslagen <span class="search-kinds__count">(5)</span>' in content
    assert 'href="/begrippen/triage/"' in content
    assert 'href="?q=triage&amp;soort=report"' in content
    assert "Alle 5 resultaten bij verslagen" in content


def test_kind_page_links_to_the_next_page_keeping_the_query(client):
    for number in range(11):
        make_document(f"Verslag {number}", body="Over triage.")
    content = client.get("/zoeken/", {"q": "triage", "soort": "report"}).content.decode()
    assert 'aria-current="page">Verslagen' in content
    assert "Pagina 1 van 2" in content
    assert 'href="?q=triage&amp;soort=report&amp;page=2"' in content


@pytest.mark.parametrize("per_kind", [2, 40])
def test_search_runs_a_fixed_number_of_queries(client, member_client, get_within_budget, per_kind):
    fill_index(per_kind)
    # 1 ranking of every match (with the counts per kind), 1 for the shown hits and snippets.
    get_within_budget(client, "/zoeken/?q=triage", 2)
    get_within_budget(client, "/zoeken/?q=triage&soort=report", 2)
    # A page past the end ranks once more, for the last page.
    get_within_budget(client, "/zoeken/?q=triage&soort=report&page=999", 3)
    # A member adds the session and the account.
    response = get_within_budget(member_client, "/zoeken/?q=triage+scheid", 4)
    assert "alleen voor leden" in response.content.decode()
