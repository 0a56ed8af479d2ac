"""Who was invited to an event (a focus group, an activity), and whether they came."""

from __future__ import annotations

from sqlalchemy import Column, Index, String, Table, UniqueConstraint

from db.metadata import metadata, record_columns, reference


def participant_table(
    event: str,
    new_attendance: str,
    attendance_index: str,
    government_index: bool | None = None,
) -> Table:
    """The table ``<event>_participant``: a local government, or one of its contact
    persons, at an ``event`` row (deleted with it), and an ``Attendance`` code that starts
    as ``new_attendance``.

    Each government or person is there once per event; ``attendance_index`` names the
    index that reads a government's timeline (its last contact, the events its people
    attended) alone; ``government_index`` whether the government column has an index of
    its own (the focus groups' has, since 0001).
    """
    event_column = f"{event}_id"
    return Table(
        f"{event}_participant",
        metadata,
        reference(event, ondelete="CASCADE", nullable=False, index=True),
        reference("local_government", nullable=False, index=government_index),
        reference("contact_person"),
        Column("attendance", String(20), nullable=False, default=new_attendance),
        *record_columns(),
        UniqueConstraint(event_column, "local_government_id", "contact_person_id"),
        Index(attendance_index, "local_government_id", "attendance", event_column),
    )
