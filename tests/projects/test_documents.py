"""Project documents: PDFs only, within the size limit, served under a readable name."""

import pytest
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from projects.models import MAX_DOCUMENT_MEGABYTES, Project, ProjectDocument
from tests.pdf_files import clean_pdf
from tests.projects.factories import make_project

PDF = clean_pdf()


def document_for(project, content=PDF, name="bestand.pdf", title="Triagelijst Scheiding"):
    return ProjectDocument(project=project, title=title, file=SimpleUploadedFile(name, content))


@pytest.mark.django_db
def test_only_real_pdfs_pass_whatever_their_name(running_project):
    with pytest.raises(ValidationError, match="geen PDF"):
        document_for(running_project, content=b"<html>nep</html>").full_clean()
    document_for(running_project, name="zonder-extensie").full_clean()


@pytest.mark.django_db
def test_documents_over_the_size_limit_are_refused(running_project):
    too_big = PDF + b"0" * (MAX_DOCUMENT_MEGABYTES * 1024 * 1024)
    with pytest.raises(ValidationError, match=f"hoogstens {MAX_DOCUMENT_MEGABYTES} MB"):
        document_for(running_project, content=too_big).full_clean()


@pytest.mark.django_db
def test_document_is_served_through_the_portal_with_a_readable_name(client, running_project):
    document = ProjectDocument.objects.create(
        project=running_project,
        title="Triagelijst Scheiding: handleiding",
        file=ContentFile(PDF, name="a8f3k2.pdf"),
    )
    url = document.get_absolute_url()
    assert url.startswith("/projecten/")
    response = client.get(url)
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert 'filename="triagelijst-scheiding-handleiding.pdf"' in response["Content-Disposition"]
    assert b"".join(response.streaming_content) == PDF


@pytest.mark.django_db
def test_documents_of_hidden_projects_are_not_served(client):
    idea = make_project("Idee", status=Project.Status.IDEA)
    document = ProjectDocument.objects.create(
        project=idea, title="Geheim", file=ContentFile(PDF, name="geheim.pdf")
    )
    assert client.get(document.get_absolute_url()).status_code == 404


@pytest.mark.django_db
def test_a_missing_file_answers_404(client, running_project):
    document = ProjectDocument.objects.create(
        project=running_project, title="Weg", file=ContentFile(PDF, name="weg.pdf")
    )
    document.file.storage.delete(document.file.name)
    assert client.get(document.get_absolute_url()).status_code == 404
    assert (
        client.get(reverse("projects:document", args=[running_project.slug, 999])).status_code
        == 404
    )
