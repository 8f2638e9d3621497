"""Direct notifications: each kind reaches exactly the members who chose it and may see it."""

from datetime import timedelta

import pytest
import time_machine
from django.utils import timezone

from notifications import services
from notifications.models import Notification
from notifications.sources import local_day
from projects.models import Participation, ProjectUpdate, Theme, ThemeSupport
from projects.services import mark_theme_discussed, schedule_theme
from tests.factories import make_user
from tests.meetings.factories import make_factsheet, make_meeting, make_report
from tests.notifications.helpers import choose, html_of, mails_to, member_choosing
from tests.projects.factories import make_project, make_theme

pytestmark = [pytest.mark.django_db, pytest.mark.clock]


@pytest.fixture
def direct_reader():
    return member_choosing("direct@example.org", report="direct", new_meeting="direct")


@pytest.fixture
def digest_reader():
    return member_choosing("samenvatting@example.org", report="digest", new_meeting="digest")


@pytest.fixture
def never_reader():
    return member_choosing("nooit@example.org")


def test_a_published_report_reaches_only_the_members_who_chose_direct(
    direct_reader, digest_reader, never_reader, mailoutbox
):
    report = make_report(make_meeting("Kennissessie triage", days_from_now=-7))

    assert services.send_direct_notifications() == 1

    (message,) = mailoutbox
    assert message.to == [direct_reader.email]
    assert message.subject == "[Leernetwerk] Nieuw verslag: Kennissessie triage"
    day = local_day(report.meeting.starts_at)  # "dinsdag 3 november 2026"
    assert f"Verslag van de bijeenkomst van {day}" in message.body
    assert "Beste Direct," in message.body
    assert f"/bijeenkomsten/{report.meeting.slug}/#verslag" in message.body
    assert f"/bijeenkomsten/{report.meeting.slug}/#verslag" in html_of(message)
    assert Notification.objects.get().member == direct_reader


def test_running_twice_sends_nothing_twice(direct_reader, mailoutbox):
    make_report()
    services.send_direct_notifications()
    services.send_direct_notifications()
    assert len(mails_to(mailoutbox, direct_reader)) == 1


def test_a_draft_report_is_never_told(direct_reader, mailoutbox):
    make_report(published=False, summary="Nog niet af.")
    assert services.send_direct_notifications() == 0
    assert len(mailoutbox) == 0


def test_a_report_published_ahead_is_told_from_its_moment_on(direct_reader, mailoutbox):
    make_report(published_at=timezone.now() + timedelta(hours=3))
    assert services.send_direct_notifications() == 0

    with time_machine.travel(timezone.now() + timedelta(hours=3, minutes=5)):
        assert services.send_direct_notifications() == 1
    assert len(mails_to(mailoutbox, direct_reader)) == 1


def test_pending_refused_and_inactive_accounts_hear_nothing(mailoutbox):
    choose(make_user("wachtend@example.org", approved=False), report="direct")
    inactive = choose(make_user("weg@example.org"), report="direct")
    inactive.is_active = False
    inactive.save()
    make_report()
    assert services.send_direct_notifications() == 0
    assert len(mailoutbox) == 0


def test_defaults_send_reports_and_new_meetings_to_the_digest_not_at_once(mailoutbox):
    make_user("standaard@example.org")
    make_report()
    make_meeting("Nieuwe bijeenkomst")
    assert services.send_direct_notifications() == 0


def test_a_new_meeting_is_told_once_and_a_past_one_not(direct_reader, mailoutbox):
    meeting = make_meeting("Kwartaalbijeenkomst voorjaar", days_from_now=30, venue="Den Haag")
    make_meeting("Archief van vorig jaar", days_from_now=-300)

    services.send_direct_notifications()

    (message,) = mails_to(mailoutbox, direct_reader)
    assert message.subject == "[Leernetwerk] Nieuwe bijeenkomst: Kwartaalbijeenkomst voorjaar"
    assert meeting.get_absolute_url() in message.body


