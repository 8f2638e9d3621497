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
from urllib.parse import urlencode

import pytest
import time_machine
from django.urls import reverse

from followup.models import ActionChange, Response
from glossary.models import Entry
from meetings.models import (
    CalendarLink,
    Factsheet,
    Meeting,
    Report,
)
from members.models import Profile
from participation.models import Attendance, KwartiertjeOffer, ReflectionAnswer
from projects.models import Project
from tests.conftest import pinned_now
from tests.security.payload_world import (
    ADMIN_CHANGE_MODELS,
    build_payload_world,
    payload_client,
    report,
)
from tests.security.payloads import (
    PAYLOADS,
    executable_markup,
    feed_problems,
    formula_cells,
    header_problems,
    ics_problems,
)
from tests.security.world import build_once


@pytest.fixture(scope="module")
def payload_world(django_db_setup, django_db_blocker, security_media_root):
    yield from build_once(django_db_blocker, security_media_root, build_payload_world)


@pytest.fixture(scope="module")
def readers(payload_world, django_db_blocker):
    with django_db_blocker.unblock(), time_machine.travel(pinned_now(), tick=True):
        return {
            "anonymous": payload_client(),
            "member": payload_client(payload_world.members[0]),
            "trekker": payload_client(payload_world.trekker),
            "superuser": payload_client(payload_world.superuser),
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


def test_follow_up_pages_show_every_payload_inert(payload_world, readers, db):
    world = payload_world
    # The members' notes and answers went in through the site's forms, not around them.
    assert ActionChange.objects.count() >= len(PAYLOADS) // 2
    assert Response.objects.count() >= len(PAYLOADS) // 2
    urls = [
        reverse("followup:index"),
        reverse("followup:index") + "?page=2",
        *(action.get_absolute_url() for action in world.actions),
        *(reverse("followup:evaluate", args=[token]) for token in world.evaluation_tokens),
    ]
    problems = _problems_on_pages(readers, world, urls, roles=("member", "trekker"))
    admin_urls = [
        reverse("admin:followup_action_changelist"),
        reverse("admin:followup_evaluation_changelist"),
        reverse("admin:followup_evaluation_overview"),
        *(
            reverse("admin:followup_evaluation_change", args=[evaluation.pk])
            for evaluation in world.evaluations[::3]
        ),
        *(
            reverse("admin:followup_action_change", args=[action.pk])
            for action in world.actions[1::3]
        ),
    ]
    problems |= _problems_on_pages(readers, world, admin_urls, roles=("superuser",))
    assert not problems, report(problems)


def test_participation_pages_show_every_payload_inert(payload_world, readers, db):
    world = payload_world
    assert ReflectionAnswer.objects.approved().count() >= len(PAYLOADS) // 2
    assert Attendance.objects.filter(is_walk_in=True).count() >= len(PAYLOADS) // 2
    urls = [
        *(reverse("participation:attendance", args=[m.slug]) for m in world.past_meetings),
        reverse("participation:attendance_year") + f"?jaar={world.past_meetings[0].starts_at.year}",
    ]
    problems = _problems_on_pages(readers, world, urls)
    # Each member's own offers, on the kwartiertje page.
    for number, member in enumerate(world.members):
        response = payload_client(member).get(reverse("participation:kwartiertje"))
        if found := executable_markup(response.content.decode(), world.clean_scripts):
            problems[f"kwartiertje page #{number}"] = found
    # The answers with their authors' names, in the public reports.
    problems |= _problems_on_pages(
        readers, world, [m.get_absolute_url() for m in world.past_meetings], roles=("anonymous",)
    )
    admin_urls = [
        reverse(f"admin:participation_{name}_changelist")
        for name in ["reflectionopening", "reflectionanswer", "attendance", "kwartiertjeoffer"]
    ]
    admin_urls += [
        reverse("admin:participation_reflectionanswer_change", args=[answer.pk])
        for answer in ReflectionAnswer.objects.order_by("pk")[:5]
    ]
    admin_urls += [
        reverse("admin:participation_kwartiertjeoffer_change", args=[offer.pk])
        for offer in KwartiertjeOffer.objects.order_by("pk")[:5]
    ]
    problems |= _problems_on_pages(readers, world, admin_urls, roles=("superuser",))
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
    models = ["meeting", "report", "factsheet", "registration", "mailing"]
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
    urls += [
        reverse("admin:meetings_mailing_change", args=[mailing.pk])
        for mailing in world.mailings[::3]
    ]
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
    # Each payload member's own feed holds the payload meeting they registered for.
    urls += [
        CalendarLink.objects.get_or_create(user=member)[0].get_absolute_url()
        for member in world.members
    ]
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
        answers += _data_export(
            number, payload_client(member).get(reverse("members:download_my_data"))
        )
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
            # The confirmation (PUBLISH), and the change and cancel mails ("; method=...").
            if mimetype.split(";")[0] == "text/calendar":
                body = content if isinstance(content, bytes) else content.encode()
                found += ics_problems(body, payload_world.clean_ics_names)
        if found:
            problems[f"#{number} {message.subject[:40]!r}"] = found
    assert not problems, report(problems)


def test_notification_mails_show_every_payload_inert(payload_world, db):
    digests = [m for m in payload_world.outbox if m.subject.endswith("Nieuw in het leernetwerk")]
    assert digests, "the members' weekly digest lists the payload meetings and reports"
    problems = {}
    for number, message in enumerate(payload_world.outbox):
        for content, kind in message.alternatives:
            if kind == "text/html" and (found := executable_markup(content, set())):
                problems[f"#{number} {message.subject[:40]!r}"] = found
    assert not problems, report(problems)
