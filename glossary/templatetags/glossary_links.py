"""Link the first occurrence of each glossary term in published HTML to its entry.

Use on stored, already sanitised HTML:
`{% load glossary_links %}{{ x.body_html|link_glossary_terms }}`.
Only preferred and admitted labels are linked; discouraged terms are left as written. Nothing
inside an existing link, a heading, code or a button is touched. Each link carries the entry's
short definition as its accessible description, shown on focus and hover.
"""

import html
import re
import uuid

from django import template
from django.utils.html import escape
from django.utils.safestring import mark_safe

from glossary.taalcheck.check import get_matcher
from glossary.taalcheck.matching import Matcher
from leernetwerk.text import sanitize_html

register = template.Library()

_TAG = re.compile(r"<!--.*?-->|<(/?)([a-zA-Z][a-zA-Z0-9]*)\b[^>]*?(/?)>", re.DOTALL)
_LEAVE_ALONE = {"a", "h1", "h2", "h3", "h4", "h5", "h6", "code", "pre", "button", "script", "style"}


@register.filter
def link_glossary_terms(value):
    """Return the (already sanitised) HTML with glossary terms linked to their entries."""
    if not value:
        return ""
    # Sanitising again is cheap and idempotent, and keeps the page safe if this filter is ever
    # given text that was not sanitised on save.
    return mark_safe(link_terms(sanitize_html(str(value)), get_matcher()))


def link_terms(source: str, matcher: Matcher) -> str:
    """Link the first occurrence of each entry's preferred or admitted label in `source`."""
    linked: set[str] = set()
    pieces, position, closed_off = [], 0, []
    for tag in _TAG.finditer(source):
        text = source[position : tag.start()]
        pieces.append(_link_text(text, matcher, linked) if not closed_off else text)
        pieces.append(tag.group(0))
        position = tag.end()
        is_closing, name, self_closing = tag.group(1), (tag.group(2) or "").lower(), tag.group(3)
        if name in _LEAVE_ALONE and not self_closing:
            if not is_closing:
                closed_off.append(name)
            elif name in closed_off:
                del closed_off[len(closed_off) - 1 - closed_off[::-1].index(name)]
    rest = source[position:]
    pieces.append(_link_text(rest, matcher, linked) if not closed_off else rest)
    return "".join(pieces)


def _link_text(escaped: str, matcher: Matcher, linked: set[str]) -> str:
    if not escaped.strip():
        return escaped
    text = html.unescape(escaped)
    occurrences = [
        occurrence
        for occurrence in matcher.find_terms(text)
        if occurrence.term not in linked and _entry_url(matcher, occurrence.term)
    ]
    if not occurrences:
        return escaped
    pieces, position = [], 0
    for occurrence in occurrences:
        if occurrence.term in linked:
            continue
        linked.add(occurrence.term)
        entry = matcher.entry(occurrence.term)
        pieces.append(escape(text[position : occurrence.start]))
        pieces.append(_link(entry, occurrence.match))
        position = occurrence.end
    pieces.append(escape(text[position:]))
    return "".join(pieces)


def _entry_url(matcher: Matcher, slug: str) -> str:
    entry = matcher.entry(slug)
    return entry.url if entry else ""


def _link(entry, words: str) -> str:
    if not entry.definition:
        return f'<a class="glossary-term" href="{escape(entry.url)}">{escape(words)}</a>'
    tip_id = f"begrip-{uuid.uuid4().hex[:10]}"
    return (
        f'<span class="glossary-term"><a href="{escape(entry.url)}" aria-describedby="{tip_id}">'
        f"{escape(words)}</a>"
        f'<span class="glossary-term__tip" id="{tip_id}" role="tooltip">'
        f"{escape(entry.definition)}</span></span>"
    )
