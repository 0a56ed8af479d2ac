"""The digital-inclusion network's members (OD 1.1 "onderhoudt het ledenbestand")."""

from __future__ import annotations

from sqlalchemy import CheckConstraint, Column, Date, Index, Table, Text

from db.metadata import metadata, record_columns, reference

network_membership = Table(
    "network_membership",
    metadata,
    reference("contact_person", ondelete="CASCADE", nullable=False),
    Column("joined_on", Date, nullable=False),
    Column("left_on", Date),
    Column("notes", Text, nullable=False, default=""),
    *record_columns(),
    CheckConstraint("left_on IS NULL OR left_on >= joined_on", name="dates"),
    Index("ix_network_membership_contact", "contact_person_id", "left_on"),
)
