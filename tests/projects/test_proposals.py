"""A member proposes a project: it arrives as an idea, hidden until the trekkers accept it."""

import pytest
from django.contrib.admin.helpers import ACTION_CHECKBOX_NAME
from django.urls import reverse

from projects.models import Project
from tests.projects.factories import make_agenda, make_project

GOOD_PROPOSAL = {
    "title": "Jongeren aan het woord",
    "summary": "Jongeren vertellen wat zij nodig hebben bij een scheiding.",
    "aim": "De stem van jongeren een vaste plek geven.",
    "description": "",
    "proposal_note": "Ik ken jongeren die willen meedoen.",
}


@pytest.mark.django_db
def test_member_proposes_a_project_that_stays_hidden_and_the_trekkers_hear_of_it(
    client, member_client, member, trekker, mailoutbox, on_commit
):
    agenda = make_agenda("Veranderagenda")
    response = on_commit(
        member_client.post, reverse("projects:propose"), {**GOOD_PROPOSAL, "agendas": [agenda.pk]}
    )
    project = Project.objects.get(title="Jongeren aan het woord")
    assert response.status_code == 302
    assert response["Location"] == project.get_absolute_url()
    assert project.status == Project.Status.IDEA
    assert project.review == Project.Review.PROPOSED
    assert project.proposed_by == member
    assert list(project.agendas.all()) == [agenda]
    assert project not in Project.objects.public()
    assert client.get(project.get_absolute_url()).status_code == 404
    assert "Jongeren aan het woord" not in client.get(reverse("projects:index")).content.decode()
    assert mailoutbox[0].to == [trekker.email]
    assert "Jongeren aan het woord" in mailoutbox[0].subject


@pytest.mark.django_db
def test_bad_proposal_gets_dutch_errors_and_keeps_what_was_typed(
    member_client, mailoutbox, on_commit
):
    response = on_commit(
        member_client.post,
        reverse("projects:propose"),
        {**GOOD_PROPOSAL, "title": "Ja", "summary": "x" * 301, "aim": ""},
    )
    content = response.content.decode()
    assert response.status_code == 400
    assert "Geef je project een naam van minstens 5 tekens." in content
    assert "Maak de samenvatting korter: hoogstens 300 tekens" in content
    assert "Schrijf op wat je met het project wilt bereiken." in content
    assert 'value="Ja"' in content
    assert "Ik ken jongeren die willen meedoen." in content
    assert not Project.objects.exists()
    assert mailoutbox == []


@pytest.mark.django_db
def test_only_approved_members_can_propose(client, pending_client):
    assert client.get(reverse("projects:propose")).status_code == 302
    assert pending_client.post(reverse("projects:propose"), GOOD_PROPOSAL).status_code == 403
    assert not Project.objects.exists()


@pytest.mark.django_db
def test_a_proposal_never_takes_the_slug_of_the_proposal_page(member_client):
    member_client.post(reverse("projects:propose"), {**GOOD_PROPOSAL, "title": "Voorstellen"})
    assert Project.objects.get().slug == "voorstellen-2"


def run_action(client, action, project):
    return client.post(
        reverse("admin:projects_project_changelist"),
        {"action": action, ACTION_CHECKBOX_NAME: [project.pk]},
    )


@pytest.mark.django_db
def test_trekker_accepts_a_proposal_in_the_admin_and_the_proposer_gets_an_email(
    trekker_client, member, mailoutbox, on_commit
):
    proposal = make_project(
        "Jongeren aan het woord",
        status=Project.Status.IDEA,
        review=Project.Review.PROPOSED,
        proposed_by=member,
    )
    response = on_commit(run_action, trekker_client, "accept_proposals", proposal)
    assert response.status_code == 302
    proposal.refresh_from_db()
    assert proposal.review == Project.Review.ACCEPTED
    assert proposal.status == Project.Status.PREPARING
    assert proposal in Project.objects.public()
    assert list(proposal.trekkers.all()) == [member]
    assert mailoutbox[-1].to == [member.email]
    assert "aangenomen" in mailoutbox[-1].subject


@pytest.mark.django_db
def test_trekker_declines_a_proposal_and_it_stays_hidden(
    trekker_client, member, mailoutbox, on_commit
):
    proposal = make_project(
        "Nog niet nu",
        status=Project.Status.IDEA,
        review=Project.Review.PROPOSED,
        proposed_by=member,
    )
    on_commit(run_action, trekker_client, "decline_proposals", proposal)
    proposal.refresh_from_db()
    assert proposal.review == Project.Review.DECLINED
    assert proposal not in Project.objects.public()
    assert mailoutbox[-1].to == [member.email]
    assert "Nog niet nu" in mailoutbox[-1].body
    # Declining again sends nothing more.
    on_commit(run_action, trekker_client, "decline_proposals", proposal)
    assert len(mailoutbox) == 1


@pytest.mark.django_db
def test_proposer_finds_the_waiting_proposal_on_the_overview(member_client, client, member):
    make_project(
        "Jongeren aan het woord",
        status=Project.Status.IDEA,
        review=Project.Review.PROPOSED,
        proposed_by=member,
    )
    mine = member_client.get(reverse("projects:index")).content.decode()
    assert "Jouw voorstellen" in mine
    assert "Jongeren aan het woord</a>: voorstel, wacht op de trekkers" in mine
    assert "Jongeren aan het woord" not in client.get(reverse("projects:index")).content.decode()
