"""Template tags used across the whole site."""

from django import template
from django.urls import NoReverseMatch, reverse

register = template.Library()


@register.simple_tag(takes_context=True)
def nav_current(context, url_name):
    """Return 'page' when the current page lies in the section of `url_name`, for aria-current."""
    request = context.get("request")
    if request is None:
        return ""
    try:
        section = reverse(url_name)
    except NoReverseMatch:
        return ""
    path = request.path
    if section == "/":
        return "page" if path == "/" else ""
    return "page" if path.startswith(section) else ""
