"""Meetings, agenda items, published reports and factsheets are findable; drafts never."""

import datetime

import pytest
from django.contrib.auth.models import AnonymousUser
from django.contrib.contenttypes.models import ContentType
from django.utils import timezone

from meetings.models import (
    AgendaItem,
    FollowUp,
    Goal,
    GoodToKnow,
    Meeting,
    Reflection,
    Report,
    ReportSection,
    Subgroup,
)
from search.models import SearchDocument
from search.query import search
from tests.meetings.factories import make_factsheet, make_meeting, make_report

pytestmark = [pytest.mark.django_db, pytest.mark.clock]
Kind = SearchDocument.Kind


def titles(query, kind, user=None):
    results = search(query, user or AnonymousUser(), kind=kind)
    return [hit.title for hit in results.page.object_list] if results.page else []


def document_of(obj):
    return SearchDocument.objects.get(
        content_type=ContentType.objects.get_for_model(obj), object_id=obj.pk
    )


def make_agenda_item(meeting, title="Triagelijst Scheiding", **fields):
    return AgendaItem.objects.create(meeting=meeting, title=title, **fields)


# -- Meetings and their programme ---------------------------------------------------------


def test_meeting_is_found_by_its_title_kind_introduction_goals_programme_and_themes():
    meeting = make_meeting(
        "Kwartaalbijeenkomst najaar",
        kind=Meeting.Kind.KNOWLEDGE,
        introduction="We praten over **kindgesprekken** bij scheiding.",
        venue="De Smulhoeve",
    )
    Goal.objects.create(meeting=meeting, text="Kennis delen over ouderschapsplannen.")
    make_agenda_item(
        meeting,
        "Presentatie gezinsvertegenwoordiger",
        presenter_name="Sanne Spreker",
        presenter_organisation="Villa Pardoes",
        description="Over *duurzaam* samenwerken.",
    )
    GoodToKnow.objects.create(meeting=meeting, title="Congres jeugdrecht")
    meeting.themes.add("cultuursensitief werken")
    for query in [
        "najaar",
        "kennissessie",
        "kindgesprekken",
        "ouderschapsplannen",
        "gezinsvertegenwoordiger",
        "pardoes",
        "jeugdrecht",
        "cultuursensitief",
        "smulhoeve",
    ]:
        assert titles(query, Kind.MEETING) == ["Kwartaalbijeenkomst najaar"], query
    # An item's description belongs to the item's own document only.
    assert titles("duurzaam", Kind.MEETING) == []
    assert titles("duurzaam", Kind.AGENDA_ITEM) == ["Presentatie gezinsvertegenwoordiger"]


def test_cancelled_meeting_stays_findable_and_says_it_is_cancelled():
    make_meeting(
        "Live bijeenkomst Gouda",
        status=Meeting.Status.CANCELLED,
        cancellation_reason="Te weinig aanmeldingen.",
    )
    assert titles("gouda", Kind.MEETING) == ["Live bijeenkomst Gouda"]
    assert titles("geannuleerd", Kind.MEETING) == ["Live bijeenkomst Gouda"]


def test_agenda_item_is_its_own_hit_linking_to_the_programme_of_its_meeting():
    meeting = make_meeting("Kwartaalbijeenkomst oktober", slug="kwartaal-oktober")
    item = make_agenda_item(
        meeting,
        "Triagelijst Scheiding",
        kind=AgendaItem.Kind.KWARTIERTJE,
        presenter_name="Sanne Spreker",
        presenter_organisation="Kenniscentrum Kind en Scheiding",
    )
    results = search("triagelijst", AnonymousUser())
    assert [group.kind for group in results.groups] == [Kind.AGENDA_ITEM, Kind.MEETING]
    (hit,) = results.groups[0].hits
    assert hit.url == "/bijeenkomsten/kwartaal-oktober/#programma"
    assert hit.date == timezone.localdate(meeting.starts_at)
    for query in ["spreker", "kenniscentrum", "kwartiertje"]:
        assert titles(query, Kind.AGENDA_ITEM) == ["Triagelijst Scheiding"], query
    # Its own text only: the meeting's title is the meeting's.
    assert titles("oktober", Kind.AGENDA_ITEM) == []
    assert titles("oktober", Kind.MEETING) == ["Kwartaalbijeenkomst oktober"]
    item.delete()
    assert titles("triagelijst", Kind.AGENDA_ITEM) == []
    assert titles("triagelijst", Kind.MEETING) == []


# -- Reports ------------------------------------------------------------------------------


def fill_report(report):
    Subgroup.objects.create(
        report=report, name="Groep 1", topic="Rol van school", points="- signalen **opmerken**"
    )
    Reflection.objects.create(
        report=report, question="Wat neem je mee?", answers="Meer *kindgesprekken*."
    )
    FollowUp.objects.create(report=report, action="Tipsheet verspreiden", owner="Werkgroep taal")
    ReportSection.objects.create(report=report, heading="Wachtlijsten", body="Lang **wachten**.")


def test_published_report_is_found_by_every_part_and_links_to_the_meeting_page():
    meeting = make_meeting("Kennissessie Gouda", slug="kennissessie-gouda", days_from_now=-60)
    report = make_report(meeting, summary="We bespraken **triage** bij scheiding.")
    fill_report(report)
    for query in [
        "triage",
        "school",
        "signalen",
        "neem",
        "kindgesprekken",
        "tipsheet",
        "werkgroep",
        "wachtlijst",
        "wachten",
    ]:
        assert titles(query, Kind.REPORT) == ["Verslag: Kennissessie Gouda"], query
    document = document_of(report)
    assert document.url == "/bijeenkomsten/kennissessie-gouda/#verslag"
    assert document.date == timezone.localdate(meeting.starts_at)
    assert "**" not in document.body


