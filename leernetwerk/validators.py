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


MAX_IMAGE_PIXELS = 36_000_000  # 6000 x 6000; decoding that takes about 150 MB already

NOT_AN_IMAGE = (
    "Dit bestand is geen afbeelding die we kunnen lezen. Kies een JPG-, PNG- of WebP-bestand."
)


def validate_image(file):
    """Accept only JPEG, PNG or WebP images of at most MAX_IMAGE_PIXELS, read from the header."""
    import warnings

    from PIL import Image, UnidentifiedImageError

    position = file.tell()
    file.seek(0)
    try:
        with warnings.catch_warnings():
            # Pillow only warns between 89 and 179 megapixels; any bomb is an error here.
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(file) as image:
                image_format = image.format
                width, height = image.size
                if width * height <= MAX_IMAGE_PIXELS:
                    image.verify()
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as error:
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
