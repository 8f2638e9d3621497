"""Single-line fields keep line breaks and control characters out of mail headers and .ics files.

A title such as "Kwartaal\\r\\nBcc: x@example.org" would add a header to every e-mail that
carries it in its subject, and a raw line break would end a calendar line early.
"""

import pytest
from django.apps import apps
from django.db import models
from django.urls import reverse

from leernetwerk.fields import SingleLineCharField, single_line
from meetings import services as meeting_services
from meetings.models import Meeting
from members.models import User
from projects import services as project_services
from projects.models import Project, Theme
from tests.conftest import sent_mail
from tests.factories import make_user
from tests.meetings.factories import make_meeting
from tests.meetings.test_admin import meeting_form
from tests.members.test_photos import profile_data
from tests.projects.factories import make_project

INJECTION = "\r\nBcc: buitenstaander@example.org"
# Fields that hold several lines on purpose, a hash, or a link that the link validator checks;
# everything else people type into a CharField is one line.
NOT_SINGLE_LINE = {
    "projects.Participation.motivation",
    "members.User.password",
    "projects.ProjectLink.url",
    # A hex digest the portal writes itself; nobody types it.
    "members.DeletionRecord.email_hash",
}


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("Kwartaal\r\nBcc: x@example.org", "Kwartaal Bcc: x@example.org"),
        ("Een\ntwee\rdrie", "Een twee drie"),
        ("tab\tnaar\x0bverticaal\x0cform", "tab naar verticaal form"),
        ("nul\x00byte en \x7fdel en \x85nel", "nul byte en del en nel"),
        ("unicode\u2028regel\u2029alinea", "unicode regel alinea"),
        ("  ruimte \r\n  rond  ", "ruimte rond"),
        ("Gewone titel: één, twee & drie", "Gewone titel: één, twee & drie"),
    ],
)
def test_line_breaks_and_control_characters_collapse_to_one_space(typed, stored):
    assert single_line(typed) == stored


def _free_text_char_fields():
    for app_label in ["meetings", "glossary", "members", "projects"]:
        for model in apps.get_app_config(app_label).get_models():
            for field in model._meta.get_fields():
                if (
                    isinstance(field, models.CharField)
                    and not isinstance(
                        field, (models.SlugField, models.EmailField, models.URLField)
                    )
                    and not field.choices
                    and field.model is model
                ):
                    yield f"{app_label}.{model.__name__}.{field.name}", field


def test_every_free_text_char_field_of_the_apps_is_single_line():
    offenders = [
        name
        for name, field in _free_text_char_fields()
        if name not in NOT_SINGLE_LINE and not isinstance(field, SingleLineCharField)
    ]
    assert offenders == []
    assert isinstance(User._meta.get_field("first_name"), SingleLineCharField)
    assert isinstance(User._meta.get_field("last_name"), SingleLineCharField)


@pytest.mark.django_db
def test_a_meeting_title_with_a_line_break_typed_in_the_admin_is_stored_on_one_line(
    trekker_client,
):
    response = trekker_client.post(
        reverse("admin:meetings_meeting_add"),
        meeting_form(title="Kwartaal" + INJECTION, venue="Zaal\r\n2", address="Plein 1\n"),
    )

    assert response.status_code == 302
    meeting = Meeting.objects.get()
    assert meeting.title == "Kwartaal Bcc: buitenstaander@example.org"
    assert meeting.venue == "Zaal 2"
    assert meeting.address == "Plein 1"


@pytest.mark.django_db
def test_the_ics_summary_of_a_meeting_saved_with_a_line_break_is_one_line(client):
    meeting = make_meeting("Kwartaal" + INJECTION, slug="kwartaal")

    body = client.get(reverse("meetings:meeting_ics", args=[meeting.slug])).content.decode()

    assert "SUMMARY:Kwartaal Bcc: buitenstaander@example.org\r\n" in body
    assert not any(line.startswith("Bcc:") for line in body.splitlines())


@pytest.mark.django_db
def test_the_registration_mail_of_such_a_meeting_has_a_one_line_subject(
    member, django_capture_on_commit_callbacks
):
    meeting = make_meeting("Kwartaal" + INJECTION, slug="kwartaal")

    with django_capture_on_commit_callbacks(execute=True):
        meeting_services.register(meeting, member, Meeting.Format.ONLINE)

    (message,) = sent_mail()
    assert "\r" not in message.subject and "\n" not in message.subject
    assert message.subject.endswith("Kwartaal Bcc: buitenstaander@example.org")
    assert message.bcc == []
    assert "buitenstaander@example.org" not in message.recipients()


@pytest.mark.django_db
def test_a_project_proposed_with_a_line_break_in_its_title_mails_a_one_line_subject(
    member_client, trekker, on_commit
):
    response = on_commit(
        member_client.post,
        reverse("projects:propose"),
        {
            "title": "Idee" + INJECTION,
            "summary": "Kort\r\nidee.",
            "aim": "Wat we willen bereiken.",
            "description": "",
            "proposal_note": "",
        },
    )

    assert response.status_code == 302
    project = Project.objects.get()
    assert project.title == "Idee Bcc: buitenstaander@example.org"
    assert project.summary == "Kort idee."
    (message,) = sent_mail()
    assert "\n" not in message.subject
    assert message.message()["Bcc"] is None


@pytest.mark.django_db
def test_a_proposed_theme_is_stored_on_one_line(member_client):
    member_client.post(
        reverse("themes:propose"),
        {"title": "Taal" + INJECTION, "explanation": "Waarom:\r\nomdat het telt."},
    )

    assert Theme.objects.get().title == "Taal Bcc: buitenstaander@example.org"


@pytest.mark.django_db
def test_a_member_name_with_a_line_break_is_stored_on_one_line_and_mails_cleanly(
    member_client, member, on_commit
):
    member_client.post(
        reverse("members:edit_profile"),
        profile_data(first_name="Lotte" + INJECTION, last_name="de\nLid"),
    )
    member.refresh_from_db()
    assert member.first_name == "Lotte Bcc: buitenstaander@example.org"
    assert member.last_name == "de Lid"

    lead = make_user("projectleider@example.org")
    project = make_project("Taal rondom scheiding", trekkers=[lead])
    on_commit(project_services.join_project, project, member, "Ik doe mee.\nGraag!")

    (message,) = sent_mail()
    assert "\n" not in message.subject
    assert message.message()["Bcc"] is None
