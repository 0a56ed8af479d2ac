"""Full-text search over the records (SQLite FTS5 or PostgreSQL tsvector).

Importing this package registers the listener that keeps the index in step.
"""

from supportdesk.search.indexer import optimize, refresh, reindex_all
from supportdesk.search.kinds import KINDS
from supportdesk.search.query import SearchHit, search

__all__ = ["KINDS", "SearchHit", "optimize", "refresh", "reindex_all", "search"]
