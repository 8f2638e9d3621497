"""Every database constraint answers a form in plain Dutch, never with a 500 or a constraint name.

Each constraint a trekker can run into is posted through the admin form that reaches it; the
ones that no form reaches (registrations, support for a theme, the search index) are checked
on the model, whose message a future form would show.
"""

import pytest
from django.apps import apps
from django.core.exceptions import ValidationError
from django.db import models
from django.urls import reverse
from django.utils import timezone
from taggit.models import Tag

from glossary.models import Entry, Label
from meetings.models import Meeting, Registration, Report
from members.models import Organisation, User
from projects.models import Agenda, Participation, Project, ThemeSupport
from search.models import SearchDocument
from tests.factories import make_user
from tests.glossary.factories import make_entry
from tests.glossary.test_admin import entry_form
from tests.meetings.factories import make_factsheet, make_meeting, make_report, pdf_upload
from tests.meetings.test_admin import inline_management, meeting_form, report_form
from tests.members.factories import make_organisation
from tests.projects.factories import make_agenda, make_project, make_theme
from tests.projects.test_admin import project_form

pytestmark = [pytest.mark.django_db, pytest.mark.clock]

PROJECT_APPS = {"meetings", "glossary", "members", "projects", "search"}


def assert_refused_in_dutch(response, message):
    content = response.content.decode()
    assert response.status_code == 200
    assert message in content
    assert "errornote" in content
    assert "Beperking" not in content and "is geschonden" not in content


def test_every_constraint_of_the_portal_has_a_message_of_its_own():
    """A new constraint without `violation_error_message` would show its name to trekkers."""
    without_message = [
        f"{model._meta.label}.{constraint.name}"
        for model in apps.get_models()
        if model._meta.app_label in PROJECT_APPS
        for constraint in model._meta.constraints
        if constraint.violation_error_message == constraint.default_violation_error_message
    ]
    assert without_message == []


# Unique fields nobody types in: an account's profile, the log of deleted accounts.
NEVER_TYPED_IN = {"members.Profile.user", "members.DeletionRecord.user_id"}


def test_every_unique_field_has_a_dutch_message_of_its_own():
    """Django's own reads badly: "Bijeenkomst met deze Korte naam in de link bestaat al."."""
    default = models.Field.default_error_messages["unique"]
    with_default = [
        label
        for model in apps.get_models()
        if model._meta.app_label in PROJECT_APPS
        for field in model._meta.concrete_fields
        if field.unique
        and not field.primary_key
        and (label := f"{model._meta.label}.{field.name}") not in NEVER_TYPED_IN
        and field.error_messages["unique"] == default
    ]
    assert with_default == []


# -- Meetings -------------------------------------------------------------------------------


def test_a_meeting_slug_in_use_is_refused_in_dutch(trekker_client):
    make_meeting(slug="kwartaalbijeenkomst-oktober")
    response = trekker_client.post(reverse("admin:meetings_meeting_add"), meeting_form())
    assert_refused_in_dutch(response, "Er is al een bijeenkomst met deze korte naam.")
    assert Meeting.objects.count() == 1


def test_a_meeting_that_ends_before_it_starts_has_a_dutch_constraint_message():
    meeting = make_meeting()
    meeting.ends_at = meeting.starts_at
    with pytest.raises(ValidationError, match="Het einde moet na het begin liggen."):
        meeting.validate_constraints()


def test_publishing_a_report_with_an_empty_date_publishes_it_now(trekker_client):
    meeting = make_meeting(days_from_now=-7)
    before = timezone.now()
    data = report_form(meeting, status=Report.Status.PUBLISHED)

    response = trekker_client.post(reverse("admin:meetings_report_add"), data, follow=True)

    assert response.status_code == 200
    assert "Beperking" not in response.content.decode()
    report = Report.objects.get()
    assert report.status == Report.Status.PUBLISHED
    assert report.published_at >= before
    assert list(Report.objects.published()) == [report]


def test_a_published_report_without_a_date_has_a_dutch_constraint_message():
    # What the database constraint says when clean() and save() are passed by.
    report = Report(meeting=make_meeting(), status=Report.Status.PUBLISHED, published_at=None)
    with pytest.raises(ValidationError, match="Een gepubliceerd verslag heeft een publicatiedatum"):
        report.validate_constraints()


