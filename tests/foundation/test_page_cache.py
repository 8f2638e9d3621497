"""The anonymous page cache (leernetwerk/page_cache.py): fast, fresh at once, never personal.

Every change a trekker (or anyone) makes shows to the next anonymous visitor at once; pages
that depend on "now" are at most a minute behind; nothing is ever served from the cache to a
logged-in or pending account, nor stored from their pages; pages with a CSRF token or a cookie
are never stored.
"""

from datetime import timedelta

import pytest
from django.apps import apps
from django.core.cache import caches
from django.utils import timezone
from taggit.models import Tag

from glossary.models import Label
from leernetwerk import page_cache
from members.models import Profile
from tests.factories import make_user
from tests.glossary.factories import make_entry
from tests.meetings.factories import make_factsheet, make_meeting, make_registration, make_report
from tests.projects.factories import make_project

pytestmark = [pytest.mark.django_db, pytest.mark.page_cache, pytest.mark.clock]


def is_hit(response) -> bool:
    return response.get("X-Page-Cache") == "hit"


def anonymous_twice(client, url):
    """GET `url` twice as an anonymous visitor; the second answer must come from the cache."""
    first = client.get(url)
    assert first.status_code == 200
    second = client.get(url)
    assert is_hit(second), f"{url} was not served from the cache"
    assert second.content == first.content
    return second.content.decode()


def test_an_anonymous_page_is_rendered_once_and_then_served_with_one_query(
    client, django_assert_max_num_queries
):
    make_meeting("Kwartaalbijeenkomst over triage")
    assert not is_hit(client.get("/bijeenkomsten/"))
    # One query: the version and the page in one read of the cache table.
    with django_assert_max_num_queries(1):
        response = client.get("/bijeenkomsten/")
    assert is_hit(response)
    assert "Kwartaalbijeenkomst over triage" in response.content.decode()
    # The headers the skipped middleware set are stored with the page.
    assert "Content-Security-Policy" in response
    assert response["X-Frame-Options"] == "DENY"
    assert "Set-Cookie" not in response


def edit_meeting(world):
    world["meeting"].title = "Nieuwe titel van de bijeenkomst"
    world["meeting"].save()
    return "Nieuwe titel van de bijeenkomst"


def delete_meeting(world):
    world["other"].delete()
    return None


def edit_report(world):
    world["report"].summary = "Een nieuwe samenvatting over contactverlies."
    world["report"].save()
    return "Een nieuwe samenvatting over contactverlies."


def add_factsheet(world):
    make_factsheet(
        world["past"], title="Factsheet over loyaliteit", published_on=timezone.localdate()
    )
    return "Factsheet over loyaliteit"


def edit_entry(world):
    world["entry"].definition = "Een nieuwe definitie van het begrip."
    world["entry"].save()
    return "Een nieuwe definitie van het begrip."


def edit_label(world):
    label = world["entry"].labels.get(kind=Label.Kind.PREFERRED)
    label.text = "hernoemd voorkeursbegrip"
    label.save()
    return "hernoemd voorkeursbegrip"


def edit_project(world):
    world["project"].title = "Hernoemd project over triage"
    world["project"].save()
    return "Hernoemd project over triage"


def tag_project(world):
    world["project"].themes.add("nieuw-projectthema")
    return "nieuw-projectthema"


def rename_tag(world):
    tag = Tag.objects.get(name="oud-thema")
    tag.name = "hernoemd-thema"
    tag.save()
    return "hernoemd-thema"


def rename_past_meeting(world):
    world["past"].title = "Hernoemde bijeenkomst met verslag"
    world["past"].save()
    return "Hernoemde bijeenkomst met verslag"


CHANGES = [
    ("/bijeenkomsten/", edit_meeting),
    ("/bijeenkomsten/", delete_meeting),
    ("meeting", edit_meeting),
    ("meeting", rename_tag),
    ("past", edit_report),
    ("/bijeenkomsten/factsheets/", add_factsheet),
    ("/begrippen/", edit_label),
    ("entry", edit_entry),
    ("entry", edit_label),
    ("/projecten/", edit_project),
    ("project", edit_project),
    ("project", tag_project),
    ("/", edit_meeting),
    ("/", rename_past_meeting),
]


