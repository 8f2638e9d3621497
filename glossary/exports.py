"""The begrippenkader for other regions and programs: CSV, SKOS (Turtle, JSON-LD) and JSON.

All functions take entries from `Entry.objects.for_export()`, so labels, notes, meanings,
sources, themes and relations are prefetched and an export costs a fixed number of queries.

SKOS mapping: each entry is a skos:Concept at its page URL, in one skos:ConceptScheme.
- preferred label -> skos:prefLabel, admitted -> skos:altLabel, look-up form ->
  skos:hiddenLabel, all tagged @nl;
- a discouraged label is not advice, so SKOS-core readers get it as
  skos:hiddenLabel (it still finds the concept), and SKOS-XL readers get a skosxl:Label with
  `owl:deprecated true`, the reason as skos:scopeNote and the source as dct:source;
- definition -> skos:definition; plain-language (B1) explanation -> skos:note; notes per
  audience and meanings per perspective -> skos:scopeNote, prefixed with the audience or
  perspective ("Ouders: ...");
- broader / narrower / related -> skos:broader / skos:narrower / skos:related;
- sources -> dct:source; themes -> dcat:keyword; status date of an established entry ->
  dct:issued, and the status as skos:historyNote.
"""

from django.conf import settings
from django.utils.text import slugify
from rdflib import Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCAT, DCTERMS, OWL, RDF, SKOS, XSD

from glossary.models import Label
from leernetwerk.csv_export import csv_response

SKOSXL = Namespace("http://www.w3.org/2008/05/skos-xl#")
SCHEME_TITLE = "Begrippenkader Leernetwerk Kind & Complexe Ouderrelaties"
CSV_SEPARATOR = " | "

CSV_COLUMNS = [
    "slug",
    "voorkeursterm",
    "toegestane termen",
    "afgeraden termen",
    "waarom afgeraden",
    "bron advies",
    "zoekvormen",
    "definitie",
    "uitleg in gewone taal",
    "toelichting per doelgroep",
    "betekenis per perspectief",
    "bredere begrippen",
    "smallere begrippen",
    "verwante begrippen",
    "bronnen",
    "thema's",
    "status",
    "datum status",
    "link",
]


def scheme_uri() -> str:
    return f"{settings.SITE_URL}/begrippen/"


def entry_uri(entry) -> str:
    return f"{settings.SITE_URL}{entry.get_absolute_url()}"


def _names(entries):
    return [entry.preferred_label_text() for entry in entries]


def entry_as_dict(entry) -> dict:
    """Everything public about one entry, JSON-ready (used by the API)."""
    labels = entry.labels.all()
    return {
        "slug": entry.slug,
        "url": entry_uri(entry),
        "preferred": entry.preferred_label_text(),
        "admitted": [
            {"text": lb.text, "match_as_written": lb.match_as_written}
            for lb in labels
            if lb.kind == Label.Kind.ADMITTED
        ],
        "discouraged": [
            {
                "text": lb.text,
                "reason": lb.reason,
                "source": lb.source,
                "match_as_written": lb.match_as_written,
            }
            for lb in labels
            if lb.kind == Label.Kind.DISCOURAGED
        ],
        "hidden": [lb.text for lb in labels if lb.kind == Label.Kind.HIDDEN],
        "definition": entry.definition,
        "explanation": entry.explanation,
        "notes": [
            {
                "audience": note.audience,
                "audience_label": note.get_audience_display(),
                "text": note.text,
            }
            for note in entry.audience_notes.all()
        ],
        "meanings": [{"perspective": m.perspective, "text": m.text} for m in entry.meanings.all()],
        "broader": [e.slug for e in entry.broader.all()],
        "narrower": [e.slug for e in entry.narrower.all()],
        "related": [e.slug for e in entry.related.all()],
        "sources": [{"title": s.title, "url": s.url} for s in entry.sources.all()],
        "themes": sorted(tag.name for tag in entry.themes.all()),
        "status": entry.status,
        "status_label": entry.get_status_display(),
        "status_date": entry.status_date.isoformat() if entry.status_date else None,
        "exceptions": entry.exception_phrases(),
        "image": entry.get_image_url() if entry.image else None,
        "image_description": entry.image_description,
    }


def entries_as_csv_rows(entries):
    """One row per entry; several values in one cell are separated by ' | '."""
    for entry in entries:
        discouraged = entry.discouraged_labels()
        yield (
            [
                entry.slug,
                entry.preferred_label_text(),
                CSV_SEPARATOR.join(lb.text for lb in entry.admitted_labels()),
                CSV_SEPARATOR.join(lb.text for lb in discouraged),
                CSV_SEPARATOR.join(lb.reason for lb in discouraged),
                CSV_SEPARATOR.join(lb.source for lb in discouraged),
                CSV_SEPARATOR.join(lb.text for lb in entry.hidden_labels()),
                entry.definition,
                entry.explanation,
                CSV_SEPARATOR.join(
                    f"{note.get_audience_display()}: {note.text}"
                    for note in entry.audience_notes.all()
                ),
                CSV_SEPARATOR.join(f"{m.perspective}: {m.text}" for m in entry.meanings.all()),
                CSV_SEPARATOR.join(_names(entry.broader.all())),
                CSV_SEPARATOR.join(_names(entry.narrower.all())),
                CSV_SEPARATOR.join(_names(entry.related.all())),
                CSV_SEPARATOR.join(s.title for s in entry.sources.all()),
                CSV_SEPARATOR.join(sorted(tag.name for tag in entry.themes.all())),
                entry.get_status_display(),
                entry.status_date.isoformat() if entry.status_date else "",
                entry_uri(entry),
            ]
        )


