"""Word files in the taalcheck: every part with text is read, and a zip bomb costs nothing."""

import io
import time
import zipfile

import docx
import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from tests.taalcheck.factories import make_network_glossary

pytestmark = pytest.mark.django_db

URL = "/taalcheck/"
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
BOMB_PARAGRAPH = b"<w:p><w:r><w:t>a</w:t></w:r></w:p>"


@pytest.fixture(autouse=True)
def glossary(db):
    return make_network_glossary()


def upload_of(document, name="verslag.docx"):
    buffer = io.BytesIO()
    document.save(buffer)
    return SimpleUploadedFile(name, buffer.getvalue())


def zipped(parts: dict[str, bytes], name="verslag.docx"):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        for part_name, content in parts.items():
            archive.writestr(part_name, content)
    return SimpleUploadedFile(name, buffer.getvalue())


def document_xml(body: bytes) -> bytes:
    return b"<w:document " + W.encode() + b"><w:body>" + body + b"</w:body></w:document>"


def test_word_bomb_is_refused_with_400_within_one_second(client):
    # 29 MB of paragraphs packs to well under 200 KB, like the attack's 125 KB file.
    body = BOMB_PARAGRAPH * (29_000_000 // len(BOMB_PARAGRAPH))
    upload = zipped({"word/document.xml": document_xml(body)})
    assert len(upload) < 200 * 1024
    started = time.perf_counter()
    response = client.post(URL, {"text": "Mijn eigen tekst", "file": upload})
    elapsed = time.perf_counter() - started
    assert response.status_code == 400
    content = response.content.decode()
    assert "Dit Word-bestand is te groot om te controleren" in content
    assert "Mijn eigen tekst</textarea>" in content
    assert elapsed < 1


def test_word_bomb_with_lying_sizes_stops_at_the_byte_budget(client):
    # The central directory claims a small part; reading must stop on what really comes out.
    body = BOMB_PARAGRAPH * (12 * 1024 * 1024 // len(BOMB_PARAGRAPH))
    upload = zipped({"word/document.xml": document_xml(body)})
    data = bytearray(upload.read())
    directory = data.rindex(b"PK\x01\x02")
    data[directory + 24 : directory + 28] = (1024).to_bytes(4, "little")
    started = time.perf_counter()
    response = client.post(URL, {"file": SimpleUploadedFile("verslag.docx", bytes(data))})
    assert response.status_code == 400
    assert "Dit bestand kunnen we niet lezen" in response.content.decode()
    assert time.perf_counter() - started < 1


def test_word_file_with_too_many_parts_is_refused(client):
    parts = {"word/document.xml": document_xml(b"")}
    parts.update({f"word/media/{number}.bin": b"" for number in range(1001)})
    response = client.post(URL, {"file": zipped(parts)})
    assert response.status_code == 400
    assert "Dit Word-bestand is te groot om te controleren" in response.content.decode()


def test_word_file_that_declares_entities_is_refused(client):
    laughs = (
        b'<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY a "vechtscheiding">]>'
        + document_xml(b"<w:p><w:r><w:t>&a;</w:t></w:r></w:p>")
    )
    response = client.post(URL, {"file": zipped({"word/document.xml": laughs})})
    assert response.status_code == 400
    assert "Dit bestand kunnen we niet lezen" in response.content.decode()


def test_long_word_file_is_refused_once_past_fifty_thousand_characters(client):
    body = b"<w:p><w:r><w:t>" + b"woorden " * 8000 + b"</w:t></w:r></w:p>"
    response = client.post(URL, {"file": zipped({"word/document.xml": document_xml(body)})})
    assert response.status_code == 400
    assert "langer dan 50.000 tekens" in response.content.decode()


def test_discouraged_word_in_a_header_is_found(client):
    document = docx.Document()
    document.add_paragraph("Verslag van de bijeenkomst.")
    document.sections[0].header.paragraphs[0].text = "Werkgroep vechtscheiding"
    content = client.post(URL, {"file": upload_of(document)}).content.decode()
    assert "1 woord om te vervangen" in content
    assert "<mark>vechtscheiding</mark>" in content


def test_discouraged_words_in_a_footnote_and_a_footer_are_found(client):
    footnotes = (
        b"<w:footnotes " + W.encode() + b">"
        b'<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p>'
        b"</w:footnote>"
        b'<w:footnote w:id="1"><w:p><w:r><w:t>Bron over ouderverstoting.</w:t></w:r></w:p>'
        b"</w:footnote></w:footnotes>"
    )
    footer = (
        b"<w:ftr " + W.encode() + b"><w:p><w:r><w:t>Over vechtscheiding</w:t></w:r></w:p></w:ftr>"
    )
    body = b"<w:p><w:r><w:t>Verslag.</w:t></w:r></w:p>"
    upload = zipped(
        {
            "word/document.xml": document_xml(body),
            "word/footnotes.xml": footnotes,
            "word/footer1.xml": footer,
        }
    )
    content = client.post(URL, {"file": upload}).content.decode()
    assert "2 woorden om te vervangen" in content
    assert "<mark>ouderverstoting</mark>" in content
    assert "<mark>vechtscheiding</mark>" in content


def test_table_cells_are_read_as_separate_words(client):
    document = docx.Document()
    document.add_paragraph("Overzicht")
    table = document.add_table(rows=1, cols=2)
    table.cell(0, 0).text = "vecht"
    table.cell(0, 1).text = "scheiding"
    table.add_row().cells[0].text = "ouderverstoting"
    content = client.post(URL, {"file": upload_of(document)}).content.decode()
    # Cells that ran together would read as "vechtscheiding" and give a false finding.
    assert "1 woord om te vervangen" in content
    assert "<mark>ouderverstoting</mark>" in content
    assert "vecht\nscheiding" in content


def test_text_box_written_twice_by_word_is_read_once(client):
    body = (
        b'<w:p xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006">'
        b"<w:r><mc:AlternateContent>"
        b"<mc:Choice><w:p><w:r><w:t>Over ouderverstoting</w:t></w:r></w:p></mc:Choice>"
        b"<mc:Fallback><w:p><w:r><w:t>Over ouderverstoting</w:t></w:r></w:p></mc:Fallback>"
        b"</mc:AlternateContent></w:r></w:p>"
    )
    response = client.post(URL, {"file": zipped({"word/document.xml": document_xml(body)})})
    assert "1 woord om te vervangen" in response.content.decode()
