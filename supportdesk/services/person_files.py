"""A person's files (from or about them, and those of the records they are linked to)
for the personal-data export and erasure, inside the caller's transaction."""

from __future__ import annotations

import base64
from collections.abc import Iterable
from typing import Any

from sqlalchemy import delete, or_, select
from sqlalchemy.orm import Session

from db.models import Attachment, AttachmentContent, ContactPerson, FocusGroupParticipant
from db.models.attachment import OWNER_COLUMNS
from supportdesk.services._attach import OWNER_MODELS, attachment_view, stored_bytes


def person_attachments(
    session: Session, person: ContactPerson, linked: Iterable[object]
) -> list[Attachment]:
    """The files of a person: from or about them, and those of the records they are linked to."""
    records = list(linked)
    conds = [Attachment.contact_person_id == person.id]
    for kind, model in OWNER_MODELS.items():
        pks = [o.id for o in records if isinstance(o, model)]
        if kind == "focus_group":  # a person takes part in a focus group as a participant
            pks += [o.focus_group_id for o in records if isinstance(o, FocusGroupParticipant)]
        if pks:
            conds.append(getattr(Attachment, OWNER_COLUMNS[kind]).in_(pks))
    return list(session.scalars(select(Attachment).where(or_(*conds)).order_by(Attachment.id)))


def export_row(session: Session, a: Attachment, person: ContactPerson) -> dict[str, Any]:
    """One file for a personal-data export: what it is, where it belongs, its bytes (base64)."""
    view = attachment_view(session, a)
    return {
        "table": "attachment",
        "id": a.public_id,
        "file_name": a.file_name,
        "media_type": a.media_type,
        "size": a.size,
        "sha256": a.sha256,
        "belongs_to": {"table": view.owner_kind, "id": view.owner_id},
        "from_or_about_this_person": a.contact_person_id == person.id,
        "content_base64": base64.b64encode(stored_bytes(session, a)).decode("ascii"),
    }


def remove_person_attachments(session: Session, person: ContactPerson) -> list[Attachment]:
    """Delete the files that are from or about this person (erase), inside the caller's
    transaction; returns them (still readable for the change log)."""
    rows = list(
        session.scalars(select(Attachment).where(Attachment.contact_person_id == person.id))
    )
    for a in rows:
        session.execute(delete(AttachmentContent).where(AttachmentContent.attachment_id == a.id))
        session.delete(a)
    return rows
