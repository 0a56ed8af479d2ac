"""Files kept with a record: add, list, read back, open as a private copy, remove.

A file belongs to one advice talk, trajectory, contact moment, focus group or local
government (``OWNER_KINDS``; activities do not exist yet). Its bytes are stored in the
database, so a backup, an export and a shared PostgreSQL database hold them too. A file
over ``MAX_SIZE`` is refused with a message that says how large it is, before anything
is read or written.
"""

from __future__ import annotations

import base64
import hashlib
import mimetypes
import os
import re
import tempfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime
from pathlib import Path
from typing import Any, Protocol, TypeVar

from sqlalchemy import Date, delete, func, literal, or_, select
from sqlalchemy.orm import Session

from db.base import RecordMixin
from db.models import (
    AdviceTalk,
    Attachment,
    AttachmentContent,
    ContactMoment,
    ContactPerson,
    FocusGroup,
    FocusGroupParticipant,
    LocalGovernment,
    Trajectory,
)
from db.models.attachment import OWNER_COLUMNS
from db.session import Database
from supportdesk.errors import DomainError, ValidationError
from supportdesk.safety.open_files import held_open_problem
from supportdesk.services._base import delete_record, get_record, write

MAX_SIZE = 25 * 1024 * 1024


class _Entry(Protocol):
    @property
    def kind(self) -> str: ...
    @property
    def id(self) -> str: ...
    @property
    def files(self) -> tuple[FileSummary, ...]: ...


E = TypeVar("E", bound=_Entry)
MAX_NAME = 255

OWNER_MODELS: dict[str, type[RecordMixin]] = {
    "advice_talk": AdviceTalk,
    "trajectory": Trajectory,
    "contact_moment": ContactMoment,
    "focus_group": FocusGroup,
    "local_government": LocalGovernment,
}
OWNER_KINDS = tuple(OWNER_MODELS)


class AttachmentTooLarge(ValidationError):
    """A file above ``MAX_SIZE``: refused whole, nothing stored."""

    def __init__(self, file_name: str, size: int) -> None:
        super().__init__(
            {
                "file": f"{file_name} is {format_size(size)}; een bijlage mag hoogstens "
                f"{format_size(MAX_SIZE)} zijn. Er is niets toegevoegd."
            }
        )
        self.file_name = file_name
        self.size = size


def format_size(size: int, decimal: str = ",") -> str:
    """A size as a person reads it, with a Belgian decimal comma: 812 B, 4,2 kB, 25 MB
    (``decimal="."`` for an English interface: 4.2 kB)."""
    if size < 1024:
        return f"{size} B"
    for unit, factor in (("kB", 1024), ("MB", 1024**2), ("GB", 1024**3)):
        value = size / factor
        if value < 1024 or unit == "GB":
            text = f"{value:.1f}"
            text = text[:-2] if text.endswith(".0") else text.replace(".", decimal)
            return f"{text} {unit}"
    raise AssertionError("unreachable")  # pragma: no cover


@dataclass(frozen=True)
class NewFile:
    """A file to store: its name as the user knows it and its bytes."""

    file_name: str
    content: bytes
    media_type: str = ""
    contact_person_id: str | None = None  # the person it is from or about (a mail's sender)


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


def clean_file_name(name: str) -> str:
    """The last part of a path, without control characters, at most 255 characters;
    "bijlage" when nothing is left. Only the name is kept, never a folder."""
    base = re.split(r"[\\/]", name)[-1]
    base = "".join(ch for ch in base if ch >= " " and ch != "\x7f").strip()
    if base in ("", ".", ".."):
        base = "bijlage"
    if len(base) > MAX_NAME:
        stem, dot, ext = base.rpartition(".")
        if dot and 0 < len(ext) <= 16:
            base = stem[: MAX_NAME - len(ext) - 1] + "." + ext
        else:
            base = base[:MAX_NAME]
    return base


def guess_media_type(file_name: str) -> str:
    kind, _enc = mimetypes.guess_type(file_name, strict=False)
    if kind:
        return kind
    if file_name.lower().endswith(".msg"):
        return "application/vnd.ms-outlook"
    return "application/octet-stream"


def check_size(file_name: str, size: int) -> None:
    if size > MAX_SIZE:
        raise AttachmentTooLarge(file_name, size)


def read_file(path: Path) -> NewFile:
    """A file from disk; its size is checked before it is read."""
    name = clean_file_name(path.name)
    try:
        size = path.stat().st_size
        check_size(name, size)
        if problem := held_open_problem(path):  # reading it would drop the db's locks
            raise DomainError(problem)
        content = path.read_bytes()
    except OSError as exc:
        raise DomainError(f"{path.name} kan niet gelezen worden: {exc.strerror or exc}.") from exc
    check_size(name, len(content))  # it may have grown meanwhile
    return NewFile(name, content, guess_media_type(name))


