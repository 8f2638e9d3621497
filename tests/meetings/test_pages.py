"""The meeting list and the meeting page: order, filters, pagination, visibility, budgets."""

import re
from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from meetings.models import Meeting, Registration, Report
from tests.factories import make_user
from tests.glossary.factories import make_entry
from tests.meetings.factories import PDF_BYTES, make_meeting, make_registration, make_report
from tests.meetings.page_factories import (
    make_full_meeting,
    make_listed_meeting,
    unpublished_factsheet,
)
from tests.members.factories import make_profile

pytestmark = [pytest.mark.django_db, pytest.mark.clock]

INDEX = reverse("meetings:index")


def positions(html, *texts):
    return [html.index(text) for text in texts]


# -- The list --------------------------------------------------------------------------------


def test_upcoming_meetings_come_first_soonest_first_then_the_archive_newest_year_first(client):
    make_listed_meeting("Later dit jaar", days_from_now=60)
    make_listed_meeting("Binnenkort", days_from_now=5)
    make_listed_meeting("Vorig jaar", days_from_now=-400)
    make_listed_meeting("Vorige maand", days_from_now=-30)
    html = client.get(INDEX).content.decode()
    upcoming, archive = html.index("Komende bijeenkomsten"), html.index('id="archief"')
    soon, later, last_month, last_year = positions(
        html, "Binnenkort", "Later dit jaar", "Vorige maand", "Vorig jaar"
    )
    assert upcoming < soon < later < archive < last_month < last_year
    years = [int(year) for year in re.findall(r'<h3 id="jaar-(\d{4})">', html)]
    assert years == sorted(years, reverse=True)
    assert len(set(years)) == len(years)


def test_archive_groups_by_year_in_amsterdam_time(client):
    # 00:30 on New Year's Day in Amsterdam is still the old year in UTC.
    starts_at = timezone.make_aware(timezone.datetime(2024, 1, 1, 0, 30))
    make_meeting("Nieuwjaarsbijeenkomst", starts_at=starts_at)
    html = client.get(INDEX).content.decode()
    assert '<h3 id="jaar-2024">' in html
    assert '<h3 id="jaar-2023">' not in html


def test_list_shows_kind_time_format_venue_and_registration_state(client, member):
    now = timezone.now()
    open_meeting = make_listed_meeting(
        "Open bijeenkomst",
        days_from_now=10,
        kind=Meeting.Kind.KNOWLEDGE,
        format=Meeting.Format.ON_SITE,
        venue="Stadhuis Gouda",
    )
    full = make_listed_meeting("Volle bijeenkomst", days_from_now=11, capacity=1)
    make_registration(full, member)
    make_listed_meeting(
        "Gesloten bijeenkomst", days_from_now=12, registration_closes_at=now - timedelta(hours=1)
    )
    make_listed_meeting(
        "Nog niet open", days_from_now=20, registration_opens_at=now + timedelta(days=3)
    )
    cancelled = make_listed_meeting(
        "Afgelaste bijeenkomst",
        days_from_now=13,
        status=Meeting.Status.CANCELLED,
        cancellation_reason="De zaal is niet beschikbaar.",
    )
    cancelled.save()
    html = client.get(INDEX).content.decode()
    assert "Kennissessie" in html and "Op locatie: Stadhuis Gouda" in html
    local_start = timezone.localtime(open_meeting.starts_at)
    assert f", {local_start:%H:%M}</time>–" in html
    for label in ("Aanmelden kan", "Vol – wachtlijst", "Aanmelden gesloten", "Geannuleerd"):
        assert label in html
    assert "Aanmelden kan vanaf" in html


def test_registration_state_closes_once_the_closing_moment_passes(client):
    make_listed_meeting(
        "Gesloten", days_from_now=3, registration_closes_at=timezone.now() - timedelta(minutes=1)
    )
    html = client.get(INDEX).content.decode()
    assert "Aanmelden gesloten" in html
    assert "Aanmelden kan<" not in html


def test_archive_marks_meetings_with_a_published_report_only(client):
    with_report = make_listed_meeting("Met verslag", days_from_now=-20)
    make_report(with_report, published_at=timezone.now() - timedelta(days=1))
    draft = make_listed_meeting("Met concept", days_from_now=-10)
    make_report(draft, published=False)
    later = make_listed_meeting("Verslag later", days_from_now=-5)
    make_report(later, published_at=timezone.now() + timedelta(days=2))
    html = client.get(INDEX).content.decode()
    assert html.count("meetings-archive__report") == 1
    assert f'href="{with_report.get_absolute_url()}#verslag"' in html


