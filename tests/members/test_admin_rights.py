"""Only superusers hand out rights or set passwords; trekkers approve and edit profiles."""

import pytest
from allauth.mfa.models import Authenticator
from django.contrib.auth.models import Group, Permission
from django.urls import reverse

from members.models import User
from members.roles import TREKKERS_GROUP
from tests.factories import PASSWORD, TOTP_SECRET

NEW_PASSWORD = "Heel-ander-wachtwoord-2026"


def change_url(user):
    return reverse("admin:members_user_change", args=[user.pk])


def password_url(user):
    return reverse("admin:auth_user_password_change", args=[user.pk])


def account_form(user, **changes):
    """The user change form as the admin posts it, with `changes` on top."""
    data = {
        "email": user.email,
        "first_name": user.first_name,
        "last_name": user.last_name,
        "approval_status": user.approval_status,
        "is_active": "on",
        "profile-TOTAL_FORMS": "0",
        "profile-INITIAL_FORMS": "0",
        "profile-MIN_NUM_FORMS": "0",
        "profile-MAX_NUM_FORMS": "1",
    }
    data.update(changes)
    return data


def rights_form(user):
    group = Group.objects.get(name=TREKKERS_GROUP)
    return account_form(
        user, is_superuser="on", is_staff="on", groups=[group.pk], email="dief@example.org"
    )


@pytest.mark.django_db
def test_trekker_cannot_make_themselves_superuser(trekker_client, trekker):
    trekker_client.post(change_url(trekker), rights_form(trekker))

    trekker.refresh_from_db()
    assert not trekker.is_superuser
    assert trekker.email == "trekker@example.org"


@pytest.mark.django_db
def test_trekker_cannot_hand_out_rights_or_change_an_address(trekker_client, member):
    response = trekker_client.post(change_url(member), rights_form(member))

    assert response.status_code in (302, 403)
    member.refresh_from_db()
    assert not member.is_superuser
    assert not member.is_staff
    assert not member.groups.exists()
    assert member.email == "lid@example.org"


@pytest.mark.django_db
def test_trekker_still_edits_names_and_deactivates_accounts(trekker_client, member):
    data = account_form(member, first_name="Lotje")
    del data["is_active"]

    response = trekker_client.post(change_url(member), data)

    assert response.status_code == 302
    member.refresh_from_db()
    assert member.first_name == "Lotje"
    assert not member.is_active


@pytest.mark.django_db
def test_trekker_sees_no_rights_fields_and_no_password_link(trekker_client, member):
    content = trekker_client.get(change_url(member)).content.decode()
    assert 'name="is_superuser"' not in content
    assert 'name="is_staff"' not in content
    assert 'name="groups"' not in content
    assert 'name="email"' not in content
    assert password_url(member) not in content


@pytest.mark.django_db
def test_trekker_cannot_set_a_password(trekker_client, member):
    get = trekker_client.get(password_url(member))
    post = trekker_client.post(
        password_url(member),
        {"password1": NEW_PASSWORD, "password2": NEW_PASSWORD, "usable_password": "true"},
    )

    assert get.status_code == 403
    assert post.status_code == 403
    member.refresh_from_db()
    assert member.check_password(PASSWORD)


@pytest.mark.django_db
def test_trekker_cannot_change_or_delete_a_superuser(trekker_client, superuser):
    change = trekker_client.post(change_url(superuser), account_form(superuser, first_name="X"))
    delete = trekker_client.post(
        reverse("admin:members_user_delete", args=[superuser.pk]), {"post": "yes"}
    )

    assert change.status_code == 403
    assert delete.status_code == 403
    superuser.refresh_from_db()
    assert superuser.first_name == "Bea"


@pytest.mark.django_db
def test_trekker_cannot_add_accounts_with_a_password(trekker_client):
    response = trekker_client.post(
        reverse("admin:members_user_add"),
        {"email": "nieuw@example.org", "password1": NEW_PASSWORD, "password2": NEW_PASSWORD},
    )
    assert response.status_code == 403
    assert not User.objects.filter(email="nieuw@example.org").exists()


@pytest.mark.django_db
def test_trekkers_group_holds_no_permission_on_groups_or_permissions(trekker):
    codenames = set(
        Group.objects.get(name=TREKKERS_GROUP).permissions.values_list(
            "content_type__app_label", flat=True
        )
    )
    assert "auth" not in codenames
    assert not trekker.has_perm("auth.change_group")
    assert not trekker.has_perm("auth.change_permission")
    assert not Permission.objects.filter(
        group__name=TREKKERS_GROUP, content_type__app_label__in=["auth", "mfa", "account"]
    ).exists()


@pytest.mark.django_db
def test_superuser_can_hand_out_rights(superuser_client, member):
    response = superuser_client.post(change_url(member), rights_form(member))

    assert response.status_code == 302
    member.refresh_from_db()
    assert member.is_superuser
    assert member.is_staff
    assert member.groups.filter(name=TREKKERS_GROUP).exists()
    assert member.email == "dief@example.org"


@pytest.mark.django_db
def test_superuser_can_set_a_password(superuser_client, member):
    response = superuser_client.post(
        password_url(member),
        {"password1": NEW_PASSWORD, "password2": NEW_PASSWORD, "usable_password": "true"},
    )

    assert response.status_code == 302
    member.refresh_from_db()
    assert member.check_password(NEW_PASSWORD)


@pytest.mark.django_db
def test_superuser_sees_an_authenticator_app_but_never_its_secret(superuser_client, trekker):
    app = Authenticator.objects.get(user=trekker, type=Authenticator.Type.TOTP)

    response = superuser_client.get(reverse("admin:mfa_authenticator_change", args=[app.pk]))

    assert response.status_code == 200
    assert TOTP_SECRET not in response.content.decode()


@pytest.mark.django_db
def test_trekker_cannot_see_or_remove_authenticator_apps(trekker_client, trekker):
    response = trekker_client.get(reverse("admin:mfa_authenticator_changelist"))
    assert response.status_code == 403
