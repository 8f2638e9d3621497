"""Themes from members: propose with an explanation, one vote each, scheduled and discussed."""

import pytest
from django.contrib.admin.helpers import ACTION_CHECKBOX_NAME
from django.template.loader import render_to_string
from django.urls import reverse

from projects import services
from projects.models import Theme, ThemeSupport
from tests.factories import make_user
from tests.projects.factories import make_meeting, make_theme

pytestmark = pytest.mark.clock

EXPLANATION = "Hoe houden we rekening met de cultuur en achtergrond van gezinnen?"


@pytest.mark.django_db
def test_member_proposes_a_theme_that_shows_as_proposed(member_client, member):
    response = member_client.post(
        reverse("themes:propose"),
        {"title": "Cultuursensitief werken", "explanation": EXPLANATION},
    )
    theme = Theme.objects.get()
    assert response.status_code == 302
    assert theme.status == Theme.Status.PROPOSED
    assert theme.proposed_by == member
    assert list(Theme.objects.proposed()) == [theme]
    page = member_client.get(reverse("themes:index")).content.decode()
    proposed_section = page[page.index('id="voorgesteld"') : page.index('id="op-de-agenda"')]
    assert "Cultuursensitief werken" in proposed_section


@pytest.mark.django_db
def test_bad_theme_gets_dutch_errors_and_keeps_what_was_typed(member_client):
    response = member_client.post(
        reverse("themes:propose"), {"title": "", "explanation": "Te kort."}
    )
    content = response.content.decode()
    assert response.status_code == 400
    assert "Noem het thema dat je wilt inbrengen." in content
    assert "een toelichting van minstens 20 tekens" in content
    assert "Te kort.</textarea>" in content
    assert not Theme.objects.exists()


@pytest.mark.django_db
def test_too_long_explanation_is_refused_in_dutch(member_client):
    response = member_client.post(
        reverse("themes:propose"), {"title": "Triage", "explanation": "a" * 1001}
    )
    assert "Maak de toelichting korter: hoogstens 1000 tekens" in response.content.decode()
    assert not Theme.objects.exists()


@pytest.mark.django_db
def test_visitors_see_themes_but_not_who_proposed_them_and_cannot_propose(client, member):
    make_theme("Triage", proposed_by=member)
    content = client.get(reverse("themes:index")).content.decode()
    assert "Triage" in content
    assert "Lotte" not in content
    assert "Log in</a> als lid" in content
    assert client.post(reverse("themes:propose"), {"title": "x"}).status_code == 302
    assert Theme.objects.count() == 1


@pytest.mark.django_db
def test_each_member_supports_a_theme_once(member_client, member):
    theme = make_theme("Triage")
    url = reverse("themes:support", args=[theme.pk])
    member_client.post(url)
    response = member_client.post(url, follow=True)
    assert ThemeSupport.objects.filter(theme=theme, member=member).count() == 1
    assert "Iedereen kan één keer steunen" in response.content.decode()
    other = make_user("ander@example.org")
    assert services.support_theme(theme, other) is True
    assert Theme.objects.with_support_count().get().support_count == 2


@pytest.mark.django_db
def test_member_withdraws_support(member_client, member):
    theme = make_theme("Triage")
    services.support_theme(theme, member)
    member_client.post(reverse("themes:support", args=[theme.pk]), {"intrekken": "1"})
    assert not ThemeSupport.objects.exists()


@pytest.mark.django_db
def test_pending_account_cannot_support(pending_client):
    theme = make_theme("Triage")
    assert pending_client.post(reverse("themes:support", args=[theme.pk])).status_code == 403
    assert not ThemeSupport.objects.exists()


