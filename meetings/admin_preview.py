"""A preview of the Markdown a trekker is writing, rendered on the server before saving.

The change form's "Voorbeeld bekijken" button posts the whole form to the preview view (the
button's `formaction`, in a new tab): no script is needed, and the CSP allows none inline. The
text goes through the same `render_markdown` (and nh3) as on save, so the preview shows what
members will see.
"""

from django.core.exceptions import PermissionDenied
from django.http import HttpResponseNotAllowed
from django.template.response import TemplateResponse
from django.urls import path
from django.utils.safestring import mark_safe

from leernetwerk.text import render_markdown

# Formsets ask for more forms than this only when something is wrong.
MAX_PREVIEW_ROWS = 200


class MarkdownPreviewMixin:
    """Adds `<model>/voorbeeld/` to a ModelAdmin and a "Voorbeeld bekijken" button to its form.

    `preview_fields` are the Markdown fields of the form; `preview_inlines` maps an inline's
    prefix to its heading field and its Markdown field.
    """

    preview_fields: tuple[str, ...] = ()
    preview_inlines: dict[str, tuple[str, str]] = {}

    def get_urls(self):
        opts = self.model._meta
        preview = path(
            "voorbeeld/",
            self.admin_site.admin_view(self.preview_view),
            name=f"{opts.app_label}_{opts.model_name}_preview",
        )
        # Before the model's own routes: "<object_id>/" would take "voorbeeld/" otherwise.
        return [preview, *super().get_urls()]

    def preview_view(self, request):
        if request.method != "POST":
            return HttpResponseNotAllowed(["POST"])
        if not (self.has_add_permission(request) or self.has_change_permission(request)):
            raise PermissionDenied
        context = {
            **self.admin_site.each_context(request),
            "title": f"Voorbeeld: {self.model._meta.verbose_name}",
            "opts": self.model._meta,
            "fields": [
                (self.model._meta.get_field(name).verbose_name, rendered(request.POST.get(name)))
                for name in self.preview_fields
            ],
            "inlines": [
                (self.inline_title(prefix), preview_rows(request.POST, prefix, heading, body))
                for prefix, (heading, body) in self.preview_inlines.items()
            ],
        }
        return TemplateResponse(request, "admin/markdown_preview.html", context)

    def inline_title(self, prefix):
        related = self.model._meta.get_field(prefix).related_model
        return related._meta.verbose_name_plural


def rendered(source):
    # render_markdown sanitises with nh3: what it returns is safe to show.
    return mark_safe(render_markdown(source or ""))


def preview_rows(data, prefix, heading, body) -> list[tuple[str, str]]:
    """Return (heading, rendered Markdown) for the rows of one inline that are not deleted."""
    try:
        total = min(int(data.get(f"{prefix}-TOTAL_FORMS", 0)), MAX_PREVIEW_ROWS)
    except ValueError:
        total = 0
    rows = []
    for number in range(total):
        field = f"{prefix}-{number}-"
        if data.get(f"{field}DELETE") or not (data.get(field + heading) or data.get(field + body)):
            continue
        rows.append((data.get(field + heading, ""), rendered(data.get(field + body))))
    return rows
