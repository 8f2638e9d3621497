"""Through the real admin: a trekker saves a project whose texts use discouraged terms."""

import pytest
from django.urls import reverse

from projects.models import Project, ProjectUpdate
from tests.projects.factories import make_agenda, make_project
from tests.taalcheck.factories import make_network_glossary

pytestmark = pytest.mark.django_db


def management(prefix, total=0):
    return {
        f"{prefix}-TOTAL_FORMS": str(total),
        f"{prefix}-INITIAL_FORMS": "0",
        f"{prefix}-MIN_NUM_FORMS": "0",
        f"{prefix}-MAX_NUM_FORMS": "1000",
    }


def project_data(**changes):
    return {
        "title": "Kind in de knel",
        "slug": "kind-in-de-knel",
        "summary": "Kinderen helpen bij complexe scheidingsproblematiek.",
        "aim": "Contact houden met beide ouders.",
        "description": "Wat helpt kinderen?",
        "agendas": [make_agenda().pk],
        "status": Project.Status.RUNNING,
        "starts_on": "",
        "ends_on": "",
        "themes": "",
        "privacy_check": Project.PrivacyCheck.NOT_NEEDED,
        "privacy_checked_on": "",
        "review": Project.Review.ACCEPTED,
        "proposal_note": "",
        **management("links"),
        **management("documents"),
        **management("updates"),
        **management("participations"),
        **changes,
    }


def save_new_project(client, data):
    return client.post(reverse("admin:projects_project_add"), data, follow=True)


def test_trekker_is_warned_about_terms_in_the_project_and_its_update_and_it_is_saved(
    trekker_client,
):
    make_network_glossary()
    data = project_data(
        description="Over **ouderverstoting** en PAS.",
        **management("updates", 1),
        **{
            "updates-0-published_on": "4-3-2024",
            "updates-0-text": "Een gesprek over een vechtscheiding.",
        },
    )
    content = save_new_project(trekker_client, data).content.decode()
    assert Project.objects.filter(slug="kind-in-de-knel").exists()
    assert ProjectUpdate.objects.filter(text__contains="vechtscheiding").exists()
    assert '<li class="warning">' in content
    assert "„ouderverstoting”: gebruik liever „contactverlies”" in content
    assert "„PAS”: gebruik liever „contactverlies”" in content
    assert "„vechtscheiding”: gebruik liever „complexe scheidingsproblematiek”" in content


def test_project_in_the_preferred_terms_gets_no_warning(trekker_client):
    make_network_glossary()
    content = save_new_project(trekker_client, project_data()).content.decode()
    assert Project.objects.filter(slug="kind-in-de-knel").exists()
    assert '<li class="warning">' not in content


def test_project_page_links_glossary_terms_but_not_discouraged_ones(client):
    make_network_glossary()
    project = make_project(
        description="## Contactverlies\n\nBij contactverlies, vroeger ouderverstoting genoemd."
    )
    content = client.get(project.get_absolute_url()).content.decode()
    assert "<h3>Contactverlies</h3>" in content
    assert '<p>Bij <span class="glossary-term"><a href="/begrippen/contactverlies/"' in content
    assert "vroeger ouderverstoting genoemd." in content
