"""Cancellation and change mails carry the meeting as iTIP calendar files (RFC 5546).

Parsed back with icalendar: METHOD, UID, SEQUENCE and STATUS, and the mail's own text.
"""

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone
from icalendar import Calendar

from meetings import services
from meetings.models import Meeting, Registration
from tests.conftest import sent_mail
from tests.factories import make_user
from tests.meetings.factories import make_meeting, make_registration
from tests.meetings.test_admin import meeting_form

pytestmark = [pytest.mark.django_db, pytest.mark.clock]

UID = "meeting-{pk}@leernetwerk"


def calendar_of(mail):
    [(filename, content, mimetype)] = mail.attachments
    assert filename.endswith(".ics")
    return Calendar.from_ical(content), mimetype


def event_of(mail):
    calendar, mimetype = calendar_of(mail)
    [event] = calendar.walk("VEVENT")
    return str(calendar["METHOD"]), event, mimetype


def mail_to(address):
    [mail] = [mail for mail in sent_mail() if mail.to == [address]]
    return mail


@pytest.fixture
def meeting(db):
    return make_meeting(
        "Kwartaalbijeenkomst maart",
        days_from_now=20,
        format=Meeting.Format.ON_SITE,
        venue="Stadskantoor",
        address="Spui 70, Den Haag",
        capacity=1,
    )


@pytest.fixture
def registered(meeting, on_commit):
    """A member with the place (the confirmation mail sent) and one on the waiting list."""
    member = make_user("lid@example.org", first_name="Lotte")
    waiting = make_user("wacht@example.org", first_name="Wim")
    on_commit(services.register, meeting, member)
    on_commit(services.register, meeting, waiting)
    confirmation = mail_to("lid@example.org")
    sent_mail().clear()
    return member, waiting, confirmation


def test_a_member_who_cancels_gets_a_cancel_with_the_same_uid_and_a_higher_sequence(
    meeting, registered
):
    member, waiting, confirmation = registered
    [first] = calendar_of(confirmation)[0].walk("VEVENT")

    services.cancel(meeting, member)

    method, event, mimetype = event_of(mail_to("lid@example.org"))
    assert method == "CANCEL"
    assert mimetype == "text/calendar; method=CANCEL"
    assert str(event["UID"]) == str(first["UID"]) == UID.format(pk=meeting.pk)
    assert event["SEQUENCE"] > first["SEQUENCE"]
    assert str(event["STATUS"]) == "CANCELLED"
    assert str(event["ORGANIZER"]).startswith("mailto:")
    assert str(event["ATTENDEE"]) == "mailto:lid@example.org"
    mail = mail_to("lid@example.org")
    assert "Je bent afgemeld" in mail.subject
    assert "In de bijlage staat de afmelding voor je agenda." in mail.body
    # The waiting member moved up and gets the meeting with the new SEQUENCE.
    _, promoted, _ = event_of(mail_to("wacht@example.org"))
    assert promoted["SEQUENCE"] == event["SEQUENCE"]
    meeting.refresh_from_db()
    assert meeting.sequence == event["SEQUENCE"]


def test_the_raw_mail_says_method_cancel_in_its_content_type(meeting, registered):
    member = registered[0]
    services.cancel(meeting, member)
    message = mail_to("lid@example.org").message()
    [part] = [part for part in message.walk() if part.get_content_type() == "text/calendar"]
    assert part.get_param("method") == "CANCEL"
    assert part.get_content_charset() == "utf-8"
    assert part.get_filename() == f"{meeting.slug}.ics"
    calendar = Calendar.from_ical(part.get_payload(decode=True))
    assert str(calendar["METHOD"]) == "CANCEL"


def test_leaving_the_waiting_list_sends_no_calendar_file(meeting, registered):
    waiting = registered[1]
    services.cancel(meeting, waiting)
    mail = mail_to("wacht@example.org")
    assert mail.attachments == []
    assert "Staat de bijeenkomst in je agenda?" in mail.body


def test_a_trekker_who_cancels_a_registration_sends_the_cancel_too(
    meeting, registered, trekker_client
):
    registration = Registration.objects.get(meeting=meeting, user=registered[0])
    trekker_client.post(
        reverse("admin:meetings_registration_changelist"),
        {"action": "cancel_registrations", "_selected_action": [registration.pk]},
    )
    method, event, _ = event_of(mail_to("lid@example.org"))
    assert method == "CANCEL"
    assert str(event["STATUS"]) == "CANCELLED"
    assert "Een trekker van het leernetwerk heeft je afgemeld" in mail_to("lid@example.org").body


def change_meeting(client, meeting, **changes):
    start = timezone.localtime(meeting.starts_at)
    end = timezone.localtime(meeting.ends_at)
    data = meeting_form(
        title=meeting.title,
        slug=meeting.slug,
        starts_at_0=start.strftime("%d-%m-%Y"),
        starts_at_1=start.strftime("%H:%M"),
        ends_at_0=end.strftime("%d-%m-%Y"),
        ends_at_1=end.strftime("%H:%M"),
        format=meeting.format,
        venue=meeting.venue,
        address=meeting.address,
        online_url=meeting.online_url,
        capacity=str(meeting.capacity or ""),
        introduction=meeting.introduction,
        audience=meeting.audience,
        themes="",
    )
    data.update(changes)
    response = client.post(
        reverse("admin:meetings_meeting_change", args=[meeting.pk]), data, follow=True
    )
    assert response.status_code == 200
    assert not response.context.get("errors"), response.context.get("errors")
    return response


