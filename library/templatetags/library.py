"""The kennisbank's block on meeting, project and term pages: `{% publications_about obj %}`."""

from django import template

from library.models import Publication

register = template.Library()


@register.inclusion_tag("library/includes/related_publications.html", takes_context=True)
def publications_about(context, obj):
    """List the publications the viewer may see that link to this meeting, project or term.

    One query, whatever the number of publications.
    """
    request = context.get("request")
    user = getattr(request, "user", None)
    if user is None:
        from django.contrib.auth.models import AnonymousUser

        user = AnonymousUser()
    return {"related_publications": list(Publication.objects.about(obj, user))}
