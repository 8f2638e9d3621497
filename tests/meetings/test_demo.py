"""The demo content: the meetings of the network's factsheets, and meetings still to come."""

from datetime import datetime, time, timedelta
from io import BytesIO
from zoneinfo import ZoneInfo

import pytest
from django.core.management import call_command
from django.utils import timezone
from pypdf import PdfReader

from leernetwerk.validators import validate_pdf
from meetings import demo
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
from projects.models import Project, Theme

pytestmark = pytest.mark.clock

AMSTERDAM = ZoneInfo("Europe/Amsterdam")
MODELS = [
    Meeting,
    Goal,
    AgendaItem,
    GoodToKnow,
    Report,
    Subgroup,
    Reflection,
    FollowUp,
    ReportSection,
    Factsheet,
]
# A fixed "today" keeps the upcoming meetings predictable: Sunday 29 November 2026.
NOW = datetime(2026, 11, 29, 12, 0, tzinfo=AMSTERDAM)


def snapshot():
    """Every row of every meetings model, with its primary key and timestamps."""
    rows = {model.__name__: list(model.objects.order_by("pk").values()) for model in MODELS}
    rows["themes"] = sorted(
        (meeting.slug, tuple(sorted(meeting.themes.names())))
        for meeting in Meeting.objects.prefetch_related("themes")
    )
    return rows


@pytest.mark.django_db
def test_loading_the_demo_twice_changes_nothing():
    demo.load(now=NOW)
    first = snapshot()
    files = {factsheet.file.name: factsheet.file.read() for factsheet in Factsheet.objects.all()}

    demo.load(now=NOW)

    assert snapshot() == first
    assert {f.file.name: f.file.read() for f in Factsheet.objects.all()} == files
    assert Meeting.objects.count() == 11


@pytest.mark.django_db
def test_the_january_2023_meeting_has_its_two_groups_follow_up_and_next_meetings():
    demo.load(now=NOW)
    meeting = Meeting.objects.get(slug="kwartaalbijeenkomst-24-januari-2023")
    assert meeting.format == Meeting.Format.ONLINE
    assert meeting.status == Meeting.Status.HELD
    report = meeting.report
    assert report.is_visible(now=NOW)
    groups = list(report.subgroups.all())
    assert [group.name for group in groups] == ["Groep 1", "Groep 2"]
    assert "drama-balans driehoek" in groups[0].points_html
    assert "<strong>contactverlies</strong>" in groups[1].points_html
    assert "ga dan zorgen voor de ouders!" in groups[1].points_html
    assert report.follow_ups.count() == 2
    assert "10 oktober 2023" in report.sections.get(heading="Komende bijeenkomsten").body_html
    # The meetings it announced have passed: held, without a report.
    for slug in [
        "kwartaalbijeenkomst-6-april-2023",
        "kwartaalbijeenkomst-3-juli-2023",
    ]:
        announced = Meeting.objects.get(slug=slug)
        assert announced.status == Meeting.Status.HELD
        assert timezone.localtime(announced.starts_at).time() == time(10, 0)
        assert not Report.objects.filter(meeting=announced).exists()


@pytest.mark.django_db
def test_the_october_2023_meeting_has_goals_the_kwartiertje_and_good_to_know():
    demo.load(now=NOW)
    meeting = Meeting.objects.get(slug="kwartaalbijeenkomst-2-oktober-2023")
    assert meeting.goals.count() == 3
    kwartiertje = meeting.agenda_items.get(kind=AgendaItem.Kind.KWARTIERTJE)
    assert (kwartiertje.presenter_name, kwartiertje.presenter_organisation) == (
        "Janny Metz",
        "Veilig Thuis",
    )
    assert "MASIC" in kwartiertje.title
    assert {group.name for group in meeting.report.subgroups.all()} == {
        "Cultuursensitief werken",
        "Klein-maar-Fijn-projecten",
    }
    assert meeting.good_to_know.filter(title__startswith="Symposium Vertrouwen").exists()
    assert meeting.report.follow_ups.filter(due_on=datetime(2024, 1, 23).date()).exists()
    assert meeting.factsheets.get().kind == Factsheet.Kind.FACTSHEET


@pytest.mark.django_db
def test_the_live_meeting_at_the_smulhoeve_and_the_january_2024_meeting():
    demo.load(now=NOW)
    live = Meeting.objects.get(starts_at__date=datetime(2023, 11, 14).date())
    assert (live.kind, live.format, live.venue) == (
        Meeting.Kind.LIVE,
        Meeting.Format.ON_SITE,
        "De Smulhoeve",
    )
    assert [goal.text for goal in live.goals.all()][-1] == "Informeel dineren."
    january = Meeting.objects.get(slug="kwartaalbijeenkomst-23-januari-2024")
    assert timezone.localtime(january.starts_at).time() == time(9, 30)
    assert "Triagelijst Scheiding" in january.report.subgroups.get().points_html


@pytest.mark.django_db
def test_the_gouda_session_has_presenters_reflections_with_answers_and_the_language_research():
    demo.load(now=NOW)
    gouda = Meeting.objects.get(slug="kennissessie-gemeenten-gouda-3-september-2024")
    assert gouda.kind == Meeting.Kind.KNOWLEDGE
    assert gouda.format == Meeting.Format.ON_SITE
    presenters = set(gouda.agenda_items.exclude(presenter_name="").values_list("presenter_name"))
    assert {("Claudia Vrijhof",), ("Wendy van Vliet",), ("Sascha van der Burg",)} <= presenters
    reflections = list(gouda.report.reflections.all())
    assert len(reflections) == 3
    assert all(reflection.answers_html for reflection in reflections)
    assert "trofee" in reflections[0].answers_html
    sections = "".join(section.body_html for section in gouda.report.sections.all())
    assert "Pilot" in sections
    assert "Casus" in sections
    assert "<strong>complexe scheidingsproblematiek</strong> in plaats van" in sections
    assert "„Praat erover”" in sections
    assert gouda.report.follow_ups.count() == 3


