"""The meeting admin in a real browser: what its scripts fill in, the copy and the preview."""

from datetime import datetime, time
from zoneinfo import ZoneInfo

import pytest

from meetings.models import Goal, Meeting
from tests.meetings.factories import make_agenda_item, make_meeting

pytestmark = [pytest.mark.browser, pytest.mark.clock]

AMSTERDAM = ZoneInfo("Europe/Amsterdam")


def test_a_new_factsheet_of_a_meeting_gets_its_slug_from_the_title(page, log_in, trekker):
    meeting = make_meeting("Kwartaalbijeenkomst")
    log_in(page, trekker)
    page.goto(f"/beheer/meetings/meeting/{meeting.pk}/change/")
    page.locator(".add-row a", has_text="Factsheet of bijlage toevoegen").click()
    # Typed key by key: the admin's script fills the slug on each key.
    page.locator("#id_factsheets-0-title").press_sequentially("Factsheet oktober 2023")
    assert page.locator("#id_factsheets-0-slug").input_value() == "factsheet-oktober-2023"


def test_a_factsheet_gets_its_slug_from_the_title(page, log_in, trekker):
    log_in(page, trekker)
    page.goto("/beheer/meetings/factsheet/add/")
    page.locator("#id_title").press_sequentially("Bijlage: programma")
    assert page.locator("#id_slug").input_value() == "bijlage-programma"


def test_trekker_copies_a_meeting_for_the_next_quarter(page, log_in, trekker):
    meeting = make_meeting(
        "Kwartaalbijeenkomst januari",
        slug="kwartaalbijeenkomst-januari",
        starts_at=datetime(2027, 1, 26, 10, 0, tzinfo=AMSTERDAM),
    )
    Goal.objects.create(meeting=meeting, position=1, text="Kennismaken")
    make_agenda_item(meeting, "LNW-kwartiertje", position=1, starts_at=time(10, 15))
    log_in(page, trekker)
    page.goto(f"/beheer/meetings/meeting/{meeting.pk}/change/")

    page.get_by_role("link", name="Kopieer als nieuwe bijeenkomst").click()
    assert page.locator("#id_starts_at_1").input_value() == "10:00"
    page.get_by_role("button", name="Opslaan", exact=True).click()
    page.get_by_text("Toegevoegd: bijeenkomst").wait_for()

    copy = Meeting.objects.exclude(pk=meeting.pk).get()
    assert copy.slug == "kwartaalbijeenkomst-januari-2027-04-27"
    assert [goal.text for goal in copy.goals.all()] == ["Kennismaken"]
    assert [item.title for item in copy.agenda_items.all()] == ["LNW-kwartiertje"]
    assert copy.agenda_items.get().starts_at == time(10, 15)


def test_preview_opens_in_a_new_tab_with_the_rendered_text(page, log_in, trekker):
    meeting = make_meeting("Kennissessie", days_from_now=-7)
    log_in(page, trekker)
    page.goto(f"/beheer/meetings/report/add/?meeting={meeting.pk}")
    page.locator("#id_summary").fill("Het was **leerzaam**.")
    with page.context.expect_page() as new_tab:
        page.get_by_role("button", name="Voorbeeld bekijken").click()
    preview = new_tab.value
    preview.wait_for_load_state()
    assert preview.locator("strong", has_text="leerzaam").is_visible()
