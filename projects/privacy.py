"""The personal data this app holds about a member (AVG): for `Mijn gegevens` and deletion.

Contract used by members: `personal_data(user)` returns JSON-ready data about the user only;
`erase_personal_data(user)` removes it, keeping published content (credited to "oud-lid").
"""

from django.db import transaction

from projects.models import Participation, Project, ProjectUpdate, Theme, ThemeSupport


def personal_data(user) -> dict:
    return {
        "participations": [
            {
                "project": participation.project.title,
                "motivation": participation.motivation,
                "joined_at": participation.joined_at.isoformat(),
            }
            for participation in Participation.objects.filter(member=user).select_related("project")
        ],
        "projects_led": list(user.led_projects.values_list("title", flat=True)),
        "project_proposals": [
            {
                "title": project.title,
                "summary": project.summary,
                "aim": project.aim,
                "description": project.description,
                "note": project.proposal_note,
                "review": project.get_review_display(),
                "proposed_at": project.created_at.isoformat(),
            }
            for project in Project.objects.filter(proposed_by=user)
        ],
        "project_updates": [
            {"project": update.project.title, "date": update.published_on.isoformat()}
            for update in ProjectUpdate.objects.filter(author=user).select_related("project")
        ],
        "themes_proposed": [
            {
                "title": theme.title,
                "explanation": theme.explanation,
                "status": theme.get_status_display(),
                "proposed_at": theme.proposed_at.isoformat(),
            }
            for theme in Theme.objects.filter(proposed_by=user)
        ],
        "themes_supported": list(
            ThemeSupport.objects.filter(member=user).values_list("theme__title", flat=True)
        ),
    }


def erase_personal_data(user) -> None:
    """Remove participation, votes and unpublished proposals; published work stays, as oud-lid."""
    with transaction.atomic():
        Participation.objects.filter(member=user).delete()
        ThemeSupport.objects.filter(member=user).delete()
        user.led_projects.clear()
        # An idea that never became public is the member's own text, not network content.
        Project.objects.filter(proposed_by=user).exclude(review=Project.Review.ACCEPTED).delete()
        Project.objects.filter(proposed_by=user).update(proposal_note="", proposed_by=None)
        ProjectUpdate.objects.filter(author=user).update(author=None)
        Theme.objects.filter(proposed_by=user).update(proposed_by=None)
