"""The admin for trekkers: meetings with their agenda, reports with their parts, factsheets."""

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from django.contrib.admin.sites import site
from django.urls import reverse
from django.utils import timezone

from meetings.models import AgendaItem, Meeting, Registration, Report
from tests.factories import make_user
from tests.meetings.factories import (
    make_agenda_item,
    make_factsheet,
    make_meeting,
    make_registration,
    make_report,
)
from tests.taalcheck.factories import make_network_glossary

pytestmark = pytest.mark.clock

AMSTERDAM = ZoneInfo("Europe/Amsterdam")


def inline_management(prefix, total=0, initial=0):
    return {
        f"{prefix}-TOTAL_FORMS": str(total),
        f"{prefix}-INITIAL_FORMS": str(initial),
        f"{prefix}-MIN_NUM_FORMS": "0",
        f"{prefix}-MAX_NUM_FORMS": "1000",
    }


def meeting_form(**changes):
    data = {
        "title": "Kwartaalbijeenkomst oktober",
        "slug": "kwartaalbijeenkomst-oktober",
        "kind": Meeting.Kind.QUARTERLY,
        "audience": "Alle leden",
        "introduction": "We kijken terug op het **eerste jaar**.",
        "themes": "triage, taal",
        "starts_at_0": "2-10-2023",
        "starts_at_1": "10:00",
        "ends_at_0": "2-10-2023",
        "ends_at_1": "12:00",
        "format": Meeting.Format.ONLINE,
        "venue": "",
        "address": "",
        "online_url": "https://meet.example.org/leernetwerk",
        "capacity": "40",
        "registration_opens_at_0": "",
        "registration_opens_at_1": "",
        "registration_closes_at_0": "",
        "registration_closes_at_1": "",
        "status": Meeting.Status.PLANNED,
        "cancellation_reason": "",
        "reminder_days": "7,1",
        **inline_management("goals"),
        **inline_management("agenda_items"),
        **inline_management("good_to_know"),
        **inline_management("factsheets"),
        # The follow-up app's inlines on the same page (followup/admin.py).
        **inline_management("actions"),
        **inline_management("evaluation"),
        **inline_management("reserved_places"),
    }
    data.update(changes)
    return data


def report_form(meeting, **changes):
    data = {
        "meeting": meeting.pk,
        "summary": "Het leernetwerk bestaat een jaar.",
        "status": Report.Status.DRAFT,
        "published_at_0": "",
        "published_at_1": "",
        **inline_management("subgroups"),
        **inline_management("reflections"),
        **inline_management("follow_ups"),
        **inline_management("sections"),
    }
    data.update(changes)
    return data


# -- Meetings -------------------------------------------------------------------------------


@pytest.mark.django_db
def test_trekker_adds_a_meeting_with_goals_agenda_and_good_to_know(trekker_client):
    data = meeting_form(
        **inline_management("goals", 2),
        **{"goals-0-position": "1", "goals-0-text": "Stand van zaken Leernetwerk"},
        **{"goals-1-position": "2", "goals-1-text": "Uitwisseling en kennismaking BOPOD"},
        **inline_management("agenda_items", 1),
        **{
            "agenda_items-0-position": "1",
            "agenda_items-0-starts_at": "10:15",
            "agenda_items-0-kind": AgendaItem.Kind.KWARTIERTJE,
            "agenda_items-0-title": "De MASIC bij Veilig Thuis",
            "agenda_items-0-presenter_name": "Janny Metz",
            "agenda_items-0-presenter_organisation": "Veilig Thuis",
            "agenda_items-0-description": "Inzicht in *gewelddadig conflict* bij scheiding.",
        },
        **inline_management("good_to_know", 1),
        **{
            "good_to_know-0-position": "1",
            "good_to_know-0-title": "Symposium Vertrouwen in verbinding",
            "good_to_know-0-happens_on": "5-9-2023",
        },
    )
    response = trekker_client.post(reverse("admin:meetings_meeting_add"), data, follow=True)

    assert response.status_code == 200
    meeting = Meeting.objects.get()
    # Entered as Amsterdam time (summer time, UTC+2).
    assert meeting.starts_at == datetime(2023, 10, 2, 8, 0, tzinfo=UTC)
    assert (
        meeting.introduction_html == "<p>We kijken terug op het <strong>eerste jaar</strong>.</p>\n"
    )
    assert set(meeting.themes.names()) == {"triage", "taal"}
    assert [goal.text for goal in meeting.goals.all()] == [
        "Stand van zaken Leernetwerk",
        "Uitwisseling en kennismaking BOPOD",
    ]
    item = meeting.agenda_items.get()
    assert (item.presenter_name, item.kind) == ("Janny Metz", AgendaItem.Kind.KWARTIERTJE)
    assert "<em>gewelddadig conflict</em>" in item.description_html
    assert meeting.good_to_know.get().title == "Symposium Vertrouwen in verbinding"


