"""The LNW-kwartiertje rota: members volunteer, trekkers assign, the profile shows it."""

import pytest
from django.urls import reverse

from meetings.models import AgendaItem
from participation.models import KwartiertjeOffer
from tests.meetings.factories import make_agenda_item, make_meeting
from tests.members.factories import make_organisation, make_profile
from tests.participation.factories import make_offer

pytestmark = pytest.mark.clock

URL = "/kwartiertje/"


def test_the_volunteer_page_has_its_dutch_path():
    assert reverse("participation:kwartiertje") == URL


def test_member_volunteers_with_topic_and_description(member, member_client):
    response = member_client.post(
        URL, {"topic": "Het ouderschapsplan", "description": "Wat werkt in onze regio."}
    )
    assert response.status_code == 302
    offer = KwartiertjeOffer.objects.get()
    assert (offer.member, offer.topic, offer.agenda_item) == (member, "Het ouderschapsplan", None)
    html = member_client.get(URL).content.decode()
    assert "Bedankt!" in html
    assert "Het ouderschapsplan" in html and "Aangeboden" in html


def test_missing_description_is_refused_and_keeps_the_topic(member_client):
    response = member_client.post(URL, {"topic": "Het ouderschapsplan", "description": ""})
    html = response.content.decode()
    assert response.status_code == 400
    assert "Schrijf kort op waar je kwartiertje over gaat." in html
    assert 'value="Het ouderschapsplan"' in html
    assert not KwartiertjeOffer.objects.exists()


def test_member_sees_only_their_own_offers(member, member_client):
    make_offer(member, "Mijn eigen onderwerp")
    other = make_profile(email="ander@example.org", first_name="Otto").user
    make_offer(other, "Onderwerp van een ander")
    html = member_client.get(URL).content.decode()
    assert "Mijn eigen onderwerp" in html
    assert "Onderwerp van een ander" not in html


def test_empty_state_without_offers(member_client):
    assert "Je hebt nog geen kwartiertje aangeboden." in member_client.get(URL).content.decode()


def test_trekker_assigns_an_offer_to_an_agenda_item_in_the_admin(trekker_client, member):
    profile = make_profile(member, organisation=make_organisation("Kenniscentrum Kind"))
    offer = make_offer(member)
    meeting = make_meeting("Kwartaalbijeenkomst winter", days_from_now=20)
    item = make_agenda_item(meeting, "LNW-kwartiertje", kind=AgendaItem.Kind.KWARTIERTJE)
    response = trekker_client.post(
        reverse("admin:participation_kwartiertjeoffer_change", args=[offer.pk]),
        {
            "member": member.pk,
            "topic": offer.topic,
            "description": offer.description,
            "agenda_item": item.pk,
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    item.refresh_from_db()
    assert item.presenter_profile == profile
    assert item.presenter_name == member.get_full_name()
    assert item.presenter_organisation == "Kenniscentrum Kind"
    offer.refresh_from_db()
    assert offer.agenda_item == item
    # The meeting page shows the presenter, as for every agenda item.
    page = trekker_client.get(meeting.get_absolute_url()).content.decode()
    assert f'Door <a href="{profile.get_absolute_url()}">{member.get_full_name()}</a>' in page


def test_profile_page_shows_what_the_member_presented(member_client, member):
    profile = make_profile(member)
    past = make_meeting("Kennissessie zomer", days_from_now=-60)
    coming = make_meeting("Kwartaalbijeenkomst straks", days_from_now=30)
    make_agenda_item(
        past,
        "Werken met het gezinsplan",
        kind=AgendaItem.Kind.KWARTIERTJE,
        presenter_profile=profile,
    )
    make_agenda_item(coming, "Nieuwe aanpak", presenter_profile=profile)
    make_agenda_item(past, "Van iemand anders")
    html = member_client.get(profile.get_absolute_url()).content.decode()
    assert "Presentaties en LNW-kwartiertjes" in html
    assert "Werken met het gezinsplan" in html and "Kennissessie zomer" in html
    assert "Nieuwe aanpak" in html and "(gepland)" in html
    assert "Van iemand anders" not in html


def test_offer_status_follows_the_meeting(member):
    offer = make_offer(member)
    assert offer.status_label() == "Aangeboden"
    offer.agenda_item = make_agenda_item(make_meeting(days_from_now=5), "K")
    assert offer.status_label() == "Ingepland"
    offer.agenda_item = make_agenda_item(make_meeting(days_from_now=-5), "K")
    assert offer.status_label() == "Gepresenteerd"
