"""The meeting admin's tools: report links, a copy for next quarter, clock times, the preview."""

import re
from datetime import datetime, time
from zoneinfo import ZoneInfo

import pytest
from django.urls import reverse
from django.utils import timezone

from meetings.models import AgendaItem, Goal, Meeting, Report
from tests.meetings.factories import make_agenda_item, make_meeting, make_registration, make_report
from tests.meetings.test_admin import inline_management, meeting_form, report_form

pytestmark = [pytest.mark.django_db, pytest.mark.clock]

AMSTERDAM = ZoneInfo("Europe/Amsterdam")
LIST_URL = reverse("admin:meetings_meeting_changelist")


def change_url(meeting):
    return reverse("admin:meetings_meeting_change", args=[meeting.pk])


# -- The report of a meeting ----------------------------------------------------------------


def test_meeting_list_shows_and_links_the_report_of_each_meeting(trekker_client):
    with_report = make_meeting("Met verslag", days_from_now=-20)
    report = make_report(with_report, published=False)
    without = make_meeting("Zonder verslag", days_from_now=-10)

    content = trekker_client.get(LIST_URL).content.decode()

    report_url = reverse("admin:meetings_report_change", args=[report.pk])
    assert f'<a href="{report_url}">Verslag (concept)</a>' in content
    add_url = reverse("admin:meetings_report_add")
    assert f'<a href="{add_url}?meeting={without.pk}">Verslag toevoegen</a>' in content


@pytest.mark.parametrize("size", [2, 30])
def test_the_report_column_adds_no_query_per_meeting(trekker_client, get_within_budget, size):
    for number in range(size):
        meeting = make_meeting(f"Bijeenkomst {number}", days_from_now=-number - 1)
        if number % 2:
            make_report(meeting)
    # The session, the user, the user's and group permissions (2), the years for the filter,
    # the counts of the results and of everything (2), the rows with their confirmed counts
    # and reports joined in, and the date hierarchy.
    get_within_budget(trekker_client, LIST_URL, 10)


def test_meeting_page_links_to_its_report_or_to_adding_one(trekker_client):
    meeting = make_meeting(days_from_now=-7)
    add_link = f"{reverse('admin:meetings_report_add')}?meeting={meeting.pk}"
    assert add_link in trekker_client.get(change_url(meeting)).content.decode()

    report = make_report(meeting, published=True)
    content = trekker_client.get(change_url(meeting)).content.decode()
    assert reverse("admin:meetings_report_change", args=[report.pk]) in content
    assert "Verslag (gepubliceerd)" in content


def test_adding_a_report_from_the_meeting_starts_with_that_meeting(trekker_client):
    meeting = make_meeting("Kennissessie Gouda", days_from_now=-7)
    response = trekker_client.get(reverse("admin:meetings_report_add"), {"meeting": meeting.pk})
    assert response.context["adminform"].form.initial["meeting"] == str(meeting.pk)
    assert "Kennissessie Gouda" in response.content.decode()


def test_publishing_the_report_of_a_meeting_still_to_come_warns_but_publishes(trekker_client):
    future = make_meeting("Nog niet geweest", days_from_now=7)
    data = report_form(future, status=Report.Status.PUBLISHED)
    response = trekker_client.post(reverse("admin:meetings_report_add"), data, follow=True)

    assert "Let op: „Nog niet geweest” is nog niet geweest" in response.content.decode()
    assert Report.objects.get().status == Report.Status.PUBLISHED


def test_publishing_the_report_of_a_past_meeting_gives_no_warning(trekker_client):
    past = make_meeting("Al geweest", days_from_now=-7)
    data = report_form(past, status=Report.Status.PUBLISHED)
    response = trekker_client.post(reverse("admin:meetings_report_add"), data, follow=True)
    assert "Let op" not in response.content.decode()


def test_the_publish_action_warns_about_a_meeting_still_to_come(trekker_client):
    early = make_report(make_meeting("Volgende week", days_from_now=7), published=False)
    response = trekker_client.post(
        reverse("admin:meetings_report_changelist"),
        {"action": "publish", "_selected_action": [early.pk]},
        follow=True,
    )
    content = response.content.decode()
    assert "1 verslag gepubliceerd." in content
    assert "Let op: „Volgende week” is nog niet geweest" in content


# -- A copy for the next quarter -------------------------------------------------------------


