"""What each app contributes to the search index: one source per findable model.

A source returns None for objects nobody may find (drafts, ideas, hidden profiles); members-only
documents are found by approved members only. Dependents re-index the object they belong to
when they change (a label changes its glossary entry).
"""

from glossary.models import AudienceNote, Entry, Label, Meaning
from leernetwerk.models import SearchDocument
from leernetwerk.search.registry import Document, plain_text, register, register_dependent
from meetings.models import Meeting
from members.models import Organisation, Profile, User
from projects.models import Agenda, Project, ProjectUpdate, Theme

Kind = SearchDocument.Kind


def _paragraphs(*texts) -> str:
    return "\n\n".join(text.strip() for text in texts if text and text.strip())


# -- Meetings -------------------------------------------------------------------------------


@register(Meeting)
def meeting_document(meeting):
    return Document(
        kind=Kind.MEETING,
        title=meeting.title,
        url=meeting.get_absolute_url(),
        date=meeting.starts_at,
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
