"""Storing and reading files inside the caller's transaction, shared by the services
that keep files with a record (``attachments`` itself, and ``advice``, whose save of a
new talk stores the talk and its mail's files together) and by the personal-data and
summary readers. Which records may hold files: ``OWNER_MODELS``."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.base import RecordMixin
from db.models import (
    AdviceTalk,
    Attachment,
    AttachmentContent,
    ContactMoment,
    ContactPerson,
    FocusGroup,
    LocalGovernment,
    Trajectory,
)
from db.models.attachment import OWNER_COLUMNS
from supportdesk.errors import ValidationError
from supportdesk.services._base import get_record
from supportdesk.services.attachment_files import (
    NewFile,
    check_size,
    clean_file_name,
    format_size,
    guess_media_type,
)

OWNER_MODELS: dict[str, type[RecordMixin]] = {
    "advice_talk": AdviceTalk,
    "trajectory": Trajectory,
    "contact_moment": ContactMoment,
    "focus_group": FocusGroup,
    "local_government": LocalGovernment,
}
OWNER_KINDS = tuple(OWNER_MODELS)


@dataclass(frozen=True)
class AttachmentView:
    id: str
    version: int
    file_name: str
    media_type: str
    size: int
    sha256: str
    owner_kind: str
    owner_id: str
    contact_person_id: str | None
    created_at: datetime
    created_by: str

    @property
    def size_text(self) -> str:
        return format_size(self.size)


def owner_model(kind: str) -> type[RecordMixin]:
    """The model of an owner kind; any other kind is refused in Dutch."""
    if kind not in OWNER_MODELS:
        raise ValidationError.single("owner_kind", f"Een {kind!r} kan geen bijlagen hebben.")
    return OWNER_MODELS[kind]


def _owner_of(a: Attachment) -> tuple[str, int]:
    for kind, column in OWNER_COLUMNS.items():
        value = getattr(a, column)
        if value is not None:
            return kind, value
    raise AssertionError("an attachment always has an owner")  # the check constraint


def attachment_view(session: Session, a: Attachment) -> AttachmentView:
    kind, owner_pk = _owner_of(a)
    model = OWNER_MODELS[kind]
    owner_id = session.scalar(select(model.public_id).where(model.id == owner_pk))
    return AttachmentView(
        id=a.public_id,
        version=a.version,
        file_name=a.file_name,
        media_type=a.media_type,
        size=a.size,
        sha256=a.sha256,
        owner_kind=kind,
        owner_id=owner_id or "",
        contact_person_id=a.contact_person.public_id if a.contact_person else None,
        created_at=a.created_at,
        created_by=a.created_by,
    )


def stored_bytes(session: Session, a: Attachment) -> bytes:
    """The stored bytes of one file (empty when its content row is missing)."""
    content = session.scalar(
        select(AttachmentContent.content).where(AttachmentContent.attachment_id == a.id)
    )
    return bytes(content or b"")


def attach_in_session(session: Session, owner: RecordMixin, files: Iterable[NewFile]) -> list[str]:
    """Store ``files`` with ``owner`` inside the caller's transaction (a save that creates
    the record and its files together). Returns the new attachments' public ids."""
    kind = next((k for k, m in OWNER_MODELS.items() if isinstance(owner, m)), None)
    if kind is None:
        raise ValidationError.single("owner_kind", "Dit record kan geen bijlagen hebben.")
    session.flush()  # the owner needs its id
    ids: list[str] = []
    for f in files:
        name = clean_file_name(f.file_name)
        check_size(name, len(f.content))
        person = None
        if f.contact_person_id:
            person = get_record(session, ContactPerson, f.contact_person_id)
        a = Attachment(
            file_name=name,
            media_type=(f.media_type or guess_media_type(name))[:100],
            size=len(f.content),
            sha256=hashlib.sha256(f.content).hexdigest(),
            contact_person=person,
        )
        setattr(a, OWNER_COLUMNS[kind], owner.id)
        session.add(a)
        session.flush()
        session.add(AttachmentContent(attachment_id=a.id, content=f.content))
        ids.append(a.public_id)
    session.flush()
    return ids
