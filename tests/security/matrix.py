"""The authorization matrix: what every route answers to every role, as one readable table.

Each row lists the answers for the roles in `ROLES` order:
    anonymous  pending  member  other  trekker  superuser

The member owns the world's own objects (hidden profile, proposal, registration); "other" is
another approved member looking at them. Answers:
    200    the page
    hid    the page, without the case's secret text (a draft, a proposal, the online link)
    login  302 to the login page (with ?next=)
    alogin 302 to the admin's login page
    302    a redirect, but not to log in
    nochange  any answer but a 500, and the case's `unchanged` check still holds
    400 403 404 405  that status code

The admin's hundreds of generated routes are not listed by hand: `admin_cases()` builds them
per registered model from `ADMIN_RIGHTS`. A route without a row here fails the suite.
"""

from collections.abc import Callable
from dataclasses import dataclass

from django.contrib import admin
from django.contrib.contenttypes.models import ContentType
from django.urls import URLPattern, URLResolver, get_resolver

from followup.models import Action
from notifications.services import unsubscribe_token
from tests.security.world import (
    DRAFT_PUBLICATION_TEXT,
    DRAFT_REPORT_TEXT,
    MEMBERS_NEWS_TEXT,
    MEMBERS_PUBLICATION_TEXT,
    ONLINE_LINK,
    PENDING_ANSWER_TEXT,
    ROLES,
    first_object_of,
)


@dataclass(frozen=True)
class Case:
    """One URL of a route, and the answer each role gets."""

    label: str
    row: str
    kwargs: Callable = lambda world: {}
    path: Callable | None = None  # for routes without a name
    query: str = ""
    secret: str = ""
    data: dict | None = None  # the body of a POST
    unchanged: Callable | None = None  # for "nochange": what must still hold afterwards

    def expected(self) -> dict:
        answers = self.row.split()
        assert len(answers) == len(ROLES), f"{self.label}: one answer per role in {ROLES}"
        return dict(zip(ROLES, answers, strict=True))


def case(row, label="", **fields):
    return Case(label=label, row=row, **fields)


slug = lambda name: lambda world: {"slug": getattr(world, name).slug}  # noqa: E731
pk = lambda name: lambda world: {"pk": getattr(world, name).pk}  # noqa: E731


def unsubscribe_link(role, scope):
    return lambda world: {"token": unsubscribe_token(world.users[role], scope)}


def reflection_of(name):
    return lambda world: {
        "slug": getattr(world, name).report.meeting.slug,
        "pk": getattr(world, name).pk,
    }


def publication_file_of(name):
    return lambda world: {
        "slug": getattr(world, name).publication.slug,
        "pk": getattr(world, name).pk,
    }


def document_of(name):
    return lambda world: {
        "slug": getattr(world, name).project.slug,
        "pk": getattr(world, name).pk,
    }


#                                   anonymous pending member other trekker superuser
EVERYONE = "200 200 200 200 200 200"
MEMBERS = "login 403 200 200 200 200"
LOGGED_IN = "login 200 200 200 200 200"
POST_ONLY_FOR_MEMBERS = "login 403 405 405 405 405"
LOGGED_OUT_ONLY = "200 302 302 302 302 302"
TREKKERS = "login 403 403 403 200 200"

