"""The security log: account events with UTC time, user id and address, never what was typed."""

import logging
import re
from datetime import UTC, datetime

import pyotp
import pytest
import time_machine
from django.test import Client
from django.urls import reverse

from members.security_log import UTCFormatter
from tests.factories import PASSWORD, TOTP_SECRET, make_user

WRONG_PASSWORD = "geheim-fout-wachtwoord-99"


@pytest.fixture
def security(caplog):
    caplog.set_level(logging.INFO, logger="security")

    def events(name):
        return [
            r.getMessage()
            for r in caplog.records
            if r.name == "security" and r.getMessage().split(" ")[0] == name
        ]

    return events


def log_in(client, email, password=PASSWORD):
    return client.post(reverse("account_login"), {"login": email, "password": password})


@pytest.mark.django_db
@time_machine.travel(datetime(2026, 3, 2, 11, 0, tzinfo=UTC), tick=False)
def test_log_in_is_logged_with_utc_time_user_and_address(client, member, security):
    log_in(client, member.email)

    [entry] = security("login")
    assert f"user={member.pk}" in entry
    assert "ip=127.0.0.1" in entry
    assert "at=2026-03-02T11:00:00Z" in entry


@pytest.mark.django_db
def test_failed_log_in_names_the_account_but_never_the_password(client, member, security, caplog):
    log_in(client, member.email, WRONG_PASSWORD)

    [entry] = security("login_failed")
    assert f"user={member.pk}" in entry
    assert WRONG_PASSWORD not in caplog.text
    assert member.email not in caplog.text


@pytest.mark.django_db
def test_lock_out_after_too_many_wrong_passwords_is_logged(client, member, security):
    for _ in range(6):
        log_in(client, member.email, WRONG_PASSWORD)

    [entry] = security("login_locked")
    assert f"user={member.pk}" in entry


@pytest.mark.django_db
def test_a_wrong_two_factor_code_is_logged_without_the_code(trekker, security, caplog):
    client = Client()
    log_in(client, trekker.email)
    wrong = f"{(int(pyotp.TOTP(TOTP_SECRET).now()) + 1) % 1_000_000:06d}"
    client.post(reverse("mfa_authenticate"), {"code": wrong})

    assert security("mfa_failed")
    assert wrong not in caplog.text


@pytest.mark.django_db
def test_setting_up_two_factor_login_is_logged(
    member, security, django_capture_on_commit_callbacks
):
    from tests.members.test_two_factor import confirm_password

    client = Client()
    log_in(client, member.email)
    confirm_password(client, reverse("mfa_activate_totp"))
    client.get(reverse("mfa_activate_totp"))
    code = pyotp.TOTP(client.session["mfa.totp.secret"]).now()

    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("mfa_activate_totp"), {"code": code})

    assert any(
        f"user={member.pk}" in entry and "type=totp" in entry for entry in security("mfa_added")
    )


@pytest.mark.django_db
def test_approval_and_refusal_name_account_and_trekker(trekker_client, trekker, security):
    newcomer = make_user("nieuw@example.org", approved=False)
    other = make_user("ander@example.org", approved=False)
    changelist = reverse("admin:members_user_changelist")

    trekker_client.post(
        changelist, {"action": "approve_accounts", "_selected_action": [newcomer.pk]}
    )
    trekker_client.post(changelist, {"action": "refuse_accounts", "_selected_action": [other.pk]})

    [approved] = security("account_approved")
    [refused] = security("account_refused")
    assert f"user={newcomer.pk}" in approved and f"by={trekker.pk}" in approved
    assert f"user={other.pk}" in refused and f"by={trekker.pk}" in refused


@pytest.mark.django_db
def test_rights_changes_are_logged_with_the_fields(superuser_client, superuser, member, security):
    from tests.members.test_admin_rights import account_form, change_url

    superuser_client.post(change_url(member), account_form(member, is_staff="on"))

    [entry] = security("rights_changed")
    assert f"user={member.pk}" in entry
    assert f"by={superuser.pk}" in entry
    assert "fields=is_staff" in entry


@pytest.mark.django_db
def test_saving_a_profile_without_rights_changes_logs_none(superuser_client, member, security):
    from tests.members.test_admin_rights import account_form, change_url

    superuser_client.post(change_url(member), account_form(member, first_name="Lot"))
    assert security("rights_changed") == []


@pytest.mark.django_db
def test_data_export_and_account_deletion_are_logged(member_client, member, security, caplog):
    member_client.get(reverse("members:download_my_data"))
    member_client.post(reverse("members:delete_account"), {"password": PASSWORD, "confirm": "on"})

    assert f"user={member.pk}" in security("data_exported")[0]
    assert f"user={member.pk}" in security("account_deleted")[0]
    assert PASSWORD not in caplog.text


@pytest.mark.django_db
def test_denied_admin_access_is_logged(member_client, trekker_client, member, security):
    member_client.get(reverse("admin:index"))
    trekker_client.get(reverse("admin:auth_user_password_change", args=[member.pk]))

    entries = security("admin_denied")
    assert any(f"user={member.pk}" in entry for entry in entries)
    assert any("reason=set_password" in entry for entry in entries)


@pytest.mark.django_db
def test_a_forged_line_break_stays_on_one_line(client, security, trekker):
    client.force_login(make_user("baas@example.org", superuser=True, authenticator_app=False))
    client.get("/beheer/x%0Aadmin_denied%20user=1/")

    [entry] = security("admin_denied")
    assert "\n" not in entry


def test_the_console_writes_utc_times():
    record = logging.makeLogRecord({"msg": "x", "created": 1_772_449_200.0})
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", UTCFormatter().formatTime(record))
    assert UTCFormatter().formatTime(record) == "2026-03-02T11:00:00Z"
