"""Settings for the Leernetwerk portal, read from the environment.

Development needs no variables: DEBUG is on, e-mail goes to the console and, without
DATABASE_URL, manage.py and pytest start an embedded PostgreSQL in `.pgdata/` and set it.
Production sets DEBUG=0 and must then provide DATABASE_URL, a real SECRET_KEY and ALLOWED_HOSTS.
"""

import os
from pathlib import Path

import dj_database_url
from csp import constants as csp_values
from django.core.exceptions import ImproperlyConfigured

BASE_DIR = Path(__file__).resolve().parent.parent


TRUE_WORDS = {"1", "true", "yes", "on"}
FALSE_WORDS = {"0", "false", "no", "off"}


def envbool(name: str, default: bool) -> bool:
    """Read a yes/no variable; a value that is neither (say DEBUG=flase) stops the start."""
    value = os.environ.get(name, "").strip().lower()
    if not value:
        return default
    if value in TRUE_WORDS:
        return True
    if value in FALSE_WORDS:
        return False
    raise ImproperlyConfigured(
        f"{name}={os.environ[name]!r} is not a yes/no value; use one of "
        f"{', '.join(sorted(TRUE_WORDS | FALSE_WORDS))}."
    )


def envint(name: str, default: int) -> int:
    value = os.environ.get(name)
    return int(value) if value else default


def envlist(name: str, default: list[str]) -> list[str]:
    value = os.environ.get(name)
    if not value:
        return default
    return [item.strip() for item in value.split(",") if item.strip()]


DEBUG = envbool("DEBUG", True)

DEVELOPMENT_SECRET_KEY = "development-only-not-secret-" + "x" * 40
SECRET_KEY = os.environ.get("SECRET_KEY", "")
if not SECRET_KEY:
    if not DEBUG:
        raise ImproperlyConfigured("SECRET_KEY must be set when DEBUG is off.")
    SECRET_KEY = DEVELOPMENT_SECRET_KEY
elif not DEBUG and (SECRET_KEY == DEVELOPMENT_SECRET_KEY or len(SECRET_KEY) < 50):
    raise ImproperlyConfigured("SECRET_KEY must be a random string of at least 50 characters.")

ALLOWED_HOSTS = envlist("ALLOWED_HOSTS", ["127.0.0.1", "localhost"] if DEBUG else [])
CSRF_TRUSTED_ORIGINS = envlist("CSRF_TRUSTED_ORIGINS", [])
SITE_URL = os.environ.get("SITE_URL", "http://127.0.0.1:8000").rstrip("/")
SITE_NAME = "Leernetwerk Kind & Complexe Ouderrelaties"

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.postgres",
    "django.contrib.sitemaps",
    # Background jobs (mail): PostgreSQL is the queue. Before our apps, whose admin.py
    # takes its job admin away again.
    "procrastinate.contrib.django",
    "allauth",
    "allauth.account",
    "allauth.mfa",
    "taggit",
    "csp",
    # Django's widget templates for the project form renderer (FORM_RENDERER below).
    "django.forms",
    "leernetwerk",
    "members",
    "meetings",
    "glossary",
    "projects",
    "followup",
    "participation",
    "library",
    "search",
    "notifications",
]

MIDDLEWARE = [
    # First: every later step (rate limits, the security log) sees the visitor's own address.
    "leernetwerk.middleware.ClientAddressFromProxyMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "leernetwerk.middleware.PermissionsPolicyMiddleware",
    "leernetwerk.middleware.PrivateCacheMiddleware",
    "leernetwerk.middleware.ApiErrorsAsJsonMiddleware",
    # Before sessions and authentication: they read the database too.
    "leernetwerk.middleware.DatabaseUnavailableMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Whole pages for anonymous visitors (leernetwerk/page_cache.py): after the HTTPS redirect,
    # the database check and static files, before everything a hit can skip.
    "leernetwerk.page_cache.AnonymousPageCacheMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "leernetwerk.middleware.RefuseNullBytesMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "allauth.account.middleware.AccountMiddleware",
    "members.middleware.AdminGuardMiddleware",
    "csp.middleware.CSPMiddleware",
]