ROUTES = {
    # -- Site ----------------------------------------------------------------------------
    "home": [case(EVERYONE)],
    "healthz": [case(EVERYONE)],
    "robots": [case(EVERYONE)],
    "sitemap": [case(EVERYONE)],
    "favicon": [case("301 301 301 301 301 301")],
    "contact": [case(EVERYONE)],
    "accessibility": [case(EVERYONE)],
    "help_trekkers": [case("login 403 403 403 200 200")],
    "search": [
        case(EVERYONE, query="q=kwartaal"),
        case(
            "hid hid hid hid hid hid",
            "draft report",
            query="q=werkgroep+winter",
            secret=DRAFT_REPORT_TEXT,
        ),
    ],
    # -- allauth -------------------------------------------------------------------------
    "account_login": [case(LOGGED_OUT_ONLY)],
    "account_logout": [case("302 200 200 200 200 200")],
    "account_inactive": [case(EVERYONE)],
    "account_signup": [case(LOGGED_OUT_ONLY)],
    "account_reauthenticate": [case(LOGGED_IN)],
    "account_request_reauthentication_code": [case(LOGGED_IN)],
    "account_confirm_reauthentication_code": [case("login 302 302 302 302 302")],
    "account_email": [case(LOGGED_IN)],
    "account_email_verification_sent": [case(EVERYONE)],
    "account_change_password": [case(LOGGED_IN)],
    "account_set_password": [case("login 302 302 302 302 302")],
    "account_reset_password": [case(EVERYONE)],
    "account_confirm_login_code": [case("302 302 302 302 302 302")],
    "account_confirm_email": [case(EVERYONE, "unknown key", kwargs=lambda w: {"key": "onzin"})],
    "account_reset_password_from_key_done": [case(EVERYONE)],
    "account_reset_password_from_key": [
        case(EVERYONE, "bad token", kwargs=lambda w: {"uidb36": "1", "key": "set-password"})
    ],
    "account_reset_password_done": [case(EVERYONE)],
    # -- allauth.mfa: members may turn it on; trekkers and superusers have an authenticator
    # app (their personas have no recovery codes). Changing it first asks for the password.
    "mfa_index": [case(LOGGED_IN)],
    "mfa_activate_totp": [case("login 302 302 302 302 302")],
    "mfa_deactivate_totp": [case("login 404 404 404 302 302")],
    "mfa_authenticate": [case("302 302 302 302 302 302")],
    "mfa_reauthenticate": [case("login 302 302 302 200 200")],
    "mfa_view_recovery_codes": [case("login 404 404 404 404 404")],
    "mfa_generate_recovery_codes": [case("login 302 302 302 302 302")],
    "mfa_download_recovery_codes": [case("login 404 404 404 404 404")],
    # -- Meetings ------------------------------------------------------------------------
    "meetings:index": [case(EVERYONE)],
    "meetings:agenda_ics": [case("hid hid hid hid hid hid", secret=ONLINE_LINK)],
    "meetings:feed": [case("hid hid hid hid hid hid", secret=DRAFT_REPORT_TEXT)],
    "meetings:factsheets": [case(EVERYONE)],
    "meetings:factsheet_download": [
        case(EVERYONE, "published", kwargs=slug("factsheet")),
        case("404 404 404 404 200 200", "not yet published", kwargs=slug("future_factsheet")),
        case("404 404 404 404 404 404", "unknown", kwargs=lambda w: {"slug": "bestaat-niet"}),
    ],
    # The member's own calendar: no login, the secret token is the key; a wrong one is a 404.
    "meetings:personal_agenda": [
        case(EVERYONE, "member's token", kwargs=lambda w: {"token": w.calendar_link.token}),
        case("404 404 404 404 404 404", "wrong token", kwargs=lambda w: {"token": "x" * 43}),
    ],
    "meetings:renew_agenda_link": [case(POST_ONLY_FOR_MEMBERS)],
    "meetings:meeting_ics": [
        case("hid hid hid hid hid hid", "upcoming", kwargs=slug("meeting"), secret=ONLINE_LINK),
        case("404 404 404 404 404 404", "unknown", kwargs=lambda w: {"slug": "bestaat-niet"}),
    ],
    "meetings:detail": [
        # Only a confirmed registrant (the member) sees the link to join online.
        case("hid hid 200 hid hid hid", "upcoming", kwargs=slug("meeting"), secret=ONLINE_LINK),
        case(
            "hid hid hid hid 200 200",
            "draft report",
            kwargs=slug("draft_meeting"),
            secret=DRAFT_REPORT_TEXT,
        ),  # fmt: skip
        case(EVERYONE, "published report", kwargs=slug("past_meeting")),
        # A reflection answer waiting for review: only its author sees it, in their own form.
        case(
            "hid hid 200 hid hid hid",
            "answer waiting for review",
            kwargs=slug("past_meeting"),
            secret=PENDING_ANSWER_TEXT,
        ),
        case("404 404 404 404 404 404", "unknown", kwargs=lambda w: {"slug": "bestaat-niet"}),
    ],
    "meetings:register": [case(POST_ONLY_FOR_MEMBERS, kwargs=slug("meeting"))],
    "meetings:cancel": [case(POST_ONLY_FOR_MEMBERS, kwargs=slug("meeting"))],
    "meetings:registration": [
        case("login 403 200 hid hid hid", kwargs=slug("meeting"), secret=ONLINE_LINK),
        case("login 403 404 404 404 404", "unknown", kwargs=lambda w: {"slug": "bestaat-niet"}),
    ],
    # -- Participation -------------------------------------------------------------------
    "participation:answer_reflection": [
        case(POST_ONLY_FOR_MEMBERS, kwargs=reflection_of("reflection")),
    ],
    "participation:attendance": [
        case(TREKKERS, kwargs=slug("past_meeting")),
        case("login 403 403 403 404 404", "unknown", kwargs=lambda w: {"slug": "bestaat-niet"}),
    ],
    "participation:attendance_year": [case(TREKKERS), case(TREKKERS, "a year", query="jaar=2025")],
    "participation:kwartiertje": [case(MEMBERS)],
    # -- Glossary ------------------------------------------------------------------------
    "glossary:index": [case(EVERYONE)],
    "glossary:lookup": [case(EVERYONE, query="q=ouder")],
    "glossary:tipsheet": [case(EVERYONE)],
    "glossary:export": [
        case(EVERYONE, "csv", kwargs=lambda w: {"extension": "csv"}),
        case(EVERYONE, "turtle", kwargs=lambda w: {"extension": "ttl"}),
        case(EVERYONE, "json-ld", kwargs=lambda w: {"extension": "jsonld"}),
        case("404 404 404 404 404 404", "unknown", kwargs=lambda w: {"extension": "exe"}),
    ],
    # A draft ("concept") entry is public on purpose: the page says it is a concept.
    "glossary:detail": [
        case(EVERYONE, "established", kwargs=slug("entry")),
        case(EVERYONE, "draft", kwargs=slug("draft_entry")),
        case("404 404 404 404 404 404", "unknown", kwargs=lambda w: {"slug": "bestaat-niet"}),
    ],
    "glossary:image": [
        case(EVERYONE, "with image", kwargs=slug("entry")),
        case("404 404 404 404 404 404", "without image", kwargs=slug("draft_entry")),
    ],
    "glossary_api:list": [case(EVERYONE), case(EVERYONE, "theme", query="thema=taal")],
    "glossary_api:detail": [
        case(EVERYONE, kwargs=slug("entry")),
        case("404 404 404 404 404 404", "unknown", kwargs=lambda w: {"slug": "bestaat-niet"}),
    ],
    "taalcheck:check": [case(EVERYONE)],
    "taalcheck_api:check": [case("405 405 405 405 405 405")],
    # -- Projects and themes -------------------------------------------------------------
    "projects:index": [case(EVERYONE)],
    "projects:propose": [case(MEMBERS)],
    "projects:detail": [
        case(EVERYONE, "public", kwargs=slug("project")),
        case("404 404 200 404 200 200", "member's proposal", kwargs=slug("proposal")),
        case("404 404 404 404 200 200", "idea", kwargs=slug("idea")),
    ],
    "projects:join": [case(POST_ONLY_FOR_MEMBERS, kwargs=slug("project"))],
    "projects:leave": [case(POST_ONLY_FOR_MEMBERS, kwargs=slug("project"))],
    "projects:document": [
        case(EVERYONE, "public project", kwargs=document_of("document")),
        case("404 404 200 404 200 200", "proposal", kwargs=document_of("proposal_document")),
    ],
    "themes:index": [case(EVERYONE)],
    "themes:propose": [case(MEMBERS)],
    "themes:support": [case(POST_ONLY_FOR_MEMBERS, kwargs=pk("theme"))],
    # -- Follow-up: actions for members; the evaluation behind a personal link ------------
    "followup:index": [case(MEMBERS)],
    "followup:detail": [
        case(MEMBERS, "member's action", kwargs=pk("action")),
        case("login 403 404 404 404 404", "unknown", kwargs=lambda w: {"pk": 999999}),
    ],
    "followup:thanks": [case(EVERYONE)],
    "followup:evaluate": [
        case(EVERYONE, "personal link", kwargs=lambda w: {"token": w.evaluation_token}),
        case(
            "410 410 410 410 410 410",
            "used link",
            kwargs=lambda w: {"token": w.used_evaluation_token},
        ),
        case("404 404 404 404 404 404", "unknown", kwargs=lambda w: {"token": "onzin"}),
    ],
    # -- Kennisbank and news: drafts for trekkers, members-only items for members ----------
    "library:index": [
        case("hid hid 200 200 200 200", "members-only", secret=MEMBERS_PUBLICATION_TEXT),
        case("hid hid hid hid 200 200", "draft", secret=DRAFT_PUBLICATION_TEXT),
    ],
    "library:detail": [
        case(EVERYONE, "public", kwargs=slug("publication")),
        case("404 404 200 200 200 200", "members-only", kwargs=slug("members_publication")),
        case("404 404 404 404 200 200", "draft", kwargs=slug("draft_publication")),
        case("404 404 404 404 404 404", "unknown", kwargs=lambda w: {"slug": "bestaat-niet"}),
    ],
    "library:file": [
        case(EVERYONE, "public", kwargs=publication_file_of("publication_file")),
        case(
            "404 404 200 200 200 200",
            "members-only",
            kwargs=publication_file_of("members_publication_file"),
        ),
        case(
            "404 404 404 404 200 200",
            "draft",
            kwargs=publication_file_of("draft_publication_file"),
        ),
    ],
    "library:images": [case(EVERYONE)],
    "library:image": [
        case(EVERYONE, kwargs=slug("image_card")),
        case("404 404 404 404 404 404", "unknown", kwargs=lambda w: {"slug": "bestaat-niet"}),
    ],
    "library:start": [case(EVERYONE)],
    "library_api:list": [
        case("hid hid hid hid hid hid", "members-only", secret=MEMBERS_PUBLICATION_TEXT),
        case("hid hid hid hid hid hid", "draft", secret=DRAFT_PUBLICATION_TEXT),
        case(EVERYONE, "kind", query="soort=denkkader"),
    ],
    "library_api:detail": [
        case(EVERYONE, "public", kwargs=slug("publication")),
        case("404 404 404 404 404 404", "members-only", kwargs=slug("members_publication")),
        case("404 404 404 404 404 404", "draft", kwargs=slug("draft_publication")),
    ],
    "news:index": [case("hid hid 200 200 200 200", secret=MEMBERS_NEWS_TEXT)],
    "news:feed": [case("hid hid hid hid hid hid", secret=MEMBERS_NEWS_TEXT)],
    "news:detail": [
        case(EVERYONE, "public", kwargs=slug("news_item")),
        case("404 404 200 200 200 200", "members-only", kwargs=slug("members_news")),
        case("404 404 404 404 200 200", "draft", kwargs=slug("draft_news")),
    ],
    # -- Members -------------------------------------------------------------------------
    "members:directory": [case(MEMBERS)],
    "members:profile": [
        case("login 403 200 404 200 200", "own hidden profile", kwargs=pk("own_profile")),
        case(MEMBERS, "visible colleague", kwargs=pk("colleague_profile")),
        case("login 403 404 404 404 404", "unknown", kwargs=lambda w: {"pk": 999999}),
    ],
    "members:photo": [
        case("login 403 200 404 200 200", "own hidden profile", kwargs=pk("own_profile")),
        case(MEMBERS, "visible colleague", kwargs=pk("colleague_profile")),
    ],
    "members:my_profile": [case("login 302 302 302 302 302")],
    "members:edit_profile": [case(MEMBERS)],
    "members:my_data": [case(LOGGED_IN)],
    "members:download_my_data": [case(LOGGED_IN)],
    "members:delete_account": [case(LOGGED_IN)],
    "members:export": [case("login 403 403 403 200 200")],
    "network:organisations": [case(EVERYONE)],
    # -- Notifications: the settings are the member's; an unsubscribe link works for whoever
    # holds it (it is in the member's mail), without logging in; a tampered one never.
    "notifications:settings": [case(MEMBERS)],
    "notifications:unsubscribe": [
        case(EVERYONE, "signed link", kwargs=unsubscribe_link("member", "report")),
        case(
            "400 400 400 400 400 400",
            "tampered link",
            kwargs=lambda w: {"token": unsubscribe_token(w.users["member"], "report")[:-3] + "abc"},
        ),
    ],
    "network:privacy": [case(EVERYONE)],
    # -- Admin: the routes that are not per model -----------------------------------------
    "admin:index": [case("alogin alogin alogin alogin 200 200")],
    "admin:login": [case("login 403 403 403 302 302")],
    "admin:logout": [case("302 302 302 302 405 405")],
    # The admin's password form hands over to allauth's, which has a rate limit.
    "admin:password_change": [case("alogin alogin alogin alogin 302 302")],
    "admin:password_change_done": [case("alogin alogin alogin alogin 200 200")],
    "admin:jsi18n": [case("alogin alogin alogin alogin 200 200")],
    "admin:autocomplete": [
        case(
            "alogin alogin alogin alogin 200 200",
            "organisations for a profile",
            query="app_label=members&model_name=profile&field_name=organisation&term=Veilig",
        )
    ],
    "admin:view_on_site": [
        case(
            "alogin alogin alogin alogin 302 302",
            "a meeting",
            kwargs=lambda w: {
                "content_type_id": ContentType.objects.get_for_model(w.meeting).pk,
                "object_id": w.meeting.pk,
            },
        )
    ],
    "admin:taggit_tag_merge_tags": [case("alogin alogin alogin alogin 200 200")],
    # The Markdown preview only renders what the change form posts.
    "admin:meetings_meeting_preview": [case("alogin alogin alogin alogin 405 405")],
    "admin:meetings_report_preview": [case("alogin alogin alogin alogin 405 405")],
    # Mailing a meeting's registrants: form and preview for trekkers (send_mailing permission).
    "admin:meetings_meeting_mail": [
        case(
            "alogin alogin alogin alogin 200 200",
            kwargs=lambda w: {"object_id": w.meeting.pk},
        )
    ],
    "admin:followup_evaluation_overview": [case("alogin alogin alogin alogin 200 200")],
    # Setting another account's password is for superusers only.
    "admin:auth_user_password_change": [
        case(
            "alogin alogin alogin alogin 403 200",
            kwargs=lambda w: {"id": w.users["pending"].pk},
        )
    ],
    "beheer/(?P<url>.*)$": [
        case("alogin alogin alogin alogin 404 404", path=lambda w: "/beheer/bestaat-niet/")
    ],
}

