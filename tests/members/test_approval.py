"""Trekkers approve or refuse sign-ups in bulk, with an e-mail, and export the member list."""

import csv
import io
import re

import pytest
from django.urls import reverse

from members.models import Perspective, Profile, User
from tests.factories import make_user, signup_data
from tests.members.factories import make_organisation, make_profile

CHANGELIST = reverse("admin:members_user_changelist")


@pytest.fixture
def sign_ups(db):
    return [
        make_user("een@example.org", first_name="Eén", approved=False),
        make_user("twee@example.org", first_name="Twee", approved=False),
    ]


def run_action(client, action, accounts):
    return client.post(
        CHANGELIST, {"action": action, "_selected_action": [account.pk for account in accounts]}
    )


@pytest.mark.django_db
def test_bulk_approval_mails_each_person_a_link_to_fill_in_the_profile(
    trekker_client, sign_ups, mailoutbox, on_commit
):
    on_commit(run_action, trekker_client, "approve_accounts", sign_ups)
    for account in sign_ups:
        account.refresh_from_db()
        assert account.is_approved()
        assert Profile.objects.filter(user=account).exists()
    assert sorted(message.to[0] for message in mailoutbox) == [
        "een@example.org",
        "twee@example.org",
    ]
    body = mailoutbox[0].body
    assert "goedgekeurd" in body
    assert "http://127.0.0.1:8000/account/login/?next=/leden/mijn-profiel/bewerken/" in body


@pytest.mark.django_db
def test_approving_an_approved_account_again_sends_no_mail(
    trekker_client, member, mailoutbox, on_commit
):
    on_commit(run_action, trekker_client, "approve_accounts", [member])
    assert mailoutbox == []


@pytest.mark.django_db
def test_bulk_refusal_mails_each_person_and_keeps_them_out(
    trekker_client, sign_ups, mailoutbox, on_commit
):
    on_commit(run_action, trekker_client, "refuse_accounts", sign_ups)
    for account in sign_ups:
        account.refresh_from_db()
        assert account.approval_status == User.ApprovalStatus.REFUSED
    assert len(mailoutbox) == 2
    assert "niet goedkeuren" in mailoutbox[0].body


@pytest.mark.django_db
def test_members_cannot_run_admin_actions(member_client, sign_ups, mailoutbox, on_commit):
    response = on_commit(run_action, member_client, "approve_accounts", sign_ups)
    assert response.status_code in (302, 403)
    assert not User.objects.get(email="een@example.org").is_approved()
    assert mailoutbox == []


@pytest.mark.django_db
def test_trekkers_hear_of_a_sign_up_once_its_email_address_is_confirmed(
    client, trekker, mailoutbox, on_commit
):
    from tests.factories import PASSWORD

    client.post(
        reverse("account_signup"),
        signup_data("nieuw@example.org", PASSWORD),
    )
    assert [message.to for message in mailoutbox] == [["nieuw@example.org"]]
    link = re.search(r"https?://[^/\s]+(/account/confirm-email/[^\s]+/)", mailoutbox[0].body)
    on_commit(client.post, link.group(1))
    notice = mailoutbox[1]
    assert notice.to == ["trekker@example.org"]
    assert "wacht op goedkeuring" in notice.subject
    assert "approval_status__exact=pending" in notice.body
    # The notice itself names nobody: the trekker looks in the admin.
    assert "nieuw@example.org" not in notice.body


@pytest.mark.django_db
def test_approved_member_is_reminded_at_login_to_fill_in_the_profile(client, member):
    from tests.factories import PASSWORD

    response = client.post(
        reverse("account_login"),
        {"login": "lid@example.org", "password": PASSWORD},
        follow=True,
    )
    assert "Vul je profiel in" in response.content.decode()


def read_csv(response):
    text = response.content.decode("utf-8-sig")
    return list(csv.DictReader(io.StringIO(text), delimiter=";"))


@pytest.mark.django_db
def test_trekker_downloads_the_member_list_as_csv(trekker_client, pending):
    make_profile(
        email="anna@example.org",
        first_name="Anna",
        last_name="Analist",
        perspectives=[Perspective.RESEARCH, Perspective.TARGET_GROUP],
        target_group_kind="parent",
        organisation=make_organisation("TNO"),
        visible=False,
    )
    response = trekker_client.get(reverse("members:export"))
    assert response["Content-Type"].startswith("text/csv")
    rows = {row["E-mailadres"]: row for row in read_csv(response)}
    assert set(rows) == {"anna@example.org", "trekker@example.org", "wachtend@example.org"}
    anna = rows["anna@example.org"]
    assert anna["Perspectieven"] == "Onderzoek, Doelgroep"
    assert anna["Soort doelgroep"] == "Ouder"
    assert anna["Organisatie"] == "TNO"
    assert anna["Profiel zichtbaar"] == "nee"
    assert rows["wachtend@example.org"]["Status"] == "Wacht op goedkeuring"


@pytest.mark.django_db
def test_admin_action_exports_the_selected_accounts_only(trekker_client, member, pending):
    response = run_action(trekker_client, "export_member_list", [member])
    assert [row["E-mailadres"] for row in read_csv(response)] == ["lid@example.org"]


# The CSV export: 1 session, 2 user, 3 trekker check (groups), 4 accounts with profile and
# organisation joined.
@pytest.mark.django_db
@pytest.mark.parametrize("size", [2, 40])
def test_member_list_export_runs_a_fixed_number_of_queries(trekker_client, get_within_budget, size):
    for number in range(size):
        make_profile(email=f"p{number}@example.org", organisation=make_organisation("TNO"))
    get_within_budget(trekker_client, reverse("members:export"), 4)


@pytest.mark.django_db
@pytest.mark.parametrize("perspective", ["research", "target-group"])
def test_trekker_sees_profiles_by_perspective_and_region_in_the_admin(trekker_client, perspective):
    make_profile(email="a@example.org", first_name="Anna", perspectives=[Perspective.RESEARCH])
    make_profile(
        email="b@example.org",
        first_name="Bert",
        perspectives=[Perspective.TARGET_GROUP],
        target_group_kind="youth",
        region="elsewhere",
    )
    url = reverse("admin:members_profile_changelist")
    content = trekker_client.get(url, {"perspectief": perspective}).content.decode()
    assert ("Anna" in content) == (perspective == "research")
    assert ("Bert" in content) == (perspective == "target-group")
    content = trekker_client.get(url, {"region__exact": "elsewhere"}).content.decode()
    assert "Bert" in content and "Anna" not in content


@pytest.mark.django_db
def test_trekker_edits_an_account_with_its_profile_in_the_admin(trekker_client, member):
    make_profile(user=member, perspectives=[Perspective.PRACTICE])
    url = reverse("admin:members_user_change", args=[member.pk])
    content = trekker_client.get(url).content.decode()
    assert "Perspectieven" in content
    assert re.search(r'value="practice"[^>]*checked', content)
    assert not re.search(r'value="research"[^>]*checked', content)