@pytest.fixture
def world():
    meeting = make_meeting("Kwartaalbijeenkomst oud", days_from_now=7)
    meeting.themes.add("oud-thema")
    other = make_meeting("Bijeenkomst die verdwijnt", days_from_now=9)
    past = make_meeting("Bijeenkomst van vorige maand", days_from_now=-30)
    report = make_report(
        past, summary="Oude samenvatting.", published_at=timezone.now() - timedelta(days=20)
    )
    entry = make_entry("ouderverstoting later", definition="Oude definitie.")
    project = make_project("Project over triage")
    return {
        "meeting": meeting,
        "other": other,
        "past": past,
        "report": report,
        "entry": entry,
        "project": project,
    }


def address(world, where) -> str:
    if where.startswith("/"):
        return where
    return world[where].get_absolute_url()


@pytest.mark.parametrize(
    ("where", "change"), CHANGES, ids=[f"{w}-{c.__name__}" for w, c in CHANGES]
)
def test_every_change_shows_at_once_to_the_next_anonymous_visitor(client, world, where, change):
    url = address(world, where)
    before = anonymous_twice(client, url)
    gone = "Bijeenkomst die verdwijnt" if change is delete_meeting else None
    if gone:
        assert gone in before
    expected = change(world)
    response = client.get(url)
    assert response.status_code == 200
    assert not is_hit(response)
    page = response.content.decode()
    if expected:
        assert expected in page
    if gone:
        assert gone not in page


def test_a_registration_changes_the_page_at_once(client, world):
    url = world["meeting"].get_absolute_url()
    anonymous_twice(client, url)
    make_registration(world["meeting"], make_user("nieuw@example.org"))
    assert not is_hit(client.get(url))


@pytest.mark.parametrize(
    "model_label",
    [
        "meetings.Meeting",
        "meetings.Report",
        "meetings.Factsheet",
        "meetings.Registration",
        "glossary.Entry",
        "glossary.Label",
        "projects.Project",
        "projects.Theme",
        "members.Profile",
        "members.User",
        "members.Organisation",
        "taggit.Tag",
        "taggit.TaggedItem",
    ],
)
def test_every_model_of_our_apps_and_taggit_is_watched(model_label):
    assert page_cache._is_ours(apps.get_model(model_label))


def test_every_model_of_our_apps_is_watched_but_the_listed_exceptions():
    ours = {"leernetwerk", "members", "meetings", "glossary", "projects", "search"}
    for model in apps.get_models():
        if model._meta.app_label in ours:
            expected = model._meta.label_lower not in page_cache.EXCLUDED_MODELS
            assert page_cache._is_ours(model) is expected, model._meta.label
    for label in ["sessions.Session", "account.EmailAddress", "admin.LogEntry"]:
        assert not page_cache._is_ours(apps.get_model(label))


def version():
    return caches["pages"].get(page_cache.VERSION_KEY)


def test_a_profile_change_bumps_the_version_but_a_login_does_not(member):
    page_cache.bump_content_version()
    start = version()
    member.last_login = timezone.now()
    member.save(update_fields=["last_login"])
    assert version() == start
    profile, _ = Profile.objects.get_or_create(user=member)
    profile.visible_to_members = not profile.visible_to_members
    profile.save()
    assert version() != start


def test_a_profile_made_hidden_disappears_from_the_directory_at_once(member_client, member):
    other = make_user("zichtbaar@example.org", first_name="Zichtbare", last_name="Collega")
    profile, _ = Profile.objects.get_or_create(user=other)
    profile.visible_to_members = True
    profile.completed_at = timezone.now()
    profile.save()
    first = member_client.get("/leden/")
    assert not is_hit(first)
    shown = "Zichtbare" in first.content.decode()
    profile.visible_to_members = False
    profile.save()
    second = member_client.get("/leden/")
    assert not is_hit(second)
    assert "Zichtbare" not in second.content.decode()
    assert shown