@pytest.mark.django_db
def test_a_meeting_that_ends_before_it_starts_is_refused_in_dutch(trekker_client):
    data = meeting_form(ends_at_1="09:00", title="Blijft staan")
    response = trekker_client.post(reverse("admin:meetings_meeting_add"), data)
    content = response.content.decode()
    assert response.status_code == 200
    assert "Het einde moet na het begin liggen." in content
    assert 'value="Blijft staan"' in content
    assert not Meeting.objects.exists()


@pytest.mark.django_db
def test_capacity_below_the_confirmed_count_is_refused_in_the_admin(trekker_client):
    meeting = make_meeting(slug="vol", capacity=5)
    for number in range(3):
        make_registration(meeting, make_user(f"deelnemer{number}@example.org"))
    data = meeting_form(slug="vol", capacity="2")
    response = trekker_client.post(
        reverse("admin:meetings_meeting_change", args=[meeting.pk]), data
    )
    assert "Er zijn al 3 aanmeldingen." in response.content.decode()
    meeting.refresh_from_db()
    assert meeting.capacity == 5


@pytest.mark.django_db
def test_meeting_list_shows_amsterdam_time_and_places_taken(trekker_client, member):
    starts_at = datetime(2024, 1, 23, 9, 30, tzinfo=AMSTERDAM)
    meeting = make_meeting("Kwartaalbijeenkomst januari", starts_at=starts_at, capacity=40)
    make_registration(meeting, member)
    make_registration(meeting, make_user("wacht@example.org"), status=Registration.Status.WAITING)
    make_meeting("Werkgroep zonder maximum", starts_at=starts_at + timedelta(days=1))

    response = trekker_client.get(reverse("admin:meetings_meeting_changelist"))
    content = response.content.decode()
    assert "23 januari 2024, 09:30" in content
    assert "1 / 40" in content
    assert "0 (geen maximum)" in content
    # The registration helper's CSV export is one of the meeting actions.
    assert 'value="export_registrations_csv"' in content


@pytest.mark.django_db
def test_meeting_list_shows_the_registration_badge_members_see(trekker_client, member):
    make_meeting("Nog niet open", registration_opens_at=timezone.now() + timedelta(days=3))
    full = make_meeting("Vol", capacity=1)
    make_registration(full, member)
    content = trekker_client.get(reverse("admin:meetings_meeting_changelist")).text
    assert "Aanmelden kan vanaf" in content
    assert "Vol – wachtlijst" in content


@pytest.mark.django_db
def test_meeting_list_filters_by_year_and_kind(trekker_client):
    make_meeting("Oktober 2023", starts_at=datetime(2023, 10, 2, 10, tzinfo=AMSTERDAM))
    make_meeting(
        "Gouda 2024",
        starts_at=datetime(2024, 9, 3, 13, tzinfo=AMSTERDAM),
        kind=Meeting.Kind.KNOWLEDGE,
    )
    url = reverse("admin:meetings_meeting_changelist")

    by_year = trekker_client.get(url, {"jaar": "2023"}).content.decode()
    assert "Oktober 2023" in by_year
    assert "Gouda 2024" not in by_year
    assert 'href="?jaar=2024"' in by_year

    by_kind = trekker_client.get(url, {"kind__exact": Meeting.Kind.KNOWLEDGE}).content.decode()
    assert "Gouda 2024" in by_kind
    assert "Oktober 2023" not in by_kind