ROOT_URLCONF = "leernetwerk.urls"
WSGI_APPLICATION = "leernetwerk.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "members.context_processors.roles",
            ],
            # The site's own tags and filters (navigation, HTML dates) in every template.
            "builtins": ["leernetwerk.templatetags.site"],
        },
    },
]

# Forms draw their fields and error summary with templates/forms/ (leernetwerk/forms.py).
FORM_RENDERER = "leernetwerk.forms.SiteFormRenderer"

# Database: always DATABASE_URL, never SQLite. In development manage.py, pytest and `make run`
# set it to the embedded PostgreSQL before Django starts (leernetwerk/embedded_db.py).
if not os.environ.get("DATABASE_URL"):
    raise ImproperlyConfigured(
        "DATABASE_URL is not set. Set it to your PostgreSQL database, e.g. "
        "postgres://user:password@host:5432/leernetwerk; in development, start Django through "
        "manage.py, pytest or `make run`, which start the embedded PostgreSQL and set it."
    )
DATABASES = {"default": dj_database_url.config(conn_max_age=envint("CONN_MAX_AGE", 60))}
DATABASES["default"]["CONN_HEALTH_CHECKS"] = True
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_USER_MODEL = "members.User"
AUTHENTICATION_BACKENDS = [
    "django.contrib.auth.backends.ModelBackend",
    "allauth.account.auth_backends.AuthenticationBackend",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "members.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 12},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "account_login"
LOGIN_REDIRECT_URL = "home"

# django-allauth: e-mail address only, verified before the first login.
ACCOUNT_LOGIN_METHODS = {"email"}
ACCOUNT_SIGNUP_FIELDS = ["email*", "password1*", "password2*"]
ACCOUNT_USER_MODEL_USERNAME_FIELD = None
ACCOUNT_UNIQUE_EMAIL = True
ACCOUNT_EMAIL_VERIFICATION = "mandatory"
ACCOUNT_CONFIRM_EMAIL_ON_GET = False
ACCOUNT_LOGIN_ON_EMAIL_CONFIRMATION = True
ACCOUNT_PREVENT_ENUMERATION = True
ACCOUNT_LOGOUT_ON_PASSWORD_CHANGE = False
# One subject prefix for every mail: ours (leernetwerk.mail), allauth's and Django's own.
EMAIL_SUBJECT_PREFIX = "[Leernetwerk] "
ACCOUNT_EMAIL_SUBJECT_PREFIX = EMAIL_SUBJECT_PREFIX
# allauth's default rate limits (failed logins, sign-ups, e-mails) stay on.

# -- Account security: two-factor login and password confirmations (issue 12) ---------------
# Trekkers and superusers must set up an authenticator app before the admin answers
# (members.middleware.AdminGuardMiddleware); members may turn it on themselves.
MFA_SUPPORTED_TYPES = ["totp", "recovery_codes"]
MFA_TOTP_ISSUER = "Leernetwerk"
MFA_ADAPTER = "members.adapter.MFAAdapter"
MFA_FORMS = {"activate_totp": "members.forms.ActivateTOTPForm"}
ACCOUNT_ADAPTER = "members.adapter.AccountAdapter"
ACCOUNT_FORMS = {"signup": "members.forms.SignupForm"}
# Every password a logged-in person confirms (changing it, re-authenticating, deleting the
# account) counts towards one limit per account: five tries, then fifteen minutes' wait.
ACCOUNT_RATE_LIMITS = {
    "change_password": "5/15m/user",
    "reauthenticate": "5/15m/user",
}
# -- End of account security -----------------------------------------------------------------

LANGUAGE_CODE = "nl"
LANGUAGES = [("nl", "Nederlands")]
TIME_ZONE = "Europe/Amsterdam"
USE_I18N = True
# The portal's own Dutch for a few texts of Django's admin and django-taggit (see the .po file).
LOCALE_PATHS = [BASE_DIR / "locale"]
# Times without seconds in forms and the admin's time widgets (leernetwerk/formats/nl/).
FORMAT_MODULE_PATH = ["leernetwerk.formats"]
USE_TZ = True

STATIC_URL = "/static/"
# `collectstatic` writes here; in production nginx serves it (deploy/nginx/leernetwerk.conf).
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", BASE_DIR / "staticfiles"))
STATICFILES_DIRS = [BASE_DIR / "static"]
# Uploads are never published under a URL of their own: each is served by a view that applies
# the visibility of its page (leernetwerk/files.py). MEDIA_URL stays for Django's defaults only.
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "media"))
# When set (e.g. "/beschermd/"), those views let the web server send the body through
# X-Accel-Redirect to this internal location that aliases MEDIA_ROOT; empty: Django streams it.
PROTECTED_FILES_ACCEL_PREFIX = os.environ.get("PROTECTED_FILES_ACCEL_PREFIX", "")
# `make backup` writes its archives here; the log of deleted accounts (members/deletion_log.py)
# lives here too, outside the database, so restoring an old backup cannot undo a deletion.
BACKUP_DIR = Path(os.environ.get("BACKUP_DIR", BASE_DIR / "backups"))
# The worker writes an archive every night at 02:00 UTC and keeps this many days of them.
BACKUP_NIGHTLY = envbool("BACKUP_NIGHTLY", False)
BACKUP_KEEP_DAYS = envint("BACKUP_KEEP_DAYS", 30)
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}
if DEBUG:
    # Serve straight from static/ while developing; no collectstatic needed.
    STORAGES["staticfiles"] = {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}
    WHITENOISE_USE_FINDERS = True
    WHITENOISE_AUTOREFRESH = True
