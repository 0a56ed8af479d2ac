"""Contact persons at local governments (made inactive, never deleted, so history stays)."""

from __future__ import annotations

from sqlalchemy import Boolean, Column, Date, String, Table, Text

from db.metadata import metadata, record_columns, reference

contact_person = Table(
    "contact_person",
    metadata,
    reference("local_government", nullable=False, index=True),
    Column("first_name", String(100), nullable=False, default=""),
    Column("last_name", String(100), nullable=False),
    Column("role", String(200), nullable=False, default=""),
    Column("email", String(200), nullable=False, default=""),
    Column("phone", String(50), nullable=False, default=""),
    Column("notes", Text, nullable=False, default=""),
    Column("active", Boolean, nullable=False, default=True),
    Column("inactive_since", Date),
    *record_columns(),
)
