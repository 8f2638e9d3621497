"""Image files for upload tests, made in memory: photos with EXIF, and decompression bombs."""

import struct
import zlib
from io import BytesIO

from PIL import ExifTags, Image


def image_bytes(size=(1600, 1200), image_format="JPEG", mode="RGB", with_gps=False) -> bytes:
    image = Image.new(mode, size, (200, 120, 40) if mode == "RGB" else (200, 120, 40, 128))
    output = BytesIO()
    extra = {}
    if with_gps:
        exif = Image.Exif()
        exif[ExifTags.Base.Model] = "Secret Phone 12"
        exif[ExifTags.Base.GPSInfo] = {
            ExifTags.GPS.GPSLatitudeRef: "N",
            ExifTags.GPS.GPSLatitude: (52.0, 4.0, 36.0),
            ExifTags.GPS.GPSLongitudeRef: "E",
            ExifTags.GPS.GPSLongitude: (4.0, 18.0, 0.0),
        }
        extra["exif"] = exif
    image.save(output, format=image_format, **extra)
    return output.getvalue()


def png_claiming(width: int, height: int) -> bytes:
    """A small PNG whose header announces `width` x `height` pixels, as a bomb does."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data))
            + kind
            + data
            + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
        )

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    pixels = zlib.compress(b"\0" * 64 * 1024, 9)
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", pixels) + chunk(b"IEND", b"")
    )


def has_gps(data: bytes) -> bool:
    with Image.open(BytesIO(data)) as image:
        return bool(image.getexif().get_ifd(ExifTags.IFD.GPSInfo))