def test_a_second_report_for_a_meeting_is_refused_in_dutch(trekker_client):
    report = make_report(published=False)
    response = trekker_client.post(
        reverse("admin:meetings_report_add"), report_form(report.meeting)
    )
    assert_refused_in_dutch(response, "Deze bijeenkomst heeft al een verslag.")
    assert Report.objects.count() == 1


def test_a_factsheet_slug_in_use_is_refused_in_dutch(trekker_client):
    make_factsheet(slug="factsheet-oktober")
    data = {
        "title": "Factsheet oktober",
        "slug": "factsheet-oktober",
        "kind": "factsheet",
        "meeting": "",
        "description": "",
        "file": pdf_upload(),
        "published_on": "10-11-2026",
    }
    response = trekker_client.post(reverse("admin:meetings_factsheet_add"), data)
    assert_refused_in_dutch(response, "Er is al een factsheet of bijlage met deze korte naam.")


def test_two_factsheets_with_one_slug_in_a_meeting_are_refused_in_dutch(trekker_client):
    rows = {}
    for number in range(2):
        rows.update(
            {
                f"factsheets-{number}-kind": "factsheet",
                f"factsheets-{number}-title": f"Factsheet {number}",
                f"factsheets-{number}-slug": "dezelfde",
                f"factsheets-{number}-published_on": "10-11-2026",
                f"factsheets-{number}-file": pdf_upload(f"factsheet-{number}.pdf"),
            }
        )
    data = meeting_form(**inline_management("factsheets", 2), **rows)
    response = trekker_client.post(reverse("admin:meetings_meeting_add"), data)
    assert_refused_in_dutch(response, "Twee rijen hieronder zijn gelijk")
    assert "slug" not in response.context["inline_admin_formsets"][3].formset.non_form_errors()[0]
    assert not Meeting.objects.exists()


def test_a_second_registration_of_a_member_has_a_dutch_constraint_message(member):
    meeting = make_meeting()
    Registration.objects.create(meeting=meeting, user=member, status="confirmed")
    again = Registration(meeting=meeting, user=member, status="confirmed")
    with pytest.raises(ValidationError, match="Dit lid heeft zich al aangemeld"):
        again.validate_constraints()


# -- Projects -------------------------------------------------------------------------------


def test_an_agenda_name_and_slug_in_use_are_refused_in_dutch(trekker_client):
    make_agenda("Opleidingsagenda")
    data = {"name": "Opleidingsagenda", "slug": "opleidingsagenda", "aim": "Doel.", "position": 0}
    response = trekker_client.post(reverse("admin:projects_agenda_add"), data)
    assert_refused_in_dutch(response, "Er is al een agenda met deze naam.")
    assert "Er is al een agenda met deze korte naam." in response.content.decode()
    assert Agenda.objects.count() == 1


def test_a_project_slug_in_use_is_refused_in_dutch(trekker_client):
    make_project("Conflictdiagnostiek en triage")
    response = trekker_client.post(reverse("admin:projects_project_add"), project_form())
    assert_refused_in_dutch(response, "Er is al een project met deze korte naam.")
    assert Project.objects.count() == 1


def test_a_member_who_already_takes_part_is_refused_in_dutch(trekker_client, member):
    project = make_project("Conflictdiagnostiek en triage")
    existing = Participation.objects.create(project=project, member=member)
    data = project_form(**inline_management("participations", 2))
    data.update(
        {
            "participations-INITIAL_FORMS": "1",
            "participations-0-id": existing.pk,
            "participations-0-project": project.pk,
            "participations-0-member": member.pk,
            "participations-0-joined_at_0": "1-11-2026",
            "participations-0-joined_at_1": "10:00",
            "participations-1-project": project.pk,
            "participations-1-member": member.pk,
            "participations-1-joined_at_0": "2-11-2026",
            "participations-1-joined_at_1": "10:00",
        }
    )
    response = trekker_client.post(
        reverse("admin:projects_project_change", args=[project.pk]), data
    )
    assert_refused_in_dutch(response, "Twee rijen hieronder zijn gelijk")
    assert Participation.objects.count() == 1


def test_a_second_vote_for_a_theme_has_a_dutch_constraint_message(member):
    theme = make_theme()
    ThemeSupport.objects.create(theme=theme, member=member)
    with pytest.raises(ValidationError, match="Dit lid steunt dit thema al."):
        ThemeSupport(theme=theme, member=member).validate_constraints()


