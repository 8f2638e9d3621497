from django import template

from projects.models import Theme

register = template.Library()


@register.simple_tag
def themes_on_agenda_of(meeting):
    """Return the member themes on the meeting's agenda, in one query."""
    if meeting is None or meeting.pk is None:
        return []
    return list(Theme.objects.on_agenda_of(meeting).order_by("title"))
