"""Files kept with a record: add, list, read back, open as a private copy, remove.

A file belongs to one advice talk, trajectory, contact moment, focus group or local
government (``OWNER_KINDS``). Its bytes are stored in the database, so a backup, an
export and a shared PostgreSQL database hold them too. A file over ``MAX_SIZE`` is
refused with a message that says how large it is, before anything is read or written.

The file checks live in ``attachment_files``, the in-transaction store in ``_attach``,
the names and sizes for timelines and case summaries in ``queries.attached_files`` and a
person's files (export, erase) in ``person_files``; this module re-exports what the
interface uses, so ``supportdesk.services.attachments`` stays its one door.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Sequence
from pathlib import Path

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from db.models import Attachment, AttachmentContent
from db.models.attachment import OWNER_COLUMNS
from db.session import Database
from supportdesk.queries.attached_files import FileSummary, add_file_notes
from supportdesk.services._attach import (
    OWNER_KINDS,
    AttachmentView,
    attach_in_session,
    attachment_view,
    owner_model,
    stored_bytes,
)
from supportdesk.services._base import delete_record, get_record, read_record, write
from supportdesk.services.attachment_files import (
    MAX_SIZE,
    AttachmentTooLarge,
    NewFile,
    check_size,
    clean_file_name,
    format_size,
    portable_file_name,
    read_file,
)

__all__ = [
    "MAX_SIZE",
    "OWNER_KINDS",
    "AttachmentTooLarge",
    "AttachmentView",
    "FileSummary",
    "NewFile",
    "add_attachments",
    "add_file_notes",
    "attachment_content",
    "attachment_count",
    "clean_file_name",
    "format_size",
    "get_attachment",
    "list_attachments",
    "private_copy",
    "read_file",
    "remove_attachment",
]


def add_attachments(
    db: Database, owner_kind: str, owner_id: str, files: Sequence[NewFile]
) -> list[AttachmentView]:
    """Add files to a saved record, all in one transaction (one too large: none added)."""
    model = owner_model(owner_kind)
    for f in files:
        check_size(clean_file_name(f.file_name), len(f.content))
    with write(db) as session:
        owner = get_record(session, model, owner_id)
        ids = attach_in_session(session, owner, files)
        rows = session.scalars(select(Attachment).where(Attachment.public_id.in_(ids)))
        by_id = {a.public_id: a for a in rows}
        return [attachment_view(session, by_id[i]) for i in ids]


def list_attachments(db: Database, owner_kind: str, owner_id: str) -> list[AttachmentView]:
    """A record's files, oldest first (names and sizes; no contents)."""
    model = owner_model(owner_kind)
    column = getattr(Attachment, OWNER_COLUMNS[owner_kind])
    with db.read() as session:
        owner = get_record(session, model, owner_id)
        rows = session.scalars(select(Attachment).where(column == owner.id).order_by(Attachment.id))
        return [attachment_view(session, a) for a in rows]


def get_attachment(db: Database, attachment_id: str) -> AttachmentView:
    return read_record(db, Attachment, attachment_id, attachment_view)


def attachment_content(db: Database, attachment_id: str) -> bytes:
    """The stored bytes of one file."""
    return read_record(db, Attachment, attachment_id, stored_bytes)


def remove_attachment(
    db: Database, attachment_id: str, expected_version: int | None = None
) -> None:
    """Delete one file (its name and size stay in the change log, its bytes do not)."""

    def before(session: Session, a: Attachment) -> None:
        session.execute(delete(AttachmentContent).where(AttachmentContent.attachment_id == a.id))

    delete_record(db, Attachment, attachment_id, expected_version, before)


def private_copy(db: Database, attachment_id: str, folder: Path | None = None) -> Path:
    """Write the file to a private temporary folder (0700) as a 0600 file, under its own
    name, for the system's application to open. The caller may remove it later."""
    view = get_attachment(db, attachment_id)
    content = attachment_content(db, attachment_id)
    where = Path(tempfile.mkdtemp(prefix="supportdesk-", dir=folder))
    os.chmod(where, 0o700)
    path = where / portable_file_name(view.file_name)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as out:
        out.write(content)
    return path


def attachment_count(db: Database) -> int:
    with db.read() as session:
        return int(session.scalar(select(func.count()).select_from(Attachment)) or 0)
