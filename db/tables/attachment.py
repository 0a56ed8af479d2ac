"""Files kept with a record (bijlagen): a mail, a report, a photo of a flip chart.

A file belongs to exactly one record: an advice talk, a trajectory, a contact moment, a
focus group or a local government (one foreign key filled, the others empty; the check
constraint holds that). ``contact_person_id`` optionally names the person the file is
from or about (the sender of a mail): the personal-data export and erase find it so.

The bytes live in their own table, ``attachment_content``, one row per file. That keeps
them out of every list and of the change log (which logs the ``attachment`` row: name,
size, owner, never the contents) and loads them only when a file is opened or exported.
"""

from __future__ import annotations

from sqlalchemy import (
    CheckConstraint,
    Column,
    Index,
    Integer,
    LargeBinary,
    String,
    Table,
)

from db.metadata import metadata, record_columns, reference

# The record kinds a file can belong to, and their owner column.
OWNER_COLUMNS = {
    "advice_talk": "advice_talk_id",
    "trajectory": "trajectory_id",
    "contact_moment": "contact_moment_id",
    "focus_group": "focus_group_id",
    "local_government": "local_government_id",
}

_ONE_OWNER = (
    " + ".join(f"(CASE WHEN {c} IS NULL THEN 0 ELSE 1 END)" for c in OWNER_COLUMNS.values())
    + " = 1"
)

#: a file's name, type, size and checksum, and the one record it belongs to
attachment = Table(
    "attachment",
    metadata,
    Column("file_name", String(255), nullable=False),
    Column("media_type", String(100), nullable=False, default=""),
    Column("size", Integer, nullable=False),
    Column("sha256", String(64), nullable=False),
    *(reference(kind, column, ondelete="CASCADE") for kind, column in OWNER_COLUMNS.items()),
    reference("contact_person", ondelete="SET NULL"),
    *record_columns(),
    CheckConstraint(_ONE_OWNER, name="one_owner"),
    *(Index(f"ix_attachment_{kind}", column) for kind, column in OWNER_COLUMNS.items()),
    Index("ix_attachment_contact_person", "contact_person_id"),
)

#: the bytes of one attachment (deleted with it)
attachment_content = Table(
    "attachment_content",
    metadata,
    reference("attachment", ondelete="CASCADE", primary_key=True),
    Column("content", LargeBinary, nullable=False),
)
