"""What the meetings app puts in the site search: meetings, their programme, reports, factsheets.

Agenda items are documents of their own ("Programmaonderdelen"): a hit then names the
presenter and organisation and links to the programme on the meeting page. The meeting's own
document also lists its programme (titles, presenters, organisations), because people
remember "the meeting where Veilig Thuis spoke about triage"; the item ranks first when its
title is what was typed (title weight A). Drafts are never findable.
"""

import datetime

from django.utils import timezone
from taggit.models import Tag

from meetings.models import (
    AgendaItem,
    Factsheet,
    FollowUp,
    Goal,
    GoodToKnow,
    Meeting,
    Reflection,
    Report,
    ReportSection,
    Subgroup,
)
from search.models import SearchDocument
from search.registry import (
    Document,
    paragraphs,
    plain_text,
    read_pdf_text,
    register,
    register_dependent,
)

Kind = SearchDocument.Kind


def _theme_names(obj) -> list[str]:
    return [theme.name for theme in obj.themes.all()]


def _start_of_day(date: datetime.date) -> datetime.datetime:
    """Return the first moment of this day in Europe/Amsterdam (the site's time zone)."""
    return timezone.make_aware(datetime.datetime.combine(date, datetime.time.min))


@register(
    Meeting,
    queryset=lambda: Meeting.objects.prefetch_related(
        "goals", "agenda_items", "good_to_know", "themes"
    ),
)
def meeting_document(meeting):
    """Every meeting, cancelled ones too (marked as such): its programme is public."""
    return Document(
        kind=Kind.MEETING,
        title=meeting.title,
        url=meeting.get_absolute_url(),
        labels=[
            meeting.get_kind_display(),
            meeting.get_status_display() if meeting.is_cancelled else "",
            meeting.venue,
            meeting.audience,
            *_theme_names(meeting),
        ],
        body=paragraphs(
            meeting.cancellation_reason if meeting.is_cancelled else "",
            plain_text(meeting.introduction_html),
            *(goal.text for goal in meeting.goals.all()),
            # The programme without the items' descriptions: those are in the items' own
            # documents, and the same words twice would make every such match count double.
            *(
                paragraphs(item.title, item.presenter_name, item.presenter_organisation)
                for item in meeting.agenda_items.all()
            ),
            *(paragraphs(link.title, link.description) for link in meeting.good_to_know.all()),
        ),
        date=meeting.starts_at,
    )


@register(
    AgendaItem,
    queryset=lambda: AgendaItem.objects.select_related("meeting"),
)
def agenda_item_document(item):
    """An item of a meeting's programme, found by its own text only.

    Its title, presenter, organisation and description: not the meeting's title or themes,
    which every item of the programme would share ("Welkom" is no hit for "triage").
    """
    meeting = item.meeting
    return Document(
        kind=Kind.AGENDA_ITEM,
        title=item.title,
        url=f"{meeting.get_absolute_url()}#programma",
        labels=[item.presenter_name, item.presenter_organisation, item.get_kind_display()],
        body=plain_text(item.description_html),
        date=meeting.starts_at,
    )


@register(
    Report,
    queryset=lambda: Report.objects.select_related("meeting").prefetch_related(
        "meeting__themes", "subgroups", "reflections", "follow_ups", "sections"
    ),
)
def report_document(report):
    """Published reports only, findable from their publication moment; drafts never."""
    if report.status != Report.Status.PUBLISHED or report.published_at is None:
        return None
    meeting = report.meeting
    return Document(
        kind=Kind.REPORT,
        title=f"Verslag: {meeting.title}",
        url=report.get_absolute_url(),
        labels=[meeting.get_kind_display(), *_theme_names(meeting)],
        body=paragraphs(
            plain_text(report.summary_html),
            *(
                paragraphs(subgroup.topic, plain_text(subgroup.points_html))
                for subgroup in report.subgroups.all()
            ),
            *(
                paragraphs(reflection.question, plain_text(reflection.answers_html))
                for reflection in report.reflections.all()
            ),
            *(
                paragraphs(plain_text(follow_up.action_html), follow_up.owner)
                for follow_up in report.follow_ups.all()
            ),
            *(
                paragraphs(section.heading, plain_text(section.body_html))
                for section in report.sections.all()
            ),
        ),
        date=meeting.starts_at,
        visible_from=report.published_at,
    )


@register(Factsheet, queryset=lambda: Factsheet.objects.select_related("meeting"))
def factsheet_document(factsheet):
    """Factsheets and attachments, findable from their publication date on."""
    return Document(
        kind=Kind.FACTSHEET,
        title=factsheet.title,
        url=factsheet.get_absolute_url(),
        labels=[
            factsheet.get_kind_display(),
            factsheet.meeting.title if factsheet.meeting else "",
        ],
        body=paragraphs(factsheet.description, factsheet.text),
        date=factsheet.published_on,
        visible_from=_start_of_day(factsheet.published_on),
    )


for _part in (Goal, AgendaItem, GoodToKnow):
    register_dependent(_part, Meeting, lambda part: [part.meeting_id])
for _part in (Subgroup, Reflection, FollowUp, ReportSection):
    register_dependent(_part, Report, lambda part: [part.report_id])
# The meeting's title, kind, date and themes appear in the documents of its parts.
register_dependent(
    Meeting,
    Report,
    lambda meeting: Report.objects.filter(meeting=meeting).values_list("pk", flat=True),
)
register_dependent(
    Meeting, AgendaItem, lambda meeting: meeting.agenda_items.values_list("pk", flat=True)
)
register_dependent(
    Meeting, Factsheet, lambda meeting: meeting.factsheets.values_list("pk", flat=True)
)

# A renamed theme re-indexes the meetings that carry it, and their reports (which list them).
register_dependent(
    Tag,
    Meeting,
    lambda tag: Meeting.objects.filter(themes__in=[tag]).values_list("pk", flat=True),
    fields={"name"},
)
register_dependent(
    Tag,
    Report,
    lambda tag: Report.objects.filter(meeting__themes__in=[tag]).values_list("pk", flat=True),
    fields={"name"},
)

# Words inside the factsheet PDFs are findable once the worker has read them.
read_pdf_text(Factsheet)
