"""The glossary's advice in the site search: a discouraged term typed comes first."""

from glossary.lookup import Hit, lookup
from search.models import SearchDocument
from search.query import SearchResults


def discouraged_term_advice(results: SearchResults) -> Hit | None:
    """Return the glossary hit when what was typed is a discouraged term, else None.

    A discouraged term is a label of its entry, so the search has found that entry already:
    without glossary results there is nothing to look up. Queries: the glossary version (the
    lookup index is rebuilt only when the glossary changed), and only with glossary results.
    """
    if SearchDocument.Kind.TERM not in results.counts:
        return None
    return lookup(results.query.text).discouraged
