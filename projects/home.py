"""The projects' blocks on the home page: running projects and members' proposed themes."""

from projects.models import Project, Theme

SHOWN_PER_BLOCK = 4


def running_projects():
    """Return a few running Klein-maar-Fijn projects, most recently started first (1 query)."""
    return list(Project.objects.running().order_by("-starts_on", "title")[:SHOWN_PER_BLOCK])


def proposed_themes():
    """Return the proposed member themes with the most support first (1 query)."""
    return list(
        Theme.objects.proposed()
        .with_support_count()
        .order_by("-support_count", "-proposed_at")[:SHOWN_PER_BLOCK]
    )