def test_registration_opening_is_found_by_the_periodic_run_when_its_moment_comes(mailoutbox):
    member = member_choosing("aanmelden@example.org", registration_open="direct")
    opens = timezone.now() + timedelta(days=1)
    meeting = make_meeting("Werkgroep", days_from_now=20, registration_opens_at=opens)
    assert services.send_direct_notifications() == 0  # not open yet

    with time_machine.travel(opens + timedelta(minutes=5)):
        assert services.send_direct_notifications() == 1
        assert services.send_direct_notifications() == 0

    (message,) = mails_to(mailoutbox, member)
    assert message.subject == "[Leernetwerk] Aanmelden kan: Werkgroep"
    assert "Aanmelden kan." in message.body
    assert meeting.get_absolute_url() in message.body


def test_a_factsheet_is_told_on_its_publication_day_not_before(mailoutbox):
    member = member_choosing("factsheet@example.org", factsheet="direct")
    today = timezone.localdate()
    make_factsheet(title="Factsheet later", published_on=today + timedelta(days=1))
    make_factsheet(title="Factsheet nu")

    services.send_direct_notifications()
    assert [message.subject for message in mails_to(mailoutbox, member)] == [
        "[Leernetwerk] Nieuwe factsheet: Factsheet nu"
    ]


def test_a_project_update_reaches_participants_who_may_see_the_project(mailoutbox):
    joined = member_choosing("mee@example.org", project_update="direct")
    outsider = member_choosing("buiten@example.org", project_update="direct")
    project = make_project("Taal rondom scheiding")
    Participation.objects.create(project=project, member=joined)
    ProjectUpdate.objects.create(project=project, text="We zijn **begonnen**.")

    services.send_direct_notifications()

    (message,) = mails_to(mailoutbox, joined)
    assert message.subject == "[Leernetwerk] Projectnieuws: Nieuws uit Taal rondom scheiding"
    assert "We zijn begonnen." in message.body
    assert mails_to(mailoutbox, outsider) == []


def test_an_update_of_a_project_that_is_no_longer_visible_is_not_told(mailoutbox):
    joined = member_choosing("mee@example.org", project_update="direct")
    project = make_project("Geheim idee", status="idea")
    Participation.objects.create(project=project, member=joined)
    ProjectUpdate.objects.create(project=project, text="Nieuws.")
    assert services.send_direct_notifications() == 0


def test_supporters_hear_when_their_theme_is_scheduled_and_discussed(mailoutbox):
    supporter = make_user("steun@example.org", first_name="Sanne")  # default: direct
    bystander = make_user("omstander@example.org")
    theme = make_theme("Cultuursensitief werken")
    ThemeSupport.objects.create(theme=theme, member=supporter)
    meeting = make_meeting("Kwartaalbijeenkomst", days_from_now=10)

    schedule_theme(theme, meeting)
    services.send_direct_notifications()
    mark_theme_discussed(Theme.objects.get(pk=theme.pk))
    services.send_direct_notifications()

    subjects = [message.subject for message in mails_to(mailoutbox, supporter)]
    assert subjects == [
        "[Leernetwerk] Thema dat je steunt: „Cultuursensitief werken” staat op de agenda van "
        "Kwartaalbijeenkomst",
        "[Leernetwerk] Thema dat je steunt: „Cultuursensitief werken” is besproken op "
        "Kwartaalbijeenkomst",
    ]
    assert mails_to(mailoutbox, bystander) == []


def test_every_direct_mail_carries_one_click_unsubscribe_headers_and_links(
    direct_reader, mailoutbox, settings
):
    settings.UNSUBSCRIBE_MAILTO = "afmelden@example.org"
    make_report()
    services.send_direct_notifications()

    (message,) = mailoutbox
    unsubscribe = services.unsubscribe_url(direct_reader, "report")
    assert message.extra_headers["List-Unsubscribe"] == (
        f"<{unsubscribe}>, <mailto:afmelden@example.org?subject=afmelden>"
    )
    assert message.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert unsubscribe.startswith(settings.SITE_URL + "/leden/mijn-gegevens/meldingen/afmelden/")
    assert unsubscribe in message.body
    assert "/leden/mijn-gegevens/meldingen/" in message.body
    html = html_of(message)
    assert unsubscribe in html
    assert '<html lang="nl">' in html
    assert "<img" not in html


def test_a_title_with_markup_is_escaped_in_the_html_mail(direct_reader, mailoutbox):
    make_meeting("<script>alert(1)</script> Bijeenkomst", days_from_now=12)
    services.send_direct_notifications()
    (message,) = mailoutbox
    assert "<script>" not in html_of(message)
    assert "&lt;script&gt;" in html_of(message)