# -- Glossary -------------------------------------------------------------------------------


def test_an_entry_slug_in_use_is_refused_in_dutch(trekker_client):
    make_entry("contactverlies")
    data = entry_form([("contactverlies", "preferred", "", "")])
    response = trekker_client.post(reverse("admin:glossary_entry_add"), data)
    assert_refused_in_dutch(response, "Er is al een begrip met deze korte naam.")
    assert Entry.objects.count() == 1


def test_swapping_the_preferred_term_is_allowed(trekker_client):
    entry = make_entry("omgangsregeling", admitted=["zorgregeling"])
    old, new = entry.labels.order_by("pk")
    data = entry_form(
        [("omgangsregeling", "admitted", "", ""), ("zorgregeling", "preferred", "", "")],
        slug=entry.slug,
        **{
            "labels-INITIAL_FORMS": "2",
            "labels-0-id": old.pk,
            "labels-0-entry": entry.pk,
            "labels-1-id": new.pk,
            "labels-1-entry": entry.pk,
        },
    )
    response = trekker_client.post(reverse("admin:glossary_entry_change", args=[entry.pk]), data)
    assert response.status_code == 302, response.context["errors"]
    assert entry.labels.get(kind=Label.Kind.PREFERRED).text == "zorgregeling"


def test_a_term_twice_in_an_entry_has_a_dutch_message():
    entry = make_entry("contactverlies")
    with pytest.raises(ValidationError, match="Deze term staat al bij dit begrip."):
        Label(entry=entry, text="Contactverlies", kind=Label.Kind.ADMITTED).validate_constraints()
    with pytest.raises(ValidationError, match="Dit begrip heeft al een voorkeursterm."):
        Label(entry=entry, text="Anders", kind=Label.Kind.PREFERRED).validate_constraints()


def test_two_notes_for_one_audience_are_refused_in_dutch(trekker_client):
    data = entry_form(
        [("contactverlies", "preferred", "", "")],
        **inline_management("audience_notes", 2),
        **{
            "audience_notes-0-audience": "parents",
            "audience_notes-0-text": "Eerste.",
            "audience_notes-1-audience": "parents",
            "audience_notes-1-text": "Tweede.",
        },
    )
    response = trekker_client.post(reverse("admin:glossary_entry_add"), data)
    assert_refused_in_dutch(response, "Twee rijen hieronder zijn gelijk")
    assert not Entry.objects.exists()


# -- Members, theme labels, search ----------------------------------------------------------


def test_an_organisation_name_in_use_is_refused_in_dutch(trekker_client):
    make_organisation("Veilig Thuis Haaglanden")
    data = {"name": "Veilig Thuis Haaglanden", "kind": "other", "region": "haaglanden"}
    response = trekker_client.post(reverse("admin:members_organisation_add"), data)
    assert_refused_in_dutch(response, "Er is al een organisatie met deze naam.")
    assert Organisation.objects.count() == 1


def test_an_email_address_in_use_is_refused_in_dutch(superuser_client):
    make_user("bestaat@example.org")
    data = {"email": "bestaat@example.org", "password1": "Lang-genoeg-42!", "password2": ""}
    data["password2"] = data["password1"]
    response = superuser_client.post(reverse("admin:members_user_add"), data)
    assert_refused_in_dutch(response, "Er is al een account met dit e-mailadres.")
    assert User.objects.filter(email="bestaat@example.org").count() == 1


def test_a_theme_label_name_in_use_is_refused_in_dutch(trekker_client):
    Tag.objects.create(name="triage", slug="triage")
    response = trekker_client.post(
        reverse("admin:taggit_tag_add"), {"name": "triage", "slug": "triage-2"}
    )
    assert_refused_in_dutch(response, "Er is al een thema-label met deze naam.")


def test_the_search_index_constraint_has_a_dutch_message():
    meeting = make_meeting()
    document = SearchDocument.objects.get(object_id=meeting.pk, kind="meeting")
    twin = SearchDocument(content_type=document.content_type, object_id=document.object_id)
    with pytest.raises(ValidationError, match="Dit object staat al in de zoekindex."):
        twin.validate_constraints()
