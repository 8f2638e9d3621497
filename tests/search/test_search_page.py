"""The search page: its groups, counts, pagination links and query budget."""

import pytest

from meetings.models import AgendaItem
from search.models import SearchDocument
from tests.meetings.factories import make_factsheet, make_meeting, make_report
from tests.search.factories import make_document, make_entry

pytestmark = [pytest.mark.django_db, pytest.mark.clock]
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
    client.get("/zoeken/?q=triage")  # builds the glossary lookup index once per process
    # 1 ranking of every match (with the counts per kind), 1 for the shown hits and snippets,
    # 1 for the glossary version, as glossary entries are among the results (is the typed
    # word a discouraged term?).
    get_within_budget(client, "/zoeken/?q=triage", 3)
    get_within_budget(client, "/zoeken/?q=triage&soort=report", 3)
    # A page past the end ranks once more, for the last page.
    get_within_budget(client, "/zoeken/?q=triage&soort=report&page=999", 4)
    # A member adds the session and the account.
    response = get_within_budget(member_client, "/zoeken/?q=triage+scheid", 5)
    assert "alleen voor leden" in response.content.decode()


def fill_meetings(size):
    for number in range(size):
        meeting = make_meeting(f"Kwartaalbijeenkomst {number}", days_from_now=-10 - number)
        AgendaItem.objects.create(meeting=meeting, title=f"Triage in de praktijk {number}")
        make_report(meeting, summary=f"We bespraken triage bij scheiding ({number}).")
        make_factsheet(meeting, title=f"Factsheet triage {number}")


@pytest.mark.parametrize("size", [2, 30])
def test_search_over_meetings_runs_a_fixed_number_of_queries(client, get_within_budget, size):
    fill_meetings(size)
    make_entry("complexe scheidingsproblematiek", discouraged=["vechtscheiding"])
    client.get("/zoeken/?q=vechtscheiding")  # builds the glossary lookup index once
    # The ranking with the counts per kind, the shown hits with snippets; no glossary entry
    # matches, so no glossary lookup.
    response = get_within_budget(client, "/zoeken/?q=triage", 2)
    content = response.content.decode()
    for label in ["Verslagen", "Programmaonderdelen", "Factsheets"]:
        assert f'{label} <span class="search-kinds__count">({size})</span>' in content
    # With a glossary entry among the results: the glossary version too.
    response = get_within_budget(client, "/zoeken/?q=vechtscheiding", 3)
    assert "Gebruik liever:" in response.content.decode()
