"""Sign-up, e-mail verification, approval by a trekker, login and its protections."""

import re

import pytest
from django.urls import reverse

from members.models import User
from tests.factories import PASSWORD, make_user, signup_data

MEMBERS_ONLY_URL = "/leden/"


def confirmation_link(message):
    return re.search(r"https?://[^/\s]+(/account/confirm-email/[^\s]+/)", message.body).group(1)


@pytest.mark.django_db
def test_signup_verify_pending_then_approved_flow(client, trekker_client, mailoutbox):
    response = client.post(
        reverse("account_signup"),
        signup_data("Nieuw.Lid@example.org", PASSWORD),
    )
    assert response.status_code == 302
    user = User.objects.get(email="nieuw.lid@example.org")
    assert user.approval_status == User.ApprovalStatus.PENDING
    assert len(mailoutbox) == 1
    assert "_auth_user_id" not in client.session

    # Verification is mandatory: logging in before it sends a new link instead.
    response = client.post(
        reverse("account_login"), {"login": "nieuw.lid@example.org", "password": PASSWORD}
    )
    assert "_auth_user_id" not in client.session

    link = confirmation_link(mailoutbox[0])
    assert client.post(link).status_code == 302
    assert user.emailaddress_set.get().verified

    response = client.post(
        reverse("account_login"), {"login": "nieuw.lid@example.org", "password": PASSWORD}
    )
    assert client.session["_auth_user_id"] == str(user.pk)

    response = client.get(MEMBERS_ONLY_URL)
    assert response.status_code == 403
    assert "wacht op goedkeuring" in response.content.decode()

    trekker_client.post(
        reverse("admin:members_user_changelist"),
        {"action": "approve_accounts", "_selected_action": [user.pk]},
    )
    user.refresh_from_db()
    assert user.approval_status == User.ApprovalStatus.APPROVED
    assert client.get(MEMBERS_ONLY_URL).status_code == 200


@pytest.mark.django_db
def test_anonymous_visitor_is_sent_to_login_for_members_only_pages(client):
    response = client.get(MEMBERS_ONLY_URL)
    assert response.status_code == 302
    assert response["Location"].startswith("/account/login/")


@pytest.mark.django_db
def test_wrong_password_and_unknown_address_get_the_same_answer(client, member):
    wrong_password = client.post(
        reverse("account_login"), {"login": member.email, "password": "niet-het-wachtwoord"}
    )
    unknown = client.post(
        reverse("account_login"), {"login": "onbekend@example.org", "password": "wat-dan-ook"}
    )
    assert wrong_password.status_code == unknown.status_code == 200
    assert wrong_password.context["form"].errors == unknown.context["form"].errors
    assert "_auth_user_id" not in client.session


@pytest.mark.django_db
def test_signup_with_a_known_address_does_not_reveal_the_account(client, member, mailoutbox):
    response = client.post(
        reverse("account_signup"),
        signup_data(member.email, PASSWORD),
    )
    assert response.status_code == 302
    assert User.objects.filter(email=member.email).count() == 1


@pytest.mark.django_db
def test_repeated_failed_logins_are_refused(client):
    make_user("doelwit@example.org")
    for _ in range(5):
        client.post(reverse("account_login"), {"login": "doelwit@example.org", "password": "fout"})
    response = client.post(
        reverse("account_login"), {"login": "doelwit@example.org", "password": PASSWORD}
    )
    assert "_auth_user_id" not in client.session
    assert response.status_code in (200, 429)


@pytest.mark.django_db
def test_signup_form_errors_keep_what_was_typed(client):
    response = client.post(
        reverse("account_signup"),
        signup_data("typ@example.org", password2="anders"),
    )
    assert response.status_code == 200
    assert 'value="typ@example.org"' in response.content.decode()


