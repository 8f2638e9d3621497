"""Whole pages for anonymous visitors, kept in the shared cache until anything changes.

Every anonymous visitor gets the same page for the same address until a trekker (or anyone)
saves something, so the page is rendered once and then served from the `pages` cache (Redis in
production, a table of its own in PostgreSQL otherwise; never the rate limits' cache, which a
flood of addresses would then push out).

Fresh, because:
- every stored page carries the content version it was rendered under, and every save, delete
  or many-to-many change of a model of our own apps, taggit (or any other but a few listed
  below) sets a new version
  (`connect_signals`), right away and again when the transaction commits, so a request that
  read the version before the change never stores its page under the new one;
- the key holds the current minute and the entry lives a minute: pages that depend on "now"
  (upcoming or past meetings, registration windows) are never more than a minute behind.

Safe, because a page is only served from or stored in the cache for a GET without a session
or messages cookie, and only stored when the answer is a plain 200 for nobody in particular:
no logged-in or pending user, no cookie set (a CSRF token in the page sets one) and no CSRF
field, not private/no-store/no-cache, no Vary on anything but Cookie or
Accept-Language, not streamed. Addresses under NEVER_CACHED (the admin, accounts, /healthz,
the taalcheck API) are never even looked up.
"""

import hashlib
import logging
import secrets
import time

from django.apps import apps
from django.conf import settings
from django.core.cache import caches
from django.db import DEFAULT_DB_ALIAS, connections, transaction
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.http import HttpResponse
from django.utils.cache import get_conditional_response, set_response_etag

CACHE_ALIAS = "pages"
VERSION_KEY = "version"
FRESH_SECONDS = 60
MAX_PAGE_BYTES = 512 * 1024
NEVER_CACHED = ("/beheer/", "/account/", "/healthz", "/api/taalcheck/", "/static/")
PRIVATE_DIRECTIVES = ("private", "no-store", "no-cache")
# Vary headers that every anonymous visitor shares: without a session cookie, the page for
# Cookie is the same; the portal speaks one language.
SHARED_VARY = {"cookie", "accept-language"}
# Every model is watched (our apps, taggit, and any app added later), except these, whose
# rows change often and never show on a page: sessions, the admin's log (the change it logs
# bumps itself), the task queue, content types, allauth's e-mail addresses and authenticators;
# and of our own models the mail outbox, the search index rows (the content they index bumps),
# the glossary's own counter, and the records of consent and deletion. A user's save of only
# `last_login`/`password` (a login) neither. Watching too much costs hits, never freshness.
UNWATCHED_APPS = {"sessions", "admin", "procrastinate", "contenttypes", "account", "mfa"}
EXCLUDED_MODELS = {
    "leernetwerk.outgoingmail",
    "search.searchdocument",
    "glossary.glossaryversion",
    "members.consent",
    "members.deletionrecord",
}
LOGIN_ONLY_FIELDS = {"last_login", "password"}
logger = logging.getLogger(__name__)


def enabled() -> bool:
    return getattr(settings, "PAGE_CACHE", True)


def page_cache():
    return caches[CACHE_ALIAS]


def new_version() -> str:
    return secrets.token_hex(8)


def bump_content_version() -> None:
    """Make every stored page stale (usable directly; receivers call `content_changed`)."""
    if not enabled():
        return
    try:
        page_cache().set(VERSION_KEY, new_version(), timeout=None)
    except Exception:
        # A save must never fail on the cache; stored pages then age out within a minute.
        logger.error("Page cache: could not bump the content version", exc_info=True)


def content_changed() -> None:
    """Bump now, and once more when the surrounding transaction commits.

    Now: the change shows at once for this process (and in tests, which never commit). At
    commit: a request elsewhere that read the old data but the first new version would
    otherwise store a stale page under that version.
    """
    if not enabled():
        return
    bump_content_version()
    connection = connections[DEFAULT_DB_ALIAS]
    if connection.in_atomic_block and not any(
        entry[1] is bump_content_version for entry in connection.run_on_commit
    ):
        transaction.on_commit(bump_content_version)


def _is_ours(model) -> bool:
    meta = model._meta
    # Models of a migration's state (data migrations) are not the app's: the cache tables may
    # not even exist yet then.
    if meta.apps is not apps:
        return False
    return meta.app_label not in UNWATCHED_APPS and meta.label_lower not in EXCLUDED_MODELS


def _saved(sender, update_fields=None, **kwargs):
    if update_fields and set(update_fields) <= LOGIN_ONLY_FIELDS:
        return
    if _is_ours(sender):
        content_changed()


def _deleted(sender, **kwargs):
    if _is_ours(sender):
        content_changed()


def _relation_changed(sender, action, **kwargs):
    if action in {"post_add", "post_remove", "post_clear"} and _is_ours(sender):
        content_changed()


