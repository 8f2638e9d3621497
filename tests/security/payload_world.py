"""The world of the payload suite: every payload written into every field, as members write
through the site's forms and trekkers through the admin's validation (test_payloads.py reads
it back from every place that shows it)."""

import json
from dataclasses import dataclass, field

from django.core import mail
from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.db import transaction
from django.test import TestCase
from django.urls import reverse
from django.utils import timezone

from followup.models import Action, Evaluation, Invitation
from glossary.models import AudienceNote, Entry, Label, Meaning, Source
from meetings.calendar import invitation
from meetings.models import (
    AgendaItem,
    Factsheet,
    FollowUp,
    Goal,
    GoodToKnow,
    Mailing,
    Meeting,
    Reflection,
    Report,
    ReportSection,
    Subgroup,
)
from meetings.reminders import send_due_reminders
from meetings.services import meeting_changed
from members.models import Perspective, Profile, Region, User
from notifications.services import send_digests, send_direct_notifications
from participation.models import ReflectionAnswer, ReflectionOpening
from projects import services as project_services
from projects.models import Project, ProjectDocument, ProjectLink, ProjectUpdate
from search.registry import indexing_paused, rebuild_index
from tests.conftest import sent_mail
from tests.factories import make_user, signup_data
from tests.meetings.factories import pdf_upload
from tests.security.payloads import (
    PAYLOADS,
    scripts_of,
)
from tests.security.world import logged_in_client, make_superuser

DAY = timezone.timedelta(days=1)
# The admin's change form is the slowest page; payloads are opened in these in turn.
ADMIN_CHANGE_MODELS = [Meeting, Report, Entry, Project, Profile, Factsheet]


@dataclass
class PayloadWorld:
    trekker: User
    superuser: User
    members: list = field(default_factory=list)
    meetings: list = field(default_factory=list)
    past_meetings: list = field(default_factory=list)
    reports: list = field(default_factory=list)
    factsheets: list = field(default_factory=list)
    mailings: list = field(default_factory=list)
    entries: list = field(default_factory=list)
    projects: list = field(default_factory=list)
    proposals: list = field(default_factory=list)
    profiles: list = field(default_factory=list)
    actions: list = field(default_factory=list)
    evaluations: list = field(default_factory=list)
    evaluation_tokens: list = field(default_factory=list)  # unused links, to open the form
    form_answers: list = field(default_factory=list)  # (what, status, html)
    json_answers: list = field(default_factory=list)  # (what, status, content type, body)
    outbox: list = field(default_factory=list)
    clean_scripts: set = field(default_factory=set)
    clean_ics_names: set = field(default_factory=set)


def _fit(model, name, value):
    max_length = getattr(model._meta.get_field(name), "max_length", None)
    return value[:max_length] if max_length else value


def trekker_saves(obj, fallback="veilig", **values):
    """Save `obj` with `values` as the admin would: each field cleaned, refused ones left out."""
    for name, value in values.items():
        setattr(obj, name, _fit(type(obj), name, value))
    others = [f.name for f in obj._meta.fields if f.name not in values]
    try:
        obj.clean_fields(exclude=others)
    except ValidationError as error:
        for name in error.message_dict:
            model_field = obj._meta.get_field(name)
            setattr(obj, name, "" if model_field.blank else fallback)
    obj.save()
    return obj


def report(problems: dict) -> str:
    """Say per place what was found, a few examples each, so a failure names every place."""
    lines = [f"{len(problems)} place(s) with problems:"]
    for place, found in problems.items():
        found = found if isinstance(found, list) else [found]
        lines.append(f"  {place}: {found[:3]}{' …' if len(found) > 3 else ''}")
    return "\n".join(lines)


def payload_client(user=None):
    return logged_in_client(user, raise_request_exception=False)


def _record_form(world, what, response):
    world.form_answers.append((what, response.status_code, response.content.decode()))


def _post(client, url, data, **extra):
    """POST inside a savepoint, so that a request that fails leaves the module's data usable."""
    savepoint = transaction.savepoint()
    response = client.post(url, data, **extra)
    if response.status_code >= 500:
        transaction.savepoint_rollback(savepoint)
    else:
        transaction.savepoint_commit(savepoint)
    return response


def _record_json(world, what, response):
    world.json_answers.append(
        (what, response.status_code, response.get("Content-Type", ""), response.content)
    )


