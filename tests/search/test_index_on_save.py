"""The index follows every save and delete, through the registry of sources."""

import pytest
from django.contrib.auth.models import AnonymousUser, Group
from django.contrib.contenttypes.models import ContentType
from django.core.management import call_command

from members.models import User
from search.models import SearchDocument
from search.query import search
from search.registry import indexing_paused, rebuild_index
from tests.factories import make_user

pytestmark = pytest.mark.django_db


def document_of(obj):
    return SearchDocument.objects.filter(
        content_type=ContentType.objects.get_for_model(obj), object_id=obj.pk
    ).first()


def test_saved_object_is_findable_at_once(group_source):
    group = Group.objects.create(name="Cultuursensitief werken")
    assert document_of(group).title == "Cultuursensitief werken"
    hits = search("cultuursensitief", AnonymousUser()).groups[0].hits
    assert [hit.url for hit in hits] == [f"/g/{group.pk}/"]


def test_saves_while_indexing_is_paused_are_indexed_by_the_rebuild(group_source):
    with indexing_paused():
        group = Group.objects.create(name="Cultuursensitief werken")
    assert document_of(group) is None

    rebuild_index()

    assert document_of(group).title == "Cultuursensitief werken"


def test_changed_object_is_found_by_its_new_words_only(group_source):
    group = Group.objects.create(name="Triage")
    group.name = "Preventie"
    group.save()
    assert not search("triage", AnonymousUser()).counts
    assert search("preventie", AnonymousUser()).counts == {"theme": 1}


def test_object_that_must_not_be_found_leaves_the_index(group_source):
    group = Group.objects.create(name="Triage")
    group.name = "concept triage"
    group.save()
    assert document_of(group) is None
    assert not search("triage", AnonymousUser()).counts


def test_object_that_is_never_findable_never_enters_the_index(group_source):
    Group.objects.create(name="concept over scheiding")
    assert not SearchDocument.objects.exists()


def test_deleted_object_leaves_the_index(group_source):
    group = Group.objects.create(name="Triage")
    group.delete()
    assert not SearchDocument.objects.exists()


def test_many_to_many_change_updates_the_document_from_both_sides(user_source):
    group = Group.objects.create(name="Werkgroep triage")
    anna = make_user("anna@example.org", first_name="Anna")
    bram = make_user("bram@example.org", first_name="Bram")
    anna.groups.add(group)
    group.user_set.add(bram)
    assert "Werkgroep triage" in document_of(anna).labels
    assert "Werkgroep triage" in document_of(bram).labels
    anna.groups.remove(group)
    assert "Werkgroep triage" not in document_of(anna).labels


def test_change_to_a_dependent_reindexes_its_owners(user_source):
    group = Group.objects.create(name="Werkgroep triage")
    anna = make_user("anna@example.org", first_name="Anna")
    anna.groups.add(group)
    group.name = "Werkgroep preventie"
    group.save()
    assert "Werkgroep preventie" in document_of(anna).labels


def test_models_without_a_source_are_not_indexed():
    Group.objects.create(name="Triage")
    make_user("anna@example.org", first_name="Anna")
    assert not SearchDocument.objects.exists()


def test_update_command_indexes_existing_objects_and_drops_stale_documents(group_source):
    kept = Group.objects.create(name="Triage")
    # Changes that bypass save() (queryset updates, raw SQL, old data) are caught up.
    Group.objects.filter(pk=kept.pk).update(name="Preventie")
    Group.objects.bulk_create([Group(name="Ouderschapsplan"), Group(name="concept iets")])
    SearchDocument.objects.create(
        kind="theme", content_type=ContentType.objects.get_for_model(User), object_id=999,
        title="Weg", url="/weg/",
    )  # fmt: skip
    call_command("update_search_index", verbosity=0)
    titles = set(SearchDocument.objects.values_list("title", flat=True))
    assert {"Ouderschapsplan", "Preventie"} <= titles
    assert not titles & {"Triage", "concept iets", "Weg"}
    count = SearchDocument.objects.count()
    call_command("update_search_index", verbosity=0)
    assert SearchDocument.objects.count() == count
