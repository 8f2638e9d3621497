"""The /taalcheck/ page: paste or upload a text, see the findings and an improved copy."""

import io
import logging
import zipfile

import docx
import pytest
from django.core.cache import caches
from django.core.cache.backends.db import DatabaseCache
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.taalcheck.factories import (
    OUDERVERSTOTING_REASON,
    VECHTSCHEIDING_REASON,
    make_entry,
    make_network_glossary,
)

pytestmark = pytest.mark.django_db

URL = "/taalcheck/"
# Each check counts one use in the shared cache. With the database cache (no REDIS_URL) that
# is at most 6 queries: the read of the counter, and its write (count the table; in a
# savepoint: read the key, insert or update it). With Redis: none.
RATE_LIMIT_QUERIES = 6 if isinstance(caches["default"], DatabaseCache) else 0
PARAGRAPH = (
    "Bij een vechtscheiding raakt een kind soms klem tussen de ouders.\n"
    "Sommige professionals spreken dan van ouderverstoting."
)


@pytest.fixture(autouse=True)
def glossary(db):
    return make_network_glossary()


def docx_upload(*paragraphs, name="verslag.docx"):
    document = docx.Document()
    for paragraph in paragraphs:
        document.add_paragraph(paragraph)
    buffer = io.BytesIO()
    document.save(buffer)
    return SimpleUploadedFile(name, buffer.getvalue())


def test_anonymous_visitor_gets_the_form(client, get_within_budget):
    # Queries: none; the page shows an empty form.
    content = get_within_budget(client, URL, 0).content.decode()
    assert "<h1>Taalcheck</h1>" in content
    assert '<label for="id_text">Je tekst</label>' in content
    assert '<label for="id_file">Of kies een bestand</label>' in content
    assert 'enctype="multipart/form-data"' in content


def test_pasted_text_shows_each_finding_with_preferred_term_and_reason(client):
    response = client.post(URL, {"text": PARAGRAPH})
    content = response.content.decode()
    assert response.status_code == 200
    assert "2 woorden om te vervangen" in content
    assert '<a id="woord-1" href="#bevinding-1" aria-describedby="uitleg-1">' in content
    assert "<mark>vechtscheiding</mark>" in content
    assert "<mark>ouderverstoting</mark>" in content
    assert (
        '<span class="taalcheck-tip" id="uitleg-1" role="tooltip">Gebruik liever: complexe '
        f"scheidingsproblematiek. {VECHTSCHEIDING_REASON}</span>"
    ) in content
    assert f"Waarom? {OUDERVERSTOTING_REASON}" in content
    assert 'href="/begrippen/contactverlies/"' in content


def test_copy_has_the_one_to_one_replacements_filled_in(client):
    text = "Vechtscheiding en ouderverstoting. Twee vechtscheidingen."
    content = client.post(URL, {"text": text}).content.decode()
    assert "3 woorden om te vervangen" in content
    assert "met 2 woorden al vervangen" in content
    assert (
        "Complexe scheidingsproblematiek en contactverlies. Twee vechtscheidingen.</textarea>"
        in content
    )


def test_one_finding_is_counted_in_the_singular(client):
    content = client.post(URL, {"text": "Een vechtscheiding."}).content.decode()
    assert "1 woord om te vervangen" in content


def test_text_without_discouraged_terms_says_so(client):
    content = client.post(URL, {"text": "Ouders werken samen."}).content.decode()
    assert "Geen woorden om te vervangen" in content
    assert "<mark>" not in content


def test_uploaded_word_document_is_checked(client):
    upload = docx_upload("Verslag van de bijeenkomst.", "Het ging over ouderverstoting.")
    content = client.post(URL, {"text": "", "file": upload}).content.decode()
    assert "1 woord om te vervangen" in content
    assert "<mark>ouderverstoting</mark>" in content
    assert "Verslag van de bijeenkomst.\nHet ging over" in content


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "cp1252"])
def test_uploaded_text_file_is_checked_in_common_encodings(client, encoding):
    upload = SimpleUploadedFile("brief.txt", "Coördinatie bij een vechtscheiding.".encode(encoding))
    content = client.post(URL, {"file": upload}).content.decode()
    assert "Coördinatie bij een <span" in content
    assert "1 woord om te vervangen" in content


