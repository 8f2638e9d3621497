"""Exports parse back: CSV with the csv module, SKOS Turtle and JSON-LD with rdflib."""

import csv
import io

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import OWL, RDF, SKOS

from glossary.exports import SKOSXL

pytestmark = pytest.mark.django_db

BASE = "http://127.0.0.1:8000/begrippen/"


@pytest.fixture(autouse=True)
def site_url(settings):
    settings.SITE_URL = "http://127.0.0.1:8000"


def concept(slug):
    return URIRef(f"{BASE}{slug}/")


def test_csv_export_has_one_row_per_entry_with_its_terms(client, demo_glossary):
    response = client.get("/begrippen/export/begrippenkader.csv")
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    rows = list(csv.DictReader(io.StringIO(response.content.decode("utf-8-sig"))))
    by_slug = {row["slug"]: row for row in rows}
    assert len(rows) >= 30
    row = by_slug["contactverlies"]
    assert row["voorkeursterm"] == "contactverlies"
    assert row["afgeraden termen"].split(" | ") == [
        "ouderverstoting",
        "ouderverstotingssyndroom",
        "oudervervreemding",
        "PAS",
    ]
    assert row["toegestane termen"] == "verlies van contact"
    assert row["status"] == "Vastgesteld"
    assert row["link"] == f"{BASE}contactverlies/"
    assert "Veilig Thuis:" in by_slug["veiligheid"]["betekenis per perspectief"]


@pytest.mark.parametrize(("extension", "rdf_format"), [("ttl", "turtle"), ("jsonld", "json-ld")])
def test_skos_export_parses_back_with_labels_notes_and_relations(
    client, demo_glossary, extension, rdf_format
):
    response = client.get(f"/begrippen/export/begrippenkader.{extension}")
    assert response.status_code == 200
    graph = Graph().parse(data=response.content.decode(), format=rdf_format)
    scheme = URIRef(BASE)
    assert (scheme, RDF.type, SKOS.ConceptScheme) in graph
    assert len(set(graph.subjects(RDF.type, SKOS.Concept))) >= 30
    entry = concept("complexe-scheidingsproblematiek")
    assert (entry, SKOS.prefLabel, Literal("complexe scheidingsproblematiek", lang="nl")) in graph
    assert (entry, SKOS.inScheme, scheme) in graph
    assert next(graph.objects(entry, SKOS.definition)).language == "nl"
    assert (entry, SKOS.broader, concept("scheidingsproblematiek")) in graph
    assert (concept("scheidingsproblematiek"), SKOS.narrower, entry) in graph
    assert (entry, SKOS.related, concept("contactverlies")) in graph
    assert any(str(note).startswith("Ouders: ") for note in graph.objects(entry, SKOS.scopeNote))
    # The discouraged term: a hidden label for SKOS readers, marked owl:deprecated in SKOS-XL.
    assert (entry, SKOS.hiddenLabel, Literal("vechtscheiding", lang="nl")) in graph
    assert (entry, SKOS.altLabel, Literal("vechtscheiding", lang="nl")) not in graph
    (xl_label,) = (
        label
        for label in graph.objects(entry, SKOSXL.hiddenLabel)
        if (label, SKOSXL.literalForm, Literal("vechtscheiding", lang="nl")) in graph
    )
    assert (xl_label, OWL.deprecated, Literal(True)) in graph
    assert "schuld" in str(next(graph.objects(xl_label, SKOS.scopeNote)))
    # Admitted terms are alternative labels.
    assert (
        concept("contactverlies"),
        SKOS.altLabel,
        Literal("verlies van contact", lang="nl"),
    ) in graph


def test_unknown_export_format_answers_404(client):
    assert client.get("/begrippen/export/begrippenkader.xml").status_code == 404
