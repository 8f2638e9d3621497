"""What the projects app puts in the site search: public projects and members' themes."""

from taggit.models import Tag

from meetings.models import Meeting
from projects.models import Agenda, Project, ProjectDocument, ProjectUpdate, Theme
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


@register(
    Project,
    queryset=lambda: Project.objects.prefetch_related("agendas", "themes", "updates", "documents"),
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
        body=paragraphs(
            project.summary,
            project.aim,
            plain_text(project.description_html),
            *(plain_text(update.text_html) for update in project.updates.all()),
            *(document.text for document in project.documents.all()),
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

# A renamed theme re-indexes the projects that carry it.
register_dependent(
    Tag,
    Project,
    lambda tag: Project.objects.filter(themes__in=[tag]).values_list("pk", flat=True),
    fields={"name"},
)

# Words inside project documents make the project findable once the worker has read them.
read_pdf_text(ProjectDocument)
register_dependent(ProjectDocument, Project, lambda document: [document.project_id])