@pytest.mark.django_db
def test_seeded_reports_are_published_after_their_meeting():
    demo.load(now=NOW)
    reports = Report.objects.published(now=NOW).select_related("meeting")
    assert reports.count() == 5
    for report in reports:
        assert report.published_at > report.meeting.ends_at
        assert report.published_at < report.meeting.ends_at + timedelta(days=60)


@pytest.mark.django_db
def test_factsheets_are_valid_pdfs_in_media_storage(settings):
    demo.load(now=NOW)
    factsheets = list(Factsheet.objects.all())
    assert len(factsheets) == 4
    for factsheet in factsheets:
        path = factsheet.file.path
        assert path.startswith(str(settings.MEDIA_ROOT))
        with factsheet.file.open("rb") as stored:
            validate_pdf(stored)
            content = stored.read()
        assert content.rstrip().endswith(b"%%EOF")
        assert factsheet.size == len(content)
        # The cross-reference table points at the objects, as PDF readers expect.
        xref_at = int(content.rsplit(b"startxref", 1)[1].split()[0])
        assert content[xref_at:].startswith(b"xref")
        assert factsheet.title.encode("cp1252") in content
        # Written by a real PDF writer: readers find the title in the metadata and on the page.
        reader = PdfReader(BytesIO(content))
        assert reader.metadata.title == factsheet.title
        assert factsheet.title in reader.pages[0].extract_text()
        # "Een paar pagina's": the goals, programme and report, not a title page alone.
        text = " ".join(page.extract_text() for page in reader.pages)
        assert len(reader.pages) >= 2
        assert f"Pagina {len(reader.pages)} van {len(reader.pages)}" in text
        for heading in ("Doelen", "Programma", "Samenvatting"):
            assert heading in text


@pytest.mark.django_db
def test_the_gouda_factsheet_carries_the_report_with_its_presenters():
    demo.load(now=NOW)
    factsheet = Factsheet.objects.get(slug="factsheet-kennissessie-gemeenten-3-september-2024")
    with factsheet.file.open("rb") as stored:
        reader = PdfReader(stored)
        text = " ".join(" ".join(page.extract_text().split()) for page in reader.pages)
    assert "Reflectievragen" in text
    assert "Claudia Vrijhof, Werkplaats SAMEN" in text
    assert "**" not in text and "](" not in text


@pytest.mark.django_db
def test_the_archive_lists_the_october_2023_meeting_once():
    demo.load(now=NOW)
    october = Meeting.objects.filter(starts_at__year=2023, starts_at__month=10)
    assert [meeting.slug for meeting in october] == ["kwartaalbijeenkomst-2-oktober-2023"]


@pytest.mark.django_db
def test_upcoming_meetings_are_never_empty_and_keyed_on_their_quarter():
    demo.load(now=NOW)
    upcoming = list(Meeting.objects.upcoming(now=NOW))
    assert [meeting.slug for meeting in upcoming] == [
        "kwartaalbijeenkomst-2027-q1",
        "live-bijeenkomst-2027-q1",
        "kwartaalbijeenkomst-2027-q2",
        "kwartaalbijeenkomst-2027-q3",
    ]
    quarterly = upcoming[0]
    assert timezone.localtime(quarterly.starts_at) == datetime(2027, 1, 26, 9, 30, tzinfo=AMSTERDAM)
    assert quarterly.format == Meeting.Format.ONLINE
    assert quarterly.capacity == 40
    assert quarterly.registration_is_open(now=NOW)
    assert quarterly.goals.count() == 3
    assert quarterly.agenda_items.count() == 5
    live = upcoming[1]
    assert live.format == Meeting.Format.HYBRID
    assert live.venue
    assert live.capacity == 30
    assert live.registration_is_open(now=NOW)


@pytest.mark.django_db
def test_running_the_demo_on_later_days_adds_only_the_next_quarter():
    demo.load(now=NOW)
    demo.load(now=NOW + timedelta(days=1))
    assert Meeting.objects.filter(slug__endswith="-q1").count() == 2
    assert Meeting.objects.count() == 11

    later = datetime(2027, 2, 1, 12, tzinfo=AMSTERDAM)
    demo.load(now=later)

    # The loader never changes a meeting that exists, not even the status of one that ended.
    assert Meeting.objects.get(slug="kwartaalbijeenkomst-2027-q1").status == Meeting.Status.PLANNED
    assert Meeting.objects.filter(slug="kwartaalbijeenkomst-2027-q4").exists()
    assert Meeting.objects.upcoming(now=later).count() == 4
    assert Meeting.objects.count() == 12


@pytest.mark.django_db
def test_projects_demo_links_its_projects_and_themes_to_the_demo_meetings(settings):
    settings.DEBUG = True  # load_demo refuses to run without it
    call_command("load_demo", verbosity=0)
    assert Theme.objects.get(title="Triage").meeting.slug == "kwartaalbijeenkomst-23-januari-2024"
    assert Theme.objects.get(title="Triage").status == Theme.Status.DISCUSSED
    assert (
        Theme.objects.get(title="Cultuursensitief werken").meeting.slug
        == "kwartaalbijeenkomst-2-oktober-2023"
    )
    language = Project.objects.get(slug="taal-rondom-scheiding")
    assert set(language.meetings.values_list("slug", flat=True)) == {
        "kwartaalbijeenkomst-2-oktober-2023",
        "kennissessie-gemeenten-gouda-3-september-2024",
    }
    # With the demo trekker present, the reports have an author.
    assert not Report.objects.filter(author=None).exists()
