"""One-page factsheet PDFs for the demo meetings, written with pypdf."""

from io import BytesIO

from pypdf import PdfWriter
from pypdf.generic import DecodedStreamObject, DictionaryObject, NameObject

A4 = (595, 842)
LEFT_MARGIN = 56
LINE_WIDTH = 90  # characters of 11-point Helvetica on an A4 page with margins
HELVETICA = DictionaryObject(
    {
        NameObject("/Type"): NameObject("/Font"),
        NameObject("/Subtype"): NameObject("/Type1"),
        NameObject("/BaseFont"): NameObject("/Helvetica"),
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


def text_operators(title, lines):
    """Return the page's content stream: the title in 16 points, then the lines in 11."""
    # pypdf writes documents but does not lay out text, so the few text operators are ours.
    _, height = A4
    operators = [
        b"BT /F1 16 Tf %d %d Td " % (LEFT_MARGIN, height - 62) + pdf_text(title) + b" Tj ET"
    ]
    for number, line in enumerate(lines):
        y = height - 92 - 16 * number
        operators.append(b"BT /F1 11 Tf %d %d Td " % (LEFT_MARGIN, y) + pdf_text(line) + b" Tj ET")
    return b"\n".join(operators)


def factsheet_pdf(title, lines):
    """Return a valid one-page PDF showing the title and a few lines of text."""
    writer = PdfWriter()
    page = writer.add_blank_page(*A4)
    page[NameObject("/Resources")] = DictionaryObject(
        {NameObject("/Font"): DictionaryObject({NameObject("/F1"): HELVETICA})}
    )
    contents = DecodedStreamObject()
    contents.set_data(text_operators(title, lines))
    page.replace_contents(contents)
    writer.add_metadata({"/Title": title})
    output = BytesIO()
    writer.write(output)
    return output.getvalue()
