"""Glossary entries for matcher tests, as plain dataclasses (no database needed)."""

from glossary.taalcheck.matching import DiscouragedLabel, MatchEntry, Matcher

VECHTSCHEIDING_REASON = "Het woord legt de nadruk op strijd en maakt de situatie zwaarder."
OUDERVERSTOTING_REASON = "Het woord wijst één ouder als schuldige aan."


def sample_entries() -> list[MatchEntry]:
    """A handful of entries covering every kind of label the matcher must handle."""
    return [
        MatchEntry(
            slug="complexe-scheidingsproblematiek",
            preferred="complexe scheidingsproblematiek",
            discouraged=(DiscouragedLabel("vechtscheiding", VECHTSCHEIDING_REASON),),
            linkable=("complexe scheidingsproblematiek",),
            exceptions=("Stichting Stop Vechtscheiding",),
            definition="Scheiding waarbij ouders langdurig vastlopen in hun samenwerking.",
        ),
        MatchEntry(
            slug="contactverlies",
            preferred="contactverlies",
            discouraged=(
                DiscouragedLabel("ouderverstoting", OUDERVERSTOTING_REASON),
                DiscouragedLabel("PAS", "Geen erkende diagnose.", match_as_written=True),
            ),
            linkable=("contactverlies",),
        ),
        MatchEntry(
            slug="eenoudergezin",
            preferred="eenoudergezin",
            discouraged=(DiscouragedLabel("gebroken gezin", "Klinkt als een oordeel."),),
            linkable=("eenoudergezin",),
        ),
        MatchEntry(
            slug="andere-ouder",
            preferred="andere ouder",
            discouraged=(DiscouragedLabel("ex", "Het kind heeft geen ex, maar twee ouders."),),
            linkable=("andere ouder",),
        ),
        MatchEntry(
            slug="echtscheiding",
            preferred="echtscheiding",
            discouraged=(DiscouragedLabel("echtscheidingsstrijd", "Legt de nadruk op strijd."),),
            linkable=("echtscheiding", "scheiding"),
        ),
        MatchEntry(
            slug="ouderschapsplan",
            preferred="ouderschapsplan",
            discouraged=(
                DiscouragedLabel("paar", "Testlabel voor klinkerwisseling."),
                DiscouragedLabel("brief", "Testlabel voor f en v."),
                DiscouragedLabel("schuldvraag", "Testlabel voor meervoud."),
                DiscouragedLabel("machteloosheid", "Testlabel voor -heid."),
                DiscouragedLabel("scheidingskind", "Het kind is meer dan de scheiding."),
            ),
            linkable=("ouderschapsplan", "ouderschapsplannen"),
        ),
        MatchEntry(
            slug="veilig-thuis",
            preferred="Veilig Thuis",
            linkable=("Veilig Thuis", "MASIC"),
        ),
    ]


def sample_matcher() -> Matcher:
    return Matcher(sample_entries())


def make_entry(
    slug,
    preferred,
    *,
    discouraged=(),
    admitted=(),
    definition="Korte definitie voor professionals.",
    exceptions="",
    status="established",
):
    """Create a glossary entry; `discouraged` holds (text, reason) or (text, reason, as_written)."""
    from glossary.models import Entry, Label

    entry = Entry.objects.create(
        slug=slug, definition=definition, exceptions=exceptions, status=status
    )
    Label.objects.create(entry=entry, text=preferred, kind=Label.Kind.PREFERRED)
    for text in admitted:
        Label.objects.create(entry=entry, text=text, kind=Label.Kind.ADMITTED)
    for text, reason, *as_written in discouraged:
        Label.objects.create(
            entry=entry,
            text=text,
            kind=Label.Kind.DISCOURAGED,
            reason=reason,
            source="Onderzoek naar taal bij scheiding (TNO, 2024)",
            match_as_written=bool(as_written and as_written[0]),
        )
    return entry


def make_network_glossary():
    """The two pairs from the network's language research, plus an abbreviation."""
    return [
        make_entry(
            "complexe-scheidingsproblematiek",
            "complexe scheidingsproblematiek",
            discouraged=[("vechtscheiding", VECHTSCHEIDING_REASON)],
            definition="Scheiding waarbij ouders langdurig vastlopen in hun samenwerking.",
            exceptions="Stichting Stop Vechtscheiding",
        ),
        make_entry(
            "contactverlies",
            "contactverlies",
            discouraged=[
                ("ouderverstoting", OUDERVERSTOTING_REASON),
                ("PAS", "Geen erkende diagnose.", True),
            ],
            definition="Een kind ziet een ouder niet of nauwelijks meer.",
        ),
    ]
