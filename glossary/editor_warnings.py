"""Warn trekkers in the admin when a text they save uses discouraged terms or reads hard."""

import html

from django.contrib import messages
from django.utils.html import strip_tags

from glossary.taalcheck.check import get_matcher, measure_readability
from glossary.taalcheck.matching import Finding
from glossary.taalcheck.readability import B1_MIN_SCORE, LONG_SENTENCE_WORDS


def warn_about_discouraged_terms(request, *texts) -> None:
    """Add an admin warning listing the discouraged terms in `texts`, with the preferred terms.

    Call it in ModelAdmin.save_model after saving: the save itself always goes through.
    Texts may be Markdown or HTML; tags are ignored.
    """
    matcher = get_matcher()
    found: dict[str, tuple[Finding, int]] = {}
    for text in texts:
        if not text:
            continue
        for finding in matcher.find(html.unescape(strip_tags(str(text)))):
            key = " ".join(finding.match.lower().split())
            first, count = found.get(key, (finding, 0))
            found[key] = (first, count + 1)
    if not found:
        return
    listed = "; ".join(
        f"„{' '.join(finding.match.split())}”{f' ({count}×)' if count > 1 else ''}: "
        f"gebruik liever „{finding.preferred}”"
        for finding, count in found.values()
    )
    messages.warning(
        request,
        f"Opgeslagen, maar let op: de tekst gebruikt woorden die het leernetwerk liever niet "
        f"gebruikt. {listed}. Pas de tekst aan als dat kan; de taalcheck legt uit waarom.",
    )


def warn_about_readability(request, text, name: str) -> None:
    """Add an admin warning when `text` scores below B1 or has long sentences; never a block.

    `name` says which text it is ("de uitleg in gewone taal"). Tags are ignored.
    """
    if not text:
        return
    reading = measure_readability(html.unescape(strip_tags(str(text))))
    if reading.score is None or reading.is_b1:
        return  # long words alone are named on the taalcheck page, not worth a warning here
    problems = []
    if reading.score < B1_MIN_SCORE:
        problems.append(
            f"de leesbaarheidsscore is {reading.score:.0f} (Flesch-Douma; B1 is "
            f"{B1_MIN_SCORE} of hoger)"
        )
    long_sentences = reading.long_sentences
    if long_sentences:
        quoted = "; ".join(f"„{sentence.quote}”" for sentence in long_sentences)
        count = len(long_sentences)
        problems.append(
            f"{count} {'zin heeft' if count == 1 else 'zinnen hebben'} meer dan "
            f"{LONG_SENTENCE_WORDS} woorden: {quoted}"
        )
    if reading.long_words:
        problems.append(f"lange woorden: {', '.join(reading.long_words)}")
    messages.warning(
        request,
        f"Opgeslagen, maar let op: {name} is misschien niet goed te lezen op B1-niveau: "
        f"{'; '.join(problems)}. Maak de zinnen korter en kies gewone woorden.",
    )


class TaalcheckMixin:
    """ModelAdmin mixin: after saving an object and its inlines, warn once about their terms."""

    taalcheck_fields: tuple[str, ...] = ()
    # Inline model -> the fields of it that hold text written by trekkers.
    taalcheck_inline_fields: dict[type, tuple[str, ...]] = {}

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        texts = _texts_of(form.instance, self.taalcheck_fields)
        for formset in formsets:
            fields = self.taalcheck_inline_fields.get(formset.model, ())
            for inline_form in formset.forms:
                if inline_form in formset.deleted_forms or not inline_form.instance.pk:
                    continue
                texts += _texts_of(inline_form.instance, fields)
        warn_about_discouraged_terms(request, *texts)


def _texts_of(instance, fields) -> list:
    return [getattr(instance, name, "") for name in fields]
