"""The admin for trekkers: inline labels, filters, search on every label, the history."""

import pytest
from taggit.models import Tag

from glossary.models import Entry, EntryChange, Label
from tests.glossary.factories import make_entry

pytestmark = pytest.mark.django_db

ADD_URL = "/beheer/glossary/entry/add/"
LIST_URL = "/beheer/glossary/entry/"


def management(prefix, total, initial=0):
    return {
        f"{prefix}-TOTAL_FORMS": str(total),
        f"{prefix}-INITIAL_FORMS": str(initial),
        f"{prefix}-MIN_NUM_FORMS": "0",
        f"{prefix}-MAX_NUM_FORMS": "1000",
    }


def entry_form(labels, **fields):
    data = {
        "slug": "contactverlies",
        "status": "draft",
        "definition": "Het contact tussen kind en ouder is sterk verminderd.",
        "explanation": "",
        "themes": "taal",
        "exceptions": "",
        "image_description": "",
        "image_credit": "",
        **management("labels", len(labels)),
        **management("audience_notes", 1),
        **management("meanings", 0),
        **management("sources", 0),
        **management("changes", 0),
        "audience_notes-0-audience": "parents",
        "audience_notes-0-text": "Zeg: jullie zien elkaar nu weinig.",
    }
    for index, (text, kind, reason, source) in enumerate(labels):
        data.update(
            {
                f"labels-{index}-text": text,
                f"labels-{index}-kind": kind,
                f"labels-{index}-reason": reason,
                f"labels-{index}-source": source,
            }
        )
    data.update(fields)
    return data


def test_trekker_adds_an_entry_with_inline_labels_and_the_history_records_it(
    trekker_client, trekker
):
    response = trekker_client.post(
        ADD_URL,
        entry_form(
            [
                ("contactverlies", Label.Kind.PREFERRED, "", ""),
                (
                    "ouderverstoting",
                    Label.Kind.DISCOURAGED,
                    "Beschuldigt een ouder.",
                    "Taalonderzoek",
                ),
            ]
        ),
    )
    assert response.status_code == 302, response.context["errors"]
    entry = Entry.objects.get(slug="contactverlies")
    assert [lb.text for lb in entry.discouraged_labels()] == ["ouderverstoting"]
    change = EntryChange.objects.get(entry=entry)
    assert change.action == EntryChange.Action.CREATED
    assert change.changed_by == trekker
    assert "ouderverstoting (afgeraden)" in change.summary


def test_an_entry_without_a_preferred_term_is_refused_and_the_input_kept(trekker_client):
    response = trekker_client.post(
        ADD_URL, entry_form([("ouderverstoting", Label.Kind.DISCOURAGED, "Reden.", "Bron")])
    )
    assert response.status_code == 200
    assert "Geef precies één voorkeursterm op." in response.content.decode()
    assert "Het contact tussen kind en ouder is sterk verminderd." in response.content.decode()
    assert not Entry.objects.exists()


def test_a_discouraged_term_without_reason_or_source_is_refused(trekker_client):
    response = trekker_client.post(
        ADD_URL,
        entry_form(
            [
                ("contactverlies", Label.Kind.PREFERRED, "", ""),
                ("ouderverstoting", Label.Kind.DISCOURAGED, "", ""),
            ]
        ),
    )
    assert response.status_code == 200
    assert "Leg uit waarom deze term wordt afgeraden." in response.content.decode()
    assert not Entry.objects.exists()


def test_changing_an_entry_records_who_changed_what(trekker_client, trekker):
    entry = make_entry("contactverlies", slug="contactverlies")
    label = entry.labels.get()
    data = entry_form(
        [("contactverlies", Label.Kind.PREFERRED, "", "")],
        definition="Een nieuwe definitie.",
        **{"labels-0-id": str(label.pk), "labels-0-entry": str(entry.pk)},
    )
    data.update(management("labels", 1, initial=1))
    response = trekker_client.post(f"/beheer/glossary/entry/{entry.pk}/change/", data)
    assert response.status_code == 302, response.context["errors"]
    change = EntryChange.objects.get(entry=entry)
    assert change.action == EntryChange.Action.CHANGED
    assert "definitie gewijzigd" in change.summary
    page = trekker_client.get(f"/beheer/glossary/entry/{entry.pk}/change/").content.decode()
    assert "definitie gewijzigd" in page
    assert "Tessa Trekker" in page


def test_admin_search_finds_an_entry_by_any_of_its_labels(trekker_client):
    make_entry("contactverlies", discouraged=["ouderverstoting"])
    make_entry("zorgregeling")
    content = trekker_client.get(LIST_URL, {"q": "ouderverstoting"}).content.decode()
    assert "contactverlies" in content
    assert "zorgregeling" not in content


def test_admin_filters_by_status_and_theme(trekker_client):
    make_entry("contactverlies", status=Entry.Status.ESTABLISHED, themes=["taal"])
    make_entry("zorgregeling", themes=["recht"])
    by_status = trekker_client.get(LIST_URL, {"status__exact": "established"}).content.decode()
    assert "contactverlies" in by_status and "zorgregeling" not in by_status
    recht = Tag.objects.get(name="recht")
    by_theme = trekker_client.get(LIST_URL, {"themes__id__exact": recht.pk}).content.decode()
    assert "zorgregeling" in by_theme and "contactverlies" not in by_theme


def test_member_without_staff_rights_cannot_open_the_glossary_admin(member_client):
    assert member_client.get(LIST_URL).status_code in {302, 403}
