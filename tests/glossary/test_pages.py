"""The pages under /begrippen/: A-Z index, term page, lookup box and tipsheet."""

import pytest

from glossary.models import Entry

pytestmark = pytest.mark.django_db


def test_index_lists_entries_under_their_letter_with_letter_navigation(client, demo_glossary):
    content = client.get("/begrippen/").content.decode()
    assert '<nav class="glossary-letters" aria-label="Begrippen per letter">' in content
    assert '<a href="#letter-c">C</a>' in content
    assert '<h2 id="letter-c">C</h2>' in content
    # Q has no entries: shown, but not as a link.
    assert 'href="#letter-q"' not in content
    assert 'Q<span class="visually-hidden"> (geen begrippen)</span>' in content
    c_section = content[content.index('id="letter-c"') : content.index('id="letter-d"')]
    assert "contactverlies" in c_section
    assert "complexe scheidingsproblematiek" in c_section


def test_index_shows_what_each_term_replaces(client, demo_glossary):
    content = client.get("/begrippen/").content.decode()
    assert 'In plaats van: <span class="glossary-discouraged">vechtscheiding</span>' in content


def test_term_page_shows_definition_b1_words_notes_meanings_and_relations(client, demo_glossary):
    content = client.get("/begrippen/veiligheid/").content.decode()
    assert "<h1>veiligheid in de context van scheiding</h1>" in content
    assert "Containerbegrip" in content or "containerbegrip" in content
    assert "In gewone taal, voor ouders en jongeren" in content
    assert "<dt>Veilig Thuis</dt>" in content
    assert "Zie ook" in content
    content = client.get("/begrippen/complexe-scheidingsproblematiek/").content.decode()
    assert "In plaats van" in content and "vechtscheiding" in content
    assert content.index("<dt>Ouders</dt>") < content.index("<dt>Jongeren</dt>")
    assert content.index("<dt>Professionals</dt>") < content.index("<dt>Rechtspraak</dt>")
    assert "Vastgesteld" in content and "3 september 2024" in content


def test_term_page_never_shows_hidden_look_up_forms(client, demo_glossary):
    content = client.get("/begrippen/co-ouderschap/").content.decode()
    assert "coouderschap" not in content


def test_unknown_term_answers_404(client):
    assert client.get("/begrippen/bestaat-niet/").status_code == 404


def test_lookup_of_a_discouraged_word_lands_on_the_entry_saying_use_instead(client, demo_glossary):
    response = client.get("/begrippen/zoeken/", {"q": "vechtscheidingen"}, follow=True)
    assert response.redirect_chain[-1][0].startswith("/begrippen/complexe-scheidingsproblematiek/")
    content = response.content.decode()
    advice = content.index("Gebruik liever: <strong>complexe scheidingsproblematiek</strong>")
    assert advice < content.index("<h1>")
    assert "legt de schuld bij de ouders" in content


def test_lookup_of_an_admitted_word_names_the_preferred_term(client, demo_glossary):
    response = client.get("/begrippen/zoeken/", {"q": "verlies van contact"}, follow=True)
    assert "‘verlies van contact’ mag ook" in response.content.decode()


def test_lookup_with_a_typo_asks_whether_we_guessed_right(client, demo_glossary):
    response = client.get("/begrippen/zoeken/", {"q": "gezinsvertegenwoordigr"}, follow=True)
    content = response.content.decode()
    assert response.redirect_chain[-1][0].startswith("/begrippen/gezinsvertegenwoordiger/")
    assert "We denken dat je <strong>gezinsvertegenwoordiger</strong> bedoelt" in content
    assert "alle=1" in content


def test_lookup_with_several_candidates_shows_a_short_list(client, demo_glossary):
    content = client.get("/begrippen/zoeken/", {"q": "complexe"}).content.decode()
    assert "Bedoel je een van deze begrippen?" in content
    assert 'href="/begrippen/complexe-scheiding/?gezocht=complexe"' in content


def test_lookup_of_a_missing_word_says_so_plainly_without_unrelated_entries(client, demo_glossary):
    content = client.get("/begrippen/zoeken/", {"q": "xyzzy"}).content.decode()
    assert "‘xyzzy’ staat niet in het begrippenkader" in content
    assert "Misschien bedoel je" not in content
    assert 'class="glossary-list__term"' not in content
    assert 'href="/begrippen/"' in content
    assert 'value="xyzzy"' in content  # what was typed stays in the box


def test_lookup_of_a_missing_word_offers_only_close_terms(client, demo_glossary):
    content = client.get("/begrippen/zoeken/", {"q": "interactieproblemaatjes"}).content.decode()
    assert "‘interactieproblemaatjes’ staat niet in het begrippenkader" in content
    assert "Misschien bedoel je:" in content
    assert 'href="/begrippen/interactieproblematiek/"' in content
    assert 'href="/begrippen/triage/"' not in content


def test_lookup_with_a_letter_left_out_still_finds_the_entry(client, demo_glossary):
    response = client.get("/begrippen/zoeken/", {"q": "vechscheiding"}, follow=True)
    assert response.redirect_chain[-1][0].startswith("/begrippen/complexe-scheidingsproblematiek/")
    assert "Gebruik liever: <strong>complexe scheidingsproblematiek</strong>" in (
        response.content.decode()
    )


def test_empty_lookup_asks_for_a_word(client):
    content = client.get("/begrippen/zoeken/", {"q": "  "}).content.decode()
    assert "Typ een woord in het zoekvak" in content


def test_a_reserved_path_cannot_become_an_entry_slug():
    entry = Entry(slug="tipsheet", definition="x")
    with pytest.raises(Exception) as error:
        entry.full_clean()
    assert "al in gebruik" in str(error.value)


def test_tipsheet_lists_each_preferred_term_with_what_it_replaces_and_why(client, demo_glossary):
    content = client.get("/begrippen/tipsheet/").content.decode()
    assert '<th scope="col">Zeg liever</th>' in content
    row_start = content.index(">complexe scheidingsproblematiek</a></th>")
    row = content[row_start : content.index("</tr>", row_start)]
    assert "vechtscheiding" in row and "schuld" in row
    assert ">contactverlies</a></th>" in content
    assert "Leg deze woorden altijd uit" in content
    assert "veiligheid in de context van scheiding" in content
    # Entries without discouraged terms are not rows of the table.
    assert ">zorgregeling</a></th>" not in content
