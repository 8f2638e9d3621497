"""Telling members what is new: direct mails, the weekly digest, and unsubscribing.

Both ways of telling read the functions of `notifications.sources`. Each item reaches a member
once: the `Notification` row (unique per member, kind and item) is written in the same
transaction as the queued mail, so a job that runs twice or a worker that stops halfway sends
nothing twice. Both run in the worker (`notifications.tasks`), never in a request.
"""

import logging
from datetime import timedelta

from django.conf import settings
from django.core import signing
from django.db import IntegrityError, transaction
from django.urls import reverse
from django.utils import timezone

from leernetwerk.mail import send_mail
from members.models import User
from notifications.models import Frequency, Notification, Preferences
from notifications.sources import SOURCES, SOURCES_BY_KIND, absolute

logger = logging.getLogger(__name__)

# A direct mail tells of news from the last two days; older news waits for no one.
DIRECT_LOOKBACK = timedelta(days=2)
# A member's first digest looks back one week; a digest never reaches back further than this.
FIRST_DIGEST_SPAN = timedelta(days=7)
LONGEST_DIGEST_SPAN = timedelta(days=35)

UNSUBSCRIBE_SALT = "notifications.unsubscribe"
# What an unsubscribe link can switch off, besides one kind of news.
ALL = "all"
DIGEST = "digest"


# -- Preferences -----------------------------------------------------------------------------


def choices_of(preferences: Preferences | None) -> dict[str, str]:
    """Return {kind: frequency} for every source, the defaults filled in."""
    chosen = preferences.choices if preferences else {}
    return {
        source.kind: chosen.get(source.kind)
        if chosen.get(source.kind) in Frequency.values
        else source.default
        for source in SOURCES
    }


WEEKDAYS = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"]


def digest_moment() -> str:
    """Return when the weekly digest goes out, in words: "maandag om 7.00 uur"."""
    return f"{WEEKDAYS[settings.DIGEST_WEEKDAY - 1]} om {settings.DIGEST_HOUR}.00 uur"


def kinds_chosen(preferences: Preferences | None, frequency: str) -> list[str]:
    """Return the kinds for which the member chose (or kept the default) `frequency`."""
    return [kind for kind, chosen in choices_of(preferences).items() if chosen == frequency]


def save_choices(user, choices: dict[str, str]) -> Preferences:
    """Store the member's own choice per kind."""
    preferences, _ = Preferences.objects.get_or_create(user=user)
    preferences.choices = {**preferences.choices, **choices}
    preferences.chosen_at = timezone.now()
    preferences.save(update_fields=["choices", "chosen_at"])
    return preferences


def members_who_may_be_told():
    """Active, approved accounts: pending, refused and deactivated accounts hear nothing."""
    return User.objects.filter(is_active=True, approval_status=User.ApprovalStatus.APPROVED)


# -- Unsubscribe links -----------------------------------------------------------------------


def unsubscribe_token(user, scope: str) -> str:
    """Return the signed part of an unsubscribe link: this member, this kind (or digest, all)."""
    # Without a timestamp: the link stays the same in every mail and never expires.
    return signing.Signer(salt=UNSUBSCRIBE_SALT).sign_object({"user": user.pk, "scope": scope})


def unsubscribe_url(user, scope: str) -> str:
    return absolute(reverse("notifications:unsubscribe", args=[unsubscribe_token(user, scope)]))


def read_unsubscribe_token(token: str):
    """Return (user, scope) for a valid link; raise signing.BadSignature for any other."""
    data = signing.Signer(salt=UNSUBSCRIBE_SALT).unsign_object(token)
    scope = data.get("scope") if isinstance(data, dict) else None
    if scope not in {ALL, DIGEST, *SOURCES_BY_KIND}:
        raise signing.BadSignature("unknown scope")
    user = User.objects.filter(pk=data.get("user")).first()
    if user is None:
        raise signing.BadSignature("unknown account")
    return user, scope


def kinds_in_scope(preferences, scope: str) -> list[str]:
    """Return the kinds an unsubscribe link of `scope` switches off."""
    if scope == ALL:
        return [source.kind for source in SOURCES]
    if scope == DIGEST:
        return kinds_chosen(preferences, Frequency.DIGEST)
    return [scope]


def unsubscribe(user, scope: str) -> list[str]:
    """Switch the kinds of `scope` to "never"; return the kinds switched off."""
    with transaction.atomic():
        preferences, _ = Preferences.objects.select_for_update().get_or_create(user=user)
        kinds = kinds_in_scope(preferences, scope)
        preferences.choices = {
            **preferences.choices,
            **dict.fromkeys(kinds, Frequency.NEVER.value),
        }
        preferences.chosen_at = timezone.now()
        preferences.save(update_fields=["choices", "chosen_at"])
    return kinds


def list_unsubscribe_headers(user, scope: str) -> dict[str, str]:
    """The RFC 2369 / RFC 8058 headers: one-click unsubscribe by a signed link."""
    targets = [f"<{unsubscribe_url(user, scope)}>"]
    if settings.UNSUBSCRIBE_MAILTO:
        targets.append(f"<mailto:{settings.UNSUBSCRIBE_MAILTO}?subject=afmelden>")
    return {
        "List-Unsubscribe": ", ".join(targets),
        "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
    }


