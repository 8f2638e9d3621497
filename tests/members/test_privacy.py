"""Mijn gegevens: consent, the download of one's own data (zip), and account deletion."""

import io
import json
import os
import zipfile

import pytest
from allauth.account.models import EmailAddress
from django.apps import apps
from django.contrib.admin.models import CHANGE, LogEntry
from django.contrib.sessions.models import Session
from django.core.files.base import ContentFile
from django.db import models
from django.urls import reverse
from taggit.models import Tag

from glossary.models import Entry, EntryChange
from members.models import Consent, DeletionRecord, Profile, User
from members.privacy import CONSENT_TEXT, PRIVACY_STATEMENT_VERSION, record_consent
from tests.factories import PASSWORD, make_user
from tests.members.factories import make_organisation, make_profile
from tests.members.test_photos import jpeg_bytes, profile_data


@pytest.fixture
def own_profile(member):
    profile = make_profile(
        user=member,
        organisation=make_organisation("Veilig Thuis Haaglanden"),
        function="Aandachtsfunctionaris",
        themes=["mijn-eigen-thema-xyz", "triage"],
        bio="Ik werk al twintig jaar met gezinnen in Zoetermeer.",
    )
    record_consent(member)
    return profile


def download(client):
    """Download the personal data and return the JSON inside the zip."""
    return json.loads(download_zip(client).read("mijn-gegevens.json"))


def download_zip(client):
    response = client.get(reverse("members:download_my_data"))
    assert response.status_code == 200
    assert response["Content-Type"] == "application/zip"
    assert "attachment" in response["Content-Disposition"]
    return zipfile.ZipFile(io.BytesIO(response.content))


@pytest.mark.django_db
def test_download_contains_account_profile_consent_and_every_app(member_client, own_profile):
    data = download(member_client)
    assert set(data) == {
        "meetings",
        "projects",
        "glossary",
        "notifications",
        "followup",
        "participation",
        "members",
    }
    mine = data["members"]
    assert mine["account"]["email"] == "lid@example.org"
    assert mine["account"]["first_name"] == "Lotte"
    assert mine["profile"]["function"] == "Aandachtsfunctionaris"
    assert mine["profile"]["organisation"] == "Veilig Thuis Haaglanden"
    assert mine["profile"]["themes"] == ["mijn-eigen-thema-xyz", "triage"]
    assert mine["profile"]["bio"].startswith("Ik werk al twintig jaar")
    assert mine["consents"][0]["text"] == CONSENT_TEXT
    assert mine["consents"][0]["version"] == PRIVACY_STATEMENT_VERSION
    assert mine["consents"][0]["given_at"]


@pytest.mark.django_db
def test_download_contains_nothing_of_other_members(member_client, own_profile, colleague):
    record_consent(colleague.user)
    raw = download_zip(member_client).read("mijn-gegevens.json").decode()
    for other in ["colleague@example.org", "Charlotte", "Ik onderzoek triage"]:
        assert other not in raw
    assert len(json.loads(raw)["members"]["consents"]) == 1


@pytest.mark.django_db
def test_pending_account_can_download_its_data_too(pending_client):
    data = download(pending_client)
    assert data["members"]["account"]["approval_status"] == "pending"
    assert data["members"]["profile"] is None


@pytest.mark.django_db
def test_first_profile_save_records_consent_with_its_text_and_date(member_client, member):
    response = member_client.post(reverse("members:edit_profile"), profile_data(consent=""))
    assert "Geef toestemming" in response.content.decode()
    assert not Consent.objects.exists()

    member_client.post(reverse("members:edit_profile"), profile_data())
    consent = Consent.objects.get(user=member)
    assert consent.text == CONSENT_TEXT
    assert consent.version == PRIVACY_STATEMENT_VERSION
    assert consent.given_at is not None
    # Consent is asked once per version of the privacy statement.
    assert (
        "consent" not in member_client.get(reverse("members:edit_profile")).context["form"].fields
    )


@pytest.mark.django_db
def test_my_data_page_shows_the_consent_given(member_client, own_profile):
    content = member_client.get(reverse("members:my_data")).content.decode()
    assert "gaf je toestemming" in content
    assert "Ik geef het Leernetwerk" in content


def rows_mentioning(*needles):
    """Return every (model, pk) whose text columns contain one of `needles`, across all apps."""
    found = []
    for model in apps.get_models():
        text_fields = [
            field.name
            for field in model._meta.concrete_fields
            if isinstance(field, models.CharField | models.TextField)
        ]
        for needle in needles:
            query = models.Q()
            for name in text_fields:
                query |= models.Q(**{f"{name}__icontains": needle})
            if text_fields and model.objects.filter(query).exists():
                found.append((model._meta.label, needle))
    return found


@pytest.fixture
def authored_change(member):
    """Published content the member is credited for: a glossary change in its history."""
    entry = Entry.objects.create(slug="ouderschapsplan", definition="Afspraken over de kinderen.")
    return EntryChange.objects.create(
        entry=entry, entry_name="ouderschapsplan", changed_by=member, action="created"
    )


