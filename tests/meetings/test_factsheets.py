"""The factsheet overview and the download of a factsheet or attachment."""

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from meetings.models import Factsheet
from tests.meetings.factories import PDF_BYTES, make_factsheet, make_meeting
from tests.meetings.page_factories import unpublished_factsheet

pytestmark = [pytest.mark.django_db, pytest.mark.clock]

OVERVIEW = reverse("meetings:factsheets")


def download(client, factsheet):
    return client.get(reverse("meetings:factsheet_download", args=[factsheet.slug]))


def test_download_serves_the_pdf_as_an_attachment_with_its_readable_name(client):
    factsheet = make_factsheet(make_meeting(days_from_now=-3), slug="triage-oktober-2023")
    response = download(client, factsheet)
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"] == 'attachment; filename="triage-oktober-2023.pdf"'
    assert b"".join(response.streaming_content) == PDF_BYTES
    assert response["Content-Length"] == str(len(PDF_BYTES))


def test_unpublished_factsheet_is_404_for_visitors_and_members(client, member_client):
    factsheet = unpublished_factsheet()
    assert download(client, factsheet).status_code == 404
    assert download(member_client, factsheet).status_code == 404


def test_trekker_can_download_an_unpublished_factsheet(trekker_client):
    factsheet = unpublished_factsheet()
    response = download(trekker_client, factsheet)
    assert response.status_code == 200
    assert response["Content-Disposition"] == f'attachment; filename="{factsheet.slug}.pdf"'


def test_unknown_or_missing_file_is_404(client):
    assert client.get(reverse("meetings:factsheet_download", args=["niets"])).status_code == 404
    factsheet = make_factsheet()
    factsheet.file.storage.delete(factsheet.file.name)
    assert download(client, factsheet).status_code == 404


def test_overview_lists_published_factsheets_newest_first_with_meeting_date_and_size(client):
    meeting = make_meeting("Kwartaal oktober", days_from_now=-40)
    today = timezone.localdate()
    make_factsheet(meeting, title="Oudere factsheet", published_on=today - timedelta(days=30))
    make_factsheet(meeting, title="Nieuwe factsheet", published_on=today - timedelta(days=1))
    make_factsheet(meeting, title="Een bijlage", kind=Factsheet.Kind.ATTACHMENT)
    unpublished_factsheet(meeting)
    html = client.get(OVERVIEW).text
    assert html.index("Nieuwe factsheet") < html.index("Oudere factsheet")
    assert "Een bijlage" not in html
    assert "Factsheet van later" not in html
    assert meeting.get_absolute_url() in html
    assert f"pdf, {len(PDF_BYTES)}\xa0bytes" in html
    assert f"{today - timedelta(days=1):%Y-%m-%d}" in html


def test_overview_is_paginated(client):
    for number in range(23):
        make_factsheet(title=f"Factsheet {number:02d}", published_on=timezone.localdate())
    first, second = client.get(OVERVIEW).text, client.get(OVERVIEW, {"page": 2}).text
    assert first.count("factsheet-list__item") == 20
    assert second.count("factsheet-list__item") == 3
    assert 'href="?page=2"' in first


def test_empty_overview_says_so(client):
    assert "Er zijn nog geen factsheets." in client.get(OVERVIEW).text


@pytest.mark.parametrize("count", [2, 25])
def test_overview_runs_a_fixed_number_of_queries(client, get_within_budget, count):
    for number in range(count):
        make_factsheet(make_meeting(days_from_now=-number - 1), title=f"Factsheet {number}")
    # The count for the paginator and the page of factsheets with their meetings.
    get_within_budget(client, OVERVIEW, 2)
