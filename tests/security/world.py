"""One small world of real objects that the security suites visit with every role.

Built once per test module (see `tests/security/conftest.py`): draft and published reports,
past and future factsheets, public and proposed projects with documents, a visible and a
hidden profile with photos, a draft and an established glossary entry, and the six roles.
"""

from dataclasses import dataclass, field
from datetime import timedelta
from io import BytesIO

import time_machine
from allauth.mfa.models import Authenticator
from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from django.db import transaction
from django.test import Client
from django.utils import timezone
from PIL import Image
from taggit.models import Tag

from followup.models import Action, Evaluation, Invitation
from glossary.models import Entry, EntryChange
from leernetwerk.mail import send_mail
from meetings.models import (
    AgendaItem,
    CalendarLink,
    Mailing,
    MailingRecipient,
    Reflection,
    Registration,
    Report,
)
from members.models import Consent, Organisation, Profile, User
from participation.models import (
    Attendance,
    KwartiertjeOffer,
    ReflectionAnswer,
    ReflectionOpening,
)
from projects.models import Project, ProjectDocument
from tests.conftest import pinned_now
from tests.factories import confirm_second_factor, local_datetime, make_user
from tests.glossary.factories import make_entry
from tests.library.factories import (
    make_image_card,
    make_news_item,
    make_publication,
    make_publication_file,
)
from tests.meetings.factories import (
    make_agenda_item,
    make_factsheet,
    make_meeting,
    make_registration,
    make_report,
    pdf_upload,
)
from tests.members.factories import make_organisation, make_profile
from tests.projects.factories import make_agenda, make_project, make_theme

# The order of the columns in every row of the authorization matrix.
ROLES = ("anonymous", "pending", "member", "other", "trekker", "superuser")

# Texts that only some roles may read; the matrix checks that the others never see them.
DRAFT_REPORT_TEXT = "Conceptverslag-geheim-7431"
PROPOSAL_TEXT = "Voorstel-alleen-voor-indiener-5519"
IDEA_TEXT = "Idee-nog-niet-openbaar-2287"
ONLINE_LINK = "https://meet.example.org/alleen-aangemelden-6610"
PENDING_ANSWER_TEXT = "Antwoord-wacht-op-trekker-3307"
MEMBERS_PUBLICATION_TEXT = "Ledenpublicatie-4471"
DRAFT_PUBLICATION_TEXT = "Conceptpublicatie-8823"
MEMBERS_NEWS_TEXT = "Ledennieuws-3390"


def jpeg_photo(name="foto.jpg") -> ContentFile:
    """Return a tiny real JPEG, as the profile form would have stored it."""
    output = BytesIO()
    Image.new("RGB", (8, 8), "teal").save(output, format="JPEG")
    return ContentFile(output.getvalue(), name=name)


@dataclass
class World:
    """The objects and users of the world, by the name the tables use."""

    users: dict = field(default_factory=dict)
    objects: dict = field(default_factory=dict)

    def __getattr__(self, name):
        try:
            return self.objects[name]
        except KeyError as error:
            raise AttributeError(name) from error


def make_superuser(email="beheerder@example.org") -> User:
    return make_user(email, first_name="Bea", last_name="Beheerder", superuser=True)


def logged_in_client(user=None, **client_options) -> Client:
    """A client for `user` (anonymous without); with an authenticator app, as after its code."""
    client = Client(**client_options)
    if user is not None:
        client.force_login(user)
        if Authenticator.objects.filter(user=user).exists():
            confirm_second_factor(client, user)
    return client


