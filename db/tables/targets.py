"""The targets area's Core tables (temporary: taken from the ORM models)."""

from db.models.targets import Target

target = Target.__table__

__all__ = ["target"]