@pytest.mark.parametrize(
    "upload",
    [
        SimpleUploadedFile("echt.txt", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj"),
        SimpleUploadedFile("oud.txt", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1\x00\x00"),
        SimpleUploadedFile("verslag.docx", b"PK\x03\x04 not really a zip file"),
        SimpleUploadedFile("plaatje.docx", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"),
    ],
    ids=["pdf-named-txt", "old-word-doc-named-txt", "broken-zip-named-docx", "png-named-docx"],
)
def test_files_that_are_not_text_or_word_are_refused_and_typed_text_kept(client, upload):
    response = client.post(URL, {"text": "Mijn eigen tekst", "file": upload})
    content = response.content.decode()
    assert "Dit bestand kunnen we niet lezen" in content
    assert "Mijn eigen tekst</textarea>" in content
    assert 'aria-invalid="true"' in content
    assert "om te vervangen" not in content


def test_zip_without_a_word_document_is_refused(client):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("mimetype", "application/epub+zip")
    upload = SimpleUploadedFile("boek.docx", buffer.getvalue())
    content = client.post(URL, {"file": upload}).content.decode()
    assert "Dit bestand kunnen we niet lezen." in content


def test_file_over_the_size_limit_is_refused(client):
    upload = SimpleUploadedFile("groot.txt", b"woord " * 400_000)
    content = client.post(URL, {"file": upload}).content.decode()
    assert "Het mag hoogstens 2 MB zijn." in content


def test_text_over_fifty_thousand_characters_is_refused_and_kept(client):
    text = "a" * 50_001
    content = client.post(URL, {"text": text}).content.decode()
    assert "Deze tekst is 50.001 tekens." in content
    assert "hoogstens 50.000 tekens" in content
    assert text + "</textarea>" in content


def test_text_of_exactly_fifty_thousand_characters_is_checked(client):
    text = ("vechtscheiding " * 4000)[:50_000]
    content = client.post(URL, {"text": text}).content.decode()
    # 3,333 whole words; the last 5 characters are a cut-off "vecht".
    assert "3333 woorden om te vervangen" in content


def test_empty_form_asks_for_a_text_or_a_file(client):
    content = client.post(URL, {"text": "   "}).content.decode()
    assert "Plak een tekst of kies een bestand." in content


def test_rate_limit_stops_checks_with_a_clear_message_and_keeps_the_text(client, settings):
    settings.TAALCHECK_RATE_LIMIT = (2, 600)
    for _ in range(2):
        assert client.post(URL, {"text": "Een vechtscheiding."}).status_code == 200
    response = client.post(URL, {"text": "Mijn derde tekst"})
    content = response.content.decode()
    assert response.status_code == 429
    assert "Je hebt de taalcheck in korte tijd vaak gebruikt." in content
    assert "Mijn derde tekst</textarea>" in content
    assert "om te vervangen" not in content


def test_rate_limit_counts_per_client_address(client, settings):
    settings.TAALCHECK_RATE_LIMIT = (1, 600)
    assert client.post(URL, {"text": "a"}, REMOTE_ADDR="10.0.0.1").status_code == 200
    assert client.post(URL, {"text": "a"}, REMOTE_ADDR="10.0.0.1").status_code == 429
    assert client.post(URL, {"text": "a"}, REMOTE_ADDR="10.0.0.2").status_code == 200


def test_checked_text_is_not_stored_or_logged(client, caplog):
    secret = "Geheime zin over een vechtscheiding bij familie Jansen"
    caplog.set_level(logging.DEBUG)
    with CaptureQueriesContext(connection) as queries:
        response = client.post(URL, {"text": secret})
    assert response.status_code == 200
    assert response["Cache-Control"].startswith("max-age=0")
    assert "no-store" in response["Cache-Control"]
    for query in queries.captured_queries:
        assert "Jansen" not in query["sql"]
        # The only write is the rate-limit counter in the cache, keyed on the address.
        if "leernetwerk_cache" not in query["sql"]:
            assert query["sql"].lstrip().upper().startswith(("SELECT", "SAVEPOINT", "RELEASE")), (
                query["sql"]
            )
    assert "Jansen" not in caplog.text


def test_page_runs_the_same_queries_with_a_small_and_a_larger_glossary(
    client, django_assert_max_num_queries
):
    # Queries: the glossary version counter; on a (re)build also the labels with their entries;
    # the rate-limit counter (RATE_LIMIT_QUERIES).
    with django_assert_max_num_queries(2 + RATE_LIMIT_QUERIES):
        client.post(URL, {"text": PARAGRAPH})
    for number in range(40):
        make_entry(f"begrip-{number}", f"begrip {number}", discouraged=[(f"woord{number}x", "r")])
    with django_assert_max_num_queries(2 + RATE_LIMIT_QUERIES):
        response = client.post(URL, {"text": PARAGRAPH + " woord7x"})
    assert "3 woorden om te vervangen" in response.content.decode()


def test_each_discouraged_word_is_explained_once_with_its_count(client):
    text = "Vechtscheiding hier, vechtscheidingen daar, en een vechtscheiding. Ouderverstoting ook."
    content = client.post(URL, {"text": text}).content.decode()
    assert "4 woorden om te vervangen" in content
    assert content.count(f"Waarom? {VECHTSCHEIDING_REASON}") == 1
    assert content.count(f"Waarom? {OUDERVERSTOTING_REASON}") == 1
    assert "Vechtscheiding, vechtscheidingen</strong> (3 keer)" in content
    # Every place in the text links to its word's one explanation, and back.
    for number in (1, 2, 3):
        assert f'<a id="woord-{number}" href="#bevinding-1"' in content
        assert f'<a href="#woord-{number}" aria-label="plek {number} van 3">{number}</a>' in content
    assert '<a id="woord-4" href="#bevinding-2"' in content
    assert '<a href="#woord-4">Terug naar de plek in je tekst</a>' in content
