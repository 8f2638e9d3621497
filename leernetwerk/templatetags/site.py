"""Template tags used across the whole site."""

import time

from django import template
from django.conf import settings
from django.urls import NoReverseMatch, reverse
from django.utils import timezone
from django.utils.html import escape
from django.utils.safestring import mark_safe

register = template.Library()

# The main navigation's destinations; the current page belongs to the longest matching one,
# so /leden/mijn-profiel/ marks "Mijn profiel" and not also "Leden".
NAVIGATION_URL_NAMES = [
    "home",
    "meetings:index",
    "glossary:index",
    "taalcheck:check",
    "projects:index",
    "library:index",
    "news:index",
    "members:directory",
    "members:my_profile",
    "search",
    "help_trekkers",
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
    """Return ` aria-current="page"` on the link to the current section, nothing on the others.

    An empty aria-current="" is invalid HTML, so the attribute is left out altogether.
    """
    request = context.get("request")
    if request is None:
        return ""
    if not hasattr(request, "_nav_section"):
        request._nav_section = _current_section(request.path)
    return mark_safe(' aria-current="page"') if request._nav_section == url_name else ""


@register.filter
def html_datetime(value):
    """Return a moment for a `datetime` attribute: local time, whole seconds, with its offset.

    Django's "c" format keeps microseconds, which HTML allows only up to three digits of.
    """
    if not value:
        return ""
    return timezone.localtime(value).isoformat(timespec="seconds")


# Between the page's own title and the site name in <title>.
TITLE_SEPARATOR = " \u2013 "


@register.filter(is_safe=True)
def page_title(page_part):
    """Return the text of <title>: "Page – site name", or the site name alone.

    Used as `{% filter page_title %}{% block title %}{% endblock %}{% endfilter %}` in base.html,
    so the separator appears exactly when a page names itself. The block is already escaped.
    """
    page_part = " ".join(str(page_part).split())
    site_name = escape(settings.SITE_NAME)
    return mark_safe(f"{page_part}{TITLE_SEPARATOR}{site_name}" if page_part else site_name)


@register.filter
def is_marked_optional(bound_field):
    """Whether a field's label says "(niet verplicht)" (templates/forms/optional_mark.html).

    Only in forms that also ask for required fields: a filter form of optional fields only needs
    no marks. A single checkbox is a choice in itself and gets none either.
    """
    if bound_field.field.required or bound_field.widget_type == "checkbox":
        return False
    return any(field.required for field in bound_field.form.fields.values())


class CachedFragmentNode(template.Node):
    def __init__(self, nodelist, parts, each_minute):
        self.nodelist = nodelist
        self.parts = parts
        self.each_minute = each_minute

    def render(self, context):
        from leernetwerk.page_cache import FRESH_SECONDS, cached_fragment

        name = ":".join(str(part.resolve(context)) for part in self.parts)
        if self.each_minute:
            minute = int(time.time() // FRESH_SECONDS)
            return cached_fragment(
                f"{name}:{minute}", lambda: self.nodelist.render(context), timeout=FRESH_SECONDS
            )
        return cached_fragment(name, lambda: self.nodelist.render(context))


@register.tag("cached_fragment")
def cached_fragment_tag(parser, token):
    """`{% cached_fragment "name" value ... %}…{% endcached_fragment %}`: the block's HTML, kept
    per content version (leernetwerk.page_cache.cached_fragment) under the name and values.

    Only for blocks that are the same for every viewer who gets them; the values must name
    everything else the block depends on. A block that depends on "now" (upcoming or past)
    ends its tag with `each_minute`: it is then built again every minute.
    """
    bits = token.split_contents()[1:]
    each_minute = bool(bits) and bits[-1] == "each_minute"
    if each_minute:
        bits = bits[:-1]
    parts = [parser.compile_filter(bit) for bit in bits]
    if not parts:
        raise template.TemplateSyntaxError("cached_fragment needs a name.")
    nodelist = parser.parse(("endcached_fragment",))
    parser.delete_first_token()
    return CachedFragmentNode(nodelist, parts, each_minute)
