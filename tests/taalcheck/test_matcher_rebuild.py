"""The matcher is built from the glossary once per process and rebuilt when it changes."""

import pytest

from glossary import taalcheck
from glossary.models import Label
from glossary.services import bump_glossary_version
from glossary.taalcheck import check_text, forget_matcher, get_matcher
from tests.taalcheck.factories import make_entry, make_network_glossary

pytestmark = pytest.mark.django_db


def terms(text):
    return [(finding.match, finding.term) for finding in check_text(text).findings]


def test_matcher_is_built_from_the_glossary(django_assert_num_queries):
    make_network_glossary()
    forget_matcher()
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
        kind=Label.Kind.DEPRECATED,
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


def test_the_cached_matcher_lives_in_this_process_only():
    make_network_glossary()
    get_matcher()
    assert taalcheck._current["matcher"] is not None
    forget_matcher()
    assert taalcheck._current["matcher"] is None
