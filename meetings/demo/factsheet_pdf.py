"""Factsheet PDFs for the demo meetings, written with pypdf: a few A4 pages from the report."""

import re
from io import BytesIO

from pypdf import PdfWriter
from pypdf.generic import DecodedStreamObject, DictionaryObject, NameObject

A4 = (595, 842)
LEFT_MARGIN = 56
TOP = 780
BOTTOM = 60
# Characters of 11-point Helvetica on an A4 page with margins (bullets are indented).
LINE_WIDTH = 90
# (font, size, line height, characters per line, space before) of each kind of line.
STYLES = {
    "title": ("F2", 16, 22, 60, 0),
    "heading": ("F2", 12.5, 18, 75, 10),
    "text": ("F1", 11, 15, LINE_WIDTH, 4),
    "bullet": ("F1", 11, 15, LINE_WIDTH - 4, 2),
}
MARKDOWN_LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")
LIST_MARKER = re.compile(r"^\s*(?:[-*]|\d+\.)\s+")


def font(name):
    return DictionaryObject(
        {
            NameObject("/Type"): NameObject("/Font"),
            NameObject("/Subtype"): NameObject("/Type1"),
            NameObject("/BaseFont"): NameObject(name),
            NameObject("/Encoding"): NameObject("/WinAnsiEncoding"),
        }
    )


def pdf_text(text):
    """Return a PDF string literal in WinAnsi (cp1252), with its special characters escaped."""
    raw = text.encode("cp1252", errors="replace")
    return b"(" + raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)") + b")"


def wrap(text, width=LINE_WIDTH):
    """Return the words of `text` as lines of at most `width` characters."""
    lines, line = [], ""
    for word in text.split():
        if line and len(line) + 1 + len(word) > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}".strip()
    return [*lines, line] if line else lines


def markdown_blocks(markdown):
    """Return the report's Markdown as ("text" | "bullet", plain text) blocks."""
    blocks = []
    for paragraph in markdown.split("\n\n"):
        for line in paragraph.splitlines() if LIST_MARKER.match(paragraph) else [paragraph]:
            bullet = LIST_MARKER.match(line)
            # Links keep their text; emphasis marks go (a factsheet has no italics).
            plain = MARKDOWN_LINK.sub(r"\1", LIST_MARKER.sub("", line)).replace("*", "")
            if plain.strip():
                blocks.append(("bullet" if bullet else "text", " ".join(plain.split())))
    return blocks


def laid_out(blocks):
    """Yield pages: lists of (font, size, x, y, text), the blocks flowed from top to bottom."""
    page, y = [], TOP
    for style, text in blocks:
        font_name, size, leading, width, space_before = STYLES[style]
        lines = wrap(text, width)
        indent = 14 if style == "bullet" else 0
        # A heading never stands alone at the foot of a page.
        needed = leading * (len(lines) + (2 if style == "heading" else 0))
        if page and y - space_before - needed < BOTTOM:
            yield page
            page, y = [], TOP
        y -= space_before
        for number, line in enumerate(lines):
            if y < BOTTOM:
                yield page
                page, y = [], TOP
            marker = "\u2022 " if style == "bullet" and number == 0 else ""
            x = LEFT_MARGIN + indent - (9 if marker else 0)
            page.append((font_name, size, x, y, marker + line))
            y -= leading
    if page:
        yield page


def page_operators(lines, number, total):
    """Return a page's content stream: its lines, and the page number at the foot."""
    # pypdf writes documents but does not lay out text, so the few text operators are ours.
    footer = ("F1", 9, LEFT_MARGIN, 30, f"Pagina {number} van {total}")
    return b"\n".join(
        b"BT /%s %s Tf %d %d Td " % (name.encode(), str(size).encode(), x, y)
        + pdf_text(text)
        + b" Tj ET"
        for name, size, x, y, text in [*lines, footer]
    )


def factsheet_pdf(title, blocks):
    """Return a valid PDF of the title and the blocks, as many A4 pages as they need.

    `blocks` are ("heading" | "text" | "bullet", text) pairs.
    """
    writer = PdfWriter()
    pages = list(laid_out([("title", title), *blocks]))
    fonts = DictionaryObject(
        {NameObject("/F1"): font("/Helvetica"), NameObject("/F2"): font("/Helvetica-Bold")}
    )
    for number, lines in enumerate(pages, start=1):
        page = writer.add_blank_page(*A4)
        page[NameObject("/Resources")] = DictionaryObject({NameObject("/Font"): fonts})
        contents = DecodedStreamObject()
        contents.set_data(page_operators(lines, number, len(pages)))
        page.replace_contents(contents)
    writer.add_metadata({"/Title": title, "/Author": "Leernetwerk Kind & Complexe Ouderrelaties"})
    output = BytesIO()
    writer.write(output)
    return output.getvalue()
