"""``supportdesk check`` for attachments: every file's stored bytes against its record.

An attachment row keeps the size and the SHA-256 of its file; the bytes live in
``attachment_content``. A file whose bytes were cut short, changed behind SupportDesk's
back (a restored page, a hand edit) or lost would still be listed with its old name and
size, and opened it would give something else. The check reads each file's bytes once,
a few at a time (the files are up to 25 MB each), and compares length and checksum.
Import runs it on its own transaction before committing, so a document whose base64
content does not match its size or checksum is refused, as ``check`` would report it.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from dataclasses import dataclass

from sqlalchemy import Connection, select

from db.models import Attachment, AttachmentContent

_BATCH = 8  # rows fetched at a time: at most a few files of 25 MB in memory


@dataclass(frozen=True)
class FileProblem:
    """One attachment whose bytes do not match what its record says."""

    record: str  # the attachment's public id
    file_name: str
    reason: str  # "missing", "size" or "checksum"


def file_problems(conn: Connection) -> Iterator[FileProblem]:
    """Each attachment whose content is missing, has another length or another SHA-256."""
    query = (
        select(
            Attachment.public_id,
            Attachment.file_name,
            Attachment.size,
            Attachment.sha256,
            AttachmentContent.content,
        )
        .outerjoin(AttachmentContent, AttachmentContent.attachment_id == Attachment.id)
        .order_by(Attachment.id)
        .execution_options(yield_per=_BATCH)
    )
    for public_id, file_name, size, sha256, content in conn.execute(query):
        if content is None:
            yield FileProblem(public_id, file_name, "missing")
            continue
        data = bytes(content)
        if len(data) != size:
            yield FileProblem(public_id, file_name, "size")
        elif hashlib.sha256(data).hexdigest() != (sha256 or "").lower():
            yield FileProblem(public_id, file_name, "checksum")


MESSAGES = {
    "missing": "bijlagen zonder inhoud",
    "size": "bijlagen waarvan de inhoud een andere grootte heeft dan opgeslagen",
    "checksum": "bijlagen waarvan de inhoud niet past bij de opgeslagen controlesom (SHA-256)",
}
