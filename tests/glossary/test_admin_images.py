"""Images on glossary entries: checked by their header, stored re-encoded without EXIF."""

from io import BytesIO

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image

from glossary.models import Entry
from tests.glossary.test_admin import ADD_URL, entry_form
from tests.image_files import has_gps, image_bytes, png_claiming

pytestmark = pytest.mark.django_db

LABELS = [("contactverlies", "preferred", "", "")]


def add_entry_with_image(client, content, name="beeld.jpg"):
    return client.post(
        ADD_URL,
        entry_form(
            LABELS,
            image=SimpleUploadedFile(name, content),
            image_description="Twee ouders aan tafel.",
        ),
    )


def test_entry_image_is_downscaled_and_loses_its_gps_position(trekker_client):
    response = add_entry_with_image(trekker_client, image_bytes((3200, 2000), with_gps=True))
    assert response.status_code == 302
    stored = Entry.objects.get().image.read()
    assert not has_gps(stored)
    with Image.open(BytesIO(stored)) as image:
        assert image.size == (1600, 1000)


def test_transparent_entry_image_stays_a_transparent_png(trekker_client):
    response = add_entry_with_image(
        trekker_client, image_bytes((400, 300), "PNG", mode="RGBA"), "beeld.png"
    )
    assert response.status_code == 302
    with Image.open(Entry.objects.get().image) as image:
        assert (image.format, image.mode) == ("PNG", "RGBA")


def test_entry_image_bomb_is_a_form_error_not_a_server_error(trekker_client):
    response = add_entry_with_image(trekker_client, png_claiming(20_000, 20_000), "beeld.png")
    assert response.status_code == 200
    assert "Deze afbeelding is te groot" in response.content.decode()
    assert not Entry.objects.exists()
