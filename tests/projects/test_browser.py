"""Projects and themes in a real browser: a member joins a project; axe on every page."""

import pytest

from projects.models import Participation
from tests.accessibility import assert_accessible
from tests.projects.factories import make_agenda, make_project, make_theme

pytestmark = pytest.mark.browser


@pytest.fixture
def network(running_project):
    make_project(
        "Taal rondom scheiding",
        agendas=[make_agenda("Veranderagenda")],
        themes=["taal"],
        description="## Aanpak\n\nWe maken een **begrippenkader**.",
    )
    running_project.links.create(title="Begrippenkader", url="/begrippen/")
    running_project.updates.create(text="We zijn begonnen.")
    make_theme("Cultuursensitief werken")
    return running_project


def test_member_joins_a_project(page, log_in, member, network, mailoutbox):
    log_in(page, member)
    page.goto("/projecten/")
    page.get_by_role("link", name="Conflictdiagnostiek en triage").click()
    page.get_by_label("Waarom haak je aan?").fill("Ik werk bij Veilig Thuis met de MASIC.")
    page.get_by_role("button", name="Aanhaken").click()
    page.get_by_text("Je doet mee").wait_for()
    assert page.get_by_role("button", name="Niet meer meedoen").is_visible()
    participation = Participation.objects.get(member=member)
    assert participation.motivation == "Ik werk bij Veilig Thuis met de MASIC."
    assert len(mailoutbox) == 1
    assert_accessible(page)


@pytest.mark.parametrize(
    "path",
    [
        "/projecten/",
        "/projecten/?thema=onbekend",
        "/projecten/conflictdiagnostiek-en-triage/",
        "/themas/",
    ],
)
def test_project_and_theme_pages_pass_axe_for_visitors(page, network, path):
    page.goto(path)
    assert_accessible(page)


@pytest.mark.parametrize(
    "path",
    [
        "/projecten/taal-rondom-scheiding/",
        "/themas/",
        "/projecten/voorstellen/",
        "/themas/voorstellen/",
    ],
)
def test_member_pages_pass_axe(page, log_in, member, network, path):
    log_in(page, member)
    page.goto(path)
    assert_accessible(page)


def test_proposal_with_errors_passes_axe_and_keeps_the_text(page, log_in, member, network):
    log_in(page, member)
    page.goto("/projecten/voorstellen/")
    page.get_by_label("Naam van het project").fill("Ja")
    page.get_by_role("button", name="Voorstel versturen").click()
    page.locator("#id_title_error").get_by_text(
        "Geef je project een naam van minstens 5"
    ).wait_for()
    assert page.get_by_label("Naam van het project").input_value() == "Ja"
    assert_accessible(page)
