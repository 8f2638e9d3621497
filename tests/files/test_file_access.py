"""Every kind of upload × every role: a file answers as the page it belongs to does."""

import pytest
from django.urls import reverse

from tests.files.conftest import ROLES
from tests.glossary.factories import make_entry

pytestmark = pytest.mark.django_db

OK, LOGIN, WAIT, GONE = 200, 302, 403, 404

# upload -> the answer per role, in the order of ROLES:
# anonymous, pending, member, another member, trekker.
EXPECTED = {
    "published factsheet": (OK, OK, OK, OK, OK),
    "unpublished factsheet": (GONE, GONE, GONE, GONE, OK),
    "published attachment": (OK, OK, OK, OK, OK),
    "unpublished attachment": (GONE, GONE, GONE, GONE, OK),
    "document of a public project": (OK, OK, OK, OK, OK),
    "document of the member's own proposal": (GONE, GONE, OK, GONE, OK),
    "document of a project still an idea": (GONE, GONE, GONE, GONE, OK),
    "photo of the member": (LOGIN, WAIT, OK, OK, OK),
    "photo of a hidden profile": (LOGIN, WAIT, GONE, GONE, OK),
    "image of an established entry": (OK, OK, OK, OK, OK),
    "image of a draft entry": (OK, OK, OK, OK, OK),
}
# Uploads anyone may see; shared caches may keep those, never the others.
PUBLIC = {
    "published factsheet",
    "published attachment",
    "document of a public project",
    "image of an established entry",
    "image of a draft entry",
}
CASES = [
    pytest.param(upload, role, status, id=f"{upload}-{role}")
    for upload, statuses in EXPECTED.items()
    for role, status in zip(ROLES, statuses, strict=True)
]


def stored_file(obj):
    """The upload's field file, whatever the model calls the field."""
    for name in ("file", "photo", "image"):
        if hasattr(obj, name):
            return getattr(obj, name)
    raise AssertionError(obj)


def expected_headers(obj):
    """(Content-Type, Content-Disposition) the upload is served with."""
    file = stored_file(obj)
    if file.field.name == "photo":
        return "image/jpeg", 'inline; filename="profielfoto.jpg"'
    if file.field.name == "image":
        return "image/png", f'inline; filename="{obj.slug}.png"'
    return "application/pdf", f'attachment; filename="{obj.download_name()}"'


def test_every_upload_kind_is_in_the_table(uploads):
    assert set(uploads) == set(EXPECTED)


@pytest.mark.parametrize(("upload", "role", "status"), CASES)
def test_file_answers_as_its_page_does(uploads, clients, upload, role, status):
    obj = uploads[upload]
    file = stored_file(obj)
    response = clients[role].get(file.url)
    assert response.status_code == status
    if status == LOGIN:
        assert response["Location"].startswith(reverse("account_login"))
    if status != OK:
        assert "Content-Disposition" not in response
        return
    content_type, disposition = expected_headers(obj)
    assert response["Content-Type"] == content_type
    assert response["Content-Disposition"] == disposition
    assert response["X-Content-Type-Options"] == "nosniff"
    cache_control = response["Cache-Control"]
    if upload in PUBLIC:
        assert cache_control.startswith("public")
    else:
        assert "private" in cache_control
        assert "no-store" in cache_control
    with file.open("rb") as stored:
        assert b"".join(response.streaming_content) == stored.read()


def test_trekker_preview_of_an_unpublished_factsheet_is_not_cached_publicly(uploads, clients):
    response = clients["trekker"].get(uploads["unpublished factsheet"].file.url)
    assert response.status_code == OK
    assert response["Cache-Control"] == "private, no-store"


def test_hidden_profile_owner_still_gets_their_own_photo(uploads, client):
    profile = uploads["photo of a hidden profile"]
    client.force_login(profile.user)
    assert client.get(profile.photo.url).status_code == OK


def test_upload_whose_file_is_gone_answers_404(uploads, clients):
    for obj in uploads.values():
        file = stored_file(obj)
        file.storage.delete(file.name)
        assert clients["trekker"].get(file.url).status_code == GONE, obj


def test_entry_without_an_image_answers_404(client):
    entry = make_entry("begrip zonder beeld")
    assert client.get(entry.get_image_url()).status_code == GONE