@pytest.mark.django_db
def test_meeting_search_finds_presenters_and_organisations_once(trekker_client):
    meeting = make_meeting("Kwartaalbijeenkomst oktober")
    make_agenda_item(meeting, "LNW-kwartiertje", presenter_name="Janny Metz")
    make_agenda_item(meeting, "Vragen", presenter_name="Janny Metz", presenter_organisation="VT")
    make_meeting("Andere bijeenkomst")
    url = reverse("admin:meetings_meeting_changelist")

    response = trekker_client.get(url, {"q": "Metz"})
    assert list(response.context["cl"].result_list) == [meeting]
    response = trekker_client.get(url, {"q": "VT"})
    assert list(response.context["cl"].result_list) == [meeting]


@pytest.mark.django_db
def test_meeting_admin_links_to_the_meeting_page(trekker_client):
    meeting = make_meeting(slug="oktober-2023")
    response = trekker_client.get(reverse("admin:meetings_meeting_change", args=[meeting.pk]))
    assert response.status_code == 200
    assert response.context["has_absolute_url"]
    assert site._registry[Meeting].get_view_on_site_url(meeting).startswith("/beheer/r/")


@pytest.mark.django_db
def test_saving_a_meeting_with_a_discouraged_term_in_the_agenda_warns(trekker_client):
    make_network_glossary()
    data = meeting_form(
        **inline_management("agenda_items", 1),
        **{
            "agenda_items-0-position": "1",
            "agenda_items-0-kind": AgendaItem.Kind.PRESENTATION,
            "agenda_items-0-title": "Ouderverstoting in de praktijk",
        },
    )
    response = trekker_client.post(reverse("admin:meetings_meeting_add"), data, follow=True)
    content = response.content.decode()
    assert Meeting.objects.exists()
    assert "gebruik liever „contactverlies”" in content


# -- Reports --------------------------------------------------------------------------------


@pytest.mark.django_db
def test_new_report_gets_the_trekker_as_author_and_its_parts(trekker_client, trekker):
    meeting = make_meeting(days_from_now=-7)
    data = report_form(
        meeting,
        **inline_management("subgroups", 1),
        **{
            "subgroups-0-position": "1",
            "subgroups-0-name": "Groep 1",
            "subgroups-0-topic": "Hoe breed is de zienswijze toepasbaar?",
            "subgroups-0-points": "- Zienswijze is breder toepasbaar.\n- Meer tijd nemen.",
        },
        **inline_management("reflections", 1),
        **{
            "reflections-0-position": "1",
            "reflections-0-question": "Past dit bij jullie gemeente?",
            "reflections-0-answers": "Training is belangrijk.",
        },
        **inline_management("follow_ups", 1),
        **{
            "follow_ups-0-position": "1",
            "follow_ups-0-action": "Klein-maar-Fijn-projecten verder uitwerken.",
            "follow_ups-0-owner": "Leernetwerktrekkers",
        },
    )
    response = trekker_client.post(reverse("admin:meetings_report_add"), data, follow=True)

    assert response.status_code == 200
    report = Report.objects.get()
    assert report.author == trekker
    assert report.status == Report.Status.DRAFT
    assert report.subgroups.get().points_html.startswith("<ul>\n<li>Zienswijze is breder")
    assert report.reflections.get().answers_html == "<p>Training is belangrijk.</p>\n"
    assert report.follow_ups.get().owner == "Leernetwerktrekkers"


@pytest.mark.django_db
def test_editing_a_report_keeps_its_author(trekker_client, member):
    report = make_report(published=False, author=member)
    response = trekker_client.post(
        reverse("admin:meetings_report_change", args=[report.pk]),
        report_form(report.meeting, summary="Aangepast."),
    )
    assert response.status_code == 302
    report.refresh_from_db()
    assert (report.summary, report.author) == ("Aangepast.", member)


