"""The feedback area's Core tables (temporary: taken from the ORM models)."""

from db.models.feedback import Feedback

feedback = Feedback.__table__

__all__ = ["feedback"]
