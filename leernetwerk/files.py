"""Uploaded files: stored under names nobody can guess, served only through views that check.

Nothing maps MEDIA_URL onto MEDIA_ROOT. Each kind of upload has a view in its own app that
first applies the visibility of the page the file belongs to and then answers with
`serve_protected_file`. The field classes below make `.url` of an upload point at that view
(the model's `get_<field name>_url()`), so templates, exports and the admin widgets cannot
link to a bare media path.
"""

import posixpath
import secrets
from urllib.parse import quote

from django.conf import settings
from django.db import models
from django.db.models.fields.files import FieldFile, ImageFieldFile
from django.http import FileResponse, Http404, HttpResponse
from django.utils.http import content_disposition_header

# Only these kinds are served with their own type; anything else goes out as plain bytes to
# download, so a stored file can never become an HTML or SVG page of this site.
CONTENT_TYPES = {
    ".pdf": "application/pdf",
    ".jpg": "image/jpeg",
    ".jpeg": "image/jpeg",
    ".png": "image/png",
    ".webp": "image/webp",
}
DOWNLOAD_CONTENT_TYPE = "application/octet-stream"
PUBLIC_MAX_AGE = 3600


def unguessable_name(folder: str, extension: str) -> str:
    """Return `folder/<random token><extension>` as the stored name of an upload.

    The extension is kept only when it is one we serve by type (".pdf", ".jpg", ...).
    """
    extension = extension.lower()
    if extension not in CONTENT_TYPES:
        extension = ""
    return f"{folder}/{secrets.token_urlsafe(18)}{extension}"


def extension_of(filename: str) -> str:
    return posixpath.splitext(filename)[1]


def content_type_for(name: str) -> str:
    """Return the Content-Type a stored file is served with, judged by its stored extension."""
    return CONTENT_TYPES.get(posixpath.splitext(name)[1].lower(), DOWNLOAD_CONTENT_TYPE)


class _ViewURLMixin:
    @property
    def url(self):
        """Return the URL of the view that serves this file, never a MEDIA_URL path."""
        self._require_file()
        if self.instance.pk is None:
            return ""
        return getattr(self.instance, f"get_{self.field.name}_url")()


class ProtectedFieldFile(_ViewURLMixin, FieldFile):
    pass


class ProtectedImageFieldFile(_ViewURLMixin, ImageFieldFile):
    pass


class ProtectedFileField(models.FileField):
    """A FileField whose `.url` is the model's `get_<field name>_url()`, the checking view."""

    attr_class = ProtectedFieldFile


class ProtectedImageField(models.ImageField):
    """An ImageField whose `.url` is the model's `get_<field name>_url()`, the checking view."""

    attr_class = ProtectedImageFieldFile


def serve_protected_file(request, field_file, *, filename, as_attachment, public=False):
    """Answer with an uploaded file under a readable `filename`; 404 when it is missing.

    Call it only after the view has applied the visibility of the file's page. `public` says
    that anyone may see the file, so shared caches may keep it; otherwise only the browser
    that asked gets it, and does not store it. With PROTECTED_FILES_ACCEL_PREFIX set, the web
    server sends the body (X-Accel-Redirect to an internal location); else Django streams it.
    """
    if not field_file:
        raise Http404("Dit bestand is niet gevonden.")
    content_type = content_type_for(field_file.name)
    if content_type == DOWNLOAD_CONTENT_TYPE:
        as_attachment = True
    accel_prefix = settings.PROTECTED_FILES_ACCEL_PREFIX
    if accel_prefix:
        if not field_file.storage.exists(field_file.name):
            raise Http404("Dit bestand is niet gevonden.")
        response = HttpResponse(content_type=content_type)
        response["X-Accel-Redirect"] = accel_prefix.rstrip("/") + "/" + quote(field_file.name)
        response["Content-Disposition"] = content_disposition_header(as_attachment, filename)
    else:
        try:
            file = field_file.open("rb")
        except (FileNotFoundError, ValueError) as error:
            raise Http404("Dit bestand is niet gevonden.") from error
        response = FileResponse(
            file, as_attachment=as_attachment, filename=filename, content_type=content_type
        )
    response["X-Content-Type-Options"] = "nosniff"
    response["Cache-Control"] = (
        f"public, max-age={PUBLIC_MAX_AGE}" if public else "private, no-store"
    )
    return response
