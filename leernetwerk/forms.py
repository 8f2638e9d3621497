"""How every form on the site is drawn: one field partial and one error summary."""

from django.forms.renderers import TemplatesSetting


class SiteFormRenderer(TemplatesSetting):
    """Render `{{ form }}` and `{{ field.as_field_group }}` with the site's own templates.

    `templates/forms/form.html` puts the error summary above the fields; each field is drawn by
    `templates/forms/field.html` (label, help, errors and widget, tied together with ARIA), so a
    new form gets both by writing `{{ form }}`. Widgets keep Django's templates.
    """

    form_template_name = "forms/form.html"
    field_template_name = "forms/field.html"
