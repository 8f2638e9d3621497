"""Glossary entries for matcher tests, as plain dataclasses (no database needed)."""

from glossary.matching import DiscouragedLabel, MatchEntry, Matcher

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