def _owner_of(a: Attachment) -> tuple[str, int]:
    for kind, column in OWNER_COLUMNS.items():
        value = getattr(a, column)
        if value is not None:
            return kind, value
    raise AssertionError("an attachment always has an owner")  # the check constraint


def _view(session: Session, a: Attachment) -> AttachmentView:
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


def _model(kind: str) -> type[RecordMixin]:
    if kind not in OWNER_MODELS:
        raise ValidationError.single("owner_kind", f"Een {kind!r} kan geen bijlagen hebben.")
    return OWNER_MODELS[kind]


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


def add_attachments(
    db: Database, owner_kind: str, owner_id: str, files: Sequence[NewFile]
) -> list[AttachmentView]:
    """Add files to a saved record, all in one transaction (one too large: none added)."""
    model = _model(owner_kind)
    for f in files:
        check_size(clean_file_name(f.file_name), len(f.content))
    with write(db) as session:
        owner = get_record(session, model, owner_id)
        ids = attach_in_session(session, owner, files)
        rows = session.scalars(select(Attachment).where(Attachment.public_id.in_(ids)))
        by_id = {a.public_id: a for a in rows}
        return [_view(session, by_id[i]) for i in ids]


def list_attachments(db: Database, owner_kind: str, owner_id: str) -> list[AttachmentView]:
    """A record's files, oldest first (names and sizes; no contents)."""
    model = _model(owner_kind)
    column = getattr(Attachment, OWNER_COLUMNS[owner_kind])
    with db.read() as session:
        owner = get_record(session, model, owner_id)
        rows = session.scalars(select(Attachment).where(column == owner.id).order_by(Attachment.id))
        return [_view(session, a) for a in rows]


def get_attachment(db: Database, attachment_id: str) -> AttachmentView:
    with db.read() as session:
        return _view(session, get_record(session, Attachment, attachment_id))


def attachment_content(db: Database, attachment_id: str) -> bytes:
    """The stored bytes of one file."""
    with db.read() as session:
        a = get_record(session, Attachment, attachment_id)
        content = session.scalar(
            select(AttachmentContent.content).where(AttachmentContent.attachment_id == a.id)
        )
        return bytes(content or b"")


def remove_attachment(
    db: Database, attachment_id: str, expected_version: int | None = None
) -> None:
    """Delete one file (its name and size stay in the change log, its bytes do not)."""

    def before(session: Session, a: Attachment) -> None:
        session.execute(delete(AttachmentContent).where(AttachmentContent.attachment_id == a.id))

    delete_record(db, Attachment, attachment_id, expected_version, before)


_NOT_ON_WINDOWS = re.compile(r'[<>:"/\\|?*\x00-\x1f]')
_DEVICE_NAMES = frozenset(
    ["CON", "PRN", "AUX", "NUL"] + [f"{d}{i}" for d in ("COM", "LPT") for i in range(1, 10)]
)


def portable_file_name(name: str) -> str:
    """The stored name as a file name every system accepts, for the copy that is opened:
    Windows refuses < > : " / \\ | ? *, a name ending in a dot or space and device
    names (CON, NUL.txt, COM1 …). The stored name itself stays as it was typed."""
    base = _NOT_ON_WINDOWS.sub("_", clean_file_name(name)).rstrip(". ")
    if not base:
        return "bijlage"
    if base.split(".")[0].upper() in _DEVICE_NAMES:
        base = "_" + base
    return base


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


# -- summaries for the timeline, the case summary and personal data ----------------------


@dataclass(frozen=True)
class FileSummary:
    file_name: str
    size: int

    @property
    def text(self) -> str:
        return f"{self.file_name} ({format_size(self.size)})"


def files_of(
    session: Session, owner_kind: str, owner_pks: Iterable[int]
) -> dict[int, list[FileSummary]]:
    """Names and sizes of the files of several records (by integer id), in one query."""
    column = getattr(Attachment, OWNER_COLUMNS[owner_kind])
    wanted = list(set(owner_pks))
    out: dict[int, list[FileSummary]] = {}
    for start in range(0, len(wanted), 500):
        for pk, name, size in session.execute(
            select(column, Attachment.file_name, Attachment.size)
            .where(column.in_(wanted[start : start + 500]))
            .order_by(Attachment.id)
        ):
            out.setdefault(pk, []).append(FileSummary(name, size))
    return out


