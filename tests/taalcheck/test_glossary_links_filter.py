"""The link_glossary_terms filter links report HTML to the glossary in the database."""

import pytest
from django.template import Context, Template

from glossary.models import Label
from tests.taalcheck.factories import make_entry, make_network_glossary

pytestmark = pytest.mark.django_db


def render(html):
    template = Template("{% load glossary_links %}{{ html|link_glossary_terms }}")
    return template.render(Context({"html": html}))


def test_report_html_links_terms_to_their_glossary_pages():
    make_network_glossary()
    html = render("<h2>Contactverlies</h2><p>Bij contactverlies en vechtscheiding.</p>")
    assert html.startswith("<h2>Contactverlies</h2><p>Bij <span")
    assert 'href="/begrippen/contactverlies/"' in html
    assert "Een kind ziet een ouder niet of nauwelijks meer." in html
    assert "en vechtscheiding.</p>" in html  # discouraged: left as written, not linked


def test_term_added_to_the_glossary_is_linked_on_the_next_render():
    make_network_glossary()
    assert "<a " not in render("<p>Het ouderschapsplan.</p>")
    entry = make_entry("ouderschapsplan", "ouderschapsplan")
    Label.objects.create(entry=entry, text="ouderschapsregeling", kind=Label.Kind.ADMITTED)
    html = render("<p>Het ouderschapsplan en de ouderschapsregeling.</p>")
    assert html.count('href="/begrippen/ouderschapsplan/"') == 1


def test_empty_html_stays_empty():
    assert render("") == ""
    assert render(None) == ""


def test_escaped_report_text_stays_escaped():
    make_network_glossary()
    html = render("<p>&lt;script&gt;contactverlies&lt;/script&gt;</p>")
    assert "<script>" not in html
    assert "&lt;script&gt;" in html


def test_unsanitised_html_given_by_mistake_is_made_safe_before_linking():
    make_network_glossary()
    html = render('<p onclick="steal()">Contactverlies<script>alert(1)</script></p>')
    assert "onclick" not in html
    assert "<script>" not in html
    assert 'href="/begrippen/contactverlies/"' in html


def test_markdown_rendered_report_keeps_its_markup():
    from leernetwerk.text import render_markdown

    make_network_glossary()
    source = "## Verslag\n\nOver [een link](https://example.org/) en *contactverlies*.\n"
    html = render(render_markdown(source))
    assert html.startswith('<h3>Verslag</h3>\n<p>Over <a href="https://example.org/"')
    assert '<em><span class="glossary-term"><a href="/begrippen/contactverlies/"' in html