def test_cancelling_the_meeting_mails_a_cancel_to_those_with_a_place(
    meeting, registered, trekker_client
):
    before = Meeting.objects.get(pk=meeting.pk).sequence

    response = change_meeting(
        trekker_client, meeting, status="cancelled", cancellation_reason="De spreker is ziek."
    )

    assert "2 deelnemers krijgen een e-mail over de wijziging." in response.content.decode()
    method, event, _ = event_of(mail_to("lid@example.org"))
    assert method == "CANCEL"
    assert str(event["UID"]) == UID.format(pk=meeting.pk)
    assert event["SEQUENCE"] == before + 1 == Meeting.objects.get(pk=meeting.pk).sequence
    assert str(event["STATUS"]) == "CANCELLED"
    mail = mail_to("lid@example.org")
    assert "Gaat niet door: Kwartaalbijeenkomst maart" in mail.subject
    assert "Waarom niet: De spreker is ziek." in mail.body
    # The waiting list hears it too, without a calendar file (they had no appointment).
    waiting_mail = mail_to("wacht@example.org")
    assert waiting_mail.attachments == []
    assert "gaat niet door" in waiting_mail.body


def test_a_new_time_mails_a_request_with_sequence_plus_one_to_those_with_a_place(
    meeting, registered, trekker_client
):
    before = Meeting.objects.get(pk=meeting.pk).sequence
    later = timezone.localtime(meeting.starts_at) + timedelta(hours=1)

    change_meeting(trekker_client, meeting, starts_at_1=later.strftime("%H:%M"))

    method, event, mimetype = event_of(mail_to("lid@example.org"))
    assert method == "REQUEST"
    assert mimetype == "text/calendar; method=REQUEST"
    assert str(event["UID"]) == UID.format(pk=meeting.pk)
    assert event["SEQUENCE"] == before + 1
    assert str(event["STATUS"]) == "CONFIRMED"
    assert event.decoded("DTSTART") == later
    mail = mail_to("lid@example.org")
    assert "Gewijzigd: Kwartaalbijeenkomst maart" in mail.subject
    assert "De tijd van deze bijeenkomst is veranderd." in mail.body
    assert later.strftime("%H:%M") in mail.body
    # Only those with a place: the waiting list has no appointment to change.
    assert [mail.to for mail in sent_mail()] == [["lid@example.org"]]


def test_a_new_place_mails_a_request_and_a_new_title_only_raises_the_sequence(
    meeting, registered, trekker_client
):
    change_meeting(trekker_client, meeting, title="Kwartaalbijeenkomst maart (nieuwe titel)")
    assert len(sent_mail()) == 0
    after_title = Meeting.objects.get(pk=meeting.pk)
    assert after_title.sequence == meeting.sequence + 1

    change_meeting(trekker_client, after_title, venue="Bibliotheek", address="Spui 68")

    method, event, _ = event_of(mail_to("lid@example.org"))
    assert method == "REQUEST"
    assert event["SEQUENCE"] == after_title.sequence + 1
    assert "Bibliotheek, Spui 68" in str(event["LOCATION"])
    assert "De plek of de manier van meedoen" in mail_to("lid@example.org").body


def test_a_meeting_that_goes_ahead_after_all_mails_a_request_again(meeting, registered):
    Meeting.objects.filter(pk=meeting.pk).update(
        status=Meeting.Status.CANCELLED, cancellation_reason="Ziek."
    )
    Meeting.objects.filter(pk=meeting.pk).update(status=Meeting.Status.PLANNED)
    assert services.meeting_changed(meeting, ["status"], was_cancelled=True) == 1
    method, event, _ = event_of(mail_to("lid@example.org"))
    assert method == "REQUEST"
    assert "gaat toch door" in mail_to("lid@example.org").body


def test_changes_to_a_meeting_that_is_over_mail_nobody(registered, meeting):
    Meeting.objects.filter(pk=meeting.pk).update(
        starts_at=timezone.now() - timedelta(days=2),
        ends_at=timezone.now() - timedelta(days=2, hours=-2),
    )
    assert services.meeting_changed(meeting, ["venue"]) == 0
    assert len(sent_mail()) == 0


def test_the_feed_carries_the_stored_sequence(client, meeting):
    Meeting.objects.filter(pk=meeting.pk).update(sequence=41)
    response = client.get(reverse("meetings:meeting_ics", args=[meeting.slug]))
    [event] = Calendar.from_ical(response.content).walk("VEVENT")
    assert event["SEQUENCE"] == 41
    assert Calendar.from_ical(response.content)["METHOD"] == "PUBLISH"


def test_cancelled_registrations_are_not_mailed_about_changes(meeting, registered):
    member = make_user("weg@example.org")
    make_registration(meeting, member, status=Registration.Status.CANCELLED)
    assert services.meeting_changed(meeting, ["starts_at"]) == 1
    assert [mail.to for mail in sent_mail()] == [["lid@example.org"]]


def test_registering_again_after_a_cancel_outranks_that_cancel(meeting, registered, on_commit):
    member, waiting, _ = registered
    on_commit(services.cancel, meeting, waiting)  # room again for the member later
    sent_mail().clear()
    on_commit(services.cancel, meeting, member)
    _, cancelled, _ = event_of(mail_to("lid@example.org"))
    sent_mail().clear()

    on_commit(services.register, meeting, member)

    calendar, _ = calendar_of(mail_to("lid@example.org"))
    [event] = calendar.walk("VEVENT")
    assert event["SEQUENCE"] > cancelled["SEQUENCE"]
    assert str(event["STATUS"]) == "CONFIRMED"
