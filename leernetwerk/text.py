"""Markdown written by trekkers, turned into safe HTML."""

import nh3
from markdown_it import MarkdownIt

# Raw HTML in the Markdown source is escaped, and nh3 removes whatever else could carry script.
_markdown = MarkdownIt("commonmark", {"html": False, "linkify": False}).enable("table")

# Markdown is always shown below a page's own h1 and a section's h2 ("Verslag", "Over het
# project"): its headings start at h3, so "## Pilot" never looks as large as "Verslag".
HIGHEST_HEADING = 3


def _heading_below_the_page(self, tokens, idx, options, env):
    token = tokens[idx]
    level = max(int(token.tag[1]), HIGHEST_HEADING)
    token.tag = f"h{level}"
    return self.renderToken(tokens, idx, options, env)


_markdown.add_render_rule("heading_open", _heading_below_the_page)
_markdown.add_render_rule("heading_close", _heading_below_the_page)

ALLOWED_TAGS = {
    "a", "p", "br", "strong", "em", "ul", "ol", "li", "blockquote", "code", "pre",
    "h2", "h3", "h4", "h5", "h6", "hr", "table", "thead", "tbody", "tr", "th", "td",
}  # fmt: skip
ALLOWED_ATTRIBUTES = {"a": {"href", "title"}, "th": {"align"}, "td": {"align"}}


def sanitize_html(html: str) -> str:
    """Return the HTML with only harmless tags, attributes and link schemes left."""
    return nh3.clean(
        html,
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes={"http", "https", "mailto"},
        link_rel="noopener noreferrer",
    )


def render_markdown(source: str) -> str:
    """Render Markdown to sanitised HTML, ready to store and show."""
    return sanitize_html(_markdown.render(source or ""))
