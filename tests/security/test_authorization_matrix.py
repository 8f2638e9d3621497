"""Every route of the URL conf answers every role as the matrix in `matrix.py` says."""

from urllib.parse import urlparse

import pytest
from django.conf import settings
from django.urls import reverse

from tests.security.matrix import POSTS, ROUTES, admin_model_routes, all_cases, route_keys
from tests.security.world import ROLES, logged_in_client

CASES = all_cases()
LOGIN_ROUTES = {"login": "account_login", "alogin": "admin:login"}


def _params(table):
    return [
        pytest.param(key, case, id=f"{key}[{case.label}]" if case.label else key)
        for key, cases in table.items()
        for case in cases
    ]


def _url(world, key, case):
    url = case.path(world) if case.path is not None else reverse(key, kwargs=case.kwargs(world))
    return f"{url}?{case.query}" if case.query else url


def _login_target(response):
    return urlparse(response["Location"]).path


def _meets(response, expected, case, world) -> bool:
    """Return whether the response is the answer the matrix expects."""
    status = response.status_code
    if expected == "nochange":
        return status < 500 and case.unchanged(world)
    if expected in {"login", "alogin", "302"}:
        if status != 302:
            return False
        to_login = {
            target
            for target in ("login", "alogin")
            if _login_target(response) == reverse(LOGIN_ROUTES[target])
            and "next=" in response["Location"]
        }
        return to_login == ({expected} - {"302"})
    if expected == "hid":
        return status == 200 and case.secret.encode() not in response.content
    if status != int(expected):
        return False
    if expected == "200" and case.secret:
        return case.secret.encode() in response.content
    return True


def _describe(response) -> str:
    if response.status_code in {301, 302}:
        return f"{response.status_code}→{response['Location']}"
    return str(response.status_code)


def test_every_route_has_a_row_in_the_matrix():
    routes = set(route_keys())
    missing = sorted(routes - set(CASES))
    assert not missing, (
        "These routes have no row in tests/security/matrix.py (ROUTES, or ADMIN_RIGHTS for an "
        f"admin model); say what each role may get: {missing}"
    )


def test_every_row_of_the_matrix_is_still_a_route():
    stale = sorted(set(CASES) - set(route_keys()))
    assert not stale, f"These rows of the matrix name no route any more: {stale}"


def test_every_model_in_the_admin_has_its_rights_in_the_matrix():
    from django.contrib import admin

    from tests.security.matrix import ADMIN_RIGHTS

    registered = {model._meta.label_lower for model in admin.site._registry}
    assert registered == set(ADMIN_RIGHTS), (
        f"Add to ADMIN_RIGHTS: {sorted(registered - set(ADMIN_RIGHTS))}; "
        f"remove: {sorted(set(ADMIN_RIGHTS) - registered)}"
    )


def test_the_admin_generates_pages_for_every_registered_model():
    assert len(admin_model_routes()) > 90


@pytest.mark.parametrize(("key", "case"), _params(CASES))
def test_route_answers_every_role_as_the_matrix_says(key, case, world, clients, db):
    url = _url(world, key, case)
    wrong = {}
    for role, expected in case.expected().items():
        response = clients[role].get(url)
        if not _meets(response, expected, case, world):
            wrong[role] = f"expected {expected}, got {_describe(response)}"
    assert not wrong, f"GET {url}: {wrong}"


@pytest.mark.parametrize(("key", "case"), _params(POSTS))
def test_state_changing_post_is_refused_to_the_roles_the_matrix_names(key, case, world, db):
    url = _url(world, key, case)
    wrong = {}
    for role, expected in case.expected().items():
        if expected == "-":
            continue
        # A fresh client per POST: a refused change must not depend on what came before.
        client = logged_in_client(world.users.get(role))
        response = client.post(url, case.data or {})
        if not _meets(response, expected, case, world):
            wrong[role] = f"expected {expected}, got {_describe(response)}"
    assert not wrong, f"POST {url}: {wrong}"


def test_no_media_url_serves_a_stored_file(world, clients, db):
    """Uploaded files are served by views that check visibility, never straight from /media/."""
    files = [
        world.future_factsheet.file,
        world.factsheet.file,
        world.proposal_document.file,
        world.own_profile.photo,
    ]
    answers = {}
    for file in files:
        url = f"{settings.MEDIA_URL}{file.name}"
        for role in ROLES:
            status = clients[role].get(url).status_code
            if status != 404:
                answers[f"{role} {url}"] = status
    assert not answers, f"/media/ answers files directly: {answers}"


def test_matrix_has_a_row_for_every_role_in_every_case():
    for key, cases in {**ROUTES, **POSTS}.items():
        for case in cases:
            assert len(case.row.split()) == len(ROLES), key