def test_pages_that_depend_on_now_are_at_most_a_minute_behind(client, _pinned_clock):
    meeting = make_meeting("Bijna begonnen", starts_at=timezone.now() + timedelta(seconds=30))
    url = meeting.get_absolute_url()
    anonymous_twice(client, url)
    _pinned_clock.shift(timedelta(seconds=61))
    assert not is_hit(client.get(url))


def test_a_member_never_gets_the_anonymous_page_and_a_visitor_never_the_members(
    client, member_client, world
):
    anonymous = anonymous_twice(client, "/")
    assert "Uitloggen" not in anonymous
    as_member = member_client.get("/")
    assert not is_hit(as_member)
    assert "Uitloggen" in as_member.content.decode()
    assert "no-store" in as_member["Cache-Control"]
    # What the member saw was not stored for the visitor either.
    again = client.get("/")
    assert is_hit(again)
    assert "Uitloggen" not in again.content.decode()


def test_a_members_page_is_never_stored_for_another_member_or_a_visitor(
    client, member_client, member, world
):
    other = make_user("ander@example.org")
    from tests.factories import logged_in_client

    other_client = logged_in_client(other)
    profile_url = "/leden/mijn-gegevens/"
    mine = member_client.get(profile_url)
    assert mine.status_code == 200
    theirs = other_client.get(profile_url)
    assert not is_hit(theirs)
    assert member.email not in theirs.content.decode()
    anonymous = client.get(profile_url)
    assert anonymous.status_code == 302
    assert member.email.encode() not in anonymous.content


def test_a_pending_account_gets_its_own_page_and_it_is_never_stored(client, pending_client):
    pending_page = pending_client.get("/")
    assert not is_hit(pending_page)
    anonymous_twice(client, "/")
    assert not is_hit(pending_client.get("/"))
    assert client.get("/").content != pending_client.get("/").content


@pytest.mark.parametrize("url", ["/taalcheck/", "/account/login/", "/account/signup/"])
def test_pages_with_a_csrf_token_are_never_stored(client, url):
    first = client.get(url)
    assert first.status_code == 200
    assert b"csrfmiddlewaretoken" in first.content
    second = client.get(url)
    assert not is_hit(second)


def test_a_request_with_a_messages_cookie_is_rendered_for_that_visitor(client):
    anonymous_twice(client, "/bijeenkomsten/")
    client.cookies["messages"] = "iets"
    assert not is_hit(client.get("/bijeenkomsten/"))


def test_only_get_is_answered_from_the_cache(client):
    anonymous_twice(client, "/begrippen/")
    assert not is_hit(client.head("/begrippen/"))


def test_a_search_with_another_query_is_another_page(client, world):
    first = anonymous_twice(client, "/zoeken/?q=triage")
    other = client.get("/zoeken/?q=loyaliteit")
    assert not is_hit(other)
    assert other.content.decode() != first


def test_a_stored_page_answers_304_to_its_etag(client):
    first = client.get("/bijeenkomsten/")
    etag = client.get("/bijeenkomsten/")["ETag"]
    assert etag and first
    response = client.get("/bijeenkomsten/", HTTP_IF_NONE_MATCH=etag)
    assert response.status_code == 304


def test_the_cache_is_never_used_when_switched_off(client, settings):
    settings.PAGE_CACHE = False
    client.get("/bijeenkomsten/")
    assert not is_hit(client.get("/bijeenkomsten/"))


