"""The team's own lists: team members (medewerkers), themes (thema's) and tools.

Names are unique case- and accent-insensitively ("Digitale Inclusie" and "digitale
inclusié" are the same name), and so are team members' e-mail addresses: a duplicate is
a field error in Dutch, found before the database would refuse it. Nothing here is
deleted: members are made inactive, themes and tools archived, so history keeps them.
Themes and tools are listed in the order the team chose (``position``), which
``reorder_themes`` / ``reorder_tools`` change.

Themes and tools are the same kind of list (a name, an order, archived or not), so
their create, update, archive, list and reorder are one implementation (``_Catalogue``)
with each kind's own fields.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Generic, TypeVar

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from db.models import TeamMember, Theme, Tool
from db.session import Database
from supportdesk.codes import TOOL_KINDS, TOOL_STATUSES, ToolKind, ToolStatus
from supportdesk.field_rules import rule
from supportdesk.queries.start import has_team_members
from supportdesk.services._base import (
    archivers,
    edit_record,
    get_record,
    set_fields,
    touch,
    unless_archived,
    write,
)
from supportdesk.services._team_parts import (
    TeamMemberInput,
    TeamMemberView,
    _check_member,
    _check_people,
    _member_view,
    _unique,
    add_team_members,
)
from supportdesk.validation import Checker, fold, name_key

M = TypeVar("M", bound=Theme | Tool)
In = TypeVar("In")  # the Input dataclass
V = TypeVar("V")


# --- team members -------------------------------------------------------------------


def _apply_member(session: Session, m: TeamMember, data: TeamMemberInput) -> None:
    _check_member(session, m, data).raise_if_any()


def create_team_member(db: Database, data: TeamMemberInput) -> TeamMemberView:
    return create_team_members(db, [data])[0]


def create_team_members(db: Database, people: Sequence[TeamMemberInput]) -> list[TeamMemberView]:
    """Add several team members in one transaction (the welcome's "me" and colleagues):
    all or none. Errors of the n-th person (from 0) are keyed ``people.n.name`` /
    ``people.n.email``; with a single person plainly ``name`` / ``email``."""
    with write(db) as session:
        return add_team_members(session, people)


def team_member_problems(db: Database, people: Sequence[TeamMemberInput]) -> dict[str, str]:
    """What ``create_team_members`` would refuse, keyed as it does; writes nothing (a
    form that saves more than people checks everything before it writes anything)."""
    with db.read() as session:
        return _check_people(session, people)[0].errors


def update_team_member(
    db: Database, public_id: str, data: TeamMemberInput, expected_version: int | None
) -> TeamMemberView:
    return edit_record(
        db, TeamMember, public_id, expected_version, _apply_member, data, _member_view
    )


def set_team_member_active(
    db: Database, public_id: str, active: bool, expected_version: int | None = None
) -> TeamMemberView:
    """Someone left the team (or came back): an inactive member leaves the pickers; the
    records they own keep their name. A conflict and the change log as any save."""
    values = {"active": bool(active)}
    return set_fields(db, TeamMember, public_id, values, expected_version, _member_view)


def deactivate_team_member(
    db: Database, public_id: str, expected_version: int | None = None
) -> TeamMemberView:
    return set_team_member_active(db, public_id, False, expected_version)


def reactivate_team_member(
    db: Database, public_id: str, expected_version: int | None = None
) -> TeamMemberView:
    return set_team_member_active(db, public_id, True, expected_version)


def list_team_members(db: Database, *, include_inactive: bool = False) -> list[TeamMemberView]:
    """Team members by name (active ones only unless asked; then inactive ones last)."""
    with db.read() as session:
        q = select(TeamMember)
        if not include_inactive:
            q = q.where(TeamMember.active.is_(True))
        rows = [_member_view(session, m) for m in session.scalars(q)]
    rows.sort(key=lambda r: (not r.active, fold(r.name)))
    return rows


def find_team_member(db: Database, text: str) -> TeamMemberView | None:
    """The team member (active or not) whose id, name or e-mail is ``text``, case and
    accents ignored; None when nobody or more than one matches."""
    wanted = name_key(text)
    if not wanted:
        return None
    found = [
        m
        for m in list_team_members(db, include_inactive=True)
        if wanted in (m.id, name_key(m.name), name_key(m.email) if m.email else "")
    ]
    return found[0] if len(found) == 1 else None


# --- themes and tools: one implementation ------------------------------------------


@dataclass(frozen=True)
class _Catalogue(Generic[M, In, V]):
    """One of the team's ordered lists (themes, tools): its model, the check that fills
    a row from its Input, the view, and the words of its duplicate-name message."""

    model: type[M]
    fill: Callable[[Checker, M, In], None]
    view: Callable[[M], V]
    duplicate: str

    def apply(self, session: Session, obj: M, data: In) -> None:
        chk = Checker()
        self.fill(chk, obj, data)
        _unique(chk, session, self.model.name, obj.name or "", obj.id, self.duplicate)
        chk.raise_if_any()

    def view_of(self, _session: Session, obj: M) -> V:
        return self.view(obj)

    def create(self, db: Database, data: In) -> V:
        """A new row at the end of the list."""
        with write(db) as session:
            obj = self.model(archived=False)
            with session.no_autoflush:
                self.apply(session, obj, data)
            last = session.scalar(select(func.max(self.model.position)))
            obj.position = (last or 0) + 1
            session.add(obj)
            session.flush()
            return self.view(obj)

    def update(self, db: Database, public_id: str, data: In, expected_version: int | None) -> V:
        return edit_record(
            db, self.model, public_id, expected_version, self.apply, data, self.view_of
        )

    def rows(self, db: Database, *, include_archived: bool = False) -> list[V]:
        """In the team's order (archived ones last, in theirs)."""
        with db.read() as session:
            q = unless_archived(select(self.model), self.model, include_archived)
            rows = list(session.scalars(q))
            rows.sort(key=lambda r: (r.archived, r.position, fold(r.name)))
            return [self.view(r) for r in rows]

    def reorder(self, db: Database, ordered_ids: Sequence[str]) -> list[V]:
        """Put the rows in the order of ``ordered_ids`` (one transaction; each row whose
        place changes gets a new version and a change-log entry). Rows not named (added by
        a colleague meanwhile, or archived) keep their relative order after those named."""
        with write(db) as session:
            every: list[M] = list(session.scalars(select(self.model)))
            named: list[M] = [
                get_record(session, self.model, p) for p in dict.fromkeys(ordered_ids)
            ]
            rest: list[M] = sorted(
                (r for r in every if r not in named), key=lambda r: (r.position, fold(r.name))
            )
            ordered = [*named, *rest]
            for position, obj in enumerate(ordered, start=1):
                if obj.position != position:
                    obj.position = position
                    touch(obj)
            session.flush()
            return [self.view(r) for r in ordered if not r.archived]


# --- themes -------------------------------------------------------------------------


@dataclass(frozen=True)
class ThemeInput:
    name: str
    description: str = ""


@dataclass(frozen=True)
class ThemeView:
    id: str
    version: int
    name: str
    description: str
    archived: bool
    position: int = 0


def _theme_view(t: Theme) -> ThemeView:
    return ThemeView(t.public_id, t.version, t.name, t.description, t.archived, t.position)


def _fill_theme(chk: Checker, t: Theme, data: ThemeInput) -> None:
    t.name = rule("theme", "name").apply(chk, data.name)
    t.description = rule("theme", "description").apply(chk, data.description)


_THEMES: _Catalogue[Theme, ThemeInput, ThemeView] = _Catalogue(
    Theme, _fill_theme, _theme_view, "Er is al een thema “{}”."
)


#: the theme list's functions; renaming a theme (``update_theme``) keeps talks pointing
#: at it; an archived theme is no longer offered for new records, old ones keep it
create_theme, update_theme, list_themes, reorder_themes = (
    _THEMES.create,
    _THEMES.update,
    _THEMES.rows,
    _THEMES.reorder,
)
archive_theme, unarchive_theme = archivers(Theme, _THEMES.view_of)


# --- tools --------------------------------------------------------------------------

_LINK = re.compile(r"^(https?://|www\.)[^\s]+\.[^\s]+$", re.IGNORECASE)


@dataclass(frozen=True)
class ToolInput:
    name: str
    kind: str = ToolKind.TOOL
    description: str = ""
    status: str = ToolStatus.AVAILABLE
    owner: str = ""
    link: str = ""
    kind_detail: str = ""


@dataclass(frozen=True)
class ToolView:
    id: str
    version: int
    name: str
    kind: str
    description: str
    status: str
    owner: str
    link: str
    kind_detail: str
    archived: bool
    position: int = 0

    @property
    def planned(self) -> bool:
        """Still being made ("in ontwikkeling"): not yet something to recommend."""
        return self.status == ToolStatus.IN_DEVELOPMENT


def _tool_view(t: Tool) -> ToolView:
    return ToolView(
        t.public_id,
        t.version,
        t.name,
        t.kind,
        t.description,
        t.status,
        t.owner,
        t.link,
        t.kind_detail,
        t.archived,
        t.position,
    )


def _fill_tool(chk: Checker, t: Tool, data: ToolInput) -> None:
    t.name = rule("tool", "name").apply(chk, data.name)
    t.kind = chk.choice("kind", data.kind, TOOL_KINDS, "soort")
    t.kind_detail = rule("tool", "kind_detail").apply(chk, data.kind_detail)
    t.description = rule("tool", "description").apply(chk, data.description)
    t.status = chk.choice("status", data.status, TOOL_STATUSES, "status")
    t.owner = rule("tool", "owner").apply(chk, data.owner)
    link = rule("tool", "link").apply(chk, data.link)
    if link.strip() and "link" not in chk.errors and not _LINK.match(link.strip()):
        chk.fail("link", "Geef een webadres, bv. https://www.mediawijs.be/…")
    t.link = link


_TOOLS: _Catalogue[Tool, ToolInput, ToolView] = _Catalogue(
    Tool, _fill_tool, _tool_view, "Er is al een tool “{}”."
)


create_tool, update_tool, list_tools, reorder_tools = (
    _TOOLS.create,
    _TOOLS.update,
    _TOOLS.rows,
    _TOOLS.reorder,
)
archive_tool, unarchive_tool = archivers(Tool, _TOOLS.view_of)


__all__ = [
    "TeamMemberInput",
    "TeamMemberView",
    "ThemeInput",
    "ThemeView",
    "ToolInput",
    "ToolView",
    "archive_theme",
    "archive_tool",
    "create_team_member",
    "create_team_members",
    "create_theme",
    "create_tool",
    "deactivate_team_member",
    "find_team_member",
    "has_team_members",
    "list_team_members",
    "list_themes",
    "list_tools",
    "reactivate_team_member",
    "reorder_themes",
    "reorder_tools",
    "set_team_member_active",
    "team_member_problems",
    "unarchive_theme",
    "unarchive_tool",
    "update_team_member",
    "update_theme",
    "update_tool",
]