def _mail_context(user, scope: str) -> dict:
    return {
        "member": user,
        "settings_url": absolute(reverse("notifications:settings")),
        "unsubscribe_url": unsubscribe_url(user, scope),
        "site_url": settings.SITE_URL,
    }


# -- Direct notifications --------------------------------------------------------------------


def _told_keys(member, kinds) -> set[tuple[str, str]]:
    return set(
        Notification.objects.filter(member=member, kind__in=kinds).values_list("kind", "item_key")
    )


def send_direct_notifications(now=None) -> int:
    """Mail every member each new item of the kinds they want at once; return how many mails.

    Looks at news of the last DIRECT_LOOKBACK, so a worker that was away catches up; what was
    told already is skipped by its `Notification` row.
    """
    now = now or timezone.now()
    since = now - DIRECT_LOOKBACK
    sent = 0
    for member in members_who_may_be_told().select_related("notification_preferences"):
        preferences = getattr(member, "notification_preferences", None)
        kinds = kinds_chosen(preferences, Frequency.DIRECT)
        if not kinds:
            continue
        items = [item for kind in kinds for item in SOURCES_BY_KIND[kind].items(member, since, now)]
        if not items:
            continue
        told = _told_keys(member, kinds)
        for item in items:
            if (item.kind, item.key) not in told:
                sent += tell_at_once(member, item)
    return sent


def tell_at_once(member, item) -> bool:
    """Queue the mail about one item for one member, unless that member was told already."""
    source = SOURCES_BY_KIND[item.kind]
    with transaction.atomic():
        try:
            with transaction.atomic():
                notification = Notification.objects.create(
                    member=member,
                    kind=item.kind,
                    item_key=item.key,
                    delivery=Notification.Delivery.DIRECT,
                )
        except IntegrityError:
            return False  # another run told this member already
        notification.mail = send_mail(
            member.email,
            f"{source.subject}: {item.title}",
            "notifications/email/direct.txt",
            {**_mail_context(member, item.kind), "item": item, "source": source},
            headers=list_unsubscribe_headers(member, item.kind),
        )
        notification.save(update_fields=["mail"])
    return True


# -- The weekly digest -----------------------------------------------------------------------


def send_digests(until) -> int:
    """Send the digest up to `until` to every member who wants one; return how many were sent.

    Each member's digest is one transaction (their rows, the mail and how far their digest
    got), so running this again, after a crash halfway or for the same `until`, sends every
    member at most one digest and no item twice.
    """
    # News dated after `until` waits for the next digest, so `until` may not lie ahead.
    until = min(until, timezone.now())
    sent = 0
    member_ids = members_who_may_be_told().order_by("pk").values_list("pk", flat=True)
    for member_id in member_ids:
        try:
            sent += send_digest(member_id, until)
        except IntegrityError:
            # A direct mail told this member one of the items meanwhile (they changed their
            # choice during the run): their digest rolled back whole and comes next time.
            logger.warning("Digest for account %s skipped: told meanwhile", member_id)
    return sent


def send_digest(member_id: int, until) -> bool:
    """Send one member's digest of what is new since their last one; False if nothing is."""
    with transaction.atomic():
        member = members_who_may_be_told().filter(pk=member_id).first()
        if member is None:
            return False
        Preferences.objects.get_or_create(user=member)
        preferences = Preferences.objects.select_for_update().get(user=member)
        if preferences.digest_until and preferences.digest_until >= until:
            return False  # this digest went out already
        since = max(
            preferences.digest_until or until - FIRST_DIGEST_SPAN, until - LONGEST_DIGEST_SPAN
        )
        sections = _digest_sections(member, preferences, since, until)
        mail = None
        if sections:
            mail = send_mail(
                member.email,
                "Nieuw in het leernetwerk",
                "notifications/email/digest.txt",
                {
                    **_mail_context(member, DIGEST),
                    "sections": sections,
                    "since": since,
                    "until": until,
                    "unsubscribe_all_url": unsubscribe_url(member, ALL),
                },
                headers=list_unsubscribe_headers(member, DIGEST),
            )
            Notification.objects.bulk_create(
                [
                    Notification(
                        member=member,
                        kind=item.kind,
                        item_key=item.key,
                        delivery=Notification.Delivery.DIGEST,
                        mail=mail,
                    )
                    for _, items in sections
                    for item in items
                ]
            )
        preferences.digest_until = until
        preferences.save(update_fields=["digest_until"])
    return mail is not None


def _digest_sections(member, preferences, since, until) -> list:
    """Return [(source, items)] of the member's digest kinds, without what they were told."""
    kinds = kinds_chosen(preferences, Frequency.DIGEST)
    told = _told_keys(member, kinds)
    sections = []
    for kind in kinds:
        source = SOURCES_BY_KIND[kind]
        items = [
            item for item in source.items(member, since, until) if (kind, item.key) not in told
        ]
        if items:
            sections.append((source, items))
    return sections
