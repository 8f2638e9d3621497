"""Upload checks shared by every app: content, not file names, decides."""

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


def validate_pdf(file):
    """Accept only real PDF documents, whatever the file is called."""
    if not _read_head(file, 5).startswith(b"%PDF-"):
        raise ValidationError("Dit bestand is geen PDF. Kies een PDF-bestand.", code="not_a_pdf")


def validate_image(file):
    """Accept only JPEG, PNG or WebP images that Pillow can fully read."""
    from PIL import Image, UnidentifiedImageError

    position = file.tell()
    file.seek(0)
    try:
        with Image.open(file) as image:
            image_format = image.format
            image.verify()
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError) as error:
        raise ValidationError(
            "Dit bestand is geen afbeelding die we kunnen lezen. Kies een JPG-, PNG- of "
            "WebP-bestand.",
            code="not_an_image",
        ) from error
    finally:
        file.seek(position)
    if image_format not in {"JPEG", "PNG", "WEBP"}:
        raise ValidationError(
            "Kies een JPG-, PNG- of WebP-bestand.", code="unsupported_image_format"
        )
