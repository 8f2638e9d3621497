"""What the search index must never hold about projects and themes: names, refused ideas.

The sources themselves are tested in tests/search/test_sources_projects.py; these tests add
the members-only rules and the index following deletions and renamed meetings.
"""

import pytest
from django.contrib.auth.models import AnonymousUser

from projects.models import Project, ProjectUpdate
from projects.services import decline_proposal, schedule_theme
from search.models import SearchDocument
from search.query import search
from tests.projects.factories import make_meeting, make_project, make_theme

pytestmark = pytest.mark.django_db


def hits(query, kind, user=None):
    results = search(query, user or AnonymousUser(), kind=kind)
    return [hit.title for hit in results.page.object_list] if results.page else []


def indexed_text(kind):
    return " ".join(
        f"{document.title} {document.labels} {document.body}"
        for document in SearchDocument.objects.filter(kind=kind)
    )


def test_names_of_trekkers_participants_and_authors_are_never_indexed(running_project, member):
    running_project.participations.create(member=member, motivation="Ik doe mee.")
    ProjectUpdate.objects.create(project=running_project, text="We zijn gestart.", author=member)
    running_project.save()

    text = indexed_text(SearchDocument.Kind.PROJECT)
    assert "gestart" in text  # the update is indexed, its author is not
    for name in ["Pim", "Projecttrekker", "Lotte", "de Lid", "example.org", "Ik doe mee"]:
        assert name not in text, name


def test_declined_proposals_are_never_found_by_anyone(member, trekker):
    proposal = make_project(
        "Beelden in gesprekken",
        status=Project.Status.IDEA,
        review=Project.Review.PROPOSED,
        proposed_by=member,
    )

    decline_proposal(proposal)

    for user in (AnonymousUser(), member, trekker):
        assert hits("beelden", SearchDocument.Kind.PROJECT, user) == []


def test_deleted_project_leaves_the_index(running_project):
    running_project.delete()

    assert not SearchDocument.objects.filter(kind=SearchDocument.Kind.PROJECT).exists()


def test_renamed_meeting_updates_the_themes_on_its_agenda():
    meeting = make_meeting("Kwartaalbijeenkomst januari")
    schedule_theme(make_theme("Triage"), meeting)

    meeting.title = "Live bijeenkomst in de Smulhoeve"
    meeting.save()

    assert hits("smulhoeve", SearchDocument.Kind.THEME) == ["Triage"]
