"""Read the text of a .docx as a stream, with bounds that a zip or XML bomb cannot pass.

Only the parts with running text are read (body, headers, footers, footnotes, endnotes);
images and styles are never unpacked. Every bound is checked on the zip's own headers first
and again while reading, because headers can lie.
"""

import re
import zipfile
from xml.parsers import expat

MAX_MEMBERS = 1000
MAX_UNPACKED_BYTES = 20 * 1024 * 1024
MAX_TEXT_PART_BYTES = 8 * 1024 * 1024  # all XML read, summed over the text parts
MAX_COMPRESSION_RATIO = 100  # Word's XML packs about 10:1; a bomb packs 1000:1
RATIO_CHECK_FROM_BYTES = 1024 * 1024  # tiny parts may pack well without harm
READ_CHUNK_BYTES = 64 * 1024

BODY = "word/document.xml"
_TEXT_PARTS = [
    (re.compile(r"word/header(\d*)\.xml"), 0),
    (re.compile(r"word/document\.xml"), 1),
    (re.compile(r"word/footnotes\.xml"), 2),
    (re.compile(r"word/endnotes\.xml"), 3),
    (re.compile(r"word/footer(\d*)\.xml"), 4),
]

_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_MARKUP_COMPATIBILITY = "http://schemas.openxmlformats.org/markup-compatibility/2006"
_LINE_ENDS = {f"{_W} p", f"{_W} br", f"{_W} cr"}
_TABS = {f"{_W} tab"}
_TEXT = f"{_W} t"
_CELL = f"{_W} tc"
# Word writes a text box twice: once for new readers (Choice), once for old ones (Fallback).
_FALLBACK = f"{_MARKUP_COMPATIBILITY} Fallback"


class DocxError(Exception):
    """The file is not a Word document we can read."""


class DocxTooLarge(DocxError):
    """The document unpacks to more than we are willing to read."""


class _TextLimitReached(Exception):
    pass


def read_docx_text(file, max_characters: int) -> tuple[str, bool]:
    """Return the document's text, cut at `max_characters` + 1, and whether it was cut."""
    try:
        with zipfile.ZipFile(file) as archive:
            parts = _text_parts(archive)
            collector = _TextCollector(max_characters + 1)
            budget = [MAX_TEXT_PART_BYTES]
            try:
                for info in parts:
                    _parse_part(archive, info, collector, budget)
                    collector.end_part()
            except _TextLimitReached:
                return collector.text()[: max_characters + 1], True
            return collector.text(), False
    except DocxError:
        raise
    except (zipfile.BadZipFile, zipfile.LargeZipFile, expat.ExpatError, EOFError) as error:
        raise DocxError(str(error)) from error
    except (OSError, ValueError, NotImplementedError, RuntimeError) as error:
        # zipfile raises these for bad CRCs, unknown compression and encrypted members.
        raise DocxError(str(error)) from error


def _text_parts(archive: zipfile.ZipFile) -> list[zipfile.ZipInfo]:
    """Check the archive's declared sizes and return its text parts in reading order."""
    infos = archive.infolist()
    if len(infos) > MAX_MEMBERS:
        raise DocxTooLarge(f"{len(infos)} members")
    if sum(info.file_size for info in infos) > MAX_UNPACKED_BYTES:
        raise DocxTooLarge("unpacked size")
    for info in infos:
        if info.file_size > RATIO_CHECK_FROM_BYTES and info.file_size > MAX_COMPRESSION_RATIO * max(
            info.compress_size, 1
        ):
            raise DocxTooLarge(f"compression ratio of {info.filename}")
    ordered = []
    for info in infos:
        for pattern, rank in _TEXT_PARTS:
            match = pattern.fullmatch(info.filename)
            if match:
                number = int(match.group(1)) if match.groups() and match.group(1) else 0
                ordered.append(((rank, number), info))
    if BODY not in {info.filename for _, info in ordered}:
        raise DocxError("no word/document.xml")
    return [info for _, info in sorted(ordered, key=lambda pair: pair[0])]


def _parse_part(archive, info, collector, budget) -> None:
    """Feed one part to expat in chunks, refusing DTDs and stopping at the byte budget."""
    parser = expat.ParserCreate(namespace_separator=" ")
    # Word never writes a DTD; refusing one rules out entity expansion and external entities.
    parser.StartDoctypeDeclHandler = _refuse_doctype
    parser.EntityDeclHandler = _refuse_doctype
    parser.ExternalEntityRefHandler = _refuse_doctype
    parser.StartElementHandler = collector.start
    parser.EndElementHandler = collector.end
    parser.CharacterDataHandler = collector.characters
    parser.buffer_text = True
    with archive.open(info) as stream:
        while chunk := stream.read(READ_CHUNK_BYTES):
            budget[0] -= len(chunk)
            if budget[0] < 0:
                raise DocxTooLarge("text parts")
            parser.Parse(chunk, False)
    parser.Parse(b"", True)


def _refuse_doctype(*args):
    raise DocxError("DTD or entity declaration")


class _TextCollector:
    """Collect the text of w:t elements, with line ends and tabs where Word shows them."""

    def __init__(self, limit: int):
        self.limit = limit
        self.pieces: list[str] = []
        self.length = 0
        self.in_text = 0
        self.in_fallback = 0

    def start(self, name, attributes):
        if name == _FALLBACK:
            self.in_fallback += 1
        elif name == _TEXT:
            self.in_text += 1
        elif name in _TABS and not self.in_fallback:
            self._add("\t")

    def end(self, name):
        if name == _FALLBACK:
            self.in_fallback -= 1
        elif name == _TEXT:
            self.in_text -= 1
        elif name in _LINE_ENDS and not self.in_fallback:
            self._add("\n")
        elif (
            name == _CELL
            and not self.in_fallback
            and self.pieces
            and not self.pieces[-1][-1:].isspace()
        ):
            # Cells end in a paragraph already; this keeps odd cells from running together.
            self._add("\n")

    def characters(self, data):
        if self.in_text and not self.in_fallback:
            self._add(data)

    def end_part(self):
        while self.pieces and self.pieces[-1] == "\n":
            self.pieces.pop()
            self.length -= 1
        if self.pieces:
            self._add("\n\n")

    def text(self) -> str:
        return "".join(self.pieces).rstrip("\n")

    def _add(self, text):
        self.pieces.append(text)
        self.length += len(text)
        if self.length > self.limit:
            raise _TextLimitReached
