"""The search area's Core tables (temporary: taken from the ORM models)."""

from db.models.search import SearchDocument

search_document = SearchDocument.__table__

__all__ = ["search_document"]
