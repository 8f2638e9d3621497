"""Workflows of projects and member themes: joining, proposing, reviewing, supporting."""

from django.conf import settings
from django.db import IntegrityError, transaction
from django.urls import reverse
from django.utils import timezone

from leernetwerk.mail import send_mail
from members.roles import trekker_addresses
from projects.models import Participation, Project, Theme, ThemeSupport, unique_slug


def _absolute(path: str) -> str:
    return settings.SITE_URL + path


def _project_trekker_addresses(project) -> list[str]:
    addresses = list(project.trekkers.filter(is_active=True).values_list("email", flat=True))
    return addresses or trekker_addresses()


def join_project(project, member, motivation: str = "") -> tuple[Participation, bool]:
    """Add the member to the project's participants; joining twice changes nothing.

    Returns the participation and whether it is new. The project's trekkers get an e-mail.
    """
    try:
        with transaction.atomic():
            participation, created = Participation.objects.get_or_create(
                project=project, member=member, defaults={"motivation": motivation.strip()}
            )
            if created:
                _tell_trekkers_about_participant(participation)
    except IntegrityError:
        # Two requests raced past get_or_create; the constraint let only one of them in.
        return Participation.objects.get(project=project, member=member), False
    return participation, created


def _tell_trekkers_about_participant(participation):
    project, member = participation.project, participation.member
    send_mail(
        _project_trekker_addresses(project),
        f"{member} haakt aan bij {project.title}",
        "projects/email/participant_joined.txt",
        {
            "participation": participation,
            "project": project,
            "member": member,
            "project_url": _absolute(project.get_absolute_url()),
        },
    )


def leave_project(project, member) -> bool:
    """Remove the member from the project's participants; return whether they took part."""
    deleted, _ = Participation.objects.filter(project=project, member=member).delete()
    return bool(deleted)


def propose_project(member, *, title, summary, aim, description="", agendas=(), note=""):
    """Save a member's project idea, hidden until the trekkers accept it, and tell them."""
    with transaction.atomic():
        project = Project.objects.create(
            title=title,
            slug=unique_slug(Project, title),
            summary=summary,
            aim=aim,
            description=description,
            proposal_note=note,
            status=Project.Status.IDEA,
            review=Project.Review.PROPOSED,
            proposed_by=member,
        )
        project.agendas.set(agendas)
        send_mail(
            trekker_addresses(),
            f"Nieuw projectidee: {project.title}",
            "projects/email/project_proposed.txt",
            {
                "project": project,
                "member": member,
                "review_url": _absolute(
                    reverse("admin:projects_project_change", args=[project.pk])
                ),
            },
        )
    return project


def accept_proposal(project) -> bool:
    """Make a proposed idea a public project in preparation, led by its proposer."""
    with transaction.atomic():
        project = Project.objects.select_for_update().get(pk=project.pk)
        if project.review == Project.Review.ACCEPTED:
            return False
        project.review = Project.Review.ACCEPTED
        if project.status == Project.Status.IDEA:
            project.status = Project.Status.PREPARING
        project.save(update_fields=["review", "status", "updated_at"])
        if project.proposed_by_id:
            project.trekkers.add(project.proposed_by_id)
            send_mail(
                project.proposed_by.email,
                f"Je projectidee is aangenomen: {project.title}",
                "projects/email/proposal_accepted.txt",
                {
                    "project": project,
                    "proposer": project.proposed_by,
                    "project_url": _absolute(project.get_absolute_url()),
                },
            )
    return True


def decline_proposal(project) -> bool:
    """Decline a proposed idea; it stays hidden, and the proposer hears about it."""
    with transaction.atomic():
        project = Project.objects.select_for_update().get(pk=project.pk)
        if project.review != Project.Review.PROPOSED:
            return False
        project.review = Project.Review.DECLINED
        project.save(update_fields=["review", "updated_at"])
        if project.proposed_by:
            send_mail(
                project.proposed_by.email,
                f"Over je projectidee: {project.title}",
                "projects/email/proposal_declined.txt",
                {"project": project, "proposer": project.proposed_by},
            )
    return True


def propose_theme(member, *, title, explanation) -> Theme:
    """Save a theme a member brings in for a coming meeting."""
    return Theme.objects.create(title=title, explanation=explanation, proposed_by=member)


def support_theme(theme, member) -> bool:
    """Give the member's one vote to the theme; return whether it is a new vote."""
    try:
        with transaction.atomic():
            _, created = ThemeSupport.objects.get_or_create(theme=theme, member=member)
    except IntegrityError:
        return False
    return created


def withdraw_support(theme, member) -> bool:
    deleted, _ = ThemeSupport.objects.filter(theme=theme, member=member).delete()
    return bool(deleted)


def schedule_theme(theme, meeting) -> Theme:
    """Put the theme on the agenda of a meeting."""
    theme.meeting = meeting
    theme.status = Theme.Status.SCHEDULED
    theme.discussed_at = None
    theme.save(update_fields=["meeting", "status", "discussed_at"])
    return theme


def mark_theme_discussed(theme) -> bool:
    """Record that a scheduled theme has been discussed; return False if it was not scheduled."""
    if not theme.meeting_id:
        return False
    theme.status = Theme.Status.DISCUSSED
    theme.discussed_at = timezone.now()
    theme.save(update_fields=["status", "discussed_at"])
    return True
