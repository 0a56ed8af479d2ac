"""What several reports share: follow-up actions, feedback, names, finding the subject.

Every query here is a plain SELECT over a set of ids given as a subquery, so a report
of a thousand records costs a handful of queries, never one per row (no lazy loads).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import Select, or_, select
from sqlalchemy.orm import Session

from db.models import (
    ContactPerson,
    Feedback,
    FollowUpAction,
    LocalGovernment,
    LocalGovernmentAlias,
    TeamMember,
)
from supportdesk.errors import NotFoundError
from supportdesk.queries.sorting import name_order
from supportdesk.search.folding import fold, folded_sql


@dataclass(frozen=True)
class FollowUpRow:
    description: str
    owner: str
    due_date: date | None
    done_date: date | None
    notes: str

    def state(self, today: date) -> str:
        """open, te laat (overdue) or afgerond (done), in Dutch."""
        if self.done_date is not None:
            return "afgerond"
        if self.due_date is not None and self.due_date < today:
            return "te laat"
        return "open"


@dataclass(frozen=True)
class FeedbackRow:
    given_on: date
    score: int
    text: str
    about: str = ""


def person_name(first: str | None, last: str | None) -> str:
    return f"{first or ''} {last or ''}".strip()


def follow_ups_by(
    session: Session, column: Any, ids: Select[Any], *where: Any
) -> dict[int, list[FollowUpRow]]:
    """Follow-up actions grouped by ``column`` (e.g. ``FollowUpAction.advice_talk_id``)
    for the records whose ids the subquery ``ids`` selects, narrowed by ``where``;
    open ones first, by due date; archived ones are left out."""
    stmt = (
        select(
            column,
            FollowUpAction.description,
            TeamMember.name,
            FollowUpAction.due_date,
            FollowUpAction.done_date,
            FollowUpAction.notes,
        )
        .outerjoin(TeamMember, TeamMember.id == FollowUpAction.owner_id)
        .where(column.in_(ids), FollowUpAction.archived.is_(False), *where)
        .order_by(
            FollowUpAction.done_date.is_not(None),
            FollowUpAction.due_date.is_(None),
            FollowUpAction.due_date,
            FollowUpAction.id,
        )
    )
    out: dict[int, list[FollowUpRow]] = defaultdict(list)
    for key, desc, owner, due, done, notes in session.execute(stmt):
        out[key].append(FollowUpRow(desc, owner or "", due, done, notes or ""))
    return out


def feedback_by(session: Session, column: Any, ids: Select[Any]) -> dict[int, list[FeedbackRow]]:
    stmt = (
        select(column, Feedback.given_on, Feedback.score, Feedback.text)
        .where(column.in_(ids))
        .order_by(Feedback.given_on, Feedback.id)
    )
    out: dict[int, list[FeedbackRow]] = defaultdict(list)
    for key, given_on, score, text in session.execute(stmt):
        out[key].append(FeedbackRow(given_on, score, text or ""))
    return out


def names_by(session: Session, stmt: Select[Any]) -> dict[int, list[str]]:
    """Group (key, name) rows into lists of names, in the statement's order."""
    out: dict[int, list[str]] = defaultdict(list)
    for key, name in session.execute(stmt):
        if name:
            out[key].append(name)
    return out


def contact_names_by(
    session: Session, link: Any, key_col: str, ids: Select[Any]
) -> dict[int, list[str]]:
    """Names of the contact persons linked through the table ``link``."""
    key = link.c[key_col]
    stmt = (
        select(key, ContactPerson.first_name, ContactPerson.last_name)
        .join(ContactPerson, ContactPerson.id == link.c.contact_person_id)
        .where(key.in_(ids))
        .order_by(key, name_order(ContactPerson.last_name), name_order(ContactPerson.first_name))
    )
    out: dict[int, list[str]] = defaultdict(list)
    for k, first, last in session.execute(stmt):
        out[k].append(person_name(first, last))
    return out


def linked_names_by(
    session: Session, link: Any, key_col: str, model: Any, ref_col: str, ids: Select[Any]
) -> dict[int, list[str]]:
    """The names of the ``model`` rows (themes, tools, team members) linked to each of
    ``ids`` through the table ``link`` (``key_col`` the record, ``ref_col`` the
    ``model`` row), each list in name order."""
    key = link.c[key_col]
    return names_by(
        session,
        select(key, model.name)
        .join(model, model.id == link.c[ref_col])
        .where(key.in_(ids))
        .order_by(key, name_order(model.name)),
    )


