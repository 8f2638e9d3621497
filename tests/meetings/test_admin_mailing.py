"""Trekkers mail a meeting's registrants from the admin: form, preview with count, send, record."""

import pytest
from django.contrib.auth.models import Permission
from django.urls import reverse

from leernetwerk.models import OutgoingMail
from meetings.models import Mailing, MailingRecipient, Registration
from tests.conftest import sent_mail
from tests.factories import logged_in_client, make_user
from tests.meetings.factories import make_meeting, make_registration

pytestmark = [pytest.mark.django_db, pytest.mark.clock]

WAITING = Registration.Status.WAITING


@pytest.fixture
def meeting(db):
    meeting = make_meeting("Kwartaalbijeenkomst april", days_from_now=20)
    make_registration(meeting, make_user("een@example.org", first_name="Eva"))
    make_registration(meeting, make_user("twee@example.org", first_name="Tom"))
    make_registration(meeting, make_user("wacht@example.org", first_name="Wim"), status=WAITING)
    make_registration(meeting, make_user("weg@example.org"), status=Registration.Status.CANCELLED)
    inactive = make_user("oud@example.org")
    inactive.is_active = False
    inactive.save()
    make_registration(meeting, inactive)
    return meeting


def url_of(meeting):
    return reverse("admin:meetings_meeting_mail", args=[meeting.pk])


def data(step, audience="active", **extra):
    return {
        "stap": step,
        "audience": audience,
        "subject": "Praktische informatie",
        "body": "Neem je laptop mee.\nWe beginnen om twee uur.",
        **extra,
    }


def test_the_meeting_page_links_to_the_mailing_form(trekker_client, meeting):
    html = trekker_client.get(reverse("admin:meetings_meeting_change", args=[meeting.pk]))
    assert url_of(meeting) in html.content.decode()


def test_the_form_the_preview_with_the_count_then_sending(trekker_client, trekker, meeting):
    sent_mail().clear()
    form = trekker_client.get(url_of(meeting))
    assert form.status_code == 200
    assert "Bekijk eerst een voorbeeld" in form.content.decode()

    preview = trekker_client.post(url_of(meeting), data("voorbeeld"))

    html = preview.content.decode()
    assert "Deze e-mail gaat naar 3 personen" in html
    assert "Praktische informatie" in html
    assert "Beste Eva," in html
    assert "Neem je laptop mee." in html
    assert "Versturen naar 3 personen" in html
    # A preview sends nothing.
    assert not Mailing.objects.exists()
    assert OutgoingMail.objects.count() == 0

    response = trekker_client.post(url_of(meeting), data("versturen"), follow=True)

    mailing = Mailing.objects.get()
    assert response.redirect_chain[-1][0] == reverse(
        "admin:meetings_mailing_change", args=[mailing.pk]
    )
    assert "De e-mail staat klaar voor 3 personen." in response.content.decode()
    assert mailing.sent_by == trekker
    assert sorted(mailing.recipients.values_list("email", flat=True)) == [
        "een@example.org",
        "twee@example.org",
        "wacht@example.org",
    ]
    mails = sent_mail()
    # One mail per person: nobody sees the others' addresses.
    assert sorted(mail.to for mail in mails) == [
        ["een@example.org"],
        ["twee@example.org"],
        ["wacht@example.org"],
    ]
    [mail] = [mail for mail in mails if mail.to == ["twee@example.org"]]
    assert mail.subject.endswith("Praktische informatie")
    assert mail.body.startswith("Beste Tom,")
    assert "Neem je laptop mee.\nWe beginnen om twee uur." in mail.body
    assert "Kwartaalbijeenkomst april" in mail.body
    assert "Tessa Trekker" in mail.body


@pytest.mark.parametrize(
    ("audience", "expected"),
    [("confirmed", ["een@example.org", "twee@example.org"]), ("waiting", ["wacht@example.org"])],
)
def test_the_trekker_chooses_who_gets_it(trekker_client, meeting, audience, expected):
    trekker_client.post(url_of(meeting), data("versturen", audience=audience))
    assert sorted(mail.to[0] for mail in sent_mail()) == expected


def test_nobody_to_mail_is_said_and_the_text_is_kept(trekker_client):
    empty = make_meeting("Lege bijeenkomst")
    response = trekker_client.post(url_of(empty), data("voorbeeld"))
    html = response.content.decode()
    assert "Niemand om te mailen: kies een andere groep." in html
    assert "Neem je laptop mee." in html
    assert not Mailing.objects.exists()


def test_a_missing_subject_is_refused_in_dutch(trekker_client, meeting):
    response = trekker_client.post(url_of(meeting), data("versturen", subject=""))
    assert "Dit veld is verplicht." in response.content.decode()
    assert not Mailing.objects.exists()


def test_the_mailing_page_shows_what_reached_whom_and_what_failed(
    trekker_client, meeting, get_within_budget
):
    trekker_client.post(url_of(meeting), data("versturen"))
    mailing = Mailing.objects.get()
    failed = MailingRecipient.objects.get(email="wacht@example.org").mail
    OutgoingMail.objects.filter(pk=failed.pk).update(
        status=OutgoingMail.Status.FAILED, last_error="SMTPRecipientsRefused: onbekend adres"
    )
    sent_mail()  # the worker sends the rest

    # Session, user, groups and permissions, the mailing, its recipients with their mails
    # (once for the rows, once for the summary), the meeting and sender, messages.
    response = get_within_budget(
        trekker_client, reverse("admin:meetings_mailing_change", args=[mailing.pk]), 12
    )

    html = response.content.decode()
    assert "Verstuurd: 2" in html
    assert "Mislukt: 1" in html
    assert "SMTPRecipientsRefused: onbekend adres" in html
    assert reverse("admin:leernetwerk_outgoingmail_change", args=[failed.pk]) in html
    listing = get_within_budget(trekker_client, reverse("admin:meetings_mailing_changelist"), 12)
    assert "Praktische informatie" in listing.content.decode()


def test_the_form_runs_a_fixed_number_of_queries(trekker_client, meeting, get_within_budget):
    get_within_budget(trekker_client, url_of(meeting), 10)


def test_staff_without_the_permission_may_not_mail(meeting):
    helper = make_user("helper@example.org", authenticator_app=True)
    helper.is_staff = True
    helper.save()
    helper.user_permissions.add(Permission.objects.get(codename="change_meeting"))
    client = logged_in_client(helper)
    assert client.get(url_of(meeting)).status_code == 403
    assert client.post(url_of(meeting), data("versturen")).status_code == 403
    assert not Mailing.objects.exists()


def test_sending_needs_the_csrf_token(trekker, meeting):
    strict = logged_in_client(trekker)
    strict.handler.enforce_csrf_checks = True
    response = strict.post(url_of(meeting), data("versturen"))
    assert response.status_code == 403
    assert not Mailing.objects.exists()


def test_members_are_sent_to_the_admin_login(member_client, meeting):
    response = member_client.get(url_of(meeting))
    assert response.status_code == 302
    assert "/beheer/login/" in response["Location"]


def test_an_unknown_meeting_is_a_404(trekker_client):
    response = trekker_client.get(reverse("admin:meetings_meeting_mail", args=[999999]))
    assert response.status_code == 404


def test_the_preview_shows_markup_as_text(trekker_client, meeting):
    # The mail is plain text rendered with autoescape off; the preview page escapes it.
    response = trekker_client.post(
        url_of(meeting), data("voorbeeld", body="<script>alert(1)</script>", subject="<b>x</b>")
    )
    html = response.content.decode()
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "<script>alert(1)" not in html
    assert "<b>x</b>" not in html