def test_filter_by_kind_keeps_the_choice(client):
    make_listed_meeting("Kennissessie Gouda", days_from_now=10, kind=Meeting.Kind.KNOWLEDGE)
    make_listed_meeting("Kwartaal april", days_from_now=11)
    make_listed_meeting("Kennissessie oud", days_from_now=-100, kind=Meeting.Kind.KNOWLEDGE)
    response = client.get(INDEX, {"soort": "knowledge"})
    html = response.content.decode()
    assert "Kennissessie Gouda" in html and "Kennissessie oud" in html
    assert "Kwartaal april" not in html
    assert '<option value="knowledge" selected>' in html
    assert "Filters wissen" in html


def test_filter_by_theme_keeps_the_choice(client):
    make_listed_meeting("Over triage", days_from_now=10, themes=["Triage"])
    make_listed_meeting("Over taal", days_from_now=-10, themes=["Taal"])
    html = client.get(INDEX, {"thema": "triage"}).content.decode()
    assert "Over triage" in html and "Over taal" not in html
    assert '<option value="triage" selected>Triage</option>' in html
    assert '<label for="id_thema">Thema</label>' in html


def test_filters_that_match_nothing_show_empty_states(client):
    make_listed_meeting("Over triage", days_from_now=10, themes=["Triage"])
    make_listed_meeting("Over taal", days_from_now=-10, themes=["Taal"])
    html = client.get(INDEX, {"thema": "taal", "soort": "working_group"}).content.decode()
    assert "Er zijn geen komende bijeenkomsten met deze filters." in html
    assert "Er zijn geen afgelopen bijeenkomsten met deze filters." in html


def test_unknown_filter_values_get_a_dutch_error_and_the_full_list(client):
    make_listed_meeting("Over triage", days_from_now=10, themes=["Triage"])
    response = client.get(INDEX, {"thema": "bestaat-niet", "soort": "feest"})
    html = response.content.decode()
    assert response.status_code == 200
    assert "Geen enkele bijeenkomst heeft dit thema." in html
    assert "Deze soort bijeenkomst bestaat niet." in html
    # Each error is tied to its field for screen readers.
    assert 'aria-describedby="id_thema_error"' in html and 'id="id_thema_error"' in html
    assert "Over triage" in html


def test_empty_list_says_nothing_is_planned_yet(client):
    html = client.get(INDEX).content.decode()
    assert "Er zijn nog geen bijeenkomsten gepland." in html
    assert "Er zijn nog geen afgelopen bijeenkomsten." in html


def test_archive_is_paginated_and_page_links_keep_the_filter(client):
    for number in range(23):
        make_listed_meeting(f"Archief {number:02d}", days_from_now=-10 - number, themes=["Taal"])
    make_listed_meeting("Komt eraan", days_from_now=3, themes=["Taal"])
    first = client.get(INDEX, {"thema": "taal"}).content.decode()
    assert "Archief 19" in first and "Archief 20" not in first
    assert "Komt eraan" in first
    assert 'href="?thema=taal&amp;page=2"' in first
    second = client.get(INDEX, {"thema": "taal", "page": 2}).content.decode()
    assert "Archief 20" in second and "Archief 22" in second and "Archief 19" not in second
    # Upcoming meetings head the first page only.
    assert "Komt eraan" not in second
    assert 'href="?thema=taal&amp;page=1"' in second
    # A page number out of range shows the last page rather than an error.
    assert client.get(INDEX, {"page": 99}).status_code == 200


def test_list_advertises_the_atom_feed(client):
    html = client.get(INDEX).content.decode()
    feed = reverse("meetings:feed")
    assert (
        '<link rel="alternate" type="application/atom+xml" '
        f'title="Verslagen van bijeenkomsten" href="{feed}">'
    ) in html


