"""Factsheet uploads through the admin: the content decides, at most 10 MB, Dutch errors."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from meetings.models import Factsheet, Meeting
from tests.meetings.factories import PDF_BYTES, make_meeting
from tests.meetings.test_admin import inline_management, meeting_form

MEGABYTE = 1024 * 1024


def factsheet_form(file, **changes):
    data = {
        "title": "Factsheet oktober 2023",
        "slug": "factsheet-oktober-2023",
        "kind": Factsheet.Kind.FACTSHEET,
        "meeting": "",
        "description": "Wat we bespraken.",
        "file": file,
        "published_on": "30-10-2023",
    }
    data.update(changes)
    return data


def upload(client, file, **changes):
    return client.post(
        reverse("admin:meetings_factsheet_add"), factsheet_form(file, **changes), follow=True
    )


@pytest.mark.django_db
def test_a_real_pdf_is_accepted_and_stored(trekker_client):
    meeting = make_meeting()
    response = upload(
        trekker_client,
        SimpleUploadedFile("Verslag Oktober.PDF", PDF_BYTES, "application/pdf"),
        meeting=meeting.pk,
    )
    assert response.status_code == 200
    factsheet = Factsheet.objects.get()
    assert factsheet.meeting == meeting
    assert factsheet.size == len(PDF_BYTES)
    # Stored under a random name, neither the upload's nor the factsheet's; the download keeps
    # the readable one.
    assert factsheet.file.name.startswith("factsheets/")
    assert "oktober" not in factsheet.file.name.lower()
    assert factsheet.download_name() == "factsheet-oktober-2023.pdf"
    with factsheet.file.open("rb") as stored:
        assert stored.read() == PDF_BYTES


@pytest.mark.django_db
def test_a_program_renamed_to_pdf_is_refused_in_dutch(trekker_client):
    program = b"MZ\x90\x00\x03\x00\x00\x00\x04\x00This program cannot be run in DOS mode."
    response = upload(
        trekker_client, SimpleUploadedFile("factsheet.pdf", program, "application/pdf")
    )
    content = response.content.decode()
    assert "Dit bestand is geen PDF. Kies een PDF-bestand." in content
    # What was typed stays in the form.
    assert 'value="Factsheet oktober 2023"' in content
    assert not Factsheet.objects.exists()


@pytest.mark.django_db
def test_an_eleven_megabyte_pdf_is_refused_in_dutch(trekker_client):
    large = PDF_BYTES + b"0" * (11 * MEGABYTE - len(PDF_BYTES))
    response = upload(trekker_client, SimpleUploadedFile("groot.pdf", large, "application/pdf"))
    assert "Dit bestand is 11,0 MB. Het mag hoogstens 10 MB zijn." in response.content.decode()
    assert not Factsheet.objects.exists()


@pytest.mark.django_db
def test_a_pdf_with_another_extension_is_refused_in_dutch(trekker_client):
    response = upload(trekker_client, SimpleUploadedFile("factsheet.exe", PDF_BYTES))
    assert "Kies een pdf-bestand." in response.content.decode()
    assert not Factsheet.objects.exists()


@pytest.mark.django_db
def test_a_bad_attachment_in_the_meeting_form_keeps_the_meeting_unsaved(trekker_client):
    data = meeting_form(
        **inline_management("factsheets", 1),
        **{
            "factsheets-0-kind": Factsheet.Kind.ATTACHMENT,
            "factsheets-0-published_on": "2-10-2023",
            "factsheets-0-title": "Programma",
            "factsheets-0-slug": "programma",
            "factsheets-0-file": SimpleUploadedFile("programma.pdf", b"MZ\x90\x00"),
        },
    )
    response = trekker_client.post(reverse("admin:meetings_meeting_add"), data)
    assert "Dit bestand is geen PDF." in response.content.decode()
    assert not Meeting.objects.exists()
    assert not Factsheet.objects.exists()
