"""The glossary's advice in the site search: a discouraged term typed comes first."""

from glossary.lookup import Hit, lookup
from leernetwerk.search.query import ParsedQuery


def discouraged_term_advice(query: ParsedQuery) -> Hit | None:
    """Return the glossary hit when what was typed is a discouraged term, else None.

    Queries: the glossary version (the lookup index is rebuilt only when the glossary changed).
    """
    if not query:
        return None
    return lookup(query.text).discouraged