def _clean_baseline(world, trekker_client):
    """Scripts and calendar properties of clean pages: what we put there ourselves."""
    meeting = Meeting.objects.create(
        title="Schone bijeenkomst",
        slug="schone-bijeenkomst",
        starts_at=timezone.now() + 10 * DAY,
        ends_at=timezone.now() + 10 * DAY + timezone.timedelta(hours=2),
        venue="Den Haag",
        introduction="Een **gewone** tekst.",
        registration_opens_at=timezone.now() - DAY,
    )
    pages = [
        "/",
        meeting.get_absolute_url(),
        reverse("projects:index"),
        reverse("glossary:index"),
        reverse("taalcheck:check"),
        reverse("admin:meetings_meeting_change", args=[meeting.pk]),
        reverse("admin:meetings_meeting_changelist"),
        reverse("admin:members_profile_changelist"),
        reverse("admin:glossary_entry_add"),
        reverse("admin:projects_project_add"),
        reverse("admin:meetings_report_add"),
        reverse("admin:meetings_factsheet_add"),
        reverse("admin:meetings_meeting_mail", args=[meeting.pk]),
    ]
    for url in pages:
        world.clean_scripts |= scripts_of(trekker_client.get(url).content.decode())
    calendars = [
        trekker_client.get(url).content
        for url in [
            reverse("meetings:meeting_ics", args=[meeting.slug]),
            reverse("meetings:agenda_ics"),
        ]
    ]
    # The calendar file of a change or cancellation mail adds ORGANIZER and ATTENDEE.
    calendars.append(invitation(meeting, "REQUEST", email="schoon@example.org"))
    for content in calendars:
        for line in content.decode().replace("\r\n ", "").split("\r\n"):
            if line:
                world.clean_ics_names.add(line.split(":")[0].split(";")[0].upper())


def _member_writes(world, number, payload, project_to_join):
    member = make_user(f"payload{number}@example.org", first_name="Lid", last_name=str(number))
    world.members.append(member)
    client = payload_client(member)
    response = _post(
        client,
        reverse("members:edit_profile"),
        {
            "first_name": payload,
            "last_name": payload,
            "perspectives": [Perspective.PRACTICE],
            "function": payload,
            "region": Region.HAAGLANDEN,
            "network_role": "member",
            "themes": payload,
            "bio": payload,
            "contact_preference": "email",
            "visible_to_members": "on",
            "consent": "on",
        },
    )
    _record_form(world, f"profile form #{number}", response)
    if response.status_code != 302:
        # The form refused the payload; the profile still has to exist to be read back.
        Profile.objects.get_or_create(user=member)
        trekker_saves(member.profile, bio=payload, function=payload, completed_at=timezone.now())
    world.profiles.append(Profile.objects.get(user=member))

    # Sign-up: what a trekker reads in the account list before approving.
    response = _post(
        payload_client(),
        reverse("account_signup"),
        signup_data(f"aanmelding{number}@example.org", first_name=payload, motivation=payload),
    )
    _record_form(world, f"sign-up #{number}", response)

    response = _post(
        client,
        reverse("projects:propose"),
        {
            "title": payload,
            "summary": payload,
            "aim": payload,
            "description": payload,
            "proposal_note": payload,
        },
    )
    _record_form(world, f"project proposal #{number}", response)
    proposal = Project.objects.filter(proposed_by=member).first()
    if proposal is not None:
        project_services.accept_proposal(proposal)
        world.proposals.append(proposal)

    response = _post(
        client,
        reverse("themes:propose"),
        {"title": payload, "explanation": f"{payload} Dit thema wil ik graag bespreken."},
    )
    _record_form(world, f"theme #{number}", response)

    response = _post(
        client, reverse("projects:join", args=[project_to_join.slug]), {"motivation": payload}
    )
    _record_form(world, f"join project #{number}", response)

    cache.clear()  # the taalcheck's rate limit is not what this suite tests
    response = _post(client, reverse("taalcheck:check"), {"text": payload})
    _record_form(world, f"taalcheck #{number}", response)
    response = _post(
        client,
        reverse("taalcheck_api:check"),
        json.dumps({"text": payload}),
        content_type="application/json",
    )
    _record_json(world, f"taalcheck API #{number}", response)
    return client