FILE_UPLOAD_MAX_MEMORY_SIZE = 2_621_440
DATA_UPLOAD_MAX_MEMORY_SIZE = 12 * 1024 * 1024

EMAIL_BACKEND = os.environ.get(
    "EMAIL_BACKEND",
    "django.core.mail.backends.console.EmailBackend"
    if DEBUG
    else "django.core.mail.backends.smtp.EmailBackend",
)
EMAIL_HOST = os.environ.get("EMAIL_HOST", "localhost")
EMAIL_PORT = envint("EMAIL_PORT", 25)
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = envbool("EMAIL_USE_TLS", False)
# The worker sends mail; a mail server that hangs must not hold it (or a row lock) for long.
EMAIL_TIMEOUT = envint("EMAIL_TIMEOUT", 30)
# Finished jobs are deleted; the outbox (leernetwerk.OutgoingMail) keeps what was sent.
PROCRASTINATE_WORKER_DEFAULTS = {"delete_jobs": "successful"}
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "Leernetwerk <noreply@example.org>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL
# Where people write with questions, on the contact and accessibility pages and in mails.
CONTACT_EMAIL = os.environ.get("CONTACT_EMAIL", "leernetwerk@example.org")
# The weekly digest of news (notifications/): the day (1 = Monday ... 7 = Sunday) and hour,
# Amsterdam time, at which the worker sends it.
DIGEST_WEEKDAY = envint("DIGEST_WEEKDAY", 1)
DIGEST_HOUR = envint("DIGEST_HOUR", 7)
# An address that unsubscribes whoever writes to it (List-Unsubscribe's mailto); empty: none.
UNSUBSCRIBE_MAILTO = os.environ.get("UNSUBSCRIBE_MAILTO", "")

