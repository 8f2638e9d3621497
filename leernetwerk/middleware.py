"""Site-wide rules for every request and response.

- a NUL byte in the path or a parameter is a clear 400 (PostgreSQL cannot store it);
- every error under /api/ answers JSON, whichever part of Django produced it;
- a response to a visitor with a session is private: no shared cache or browser disk keeps it;
- every response carries the Permissions-Policy header;
- while the database cannot be reached, every request answers 503 and the next one reconnects;
- behind a trusted proxy, the client's address comes from X-Forwarded-For.
"""

import ipaddress
import sys
from contextlib import suppress

from django.conf import settings
from django.core.signals import got_request_exception
from django.db import InterfaceError, OperationalError, connections
from django.http import HttpResponse, JsonResponse
from django.shortcuts import render
from django.template import loader
from django.utils.cache import patch_cache_control

API_PREFIX = "/api/"

NULL_BYTE_MESSAGE = (
    "In de link of het formulier staat een onzichtbaar teken (NUL) dat we niet kunnen "
    "verwerken. Haal het weg en probeer het opnieuw."
)
API_ERROR_MESSAGES = {
    400: "Dit verzoek kunnen we niet lezen. Controleer wat je stuurt.",
    403: "Je hebt geen toegang tot dit adres.",
    404: "Dit adres bestaat niet.",
    405: "Dit adres werkt niet met {method}. Gebruik {allowed}.",
    413: "Dit verzoek is te groot.",
    429: "Je stuurt in korte tijd te veel verzoeken. Wacht een paar minuten.",
    500: "Er ging bij ons iets mis. Probeer het over een paar minuten opnieuw.",
}
OTHER_API_ERROR_MESSAGE = "Dit verzoek lukte niet (status {status})."
DATABASE_UNAVAILABLE_MESSAGE = (
    "Het portaal is even niet bereikbaar. Probeer het over een paar minuten opnieuw."
)
DATABASE_ERRORS = (OperationalError, InterfaceError)
RETRY_AFTER_SECONDS = 120


class ClientAddressFromProxyMiddleware:
    """Behind a trusted proxy (TRUSTED_PROXY=1), take the client's address from X-Forwarded-For.

    nginx connects from 127.0.0.1, so without this every visitor would share one address in the
    rate limits (allauth's, the taalcheck's) and in the security log. The right-most entry is
    the address the proxy saw itself; anything before it is what the client claimed.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if settings.TRUSTED_PROXY:
            forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
            address = forwarded.rsplit(",", 1)[-1].strip()
            with suppress(ValueError):
                request.META["REMOTE_ADDR"] = str(ipaddress.ip_address(address))
        return self.get_response(request)


def is_api_request(request) -> bool:
    return request.path.startswith(API_PREFIX)


def error_response(request, status: int, message: str):
    """Answer an error as JSON under /api/ and as a Dutch page everywhere else."""
    if is_api_request(request):
        return JsonResponse(
            {"error": message}, status=status, json_dumps_params={"ensure_ascii": False}
        )
    return render(request, f"{status}.html", {"message": message}, status=status)


def _holds_null_byte(parameters) -> bool:
    return any(
        "\x00" in key or any("\x00" in value for value in values)
        for key, values in parameters.lists()
    )


class RefuseNullBytesMiddleware:
    """Answer 400 to a NUL byte in the path or a GET or form parameter."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if "\x00" in request.path or _holds_null_byte(request.GET):
            return error_response(request, 400, NULL_BYTE_MESSAGE)
        return self.get_response(request)

    def process_view(self, request, view, args, kwargs):
        # APIs read their JSON body themselves; parsing it as a form here would take it away.
        if (
            request.method == "POST"
            and not is_api_request(request)
            and _holds_null_byte(request.POST)
        ):
            return error_response(request, 400, NULL_BYTE_MESSAGE)
        return None


