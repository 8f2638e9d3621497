"""Renaming a theme re-indexes what carries it: meetings, their reports, entries, projects."""

import pytest
from django.contrib.auth.models import AnonymousUser
from taggit.models import Tag

from search.query import search
from tests.glossary.factories import make_entry
from tests.meetings.factories import make_meeting, make_report
from tests.projects.factories import make_project

pytestmark = [pytest.mark.django_db, pytest.mark.clock]


def found_urls(query):
    return {hit.url for group in search(query, AnonymousUser()).groups for hit in group.hits}


def test_a_renamed_theme_finds_everything_that_carries_it_under_its_new_name():
    meeting = make_meeting("Kennissessie", days_from_now=-10)
    meeting.themes.add("omgangsregeling")
    report = make_report(meeting, published=True)
    entry = make_entry("zorgregeling", themes=["omgangsregeling"])
    project = make_project("Samen plannen", themes=["omgangsregeling"])
    assert found_urls("zorgverdeling") == set()

    tag = Tag.objects.get(name="omgangsregeling")
    tag.name = "zorgverdeling"
    tag.save()

    found = found_urls("zorgverdeling")
    assert meeting.get_absolute_url() in found
    assert report.get_absolute_url() in found
    assert entry.get_absolute_url() in found
    assert project.get_absolute_url() in found
    # The old name no longer finds them.
    assert not found & found_urls("omgangsregeling")
