"""The admin for trekkers: projects with outputs and updates, warnings about discouraged terms."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from projects.models import Project, ProjectDocument, ProjectUpdate
from tests.pdf_files import clean_pdf
from tests.projects.factories import make_agenda
from tests.taalcheck.factories import make_network_glossary

PDF = clean_pdf()


def inline_management(prefix, total=0):
    return {
        f"{prefix}-TOTAL_FORMS": str(total),
        f"{prefix}-INITIAL_FORMS": "0",
        f"{prefix}-MIN_NUM_FORMS": "0",
        f"{prefix}-MAX_NUM_FORMS": "1000",
    }


def project_form(**changes):
    agenda = make_agenda("Onderzoek- en ontwikkelagenda")
    data = {
        "title": "Conflictdiagnostiek en triage",
        "slug": "conflictdiagnostiek-en-triage",
        "summary": "De Triagelijst Scheiding in de praktijk.",
        "aim": "Complexiteit en veiligheid uit elkaar halen.",
        "description": "We werken met de **Triagelijst Scheiding**.",
        "agendas": [agenda.pk],
        "status": Project.Status.RUNNING,
        "starts_on": "",
        "ends_on": "",
        "themes": "triage, veiligheid",
        "privacy_check": Project.PrivacyCheck.NOT_NEEDED,
        "privacy_checked_on": "",
        "review": Project.Review.ACCEPTED,
        "proposal_note": "",
        **inline_management("links"),
        **inline_management("documents"),
        **inline_management("updates"),
        **inline_management("participations"),
    }
    data.update(changes)
    return data


def add_project(client, data):
    return client.post(reverse("admin:projects_project_add"), data, follow=True)


@pytest.mark.django_db
def test_trekker_adds_a_project_with_a_link_a_pdf_and_an_update(trekker_client, trekker):
    data = project_form(
        **inline_management("links", 1),
        **{"links-0-title": "Begrippenkader", "links-0-url": "/begrippen/", "links-0-position": 0},
        **inline_management("documents", 1),
        **{
            "documents-0-title": "Triagelijst Scheiding: handleiding",
            "documents-0-file": SimpleUploadedFile("ts.pdf", PDF, "application/pdf"),
            "documents-0-added_at_0": "1-3-2024",
            "documents-0-added_at_1": "10:00",
        },
        **inline_management("updates", 1),
        **{"updates-0-published_on": "4-3-2024", "updates-0-text": "We zijn begonnen."},
    )
    response = add_project(trekker_client, data)
    assert response.status_code == 200
    project = Project.objects.get()
    assert (
        project.description_html
        == "<p>We werken met de <strong>Triagelijst Scheiding</strong>.</p>\n"
    )
    assert set(project.themes.names()) == {"triage", "veiligheid"}
    assert project.links.get().url == "/begrippen/"
    assert ProjectDocument.objects.get().file.read().startswith(b"%PDF-")
    assert ProjectUpdate.objects.get().author == trekker


@pytest.mark.django_db
def test_a_document_that_is_not_a_pdf_is_refused_in_dutch(trekker_client):
    data = project_form(
        **inline_management("documents", 1),
        **{
            "documents-0-title": "Stiekem een programma",
            "documents-0-file": SimpleUploadedFile(
                "echt.pdf", b"MZ\x90\x00binary", "application/pdf"
            ),
            "documents-0-added_at_0": "1-3-2024",
            "documents-0-added_at_1": "10:00",
        },
    )
    response = add_project(trekker_client, data)
    assert "Dit bestand is geen PDF" in response.content.decode()
    assert not Project.objects.exists()


@pytest.mark.django_db
def test_a_link_must_be_a_portal_path_or_a_web_address(trekker_client):
    data = project_form(
        **inline_management("links", 1),
        **{"links-0-title": "Fout", "links-0-url": "javascript:alert(1)", "links-0-position": 0},
    )
    response = add_project(trekker_client, data)
    assert "Vul een webadres in dat begint met https://" in response.content.decode()
    assert not Project.objects.exists()


@pytest.mark.django_db
def test_approved_privacy_check_needs_its_date(trekker_client):
    response = add_project(
        trekker_client, project_form(privacy_check=Project.PrivacyCheck.APPROVED)
    )
    assert "Vul de datum in waarop de toets is goedgekeurd." in response.content.decode()
    assert not Project.objects.exists()


@pytest.mark.django_db
def test_saving_a_project_with_a_discouraged_term_warns_the_trekker(trekker_client):
    make_network_glossary()
    response = add_project(
        trekker_client, project_form(summary="Kinderen in een vechtscheiding helpen.")
    )
    content = response.content.decode()
    assert Project.objects.exists()
    assert "let op: de tekst gebruikt woorden die het leernetwerk liever niet" in content
    assert "vechtscheiding" in content


WARNING = "let op: de tekst gebruikt woorden die het leernetwerk liever niet"


@pytest.mark.django_db
def test_a_discouraged_term_in_the_project_and_an_update_gives_one_warning(trekker_client):
    make_network_glossary()
    data = project_form(
        summary="Kinderen in een vechtscheiding helpen.",
        **inline_management("updates", 1),
        **{"updates-0-published_on": "4-3-2024", "updates-0-text": "Weer een vechtscheiding."},
    )
    content = add_project(trekker_client, data).content.decode()

    assert ProjectUpdate.objects.exists()
    assert content.count(WARNING) == 1
    assert "„vechtscheiding” (2×)" in content


@pytest.mark.django_db
def test_a_discouraged_term_in_an_update_alone_still_warns(trekker_client):
    make_network_glossary()
    data = project_form(
        **inline_management("updates", 1),
        **{"updates-0-published_on": "4-3-2024", "updates-0-text": "Een vechtscheiding."},
    )
    assert WARNING in add_project(trekker_client, data).content.decode()


@pytest.mark.django_db
def test_a_trekker_cannot_give_a_project_the_slug_of_the_proposal_page(trekker_client):
    response = add_project(trekker_client, project_form(slug="voorstellen"))

    assert "Deze korte naam is al in gebruik voor een pagina" in response.content.decode()
    assert not Project.objects.exists()


@pytest.mark.django_db
def test_trekker_sees_proposals_first_in_the_filtered_list(trekker_client):
    response = trekker_client.get(
        reverse("admin:projects_project_changelist"), {"review__exact": "proposed"}
    )
    assert response.status_code == 200