def build_world() -> World:
    """Create every object the suites visit; return them by name."""
    world = World()
    users = world.users
    users["pending"] = make_user(
        "wachtend@example.org", first_name="Wim", last_name="Wachtend", approved=False
    )
    users["member"] = make_user("lid@example.org", first_name="Lotte", last_name="de Lid")
    users["other"] = make_user("ander@example.org", first_name="Otto", last_name="Anderlid")
    users["trekker"] = make_user(
        "trekker@example.org", first_name="Tessa", last_name="Trekker", trekker=True
    )
    users["superuser"] = make_superuser()

    now = timezone.now()
    today = timezone.localdate()
    o = world.objects
    o["organisation"] = make_organisation("Veilig Thuis Haaglanden")
    # The member's own profile is hidden from other members; the colleague's is visible.
    o["own_profile"] = make_profile(users["member"], visible=False, organisation=o["organisation"])
    o["own_profile"].photo.save("eigen.jpg", jpeg_photo(), save=True)
    o["colleague_profile"] = make_profile(
        users["other"], visible=True, organisation=o["organisation"]
    )
    o["colleague_profile"].photo.save("collega.jpg", jpeg_photo(), save=True)
    Consent.objects.create(
        user=users["member"],
        subject=Consent.Subject.PRIVACY_STATEMENT,
        version="1",
        text="Akkoord met de verklaring.",
    )

    o["meeting"] = make_meeting(
        "Kwartaalbijeenkomst voorjaar",
        slug="kwartaal-voorjaar",
        starts_at=local_datetime(20),
        online_url=ONLINE_LINK,
        registration_opens_at=now - timedelta(days=5),
    )
    make_agenda_item(o["meeting"], "Opening", presenter_profile=o["colleague_profile"])
    o["registration"] = make_registration(o["meeting"], users["member"])
    o["past_meeting"] = make_meeting(
        "Kennissessie najaar", slug="kennissessie-najaar", starts_at=local_datetime(-40)
    )
    o["published_report"] = make_report(
        o["past_meeting"], published=True, published_at=now - timedelta(days=30)
    )
    # An open reflection question of the published report, with the member's answer that
    # waits for a trekker: only its author may see it (in their own form).
    o["reflection"] = Reflection.objects.create(
        report=o["published_report"], question="Wat neem je mee?"
    )
    o["reflection_opening"] = ReflectionOpening.objects.create(reflection=o["reflection"])
    o["reflection_answer"] = ReflectionAnswer.objects.create(
        reflection=o["reflection"], author=users["member"], text=PENDING_ANSWER_TEXT
    )
    o["attendance"] = Attendance.objects.create(
        meeting=o["past_meeting"], name="Wendy Binnenloper", is_walk_in=True
    )
    o["kwartiertje_offer"] = KwartiertjeOffer.objects.create(
        member=users["member"], topic="Het gezinsplan", description="Hoe wij werken."
    )
    make_agenda_item(o["past_meeting"], "LNW-kwartiertje", kind=AgendaItem.Kind.KWARTIERTJE)
    o["draft_meeting"] = make_meeting(
        "Werkgroep winter", slug="werkgroep-winter", starts_at=local_datetime(-10)
    )
    o["draft_report"] = make_report(o["draft_meeting"], published=False, summary=DRAFT_REPORT_TEXT)
    # The member takes up a follow-up action of the past meeting and was invited to evaluate
    # it; the other member already did.
    o["action"] = Action.objects.create(
        meeting=o["past_meeting"],
        description="Een vragenlijst naar de gemeenten sturen.",
        owner_member=users["member"],
    )
    o["evaluation"] = Evaluation.objects.create(meeting=o["past_meeting"])
    o["evaluation_token"], o["used_evaluation_token"] = (
        Invitation.new_token(),
        Invitation.new_token(),
    )
    for user, token, used_at in [
        (users["member"], o["evaluation_token"], None),
        (users["other"], o["used_evaluation_token"], now),
    ]:
        Invitation.objects.create(
            evaluation=o["evaluation"],
            user=user,
            token_hash=Invitation.token_hash_of(token),
            used_at=used_at,
        )
    o["factsheet"] = make_factsheet(
        o["past_meeting"], title="Factsheet scheiding", slug="factsheet-scheiding"
    )
    o["future_factsheet"] = make_factsheet(
        o["past_meeting"],
        title="Factsheet komt nog",
        slug="factsheet-komt-nog",
        published_on=today + timedelta(days=30),
    )

    o["entry"] = make_entry("ouderverstoting", status=Entry.Status.ESTABLISHED, themes=["taal"])
    o["entry"].image.save("beeld.jpg", jpeg_photo(), save=True)
    o["draft_entry"] = make_entry("loyaliteitsconflict", status=Entry.Status.DRAFT)
    EntryChange.objects.create(
        entry=o["entry"], entry_name="ouderverstoting", action="created", summary="Nieuw."
    )

    agenda = make_agenda("Opleidingsagenda")
    o["agenda"] = agenda
    o["project"] = make_project("Taal rondom scheiding", agendas=[agenda])
    o["proposal"] = make_project(
        "Voorstel van Lotte",
        status=Project.Status.IDEA,
        review=Project.Review.PROPOSED,
        description=PROPOSAL_TEXT,
        proposed_by=users["member"],
    )
    o["idea"] = make_project(
        "Idee van de trekkers", status=Project.Status.IDEA, description=IDEA_TEXT
    )
    o["document"] = ProjectDocument.objects.create(
        project=o["project"], title="Eindrapport", file=pdf_upload("eindrapport.pdf")
    )
    o["proposal_document"] = ProjectDocument.objects.create(
        project=o["proposal"], title="Schets", file=pdf_upload("schets.pdf")
    )
    o["theme"] = make_theme("Cultuursensitief werken", proposed_by=users["member"])

    # The kennisbank: a public, a members-only and a draft publication, each with a PDF.
    o["publication"] = make_publication(
        "Denkkader verbinding en vertrouwen",
        slug="denkkader",
        meetings=[o["past_meeting"]],
        projects=[o["project"]],
        terms=[o["entry"]],
    )
    o["members_publication"] = make_publication(
        f"Handelingskader {MEMBERS_PUBLICATION_TEXT}", slug="handelingskader", members_only=True
    )
    o["draft_publication"] = make_publication(
        f"Toolkit {DRAFT_PUBLICATION_TEXT}", slug="toolkit", published=False
    )
    o["publication_file"] = make_publication_file(o["publication"])
    o["members_publication_file"] = make_publication_file(o["members_publication"])
    o["draft_publication_file"] = make_publication_file(o["draft_publication"])
    o["news_item"] = make_news_item("Interview met de kwartiermaker", slug="interview")
    o["members_news"] = make_news_item(
        f"Nieuws {MEMBERS_NEWS_TEXT}", slug="ledennieuws", members_only=True
    )
    o["draft_news"] = make_news_item("Nieuws in concept", slug="conceptnieuws", published=False)
    o["image_card"] = make_image_card("Samen", slug="samen", terms=[o["entry"]])
    o["tag"] = Tag.objects.get(name="taal")
    o["group"] = Group.objects.get(name="Trekkers")
    # One mail in the outbox, as the registration above would have queued.
    send_mail(users["member"].email, "Je aanmelding", "members/email/signup_waiting.txt", {})
    # The member's secret calendar address, and a mail a trekker sent to the registrants.
    o["calendar_link"] = CalendarLink.objects.create(user=users["member"])
    o["mailing"] = Mailing.objects.create(
        meeting=o["meeting"],
        audience=Mailing.Audience.ACTIVE,
        subject="Praktische informatie",
        body="Neem je laptop mee.",
        sent_by=users["trekker"],
    )
    MailingRecipient.objects.create(
        mailing=o["mailing"], user=users["member"], email=users["member"].email
    )
    return world


def first_object_of(model):
    """Return an object of `model` to open in the admin: the world has one of each."""
    preferred = {
        User: lambda: User.objects.get(email="wachtend@example.org"),
        Profile: lambda: Profile.objects.get(user__email="lid@example.org"),
        Organisation: lambda: Organisation.objects.order_by("pk").first(),
        Registration: lambda: Registration.objects.order_by("pk").first(),
        Report: lambda: Report.objects.order_by("pk").first(),
    }
    if model in preferred:
        return preferred[model]()
    return model._default_manager.order_by("pk").first()


def build_once(django_db_blocker, media_root, build):
    """Run `build` at the suite's pinned instant in a transaction; yield, then roll it back."""
    from django.conf import settings

    original_media_root = settings.MEDIA_ROOT
    settings.MEDIA_ROOT = media_root
    with (
        django_db_blocker.unblock(),
        time_machine.travel(pinned_now(), tick=True),
        transaction.atomic(),
    ):
        try:
            yield build()
        finally:
            transaction.set_rollback(True)
            settings.MEDIA_ROOT = original_media_root
