"""The glossary's block on the home page: a term to use instead of a discouraged one."""

import datetime

from django.db.models import Exists, OuterRef, Prefetch, Value
from django.db.models.functions import MD5, Concat

from glossary.models import Entry, Label


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