def _api_error_message(request, response) -> str:
    status = response.status_code
    if status == 405:
        # OPTIONS (the CORS preflight) is for browsers, not for people to use.
        methods = [m.strip() for m in response.get("Allow", "").split(",")]
        allowed = ", ".join(m for m in methods if m and m not in {"OPTIONS", "HEAD"})
        return API_ERROR_MESSAGES[405].format(method=request.method, allowed=allowed)
    return API_ERROR_MESSAGES.get(status, OTHER_API_ERROR_MESSAGE).format(status=status)


class ApiErrorsAsJsonMiddleware:
    """Turn every error under /api/ that is not JSON yet (404, 405, 500, ...) into JSON."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if (
            is_api_request(request)
            and response.status_code >= 400
            and not response.streaming
            and not response.get("Content-Type", "").startswith("application/json")
        ):
            json = JsonResponse(
                {"error": _api_error_message(request, response)},
                json_dumps_params={"ensure_ascii": False},
            )
            # Keep the headers (Allow, Retry-After, CSP, ...); only the body changes.
            response.content = json.content
            response["Content-Type"] = json["Content-Type"]
            if response.has_header("Content-Length"):
                response["Content-Length"] = str(len(response.content))
        return response


class PrivateCacheMiddleware:
    """Mark responses to visitors with a session `private, no-store`, unless the view chose."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        # A session means a logged-in (or logging-in) visitor: the page may hold personal
        # data. Reading the cookie, not request.user, costs no database query.
        has_session = settings.SESSION_COOKIE_NAME in request.COOKIES
        if has_session and not response.has_header("Cache-Control"):
            patch_cache_control(response, private=True, no_store=True)
        return response


class PermissionsPolicyMiddleware:
    """Switch off browser features the portal never uses (camera, location, payment, ...)."""

    def __init__(self, get_response):
        self.get_response = get_response
        self.header = ", ".join(
            f"{feature}=({' '.join(allowed)})"
            for feature, allowed in settings.PERMISSIONS_POLICY.items()
        )

    def __call__(self, request):
        response = self.get_response(request)
        response.headers.setdefault("Permissions-Policy", self.header)
        return response


def close_broken_database_connections() -> None:
    """Drop every open connection, so the next request connects afresh."""
    for connection in connections.all(initialized_only=True):
        # Inside a transaction (only tests wrap a request in one) Django itself rolls back.
        if not connection.in_atomic_block:
            connection.close()


def database_unavailable_response(request) -> HttpResponse:
    """Answer 503 with Retry-After: JSON under /api/, else a page rendered without the database."""
    if is_api_request(request):
        response = JsonResponse(
            {"error": DATABASE_UNAVAILABLE_MESSAGE},
            status=503,
            json_dumps_params={"ensure_ascii": False},
        )
    else:
        # No request and so no context processors: they would ask the database for the user.
        page = loader.get_template("503.html").render({"message": DATABASE_UNAVAILABLE_MESSAGE})
        response = HttpResponse(page, status=503)
    response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    response["Cache-Control"] = "no-store"
    return response


def _note_database_outage(sender, request=None, **kwargs):
    if request is not None and isinstance(sys.exc_info()[1], DATABASE_ERRORS):
        request.database_unavailable = True


class DatabaseUnavailableMiddleware:
    """Answer 503 while the database cannot be reached, and reconnect on the next request.

    A view's error arrives in process_exception. An error in a middleware below this one
    (sessions, authentication, the admin guard) Django turns into a 500 before it gets here;
    the got_request_exception signal marks the request, and the 500 is replaced.
    """

    def __init__(self, get_response):
        self.get_response = get_response
        got_request_exception.connect(
            _note_database_outage, dispatch_uid="leernetwerk.database_outage"
        )

    def __call__(self, request):
        try:
            response = self.get_response(request)
        except DATABASE_ERRORS:
            # Only with DEBUG_PROPAGATE_EXCEPTIONS does the error reach this far.
            return self._unavailable(request)
        if getattr(request, "database_unavailable", False):
            return self._unavailable(request)
        return response

    def process_exception(self, request, exception):
        if isinstance(exception, DATABASE_ERRORS):
            return self._unavailable(request)
        return None

    def _unavailable(self, request):
        close_broken_database_connections()
        return database_unavailable_response(request)
