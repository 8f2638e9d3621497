"""Template tag behind templates/meetings/includes/agenda_link.html (on "Mijn gegevens")."""

from django import template
from django.conf import settings

from members.roles import is_approved_member

register = template.Library()


@register.simple_tag(takes_context=True)
def personal_agenda_url(context) -> str:
    """The viewer's secret calendar address, made on first sight; "" for anyone but a member."""
    from meetings.models import CalendarLink

    request = context.get("request")
    user = getattr(request, "user", None)
    if user is None or not is_approved_member(user):
        return ""
    link, _ = CalendarLink.objects.get_or_create(user=user)
    return settings.SITE_URL + link.get_absolute_url()