@pytest.mark.django_db
def test_password_reset_sends_a_link_only_to_known_addresses(client, member, mailoutbox):
    client.post(reverse("account_reset_password"), {"email": member.email})
    client.post(reverse("account_reset_password"), {"email": "onbekend@example.org"})
    recipients = [message.to for message in mailoutbox]
    assert [member.email] in recipients
    link_mails = [m for m in mailoutbox if "/account/password/reset/key/" in m.body]
    assert [m.to for m in link_mails] == [[member.email]]


@pytest.mark.django_db
def test_member_can_change_password(member_client, member):
    response = member_client.post(
        reverse("account_change_password"),
        {
            "oldpassword": PASSWORD,
            "password1": "Nog-een-sterk-wachtwoord-7",
            "password2": "Nog-een-sterk-wachtwoord-7",
        },
    )
    assert response.status_code == 302
    member.refresh_from_db()
    assert member.check_password("Nog-een-sterk-wachtwoord-7")


@pytest.mark.django_db
def test_signup_confirmation_mail_speaks_in_the_networks_name(client, settings, mailoutbox):
    settings.SITE_URL = "https://leernetwerk.example.org"
    client.post(
        reverse("account_signup"),
        signup_data("nieuw@example.org", PASSWORD),
        HTTP_HOST="127.0.0.1",
    )

    message = mailoutbox[0]
    assert message.subject == "[Leernetwerk] Bevestig je e-mailadres"
    body = message.body
    assert body.startswith("Hallo Nieuw,\n")
    assert "Je hebt je aangemeld bij het Leernetwerk Kind & Complexe Ouderrelaties" in body
    assert "http://127.0.0.1/account/confirm-email/" in body  # the address it was asked at
    assert "De trekkers van het Leernetwerk Kind & Complexe Ouderrelaties\n" in body
    assert f"Vragen? Mail naar {settings.CONTACT_EMAIL}." in body
    # The portal's own voice: "je", never allauth's "u" or its English.
    for stock in ["Hallo van", "Bedankt voor het gebruiken", " u ", "Uw ", "a.u.b.", "Hello"]:
        assert stock not in body


@pytest.mark.django_db
def test_account_mails_and_messages_speak_dutch_with_je(client, member, mailoutbox):
    client.post(reverse("account_reset_password"), {"email": member.email})
    client.post(reverse("account_reset_password"), {"email": "onbekend@example.org"})

    reset, unknown = mailoutbox
    assert reset.subject == "[Leernetwerk] Een nieuw wachtwoord kiezen"
    assert "Je hebt gevraagd om een nieuw wachtwoord." in reset.body
    assert unknown.subject == "[Leernetwerk] Geen account met dit e-mailadres"
    assert "/account/signup/" in unknown.body

    response = client.post(
        reverse("account_login"), {"login": member.email, "password": PASSWORD}, follow=True
    )
    assert "Je bent ingelogd." in response.content.decode()


@pytest.mark.django_db
def test_login_page_links_to_the_forgotten_password_page(client):
    content = client.get(reverse("account_login")).content.decode()
    # Once, under the password field (allauth's help text, rendered by the field partial).
    assert (
        content.count(f'<a href="{reverse("account_reset_password")}">Wachtwoord vergeten?</a>')
        == 1
    )


@pytest.mark.django_db
def test_account_pages_speak_the_portals_dutch(client, member_client):
    pages = [
        client.get(reverse("account_reset_password")),
        client.get(reverse("account_reset_password_done")),
        client.get(reverse("account_email_verification_sent")),
        member_client.get(reverse("account_logout")),
        member_client.get(reverse("account_change_password")),
        member_client.get(reverse("account_email")),
    ]
    text = " ".join(page.content.decode() for page in pages)
    for stock in ["Uw ", " uw ", "a.u.b.", "Afmelden", "Primair", "Neem contact"]:
        assert stock not in text, stock
    for own in [
        "Lukt het niet? Kijk dan bij Contact",
        "Weet je zeker dat je wilt uitloggen?",
        "Je wachtwoord mag niet alleen uit cijfers bestaan.",
        "Hoofdadres",
    ]:
        assert own in text, own
