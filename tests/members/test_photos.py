"""Profile photos: checked by content and size, resized, stripped of EXIF, served to members."""

from io import BytesIO

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from PIL import Image

from members.forms import ProfileAdminForm
from members.models import Perspective, Region
from tests.image_files import has_gps, image_bytes, png_claiming
from tests.members.factories import make_profile


def jpeg_bytes(size=(1600, 1200), with_exif=False, image_format="JPEG"):
    image = Image.new("RGB", size, (200, 120, 40))
    output = BytesIO()
    extra = {}
    if with_exif:
        exif = Image.Exif()
        exif[0x010F] = "Camera Maker"  # Make
        exif[0x0110] = "Secret Phone 12"  # Model
        exif[0x0112] = 6  # Orientation: the camera was held upright
        extra["exif"] = exif
    image.save(output, format=image_format, **extra)
    return output.getvalue()


def profile_data(**overrides):
    data = {
        "first_name": "Lotte",
        "last_name": "de Lid",
        "perspectives": [Perspective.PRACTICE],
        "organisation": "",
        "function": "Gezinscoach",
        "region": Region.HAAGLANDEN,
        "network_role": "member",
        "themes": "triage",
        "bio": "Over mij.",
        "contact_preference": "email",
        "visible_to_members": "on",
        "consent": "on",
    }
    data.update(overrides)
    return data


def upload(member_client, content, name="foto.jpg", content_type="image/jpeg"):
    return member_client.post(
        reverse("members:edit_profile"),
        {**profile_data(), "photo": SimpleUploadedFile(name, content, content_type=content_type)},
    )


@pytest.mark.django_db
def test_photo_is_resized_and_stripped_of_exif(member_client, member):
    original = jpeg_bytes(with_exif=True)
    assert b"Secret Phone 12" in original
    response = upload(member_client, original)
    assert response.status_code == 302
    member.profile.refresh_from_db()
    stored = member.profile.photo.read()
    assert b"Secret Phone 12" not in stored
    with Image.open(BytesIO(stored)) as image:
        assert image.format == "JPEG"
        assert max(image.size) <= 480
        # Turned upright before the orientation tag was dropped: portrait, not landscape.
        assert image.size[1] > image.size[0]
        assert not image.getexif()


@pytest.mark.django_db
def test_stored_photo_name_does_not_reveal_the_member(member_client, member):
    upload(member_client, jpeg_bytes(), name="lotte-de-lid.jpg")
    member.profile.refresh_from_db()
    assert "lotte" not in member.profile.photo.name


@pytest.mark.django_db
def test_png_photo_is_accepted_and_stored_as_jpeg(member_client, member):
    response = upload(member_client, jpeg_bytes(image_format="PNG"), "foto.png", "image/png")
    assert response.status_code == 302
    member.profile.refresh_from_db()
    assert member.profile.photo.name.endswith(".jpg")


@pytest.mark.django_db
def test_text_file_named_like_a_photo_is_refused_and_the_form_keeps_the_input(
    member_client, member
):
    response = upload(member_client, b"dit is geen foto", name="foto.jpg")
    assert response.status_code == 200
    content = response.content.decode()
    assert "geen afbeelding die we kunnen lezen" in content
    assert 'value="Gezinscoach"' in content
    member.refresh_from_db()
    assert not member.profile.is_completed()


@pytest.mark.django_db
def test_gif_photo_is_refused(member_client):
    response = upload(member_client, jpeg_bytes(image_format="GIF"), "foto.gif", "image/gif")
    assert "Kies een JPG-, PNG- of WebP-bestand." in response.content.decode()


@pytest.mark.django_db
def test_photo_larger_than_five_megabytes_is_refused(member_client):
    too_large = jpeg_bytes(size=(10, 10)) + b"\0" * (5 * 1024 * 1024 + 1)
    response = upload(member_client, too_large)
    assert response.status_code == 200
    assert "Het mag hoogstens 5 MB zijn." in response.content.decode()


@pytest.mark.django_db
def test_member_can_remove_the_photo(member_client, member):
    upload(member_client, jpeg_bytes())
    member.profile.refresh_from_db()
    path = member.profile.photo.path
    member_client.post(reverse("members:edit_profile"), {**profile_data(), "remove_photo": "on"})
    member.profile.refresh_from_db()
    assert not member.profile.photo
    import os

    assert not os.path.exists(path)


@pytest.mark.django_db
def test_photo_is_served_to_members_as_jpeg(member_client):
    profile = make_profile()
    profile.photo.save("x.jpg", SimpleUploadedFile("x.jpg", jpeg_bytes()))
    response = member_client.get(reverse("members:photo", args=[profile.pk]))
    assert response.status_code == 200
    assert response["Content-Type"] == "image/jpeg"
    assert "private" in response["Cache-Control"]


@pytest.mark.django_db
def test_photo_of_twenty_thousand_pixels_square_is_refused_before_decoding(member_client, member):
    response = upload(member_client, png_claiming(20_000, 20_000), "foto.png", "image/png")
    assert response.status_code == 200
    content = response.content.decode()
    assert "Deze afbeelding is te groot" in content
    assert 'value="Gezinscoach"' in content
    member.profile.refresh_from_db()
    assert not member.profile.photo


@pytest.mark.django_db
def test_photo_over_thirty_six_megapixels_is_refused(member_client, member):
    response = upload(member_client, png_claiming(7_000, 7_000), "foto.png", "image/png")
    assert "Deze afbeelding is te groot (7000 × 7000 pixels)" in response.content.decode()
    member.profile.refresh_from_db()
    assert not member.profile.photo


@pytest.mark.django_db
def test_photo_loses_its_gps_position(member_client, member):
    original = image_bytes(with_gps=True)
    assert has_gps(original)
    assert upload(member_client, original).status_code == 302
    member.profile.refresh_from_db()
    stored = member.profile.photo.read()
    assert not has_gps(stored)
    assert b"Secret Phone 12" not in stored


@pytest.mark.django_db
def test_photo_uploaded_in_the_admin_is_also_stripped_and_downscaled():
    profile = make_profile()
    data = {**profile_data(), "user": profile.user.pk}
    photo = SimpleUploadedFile("foto.jpg", image_bytes((2000, 1500), with_gps=True))
    form = ProfileAdminForm(data, {"photo": photo}, instance=profile)
    assert form.is_valid(), form.errors
    form.save()
    profile.refresh_from_db()
    stored = profile.photo.read()
    assert not has_gps(stored)
    with Image.open(BytesIO(stored)) as image:
        assert max(image.size) == 480
