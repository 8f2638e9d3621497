"""Small helpers for the notification tests."""

from notifications.models import Preferences
from notifications.sources import SOURCES
from tests.factories import make_user


def choose(user, **choices):
    """Give `user` these choices per kind; the other kinds say "never"."""
    everything = {source.kind: "never" for source in SOURCES}
    Preferences.objects.update_or_create(user=user, defaults={"choices": {**everything, **choices}})
    return user


def member_choosing(email, **choices):
    return choose(make_user(email, first_name=email.split("@")[0].capitalize()), **choices)


def mails_to(mailoutbox, user):
    return [message for message in mailoutbox if message.to == [user.email]]


def html_of(message) -> str:
    (html,) = [content for content, kind in message.alternatives if kind == "text/html"]
    return html
