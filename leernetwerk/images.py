"""Uploaded images are checked by their header, then decoded once and stored re-encoded.

Re-encoding keeps only the pixels: EXIF (with the GPS position and the camera's serial),
comments and anything hidden after the image data are dropped, and the stored file is never
larger than the page needs.
"""

from io import BytesIO

from django import forms
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from PIL import Image, ImageOps

from leernetwerk.validators import NOT_AN_IMAGE, MaxFileSizeValidator, validate_image


def reencoded_image(
    upload, max_side: int, *, keep_transparency: bool = True, stem: str = "afbeelding"
) -> ContentFile:
    """Return the upload as a fresh JPEG (or PNG when it is transparent) of at most max_side."""
    validate_image(upload)
    upload.seek(0)
    try:
        with Image.open(upload) as image:
            # JPEGs decode straight at a smaller scale, so a large photo costs little memory.
            image.draft("RGB", (max_side, max_side))
            image = ImageOps.exif_transpose(image)
            transparent = keep_transparency and _has_transparency(image)
            image = image.convert("RGBA" if transparent else "RGB")
            image.thumbnail((max_side, max_side))
    except (OSError, SyntaxError, ValueError, Image.DecompressionBombError) as error:
        raise ValidationError(NOT_AN_IMAGE, code="not_an_image") from error
    output = BytesIO()
    # The uploader's file name is not kept: it can hold a person's name. Saving without
    # exif= writes no metadata at all.
    if transparent:
        image.save(output, format="PNG", optimize=True)
        return ContentFile(output.getvalue(), name=f"{stem}.png")
    image.save(output, format="JPEG", quality=85)
    return ContentFile(output.getvalue(), name=f"{stem}.jpg")


def _has_transparency(image) -> bool:
    return image.mode in {"RGBA", "LA", "PA"} or "transparency" in image.info


class ImageUploadField(forms.FileField):
    """A file field that takes JPEG, PNG or WebP and hands back the re-encoded image."""

    def __init__(
        self,
        *,
        max_side: int,
        max_megabytes: int = 5,
        keep_transparency=True,
        stem="afbeelding",
        **kwargs,
    ):
        kwargs.pop("max_length", None)
        self.stem = stem
        self.max_side = max_side
        self.max_megabytes = max_megabytes
        self.keep_transparency = keep_transparency
        super().__init__(**kwargs)

    def to_python(self, data):
        upload = super().to_python(data)
        if upload is None:
            return None
        # The size is checked before anything is decoded.
        MaxFileSizeValidator(self.max_megabytes)(upload)
        return reencoded_image(upload, self.max_side, keep_transparency=self.keep_transparency)