def _trekker_writes(world, number, payload):
    now = timezone.now()
    meeting = trekker_saves(
        Meeting(
            slug=f"payload-bijeenkomst-{number}",
            starts_at=now + (5 + number) * DAY,
            ends_at=now + (5 + number) * DAY + timezone.timedelta(hours=2),
            registration_opens_at=now - DAY,
        ),
        title=payload,
        venue=payload,
        address=payload,
        introduction=payload,
        online_url=payload,
    )
    world.meetings.append(meeting)
    trekker_saves(Goal(meeting=meeting), text=payload)
    trekker_saves(
        AgendaItem(meeting=meeting),
        title=payload,
        presenter_name=payload,
        presenter_organisation=payload,
        description=payload,
    )
    trekker_saves(GoodToKnow(meeting=meeting), title=payload, url=payload, description=payload)

    past = trekker_saves(
        Meeting(
            slug=f"payload-verleden-{number}",
            starts_at=now - (40 + number) * DAY,
            ends_at=now - (40 + number) * DAY + timezone.timedelta(hours=2),
        ),
        title=payload,
        cancellation_reason=payload,
    )
    world.past_meetings.append(past)
    report = trekker_saves(
        Report(meeting=past, status=Report.Status.PUBLISHED, published_at=now - 30 * DAY),
        summary=payload,
    )
    world.reports.append(report)
    trekker_saves(ReportSection(report=report), heading=payload, body=payload)
    trekker_saves(Subgroup(report=report), name=payload, topic=payload, points=payload)
    reflection = trekker_saves(Reflection(report=report), question=payload, answers=payload)
    ReflectionOpening.objects.create(reflection=reflection)
    trekker_saves(FollowUp(report=report), action=payload, owner=payload)
    world.actions.append(
        trekker_saves(Action(meeting=past), description=payload, owner_name=payload, note=payload)
    )
    world.actions[-1].themes.add(payload[:60].strip() or "leeg")
    world.evaluations.append(
        trekker_saves(Evaluation(meeting=past), extra_questions=payload, published_summary=payload)
    )
    world.factsheets.append(
        trekker_saves(
            Factsheet(meeting=past, slug=f"payload-factsheet-{number}", file=pdf_upload()),
            title=payload,
            description=payload,
        )
    )

    entry = trekker_saves(
        Entry(slug=f"payload-begrip-{number}", status=Entry.Status.ESTABLISHED),
        definition=payload,
        explanation=payload,
        exceptions=payload,
        image_description=payload,
        image_credit=payload,
    )
    world.entries.append(entry)
    trekker_saves(Label(entry=entry, kind=Label.Kind.PREFERRED), text=f"{number} {payload}")
    trekker_saves(
        Label(entry=entry, kind=Label.Kind.DISCOURAGED),
        text=f"afgeraden {number} {payload}",
        reason=payload,
        source=payload,
    )
    trekker_saves(AudienceNote(entry=entry, audience="parents"), text=payload)
    trekker_saves(Meaning(entry=entry, perspective="Veilig Thuis"), text=payload)
    trekker_saves(Source(entry=entry), title=payload, url=payload)
    entry.themes.add(payload[:60].strip() or "leeg")

    project = trekker_saves(
        Project(
            slug=f"payload-project-{number}",
            status=Project.Status.RUNNING,
            review=Project.Review.ACCEPTED,
        ),
        title=payload,
        summary=payload,
        aim=payload,
        description=payload,
    )
    project.trekkers.add(world.trekker)
    world.projects.append(project)
    trekker_saves(ProjectLink(project=project), fallback="/begrippen/", title=payload, url=payload)
    trekker_saves(
        ProjectLink(project=project, url="/begrippen/"), title="Link", description=payload
    )
    trekker_saves(
        ProjectDocument(project=project, file=pdf_upload()), title=payload, description=payload
    )
    trekker_saves(ProjectUpdate(project=project, author=world.trekker), text=payload)


def _trekker_informs_registrants(world, trekker_client, number, payload, meeting):
    """A mailing with the payload (preview, then send), a reminder and a change mail."""
    url = reverse("admin:meetings_meeting_mail", args=[meeting.pk])
    for step in ("voorbeeld", "versturen"):
        data = {"stap": step, "audience": "active", "subject": payload, "body": payload}
        response = _post(trekker_client, url, data, follow=True)
        _record_form(world, f"mailing registrants ({step}) #{number}", response)
    world.mailings += list(Mailing.objects.filter(meeting=meeting))
    send_due_reminders(now=meeting.starts_at - DAY + timezone.timedelta(minutes=1))
    # A new time or place: the registrant gets METHOD:REQUEST with the payload inside.
    meeting_changed(meeting, ["venue"])


