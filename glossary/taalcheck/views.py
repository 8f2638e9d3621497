"""The taalcheck page and its JSON API. The checked text is never stored or logged."""

import json

from django.core.exceptions import RequestDataTooBig
from django.http import JsonResponse
from django.shortcuts import render
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.debug import sensitive_post_parameters, sensitive_variables
from django.views.decorators.http import require_http_methods

from glossary.taalcheck.check import check_text
from glossary.taalcheck.forms import TaalcheckForm, too_long_message
from glossary.taalcheck.limits import MAX_TEXT_CHARACTERS, rate_limit_exceeded
from glossary.taalcheck.readability import readability_thresholds
from leernetwerk.cors import allow_any_origin, preflight

RATE_LIMIT_MESSAGE = (
    "Je hebt de taalcheck in korte tijd vaak gebruikt. Wacht een paar minuten en probeer het "
    "dan opnieuw."
)
TOO_LARGE_MESSAGE = (
    "Deze tekst is te lang. De taalcheck controleert hoogstens 50.000 tekens tegelijk. "
    "Verdeel de tekst in delen."
)

TOO_DEEP_MESSAGE = (
    'Deze JSON is te diep genest. Stuur één object met een tekst, zoals {"text": "Jouw tekst"}.'
)


@sensitive_variables("text")
@sensitive_post_parameters("text")
@never_cache
@require_http_methods(["GET", "POST"])
def check(request):
    form, result, status = TaalcheckForm(), None, 200
    if request.method == "POST":
        form = TaalcheckForm(request.POST, request.FILES)
        if rate_limit_exceeded(request):
            form.is_valid()
            form.add_error(None, RATE_LIMIT_MESSAGE + " Je tekst staat nog in het vak.")
            status = 429
        elif form.is_valid():
            text = form.text_to_check()
            result = check_text(text)
        else:
            status = 400
    return render(
        request,
        "glossary/taalcheck.html",
        {
            "form": form,
            "result": result,
            "max_characters": MAX_TEXT_CHARACTERS,
            **readability_thresholds(),
        },
        status=status,
    )


def _error(message: str, status: int = 400) -> JsonResponse:
    return allow_any_origin(
        JsonResponse({"error": message}, status=status, json_dumps_params={"ensure_ascii": False})
    )


@sensitive_variables("payload", "text")
@csrf_exempt  # a stateless check: no cookies are needed and nothing is changed
@never_cache
@require_http_methods(["POST", "OPTIONS"])
def check_api(request):
    if request.method == "OPTIONS":
        return preflight(["POST"])
    if rate_limit_exceeded(request):
        return _error(RATE_LIMIT_MESSAGE, status=429)
    try:
        payload = json.loads(request.body)
    except RequestDataTooBig:
        return _error(TOO_LARGE_MESSAGE)
    except RecursionError:
        # Thousands of nested brackets exhaust the parser's stack; no real text needs them.
        return _error(TOO_DEEP_MESSAGE)
    except (ValueError, UnicodeDecodeError):
        return _error('Stuur JSON in UTF-8, bijvoorbeeld {"text": "Jouw tekst"}.')
    if not isinstance(payload, dict) or "text" not in payload:
        return _error('Het veld "text" ontbreekt. Stuur bijvoorbeeld {"text": "Jouw tekst"}.')
    text = payload["text"]
    if not isinstance(text, str):
        return _error('Het veld "text" moet een tekst (string) zijn.')
    if len(text) > MAX_TEXT_CHARACTERS:
        return _error(too_long_message(len(text)))
    result = check_text(text)
    return allow_any_origin(
        JsonResponse(
            {
                "findings": [finding.as_dict() for finding in result.findings],
                "readability": result.readability.as_dict(),
            },
            json_dumps_params={"ensure_ascii": False},
        )
    )