# -- The admin, per registered model -------------------------------------------------------

# What trekkers and superusers may do per registered model ("view add change delete").
# Trekkers approve, refuse and deactivate accounts and edit profiles; rights, groups and
# passwords are for superusers only.
ADMIN_RIGHTS = {
    #                          trekker                  superuser
    "auth.group": ("", "view add change delete"),
    "account.emailaddress": ("", "view add change delete"),
    "taggit.tag": ("view add change delete", "view add change delete"),
    "members.user": ("view change delete", "view add change delete"),
    "members.profile": ("view change delete", "view change delete"),
    "members.organisation": ("view add change delete", "view add change delete"),
    "members.consent": ("view delete", "view delete"),
    # Authenticators are made by their owner's own set-up, never in the admin.
    "mfa.authenticator": ("", "view change delete"),
    "meetings.registration": ("view change delete", "view change delete"),
    "meetings.meeting": ("view add change delete", "view add change delete"),
    "meetings.report": ("view add change delete", "view add change delete"),
    "meetings.factsheet": ("view add change delete", "view add change delete"),
    # Mailings to registrants start on the meeting's page and are kept as sent: view only.
    "meetings.mailing": ("view", "view"),
    "glossary.entry": ("view add change delete", "view add change delete"),
    "glossary.entrychange": ("view delete", "view delete"),
    "projects.agenda": ("view add change delete", "view add change delete"),
    "projects.project": ("view add change delete", "view add change delete"),
    "projects.theme": ("view add change delete", "view add change delete"),
    "followup.action": ("view add change delete", "view add change delete"),
    "followup.evaluation": ("view add change delete", "view add change delete"),
    "participation.reflectionopening": ("view add change delete", "view add change delete"),
    # Members write answers on the site; trekkers review them.
    "participation.reflectionanswer": ("view change delete", "view change delete"),
    "participation.attendance": ("view add change delete", "view add change delete"),
    "participation.kwartiertjeoffer": ("view add change delete", "view add change delete"),
    "library.publication": ("view add change delete", "view add change delete"),
    "library.newsitem": ("view add change delete", "view add change delete"),
    "library.imagecard": ("view add change delete", "view add change delete"),
    # The outbox: trekkers see what was sent and failed, and send it again; nobody adds mail.
    "leernetwerk.outgoingmail": ("view change", "view change delete"),
}

