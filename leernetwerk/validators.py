"""Upload checks shared by every app: content, not file names, decides."""

from io import BytesIO

from django.core.exceptions import ValidationError
from django.utils.deconstruct import deconstructible
from django.utils.formats import number_format

MEGABYTE = 1024 * 1024


@deconstructible
class MaxFileSizeValidator:
    """Refuse files larger than `max_megabytes`."""

    def __init__(self, max_megabytes: int):
        self.max_megabytes = max_megabytes

    def __call__(self, file):
        if file.size > self.max_megabytes * MEGABYTE:
            raise ValidationError(
                "Dit bestand is %(size)s MB. Het mag hoogstens %(max)s MB zijn.",
                code="file_too_large",
                params={
                    "size": number_format(file.size / MEGABYTE, 1),
                    "max": self.max_megabytes,
                },
            )

    def __eq__(self, other):
        return isinstance(other, MaxFileSizeValidator) and other.max_megabytes == self.max_megabytes


def _read_head(file, length: int) -> bytes:
    position = file.tell() if hasattr(file, "tell") else 0
    file.seek(0)
    head = file.read(length)
    file.seek(position)
    return head


MAX_PDF_MEGABYTES = 10  # every PDF field also has a MaxFileSizeValidator of at most this
MAX_PDF_OBJECTS = 100_000
MAX_PDF_PAGES = 2_000
# Browsers that sniff look for HTML near the start; no real PDF has these in its first KB.
_HTML_MARKERS = (b"<html", b"<!doctype", b"<script", b"<body", b"<head", b"<iframe", b"<svg")
# Names that make a PDF run code, start a program or carry other files.
_ACTIVE_KEYS = {"/JS", "/JavaScript", "/EmbeddedFiles", "/EF", "/RichMedia", "/XFA", "/Launch"}
_ACTIVE_TYPES = {
    "/JavaScript",
    "/Launch",
    "/GoToE",
    "/RichMediaExecute",
    "/EmbeddedFile",
    "/FileAttachment",
    "/RichMedia",
}

NOT_A_PDF = "Dit bestand is geen PDF. Kies een PDF-bestand."
UNREADABLE_PDF = (
    "Dit bestand is geen PDF die we kunnen lezen. Sla het opnieuw op als PDF en kies het nog eens."
)
ACTIVE_PDF = (
    "Deze PDF bevat onderdelen die iets uitvoeren of meesturen: JavaScript, een opdracht om "
    "een programma te starten of een bijgevoegd bestand. Die nemen we niet aan. Sla de PDF "
    "opnieuw op zonder die onderdelen, bijvoorbeeld met 'Afdrukken als PDF'."
)
ENCRYPTED_PDF = (
    "Deze PDF is beveiligd met een wachtwoord. Sla hem op zonder wachtwoord en kies hem opnieuw."
)


class _ActivePdf(Exception):
    pass


def validate_pdf(file):
    """Accept only PDFs that parse and carry no JavaScript, launch actions or embedded files."""
    from pypdf import PdfReader
    from pypdf.errors import FileNotDecryptedError

    head = _read_head(file, 1024)
    if not head.startswith(b"%PDF-") or any(marker in head.lower() for marker in _HTML_MARKERS):
        raise ValidationError(NOT_A_PDF, code="not_a_pdf")
    if file.size > MAX_PDF_MEGABYTES * MEGABYTE:
        # The field's size validator refuses it; parsing it first would only cost time.
        return
    position = file.tell()
    file.seek(0)
    try:
        reader = PdfReader(BytesIO(file.read()))
        if reader.is_encrypted and not reader.decrypt(""):
            raise ValidationError(ENCRYPTED_PDF, code="encrypted_pdf")
        if not 1 <= len(reader.pages) <= MAX_PDF_PAGES:
            raise ValidationError(UNREADABLE_PDF, code="unreadable_pdf")
        _refuse_active_content(reader)
    except ValidationError:
        raise
    except _ActivePdf as error:
        raise ValidationError(ACTIVE_PDF, code="active_pdf") from error
    except FileNotDecryptedError as error:
        raise ValidationError(ENCRYPTED_PDF, code="encrypted_pdf") from error
    except Exception as error:  # a broken file can fail anywhere inside pypdf
        raise ValidationError(UNREADABLE_PDF, code="unreadable_pdf") from error
    finally:
        file.seek(position)


def _refuse_active_content(reader) -> None:
    """Look at every object in the file, referenced from the pages or not."""
    from pypdf.generic import IndirectObject

    numbers = {
        (number, generation) for generation, objects in reader.xref.items() for number in objects
    }
    numbers.update((number, 0) for number in reader.xref_objStm)
    if len(numbers) > MAX_PDF_OBJECTS:
        raise ValueError("too many objects")
    _check_pdf_value(reader.trailer)
    for number, generation in numbers:
        _check_pdf_value(reader.get_object(IndirectObject(number, generation, reader)))


def _check_pdf_value(value, depth: int = 0) -> None:
    from pypdf.generic import ArrayObject, DictionaryObject

    if depth > 50:
        raise ValueError("nested too deep")
    if isinstance(value, DictionaryObject):
        if _ACTIVE_KEYS.intersection(value.keys()):
            raise _ActivePdf
        for key in ("/S", "/Type", "/Subtype"):
            kind = value.get(key)
            if isinstance(kind, str) and kind in _ACTIVE_TYPES:
                raise _ActivePdf
        # Referenced objects are checked on their own turn; only direct ones are followed here.
        for item in value.values():
            _check_pdf_value(item, depth + 1)
    elif isinstance(value, ArrayObject):
        for item in value:
            _check_pdf_value(item, depth + 1)


MAX_IMAGE_PIXELS = 36_000_000  # 6000 x 6000; decoding that takes about 150 MB already

NOT_AN_IMAGE = (
    "Dit bestand is geen afbeelding die we kunnen lezen. Kies een JPG-, PNG- of WebP-bestand."
)


def validate_image(file):
    """Accept only JPEG, PNG or WebP images of at most MAX_IMAGE_PIXELS, read from the header."""
    from PIL import Image, UnidentifiedImageError

    position = file.tell()
    file.seek(0)
    try:
        # Opening reads only the header. Pillow itself refuses 179 megapixels and more and
        # only warns below that; our own, lower limit is checked before anything is decoded.
        with Image.open(file) as image:
            image_format = image.format
            width, height = image.size
            if width * height <= MAX_IMAGE_PIXELS:
                image.verify()
    except Image.DecompressionBombError as error:
        raise _too_many_pixels() from error
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError) as error:
        raise ValidationError(NOT_AN_IMAGE, code="not_an_image") from error
    finally:
        file.seek(position)
    if width * height > MAX_IMAGE_PIXELS:
        raise _too_many_pixels(width, height)
    if image_format not in {"JPEG", "PNG", "WEBP"}:
        raise ValidationError(
            "Kies een JPG-, PNG- of WebP-bestand.", code="unsupported_image_format"
        )


def _too_many_pixels(width: int | None = None, height: int | None = None) -> ValidationError:
    size = f" ({width} × {height} pixels)" if width else ""
    return ValidationError(
        f"Deze afbeelding is te groot{size}. Kies een afbeelding van hoogstens 36 megapixel, "
        "bijvoorbeeld 6000 × 6000 pixels, of verklein hem eerst.",
        code="too_many_pixels",
    )