def member_names_by(
    session: Session, link: Any, key_col: str, ids: Select[Any]
) -> dict[int, list[str]]:
    return linked_names_by(session, link, key_col, TeamMember, "team_member_id", ids)


def find_local_government(session: Session, ref: str) -> LocalGovernment:
    """A local government by public id, NIS code or exact name, or by the name or NIS
    code of a former municipality merged into it. Names compare folded, as search does
    (case, accents, ł/ø/æ, NFC or NFD: "ærø kommune" finds "Ærø Kommune").

    A name that fits several (two organisations with one name) is refused with the
    NIS codes to choose from, never a guess.
    """
    ref = ref.strip()
    if not ref:
        raise NotFoundError("Geef een lokaal bestuur op (NIS-code of naam).")
    for cond in (LocalGovernment.public_id == ref, LocalGovernment.nis_code == ref):
        found = session.scalar(select(LocalGovernment).where(cond))
        if found is not None:
            return found
    dialect = session.get_bind().dialect.name
    wanted = fold(ref)
    matches = list(
        session.scalars(
            select(LocalGovernment)
            .where(folded_sql(LocalGovernment.name, dialect) == wanted)
            .order_by(LocalGovernment.archived, name_order(LocalGovernment.name))
        )
    )
    if not matches:
        # A former municipality (merged in 2019 or 2025) finds the one it became.
        matches = list(
            session.scalars(
                select(LocalGovernment)
                .join(LocalGovernmentAlias)
                .where(
                    (folded_sql(LocalGovernmentAlias.name, dialect) == wanted)
                    | (LocalGovernmentAlias.nis_code == ref)
                )
                .distinct()
            )
        )
    if len(matches) == 1:
        return matches[0]
    if len(matches) > 1:
        codes = ", ".join(m.nis_code or m.public_id for m in matches)
        raise NotFoundError(f"Meerdere lokale besturen heten {ref!r}: kies een van {codes}.")
    raise NotFoundError(f"Onbekend lokaal bestuur: {ref!r}.")


#: the author of a PDF when no team member is named: never the operating-system user
UNNAMED_AUTHOR = "SupportDesk"


def find_team_member(session: Session, ref: str) -> TeamMember:
    """A team member by public id or by name, compared folded ("ayse ozdemir" finds
    "Ayşe Özdemir"); NotFoundError naming the choices otherwise."""
    ref = ref.strip()
    members = list(session.scalars(select(TeamMember).order_by(name_order(TeamMember.name))))
    wanted = fold(ref)
    found = [m for m in members if m.public_id == ref] or [
        m for m in members if fold(m.name.strip()) == wanted
    ]
    if len(found) == 1:
        return found[0]
    names = ", ".join(m.name for m in members if m.active) or "nog geen"
    if found:
        raise NotFoundError(f"Meerdere teamleden heten {ref!r}: gebruik hun id.")
    raise NotFoundError(f"Onbekend teamlid: {ref!r} (teamleden: {names}).")


def report_author(db: Any, ref: str | None) -> str:
    """The name a PDF is signed with: the team member ``ref`` names (``--as`` on the
    command line), else ``UNNAMED_AUTHOR``; never the operating-system user."""
    if ref is None or not ref.strip():
        return UNNAMED_AUTHOR
    with db.read() as session:
        return str(find_team_member(session, ref).name)


def by_public_id(session: Session, model: Any, public_id: str, unknown: str) -> Any:
    """The record with this public id; NotFoundError("<unknown>: 'id'.") otherwise."""
    obj = session.scalar(select(model).where(model.public_id == public_id.strip()))
    if obj is None:
        raise NotFoundError(f"{unknown}: {public_id!r}.")
    return obj


def overlaps(
    start_col: Any, end_col: Any, date_from: date | None, date_to: date | None
) -> list[Any]:
    """Conditions for a period [start, end] (end None = still running) that touches
    [date_from, date_to]; no conditions when there is no range."""
    conds: list[Any] = []
    if date_to is not None:
        conds.append(or_(start_col.is_(None), start_col <= date_to))
    if date_from is not None:
        conds.append(or_(end_col.is_(None), end_col >= date_from))
    return conds


def join_names(names: Iterable[str]) -> str:
    return ", ".join(n for n in names if n)
