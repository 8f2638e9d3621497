"""The members pages in a real browser: axe, and a new member finding a colleague."""

import pytest

from members.models import Perspective, Profile
from tests.accessibility import assert_accessible
from tests.factories import make_user
from tests.members.factories import make_organisation, make_profile
from tests.members.test_photos import jpeg_bytes

pytestmark = pytest.mark.browser


@pytest.fixture
def small_network(db, colleague):
    make_profile(
        email="olga@example.org",
        first_name="Olga",
        last_name="Ouder",
        perspectives=[Perspective.TARGET_GROUP],
        target_group_kind="parent",
        themes=["kind centraal"],
    )
    return colleague


@pytest.mark.parametrize(
    "path",
    [
        "/leden/",
        "/leden/?perspective=research",
        "/leden/mijn-profiel/bewerken/",
        "/leden/mijn-gegevens/",
        "/leden/mijn-gegevens/account-verwijderen/",
    ],
)
def test_members_pages_pass_axe(page, log_in, member, small_network, path):
    log_in(page, member)
    page.goto(path)
    assert_accessible(page)


def test_profile_page_with_photo_passes_axe(page, log_in, member, small_network, tmp_path):
    from django.core.files.base import ContentFile

    small_network.photo.save("foto.jpg", ContentFile(jpeg_bytes()))
    log_in(page, member)
    page.goto(small_network.get_absolute_url())
    page.get_by_role("img", name="Foto van Charlotte Collega").wait_for()
    assert_accessible(page)


def test_profile_form_with_errors_passes_axe(page, log_in, member):
    log_in(page, member)
    page.goto("/leden/mijn-profiel/bewerken/")
    page.get_by_role("button", name="Profiel opslaan").click()
    page.locator("#id_perspectives_error").get_by_text("Kies minstens één perspectief.").wait_for()
    assert_accessible(page)


@pytest.mark.parametrize("path", ["/organisaties/", "/privacy/"])
def test_public_members_pages_pass_axe(page, db, path):
    make_organisation("TNO")
    page.goto(path)
    assert_accessible(page)


def test_new_member_is_approved_fills_in_the_profile_and_finds_a_colleague_by_perspective(
    page, log_in, trekker, small_network, mailoutbox, tmp_path
):
    newcomer = make_user("nieuw@example.org", first_name="Nina", last_name="Nieuw", approved=False)

    # A trekker approves the sign-up in the admin.
    log_in(page, trekker)
    page.goto("/beheer/members/user/?approval_status__exact=pending")
    page.locator("tr", has_text="nieuw@example.org").get_by_role("checkbox").check()
    page.locator("select[name=action]").select_option("approve_accounts")
    page.get_by_role("button", name="Uitvoeren").click()
    page.get_by_text("1 account goedgekeurd").wait_for()
    assert mailoutbox[-1].to == ["nieuw@example.org"]

    # The newcomer logs in and is led to the profile form.
    page.context.clear_cookies()
    log_in(page, newcomer)
    page.goto("/")
    page.get_by_role("link", name="Mijn profiel").click()
    page.get_by_role("heading", name="Vul je profiel in").wait_for()
    page.get_by_label("Achternaam", exact=True).fill("Nieuwenhuis")
    page.get_by_label("Praktijk", exact=True).check()
    page.get_by_label("Organisatie (niet verplicht)", exact=True).select_option(label="TNO")
    page.get_by_label("Functie (niet verplicht)", exact=True).fill("Jeugdprofessional")
    page.get_by_label("Regio", exact=True).select_option(label="Midden-Holland")
    page.get_by_label("Thema's (niet verplicht)", exact=True).fill("triage")
    photo = tmp_path / "nina.jpg"
    photo.write_bytes(jpeg_bytes())
    page.get_by_label("Foto (niet verplicht)", exact=True).set_input_files(str(photo))
    page.get_by_label("Ik geef het Leernetwerk").check()
    page.get_by_role("button", name="Profiel opslaan").click()
    page.get_by_text("Je profiel is opgeslagen.").wait_for()
    assert page.get_by_role("heading", level=1).inner_text() == "Nina Nieuwenhuis"

    # She looks for someone from research and finds a colleague.
    page.get_by_role("navigation", name="Hoofdmenu").get_by_role("link", name="Leden").click()
    page.get_by_label("Perspectief", exact=True).select_option(label="Onderzoek")
    page.get_by_role("button", name="Zoeken").click()
    page.get_by_role("heading", name="1 lid gevonden").wait_for()
    page.get_by_role("link", name="Charlotte Collega").click()
    page.get_by_role("link", name="colleague@example.org").wait_for()
    profile = Profile.objects.get(user=newcomer)
    assert profile.is_completed() and profile.photo
    assert profile.perspectives == ["practice"]
