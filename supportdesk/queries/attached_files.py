"""Names and sizes of the files kept with records, for the timeline (``add_file_notes``)
and a government's case summary (``government_files``): never their contents. Read
inside the caller's session."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date
from typing import Any, Protocol, TypeVar

from sqlalchemy import Date, literal, select
from sqlalchemy.orm import Session

from db.models import (
    AdviceTalk,
    Attachment,
    ContactMoment,
    FocusGroup,
    FocusGroupParticipant,
    Trajectory,
)
from db.models.attachment import OWNER_COLUMNS
from supportdesk.services._attach import OWNER_MODELS
from supportdesk.services.attachment_files import format_size


class _Entry(Protocol):
    @property
    def kind(self) -> str: ...
    @property
    def id(self) -> str: ...
    @property
    def files(self) -> tuple[FileSummary, ...]: ...


E = TypeVar("E", bound=_Entry)


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


#: where a government's file belongs, in words (the case summary's list of files)
KIND_WORDS = {
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