def entries_as_csv(entries):
    """The begrippenkader as a CSV download, `,` between columns as other programs expect."""
    return csv_response(
        "begrippenkader.csv", CSV_COLUMNS, entries_as_csv_rows(entries), delimiter=","
    )


def _nl(text):
    return Literal(text, lang="nl")


def entries_as_graph(entries) -> Graph:
    """The begrippenkader as an rdflib Graph in SKOS (see the module docstring)."""
    graph = Graph()
    graph.bind("skos", SKOS)
    graph.bind("skosxl", SKOSXL)
    graph.bind("dct", DCTERMS)
    graph.bind("dcat", DCAT)
    graph.bind("owl", OWL)
    scheme = URIRef(scheme_uri())
    graph.add((scheme, RDF.type, SKOS.ConceptScheme))
    graph.add((scheme, DCTERMS.title, _nl(SCHEME_TITLE)))
    for entry in entries:
        _add_entry(graph, scheme, entry)
    return graph


def _add_entry(graph, scheme, entry):
    concept = URIRef(entry_uri(entry))
    add = graph.add
    add((concept, RDF.type, SKOS.Concept))
    add((concept, SKOS.inScheme, scheme))
    broader = list(entry.broader.all())
    if not broader:
        add((concept, SKOS.topConceptOf, scheme))
        add((scheme, SKOS.hasTopConcept, concept))
    for label in entry.labels.all():
        if label.kind == Label.Kind.PREFERRED:
            add((concept, SKOS.prefLabel, _nl(label.text)))
        elif label.kind == Label.Kind.ADMITTED:
            add((concept, SKOS.altLabel, _nl(label.text)))
        elif label.kind == Label.Kind.HIDDEN:
            add((concept, SKOS.hiddenLabel, _nl(label.text)))
        else:
            add((concept, SKOS.hiddenLabel, _nl(label.text)))
            xl_label = URIRef(f"{concept}#afgeraden-{slugify(label.text) or label.pk}")
            add((concept, SKOSXL.hiddenLabel, xl_label))
            add((xl_label, RDF.type, SKOSXL.Label))
            add((xl_label, SKOSXL.literalForm, _nl(label.text)))
            add((xl_label, OWL.deprecated, Literal(True)))
            add((xl_label, SKOS.scopeNote, _nl(label.reason)))
            add((xl_label, DCTERMS.source, Literal(label.source)))
    add((concept, SKOS.definition, _nl(entry.definition)))
    if entry.explanation:
        add((concept, SKOS.note, _nl(entry.explanation)))
    for note in entry.audience_notes.all():
        add((concept, SKOS.scopeNote, _nl(f"{note.get_audience_display()}: {note.text}")))
    for meaning in entry.meanings.all():
        add((concept, SKOS.scopeNote, _nl(f"{meaning.perspective}: {meaning.text}")))
    for other in broader:
        add((concept, SKOS.broader, URIRef(entry_uri(other))))
    for other in entry.narrower.all():
        add((concept, SKOS.narrower, URIRef(entry_uri(other))))
    for other in entry.related.all():
        add((concept, SKOS.related, URIRef(entry_uri(other))))
    for source in entry.sources.all():
        if source.url:
            add((concept, DCTERMS.source, URIRef(source.url)))
        else:
            add((concept, DCTERMS.source, _nl(source.title)))
    for tag in entry.themes.all():
        add((concept, DCAT.keyword, _nl(tag.name)))
    status_note = entry.get_status_display()
    if entry.status_date:
        add((concept, DCTERMS.issued, Literal(entry.status_date, datatype=XSD.date)))
        status_note += f" ({entry.status_date.isoformat()})"
    add((concept, SKOS.historyNote, _nl(status_note)))
    if entry.image:
        add((concept, SKOS.example, URIRef(f"{settings.SITE_URL}{entry.get_image_url()}")))
    return concept


def entries_as_turtle(entries) -> str:
    return entries_as_graph(entries).serialize(format="turtle")


def entries_as_jsonld(entries) -> str:
    context = {
        "skos": str(SKOS),
        "skosxl": str(SKOSXL),
        "dct": str(DCTERMS),
        "dcat": str(DCAT),
        "owl": str(OWL),
        "@language": "nl",
    }
    return entries_as_graph(entries).serialize(format="json-ld", context=context, indent=2)
