"""What each app contributes to the search index: one source per findable model.

A source returns None for objects nobody may find (drafts, ideas, hidden profiles); members-only
documents are found by approved members only. Dependents re-index the object they belong to
when they change (a label changes its glossary entry).
"""

import datetime

from django.utils import timezone

from glossary.models import AudienceNote, Entry, Label, Meaning
from leernetwerk.models import SearchDocument
from leernetwerk.search.registry import Document, plain_text, register, register_dependent
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
from members.models import Organisation, Profile, User
from projects.models import Agenda, Project, ProjectUpdate, Theme

Kind = SearchDocument.Kind


def _paragraphs(*texts) -> str:
    return "\n\n".join(text.strip() for text in texts if text and text.strip())


# -- Meetings -------------------------------------------------------------------------------
#
# Agenda items are documents of their own ("Programmaonderdelen"): a hit then names the
# presenter and organisation and links to the programme on the meeting page. The meeting's own
# document also lists its programme (titles, presenters, organisations), because people
# remember "the meeting where Veilig Thuis spoke about triage"; the item ranks first when its
# title is what was typed (title weight A).


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
        body=_paragraphs(
            meeting.cancellation_reason if meeting.is_cancelled else "",
            plain_text(meeting.introduction_html),
            *(goal.text for goal in meeting.goals.all()),
            # The programme without the items' descriptions: those are in the items' own
            # documents, and the same words twice would make every such match count double.
            *(
                _paragraphs(item.title, item.presenter_name, item.presenter_organisation)
                for item in meeting.agenda_items.all()
            ),
            *(_paragraphs(link.title, link.description) for link in meeting.good_to_know.all()),
        ),
        date=meeting.starts_at,
    )


@register(
    AgendaItem,
    queryset=lambda: AgendaItem.objects.select_related("meeting").prefetch_related(
        "meeting__themes"
    ),
)
def agenda_item_document(item):
    """An item of a meeting's programme, found by its title, presenter and organisation."""
    meeting = item.meeting
    return Document(
        kind=Kind.AGENDA_ITEM,
        title=item.title,
        url=f"{meeting.get_absolute_url()}#programma",
        labels=[
            item.presenter_name,
            item.presenter_organisation,
            item.get_kind_display(),
            meeting.title,
            meeting.get_kind_display(),
            *_theme_names(meeting),
        ],
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
        body=_paragraphs(
            plain_text(report.summary_html),
            *(
                _paragraphs(subgroup.topic, plain_text(subgroup.points_html))
                for subgroup in report.subgroups.all()
            ),
            *(
                _paragraphs(reflection.question, plain_text(reflection.answers_html))
                for reflection in report.reflections.all()
            ),
            *(
                _paragraphs(plain_text(follow_up.action_html), follow_up.owner)
                for follow_up in report.follow_ups.all()
            ),
            *(
                _paragraphs(section.heading, plain_text(section.body_html))
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
        body=factsheet.description,
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


# -- Glossary -------------------------------------------------------------------------------


@register(
    Entry,
    queryset=lambda: Entry.objects.prefetch_related(
        "labels", "audience_notes", "meanings", "themes"
    ),
)
def glossary_entry_document(entry):
    """Every label is findable (also look-up forms); the snippet shows the definition."""
    preferred = entry.preferred_label()
    if preferred is None:  # still being created; its preferred label will index it
        return None
    return Document(
        kind=Kind.TERM,
        title=preferred.text,
        url=entry.get_absolute_url(),
        labels=[label.text for label in entry.labels.all() if label != preferred]
        + [theme.name for theme in entry.themes.all()],
        body=_paragraphs(
            entry.definition,
            entry.explanation,
            *(note.text for note in entry.audience_notes.all()),
            *(f"{meaning.perspective}: {meaning.text}" for meaning in entry.meanings.all()),
        ),
        date=entry.status_date,
    )


for _part in (Label, AudienceNote, Meaning):
    register_dependent(_part, Entry, lambda part: [part.entry_id])


# -- Members --------------------------------------------------------------------------------


@register(
    Profile,
    queryset=lambda: Profile.objects.select_related("user", "organisation").prefetch_related(
        "themes"
    ),
)
def member_profile_document(profile):
    """Profiles in the directory, for approved members only; never an e-mail address."""
    user = profile.user
    listed = (
        user.is_active
        and user.is_approved()
        and profile.is_completed()
        and profile.visible_to_members
    )
    if not listed:
        return None
    organisation = profile.organisation.name if profile.organisation else ""
    return Document(
        kind=Kind.MEMBER,
        title=user.get_full_name() or "Lid zonder naam",
        url=profile.get_absolute_url(),
        labels=[
            organisation,
            profile.function,
            *profile.perspective_labels(),
            profile.get_region_display() if profile.region else "",
            *(theme.name for theme in profile.themes.all()),
        ],
        body=profile.bio,
        members_only=True,
    )


register_dependent(
    User,
    Profile,
    lambda user: Profile.objects.filter(user=user).values_list("pk", flat=True),
    fields={"first_name", "last_name", "is_active", "approval_status"},
)
register_dependent(
    Organisation, Profile, lambda organisation: organisation.profiles.values_list("pk", flat=True)
)


# -- Projects and themes --------------------------------------------------------------------


@register(
    Project,
    queryset=lambda: Project.objects.prefetch_related("agendas", "themes", "updates"),
)
def project_document(project):
    """Public projects only: an idea or an unaccepted proposal is never findable."""
    if not project.is_public():
        return None
    return Document(
        kind=Kind.PROJECT,
        title=project.title,
        url=project.get_absolute_url(),
        labels=[
            project.get_status_display(),
            *(agenda.name for agenda in project.agendas.all()),
            *(theme.name for theme in project.themes.all()),
        ],
        body=_paragraphs(
            project.summary,
            project.aim,
            plain_text(project.description_html),
            *(plain_text(update.text_html) for update in project.updates.all()),
        ),
        date=project.starts_on,
    )


@register(Theme, queryset=lambda: Theme.objects.select_related("meeting"))
def theme_document(theme):
    """Themes from members, as on the public theme list (never who proposed them)."""
    return Document(
        kind=Kind.THEME,
        title=theme.title,
        url=theme.get_absolute_url(),
        labels=[theme.get_status_display(), theme.meeting.title if theme.meeting else ""],
        body=theme.explanation,
        date=theme.proposed_at,
    )


register_dependent(ProjectUpdate, Project, lambda update: [update.project_id])
register_dependent(Agenda, Project, lambda agenda: agenda.projects.values_list("pk", flat=True))
register_dependent(
    Meeting, Theme, lambda meeting: meeting.member_themes.values_list("pk", flat=True)
)
