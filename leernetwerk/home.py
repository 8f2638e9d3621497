"""The blocks of the home page: what is going on in the network right now.

Each block is one small function with a fixed number of queries, whatever the amount of data,
and each may come back empty: the template then shows the block's empty state.
"""

import datetime

from django.db.models import Exists, OuterRef, Prefetch, Value
from django.db.models.functions import MD5, Concat

from glossary.models import Entry, Label
from projects.models import Project, Theme

SHOWN_PER_BLOCK = 4


def highlighted_term(today: datetime.date):
    """Return an established entry with a discouraged term, a different one each day.

    Queries: the entry (with its preferred term), its discouraged labels.
    """
    return (
        Entry.objects.established()
        .with_preferred_term()
        .filter(Exists(Label.objects.discouraged().filter(entry=OuterRef("pk"))))
        .annotate(daily_pick=MD5(Concat("slug", Value(today.isoformat()))))
        .order_by("daily_pick")
        .prefetch_related(
            Prefetch(
                "labels",
                queryset=Label.objects.discouraged().order_by("text"),
                to_attr="discouraged",
            )
        )
        .first()
    )


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
