"""The matcher is built from the glossary once per process and rebuilt when it changes."""

import pytest

from glossary.models import Label
from glossary.services import bump_glossary_version
from glossary.taalcheck.check import check_text, get_matcher
from glossary.versioned_cache import forget
from tests.glossary.in_request import during_a_request
from tests.taalcheck.factories import make_entry, make_network_glossary

pytestmark = pytest.mark.django_db


def terms(text):
    return [(finding.match, finding.term) for finding in check_text(text).findings]


def test_matcher_is_built_from_the_glossary(django_assert_num_queries):
    make_network_glossary()
    forget()
    # Queries: the version counter; the labels joined with their entries.
    with django_assert_num_queries(2):
        matcher = get_matcher()
    assert [f.preferred for f in matcher.find("Een vechtscheiding en PAS.")] == [
        "complexe scheidingsproblematiek",
        "contactverlies",
    ]
    entry = matcher.entry("contactverlies")
    assert entry.url == "/begrippen/contactverlies/"
    assert entry.definition == "Een kind ziet een ouder niet of nauwelijks meer."
    assert entry.linkable == ("contactverlies",)


def test_unchanged_glossary_reuses_the_built_matcher(django_assert_num_queries):
    make_network_glossary()
    first = get_matcher()
    # Queries: only the version counter.
    with django_assert_num_queries(1):
        assert get_matcher() is first


def test_new_discouraged_term_is_found_after_the_glossary_changes():
    entries = make_network_glossary()
    assert terms("Kinderen uit een gebroken gezin.") == []
    Label.objects.create(
        entry=entries[0],
        text="gebroken gezin",
        kind=Label.Kind.DISCOURAGED,
        reason="Klinkt als een oordeel.",
        source="Begrippenkader",
    )
    assert terms("Kinderen uit een gebroken gezin.") == [
        ("gebroken gezin", "complexe-scheidingsproblematiek")
    ]


def test_removed_discouraged_term_is_no_longer_found():
    make_network_glossary()
    assert terms("Ouderverstoting.") == [("Ouderverstoting", "contactverlies")]
    Label.objects.filter(text="ouderverstoting").delete()  # a bulk delete sends signals too
    assert terms("Ouderverstoting.") == []


def test_change_made_by_another_process_is_picked_up_through_the_version_counter():
    make_network_glossary()
    assert terms("Een vechtscheiding.") != []
    # Another process changes the glossary: this process gets no signal, only sees the
    # counter move. A queryset update sends no signals, so it stands in for that process.
    Label.objects.filter(text="vechtscheiding").update(text="strijdscheiding")
    assert terms("Een vechtscheiding.") != []  # still the matcher this process built
    bump_glossary_version()
    assert terms("Een vechtscheiding.") == []
    assert terms("Een strijdscheiding.") == [("strijdscheiding", "complexe-scheidingsproblematiek")]


def test_new_entry_with_an_abbreviation_is_matched_only_as_written():
    make_entry(
        "kind-in-de-knel",
        "kind in de knel",
        discouraged=[("KOPP", "Een label dat het kind niet helpt.")],
    )
    assert terms("Een KOPP-kind; kopp is geen woord.") == [("KOPP-kind", "kind-in-de-knel")]


def test_forgetting_the_kept_structures_builds_a_new_matcher(django_assert_num_queries):
    make_network_glossary()
    first = get_matcher()
    forget()
    # Queries: the version counter; the labels joined with their entries.
    with django_assert_num_queries(2):
        assert get_matcher() is not first


def test_version_is_read_once_per_request_however_often_the_matcher_is_used(
    django_assert_num_queries,
):
    make_network_glossary()
    get_matcher()
    # Queries: the version counter, once for the whole request.
    with during_a_request(), django_assert_num_queries(1):
        for _ in range(5):
            get_matcher()
    # Queries: outside a request every use reads the counter again.
    with django_assert_num_queries(2):
        get_matcher()
        get_matcher()


def test_change_within_a_request_is_seen_by_the_next_use_in_that_request():
    entries = make_network_glossary()
    with during_a_request():
        assert terms("Een gebroken gezin.") == []
        Label.objects.create(
            entry=entries[0],
            text="gebroken gezin",
            kind=Label.Kind.DISCOURAGED,
            reason="Klinkt als een oordeel.",
            source="Begrippenkader",
        )
        assert terms("Een gebroken gezin.") == [
            ("gebroken gezin", "complexe-scheidingsproblematiek")
        ]
