"""Checks for links that trekkers and members fill in: one rule for every link field.

A link is a full http(s) web address or a path on this portal. Browsers read `/\\host`,
`//host` and `\\\\host` as links to another site, and they drop tabs and line breaks inside a
link, so a path must start with exactly one `/` and no link may hold whitespace or control
characters.
"""

import re

from django.core.exceptions import ValidationError
from django.core.validators import URLValidator

# Whitespace, C0/C1 control characters and the Unicode line and paragraph separators.
_WHITESPACE_OR_CONTROL = re.compile(r"[\s\x00-\x1f\x7f-\x9f\u2028\u2029]")
# One slash, then anything but a slash or backslash (or nothing: the home page).
_SITE_PATH = re.compile(r"/(?![/\\])")
_WEB_ADDRESS = URLValidator(schemes=["http", "https"])

LINK_MESSAGE = (
    "Vul een webadres in dat begint met https:// of een pad op dit portaal dat begint met "
    "één /, zoals /begrippen/. Spaties en regeleindes mogen er niet in staan."
)
WEB_ADDRESS_MESSAGE = (
    "Vul een volledig webadres in dat begint met https://, zonder spaties of regeleindes."
)


def _is_web_address(value: str) -> bool:
    if _WHITESPACE_OR_CONTROL.search(value) or "\\" in value:
        return False
    try:
        _WEB_ADDRESS(value)
    except ValidationError:
        return False
    return True


def is_site_path(value: str) -> bool:
    """Return whether the link is a path on this portal: one `/`, no backslash or spaces."""
    return bool(
        _SITE_PATH.match(value) and "\\" not in value and not _WHITESPACE_OR_CONTROL.search(value)
    )


def validate_link_target(value: str):
    """Accept a path on this portal (/begrippen/) or a full http(s) web address."""
    if not (is_site_path(value) or _is_web_address(value)):
        raise ValidationError(LINK_MESSAGE, code="invalid_link")


def validate_web_address(value: str):
    """Accept only a full http(s) web address: links that point to another site."""
    if not _is_web_address(value):
        raise ValidationError(WEB_ADDRESS_MESSAGE, code="invalid_link")