@pytest.fixture
def winter_meeting(member):
    """A January meeting at 10:00 (winter time) with goals, an agenda, a registration, a report."""
    meeting = make_meeting(
        "Kwartaalbijeenkomst januari",
        slug="kwartaalbijeenkomst-januari",
        starts_at=datetime(2027, 1, 26, 10, 0, tzinfo=AMSTERDAM),
        hours=2,
        capacity=40,
        introduction="We kijken **vooruit**.",
        status=Meeting.Status.HELD,
    )
    meeting.themes.set(["triage", "taal"])
    Goal.objects.create(meeting=meeting, position=1, text="Kennismaken")
    make_agenda_item(
        meeting, "LNW-kwartiertje", position=2, starts_at=time(10, 15), kind="kwartiertje"
    )
    make_registration(meeting, member)
    make_report(meeting)
    return meeting


def test_copy_fills_in_the_add_form_a_quarter_later_at_the_same_local_time(
    trekker_client, winter_meeting
):
    response = trekker_client.get(
        reverse("admin:meetings_meeting_add"), {"kopie_van": winter_meeting.pk}
    )

    initial = response.context["adminform"].form.initial
    # 13 weeks later is a Tuesday in April, in summer time: still 10:00 to 12:00 there.
    assert timezone.localtime(initial["starts_at"]) == datetime(
        2027, 4, 27, 10, 0, tzinfo=AMSTERDAM
    )
    assert timezone.localtime(initial["ends_at"]) == datetime(2027, 4, 27, 12, 0, tzinfo=AMSTERDAM)
    assert initial["starts_at"].weekday() == winter_meeting.starts_at.weekday()
    assert initial["title"] == "Kwartaalbijeenkomst januari"
    assert initial["slug"] == "kwartaalbijeenkomst-januari-2027-04-27"
    assert initial["status"] == Meeting.Status.PLANNED
    assert initial["capacity"] == 40
    assert initial["themes"] == "taal, triage"
    formsets = {
        formset.formset.prefix: formset.formset
        for formset in response.context["inline_admin_formsets"]
    }
    assert [form.initial for form in formsets["goals"].forms] == [
        {"position": 1, "text": "Kennismaken"}
    ]
    (item,) = formsets["agenda_items"].forms
    assert (item.initial["title"], item.initial["kind"]) == ("LNW-kwartiertje", "kwartiertje")
    # Registrations, the report and factsheets belong to the original.
    assert formsets["factsheets"].forms == []
    content = response.content.decode()
    assert 'value="27-4-2027"' in content or 'value="27-04-2027"' in content
    assert 'value="10:00"' in content


def test_saving_the_copy_makes_a_new_meeting_and_leaves_the_original(
    trekker_client, winter_meeting
):
    data = meeting_form(
        title="Kwartaalbijeenkomst april",
        slug="kwartaalbijeenkomst-januari-2027-04-27",
        starts_at_0="27-4-2027",
        ends_at_0="27-4-2027",
        **inline_management("goals", 1),
        **{"goals-0-position": "1", "goals-0-text": "Kennismaken"},
    )
    url = f"{reverse('admin:meetings_meeting_add')}?kopie_van={winter_meeting.pk}"
    response = trekker_client.post(url, data)

    assert response.status_code == 302
    copy = Meeting.objects.get(slug="kwartaalbijeenkomst-januari-2027-04-27")
    assert [goal.text for goal in copy.goals.all()] == ["Kennismaken"]
    assert not copy.registrations.exists()
    assert not Report.objects.filter(meeting=copy).exists()
    assert winter_meeting.registrations.count() == 1


def test_a_copy_gets_a_slug_no_meeting_has(trekker_client, winter_meeting):
    make_meeting(slug="kwartaalbijeenkomst-januari-2027-04-27")
    response = trekker_client.get(
        reverse("admin:meetings_meeting_add"), {"kopie_van": winter_meeting.pk}
    )
    assert (
        response.context["adminform"].form.initial["slug"]
        == "kwartaalbijeenkomst-januari-2027-04-27-2"
    )


def test_copy_action_opens_the_filled_in_form(trekker_client, winter_meeting):
    response = trekker_client.post(
        LIST_URL, {"action": "copy_as_new_meeting", "_selected_action": [winter_meeting.pk]}
    )
    assert response.status_code == 302
    assert response["Location"] == f"/beheer/meetings/meeting/add/?kopie_van={winter_meeting.pk}"
    assert Meeting.objects.count() == 1


def test_copy_action_asks_for_one_meeting(trekker_client, winter_meeting):
    other = make_meeting("Andere")
    response = trekker_client.post(
        LIST_URL,
        {"action": "copy_as_new_meeting", "_selected_action": [winter_meeting.pk, other.pk]},
        follow=True,
    )
    assert "Kies één bijeenkomst om te kopiëren." in response.content.decode()
    assert Meeting.objects.count() == 2


def test_meeting_page_offers_the_copy(trekker_client, winter_meeting):
    content = trekker_client.get(change_url(winter_meeting)).content.decode()
    assert f'href="/beheer/meetings/meeting/add/?kopie_van={winter_meeting.pk}"' in content
    assert "Kopieer als nieuwe bijeenkomst" in content


