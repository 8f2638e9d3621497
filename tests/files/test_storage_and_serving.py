"""No public media path, unguessable stored names, hand-off to the web server, links to views."""

import importlib
import re

import pytest
from django.contrib import admin
from django.core.files.base import ContentFile
from django.urls import clear_url_caches, reverse

import leernetwerk.urls
from tests.files.conftest import image_bytes
from tests.glossary.factories import make_entry

pytestmark = pytest.mark.django_db

RANDOM_NAME = re.compile(r"^(?P<folder>[a-z/]+)/(?P<token>[A-Za-z0-9_-]{24})(?P<ext>\.[a-z]+)?$")


@pytest.fixture
def urls_built_with_debug_on(settings):
    """The URL conf as `runserver` builds it with DEBUG on; restored afterwards."""
    settings.DEBUG = True
    admin_login = admin.site.login
    importlib.reload(leernetwerk.urls)
    clear_url_caches()
    yield
    settings.DEBUG = False
    importlib.reload(leernetwerk.urls)
    admin.site.login = admin_login
    clear_url_caches()


def test_media_paths_answer_404_even_with_debug_on(urls_built_with_debug_on, uploads, client):
    for obj in uploads.values():
        for name in ("file", "photo", "image"):
            file = getattr(obj, name, None)
            if file:
                assert file.storage.exists(file.name)
                assert client.get(f"/media/{file.name}").status_code == 404, file.name


def test_stored_names_are_random_and_say_nothing_about_the_upload(uploads):
    folders = {
        "published factsheet": "factsheets",
        "document of a public project": "projects/documents",
        "photo of the member": "profielfoto",
        "image of an established entry": "begrippen",
    }
    for upload, folder in folders.items():
        obj = uploads[upload]
        file = next(getattr(obj, n) for n in ("file", "photo", "image") if hasattr(obj, n))
        match = RANDOM_NAME.match(file.name)
        assert match, file.name
        assert match["folder"] == folder
        for telling in ("triagelijst", "factsheet-triage", "praat-erover", "begrip-met"):
            assert telling not in file.name.lower()


def test_two_uploads_with_the_same_name_get_different_random_names():
    first, second = make_entry("eerste begrip"), make_entry("tweede begrip")
    for entry in (first, second):
        entry.image.save("beeld.png", ContentFile(image_bytes()))
    assert first.image.name != second.image.name


def test_a_stored_file_of_another_type_goes_out_as_a_download_of_bytes(client, settings):
    entry = make_entry("begrip met oud bestand")
    # As an old upload under a name of its own could be: HTML must never render on our domain.
    entry.image.name = entry.image.storage.save("begrippen/oud.html", ContentFile(b"<script>"))
    entry.save()
    response = client.get(entry.get_image_url())
    assert response.status_code == 200
    assert response["Content-Type"] == "application/octet-stream"
    assert response["Content-Disposition"].startswith("attachment;")
    assert response["X-Content-Type-Options"] == "nosniff"


def test_with_the_accel_setting_the_web_server_sends_the_body(uploads, clients, settings):
    settings.PROTECTED_FILES_ACCEL_PREFIX = "/beschermd/"
    factsheet = uploads["published factsheet"]
    response = clients["anonymous"].get(factsheet.file.url)
    assert response.status_code == 200
    assert response["X-Accel-Redirect"] == f"/beschermd/{factsheet.file.name}"
    assert response.content == b""
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"] == f'attachment; filename="{factsheet.slug}.pdf"'
    assert response["X-Content-Type-Options"] == "nosniff"


def test_with_the_accel_setting_the_rules_still_come_first(uploads, clients, settings):
    settings.PROTECTED_FILES_ACCEL_PREFIX = "/beschermd/"
    unpublished = uploads["unpublished factsheet"]
    photo = uploads["photo of the member"]
    response = clients["anonymous"].get(unpublished.file.url)
    assert response.status_code == 404
    assert "X-Accel-Redirect" not in response
    assert "X-Accel-Redirect" not in clients["anonymous"].get(photo.photo.url)
    private = clients["another_member"].get(photo.photo.url)
    assert private["X-Accel-Redirect"] == f"/beschermd/{photo.photo.name}"
    assert private["Cache-Control"] == "private, no-store"
    photo.photo.storage.delete(photo.photo.name)
    assert clients["another_member"].get(photo.photo.url).status_code == 404


def test_pages_and_exports_link_to_the_views_not_to_media(uploads, clients):
    factsheet = uploads["published factsheet"]
    document = uploads["document of a public project"]
    profile = uploads["photo of the member"]
    entry = uploads["image of an established entry"]
    pages = {
        factsheet.meeting.get_absolute_url(): factsheet.get_absolute_url(),
        reverse("meetings:factsheets"): factsheet.get_absolute_url(),
        document.project.get_absolute_url(): document.get_absolute_url(),
        profile.get_absolute_url(): profile.get_photo_url(),
        entry.get_absolute_url(): entry.get_image_url(),
        reverse("glossary:export", args=["jsonld"]): entry.get_image_url(),
        reverse("glossary:export", args=["ttl"]): entry.get_image_url(),
    }
    for page, file_url in pages.items():
        html = clients["another_member"].get(page).content.decode()
        assert file_url in html, page
        assert "/media/" not in html, page


def test_admin_change_forms_link_to_the_views_not_to_media(uploads, clients):
    factsheet = uploads["published factsheet"]
    document = uploads["document of a public project"]
    profile = uploads["photo of the member"]
    entry = uploads["image of an established entry"]
    pages = {
        reverse("admin:meetings_factsheet_change", args=[factsheet.pk]): factsheet.file.url,
        reverse("admin:meetings_meeting_change", args=[factsheet.meeting_id]): (factsheet.file.url),
        reverse("admin:projects_project_change", args=[document.project_id]): document.file.url,
        reverse("admin:members_user_change", args=[profile.user_id]): profile.photo.url,
        reverse("admin:glossary_entry_change", args=[entry.pk]): entry.image.url,
    }
    for page, file_url in pages.items():
        response = clients["trekker"].get(page)
        assert response.status_code == 200, page
        html = response.content.decode()
        assert f'href="{file_url}"' in html, page
        assert "/media/" not in html, page


def test_file_url_is_the_view_for_every_kind(uploads):
    assert uploads["published factsheet"].file.url.startswith("/bijeenkomsten/factsheets/")
    assert uploads["document of a public project"].file.url.startswith("/projecten/")
    assert uploads["photo of the member"].photo.url.startswith("/leden/")
    assert uploads["image of a draft entry"].image.url.startswith("/begrippen/")