def attachment_count(db: Database) -> int:
    with db.read() as session:
        return int(session.scalar(select(func.count()).select_from(Attachment)) or 0)


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
    view = _view(session, a)
    content = session.scalar(
        select(AttachmentContent.content).where(AttachmentContent.attachment_id == a.id)
    )
    return {
        "table": "attachment",
        "id": a.public_id,
        "file_name": a.file_name,
        "media_type": a.media_type,
        "size": a.size,
        "sha256": a.sha256,
        "belongs_to": {"table": view.owner_kind, "id": view.owner_id},
        "from_or_about_this_person": a.contact_person_id == person.id,
        "content_base64": base64.b64encode(bytes(content or b"")).decode("ascii"),
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


_KIND_WORDS = {
    "advice_talk": "adviesgesprek",
    "trajectory": "traject",
    "contact_moment": "contactmoment",
    "focus_group": "focusgroep",
    "local_government": "bestuur",
}


def add_file_notes(session: Session, entries: list[E]) -> list[E]:
    """Timeline entries (dataclasses with ``kind``, ``id`` and ``files``) with the names
    and sizes of their record's files in ``files`` (never the contents; the interface
    words them in its language); a trajectory's entry also names the files of its
    contact moments."""
    out = list(entries)
    for kind in ("advice_talk", "trajectory", "focus_group"):
        ids = [e.id for e in out if e.kind == kind]
        if not ids:
            continue
        model = OWNER_MODELS[kind]
        found: dict[str, list[FileSummary]] = {}
        queries = [
            select(model.public_id, Attachment.file_name, Attachment.size)
            .join(Attachment, getattr(Attachment, OWNER_COLUMNS[kind]) == model.id)
            .where(model.public_id.in_(ids))
            .order_by(Attachment.id)
        ]
        if kind == "trajectory":
            queries.append(
                select(Trajectory.public_id, Attachment.file_name, Attachment.size)
                .join(ContactMoment, ContactMoment.trajectory_id == Trajectory.id)
                .join(Attachment, Attachment.contact_moment_id == ContactMoment.id)
                .where(Trajectory.public_id.in_(ids))
                .order_by(Attachment.id)
            )
        for query in queries:
            for pid, name, size in session.execute(query):
                found.setdefault(pid, []).append(FileSummary(name, size))
        for i, e in enumerate(out):
            files = found.get(e.id) if e.kind == kind else None
            if files:
                out[i] = replace(e, files=tuple(files))  # type: ignore[type-var]
    return out


@dataclass(frozen=True)
class GovernmentFile:
    """A file in a government's case summary: its name and size and where it belongs."""

    file_name: str
    size: int
    kind: str
    record_date: date | None

    @property
    def text(self) -> str:
        where = _KIND_WORDS[self.kind]
        when = f" van {self.record_date.strftime('%d/%m/%Y')}" if self.record_date else ""
        return f"{self.file_name} ({format_size(self.size)}) · {where}{when}"


def government_files(session: Session, lg_pk: int) -> list[GovernmentFile]:
    """Every file of a government: its own, its talks', trajectories' (and their contact
    moments'), and those of the focus groups it took part in. Names and sizes only."""
    rows: list[GovernmentFile] = []

    def collect(kind: str, query: Any) -> None:
        for name, size, day in session.execute(query):
            rows.append(GovernmentFile(name, size, kind, day))

    cols = (Attachment.file_name, Attachment.size)
    collect(
        "local_government",
        select(*cols, literal(None, type_=Date())).where(Attachment.local_government_id == lg_pk),
    )
    collect(
        "advice_talk",
        select(*cols, AdviceTalk.date)
        .join(AdviceTalk, Attachment.advice_talk_id == AdviceTalk.id)
        .where(AdviceTalk.local_government_id == lg_pk),
    )
    collect(
        "trajectory",
        select(*cols, Trajectory.start_date)
        .join(Trajectory, Attachment.trajectory_id == Trajectory.id)
        .where(Trajectory.local_government_id == lg_pk),
    )
    collect(
        "contact_moment",
        select(*cols, ContactMoment.date)
        .join(ContactMoment, Attachment.contact_moment_id == ContactMoment.id)
        .join(Trajectory, ContactMoment.trajectory_id == Trajectory.id)
        .where(Trajectory.local_government_id == lg_pk),
    )
    collect(
        "focus_group",
        select(*cols, FocusGroup.date)
        .join(FocusGroup, Attachment.focus_group_id == FocusGroup.id)
        .where(
            FocusGroup.id.in_(
                select(FocusGroupParticipant.focus_group_id).where(
                    FocusGroupParticipant.local_government_id == lg_pk
                )
            )
        ),
    )
    rows.sort(key=lambda f: (f.record_date or date.max, f.file_name), reverse=True)
    return rows
