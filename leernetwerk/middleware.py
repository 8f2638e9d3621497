"""Site-wide rules for every request and response.

- a NUL byte in the path or a parameter is a clear 400 (PostgreSQL cannot store it);
- every error under /api/ answers JSON, whichever part of Django produced it;
- a response to a visitor with a session is private: no shared cache or browser disk keeps it;
- every response carries the Permissions-Policy header.
"""

from django.conf import settings
from django.http import JsonResponse
from django.shortcuts import render
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
        allowed = response.get("Allow", "")
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
