"""Preferred and admitted labels are found as whole words, for linking to the entry."""


def occurrences(matcher, text):
    return [(o.start, o.end, o.match, o.term) for o in matcher.find_terms(text)]


def test_preferred_and_admitted_labels_are_found_in_any_case_and_form(matcher):
    text = "De Ouderschapsplannen en het\nouderschapsplan; bij complexe  scheidingsproblematiek."
    assert occurrences(matcher, text) == [
        (3, 21, "Ouderschapsplannen", "ouderschapsplan"),
        (29, 44, "ouderschapsplan", "ouderschapsplan"),
        (50, 82, "complexe  scheidingsproblematiek", "complexe-scheidingsproblematiek"),
    ]


def test_labels_inside_compounds_are_not_linked(matcher):
    assert occurrences(matcher, "Scheidingsplein en echtscheidingsconvenant.") == []


def test_names_with_capitals_are_linked_only_as_written(matcher):
    text = "Zich veilig thuis voelen. Bel Veilig Thuis of vraag naar MASIC, niet masic."
    assert occurrences(matcher, text) == [
        (30, 42, "Veilig Thuis", "veilig-thuis"),
        (57, 62, "MASIC", "veilig-thuis"),
    ]
