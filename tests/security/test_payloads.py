"""Hostile texts in every field a member or trekker fills come back inert from every place.

Members write through the site's own forms (profile, project proposal, theme, joining a
project, registering, the taalcheck); trekkers' content (meetings with agenda and report,
factsheets, glossary entries, projects with links, documents and updates) is written as the
admin would: each field cleaned by the model's own validation, refused values left out. Then
every page, admin list and form, feed, calendar, CSV, JSON answer and e-mail that shows the
values is read back: 0 executable markup, 0 formula cells, 0 raw line breaks, 0 answers 500.
"""

import io
import json
import zipfile
from dataclasses import dataclass, field
from urllib.parse import urlencode

import pytest
import time_machine
from django.core import mail
from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.db import transaction
from django.test import TestCase
from django.urls import reverse
from django.utils import timezone

from glossary.models import AudienceNote, Entry, Label, Meaning, Source
from meetings.models import (
    AgendaItem,
    Factsheet,
    FollowUp,
    Goal,
    GoodToKnow,
    Meeting,
    Reflection,
    Report,
    ReportSection,
    Subgroup,
)
from members.models import Perspective, Profile, Region, User
from projects import services as project_services
from projects.models import Project, ProjectDocument, ProjectLink, ProjectUpdate
from search.registry import indexing_paused, rebuild_index
from tests.conftest import pinned_now, sent_mail
from tests.factories import make_user, signup_data
from tests.meetings.factories import pdf_upload
from tests.security.payloads import (
    PAYLOADS,
    executable_markup,
    feed_problems,
    formula_cells,
    header_problems,
    ics_problems,
    scripts_of,
)
from tests.security.world import build_once, logged_in_client, make_superuser

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
    entries: list = field(default_factory=list)
    projects: list = field(default_factory=list)
    proposals: list = field(default_factory=list)
    profiles: list = field(default_factory=list)
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


def _client(user=None):
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
    ]
    for url in pages:
        world.clean_scripts |= scripts_of(trekker_client.get(url).content.decode())
    for url in [
        reverse("meetings:meeting_ics", args=[meeting.slug]),
        reverse("meetings:agenda_ics"),
    ]:
        for line in trekker_client.get(url).content.decode().replace("\r\n ", "").split("\r\n"):
            if line:
                world.clean_ics_names.add(line.split(":")[0].split(";")[0].upper())


def _member_writes(world, number, payload, project_to_join):
    member = make_user(f"payload{number}@example.org", first_name="Lid", last_name=str(number))
    world.members.append(member)
    client = _client(member)
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
        _client(),
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
    trekker_saves(Reflection(report=report), question=payload, answers=payload)
    trekker_saves(FollowUp(report=report), action=payload, owner=payload)
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


def build_payload_world() -> PayloadWorld:
    trekker = make_user(
        "trekker@example.org", first_name="Tessa", last_name="Trekker", trekker=True
    )
    world = PayloadWorld(trekker=trekker, superuser=make_superuser())
    trekker_client = _client(trekker)
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
    rebuild_index()
    world.outbox = list(sent_mail())
    return world


@pytest.fixture(scope="module")
def payload_world(django_db_setup, django_db_blocker, security_media_root):
    yield from build_once(django_db_blocker, security_media_root, build_payload_world)


@pytest.fixture(scope="module")
def readers(payload_world, django_db_blocker):
    with django_db_blocker.unblock(), time_machine.travel(pinned_now(), tick=True):
        return {
            "anonymous": _client(),
            "member": _client(payload_world.members[0]),
            "trekker": _client(payload_world.trekker),
            "superuser": _client(payload_world.superuser),
        }


def _problems_on_pages(readers, world, urls, roles=("trekker",)):
    problems = {}
    for url in urls:
        for role in roles:
            response = readers[role].get(url)
            if response.status_code >= 500:
                problems[f"{role} {url}"] = [f"status {response.status_code}"]
                continue
            found = executable_markup(response.content.decode(), world.clean_scripts)
            if found:
                problems[f"{role} {url}"] = found
    return problems


