"""Members-only documents are found by approved members only."""

from datetime import timedelta

import pytest
from django.test import Client
from django.utils import timezone

from search.models import SearchDocument
from tests.search.factories import make_document

pytestmark = [pytest.mark.django_db, pytest.mark.clock]


@pytest.fixture
def documents(db):
    make_document("Verslag over triage", body="Openbaar verslag.")
    make_document(
        "Marieke Voorbeeld", body="Werkt aan triage.", kind=SearchDocument.Kind.MEMBER,
        members_only=True, url="/leden/marieke/",
    )  # fmt: skip


def test_anonymous_visitor_never_sees_members_only_documents(client, documents):
    content = client.get("/zoeken/", {"q": "triage"}).content.decode()
    assert "Verslag over triage" in content
    assert "Marieke" not in content
    assert "/leden/marieke/" not in content
    assert "Leden (" not in content


def test_pending_account_never_sees_members_only_documents(pending_client, documents):
    content = pending_client.get("/zoeken/", {"q": "triage"}).content.decode()
    assert "Verslag over triage" in content
    assert "Marieke" not in content


def test_members_only_kind_stays_empty_for_anonymous_visitors(client, documents):
    content = client.get("/zoeken/", {"q": "triage", "soort": "member"}).content.decode()
    assert "Marieke" not in content


def test_approved_member_sees_members_only_documents_marked_as_such(member_client, documents):
    content = member_client.get("/zoeken/", {"q": "triage"}).content.decode()
    assert "Verslag over triage" in content
    assert "Marieke Voorbeeld" in content
    assert "alleen voor leden" in content


def test_trekker_sees_members_only_documents(trekker_client, documents):
    content = trekker_client.get("/zoeken/", {"q": "marieke"}).content.decode()
    assert "Marieke Voorbeeld" in content


def test_inactive_member_is_treated_as_a_visitor(member, member_client, documents):
    member.is_active = False
    member.save()
    content = member_client.get("/zoeken/", {"q": "triage"}).content.decode()
    assert "Marieke" not in content


def test_document_with_a_later_publication_moment_is_found_only_from_then(member_client):
    now = timezone.now()
    make_document("Verslag van later", body="Over triage.", visible_from=now + timedelta(hours=1))
    make_document("Verslag van nu", body="Over triage.", visible_from=now - timedelta(minutes=1))
    for client_ in (Client(), member_client):
        content = client_.get("/zoeken/", {"q": "triage"}).content.decode()
        assert "Verslag van nu" in content
        assert "Verslag van later" not in content
