from django.contrib import messages
from django.db.models import Count, Prefetch
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_POST

from glossary.editor_warnings import warn_about_discouraged_terms
from leernetwerk.files import serve_protected_file
from members.roles import is_approved_member, is_trekker, member_required
from projects import services
from projects.forms import JoinProjectForm, ProjectFilterForm, ProposeProjectForm, ProposeThemeForm
from projects.models import Agenda, Project, ProjectDocument, ProjectUpdate, Theme


def project_list(request):
    public = Project.objects.public()
    form = ProjectFilterForm(request.GET or None, themes=ProjectFilterForm.themes_in_use(public))
    projects = list(
        form.filter(public)
        .annotate(participant_count=Count("participations", distinct=True))
        .prefetch_related("agendas", "themes")
        .order_by("title")
    )
    groups = [(agenda, []) for agenda in Agenda.objects.all()]
    by_agenda = {agenda.pk: members for agenda, members in groups}
    without_agenda = []
    for project in projects:
        # Lists made once here, so cards shown under two agendas don't walk them twice.
        project.theme_list = list(project.themes.all())
        agendas = project.agendas.all()
        for agenda in agendas:
            by_agenda[agenda.pk].append(project)
        if not agendas:
            without_agenda.append(project)
    own_proposals = []
    if is_approved_member(request.user):
        own_proposals = list(
            Project.objects.filter(proposed_by=request.user)
            .exclude(review=Project.Review.ACCEPTED)
            .order_by("-created_at")
        )
    return render(
        request,
        "projects/project_list.html",
        {
            "own_proposals": own_proposals,
            "form": form,
            "groups": groups,
            "without_agenda": without_agenda,
            "project_count": len(projects),
            "is_filtered": form.is_filtered(),
        },
    )


def _visible_project(request, slug):
    projects = Project.objects.visible_to(request.user)
    return get_object_or_404(projects, slug=slug)


def _detail_context(request, project, join_form=None):
    """Return what the project page shows, with every related list fetched once."""
    viewer_is_member = is_approved_member(request.user)
    project = (
        Project.objects.filter(pk=project.pk)
        .select_related("proposed_by")
        .prefetch_related(
            "agendas",
            "themes",
            "documents",
            "links",
            "meetings",
            "trekkers",
            Prefetch("updates", queryset=ProjectUpdate.objects.select_related("author")),
        )
        .get()
    )
    participations = []
    if viewer_is_member:
        participations = list(project.participations.select_related("member"))
        participant_count = len(participations)
    else:
        participant_count = project.participations.count()
    return {
        "project": project,
        "participations": participations,
        "participant_count": participant_count,
        "own_participation": next(
            (p for p in participations if p.member_id == request.user.pk), None
        ),
        "join_form": join_form or JoinProjectForm(),
        "viewer_leads_project": any(t.pk == request.user.pk for t in project.trekkers.all()),
    }


def project_detail(request, slug):
    project = _visible_project(request, slug)
    return render(request, "projects/project_detail.html", _detail_context(request, project))


@member_required
@require_POST
def join(request, slug):
    project = _visible_project(request, slug)
    if not project.is_open_for_participants():
        messages.error(request, "Bij dit project kun je niet (meer) aanhaken.")
        return redirect(project)
    form = JoinProjectForm(request.POST)
    if not form.is_valid():
        # Re-render the page with the bound form, so the member's text is kept.
        context = _detail_context(request, project, join_form=form)
        return render(request, "projects/project_detail.html", context, status=400)
    _, created = services.join_project(project, request.user, form.cleaned_data["motivation"])
    if created:
        messages.success(
            request,
            f"Je haakt aan bij „{project.title}”. De trekkers van het project krijgen bericht.",
        )
    else:
        messages.info(request, "Je doet al mee met dit project.")
    return redirect(project)


@member_required
@require_POST
def leave(request, slug):
    project = _visible_project(request, slug)
    if services.leave_project(project, request.user):
        messages.success(request, f"Je doet niet meer mee met „{project.title}”.")
    return redirect(project)


@member_required
def propose(request):
    form = ProposeProjectForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        project = services.propose_project(
            request.user,
            title=data["title"],
            summary=data["summary"],
            aim=data["aim"],
            description=data["description"],
            agendas=data["agendas"],
            note=data["proposal_note"],
        )
        messages.success(
            request,
            "Dank je wel voor je idee! De trekkers bekijken het. Tot ze het aannemen, zie "
            "alleen jij en de trekkers deze pagina.",
        )
        # A gentle hint, never a block: the idea is saved as written.
        warn_about_discouraged_terms(
            request, data["title"], data["summary"], data["aim"], data["description"]
        )
        return redirect(project)
    return render(
        request,
        "projects/project_propose.html",
        {"form": form},
        status=400 if form.is_bound else 200,
    )


def document(request, slug, pk):
    project = _visible_project(request, slug)
    document = get_object_or_404(ProjectDocument, project=project, pk=pk)
    return serve_protected_file(
        request,
        document.file,
        filename=document.download_name(),
        as_attachment=True,
        public=project.is_public(),
    )


# -- Themes from members -------------------------------------------------------------------


def theme_list(request):
    themes = list(
        Theme.objects.with_support_count()
        .select_related("meeting", "proposed_by")
        .order_by("-proposed_at")
    )
    supported = set()
    if is_approved_member(request.user):
        supported = set(
            request.user.theme_supports.filter(
                theme__in=[theme.pk for theme in themes]
            ).values_list("theme_id", flat=True)
        )
    for theme in themes:
        theme.viewer_supports = theme.pk in supported
    proposed = sorted(
        (t for t in themes if t.status == Theme.Status.PROPOSED),
        key=lambda theme: (-theme.support_count, -theme.proposed_at.timestamp()),
    )
    return render(
        request,
        "projects/theme_list.html",
        {
            "proposed": proposed,
            "scheduled": [t for t in themes if t.status == Theme.Status.SCHEDULED],
            "discussed": [t for t in themes if t.status == Theme.Status.DISCUSSED],
            "form": ProposeThemeForm(),
            "viewer_is_trekker": is_trekker(request.user),
        },
    )


@member_required
def propose_theme(request):
    form = ProposeThemeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        theme = services.propose_theme(request.user, **form.cleaned_data)
        messages.success(request, "Dank je wel! Je thema staat nu bij de voorgestelde thema's.")
        warn_about_discouraged_terms(request, theme.title, theme.explanation)
        return redirect(theme)
    return render(
        request,
        "projects/theme_propose.html",
        {"form": form},
        status=400 if form.is_bound else 200,
    )


@member_required
@require_POST
def support_theme(request, pk):
    theme = get_object_or_404(Theme, pk=pk)
    if theme.status != Theme.Status.PROPOSED:
        messages.info(
            request, f"„{theme.title}” staat al op de agenda; steunen is niet meer nodig."
        )
    elif request.POST.get("intrekken"):
        services.withdraw_support(theme, request.user)
        messages.success(request, f"Je steunt „{theme.title}” niet meer.")
    elif services.support_theme(theme, request.user):
        messages.success(request, f"Je steunt „{theme.title}”.")
    else:
        messages.info(request, f"Je steunde „{theme.title}” al. Iedereen kan één keer steunen.")
    return redirect(theme)
