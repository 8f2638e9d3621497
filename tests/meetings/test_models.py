"""Model rules of meetings and reports: times, places, cancelling, sanitised Markdown."""

from datetime import timedelta
from html.parser import HTMLParser

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone

from meetings.models import FollowUp, Meeting, Reflection, Registration, Report, ReportSection
from tests.factories import make_user
from tests.meetings.factories import (
    make_agenda_item,
    make_meeting,
    make_registration,
    make_report,
)

pytestmark = pytest.mark.clock

# -- Times ----------------------------------------------------------------------------------


@pytest.mark.django_db
def test_a_meeting_that_ends_before_it_starts_fails_validation_in_dutch():
    meeting = make_meeting()
    meeting.ends_at = meeting.starts_at - timedelta(minutes=1)
    with pytest.raises(ValidationError) as raised:
        meeting.full_clean()
    assert raised.value.message_dict["ends_at"] == ["Het einde moet na het begin liggen."]


@pytest.mark.django_db
def test_the_database_refuses_a_meeting_that_ends_when_it_starts():
    starts_at = timezone.now() + timedelta(days=3)
    with pytest.raises(IntegrityError), transaction.atomic():
        Meeting.objects.create(title="Fout", slug="fout", starts_at=starts_at, ends_at=starts_at)
    assert not Meeting.objects.filter(slug="fout").exists()


# -- Places ---------------------------------------------------------------------------------


@pytest.mark.django_db
def test_capacity_cannot_drop_below_the_confirmed_registrations():
    meeting = make_meeting(capacity=10)
    for number in range(3):
        make_registration(meeting, make_user(f"lid{number}@example.org"))
    # Waiting and cancelled registrations hold no place.
    make_registration(meeting, make_user("wacht@example.org"), status=Registration.Status.WAITING)
    make_registration(meeting, make_user("weg@example.org"), status=Registration.Status.CANCELLED)

    meeting.capacity = 2
    with pytest.raises(ValidationError) as raised:
        meeting.full_clean()
    assert raised.value.message_dict["capacity"] == [
        "Er zijn al 3 aanmeldingen. Het maximum kan niet lager zijn dan dat aantal."
    ]
    meeting.capacity = 3
    meeting.full_clean()


@pytest.mark.django_db
def test_confirmed_count_is_annotated_per_meeting():
    full = make_meeting(capacity=2)
    empty = make_meeting()
    make_registration(full, make_user("een@example.org"))
    make_registration(full, make_user("twee@example.org"))
    make_registration(full, make_user("drie@example.org"), status=Registration.Status.WAITING)
    counts = dict(Meeting.objects.with_confirmed_count().values_list("pk", "confirmed_count"))
    assert counts == {full.pk: 2, empty.pk: 0}


# -- Cancelling and the registration window --------------------------------------------------


@pytest.mark.django_db
def test_a_cancelled_meeting_needs_a_reason():
    meeting = make_meeting(status=Meeting.Status.CANCELLED, cancellation_reason="  ")
    with pytest.raises(ValidationError) as raised:
        meeting.full_clean()
    assert "cancellation_reason" in raised.value.message_dict
    meeting.cancellation_reason = "De spreker is ziek."
    meeting.full_clean()
    assert not meeting.registration_is_open()


@pytest.mark.django_db
def test_registration_must_close_after_it_opens():
    meeting = make_meeting()
    meeting.registration_opens_at = timezone.now() + timedelta(days=2)
    meeting.registration_closes_at = timezone.now() + timedelta(days=1)
    with pytest.raises(ValidationError) as raised:
        meeting.full_clean()
    assert raised.value.message_dict["registration_closes_at"] == [
        "Aanmelden moet later sluiten dan het opengaat."
    ]


@pytest.mark.django_db
def test_registration_is_open_only_inside_its_window():
    now = timezone.now()
    meeting = make_meeting(
        days_from_now=10,
        registration_opens_at=now + timedelta(days=1),
        registration_closes_at=now + timedelta(days=5),
    )
    assert not meeting.registration_is_open(now)
    assert meeting.registration_is_open(now + timedelta(days=2))
    assert not meeting.registration_is_open(now + timedelta(days=6))


