"""Full-text search over the records (SQLite FTS5 or PostgreSQL tsvector).

The names below are loaded when first used, so a light module of the package
(``kinds``, ``folding``, ``titles``, ``index_state``) is imported without the indexer,
the search and the ORM they need. The listener that keeps the index in step is
registered when ``supportdesk.search.indexer`` is imported: ``supportdesk.database``
imports it before the first session of the process (``db.session.before_first_session``).
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from supportdesk.search.indexer import optimize, refresh, reindex_all
    from supportdesk.search.kinds import KINDS
    from supportdesk.search.query import SearchHit, search

__all__ = ["KINDS", "SearchHit", "optimize", "refresh", "reindex_all", "search"]

_MODULE_OF = {
    "KINDS": "kinds",
    "SearchHit": "query",
    "optimize": "indexer",
    "refresh": "indexer",
    "reindex_all": "indexer",
    "search": "query",
}


def __getattr__(name: str) -> Any:
    """One of the package's names, imported from its module when first asked for."""
    module = _MODULE_OF.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value
