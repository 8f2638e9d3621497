"""Two gunicorn instances on one database, one cache and one upload folder behave as one site.

As with two app servers behind one nginx: a login on A is valid on B, failed logins spent on A
lock the account on B, and a photo uploaded through A is served by B. The cache is Redis at
REDIS_TEST_URL (CI sets it) with REDIS_URL, as in a scaled-out production; without that
variable both instances share PostgreSQL's cache table, the default, which is shared as well.
"""

import os
import secrets

import pytest
import redis
from django.core.files.uploadedfile import SimpleUploadedFile

from members.models import Profile
from tests.factories import make_user
from tests.image_files import image_bytes
from tests.members.test_photos import profile_data
from tests.operations.gunicorn import Browser, Portal, use_production_password

pytestmark = [pytest.mark.operations, pytest.mark.django_db(transaction=True)]

REDIS_TEST_URL = os.environ.get("REDIS_TEST_URL", "")
# allauth's default: five failed logins per account within five minutes.
FAILED_LOGINS_ALLOWED = 5
TOO_MANY_ATTEMPTS = "Te veel inlogpogingen"


@pytest.fixture(scope="module")
def shared_media(tmp_path_factory):
    return tmp_path_factory.mktemp("shared-media")


@pytest.fixture(scope="module")
def instances(django_db_setup, collected_static, shared_media, tmp_path_factory):
    """Instances A and B, started side by side with the same settings."""
    static_root, _ = collected_static
    logs = tmp_path_factory.mktemp("gunicorn")
    # Every app server of one site needs the same SECRET_KEY: it signs the sessions' checks.
    shared = {
        "SECRET_KEY": secrets.token_urlsafe(50),
        "STATIC_ROOT": static_root,
        "MEDIA_ROOT": shared_media,
    }
    if REDIS_TEST_URL:
        shared["REDIS_URL"] = REDIS_TEST_URL
    a, b = Portal(logs / "a.log", **shared), Portal(logs / "b.log", **shared)
    try:
        a.start()
        b.start()
        yield a.wait_until_ready(), b.wait_until_ready()
    finally:
        a.stop()
        b.stop()


@pytest.fixture(autouse=True)
def _no_limits_spent():
    """The instances' Redis starts empty (the test database's cache table is emptied anyway)."""
    if REDIS_TEST_URL:
        redis.Redis.from_url(REDIS_TEST_URL).flushdb()


@pytest.fixture
def members(db):
    people = [make_user(f"lid{number}@example.org") for number in (1, 2)]
    for person in people:
        use_production_password(person)
    return people


def test_a_login_on_one_instance_is_valid_on_the_other(instances, members):
    a, b = instances
    browser = Browser(a)

    assert browser.log_in(members[0].email).status == 302

    assert browser.on(b).get("/leden/mijn-gegevens/").status == 200
    assert Browser(b).get("/leden/mijn-gegevens/").status == 302


def test_failed_logins_on_one_instance_lock_the_account_on_the_other(instances, members):
    a, b = instances
    attacker = Browser(a)
    for _ in range(FAILED_LOGINS_ALLOWED):
        assert attacker.log_in(members[0].email, "niet-het-wachtwoord").status == 200

    refused = Browser(b).log_in(members[0].email)

    assert refused.status == 200
    assert TOO_MANY_ATTEMPTS in refused.text
    # Another account is not locked on B: the limit counts per account.
    assert Browser(b).log_in(members[1].email).status == 302


def test_a_photo_uploaded_through_one_instance_is_served_by_the_other(
    instances, members, shared_media
):
    a, b = instances
    owner, colleague = members
    uploader = Browser(a)
    assert uploader.log_in(owner.email).status == 302

    saved = uploader.post_form(
        "/leden/mijn-profiel/bewerken/",
        profile_data(),
        files={"photo": SimpleUploadedFile("foto.jpg", image_bytes(size=(400, 300)))},
    )

    assert saved.status == 302, saved.text
    profile = Profile.objects.get(user=owner)
    assert profile.photo
    viewer = Browser(b)
    assert viewer.log_in(colleague.email).status == 302
    served = viewer.get(f"/leden/{profile.pk}/foto/")
    assert served.status == 200
    assert served.headers["Content-Type"] == "image/jpeg"
    assert served.body == (shared_media / profile.photo.name).read_bytes()