@pytest.mark.django_db
def test_without_a_closing_moment_registration_closes_when_the_meeting_starts():
    meeting = make_meeting(days_from_now=3)
    assert meeting.registration_is_open()
    assert not meeting.registration_is_open(meeting.starts_at)
    meeting.status = Meeting.Status.HELD
    assert not meeting.registration_is_open(meeting.starts_at - timedelta(days=1))


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("fields", "window"),
    [
        ({"status": Meeting.Status.CANCELLED, "cancellation_reason": "Ziek."}, "cancelled"),
        ({"days_from_now": -2}, "ended"),
        ({"status": Meeting.Status.HELD}, "ended"),
        ({"registration_opens_at": timedelta(days=1)}, "not_open"),
        ({"registration_closes_at": timedelta(hours=-1)}, "closed"),
        ({"capacity": 1}, "full"),
        ({"capacity": 2}, "open"),
        ({}, "open"),
    ],
)
def test_registration_window_names_where_the_meeting_stands(
    member, fields, window, django_assert_num_queries
):
    # Moments are given as offsets from "now", which is pinned only when the test runs.
    fields = {
        name: timezone.now() + value if isinstance(value, timedelta) else value
        for name, value in fields.items()
    }
    meeting = make_meeting(**fields)
    make_registration(meeting, member)
    assert meeting.registration_window() == window
    annotated = Meeting.objects.with_confirmed_count().get(pk=meeting.pk)
    with django_assert_num_queries(0):
        assert annotated.registration_window() == window


# -- Markdown is stored sanitised -----------------------------------------------------------

HOSTILE = (
    "Hallo <script>alert('x')</script>\n\n"
    '[klik](javascript:alert(1)) en <a href="javascript:alert(2)">hier</a> '
    '<img src=x onerror="alert(3)">\n\n'
    "[veilig](https://example.org)"
)


class TagCollector(HTMLParser):
    """Collect every real element with its attributes (escaped text is not an element)."""

    def __init__(self):
        super().__init__()
        self.elements = []

    def handle_starttag(self, tag, attrs):
        self.elements.append((tag, dict(attrs)))


def assert_harmless(html):
    collector = TagCollector()
    collector.feed(html)
    tags = {tag for tag, _ in collector.elements}
    assert "script" not in tags
    assert "img" not in tags
    for _, attributes in collector.elements:
        assert not any(name.startswith("on") for name in attributes)
        assert not attributes.get("href", "").strip().lower().startswith("javascript:")
    # The safe link survives, so the check above looked at real links.
    assert ("a", {"href": "https://example.org", "rel": "noopener noreferrer"}) in (
        collector.elements
    )


@pytest.mark.django_db
def test_no_script_survives_into_any_stored_html_of_a_report():
    report = make_report(summary=HOSTILE)
    subgroup = report.subgroups.create(name="Groep 1", points=HOSTILE)
    reflection = Reflection.objects.create(report=report, question="Vraag?", answers=HOSTILE)
    follow_up = FollowUp.objects.create(report=report, action=HOSTILE, owner="Trekkers")
    section = ReportSection.objects.create(report=report, heading="Vrij", body=HOSTILE)

    for html in [
        report.summary_html,
        subgroup.points_html,
        reflection.answers_html,
        follow_up.action_html,
        section.body_html,
    ]:
        assert_harmless(html)
    # What was typed is kept, as text.
    assert "&lt;script&gt;" in report.summary_html
    report.refresh_from_db()
    assert_harmless(report.summary_html)


@pytest.mark.django_db
def test_no_script_survives_into_the_meeting_introduction_or_agenda():
    meeting = make_meeting(introduction=HOSTILE)
    item = make_agenda_item(meeting, description=HOSTILE)
    assert_harmless(meeting.introduction_html)
    assert_harmless(item.description_html)


@pytest.mark.django_db
def test_changing_only_the_introduction_updates_its_html_too():
    meeting = make_meeting(introduction="Oud")
    meeting.introduction = "**Nieuw**"
    meeting.save(update_fields=["introduction"])
    meeting.refresh_from_db()
    assert meeting.introduction_html == "<p><strong>Nieuw</strong></p>\n"


# -- Report visibility ----------------------------------------------------------------------


@pytest.mark.django_db
def test_drafts_are_never_published_even_with_a_publication_date():
    draft = make_report(published=False, published_at=timezone.now() - timedelta(days=1))
    assert not Report.objects.published().exists()
    assert not draft.is_visible()


@pytest.mark.django_db
def test_a_report_published_for_later_is_not_visible_yet():
    later = timezone.now() + timedelta(days=2)
    report = make_report(published=True, published_at=later)
    assert not Report.objects.published().exists()
    assert not report.is_visible()
    assert list(Report.objects.published(now=later)) == [report]
    assert report.is_visible(now=later)


@pytest.mark.django_db
def test_publishing_without_a_date_publishes_now():
    before = timezone.now()
    report = make_report(published=True)
    assert report.published_at >= before
    assert list(Report.objects.published()) == [report]


@pytest.mark.django_db
def test_the_database_refuses_a_published_report_without_a_date():
    report = make_report(published=False)
    with pytest.raises(IntegrityError), transaction.atomic():
        Report.objects.filter(pk=report.pk).update(status=Report.Status.PUBLISHED)
