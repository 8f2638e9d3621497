"""Factsheets and project documents: a PDF is parsed, and active or hostile content refused."""

import time

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile

from leernetwerk.validators import MAX_PDF_MEGABYTES, MaxFileSizeValidator, validate_pdf
from meetings.models import Factsheet
from projects.models import ProjectDocument
from tests import pdf_files
from tests.meetings.test_uploads import upload
from tests.projects.factories import make_project
from tests.projects.test_documents import document_for

pytestmark = pytest.mark.django_db

ACTIVE = "Deze PDF bevat onderdelen die iets uitvoeren of meesturen"


@pytest.mark.parametrize(
    "content",
    [
        pdf_files.pdf_with_open_action_javascript(),
        pdf_files.pdf_with_launch_action(),
        pdf_files.pdf_with_attachment(),
    ],
    ids=["open-action-javascript", "launch-action", "embedded-file"],
)
def test_factsheet_with_active_content_is_refused_in_dutch(trekker_client, content):
    response = upload(trekker_client, SimpleUploadedFile("factsheet.pdf", content))
    assert response.status_code == 200
    page = response.content.decode()
    assert ACTIVE in page
    assert 'value="Factsheet oktober 2023"' in page
    assert not Factsheet.objects.exists()


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (pdf_files.pdf_html_polyglot(), "Dit bestand is geen PDF. Kies een PDF-bestand."),
        (pdf_files.html_before_a_real_pdf(), "Dit bestand is geen PDF. Kies een PDF-bestand."),
        (
            b"%PDF-1.4\n" + b" " * 2000 + b"<html><script>alert(1)</script></html>\n",
            "Dit bestand is geen PDF die we kunnen lezen.",
        ),
    ],
    ids=["pdf-html-polyglot", "html-in-first-kilobyte", "html-after-first-kilobyte"],
)
def test_pdf_that_is_also_a_web_page_is_refused(trekker_client, content, message):
    start = time.perf_counter()
    response = upload(trekker_client, SimpleUploadedFile("factsheet.pdf", content))
    assert message in response.content.decode()
    assert not Factsheet.objects.exists()
    assert time.perf_counter() - start < 5


def test_clean_pdf_made_by_a_pdf_library_is_accepted(trekker_client):
    response = upload(trekker_client, SimpleUploadedFile("factsheet.pdf", pdf_files.clean_pdf()))
    assert ACTIVE not in response.content.decode()
    assert Factsheet.objects.count() == 1


def test_project_document_with_javascript_is_refused():
    document = document_for(make_project(), content=pdf_files.pdf_with_open_action_javascript())
    with pytest.raises(ValidationError, match="JavaScript"):
        document.full_clean()
    assert not ProjectDocument.objects.exists()


@pytest.mark.parametrize("model", [Factsheet, ProjectDocument])
def test_every_pdf_field_limits_the_size_the_pdf_check_relies_on(model):
    # validate_pdf skips parsing files over MAX_PDF_MEGABYTES, trusting the size validator.
    validators = model._meta.get_field("file").validators
    assert validate_pdf in validators
    assert any(
        isinstance(validator, MaxFileSizeValidator) and validator.max_megabytes <= MAX_PDF_MEGABYTES
        for validator in validators
    )
