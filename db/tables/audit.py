"""The audit area's Core tables (temporary: taken from the ORM models)."""

from db.models.audit import ChangeLogEntry

change_log = ChangeLogEntry.__table__

__all__ = ["change_log"]
