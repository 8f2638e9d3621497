"""Search across the portal: the index sources (registry) and the query engine (query)."""

from leernetwerk.search.query import parse_query, search
from leernetwerk.search.registry import (
    Document,
    plain_text,
    rebuild_index,
    register,
    register_dependent,
    reindex,
    unregister,
)

__all__ = [
    "Document",
    "parse_query",
    "plain_text",
    "rebuild_index",
    "register",
    "register_dependent",
    "reindex",
    "search",
    "unregister",
]