def test_draft_report_is_never_found_by_anyone(member, trekker):
    report = make_report(summary="Geheim concept over triage.", published=False)
    fill_report(report)
    assert not SearchDocument.objects.filter(kind=Kind.REPORT).exists()
    for user in (AnonymousUser(), member, trekker):
        assert titles("triage", Kind.REPORT, user) == []
        assert titles("wachtlijsten", Kind.REPORT, user) == []


def test_published_report_is_findable_at_once_and_leaves_when_unpublished():
    report = make_report(summary="Over triage.", published=False)
    report.status = Report.Status.PUBLISHED
    report.save()
    assert titles("triage", Kind.REPORT) == [f"Verslag: {report.meeting.title}"]
    report.status = Report.Status.DRAFT
    report.published_at = None
    report.save()
    assert titles("triage", Kind.REPORT) == []


def test_report_with_a_publication_moment_ahead_is_not_found_yet():
    later = timezone.now() + datetime.timedelta(days=2)
    report = make_report(summary="Over triage.", published_at=later)
    assert titles("triage", Kind.REPORT) == []
    # Findable from that moment on without anything being saved again.
    SearchDocument.objects.filter(pk=document_of(report).pk).update(
        visible_from=timezone.now() - datetime.timedelta(seconds=1)
    )
    assert titles("triage", Kind.REPORT) == [f"Verslag: {report.meeting.title}"]


def test_published_report_is_found_by_visitors_pending_accounts_and_members(pending, member):
    make_report(make_meeting("Kennissessie", days_from_now=-9), summary="Over triage.")
    for user in (AnonymousUser(), pending, member):
        assert titles("triage", Kind.REPORT, user) == ["Verslag: Kennissessie"]


def test_changed_report_part_updates_the_report():
    report = make_report(summary="Kort.")
    section = ReportSection.objects.create(report=report, heading="Kop", body="Over triage.")
    section.body = "Over preventie."
    section.save()
    assert titles("preventie", Kind.REPORT) == [f"Verslag: {report.meeting.title}"]
    assert titles("triage", Kind.REPORT) == []
    section.delete()
    assert titles("preventie", Kind.REPORT) == []


# -- Factsheets ---------------------------------------------------------------------------


def test_factsheet_is_found_by_title_description_and_meeting():
    meeting = make_meeting("Kwartaalbijeenkomst januari", days_from_now=-5)
    make_factsheet(meeting, title="Factsheet triage", description="Cijfers over wachtlijsten.")
    for query in ["triage", "wachtlijsten", "januari", "factsheet"]:
        assert titles(query, Kind.FACTSHEET) == ["Factsheet triage"], query


def test_factsheet_with_a_publication_date_ahead_is_not_found_yet():
    tomorrow = timezone.localdate() + datetime.timedelta(days=1)
    factsheet = make_factsheet(title="Factsheet triage", published_on=tomorrow)
    assert titles("triage", Kind.FACTSHEET) == []
    assert document_of(factsheet).visible_from == timezone.make_aware(
        datetime.datetime.combine(tomorrow, datetime.time.min)
    )


# -- Dependents ---------------------------------------------------------------------------


def test_renamed_meeting_updates_its_report_agenda_items_and_factsheets():
    meeting = make_meeting("Kwartaalbijeenkomst", days_from_now=-3)
    report = make_report(meeting)
    make_agenda_item(meeting, "Opening")
    factsheet = make_factsheet(meeting, title="Cijfers")
    meeting.title = "Kennissessie Zoetermeer"
    meeting.save()
    assert document_of(report).title == "Verslag: Kennissessie Zoetermeer"
    # Agenda items match on their own text only, not on the meeting's new title.
    assert titles("zoetermeer", Kind.AGENDA_ITEM) == []
    assert titles("zoetermeer", Kind.FACTSHEET) == [factsheet.title]


def test_changed_goal_and_good_to_know_update_the_meeting():
    meeting = make_meeting("Kwartaalbijeenkomst")
    goal = Goal.objects.create(meeting=meeting, text="Netwerken.")
    goal.text = "Ervaringsdeskundigen horen."
    goal.save()
    GoodToKnow.objects.create(meeting=meeting, title="Webinar ouderschapsplan")
    assert titles("ervaringsdeskundigen", Kind.MEETING) == ["Kwartaalbijeenkomst"]
    assert titles("ouderschapsplan", Kind.MEETING) == ["Kwartaalbijeenkomst"]
    assert titles("netwerken", Kind.MEETING) == []
    goal.delete()
    assert titles("ervaringsdeskundigen", Kind.MEETING) == []


def test_themes_of_a_meeting_reach_its_report_but_not_its_agenda_items():
    meeting = make_meeting("Kwartaalbijeenkomst", days_from_now=-3)
    make_report(meeting)
    make_agenda_item(meeting, "Opening")
    meeting.themes.add("veiligheid")
    assert titles("veiligheid", Kind.REPORT) == ["Verslag: Kwartaalbijeenkomst"]
    # An opening is not about the meeting's themes: items match on their own text only.
    assert titles("veiligheid", Kind.AGENDA_ITEM) == []
    meeting.themes.clear()
    assert titles("veiligheid", Kind.REPORT) == []
    assert titles("veiligheid", Kind.MEETING) == []


def test_deleted_meeting_takes_its_documents_along():
    meeting = make_meeting("Kwartaalbijeenkomst triage", days_from_now=-3)
    make_report(meeting, summary="Over triage.")
    make_agenda_item(meeting, "Triage")
    meeting.delete()
    assert not SearchDocument.objects.exists()
