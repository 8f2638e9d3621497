"""Glossary lookup speed: one query against an index of about 5,000 labels (1,250 entries).

No target is asserted; the lookup box should answer well within 50 ms per query. The labels
are synthetic compounds of Dutch word parts (many near misses for the typo search) plus the
network's real entries, and the queries cover each way of matching.
"""

import random
import statistics
import time

from glossary.demo import ENTRIES as DEMO_ENTRIES
from glossary.lookup import LookupIndex
from glossary.models import Label

PARTS = [
    "scheiding", "ouder", "kind", "gezin", "zorg", "regeling", "plan", "hulp", "veilig",
    "contact", "verlies", "problematiek", "samenwerking", "jeugd", "team", "wijk", "recht",
    "bemiddeling", "gesprek", "conflict", "loyaliteit", "opvoeding", "school", "woon",
]  # fmt: skip
ENTRY_COUNT = 1_250
QUERIES = {
    "exact": "complexe scheidingsproblematiek",
    "discouraged, plural": "vechtscheidingen",
    "typo": "vechtsheiding",
    "partial": "ouderschap",
    "nothing found": "xyzzy kwartel",
}


def _rows():
    rng = random.Random(7)
    rows, entry_id = [], 0
    for data in DEMO_ENTRIES:
        entry_id += 1
        rows.append(_row(entry_id, data["slug"], data["preferred"], Label.Kind.PREFERRED))
        for label in data.get("discouraged", []):
            rows.append(_row(entry_id, data["slug"], label["text"], Label.Kind.DISCOURAGED))
    while entry_id < ENTRY_COUNT:
        entry_id += 1
        words = [rng.choice(PARTS) + rng.choice(PARTS) for _ in range(rng.randint(1, 3))]
        slug = f"begrip-{entry_id}"
        rows.append(_row(entry_id, slug, " ".join(words), Label.Kind.PREFERRED))
        rows.append(_row(entry_id, slug, " ".join(words[::-1]) + "s", Label.Kind.ADMITTED))
        rows.append(
            _row(entry_id, slug, rng.choice(PARTS) + " " + words[0], Label.Kind.DISCOURAGED)
        )
        rows.append(_row(entry_id, slug, "".join(words) + "e", Label.Kind.HIDDEN))
    return rows


def _row(entry_id, slug, text, kind):
    return {
        "entry_id": entry_id,
        "entry__slug": slug,
        "entry__definition": "Definitie.",
        "entry__status": "draft",
        "text": text,
        "kind": kind,
        "reason": "Reden." if kind == Label.Kind.DISCOURAGED else "",
        "source": "Bron." if kind == Label.Kind.DISCOURAGED else "",
        "match_as_written": False,
    }


def run() -> list[str]:
    rows = _rows()
    started = time.perf_counter()
    index = LookupIndex(rows)
    build_ms = (time.perf_counter() - started) * 1000
    lines = [f"index of {len(index.labels)} labels built in {build_ms:.0f} ms (once per change)"]
    for name, query in QUERIES.items():
        timings = []
        for _ in range(20):
            started = time.perf_counter()
            result = index.find(query)
            timings.append((time.perf_counter() - started) * 1000)
        lines.append(
            f"lookup {name!r} ({query!r}): median {statistics.median(timings):.2f} ms, "
            f"max {max(timings):.2f} ms -> {result.outcome}"
        )
    return lines