@pytest.mark.django_db
def test_trekker_schedules_a_theme_in_the_admin_and_the_meeting_shows_it(trekker_client):
    theme = make_theme("Cultuursensitief werken")
    meeting = make_meeting("Kwartaalbijeenkomst januari")
    response = trekker_client.post(
        reverse("admin:projects_theme_change", args=[theme.pk]),
        {
            "title": theme.title,
            "explanation": theme.explanation,
            "status": Theme.Status.PROPOSED,
            "meeting": meeting.pk,
            "proposed_by": "",
            "discussed_at_0": "",
            "discussed_at_1": "",
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    theme.refresh_from_db()
    assert theme.status == Theme.Status.SCHEDULED
    assert theme.meeting == meeting
    html = render_to_string("projects/includes/meeting_themes.html", {"meeting": meeting})
    assert "Cultuursensitief werken" in html
    assert "Thema&#x27;s vanuit de leden" in html or "Thema's vanuit de leden" in html


@pytest.mark.django_db
def test_trekker_marks_a_scheduled_theme_discussed(trekker_client):
    meeting = make_meeting()
    scheduled = make_theme("Triage", status=Theme.Status.SCHEDULED, meeting=meeting)
    waiting = make_theme("Preventie")
    trekker_client.post(
        reverse("admin:projects_theme_changelist"),
        {"action": "mark_discussed", ACTION_CHECKBOX_NAME: [scheduled.pk, waiting.pk]},
    )
    scheduled.refresh_from_db()
    waiting.refresh_from_db()
    assert scheduled.status == Theme.Status.DISCUSSED and scheduled.discussed_at
    assert waiting.status == Theme.Status.PROPOSED


@pytest.mark.django_db
def test_theme_list_shows_proposed_scheduled_and_discussed_apart(client):
    meeting = make_meeting("Bijeenkomst oktober")
    make_theme("Wacht nog")
    make_theme("Staat gepland", status=Theme.Status.SCHEDULED, meeting=meeting)
    make_theme("Al besproken", status=Theme.Status.DISCUSSED, meeting=meeting)
    page = client.get(reverse("themes:index")).content.decode()
    scheduled_at = page.index('id="op-de-agenda"')
    discussed_at = page.index('id="besproken"')
    assert page.index("Wacht nog") < scheduled_at
    assert scheduled_at < page.index("Staat gepland") < discussed_at
    assert discussed_at < page.index("Al besproken")
    assert "Op de agenda van" in page and "Bijeenkomst oktober" in page


@pytest.mark.django_db
def test_meeting_include_shows_only_that_meetings_themes_in_one_query(
    django_assert_num_queries,
):
    meeting = make_meeting("Januari")
    other = make_meeting("April", days_from_now=100)
    for number in range(5):
        make_theme(f"Thema {number}", status=Theme.Status.SCHEDULED, meeting=meeting)
    make_theme("Ander overleg", status=Theme.Status.SCHEDULED, meeting=other)
    make_theme("Nog niet gepland")
    # One query: the themes on this meeting's agenda.
    with django_assert_num_queries(1):
        html = render_to_string("projects/includes/meeting_themes.html", {"meeting": meeting})
    assert html.count("<strong>Thema ") == 5
    assert "Ander overleg" not in html and "Nog niet gepland" not in html


@pytest.mark.django_db
def test_meeting_include_is_empty_without_themes():
    html = render_to_string("projects/includes/meeting_themes.html", {"meeting": make_meeting()})
    assert "Thema" not in html


@pytest.mark.django_db
def test_trekker_puts_themes_on_the_next_meeting_with_one_action(trekker_client):
    make_meeting("Voorbij", days_from_now=-30)
    later = make_meeting("Later", days_from_now=60)
    next_meeting = make_meeting("Eerstvolgende", days_from_now=10)
    theme = make_theme("Preventie")
    trekker_client.post(
        reverse("admin:projects_theme_changelist"),
        {"action": "schedule_on_next_meeting", ACTION_CHECKBOX_NAME: [theme.pk]},
    )
    theme.refresh_from_db()
    assert theme.status == Theme.Status.SCHEDULED
    assert theme.meeting == next_meeting != later


@pytest.mark.django_db
def test_without_a_coming_meeting_nothing_is_scheduled_and_the_trekker_is_told(trekker_client):
    theme = make_theme("Preventie")
    response = trekker_client.post(
        reverse("admin:projects_theme_changelist"),
        {"action": "schedule_on_next_meeting", ACTION_CHECKBOX_NAME: [theme.pk]},
        follow=True,
    )
    assert "Er is nog geen komende bijeenkomst" in response.content.decode()
    theme.refresh_from_db()
    assert theme.status == Theme.Status.PROPOSED


@pytest.mark.django_db
def test_scheduled_themes_take_no_more_votes(member_client):
    theme = make_theme("Triage", status=Theme.Status.SCHEDULED, meeting=make_meeting())
    member_client.post(reverse("themes:support", args=[theme.pk]))
    assert not ThemeSupport.objects.exists()


@pytest.mark.django_db
def test_cards_say_nobody_supports_a_new_theme_instead_of_a_zero(client):
    make_theme("Nieuw thema")
    content = client.get(reverse("themes:index")).content.decode()
    assert "Nog niemand steunt dit thema" in content
    assert "0 leden steunen" not in content
