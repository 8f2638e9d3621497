"""Taalcheck speed: a 10,000-word Dutch text checked against a glossary of 1,000 entries.

Target: under 50 ms per text on one core. The glossary is synthetic but built from Dutch word
parts that also occur in the text, so the matcher meets many near misses (the hard case), plus
the network's real entries; every 200 words the text contains a discouraged term.
"""

import random
import statistics
import time

from glossary.taalcheck.matching import DiscouragedLabel, MatchEntry, Matcher

TARGET_MS = 50
WORDS = 10_000
ENTRIES = 1_000

SENTENCES = [
    "Ouders kunnen zichzelf aanmelden of komen via een andere organisatie, zoals het "
    "scheidingsplein.",
    "Er wordt altijd in duo's gewerkt, zodat ouders zich gehoord voelen.",
    "De focus ligt op het ouderschap en de kinderen, niet op het conflict tussen de ex-partners.",
    "Professionals geven aan dat ze minder met termen spreken bij ouders en gezinnen dan bij "
    "andere professionals.",
    "Met positieve woorden blijf je meer weg van een waardeoordeel over de ouders.",
    "In de regio Haaglanden, Midden-Holland en Holland-Rijnland werken gemeenten samen met "
    "het onderwijs en de praktijk.",
    "Beelden blijven beter hangen dan woorden en kunnen helpen om lastige zaken bespreekbaar "
    "te maken.",
    "Het is helpend als in gezinnen de basis op orde is, voor de kinderen en voor beide ouders.",
    "Wachtlijsten zijn enorm, zeker bij scheidingsproblematiek binnen de jeugdzorg.",
    "Pas op dat het kind geen trofee wordt in de strijd tussen de volwassenen.",
    "De gezinsvertegenwoordiger werkt vanuit verbinding en vertrouwen aan duurzaam samenwerken.",
    "Een toolkit helpt om het gesprek met collega's over taal bij scheiding te starten.",
    "Bij contactverlies en complexe scheidingsproblematiek helpt een eenoudergezin soms.",
]
DISCOURAGED_IN_TEXT = [
    "vechtscheiding",
    "Vechtscheidingen",
    "ouderverstoting",
    "vechtscheidingsadvocaat",
    "gebroken gezin",
    "PAS",
]
SYLLABLES = [
    "ou", "der", "kind", "scheid", "ing", "zorg", "ge", "zin", "re", "ge", "ling", "con",
    "flict", "hulp", "aan", "bod", "vei", "lig", "heid", "sa", "men", "wer", "ken", "jeugd",
    "wijk", "team", "plan", "ver", "sto", "ting", "be", "leid", "on", "der", "zoek", "prak",
    "tijk", "taal", "woord", "beeld", "recht", "bank", "pro", "fes", "sie", "net", "ouw",
]  # fmt: skip


def synthetic_glossary(rng: random.Random) -> list[MatchEntry]:
    def word(parts: int) -> str:
        return "".join(rng.choice(SYLLABLES) for _ in range(parts))

    entries = [
        MatchEntry(
            slug="complexe-scheidingsproblematiek",
            preferred="complexe scheidingsproblematiek",
            discouraged=(DiscouragedLabel("vechtscheiding", "Legt de nadruk op strijd."),),
            linkable=("complexe scheidingsproblematiek",),
        ),
        MatchEntry(
            slug="contactverlies",
            preferred="contactverlies",
            discouraged=(
                DiscouragedLabel("ouderverstoting", "Wijst een schuldige aan."),
                DiscouragedLabel("PAS", "Geen erkende diagnose.", match_as_written=True),
            ),
            linkable=("contactverlies",),
        ),
        MatchEntry(
            slug="eenoudergezin",
            preferred="eenoudergezin",
            discouraged=(DiscouragedLabel("gebroken gezin", "Negatief oordeel."),),
            linkable=("eenoudergezin",),
        ),
    ]
    while len(entries) < ENTRIES:
        number = len(entries)
        discouraged = [DiscouragedLabel(word(rng.randint(3, 5)), "Synthetisch.")]
        if number % 3 == 0:
            discouraged.append(DiscouragedLabel(f"{word(2)} {word(3)}", "Synthetisch."))
        if number % 10 == 0:
            abbreviation = "".join(rng.choice("ABCDEFGHKLMNPRSTVZ") for _ in range(3))
            discouraged.append(DiscouragedLabel(abbreviation, "Synthetisch."))
        preferred = f"{word(3)} {number}"
        entries.append(
            MatchEntry(
                slug=f"begrip-{number}",
                preferred=preferred,
                discouraged=tuple(discouraged),
                linkable=(preferred, word(3)),
                exceptions=(f"Stichting {word(2)}",) if number % 7 == 0 else (),
            )
        )
    return entries


def synthetic_text(rng: random.Random) -> str:
    sentences, count = [], 0
    while count < WORDS:
        sentence = rng.choice(SENTENCES)
        if len(sentences) % 12 == 11:
            sentence += f" Dat heet ook wel {rng.choice(DISCOURAGED_IN_TEXT)}."
        sentences.append(sentence)
        count += len(sentence.split())
        if len(sentences) % 8 == 0:
            sentences.append("\n\n")
    return " ".join(sentences)


def _timed(function, text, repeats):
    timings = []
    for _ in range(repeats):
        started = time.perf_counter()
        result = function(text)
        timings.append((time.perf_counter() - started) * 1000)
    return timings, result


def run() -> list[str]:
    rng = random.Random(20240903)
    entries = synthetic_glossary(rng)
    text = synthetic_text(rng)
    started = time.perf_counter()
    matcher = Matcher(entries)
    build_ms = (time.perf_counter() - started) * 1000
    first_timings, _ = _timed(matcher.find, text, 1)  # compiles the labels it meets
    find_timings, findings = _timed(matcher.find, text, 15)
    term_timings, terms = _timed(matcher.find_terms, text, 15)
    median = statistics.median(find_timings)
    verdict = "meets" if median < TARGET_MS else "MISSES"
    return [
        f"text: {len(text.split()):,} words, {len(text):,} characters; glossary: "
        f"{len(entries):,} entries, {sum(len(e.discouraged) for e in entries):,} discouraged "
        f"labels",
        f"building the matcher: {build_ms:.0f} ms (once per glossary version and process); "
        f"first check after building: {first_timings[0]:.1f} ms",
        f"find discouraged terms: median {median:.1f} ms, best {min(find_timings):.1f} ms "
        f"over {len(find_timings)} runs, {len(findings)} findings "
        f"({verdict} the target of < {TARGET_MS} ms per text)",
        f"find linkable terms: median {statistics.median(term_timings):.1f} ms, "
        f"{len(terms)} occurrences",
    ]
