"""Files kept with a record (bijlagen); the tables, the one-owner rule and why the bytes
have their own table: ``db.tables.attachment``."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy.orm import Mapped, relationship

from db.base import Base, RecordMixin
from db.tables.attachment import OWNER_COLUMNS, attachment, attachment_content

if TYPE_CHECKING:
    from db.models.contacts import ContactPerson

__all__ = ["OWNER_COLUMNS", "Attachment", "AttachmentContent"]


class Attachment(RecordMixin, Base):
    """A file's name, type, size and checksum, and the one record it belongs to."""

    __table__ = attachment

    file_name: Mapped[str]
    media_type: Mapped[str]
    size: Mapped[int]
    sha256: Mapped[str]
    advice_talk_id: Mapped[int | None]
    trajectory_id: Mapped[int | None]
    contact_moment_id: Mapped[int | None]
    focus_group_id: Mapped[int | None]
    local_government_id: Mapped[int | None]
    contact_person_id: Mapped[int | None]

    contact_person: Mapped[ContactPerson | None] = relationship()

    @property
    def name(self) -> str:
        """The name the change log and the lists show (``display_name``)."""
        return self.file_name


class AttachmentContent(Base):
    """The bytes of one attachment (deleted with it)."""

    __table__ = attachment_content

    attachment_id: Mapped[int]
    content: Mapped[bytes]
