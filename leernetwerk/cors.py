"""Cross-origin access for the open APIs: other regions' sites may call them from a browser.

The APIs are public and use no cookies, so any origin may read them (`*`, never with
credentials). A POST with a JSON body is "non-simple": browsers first send an OPTIONS
preflight, answered by `preflight`.
"""

from django.http import HttpResponse

PREFLIGHT_MAX_AGE = 86400  # browsers may remember the answer for a day


def allow_any_origin(response):
    response["Access-Control-Allow-Origin"] = "*"
    return response


def preflight(methods: list[str]) -> HttpResponse:
    """Answer a CORS preflight: these methods, a JSON body, from any origin."""
    response = allow_any_origin(HttpResponse(status=204))
    response["Access-Control-Allow-Methods"] = ", ".join([*methods, "OPTIONS"])
    response["Access-Control-Allow-Headers"] = "Content-Type"
    response["Access-Control-Max-Age"] = str(PREFLIGHT_MAX_AGE)
    response["Allow"] = ", ".join([*methods, "OPTIONS"])
    return response
