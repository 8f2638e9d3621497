"""Glossary terms in published HTML link to their entry, never inside a link or heading."""

import re

import pytest

from glossary.taalcheck.matching import DiscouragedLabel, MatchEntry, Matcher
from glossary.templatetags.glossary_links import link_terms


@pytest.fixture(scope="module")
def linker():
    matcher = Matcher(
        [
            MatchEntry(
                slug="contactverlies",
                preferred="contactverlies",
                discouraged=(DiscouragedLabel("ouderverstoting", "Beschuldigend."),),
                linkable=("contactverlies",),
                definition="Een kind ziet een ouder niet of nauwelijks meer.",
                url="/begrippen/contactverlies/",
            ),
            MatchEntry(
                slug="ouderschapsplan",
                preferred="ouderschapsplan",
                linkable=("ouderschapsplan", "ouderschapsregeling"),
                definition="Afspraken van ouders over de zorg voor de kinderen na scheiding.",
                url="/begrippen/ouderschapsplan/",
            ),
            MatchEntry(slug="zonder-pagina", preferred="triage", linkable=("triage",), url=""),
        ]
    )
    return lambda source: link_terms(source, matcher)


def links(html):
    return re.findall(r'<a [^>]*href="([^"]+)"[^>]*>([^<]*)</a>', html)


def test_first_occurrence_of_each_term_links_to_its_entry(linker):
    html = linker(
        "<p>Bij contactverlies helpt een ouderschapsplan.</p>"
        "<p>Contactverlies en Ouderschapsplannen komen vaak voor.</p>"
    )
    assert links(html) == [
        ("/begrippen/contactverlies/", "contactverlies"),
        ("/begrippen/ouderschapsplan/", "ouderschapsplan"),
    ]
    assert "<p>Contactverlies en Ouderschapsplannen komen vaak voor.</p>" in html


def test_admitted_label_links_to_the_entry_of_its_preferred_term(linker):
    assert links(linker("<p>De ouderschapsregeling.</p>")) == [
        ("/begrippen/ouderschapsplan/", "ouderschapsregeling")
    ]


def test_short_definition_is_the_links_accessible_description(linker):
    html = linker("<p>Over contactverlies.</p>")
    described_by = re.search(r'aria-describedby="([^"]+)"', html).group(1)
    assert re.search(
        rf'<span class="glossary-term__tip" id="{described_by}" role="tooltip">'
        r"Een kind ziet een ouder niet of nauwelijks meer.</span>",
        html,
    )


@pytest.mark.parametrize(
    "source",
    [
        '<p>Lees <a href="https://example.org/">over contactverlies</a> hier.</p>',
        "<h2>Contactverlies</h2>",
        "<h3>Het <em>ouderschapsplan</em></h3>",
        "<pre><code>ouderschapsplan</code></pre>",
    ],
)
def test_nothing_is_linked_inside_an_existing_link_heading_or_code(linker, source):
    assert linker(source) == source


def test_a_term_after_a_heading_is_still_linked(linker):
    html = linker("<h2>Contactverlies</h2><p>Over contactverlies.</p>")
    assert html.startswith("<h2>Contactverlies</h2><p>Over <span")
    assert links(html) == [("/begrippen/contactverlies/", "contactverlies")]


def test_discouraged_terms_are_left_as_written(linker):
    source = "<p>Men sprak toen van ouderverstoting.</p>"
    assert linker(source) == source


def test_entities_and_markup_around_terms_survive(linker):
    html = linker("<p>Kind &amp; contactverlies: <strong>ouderschapsplan</strong> &lt;3</p>")
    assert html.startswith("<p>Kind &amp; <span")
    assert "<strong><span" in html
    assert html.endswith("</strong> &lt;3</p>")


def test_entry_without_a_page_is_not_linked(linker):
    assert linker("<p>Eerst triage.</p>") == "<p>Eerst triage.</p>"
