"""Aanhaken: an approved member joins a project (once) and leaves it; its trekkers hear of it."""

import pytest
from django.urls import reverse

from projects import services
from projects.models import Participation, Project
from tests.projects.factories import make_project


def join_url(project):
    return reverse("projects:join", args=[project.slug])


@pytest.mark.django_db
def test_member_joins_with_a_motivation_and_the_project_trekkers_get_an_email(
    member_client, member, running_project, mailoutbox, on_commit
):
    response = on_commit(
        member_client.post, join_url(running_project), {"motivation": "Ik werk met de TS."}
    )
    assert response.status_code == 302
    participation = Participation.objects.get(project=running_project, member=member)
    assert participation.motivation == "Ik werk met de TS."
    assert len(mailoutbox) == 1
    mail = mailoutbox[0]
    assert mail.to == ["projecttrekker@example.org"]
    assert "Lotte de Lid" in mail.subject
    assert "Ik werk met de TS." in mail.body
    assert running_project.get_absolute_url() in mail.body


@pytest.mark.django_db
def test_joining_twice_keeps_one_participation_and_sends_one_email(
    member_client, member, running_project, mailoutbox, on_commit
):
    on_commit(member_client.post, join_url(running_project), {"motivation": ""})
    response = on_commit(
        member_client.post, join_url(running_project), {"motivation": "nog eens"}, follow=True
    )
    assert Participation.objects.filter(project=running_project, member=member).count() == 1
    assert len(mailoutbox) == 1
    assert "Je doet al mee met dit project" in response.content.decode()


@pytest.mark.django_db
def test_the_database_refuses_a_second_participation_for_the_same_member(member, running_project):
    from django.db import IntegrityError, transaction

    Participation.objects.create(project=running_project, member=member)
    with pytest.raises(IntegrityError), transaction.atomic():
        Participation.objects.create(project=running_project, member=member)
    _, created = services.join_project(running_project, member)
    assert created is False


@pytest.mark.django_db
def test_member_leaves_a_project(member_client, member, running_project):
    services.join_project(running_project, member)
    response = member_client.post(reverse("projects:leave", args=[running_project.slug]))
    assert response.status_code == 302
    assert not Participation.objects.filter(member=member).exists()
    page = member_client.get(running_project.get_absolute_url()).content.decode()
    assert "Aanhaken</button>" in page


@pytest.mark.django_db
def test_too_long_motivation_gets_a_dutch_error_and_the_text_is_kept(
    member_client, running_project, mailoutbox, on_commit
):
    motivation = "Ik wil graag meedoen. " * 30
    response = on_commit(member_client.post, join_url(running_project), {"motivation": motivation})
    content = response.content.decode()
    assert response.status_code == 400
    assert "Houd je motivatie kort: hoogstens 500 tekens" in content
    assert "Ik wil graag meedoen. Ik wil graag meedoen." in content
    assert not Participation.objects.exists()
    assert mailoutbox == []


@pytest.mark.django_db
def test_visitors_and_pending_accounts_cannot_join(
    client, pending_client, running_project, mailoutbox, on_commit
):
    response = on_commit(client.post, join_url(running_project))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("account_login"))
    assert on_commit(pending_client.post, join_url(running_project)).status_code == 403
    assert not Participation.objects.exists()
    assert mailoutbox == []


@pytest.mark.django_db
def test_nobody_joins_a_finished_project_or_an_idea(member_client, member):
    finished = make_project("Klaar", status=Project.Status.FINISHED)
    idea = make_project("Idee", status=Project.Status.IDEA)
    member_client.post(join_url(finished))
    assert member_client.post(join_url(idea)).status_code == 404
    assert not Participation.objects.exists()


@pytest.mark.django_db
def test_without_project_trekkers_the_network_trekkers_get_the_email(
    member_client, trekker, mailoutbox, on_commit
):
    project = make_project("Zonder trekkers")
    on_commit(member_client.post, join_url(project))
    assert mailoutbox[0].to == [trekker.email]


@pytest.mark.django_db
def test_joining_needs_a_post(member_client, running_project):
    assert member_client.get(join_url(running_project)).status_code == 405
