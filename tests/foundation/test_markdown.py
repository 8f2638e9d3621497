"""Markdown from trekkers and members: safe HTML whose headings sit below the page's own."""

from leernetwerk.text import render_markdown


def test_markdown_headings_start_below_the_sections_of_the_page():
    html = render_markdown("# Een\n\n## Pilot\n\n### Casus\n\n#### Detail\n\ntekst")
    assert html.split("\n")[:4] == [
        "<h3>Een</h3>",
        "<h3>Pilot</h3>",
        "<h3>Casus</h3>",
        "<h4>Detail</h4>",
    ]
    assert "<h2" not in html and "<h1" not in html


def test_markdown_keeps_quotes_and_drops_script():
    html = render_markdown("> Als je er voor de kinderen wilt zijn\n\n<script>x</script>")
    assert "<blockquote>\n<p>Als je er voor de kinderen wilt zijn</p>\n</blockquote>" in html
    assert "<script>" not in html
