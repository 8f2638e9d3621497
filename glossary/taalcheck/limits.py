"""How much the taalcheck checks: the longest text and the checks per client address."""

import time

from django.conf import settings
from django.core.cache import cache

MAX_TEXT_CHARACTERS = 50_000
DEFAULT_RATE_LIMIT = (30, 600)  # checks per client address, per that many seconds


def rate_limit_exceeded(request) -> bool:
    """Count one check for the client's address; True once it has used up its checks.

    The count lives in a key of its own per time window, written with the window's length as
    its timeout (`incr` on the database cache would write it back with the default timeout and
    end the window early). Read-then-write, as `incr` is on the database cache: a few checks at
    the same moment may count as one, which this courtesy limit can bear.
    """
    checks, seconds = getattr(settings, "TAALCHECK_RATE_LIMIT", DEFAULT_RATE_LIMIT)
    window = int(time.time() // seconds)
    key = f"taalcheck:checks:{request.META.get('REMOTE_ADDR', 'onbekend')}:{window}"
    used = (cache.get(key) or 0) + 1
    cache.set(key, used, timeout=seconds)
    return used > checks
