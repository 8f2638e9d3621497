"""One object per file kind and visibility, and a logged-in client per role."""

from datetime import date
from io import BytesIO

import pytest
from django.core.files.base import ContentFile
from django.test import Client
from PIL import Image

from glossary.models import Entry
from meetings.models import Factsheet
from projects.models import Project, ProjectDocument
from tests.factories import logged_in_client, make_user
from tests.glossary.factories import make_entry
from tests.meetings.factories import PDF_BYTES, make_factsheet, make_meeting
from tests.members.factories import make_profile
from tests.projects.factories import make_project

PAST = date(2020, 1, 1)
FUTURE = date(2999, 1, 1)
ROLES = ["anonymous", "pending", "member", "another_member", "trekker"]


def image_bytes(image_format="PNG"):
    output = BytesIO()
    Image.new("RGB", (8, 8), (20, 120, 200)).save(output, format=image_format)
    return output.getvalue()


@pytest.fixture
def another_member(db):
    return make_user("ander-lid@example.org", first_name="Anna", last_name="Anderlid")


@pytest.fixture
def clients(pending, member, another_member, trekker):
    """A Django test client per role; "anonymous" is not logged in."""
    logged_in = {
        "pending": pending,
        "member": member,
        "another_member": another_member,
        "trekker": trekker,
    }
    result = {"anonymous": Client()}
    for role, user in logged_in.items():
        result[role] = logged_in_client(user)
    return result


def factsheet(kind, published_on):
    return make_factsheet(
        make_meeting(days_from_now=-30),
        title="Factsheet triage",
        slug=f"factsheet-triage-{kind}-{published_on.year}",
        kind=kind,
        published_on=published_on,
    )


def project_document(project):
    return ProjectDocument.objects.create(
        project=project,
        title="Triagelijst scheiding",
        file=ContentFile(PDF_BYTES, name="triagelijst.pdf"),
    )


def profile_with_photo(user, *, visible=True):
    profile = make_profile(user, visible=visible)
    profile.photo.save("foto.jpg", ContentFile(image_bytes("JPEG")))
    return profile


def entry_with_image(status):
    entry = make_entry(f"begrip met beeld {status}", status=status)
    entry.image_description = "Twee huizen met een brug ertussen."
    entry.image.save("praat-erover.png", ContentFile(image_bytes("PNG")))
    return entry


@pytest.fixture
def uploads(member, another_member):
    """Every kind of upload, each in every state that changes who may see it."""
    return {
        "published factsheet": factsheet(Factsheet.Kind.FACTSHEET, PAST),
        "unpublished factsheet": factsheet(Factsheet.Kind.FACTSHEET, FUTURE),
        "published attachment": factsheet(Factsheet.Kind.ATTACHMENT, PAST),
        "unpublished attachment": factsheet(Factsheet.Kind.ATTACHMENT, FUTURE),
        "document of a public project": project_document(make_project("Lopend project")),
        "document of the member's own proposal": project_document(
            make_project(
                "Voorstel van het lid",
                status=Project.Status.IDEA,
                review=Project.Review.PROPOSED,
                proposed_by=member,
            )
        ),
        "document of a project still an idea": project_document(
            make_project("Nog een idee", status=Project.Status.IDEA)
        ),
        "photo of the member": profile_with_photo(member),
        "photo of a hidden profile": profile_with_photo(
            make_user("verborgen@example.org", first_name="Vera"), visible=False
        ),
        "image of an established entry": entry_with_image(Entry.Status.ESTABLISHED),
        "image of a draft entry": entry_with_image(Entry.Status.DRAFT),
    }
