"""The admin speaks Dutch: every page that a trekker or a superuser opens."""

import re

import pytest
from django.contrib import admin
from django.urls import reverse

from tests.security.world import build_once, build_world, first_object_of, logged_in_client

pytestmark = [pytest.mark.django_db, pytest.mark.clock]

# English that Django, taggit or allauth would show where the portal has no Dutch of its own.
ENGLISH = re.compile(
    r"\b(Created|Updated|Add|Save|Delete|Change|View|Tags?|Taggit|Model name|Merge|Slug|"
    r"tagged|Object|Last used|User|Type|Search|History|Select|Name|MFA)\b"
)


@pytest.fixture(scope="module")
def world(django_db_setup, django_db_blocker, tmp_path_factory):
    yield from build_once(django_db_blocker, tmp_path_factory.mktemp("media"), build_world)


def visible_text(html: str) -> str:
    """The words a reader sees or hears: no scripts, no options of a select (see below)."""
    # A group's permissions are rows Django names in English ("Can add meeting"), for
    # superusers only; the lists of choices are the portal's own data otherwise.
    html = re.sub(r"<(script|select)\b.*?</\1>", " ", html, flags=re.S)
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html))


def admin_pages(world):
    """Yield the index, every app page and every generated page of every registered model."""
    yield reverse("admin:index")
    for app_label in sorted({model._meta.app_label for model in admin.site._registry}):
        yield reverse("admin:app_list", args=[app_label])
    for model in admin.site._registry:
        name = f"admin:{model._meta.app_label}_{model._meta.model_name}"
        yield reverse(f"{name}_changelist")
        yield reverse(f"{name}_add")
        yield reverse(f"{name}_change", args=[first_object_of(model).pk])


@pytest.mark.parametrize("role", ["trekker", "superuser"])
def test_no_admin_page_shows_english(world, role):
    client = logged_in_client(world.users[role])
    english = {}
    for url in admin_pages(world):
        response = client.get(url)
        if response.status_code in {403, 404}:
            continue  # not for this role (the matrix says which)
        assert response.status_code == 200, url
        found = set(ENGLISH.findall(visible_text(response.content.decode())))
        if found:
            english[url] = sorted(found)
    assert english == {}
