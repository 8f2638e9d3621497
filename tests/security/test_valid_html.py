"""Every page type of the site is valid HTML, by the W3C Nu Html Checker.

The pages are the matrix's routes (tests/security/matrix.py), each fetched as the first role
that may read it, plus the home page for every role and forms that came back with errors.
The admin's pages are Django's own and left out.
"""

import pytest
from django.urls import reverse

from tests.html_validator import validate
from tests.security.matrix import ROUTES
from tests.security.world import ROLES

pytestmark = pytest.mark.django_db

NOT_HTML = {"healthz", "robots", "sitemap", "favicon"}


def page_of(world, clients, key, case):
    """Return (name, html) of the case as the first role that gets a page, or None."""
    url = reverse(key, kwargs=case.kwargs(world)) if case.path is None else case.path(world)
    url = f"{url}?{case.query}" if case.query else url
    for role, expected in case.expected().items():
        if expected not in {"200", "hid"}:
            continue
        response = clients[role].get(url)
        if not response["Content-Type"].startswith("text/html"):
            return None  # a download, a feed, a calendar
        if response.status_code == 200:
            return f"{key} [{case.label}] as {role}: {url}", response.content.decode()
    return None


def test_every_page_type_is_valid_html(world, clients):
    pages = {}
    for key, cases in ROUTES.items():
        if key in NOT_HTML or key.startswith(("admin:", "glossary_api:", "taalcheck_api:")):
            continue
        for case in cases:
            if found := page_of(world, clients, key, case):
                pages[found[0]] = found[1]
    for role in ROLES:
        pages[f"home as {role}"] = clients[role].get("/").content.decode()
    pages["404"] = clients["anonymous"].get("/bestaat-niet/").content.decode()
    # Forms that came back with their errors.
    pages["sign-up with errors"] = (
        clients["anonymous"].post(reverse("account_signup"), {"email": "geen-adres"}).content
    ).decode()
    pages["login with errors"] = (
        clients["anonymous"].post(reverse("account_login"), {"login": "x@example.org"}).content
    ).decode()
    # The evaluation: its form with errors, a used link and an unknown one.
    evaluate = reverse("followup:evaluate", args=[world.evaluation_token])
    pages["evaluation with errors"] = (
        clients["anonymous"].post(evaluate, {"keep": "Veel"}).content.decode()
    )
    for name, token in [("used", world.used_evaluation_token), ("unknown", "onzin")]:
        url = reverse("followup:evaluate", args=[token])
        pages[f"evaluation link {name}"] = clients["anonymous"].get(url).content.decode()
    # The taalcheck's result, with a long sentence and long words in its readability part.
    pages["taalcheck result"] = (
        clients["anonymous"]
        .post(
            reverse("taalcheck:check"),
            {"text": "Bij een vechtscheiding " + "coördineert de jeugdhulporganisatie " * 8},
        )
        .content
    ).decode()
    assert "Lange zinnen" in pages["taalcheck result"]
    assert len(pages) > 50
    errors = validate(pages)
    assert not errors, "\n".join(
        f"{page}: {error}" for page, found in errors.items() for error in found
    )
