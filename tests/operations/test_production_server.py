"""Smoke test of the production server: gunicorn from deploy/ with DEBUG off on the test database.

One gunicorn serves the whole module, configured as deploy/env.example says behind nginx
(TRUSTED_PROXY, X-Accel-Redirect for uploads), with static files collected beforehand. The
tests commit their rows (transactional), so the server's own connections see them.
"""

import pytest
from django.core.files.base import ContentFile

from tests.factories import make_user
from tests.image_files import image_bytes
from tests.members.factories import make_profile
from tests.operations.gunicorn import SITE_HOST, Browser, Portal, use_production_password

pytestmark = [pytest.mark.operations, pytest.mark.django_db(transaction=True)]

ACCEL_PREFIX = "/beschermd/"
HSTS_SECONDS = 3600


@pytest.fixture(scope="module")
def portal(django_db_setup, collected_static, tmp_path_factory):
    static_root, _ = collected_static
    media_root = tmp_path_factory.mktemp("media")
    server = Portal(
        tmp_path_factory.mktemp("gunicorn") / "gunicorn.log",
        STATIC_ROOT=static_root,
        MEDIA_ROOT=media_root,
        PROTECTED_FILES_ACCEL_PREFIX=ACCEL_PREFIX,
        SECURE_HSTS_SECONDS=HSTS_SECONDS,
    )
    server.media_root = media_root
    with server:
        yield server


def test_health_check_answers_200(portal):
    response = Browser(portal).get("/healthz")
    assert response.status == 200


def test_plain_http_is_sent_to_https(portal):
    response = Browser(portal).get("/bijeenkomsten/", forwarded_proto=None)
    assert response.status == 301
    assert response.headers["Location"] == f"https://{SITE_HOST}/bijeenkomsten/"


def test_hashed_static_files_are_cached_for_a_year_or_more(portal, collected_static):
    _, manifest = collected_static
    hashed = manifest["css/site.css"]
    assert hashed != "css/site.css"

    response = Browser(portal).get(f"/static/{hashed}")

    assert response.status == 200
    assert response.headers["Content-Type"].startswith("text/css")
    cache_control = response.headers["Cache-Control"]
    assert "immutable" in cache_control
    max_age = int(cache_control.split("max-age=")[1].split(",")[0])
    assert max_age >= 365 * 24 * 3600


def test_pages_carry_the_security_headers(portal):
    headers = Browser(portal).get("/").headers

    assert headers["Strict-Transport-Security"] == (
        f"max-age={HSTS_SECONDS}; includeSubDomains; preload"
    )
    assert headers["X-Content-Type-Options"] == "nosniff"
    assert headers["Referrer-Policy"] == "same-origin"
    assert headers["X-Frame-Options"] == "DENY"
    assert "default-src 'self'" in headers["Content-Security-Policy"]
    assert "unsafe-inline" not in headers["Content-Security-Policy"]
    assert "camera=()" in headers["Permissions-Policy"]


def test_a_member_logs_in_through_the_form_and_sees_a_members_only_page(portal, member):
    use_production_password(member)
    browser = Browser(portal)
    assert browser.get("/leden/mijn-gegevens/").status == 302

    login = browser.log_in(member.email)

    assert login.status == 302, login.text
    page = browser.get("/leden/mijn-gegevens/")
    assert page.status == 200
    assert "Profiel bewerken of verbergen" in page.text
    assert "no-store" in page.headers["Cache-Control"]


def test_a_protected_file_is_handed_to_nginx_after_the_check(portal, member, settings):
    settings.MEDIA_ROOT = portal.media_root
    colleague = make_profile(make_user("collega@example.org", first_name="Cor"))
    colleague.photo.save("foto.jpg", ContentFile(image_bytes(size=(40, 30))))
    use_production_password(member)
    path = f"/leden/{colleague.pk}/foto/"
    assert Browser(portal).get(path).status == 302

    browser = Browser(portal)
    assert browser.log_in(member.email).status == 302
    response = browser.get(path)

    assert response.status == 200
    assert response.headers["X-Accel-Redirect"] == ACCEL_PREFIX + colleague.photo.name
    assert response.body == b""
    assert response.headers["Content-Type"] == "image/jpeg"
    assert response.headers["Cache-Control"] == "private, no-store"