@pytest.mark.parametrize(
    "url",
    [
        "/bijeenkomsten/feed/",
        "/bijeenkomsten/agenda.ics",
        "meeting.ics",
        "/begrippen/export/begrippenkader.ttl",
        "/begrippen/export/begrippenkader.jsonld",
    ],
)
def test_feeds_calendars_and_exports_answer_304_to_their_etag(client, settings, world, url):
    settings.PAGE_CACHE = False  # the views themselves, as members get them
    if url == "meeting.ics":
        url = f"/bijeenkomsten/{world['meeting'].slug}.ics"
    first = client.get(url)
    assert first.status_code == 200
    assert first["ETag"]
    again = client.get(url, HTTP_IF_NONE_MATCH=first["ETag"])
    assert again.status_code == 304
    assert again.content == b""


def test_csv_exports_stay_no_store_without_an_etag(client):
    # CSV exports may hold personal data: nobody keeps a copy, so there is nothing to compare.
    response = client.get("/begrippen/export/begrippenkader.csv")
    assert response["Cache-Control"] == "no-store"
    assert "ETag" not in response


def test_members_get_the_glossary_index_from_a_fragment_that_follows_every_change(
    member_client, world
):
    first = member_client.get("/begrippen/")
    assert "ouderverstoting later" in first.content.decode()
    assert "ouderverstoting later" in member_client.get("/begrippen/").content.decode()
    edit_label(world)
    page = member_client.get("/begrippen/").content.decode()
    assert "hernoemd voorkeursbegrip" in page
    assert "ouderverstoting later" not in page


def test_members_get_the_report_from_a_fragment_that_follows_every_change(member_client, world):
    url = world["past"].get_absolute_url()
    assert "Oude samenvatting." in member_client.get(url).content.decode()
    expected = edit_report(world)
    assert expected in member_client.get(url).content.decode()


def test_a_draft_report_a_trekker_previews_never_reaches_a_visitor(
    client, trekker_client, member_client, world
):
    draft = make_report(summary="Geheim concept van het verslag.", published=False)
    url = draft.meeting.get_absolute_url()
    assert "Geheim concept van het verslag." in trekker_client.get(url).content.decode()
    for visitor in (client, member_client, client):
        assert "Geheim concept van het verslag." not in visitor.get(url).content.decode()


def test_members_get_the_meeting_list_from_a_fragment_that_follows_changes_and_time(
    member_client, world, _pinned_clock
):
    assert "Kwartaalbijeenkomst oud" in member_client.get("/bijeenkomsten/").content.decode()
    expected = edit_meeting(world)
    page = member_client.get("/bijeenkomsten/").content.decode()
    assert expected in page
    # A meeting that is about to end moves to the archive within a minute, with no change.
    make_meeting("Loopt bijna af", starts_at=timezone.now() - timedelta(hours=2, seconds=-30))
    upcoming = member_client.get("/bijeenkomsten/").content.decode()
    assert upcoming.index("Loopt bijna af") < upcoming.index('id="archief"')
    _pinned_clock.shift(timedelta(seconds=61))
    later = member_client.get("/bijeenkomsten/").content.decode()
    assert later.index("Loopt bijna af") > later.index('id="archief"')


def test_moving_the_waiting_list_up_bumps_the_version_without_a_save_signal(world):
    from meetings.models import Registration
    from meetings.services import _promote_waiting

    meeting = world["meeting"]
    meeting.capacity = 1
    meeting.save()
    make_registration(meeting, make_user("wacht@example.org"), status=Registration.Status.WAITING)
    start = version()
    promoted = _promote_waiting(meeting, timezone.now())
    assert promoted
    assert version() != start


class BrokenCache:
    def __getattr__(self, name):
        def fail(*args, **kwargs):
            raise ConnectionError("the cache is away")

        return fail


def test_a_cache_that_is_away_costs_speed_never_a_page_or_a_save(client, monkeypatch, world):
    monkeypatch.setattr(page_cache, "page_cache", lambda: BrokenCache())
    response = client.get("/bijeenkomsten/")
    assert response.status_code == 200
    assert expected_in(edit_meeting(world), client.get("/bijeenkomsten/"))


def expected_in(text, response) -> bool:
    return response.status_code == 200 and text in response.content.decode()