def _invitation_token(evaluation, user) -> str:
    token = Invitation.new_token()
    Invitation.objects.create(
        evaluation=evaluation, user=user, token_hash=Invitation.token_hash_of(token)
    )
    return token


def _member_follows_up(world, number, payload, client, member):
    """The member updates an action they own and answers an evaluation with the payload."""
    action = world.actions[-1]
    action.owner_member = member
    action.save(update_fields=["owner_member"])
    response = _post(client, action.get_absolute_url(), {"status": "under_way", "note": payload})
    _record_form(world, f"action status #{number}", response)
    evaluation = world.evaluations[-1]
    token = _invitation_token(evaluation, member)
    answers = {"overall": payload, "format_fit": "yes", "keep": payload, "change": payload}
    response = _post(payload_client(), reverse("followup:evaluate", args=[token]), answers)
    _record_form(world, f"evaluation with a bad score #{number}", response)
    answers["overall"] = "3"
    extra = {f"extra_{n}": payload for n in range(1, len(evaluation.question_list()) + 1)}
    response = _post(
        payload_client(), reverse("followup:evaluate", args=[token]), {**answers, **extra}
    )
    _record_form(world, f"evaluation #{number}", response)
    world.evaluation_tokens.append(_invitation_token(evaluation, world.trekker))


def _participation_writes(world, number, payload, member_client, trekker_client):
    """A member answers the open reflection and offers a kwartiertje; a trekker adds a walk-in."""
    past = world.past_meetings[-1]
    reflection = Reflection.objects.get(report__meeting=past)
    response = _post(
        member_client,
        reverse("participation:answer_reflection", args=[past.slug, reflection.pk]),
        {"text": payload, "show_name": "on"},
    )
    _record_form(world, f"reflection answer #{number}", response)
    response = _post(
        member_client,
        reverse("participation:kwartiertje"),
        {"topic": payload, "description": payload},
    )
    _record_form(world, f"kwartiertje offer #{number}", response)
    response = _post(
        trekker_client,
        reverse("participation:attendance", args=[past.slug]),
        {
            "action": "walk_in",
            "name": payload,
            "organisation": payload,
            "perspective": Perspective.POLICY,
            "region": Region.HAAGLANDEN,
        },
    )
    _record_form(world, f"walk-in #{number}", response)


def build_payload_world() -> PayloadWorld:
    trekker = make_user(
        "trekker@example.org", first_name="Tessa", last_name="Trekker", trekker=True
    )
    world = PayloadWorld(trekker=trekker, superuser=make_superuser())
    trekker_client = payload_client(trekker)
    _clean_baseline(world, trekker_client)
    shared_project = Project.objects.create(
        title="Gedeeld project",
        slug="gedeeld-project",
        summary="Iedereen haakt aan.",
        aim="Samen.",
        status=Project.Status.RUNNING,
        review=Project.Review.ACCEPTED,
    )
    shared_project.trekkers.add(trekker)
    mail.outbox = []
    # The search index follows every save; one rebuild at the end saves most of the time.
    with (
        indexing_paused(),
        TestCase.captureOnCommitCallbacks(execute=True),
    ):
        for number, payload in enumerate(PAYLOADS):
            _trekker_writes(world, number, payload)
            client = _member_writes(world, number, payload, shared_project)
            _member_follows_up(world, number, payload, client, world.members[-1])
            meeting = world.meetings[-1]
            # An impossible choice is refused on the meeting page; then a real registration.
            response = _post(
                client, reverse("meetings:register", args=[meeting.slug]), {"attendance": payload}
            )
            _record_form(world, f"registration with a bad choice #{number}", response)
            response = _post(
                client, reverse("meetings:register", args=[meeting.slug]), {"attendance": "online"}
            )
            _record_form(world, f"registration #{number}", response)
            _trekker_informs_registrants(world, trekker_client, number, payload, meeting)
            _participation_writes(world, number, payload, client, trekker_client)
        # Approved, the answers appear in the public report, with the member's name.
        ReflectionAnswer.objects.update(status=ReflectionAnswer.Status.APPROVED)
    rebuild_index()
    # What the worker mails about all this: direct notifications and every member's digest.
    send_direct_notifications()
    send_digests(until=timezone.now())
    world.outbox = list(sent_mail())
    return world