@pytest.mark.parametrize("count", [5, 50])
def test_list_runs_a_fixed_number_of_queries(client, member_client, get_within_budget, count):
    for number in range(count):
        meeting = make_listed_meeting(
            f"Bijeenkomst {number}",
            days_from_now=(number - count // 2) * 7,
            themes=[f"thema-{number % 4}", "taal"],
            capacity=5,
        )
        if number % 2:
            make_report(meeting, published_at=timezone.now() - timedelta(days=1))
    for user_number in range(3):
        make_registration(meeting, make_user(f"lid{user_number}@example.org", password=None))
    # Anonymous: the themes in use, the archive count, the archive page (with confirmed
    # counts and report flags), the upcoming meetings, the themes of all shown meetings.
    get_within_budget(client, INDEX, 5)
    get_within_budget(client, INDEX + "?thema=taal&soort=quarterly&page=2", 5)
    # Member: plus the session and the user.
    get_within_budget(member_client, INDEX, 7)


# -- The meeting page ------------------------------------------------------------------------


def test_meeting_page_shows_facts_goals_agenda_report_and_links(member_client):
    meeting = make_full_meeting(3)
    response = member_client.get(meeting.get_absolute_url())
    html = response.content.decode()
    assert response.status_code == 200
    for text in (
        "Kwartaalbijeenkomst over triage",
        "Hybride",
        "De Smulhoeve",
        "Dorpsstraat 1, Gouda",
        "Alle leden",
        "<strong>triage</strong>",
        "Doel 1</strong>",
        "Doel 3</strong>",
        "Agendapunt 2",
        "Veilig Thuis",
        "Gesprekken in subgroepen",
        "Groep 3",
        "Vraag 2?",
        "Wie: De trekkers",
        "Onderdeel 1",
        "Goed te weten",
        "Congres 2",
        "Factsheet 2",
        "Komende bijeenkomsten",
    ):
        assert text in html, text
    assert "Concept – nog niet gepubliceerd" not in html
    factsheet = meeting.factsheets.first()
    assert f'href="{factsheet.get_absolute_url()}"' in html
    assert f"pdf, {len(PDF_BYTES)}\xa0bytes" in html


def test_meeting_page_links_the_ics_and_the_next_meetings(client):
    meeting = make_listed_meeting("Binnenkort", days_from_now=3)
    others = [make_listed_meeting(f"Daarna {n}", days_from_now=10 + n) for n in range(4)]
    html = client.get(meeting.get_absolute_url()).content.decode()
    assert reverse("meetings:meeting_ics", args=[meeting.slug]) in html
    assert "Zet in je agenda" in html
    for other in others[:3]:
        assert other.get_absolute_url() in html
    assert others[3].get_absolute_url() not in html


def test_past_meeting_is_marked_as_ended_without_registration_or_calendar(client):
    meeting = make_listed_meeting("Voorbij", days_from_now=-3)
    html = client.get(meeting.get_absolute_url()).text
    assert "meeting-state--ended" in html and "Afgelopen" in html
    assert "Zet in je agenda" not in html
    assert 'id="aanmelden"' not in html


def test_meeting_marked_held_before_its_end_reads_as_ended_in_badges_and_panel(
    client, member, member_client
):
    # A trekker sets the status to "afgelopen" while the meeting is still under way.
    meeting = make_listed_meeting(
        "Loopt nog",
        days_from_now=0,
        starts_at=timezone.now() - timedelta(hours=1),
        status=Meeting.Status.HELD,
    )
    make_registration(meeting, member)
    listing = client.get(INDEX).text
    page = member_client.get(meeting.get_absolute_url()).text
    panel = member_client.get(reverse("meetings:registration", args=[meeting.slug])).text
    for html in (listing, page):
        assert '<span class="badge meeting-state meeting-state--ended">Afgelopen</span>' in html
        assert "Aanmelden gesloten" not in html
    assert "Deze bijeenkomst is voorbij." in panel
    assert "Afmelden" not in panel
    # Like any meeting that is over: no registration block, the report still to come.
    assert 'id="aanmelden"' not in page
    assert "Het verslag van deze bijeenkomst volgt nog." in page


def test_upcoming_meeting_page_holds_the_registration_block(client, member_client):
    meeting = make_listed_meeting("Binnenkort", days_from_now=3)
    for viewer in (client, member_client):
        response = viewer.get(meeting.get_absolute_url())
        assert 'id="aanmelden"' in response.text
        assert "meetings/includes/registration.html" in [t.name for t in response.templates]


def test_unknown_meeting_is_404(client):
    assert client.get(reverse("meetings:detail", args=["bestaat-niet"])).status_code == 404


def test_cancelled_meeting_shows_the_reason_prominently(client):
    meeting = make_listed_meeting(
        "Afgelast",
        days_from_now=5,
        status=Meeting.Status.CANCELLED,
        cancellation_reason="Te weinig aanmeldingen; we schuiven aan bij april.",
    )
    html = client.get(meeting.get_absolute_url()).content.decode()
    banner = html.index("Deze bijeenkomst gaat niet door.")
    assert banner < html.index("Te weinig aanmeldingen; we schuiven aan bij april.")
    assert banner < html.index("<dl")
    assert "Zet in je agenda" not in html
    # The banner says it all: no registration block that repeats the reason.
    assert 'id="aanmelden"' not in html
    assert html.count("Te weinig aanmeldingen") == 1


def test_presenter_profile_is_linked_for_members_only(client, member_client):
    meeting = make_full_meeting(1)
    profile = meeting.agenda_items.get().presenter_profile
    assert profile.get_absolute_url() in member_client.get(meeting.get_absolute_url()).text
    assert profile.get_absolute_url() not in client.get(meeting.get_absolute_url()).text


def test_hidden_presenter_profile_is_not_linked(member_client):
    meeting = make_listed_meeting("Met presentator", days_from_now=5)
    hidden = make_profile(visible=False)
    meeting.agenda_items.create(title="Kwartiertje", presenter_name="Cor", presenter_profile=hidden)
    html = member_client.get(meeting.get_absolute_url()).text
    assert "Cor" in html
    assert hidden.get_absolute_url() not in html


# -- Reports: drafts and publication moments -------------------------------------------------


def test_draft_report_is_hidden_from_visitors_and_members(client, member_client, pending_client):
    meeting = make_full_meeting(2, published=False)
    for viewer in (client, member_client, pending_client):
        html = viewer.get(meeting.get_absolute_url()).text
        assert "Groep 1" not in html
        assert "contactverlies" not in html
        assert "Concept" not in html
        assert "Het verslag van deze bijeenkomst volgt nog." in html


def test_trekker_previews_a_draft_report_under_a_banner(trekker_client):
    meeting = make_full_meeting(2, published=False)
    html = trekker_client.get(meeting.get_absolute_url()).text
    assert "Concept – nog niet gepubliceerd" in html
    assert html.index("Concept – nog niet gepubliceerd") < html.index("Groep 1")
    assert "contactverlies" in html


def test_report_published_in_the_future_stays_hidden_until_then(client, member_client):
    meeting = make_listed_meeting("Verslag volgt", days_from_now=-3)
    report = make_report(
        meeting, summary="Geheime samenvatting.", published_at=timezone.now() + timedelta(days=1)
    )
    assert report.status == Report.Status.PUBLISHED
    for viewer in (client, member_client):
        assert "Geheime samenvatting." not in viewer.get(meeting.get_absolute_url()).text


def test_trekker_sees_a_scheduled_report_with_its_publication_moment(trekker_client):
    meeting = make_listed_meeting("Verslag volgt", days_from_now=-3)
    make_report(meeting, summary="Geplande tekst.", published_at=timezone.now() + timedelta(days=1))
    html = trekker_client.get(meeting.get_absolute_url()).text
    assert "Concept – nog niet gepubliceerd" in html
    assert "Dit verslag verschijnt op" in html
    assert "Geplande tekst." in html


def test_report_html_is_rendered_and_glossary_terms_are_linked(client):
    make_entry("contactverlies")
    meeting = make_full_meeting(1)
    html = client.get(meeting.get_absolute_url()).text
    assert "<strong>contactverlies</strong>" not in html
    assert 'href="/begrippen/contactverlies/"' in html


def test_report_markdown_cannot_smuggle_scripts(client):
    meeting = make_listed_meeting("Onveilig", days_from_now=-3)
    make_report(meeting, summary="<script>alert(1)</script> [x](javascript:alert(1))")
    html = client.get(meeting.get_absolute_url()).text
    assert "<script>alert" not in html
    assert 'href="javascript' not in html


# -- The online link -------------------------------------------------------------------------


def _online_meeting():
    return make_listed_meeting(
        "Online kwartaal",
        days_from_now=5,
        format=Meeting.Format.ONLINE,
        online_url="https://meet.example.org/geheime-kamer",
    )


def test_online_link_is_hidden_from_visitors_pending_and_unregistered_members(
    client, pending_client, member_client
):
    meeting = _online_meeting()
    for viewer in (client, pending_client, member_client):
        assert "geheime-kamer" not in viewer.get(meeting.get_absolute_url()).text


def test_online_link_is_hidden_from_waiting_and_cancelled_registrations(member, member_client):
    meeting = _online_meeting()
    registration = make_registration(meeting, member, status=Registration.Status.WAITING)
    assert "geheime-kamer" not in member_client.get(meeting.get_absolute_url()).text
    registration.status = Registration.Status.CANCELLED
    registration.save()
    assert "geheime-kamer" not in member_client.get(meeting.get_absolute_url()).text


def test_online_link_is_shown_to_confirmed_registrants(member, member_client, client):
    meeting = _online_meeting()
    make_registration(meeting, member)
    assert (
        'href="https://meet.example.org/geheime-kamer"'
        in member_client.get(meeting.get_absolute_url()).text
    )
    # Someone else's confirmed registration gives a visitor nothing.
    assert "geheime-kamer" not in client.get(meeting.get_absolute_url()).text


def test_trekker_without_registration_does_not_get_the_online_link(trekker_client):
    meeting = _online_meeting()
    assert "geheime-kamer" not in trekker_client.get(meeting.get_absolute_url()).text


# -- Factsheets on the meeting page ----------------------------------------------------------


def test_unpublished_factsheet_is_listed_for_trekkers_only(client, member_client, trekker_client):
    meeting = make_listed_meeting("Met factsheet", days_from_now=-3)
    unpublished_factsheet(meeting)
    assert "Factsheet van later" not in client.get(meeting.get_absolute_url()).text
    assert "Factsheet van later" not in member_client.get(meeting.get_absolute_url()).text
    html = trekker_client.get(meeting.get_absolute_url()).text
    assert "Factsheet van later" in html and "verschijnt op" in html


# -- Query budgets ---------------------------------------------------------------------------


@pytest.mark.parametrize("size", [2, 30])
def test_meeting_page_runs_a_fixed_number_of_queries(
    client, member, member_client, trekker_client, get_within_budget, size
):
    meeting = make_full_meeting(size)
    for number in range(4):
        make_listed_meeting(f"Volgende {number}", days_from_now=7 + number, themes=["taal"])
    make_registration(meeting, member)
    url = meeting.get_absolute_url()
    # Anonymous: the meeting with its confirmed count, its themes, goals, "Goed te weten"
    # links, agenda items with presenter profiles, published factsheets; the report and its
    # subgroups, reflections, follow-ups and sections; the next meetings; the member themes
    # on its agenda; the glossary linker (its version and labels); the evaluation summary
    # published with the report (followup); the approved online answers to its reflections
    # and the places reserved per perspective (participation); the kennisbank's publications
    # about it. Over the 12 of issue 14: a visitor gets the page from the page cache, and
    # the report's parts from a kept fragment (these budgets measure the page uncached).
    get_within_budget(client, url, 19)
    # Member: plus the session, the user, the trekker group check, the own registration, the
    # follow-up actions (one query) and the open reflection questions with the member's own
    # answers.
    get_within_budget(member_client, url, 24)
    # Trekker: the same as a member.
    get_within_budget(trekker_client, url, 24)


def test_page_templates_render_no_inline_styles(client, trekker_client):
    meeting = make_full_meeting(2)
    make_listed_meeting("Komt eraan", days_from_now=4)
    pages = [INDEX, meeting.get_absolute_url(), reverse("meetings:factsheets")]
    for viewer in (client, trekker_client):
        for url in pages:
            html = viewer.get(url).text
            assert not re.search(r"<style\b|\sstyle=|<script>", html), url


@pytest.mark.django_db
def test_presenter_organisation_follows_a_comma_not_nested_parentheses(client):
    meeting = make_meeting()
    meeting.agenda_items.create(
        title="Taalonderzoek", presenter_name="Mariska", presenter_organisation="TNO (onderzoekers)"
    )
    content = client.get(meeting.get_absolute_url()).content.decode()
    assert "Door Mariska, TNO (onderzoekers)</p>" in content
    assert "(TNO (onderzoekers))" not in content
