"""Every kind of news reaches exactly the members who chose that way, never pending accounts."""

from datetime import timedelta

import pytest
import time_machine
from django.utils import timezone

from notifications import services
from notifications.sources import SOURCES
from projects.models import Participation, ProjectUpdate, ThemeSupport
from projects.services import schedule_theme
from tests.factories import make_user
from tests.library.factories import make_publication
from tests.meetings.factories import make_factsheet, make_meeting, make_report
from tests.notifications.helpers import choose, mails_to
from tests.projects.factories import make_project, make_theme

pytestmark = [pytest.mark.django_db, pytest.mark.clock]


def new_meeting(people):
    make_meeting("Nieuwe bijeenkomst", days_from_now=30)


def registration_open(people):
    make_meeting(
        "Nieuwe bijeenkomst",
        days_from_now=30,
        registration_opens_at=timezone.now() + timedelta(minutes=30),
    )


def report(people):
    make_report(make_meeting("Nieuwe bijeenkomst", days_from_now=-3))


def factsheet(people):
    make_factsheet(title="Nieuwe bijeenkomst")


def project_update(people):
    project = make_project("Nieuwe bijeenkomst")
    for person in people:
        Participation.objects.create(project=project, member=person)
    ProjectUpdate.objects.create(project=project, text="Nieuws.")


def theme(people):
    theme = make_theme("Nieuwe bijeenkomst")
    for person in people:
        ThemeSupport.objects.create(theme=theme, member=person)
    schedule_theme(theme, make_meeting("Kwartaal", days_from_now=20))


def library(people):
    make_publication("Nieuwe bijeenkomst: het denkkader", days_ago=0)
    make_publication("Concept van een nieuwe bijeenkomst", days_ago=0, published=False)


PUBLISH = {
    "new_meeting": new_meeting,
    "registration_open": registration_open,
    "report": report,
    "factsheet": factsheet,
    "project_update": project_update,
    "theme": theme,
    "library": library,
}


def test_every_kind_has_a_case_here():
    assert set(PUBLISH) == {source.kind for source in SOURCES}


@pytest.mark.parametrize("kind", list(PUBLISH))
def test_each_kind_reaches_exactly_who_chose_it(kind, mailoutbox):
    direct = choose(make_user("direct@example.org"), **{kind: "direct"})
    digest = choose(make_user("samenvatting@example.org"), **{kind: "digest"})
    never = choose(make_user("nooit@example.org"))
    pending = choose(make_user("wachtend@example.org", approved=False), **{kind: "direct"})
    pending_digest = choose(make_user("wacht2@example.org", approved=False), **{kind: "digest"})
    PUBLISH[kind]([direct, digest, never, pending, pending_digest])

    with time_machine.travel(timezone.now() + timedelta(hours=1)):
        services.send_direct_notifications()
        services.send_direct_notifications()
        services.send_digests(until=timezone.now())

    (direct_mail,) = mails_to(mailoutbox, direct)
    assert "Nieuwe bijeenkomst" in direct_mail.subject
    (digest_mail,) = mails_to(mailoutbox, digest)
    assert "Nieuwe bijeenkomst" in digest_mail.body
    assert mails_to(mailoutbox, never) == []
    assert mails_to(mailoutbox, pending) == []
    assert mails_to(mailoutbox, pending_digest) == []