@pytest.mark.django_db
def test_saving_a_report_with_vechtscheiding_warns_the_trekker(trekker_client):
    make_network_glossary()
    meeting = make_meeting(days_from_now=-7)
    data = report_form(
        meeting,
        summary="We spraken over kinderen in een vechtscheiding.",
        **inline_management("sections", 1),
        **{
            "sections-0-position": "1",
            "sections-0-heading": "Taal",
            "sections-0-body": "Nog een keer: vechtscheiding.",
        },
    )
    response = trekker_client.post(reverse("admin:meetings_report_add"), data, follow=True)
    content = response.content.decode()
    assert Report.objects.exists()
    assert "„vechtscheiding” (2×): gebruik liever „complexe scheidingsproblematiek”" in content


@pytest.mark.django_db
def test_saving_a_report_in_preferred_terms_gives_no_warning(trekker_client):
    make_network_glossary()
    meeting = make_meeting(days_from_now=-7)
    data = report_form(meeting, summary="Over complexe scheidingsproblematiek en contactverlies.")
    response = trekker_client.post(reverse("admin:meetings_report_add"), data, follow=True)
    assert Report.objects.exists()
    assert "liever niet" not in response.content.decode()


def run_action(client, action, reports):
    return client.post(
        reverse("admin:meetings_report_changelist"),
        {"action": action, "_selected_action": [report.pk for report in reports]},
        follow=True,
    )


@pytest.mark.django_db
def test_publish_action_dates_new_publications_now_and_keeps_planned_dates(trekker_client):
    undated = make_report(published=False)
    planned_for = timezone.now() + timedelta(days=3)
    planned = make_report(published=False, published_at=planned_for)
    before = timezone.now()

    response = run_action(trekker_client, "publish", [undated, planned])

    assert "2 verslagen gepubliceerd." in response.content.decode()
    undated.refresh_from_db()
    planned.refresh_from_db()
    assert undated.status == planned.status == Report.Status.PUBLISHED
    assert undated.published_at >= before
    assert planned.published_at == planned_for
    assert list(Report.objects.published()) == [undated]


@pytest.mark.django_db
def test_unpublish_action_hides_the_report_again(trekker_client):
    report = make_report(published=True)
    draft = make_report(published=False)

    response = run_action(trekker_client, "unpublish", [report, draft])

    assert (
        "1 verslag teruggezet naar concept. Leden zien het niet meer." in response.content.decode()
    )
    report.refresh_from_db()
    assert report.status == Report.Status.DRAFT
    assert not Report.objects.published().exists()


@pytest.mark.django_db
def test_members_cannot_run_admin_actions(member_client):
    report = make_report(published=False)
    run_action(member_client, "publish", [report])
    report.refresh_from_db()
    assert report.status == Report.Status.DRAFT


@pytest.mark.django_db
def test_view_on_site_of_a_draft_opens_its_preview_on_the_meeting_page(trekker_client):
    meeting = make_meeting(slug="januari-2024", days_from_now=-7)
    report = make_report(meeting, published=False, summary="Nog een **concept**.")
    link = site._registry[Report].view_on_site(report)
    assert link == "/bijeenkomsten/januari-2024/#verslag"
    response = trekker_client.get(link.split("#")[0])
    assert "Nog een <strong>concept</strong>." in response.content.decode()


@pytest.mark.django_db
def test_report_list_filters_by_status_and_meeting_year(trekker_client):
    old = make_report(
        make_meeting("Januari 2023", starts_at=datetime(2023, 1, 24, 10, tzinfo=AMSTERDAM)),
        published=True,
    )
    new = make_report(
        make_meeting("Gouda 2024", starts_at=datetime(2024, 9, 3, 13, tzinfo=AMSTERDAM)),
        published=False,
    )
    url = reverse("admin:meetings_report_changelist")

    by_year = trekker_client.get(url, {"jaar": "2023"})
    assert list(by_year.context["cl"].result_list) == [old]
    by_status = trekker_client.get(url, {"status__exact": Report.Status.DRAFT})
    assert list(by_status.context["cl"].result_list) == [new]
    searched = trekker_client.get(url, {"q": "Gouda"})
    assert list(searched.context["cl"].result_list) == [new]


# -- Factsheets -----------------------------------------------------------------------------