# -- Writing -------------------------------------------------------------------------------


def test_the_suite_tries_at_least_thirty_payloads():
    assert len(PAYLOADS) >= 30


def test_member_forms_answer_every_payload_without_a_500_and_echo_it_inert(payload_world, db):
    problems = {}
    for what, status, html in payload_world.form_answers:
        if status >= 500:
            problems[what] = [f"status {status}"]
        elif found := executable_markup(html, payload_world.clean_scripts):
            problems[what] = found
    assert not problems, report(problems)


# -- Pages ---------------------------------------------------------------------------------


def test_lists_show_every_payload_inert(payload_world, readers, db):
    urls = [
        "/",
        reverse("meetings:index"),
        reverse("meetings:index") + "?page=2",
        reverse("meetings:factsheets"),
        reverse("projects:index"),
        reverse("themes:index"),
        reverse("members:directory"),
        reverse("members:directory") + "?page=2",
        reverse("glossary:index"),
        reverse("glossary:tipsheet"),
        reverse("network:organisations"),
    ]
    problems = _problems_on_pages(readers, payload_world, urls, roles=("anonymous", "trekker"))
    assert not problems, report(problems)


def test_detail_pages_show_every_payload_inert(payload_world, readers, db):
    world = payload_world
    urls = [
        *(meeting.get_absolute_url() for meeting in world.meetings),
        *(meeting.get_absolute_url() for meeting in world.past_meetings),
        *(project.get_absolute_url() for project in world.projects),
        *(project.get_absolute_url() for project in world.proposals),
        *(entry.get_absolute_url() for entry in world.entries),
        *(reverse("members:profile", args=[profile.pk]) for profile in world.profiles),
    ]
    problems = _problems_on_pages(readers, world, urls)
    assert not problems, report(problems)


def test_search_boxes_echo_every_payload_inert(payload_world, readers, db):
    urls = []
    for payload in PAYLOADS:
        urls += [
            reverse("search") + "?" + urlencode({"q": payload}),
            reverse("glossary:lookup") + "?" + urlencode({"q": payload, "alle": "1"}),
            reverse("members:directory") + "?" + urlencode({"q": payload}),
        ]
    problems = _problems_on_pages(readers, payload_world, urls)
    assert not problems, report(problems)