# Rate limits (allauth's, the taalcheck's) must count across every worker, so the cache is
# shared: Redis when REDIS_URL is set, else a table in PostgreSQL that migration
# leernetwerk 0004 creates, so the embedded default needs nothing more.
if os.environ.get("REDIS_URL"):
    CACHES = {
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": os.environ["REDIS_URL"],
            "KEY_PREFIX": "leernetwerk",
        },
        "pages": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": os.environ["REDIS_URL"],
            "KEY_PREFIX": "leernetwerk-pages",
        },
    }
else:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.db.DatabaseCache",
            "LOCATION": "leernetwerk_cache",
        },
        # A table of its own (migration leernetwerk 0007): culling pages never drops a rate limit.
        "pages": {
            "BACKEND": "django.core.cache.backends.db.DatabaseCache",
            "LOCATION": "leernetwerk_page_cache",
            "OPTIONS": {"MAX_ENTRIES": 5000},
        },
    }
# Whole pages for anonymous visitors from the `pages` cache (leernetwerk/page_cache.py); the
# test suite switches it off except in the tests that are about it.
PAGE_CACHE = envbool("PAGE_CACHE", True)

# Security headers. With DEBUG off, `manage.py check --deploy` reports no issues.
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
SESSION_COOKIE_HTTPONLY = True
if not DEBUG:
    SECURE_SSL_REDIRECT = envbool("SECURE_SSL_REDIRECT", True)
    SECURE_HSTS_SECONDS = envint("SECURE_HSTS_SECONDS", 31_536_000)
    SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    SECURE_HSTS_PRELOAD = True
    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True

# -- Input and header hardening (issue 12: proxy trust, Permissions-Policy) ----------------
# Believe X-Forwarded-Proto only behind a proxy that sets it: otherwise any client could
# claim HTTPS. Set TRUSTED_PROXY=1 when the portal runs behind such a proxy.
TRUSTED_PROXY = envbool("TRUSTED_PROXY", False)
if TRUSTED_PROXY:
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
# Browser features the portal never uses, switched off on every response
# (leernetwerk.middleware.PermissionsPolicyMiddleware).
PERMISSIONS_POLICY = {
    "accelerometer": [],
    "browsing-topics": [],
    "camera": [],
    "display-capture": [],
    "geolocation": [],
    "gyroscope": [],
    "magnetometer": [],
    "microphone": [],
    "midi": [],
    "payment": [],
    "usb": [],
}

# Content-Security-Policy on every response: no inline scripts or styles anywhere.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [csp_values.SELF],
        "script-src": [csp_values.SELF],
        "style-src": [csp_values.SELF],
        "img-src": [csp_values.SELF, "data:"],
        "font-src": [csp_values.SELF],
        "connect-src": [csp_values.SELF],
        "form-action": [csp_values.SELF],
        "frame-ancestors": [csp_values.NONE],
        "base-uri": [csp_values.SELF],
        "object-src": [csp_values.NONE],
    }
}

# Optional error reporting: with SENTRY_DSN set, unhandled errors go to Sentry (or GlitchTip),
# without personal data: no user, address or cookies, no request bodies, no local variables.
SENTRY_DSN = os.environ.get("SENTRY_DSN", "")
if SENTRY_DSN:
    import sentry_sdk

    sentry_sdk.init(
        dsn=SENTRY_DSN,
        environment=os.environ.get("SENTRY_ENVIRONMENT", "production"),
        send_default_pii=False,
        max_request_body_size="never",
        include_local_variables=False,
        traces_sample_rate=0,
    )

# Logging: one console handler on the root logger. Django's own "django" logger would print
# every warning a second time through its default handler, so it only propagates here.
# The "security" logger records log-ins, rights changes and the like (members.security_log).
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {
        "utc": {
            "()": "members.security_log.UTCFormatter",
            "format": "%(asctime)s %(levelname)s %(name)s %(message)s",
        },
    },
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "utc"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "WARNING")},
    "loggers": {
        "django": {"handlers": [], "level": os.environ.get("LOG_LEVEL", "WARNING")},
        "security": {"handlers": [], "level": "INFO"},
    },
}
