"""Template tags used across the whole site."""

from django import template
from django.urls import NoReverseMatch, reverse

register = template.Library()

# The main navigation's destinations; the current page belongs to the longest matching one,
# so /leden/mijn-profiel/ marks "Mijn profiel" and not also "Leden".
NAVIGATION_URL_NAMES = [
    "home",
    "meetings:index",
    "glossary:index",
    "taalcheck:check",
    "projects:index",
    "members:directory",
    "members:my_profile",
    "search",
    "account_login",
]


def _section_path(url_name):
    try:
        return reverse(url_name)
    except NoReverseMatch:
        return None


def _current_section(path):
    best = None
    for url_name in NAVIGATION_URL_NAMES:
        section = _section_path(url_name)
        if section is None:
            continue
        matches = path == section if section == "/" else path.startswith(section)
        if matches and (best is None or len(section) > len(best[1])):
            best = (url_name, section)
    return best[0] if best else None


@register.simple_tag(takes_context=True)
def nav_current(context, url_name):
    """Return 'page' when the current page lies in the section of `url_name`, for aria-current."""
    request = context.get("request")
    if request is None:
        return ""
    if not hasattr(request, "_nav_section"):
        request._nav_section = _current_section(request.path)
    return "page" if request._nav_section == url_name else ""
