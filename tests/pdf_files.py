"""PDF files for upload tests, made in memory with pypdf: a clean one and hostile ones."""

from io import BytesIO

from pypdf import PdfWriter
from pypdf.actions import JavaScript
from pypdf.generic import DictionaryObject, NameObject, TextStringObject


def _written(writer: PdfWriter) -> bytes:
    output = BytesIO()
    writer.write(output)
    return output.getvalue()


def clean_pdf() -> bytes:
    writer = PdfWriter()
    writer.add_blank_page(width=595, height=842)
    return _written(writer)


def pdf_with_open_action_javascript() -> bytes:
    writer = PdfWriter()
    writer.add_blank_page(width=595, height=842)
    writer.add_open_action(JavaScript("app.alert('hallo');"))
    return _written(writer)


def pdf_with_attachment() -> bytes:
    writer = PdfWriter()
    writer.add_blank_page(width=595, height=842)
    writer.add_attachment("leesmij.exe", b"MZ not really a program")
    return _written(writer)


def pdf_with_launch_action() -> bytes:
    writer = PdfWriter()
    writer.add_blank_page(width=595, height=842)
    launch = DictionaryObject(
        {
            NameObject("/S"): NameObject("/Launch"),
            NameObject("/F"): TextStringObject("cmd.exe"),
        }
    )
    writer._root_object[NameObject("/OpenAction")] = writer._add_object(launch)
    return _written(writer)


def pdf_html_polyglot() -> bytes:
    return b"%PDF-1.4\n<html><body><script>alert(document.cookie)</script></body></html>\n"


def html_before_a_real_pdf() -> bytes:
    """A real PDF with a web page in a comment near its start, which old browsers ran."""
    pdf = clean_pdf()
    first_line_end = pdf.index(b"\n") + 1
    return (
        pdf[:first_line_end] + b"%<html><script>alert(1)</script></html>\n" + pdf[first_line_end:]
    )
