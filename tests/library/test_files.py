"""Publication PDFs and image cards are checked by content and size before they are stored."""

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from PIL import Image

from library.models import MAX_FILE_MEGABYTES, ImageCard, PublicationFile
from tests.image_files import image_bytes
from tests.library.factories import jpeg, make_image_card, make_publication
from tests.meetings.factories import PDF_BYTES
from tests.pdf_files import pdf_with_open_action_javascript

pytestmark = pytest.mark.django_db


def checked_file(content, name="kader.pdf"):
    document = PublicationFile(
        publication=make_publication(),
        title="Kader",
        file=SimpleUploadedFile(name, content, content_type="application/pdf"),
    )
    document.full_clean()
    return document


def error_codes(error: ValidationError) -> set:
    return {e.code for errors in error.error_dict.values() for e in errors}


def test_a_clean_pdf_is_accepted():
    checked_file(PDF_BYTES)


def test_an_html_page_named_pdf_is_refused():
    with pytest.raises(ValidationError) as error:
        checked_file(b"<html><script>alert(1)</script></html>")
    assert "not_a_pdf" in error_codes(error.value)


def test_a_pdf_with_javascript_is_refused():
    with pytest.raises(ValidationError) as error:
        checked_file(pdf_with_open_action_javascript())
    assert "active_pdf" in error_codes(error.value)


def test_a_pdf_that_is_too_large_is_refused():
    too_large = PDF_BYTES + b"%" * (MAX_FILE_MEGABYTES * 1024 * 1024)
    with pytest.raises(ValidationError) as error:
        checked_file(too_large)
    assert "file_too_large" in error_codes(error.value)


def test_an_image_card_needs_an_image_alt_text_and_a_licence():
    card = ImageCard(title="Samen", slug="samen", alt_text="  ", licence="")
    card.image.save("beeld.jpg", jpeg(), save=False)
    with pytest.raises(ValidationError) as error:
        card.full_clean()
    assert {"alt_text", "licence"} <= set(error.value.error_dict)


def test_an_image_card_refuses_a_file_that_is_no_image():
    card = ImageCard(title="Samen", slug="samen", alt_text="Twee handen.", licence="CC BY 4.0")
    card.image.save(
        "beeld.jpg", SimpleUploadedFile("beeld.jpg", b"<svg onload=alert(1)>"), save=False
    )
    with pytest.raises(ValidationError) as error:
        card.full_clean()
    assert "image" in error.value.error_dict


def test_the_admin_stores_an_uploaded_card_re_encoded_without_metadata(superuser_client):
    response = superuser_client.post(
        reverse("admin:library_imagecard_add"),
        {
            "title": "Samen",
            "slug": "samen",
            "image": SimpleUploadedFile("foto.jpg", image_bytes(with_gps=True)),
            "alt_text": "Twee handen die elkaar vasthouden.",
            "licence": "CC BY 4.0",
            "position": "0",
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    card = ImageCard.objects.get(slug="samen")
    with card.image.open("rb") as stored, Image.open(stored) as image:
        assert max(image.size) <= 1600
        assert not image.getexif()


def test_image_cards_are_served_through_the_checking_view(client):
    card = make_image_card()
    response = client.get(card.get_image_url())
    assert response.status_code == 200
    assert response["Content-Type"] == "image/jpeg"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert card.image.url == card.get_image_url()
