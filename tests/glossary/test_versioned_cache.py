"""Structures built from the glossary are kept per process and built again after a change."""

import pytest

from glossary.lookup import get_index, lookup
from glossary.models import Label
from glossary.services import bump_glossary_version
from glossary.taalcheck.check import get_matcher
from glossary.versioned_cache import cached_for_version, forget
from tests.glossary.factories import make_entry
from tests.glossary.in_request import during_a_request

pytestmark = pytest.mark.django_db


class Builds:
    """A build function that counts how often it ran."""

    def __init__(self):
        self.count = 0

    def __call__(self):
        self.count += 1
        return object()


def test_a_kept_structure_is_built_once_until_the_glossary_changes():
    forget()
    build = Builds()
    first = cached_for_version("test-structure", build)
    assert cached_for_version("test-structure", build) is first
    assert build.count == 1
    bump_glossary_version()
    assert cached_for_version("test-structure", build) is not first
    assert build.count == 2


def test_structures_under_different_names_are_kept_apart():
    forget()
    one, other = Builds(), Builds()
    assert cached_for_version("test-one", one) is not cached_for_version("test-other", other)
    assert (one.count, other.count) == (1, 1)


def test_the_lookup_index_and_the_matcher_read_the_version_once_per_request(
    django_assert_num_queries,
):
    make_entry("contactverlies", discouraged=["ouderverstoting"])
    get_index()
    get_matcher()
    # Queries: the glossary version, once for the whole request, for both structures.
    with during_a_request(), django_assert_num_queries(1):
        assert lookup("ouderverstoting").best.slug == "contactverlies"
        assert [finding.term for finding in get_matcher().find("Ouderverstoting.")] == [
            "contactverlies"
        ]


def test_the_lookup_index_picks_up_a_change_made_by_another_process():
    make_entry("contactverlies", discouraged=["ouderverstoting"])
    assert lookup("ouderverstoting").best.slug == "contactverlies"
    # A queryset update sends no signals: it stands in for a change made by another process,
    # which this process only notices through the version counter.
    Label.objects.filter(text="ouderverstoting").update(text="ouderonthechting")
    assert lookup("ouderverstoting").best.slug == "contactverlies"
    bump_glossary_version()
    assert lookup("ouderverstoting").outcome != "found"
    assert lookup("ouderonthechting").best.slug == "contactverlies"