# -- The form ---------------------------------------------------------------------------------


def test_a_new_agenda_item_asks_for_its_kind(trekker_client):
    data = meeting_form(
        **inline_management("agenda_items", 1),
        **{
            "agenda_items-0-position": "1",
            "agenda_items-0-title": "Welkom",
            "agenda_items-0-kind": "",
        },
    )
    response = trekker_client.post(reverse("admin:meetings_meeting_add"), data)

    assert response.status_code == 200
    (errors,) = response.context["inline_admin_formsets"][1].formset.errors
    assert errors["kind"] == ["Dit veld is verplicht."]
    assert not Meeting.objects.exists()
    assert AgendaItem._meta.get_field("kind").has_default() is False


def test_times_show_without_seconds(trekker_client):
    meeting = make_meeting(starts_at=datetime(2027, 1, 26, 10, 0, tzinfo=AMSTERDAM))
    make_agenda_item(meeting, "Welkom", starts_at=time(10, 15))
    content = trekker_client.get(change_url(meeting)).content.decode()
    assert 'name="starts_at_1" value="10:00"' in content
    assert 'name="agenda_items-0-starts_at" value="10:15"' in content
    assert ":00:00" not in content

    # The clock widget's "Nu" writes the first input format.
    script = trekker_client.get(reverse("admin:jsi18n")).content.decode()
    assert re.search(r'"TIME_INPUT_FORMATS": \[\s*"%H:%M",', script)


def test_the_factsheet_slug_fills_in_from_the_title(trekker_client):
    content = trekker_client.get(reverse("admin:meetings_meeting_add")).content.decode()
    assert "&quot;id&quot;: &quot;#id_factsheets-__prefix__-slug&quot;" in content or (
        "factsheets-__prefix__-slug" in content and "prepopulated" in content
    )


# -- The Markdown preview ----------------------------------------------------------------------


def preview(client, model, data):
    return client.post(reverse(f"admin:meetings_{model}_preview"), data)


def test_preview_renders_the_report_as_members_will_see_it(trekker_client):
    meeting = make_meeting(days_from_now=-7)
    data = report_form(
        meeting,
        summary="Het was **goed**. <script>alert(1)</script>",
        **inline_management("subgroups", 2),
        **{
            "subgroups-0-name": "Groep 1",
            "subgroups-0-points": "- eerste punt",
            "subgroups-1-name": "Weggehaald",
            "subgroups-1-points": "Niet tonen.",
            "subgroups-1-DELETE": "on",
        },
    )
    response = preview(trekker_client, "report", data)

    content = response.content.decode()
    assert response.status_code == 200
    assert "<p>Het was <strong>goed</strong>." in content
    assert "<script>alert(1)</script>" not in content
    assert "<h3>Groep 1</h3>" in content and "<li>eerste punt</li>" in content
    assert "Weggehaald" not in content
    assert not Report.objects.exists()


def test_preview_renders_the_meeting_introduction_and_agenda(trekker_client):
    data = meeting_form(
        introduction="## Waarom\nOmdat het *kan*.",
        **inline_management("agenda_items", 1),
        **{"agenda_items-0-title": "Werksessie", "agenda_items-0-description": "In **groepen**."},
    )
    content = preview(trekker_client, "meeting", data).content.decode()
    assert "<h3>Waarom</h3>" in content and "<em>kan</em>" in content
    assert "<strong>groepen</strong>" in content
    assert not Meeting.objects.exists()


def test_the_change_form_has_a_preview_button_without_script(trekker_client):
    report = make_report(published=False)
    response = trekker_client.get(reverse("admin:meetings_report_change", args=[report.pk]))
    content = response.content.decode()
    assert 'formaction="/beheer/meetings/report/voorbeeld/" formtarget="_blank"' in content
    assert (
        "unsafe-inline"
        not in response["Content-Security-Policy"].split("script-src")[1].split(";")[0]
    )


def test_preview_is_for_trekkers_only(member_client, trekker_client):
    url = reverse("admin:meetings_report_preview")
    assert member_client.post(url, {"summary": "x"})["Location"].startswith("/beheer/login/")
    assert trekker_client.get(url).status_code == 405


def test_preview_of_a_huge_formset_is_cut_short(trekker_client):
    data = {"summary": "", "subgroups-TOTAL_FORMS": "100000000", "subgroups-0-name": "Eén"}
    response = preview(trekker_client, "report", data)
    assert response.status_code == 200
    assert "Eén" in response.content.decode()


def test_a_member_without_rights_never_sees_a_copy(member_client, winter_meeting):
    response = member_client.get(
        reverse("admin:meetings_meeting_add"), {"kopie_van": winter_meeting.pk}
    )
    assert response.status_code == 302