def connect_signals() -> None:
    """Watch every model: the receivers pick ours by app, so new apps need no change here."""
    post_save.connect(_saved, dispatch_uid="page-cache-save")
    post_delete.connect(_deleted, dispatch_uid="page-cache-delete")
    m2m_changed.connect(_relation_changed, dispatch_uid="page-cache-relation")


def current_version(cache=None) -> str | None:
    """The content version, set afresh when the cache has none (or lost it)."""
    cache = cache or page_cache()
    version = cache.get(VERSION_KEY)
    if version is None:
        cache.add(VERSION_KEY, new_version(), timeout=None)
        version = cache.get(VERSION_KEY)
    return version


def cached_fragment(name: str, build, *, timeout: int = 3600) -> str:
    """HTML that is the same for every viewer, built once per content version.

    For the expensive blocks of pages that logged-in members get (the whole-page cache never
    serves them): `name` must hold everything the block depends on besides the content (a
    filter, a viewer kind); a block that shows anything about "now" must not use this.
    """
    if not enabled():
        return build()
    cache = page_cache()
    try:
        digest = hashlib.sha256(name.encode("utf-8", "surrogatepass")).hexdigest()
        key = f"fragment:{digest}:{current_version(cache)}"
        html = cache.get(key)
    except Exception:
        logger.warning("Page cache unavailable", exc_info=True)
        return build()
    if html is None:
        html = build()
        cache.set(key, html, timeout=timeout)
    return html


# -- The middleware ---------------------------------------------------------------------------


def may_use_cache(request) -> bool:
    if request.method != "GET" or not enabled():
        return False
    if settings.SESSION_COOKIE_NAME in request.COOKIES or "messages" in request.COOKIES:
        return False
    if "HTTP_AUTHORIZATION" in request.META:
        return False
    return not request.path.startswith(NEVER_CACHED)


def page_key(request) -> str:
    address = f"{request.scheme}://{request.get_host()}{request.get_full_path()}"
    digest = hashlib.sha256(address.encode("utf-8", "surrogatepass")).hexdigest()
    return f"page:{int(time.time() // FRESH_SECONDS)}:{digest}"


def may_store(request, response) -> bool:
    if response.status_code != 200 or response.streaming or response.cookies:
        return False
    # A CSRF token in the page sets its cookie (above); and should a form ever come without.
    if b'name="csrfmiddlewaretoken"' in response.content:
        return False
    user = getattr(request, "user", None)
    if user is not None and user.is_authenticated:
        return False
    session = getattr(request, "session", None)
    if session is not None and not session.is_empty():
        return False
    cache_control = response.get("Cache-Control", "").lower()
    if any(directive in cache_control for directive in PRIVATE_DIRECTIVES):
        return False
    vary = {h.strip().lower() for h in response.get("Vary", "").split(",") if h.strip()}
    if vary - SHARED_VARY:
        return False
    return len(response.content) <= MAX_PAGE_BYTES


class AnonymousPageCacheMiddleware:
    """Serve anonymous visitors' pages from the `pages` cache; store them after a miss.

    Sits below the middleware that answers before any page (HTTPS redirect, the database
    check, static files) and above sessions, CSRF, messages, authentication and CSP, so a stored
    page carries every header those set, and a hit skips them all.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not may_use_cache(request):
            return self.get_response(request)
        key = page_key(request)
        cache = page_cache()
        try:
            found = cache.get_many([VERSION_KEY, key])
            version = found.get(VERSION_KEY)
            if version is None:
                cache.add(VERSION_KEY, new_version(), timeout=None)
                version = cache.get(VERSION_KEY)
        except Exception:
            # A cache that is away (Redis restarting) costs speed, never the page.
            logger.warning("Page cache unavailable", exc_info=True)
            return self.get_response(request)
        stored = found.get(key)
        if stored is not None and version is not None and stored["version"] == version:
            return self._from_cache(request, stored)
        response = self.get_response(request)
        if version is not None and may_store(request, response):
            if not response.has_header("ETag"):
                set_response_etag(response)
            stored = {
                "version": version,
                "content": response.content,
                "headers": list(response.items()),
            }
            try:
                cache.set(key, stored, timeout=FRESH_SECONDS)
            except Exception:
                logger.warning("Page cache unavailable", exc_info=True)
        return response

    @staticmethod
    def _from_cache(request, stored):
        response = HttpResponse(stored["content"])
        for header, value in stored["headers"]:
            response[header] = value
        response["X-Page-Cache"] = "hit"
        return (
            get_conditional_response(
                request,
                etag=response.get("ETag"),
                last_modified=None,
                response=response,
            )
            or response
        )


__all__ = [
    "AnonymousPageCacheMiddleware",
    "bump_content_version",
    "connect_signals",
    "content_changed",
]
