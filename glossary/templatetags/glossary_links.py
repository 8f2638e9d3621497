"""Link the first occurrence of each glossary term in published HTML to its entry."""

from django import template
from django.utils.safestring import mark_safe

register = template.Library()


@register.filter
def link_glossary_terms(html):
    """Return the (already sanitised) HTML with glossary terms linked. Stub until taalcheck."""
    return mark_safe(html)
