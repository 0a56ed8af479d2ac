"""The communication area's Core tables (temporary: taken from the ORM models)."""

from db.models.communication import Publication, article_good_practice

publication = Publication.__table__

__all__ = ["article_good_practice", "publication"]