@pytest.mark.django_db
def test_factsheet_list_filters_by_kind_and_meeting_year(trekker_client):
    meeting = make_meeting(starts_at=datetime(2023, 10, 2, 10, tzinfo=AMSTERDAM))
    factsheet = make_factsheet(meeting, title="Factsheet oktober 2023")
    make_factsheet(None, title="Losse bijlage", kind="attachment")
    url = reverse("admin:meetings_factsheet_changelist")

    by_kind = trekker_client.get(url, {"kind__exact": "factsheet"})
    assert list(by_kind.context["cl"].result_list) == [factsheet]
    by_year = trekker_client.get(url, {"jaar": "2023"})
    assert list(by_year.context["cl"].result_list) == [factsheet]


# -- Query budgets --------------------------------------------------------------------------


def fill(size):
    """Make `size` meetings, each with agenda items, registrations, a report and a factsheet."""
    people = [make_user(f"persoon{number}@example.org") for number in range(5)]
    for number in range(size):
        meeting = make_meeting(f"Bijeenkomst {number}", days_from_now=number - size, capacity=3)
        make_agenda_item(meeting, "Welkom", presenter_name=f"Persoon {number}")
        for person in people[:4]:
            make_registration(meeting, person, status=Registration.Status.CONFIRMED)
        make_report(meeting, published=number % 2 == 0, author=people[0])
        make_factsheet(meeting, title=f"Factsheet {number}")


@pytest.mark.django_db
@pytest.mark.parametrize("size", [2, 30])
def test_admin_changelists_run_a_fixed_number_of_queries(trekker_client, get_within_budget, size):
    fill(size)
    # Every list: the session, the user, the user's own and group permissions (2), the years
    # for the year filter, the count of the results and of everything (2), then the rows.
    # Meetings: the rows with their confirmed counts and reports in one query, and the date
    # hierarchy (first and last date, the months).
    get_within_budget(trekker_client, reverse("admin:meetings_meeting_changelist"), 10)
    # Reports: the rows with their meeting and author joined in.
    get_within_budget(trekker_client, reverse("admin:meetings_report_changelist"), 8)
    # Factsheets: the rows with their meeting joined in, and the date hierarchy (2).
    get_within_budget(trekker_client, reverse("admin:meetings_factsheet_changelist"), 10)


def test_raising_the_capacity_moves_the_waiting_list_up_and_mails_them(
    trekker_client, mailoutbox, django_capture_on_commit_callbacks
):
    meeting = make_meeting(slug="groter", capacity=1, days_from_now=30)
    make_registration(meeting, make_user("eerste@example.org"))
    waiting = [
        make_registration(
            meeting,
            make_user(f"wacht{number}@example.org"),
            status=Registration.Status.WAITING,
            registered_at=timezone.now() + timedelta(seconds=number),
        )
        for number in range(3)
    ]
    day = timezone.localtime(meeting.starts_at).strftime("%d-%m-%Y")
    data = meeting_form(
        slug="groter",
        capacity="3",
        online_url="",  # as it was: a new link would be mailed to those with a place
        starts_at_0=day,
        ends_at_0=day,
        starts_at_1=timezone.localtime(meeting.starts_at).strftime("%H:%M"),
        ends_at_1=timezone.localtime(meeting.ends_at).strftime("%H:%M"),
    )

    with django_capture_on_commit_callbacks(execute=True):
        response = trekker_client.post(
            reverse("admin:meetings_meeting_change", args=[meeting.pk]), data, follow=True
        )

    assert "2 wachtenden hebben nu een plek en krijgen een e-mail." in response.content.decode()
    statuses = [Registration.objects.get(pk=registration.pk).status for registration in waiting]
    assert statuses == [
        Registration.Status.CONFIRMED,
        Registration.Status.CONFIRMED,
        Registration.Status.WAITING,
    ]
    assert sorted(mail.to[0] for mail in mailoutbox) == ["wacht0@example.org", "wacht1@example.org"]


@pytest.mark.parametrize("slug", ["feed", "factsheets", "agenda"])
def test_a_meeting_slug_that_is_a_page_is_refused(trekker_client, slug):
    response = trekker_client.post(reverse("admin:meetings_meeting_add"), meeting_form(slug=slug))

    assert "Deze korte naam is al in gebruik voor een pagina" in response.content.decode()
    assert not Meeting.objects.filter(slug=slug).exists()