# Which right opens which generated page; the change and history pages also open read-only.
ADMIN_PAGES = {
    "changelist": {"view", "change"},
    "add": {"add"},
    "change": {"view", "change"},
    "delete": {"delete"},
    "history": {"view", "change"},
}
NOT_STAFF = "alogin alogin alogin alogin"


def _answer(rights: str, needed: set, *, allowed="200", refused="403") -> str:
    return allowed if needed & set(rights.split()) else refused


def _object_kwargs(model):
    return lambda world: {"object_id": first_object_of(model).pk}


def admin_model_routes() -> dict:
    """Return {route key: [Case]} for every page the admin generates per registered model."""
    routes = {}
    for model in admin.site._registry:
        label = model._meta.label_lower
        app_label, model_name = model._meta.app_label, model._meta.model_name
        trekker, superuser = ADMIN_RIGHTS.get(label, (None, None))
        if trekker is None:
            continue  # reported by the completeness test
        for page, needed in ADMIN_PAGES.items():
            kwargs = _object_kwargs(model) if page in {"change", "delete", "history"} else None
            row = " ".join([NOT_STAFF, _answer(trekker, needed), _answer(superuser, needed)])
            routes[f"admin:{app_label}_{model_name}_{page}"] = [
                Case(label=label, row=row, kwargs=kwargs or (lambda world: {}))
            ]
        # /beheer/<app>/<model>/<id>/ only redirects to the change page.
        routes[f"beheer/{app_label}/{model_name}/<path:object_id>/"] = [
            Case(
                label=label,
                row=f"{NOT_STAFF} 302 302",
                path=lambda world, model=model: (
                    f"/beheer/{model._meta.app_label}/{model._meta.model_name}/"
                    f"{first_object_of(model).pk}/"
                ),
            )
        ]
    app_labels = {model._meta.app_label for model in admin.site._registry}
    for app_label in sorted(app_labels):
        trekker_rights = " ".join(
            rights[0] for label, rights in ADMIN_RIGHTS.items() if label.startswith(f"{app_label}.")
        )
        row = f"{NOT_STAFF} {'200' if trekker_rights.strip() else '404'} 200"
        routes.setdefault("admin:app_list", []).append(
            Case(label=app_label, row=row, kwargs=lambda world, app=app_label: {"app_label": app})
        )
    return routes