def test_admin_lists_and_forms_show_every_payload_inert(payload_world, readers, db):
    world = payload_world
    models = ["meeting", "report", "factsheet", "registration"]
    urls = [reverse(f"admin:meetings_{name}_changelist") for name in models]
    urls += [reverse(f"admin:glossary_{name}_changelist") for name in ["entry", "entrychange"]]
    urls += [reverse(f"admin:projects_{name}_changelist") for name in ["project", "theme"]]
    urls += [reverse(f"admin:members_{name}_changelist") for name in ["user", "profile"]]
    objects = {
        Meeting: world.meetings,
        Report: world.reports,
        Entry: world.entries,
        Project: world.projects,
        Profile: world.profiles,
        Factsheet: world.factsheets,
    }
    # Change forms are slow to render: every third payload, each model in turn (the lists
    # above show every payload in every model's columns).
    for number in range(0, len(PAYLOADS), 3):
        model = ADMIN_CHANGE_MODELS[(number // 3) % len(ADMIN_CHANGE_MODELS)]
        obj = objects[model][number]
        urls.append(
            reverse(f"admin:{model._meta.app_label}_{model._meta.model_name}_change", args=[obj.pk])
        )
    problems = _problems_on_pages(readers, world, urls, roles=("superuser",))
    assert not problems, report(problems)


# -- Feeds, calendars, exports, APIs, e-mail ----------------------------------------------


def test_atom_feed_is_well_formed_and_inert(payload_world, readers, db):
    response = readers["anonymous"].get(reverse("meetings:feed"))
    assert response.status_code == 200
    problems = feed_problems(response.content, payload_world.clean_scripts)
    assert not problems, report({"feed": problems})


def test_calendars_keep_every_payload_inside_its_own_property(payload_world, readers, db):
    world = payload_world
    urls = [reverse("meetings:agenda_ics")]
    urls += [reverse("meetings:meeting_ics", args=[m.slug]) for m in world.meetings]
    problems = {}
    for url in urls:
        response = readers["anonymous"].get(url)
        if response.status_code != 200:
            problems[url] = [f"status {response.status_code}"]
        elif found := ics_problems(response.content, world.clean_ics_names):
            problems[url] = found
    assert not problems, report(problems)


def _admin_action(client, changelist, action, pks):
    return client.post(changelist, {"action": action, "_selected_action": [str(pk) for pk in pks]})


def test_csv_exports_hold_no_formula_cells(payload_world, readers, db):
    world = payload_world
    superuser, trekker = readers["superuser"], readers["trekker"]
    # The member and registration lists use ";" (Dutch Excel), the glossary ",".
    exports = {
        "member list": trekker.get(reverse("members:export")),
        "member list (admin)": _admin_action(
            superuser,
            reverse("admin:members_user_changelist"),
            "export_member_list",
            [member.pk for member in world.members],
        ),
        "glossary": readers["anonymous"].get(
            reverse("glossary:export", kwargs={"extension": "csv"})
        ),
        "registrations (admin)": _admin_action(
            superuser,
            reverse("admin:meetings_meeting_changelist"),
            "export_registrations_csv",
            [meeting.pk for meeting in world.meetings],
        ),
    }
    problems = {}
    for name, response in exports.items():
        if response.status_code != 200 or "csv" not in response.get("Content-Type", ""):
            problems[name] = [f"status {response.status_code} {response.get('Content-Type')}"]
        elif found := formula_cells(
            response.content.decode("utf-8"), "," if name == "glossary" else ";"
        ):
            problems[name] = found
    assert not problems, report(problems)


def _data_export(number, response):
    """The data export is JSON, or a zip with the JSON and the photo; return its JSON parts."""
    what, content_type = f"data export #{number}", response.get("Content-Type", "")
    if response.status_code != 200 or "zip" not in content_type:
        return [(what, response.status_code, content_type, response.content)]
    body = b"".join(response.streaming_content) if response.streaming else response.content
    with zipfile.ZipFile(io.BytesIO(body)) as archive:
        return [
            (f"{what} {name}", 200, "application/json", archive.read(name))
            for name in archive.namelist()
            if name.endswith(".json")
        ] or [(what, 200, "zip without JSON", b"")]


def test_json_answers_parse_and_say_they_are_json(payload_world, readers, db):
    world = payload_world
    answers = list(world.json_answers)
    urls = [reverse("glossary_api:list"), reverse("glossary:export", args=["jsonld"])]
    urls += [f"{reverse('glossary_api:list')}?{urlencode({'q': payload})}" for payload in PAYLOADS]
    urls += [reverse("glossary_api:detail", args=[entry.slug]) for entry in world.entries]
    for url in urls:
        response = readers["anonymous"].get(url)
        answers.append((url, response.status_code, response["Content-Type"], response.content))
    for number, member in enumerate(world.members):
        answers += _data_export(number, _client(member).get(reverse("members:download_my_data")))
    problems = {}
    for what, status, content_type, body in answers:
        if status >= 500 or "json" not in content_type:
            problems[what] = f"status {status}, {content_type}"
            continue
        try:
            json.loads(body)
        except ValueError:
            problems[what] = "not JSON"
    assert not problems, report(problems)


def test_emails_carry_no_line_breaks_in_their_headers(payload_world, db):
    assert len(payload_world.outbox) >= len(PAYLOADS), "every registration sends an e-mail"
    problems = {}
    for number, message in enumerate(payload_world.outbox):
        found = header_problems(message)
        for attachment in message.attachments:
            name, content, mimetype = attachment
            if mimetype == "text/calendar":
                body = content if isinstance(content, bytes) else content.encode()
                found += ics_problems(body, payload_world.clean_ics_names)
        if found:
            problems[f"#{number} {message.subject[:40]!r}"] = found
    assert not problems, report(problems)