@pytest.mark.django_db
def test_deleting_the_account_leaves_no_personal_data_and_keeps_published_content(
    member_client, member, own_profile, authored_change, colleague, trekker_client
):
    # A trekker edits the member in the admin, which writes the name into the admin history.
    trekker_client.post(
        reverse("admin:members_user_changelist"),
        {"action": "approve_accounts", "_selected_action": [member.pk]},
    )
    LogEntry.objects.log_actions(
        user_id=User.objects.get(email="trekker@example.org").pk,
        queryset=[member, own_profile],
        action_flag=CHANGE,
        change_message="Functie aangepast",
    )
    own_profile.photo.save("foto.jpg", ContentFile(jpeg_bytes()))
    photo_path = own_profile.photo.path
    user_pk = member.pk
    secrets = [
        "lid@example.org",
        "de Lid",
        "Aandachtsfunctionaris",
        "Zoetermeer",
        "mijn-eigen-thema",
    ]
    assert rows_mentioning(*secrets)

    response = member_client.post(
        reverse("members:delete_account"), {"password": PASSWORD, "confirm": "on"}
    )

    assert response.status_code == 302
    assert rows_mentioning(*secrets) == []
    assert not User.objects.filter(pk=user_pk).exists()
    assert not Profile.objects.filter(user_id=user_pk).exists()
    assert not Consent.objects.filter(user_id=user_pk).exists()
    assert not EmailAddress.objects.filter(user_id=user_pk).exists()
    assert not os.path.exists(photo_path)
    # Shared themes stay for others; the theme only this member used is gone.
    assert Tag.objects.filter(name="triage").exists()
    assert not Tag.objects.filter(name="mijn-eigen-thema-xyz").exists()
    # Published content stays, credited to "oud-lid".
    authored_change.refresh_from_db()
    assert authored_change.changed_by is None
    assert authored_change.changed_by_name() == "oud-lid"
    # Other members are untouched and the visitor is logged out.
    assert User.objects.filter(email="colleague@example.org").exists()
    assert "_auth_user_id" not in member_client.session


@pytest.mark.django_db
def test_deletion_needs_the_password_and_the_confirmation(member_client, member):
    response = member_client.post(
        reverse("members:delete_account"), {"password": "fout-wachtwoord", "confirm": ""}
    )
    content = response.content.decode()
    assert response.status_code == 200
    assert "Dit wachtwoord klopt niet." in content
    assert "Vink aan dat je dit begrijpt." in content
    assert User.objects.filter(pk=member.pk).exists()


@pytest.mark.django_db
def test_pending_account_can_delete_itself(pending_client, pending):
    pending_client.post(reverse("members:delete_account"), {"password": PASSWORD, "confirm": "on"})
    assert not User.objects.filter(pk=pending.pk).exists()


@pytest.mark.django_db
def test_download_holds_the_profile_photo_next_to_the_json(member_client, own_profile):
    own_profile.photo.save("foto.jpg", ContentFile(jpeg_bytes()))
    stored = own_profile.photo.read()

    archive = download_zip(member_client)

    assert archive.namelist() == ["mijn-gegevens.json", "profielfoto.jpg"]
    assert archive.read("profielfoto.jpg") == stored
    assert json.loads(archive.read("mijn-gegevens.json"))["members"]["profile"]["has_photo"]


@pytest.mark.django_db
def test_download_without_photo_holds_only_the_json(member_client, own_profile):
    assert download_zip(member_client).namelist() == ["mijn-gegevens.json"]


def sessions_of(user):
    return [
        s for s in Session.objects.all() if s.get_decoded().get("_auth_user_id") == str(user.pk)
    ]


@pytest.mark.django_db
def test_deleting_the_account_ends_its_sessions_on_every_device(member_client, member, client):
    other_device = type(member_client)()
    other_device.force_login(member)
    client.force_login(make_user("ander@example.org"))
    assert len(sessions_of(member)) == 2

    member_client.post(reverse("members:delete_account"), {"password": PASSWORD, "confirm": "on"})

    assert sessions_of(member) == []
    assert Session.objects.count() == 1, "the sessions of other people stay"
    assert "_auth_user_id" not in other_device.session


@pytest.mark.django_db
def test_deletion_stops_after_five_wrong_passwords(member_client, member):
    for _ in range(5):
        response = member_client.post(
            reverse("members:delete_account"), {"password": "fout-wachtwoord", "confirm": "on"}
        )
        assert "Dit wachtwoord klopt niet." in response.content.decode()

    response = member_client.post(
        reverse("members:delete_account"), {"password": PASSWORD, "confirm": "on"}
    )

    assert "Je hebt te vaak een verkeerd wachtwoord ingevuld" in response.content.decode()
    assert User.objects.filter(pk=member.pk).exists()


@pytest.mark.django_db
def test_an_account_deleted_in_the_admin_is_erased_and_logged_for_restores(
    superuser_client, member, own_profile
):
    user_id = member.pk

    response = superuser_client.post(
        reverse("admin:members_user_delete", args=[user_id]), {"post": "yes"}
    )

    assert response.status_code == 302
    assert not User.objects.filter(pk=user_id).exists()
    assert not Profile.objects.filter(user_id=user_id).exists()
    assert DeletionRecord.objects.filter(user_id=user_id).exists()


@pytest.mark.django_db
def test_accounts_deleted_together_in_the_admin_are_each_logged(superuser_client, member, pending):
    ids = [member.pk, pending.pk]

    superuser_client.post(
        reverse("admin:members_user_changelist"),
        {"action": "delete_selected", "_selected_action": ids, "post": "yes"},
    )

    assert not User.objects.filter(pk__in=ids).exists()
    assert sorted(DeletionRecord.objects.values_list("user_id", flat=True)) == sorted(ids)