def all_cases() -> dict:
    return {**ROUTES, **admin_model_routes()}


TAKEOVER_PASSWORD = "Overgenomen-wachtwoord-1"


def _user(world, role):
    return type(world.users[role]).objects.get(pk=world.users[role].pk)


# -- State-changing POSTs: the roles that must be refused ("-" is not tried) ------------------

POSTS = {
    "meetings:register": [
        case("login 403 - - - -", kwargs=slug("meeting"), data={"attendance": "online"}),
    ],
    "meetings:cancel": [
        case("login 403 - - - -", kwargs=slug("meeting"), data={"bevestigd": "ja"})
    ],
    "projects:propose": [case("login 403 - - - -", data={"title": "Een plan", "aim": "Iets."})],
    "projects:join": [
        case("login 403 - - - -", "public project", kwargs=slug("project")),
        case("login 403 - 404 - -", "someone's proposal", kwargs=slug("proposal")),
        case("login 403 404 404 - -", "idea", kwargs=slug("idea")),
    ],
    "projects:leave": [
        case("login 403 - - - -", "public project", kwargs=slug("project")),
        case("login 403 - 404 - -", "someone's proposal", kwargs=slug("proposal")),
    ],
    "themes:propose": [case("login 403 - - - -", data={"title": "Een thema"})],
    "participation:answer_reflection": [
        case(
            "login 403 - - - -",
            kwargs=reflection_of("reflection"),
            data={"text": "Ingebroken antwoord"},
        )
    ],
    "participation:attendance": [
        case(
            "login 403 403 403 - -",
            kwargs=slug("past_meeting"),
            data={"action": "walk_in", "name": "Ingebroken", "perspective": "policy"},
        )
    ],
    "participation:kwartiertje": [
        case("login 403 - - - -", data={"topic": "Ingebroken", "description": "Iets."})
    ],
    "themes:support": [case("login 403 - - - -", kwargs=pk("theme"))],
    # Only the owner (the member) and trekkers change an action's status.
    "followup:detail": [
        case(
            "login 403 - 403 - -",
            kwargs=pk("action"),
            data={"status": "dropped", "note": "Ingebroken"},
            unchanged=lambda w: Action.objects.get(pk=w.action.pk).status == "open",
        )
    ],
    "members:edit_profile": [case("login 403 - - - -", data={"first_name": "Ingebroken"})],
    "meetings:renew_agenda_link": [case("login 403 - - - -")],
    "admin:meetings_meeting_mail": [
        case(
            "alogin alogin alogin alogin - -",
            "send",
            kwargs=lambda w: {"object_id": w.meeting.pk},
            data={"stap": "versturen", "audience": "active", "subject": "X", "body": "Y"},
        )
    ],
    "members:delete_account": [case("login - - - - -", data={"confirm": "on"})],
    "members:export": [case("login 403 403 403 - -")],
    "notifications:settings": [case("login 403 - - - -", data={"report": "direct"})],
    "admin:auth_user_password_change": [
        case(
            "alogin alogin alogin alogin nochange -",
            "someone's password",
            kwargs=lambda w: {"id": w.users["other"].pk},
            data={"password1": TAKEOVER_PASSWORD, "password2": TAKEOVER_PASSWORD},
            unchanged=lambda w: not _user(w, "other").check_password(TAKEOVER_PASSWORD),
        )
    ],
    "admin:members_user_change": [
        case(
            "alogin alogin alogin alogin nochange -",
            "make oneself superuser",
            kwargs=lambda w: {"object_id": w.users["trekker"].pk},
            data={
                "email": "trekker@example.org",
                "first_name": "Tessa",
                "last_name": "Trekker",
                "approval_status": "approved",
                "is_active": "on",
                "is_staff": "on",
                "is_superuser": "on",
                "date_joined_0": "2026-01-01",
                "date_joined_1": "10:00:00",
                "profile-TOTAL_FORMS": "0",
                "profile-INITIAL_FORMS": "0",
            },
            unchanged=lambda w: not _user(w, "trekker").is_superuser,
        )
    ],
    "admin:auth_group_add": [
        case("alogin alogin alogin alogin 403 -", data={"name": "Ingebroken"}),
    ],
}


# -- The URL conf ------------------------------------------------------------------------


def route_keys(resolver=None, prefix="", namespace=None):
    """Yield the key of every route: its (namespaced) name, or its full pattern if unnamed."""
    resolver = resolver or get_resolver()
    for pattern in resolver.url_patterns:
        full = prefix + str(pattern.pattern)
        if isinstance(pattern, URLResolver):
            inner = namespace
            if pattern.namespace:
                inner = f"{namespace}:{pattern.namespace}" if namespace else pattern.namespace
            yield from route_keys(pattern, full, inner)
        elif isinstance(pattern, URLPattern):
            if pattern.name:
                yield f"{namespace}:{pattern.name}" if namespace else pattern.name
            else:
                yield full
