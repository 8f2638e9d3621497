"""Pages for members: the overview of follow-up actions and an action with its status form;
and the evaluation form that a personal link opens without logging in."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.db.models import Prefetch
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.cache import patch_cache_control
from django.views.decorators.http import require_http_methods

from followup import services
from followup.forms import ActionFilterForm, ActionUpdateForm, EvaluationForm
from followup.models import Action, ActionChange
from members.roles import member_required

PAGE_SIZE = 25


def _query_string_without_page(request):
    params = request.GET.copy()
    params.pop("page", None)
    return params.urlencode()


@member_required
def action_list(request):
    form = ActionFilterForm(request.GET or None, themes=ActionFilterForm.themes_in_use())
    actions = form.filter(Action.objects.for_pages(), request.user).order_by(
        "-meeting__starts_at", "position", "pk"
    )
    page = Paginator(actions, PAGE_SIZE).get_page(request.GET.get("page"))
    return render(
        request,
        "followup/action_list.html",
        {
            "form": form,
            "is_filtered": form.is_filtered(),
            "page_obj": page,
            "actions": page.object_list,
            "query_string": _query_string_without_page(request),
        },
    )


def _action_context(request, pk, form=None):
    actions = Action.objects.for_pages().prefetch_related(
        "themes", Prefetch("changes", queryset=ActionChange.objects.select_related("changed_by"))
    )
    action = get_object_or_404(actions, pk=pk)
    may_update = action.can_be_updated_by(request.user)
    return {
        "action": action,
        "may_update": may_update,
        "form": form or (ActionUpdateForm(instance=action) if may_update else None),
    }


@member_required
@require_http_methods(["GET", "POST"])
def action_detail(request, pk):
    if request.method == "GET":
        return render(request, "followup/action_detail.html", _action_context(request, pk))
    action = get_object_or_404(Action, pk=pk)
    if not action.can_be_updated_by(request.user):
        raise PermissionDenied("Alleen wie de actie oppakt en de trekkers passen de status aan.")
    # The service reads the action again under a lock; the form only checks the input.
    form = ActionUpdateForm(request.POST, instance=action)
    if not form.is_valid():
        # The typed note stays in the form, with the errors beside it.
        context = _action_context(request, pk, form=form)
        return render(request, "followup/action_detail.html", context, status=400)
    change = services.update_action(
        action, request.user, status=form.cleaned_data["status"], note=form.cleaned_data["note"]
    )
    if change is None:
        messages.info(request, "Er was niets veranderd.")
    else:
        messages.success(request, f"De status is nu „{change.get_to_status_display()}”.")
    return redirect(action)


# -- Evaluation ---------------------------------------------------------------------------


def _private(response):
    # The page's address is the personal link: no cache keeps it.
    patch_cache_control(response, private=True, no_store=True)
    response["X-Robots-Tag"] = "noindex"
    return response


def _unusable(request, error):
    template = "followup/evaluation_used.html" if error.used else "followup/evaluation_invalid.html"
    return _private(render(request, template, status=410 if error.used else 404))


@require_http_methods(["GET", "POST"])
def evaluate(request, token):
    try:
        invitation = services.usable_invitation(token)
    except services.InvitationUnusable as error:
        return _unusable(request, error)
    evaluation = invitation.evaluation
    form = EvaluationForm(request.POST or None, questions=evaluation.question_list())
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            services.submit_response(
                token,
                overall=data["overall"],
                format_fit=data["format_fit"],
                keep=data["keep"].strip(),
                change=data["change"].strip(),
                extra_answers=form.extra_answers(),
            )
        except services.InvitationUnusable as error:
            return _unusable(request, error)
        return redirect("followup:thanks")
    status = 400 if request.method == "POST" else 200
    context = {"form": form, "meeting": evaluation.meeting}
    return _private(render(request, "followup/evaluation_form.html", context, status=status))


def thanks(request):
    return render(request, "followup/evaluation_thanks.html")
