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

from typing import TYPE_CHECKING

from sqlalchemy import CheckConstraint, ForeignKey, Index, Integer, LargeBinary, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from db.base import Base, RecordMixin

if TYPE_CHECKING:
    from db.models.contacts import ContactPerson

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


class Attachment(RecordMixin, Base):
    """A file's name, type, size and checksum, and the one record it belongs to."""

    __tablename__ = "attachment"

    file_name: Mapped[str] = mapped_column(String(255), nullable=False)
    media_type: Mapped[str] = mapped_column(String(100), nullable=False, default="")
    size: Mapped[int] = mapped_column(Integer, nullable=False)
    sha256: Mapped[str] = mapped_column(String(64), nullable=False)
    advice_talk_id: Mapped[int | None] = mapped_column(
        ForeignKey("advice_talk.id", ondelete="CASCADE")
    )
    trajectory_id: Mapped[int | None] = mapped_column(
        ForeignKey("trajectory.id", ondelete="CASCADE")
    )
    contact_moment_id: Mapped[int | None] = mapped_column(
        ForeignKey("contact_moment.id", ondelete="CASCADE")
    )
    focus_group_id: Mapped[int | None] = mapped_column(
        ForeignKey("focus_group.id", ondelete="CASCADE")
    )
    local_government_id: Mapped[int | None] = mapped_column(
        ForeignKey("local_government.id", ondelete="CASCADE")
    )
    contact_person_id: Mapped[int | None] = mapped_column(
        ForeignKey("contact_person.id", ondelete="SET NULL")
    )

    contact_person: Mapped[ContactPerson | None] = relationship()

    @property
    def name(self) -> str:
        """The name the change log and the lists show (``display_name``)."""
        return self.file_name

    __table_args__ = (
        CheckConstraint(_ONE_OWNER, name="one_owner"),
        Index("ix_attachment_advice_talk", "advice_talk_id"),
        Index("ix_attachment_trajectory", "trajectory_id"),
        Index("ix_attachment_contact_moment", "contact_moment_id"),
        Index("ix_attachment_focus_group", "focus_group_id"),
        Index("ix_attachment_local_government", "local_government_id"),
        Index("ix_attachment_contact_person", "contact_person_id"),
    )


class AttachmentContent(Base):
    """The bytes of one attachment (deleted with it)."""

    __tablename__ = "attachment_content"

    attachment_id: Mapped[int] = mapped_column(
        ForeignKey("attachment.id", ondelete="CASCADE"), primary_key=True
    )
    content: Mapped[bytes] = mapped_column(LargeBinary, nullable=False)
