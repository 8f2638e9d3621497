"""Who sees which project: ideas and proposals stay hidden, members-only data stays inside."""

import pytest
from django.urls import reverse

from projects.models import Project
from tests.factories import make_user
from tests.projects.factories import make_agenda, make_project


@pytest.mark.django_db
def test_public_projects_leave_out_ideas_proposals_and_declined_ones():
    running = make_project("Loopt al", status=Project.Status.RUNNING)
    preparing = make_project("In voorbereiding", status=Project.Status.PREPARING)
    finished = make_project("Klaar", status=Project.Status.FINISHED)
    make_project("Nog een idee", status=Project.Status.IDEA)
    make_project("Voorstel", status=Project.Status.IDEA, review=Project.Review.PROPOSED)
    make_project("Afgewezen", status=Project.Status.PREPARING, review=Project.Review.DECLINED)
    assert set(Project.objects.public()) == {running, preparing, finished}
    assert list(Project.objects.running()) == [running]


@pytest.mark.django_db
def test_overview_groups_projects_by_agenda_and_hides_ideas(client):
    change = make_agenda("Veranderagenda", position=0)
    research = make_agenda("Onderzoek- en ontwikkelagenda", position=1)
    make_project("Visie in de praktijk", agendas=[change])
    make_project("Taal rondom scheiding", agendas=[change, research])
    make_project("Geheim idee", status=Project.Status.IDEA, agendas=[research])
    content = client.get(reverse("projects:index")).content.decode()
    change_section = content[content.index("Veranderagenda</h2>") :]
    research_section = content[content.index("Onderzoek- en ontwikkelagenda</h2>") :]
    assert change_section.index("Visie in de praktijk") < change_section.index(
        "Onderzoek- en ontwikkelagenda</h2>"
    )
    assert "Taal rondom scheiding" in research_section
    assert "Geheim idee" not in content


@pytest.mark.django_db
def test_overview_filters_by_status_and_by_theme(client):
    make_project("Loopt met triage", status=Project.Status.RUNNING, themes=["triage"])
    make_project("Klaar met taal", status=Project.Status.FINISHED, themes=["taal"])
    by_status = client.get(reverse("projects:index"), {"status": "finished"}).content.decode()
    assert "Klaar met taal" in by_status and "Loopt met triage" not in by_status
    by_theme = client.get(reverse("projects:index"), {"thema": "triage"}).content.decode()
    assert "Loopt met triage" in by_theme and "Klaar met taal" not in by_theme
    assert "1 project gevonden" in by_theme


@pytest.mark.django_db
def test_overview_offers_only_public_statuses_and_used_themes_as_filters(client):
    make_project("Zichtbaar", themes=["triage"])
    make_project("Idee", status=Project.Status.IDEA, themes=["geheim-thema"])
    content = client.get(reverse("projects:index")).content.decode()
    assert '<option value="triage">triage</option>' in content
    assert "geheim-thema" not in content
    assert 'value="idea"' not in content


@pytest.mark.django_db
def test_overview_explains_when_there_are_no_projects_or_no_matches(client):
    make_agenda("Opleidingsagenda")
    empty = client.get(reverse("projects:index")).content.decode()
    assert "Er zijn nog geen projecten" in empty
    assert "Nog geen projecten bij deze agenda" in empty
    make_project("Taal rondom scheiding", themes=["taal"])
    no_match = client.get(reverse("projects:index"), {"thema": "taal", "status": "finished"})
    assert "Geen projecten met deze filters" in no_match.content.decode()


@pytest.mark.django_db
def test_unknown_filter_values_show_all_projects_instead_of_an_error(client):
    make_project("Taal rondom scheiding")
    response = client.get(reverse("projects:index"), {"status": "onzin", "thema": "<x>"})
    assert response.status_code == 200
    assert "Taal rondom scheiding" in response.content.decode()


@pytest.mark.django_db
def test_idea_page_is_not_found_for_visitors_and_other_members(client, member_client):
    idea = make_project("Geheim idee", status=Project.Status.IDEA)
    assert client.get(idea.get_absolute_url()).status_code == 404
    assert member_client.get(idea.get_absolute_url()).status_code == 404


@pytest.mark.django_db
def test_proposer_and_trekkers_can_see_a_proposal_before_it_is_accepted(trekker_client, member):
    from django.test import Client

    proposal = make_project(
        "Jongeren aan het woord",
        status=Project.Status.IDEA,
        review=Project.Review.PROPOSED,
        proposed_by=member,
    )
    proposer = Client()
    proposer.force_login(member)
    for client in (proposer, trekker_client):
        response = client.get(proposal.get_absolute_url())
        assert response.status_code == 200
        assert "Dit is een voorstel" in response.content.decode()


@pytest.mark.django_db
def test_project_page_shows_names_of_trekkers_and_participants_only_to_members(
    client, member_client, running_project, project_lead
):
    participant = make_user("deelnemer@example.org", first_name="Dirk", last_name="Deelnemer")
    running_project.participations.create(member=participant)
    anonymous = client.get(running_project.get_absolute_url()).content.decode()
    assert "Pim Projecttrekker" not in anonymous
    assert "Dirk Deelnemer" not in anonymous
    assert "1 lid doet mee" in anonymous
    inside = member_client.get(running_project.get_absolute_url()).content.decode()
    assert "Pim Projecttrekker" in inside
    assert "Dirk Deelnemer" in inside


@pytest.mark.django_db
def test_project_description_is_stored_as_sanitised_html():
    project = make_project(
        "Taal", description="## Aanpak\n\n**Samen** <script>alert(1)</script> [x](javascript:y)"
    )
    # Below the page's own h1 and h2: Markdown headings start at h3.
    assert "<h3>Aanpak</h3>" in project.description_html
    assert "<strong>Samen</strong>" in project.description_html
    assert "<script>" not in project.description_html
    assert 'href="javascript' not in project.description_html


@pytest.mark.django_db
def test_project_page_shows_outputs_updates_and_the_oud_lid_for_deleted_authors(
    member_client, running_project
):
    running_project.links.create(title="Begrippenkader", url="/begrippen/")
    running_project.links.create(title="Tipsheet", url="/begrippen/tipsheet/")
    running_project.updates.create(text="We zijn **begonnen**.", author=None)
    content = member_client.get(running_project.get_absolute_url()).content.decode()
    assert '<a href="/begrippen/">Begrippenkader</a>' in content
    assert '<a href="/begrippen/tipsheet/">Tipsheet</a>' in content
    assert "<strong>begonnen</strong>" in content
    assert "Door oud-lid" in content


@pytest.mark.django_db
def test_members_without_a_name_are_never_shown_by_their_email_address(
    member_client, running_project
):
    nameless = make_user("geheim-adres@example.org")
    running_project.participations.create(member=nameless)
    running_project.updates.create(text="Nieuws.", author=nameless)
    content = member_client.get(running_project.get_absolute_url()).content.decode()
    assert "geheim-adres@example.org" not in content
    assert "een lid" in content


@pytest.mark.django_db
def test_project_cards_leave_out_a_count_of_zero_participants(client):
    make_project("Nog zonder deelnemers")
    content = client.get(reverse("projects:index")).content.decode()
    assert "Nog zonder deelnemers" in content
    assert "0 deelnemers" not in content
