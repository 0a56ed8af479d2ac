"""The team's own lists: team members (medewerkers), themes (thema's) and tools.

Names are unique (case-insensitively, ignoring surrounding spaces): a duplicate is a
field error in Dutch, found before the database would refuse it. Nothing here is
deleted: members are made inactive, themes and tools archived, so history keeps them.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import TeamMember, Theme, Tool
from db.session import Database
from supportdesk.field_rules import rule
from supportdesk.services._base import change_record, set_archived, write
from supportdesk.validation import Checker, fold


def _name_taken(session: Session, model: Any, name: str, own_id: int | None) -> bool:
    wanted = fold(name.strip())
    for row_id, other in session.execute(select(model.id, model.name)):
        if row_id != own_id and fold(other.strip()) == wanted:
            return True
    return False


def _unique_name(
    chk: Checker, session: Session, model: Any, name: str, own_id: int | None, what: str
) -> None:
    if "name" not in chk.errors and _name_taken(session, model, name, own_id):
        chk.fail("name", f"Er bestaat al {what} met de naam “{name.strip()}”.")


# --- team members -------------------------------------------------------------------


@dataclass(frozen=True)
class TeamMemberInput:
    name: str
    email: str = ""


@dataclass(frozen=True)
class TeamMemberView:
    id: str
    version: int
    name: str
    email: str
    active: bool


def _member_view(m: TeamMember) -> TeamMemberView:
    return TeamMemberView(m.public_id, m.version, m.name, m.email, m.active)


def _apply_member(session: Session, m: TeamMember, data: TeamMemberInput) -> None:
    chk = Checker()
    name = rule("team_member", "name").apply(chk, data.name)
    email = rule("team_member", "email").apply(chk, data.email)
    _unique_name(chk, session, TeamMember, name, m.id, "een medewerker")
    chk.raise_if_any()
    m.name, m.email = name, email


def create_team_member(db: Database, data: TeamMemberInput) -> TeamMemberView:
    with write(db) as session:
        m = TeamMember(active=True)
        _apply_member(session, m, data)
        session.add(m)
        session.flush()
        return _member_view(m)


def update_team_member(
    db: Database, public_id: str, data: TeamMemberInput, expected_version: int | None
) -> TeamMemberView:
    return change_record(
        db,
        TeamMember,
        public_id,
        expected_version,
        lambda session, obj: _apply_member(session, obj, data),
        lambda _session, obj: _member_view(obj),
    )


def set_team_member_active(
    db: Database, public_id: str, active: bool, expected_version: int | None = None
) -> TeamMemberView:
    """Someone left the team (or came back); the records they own keep their name."""
    return change_record(
        db,
        TeamMember,
        public_id,
        expected_version,
        lambda _session, obj: setattr(obj, "active", bool(active)),
        lambda _session, obj: _member_view(obj),
    )


def list_team_members(db: Database, *, include_inactive: bool = False) -> list[TeamMemberView]:
    """Team members by name (active ones only unless asked)."""
    with db.read() as session:
        q = select(TeamMember)
        if not include_inactive:
            q = q.where(TeamMember.active.is_(True))
        rows = [_member_view(m) for m in session.scalars(q)]
    rows.sort(key=lambda r: (not r.active, fold(r.name)))
    return rows


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


def _theme_view(t: Theme) -> ThemeView:
    return ThemeView(t.public_id, t.version, t.name, t.description, t.archived)


def _apply_theme(session: Session, t: Theme, data: ThemeInput) -> None:
    chk = Checker()
    name = rule("theme", "name").apply(chk, data.name)
    description = rule("theme", "description").apply(chk, data.description)
    _unique_name(chk, session, Theme, name, t.id, "een thema")
    chk.raise_if_any()
    t.name, t.description = name, description


def create_theme(db: Database, data: ThemeInput) -> ThemeView:
    with write(db) as session:
        t = Theme(archived=False)
        _apply_theme(session, t, data)
        session.add(t)
        session.flush()
        return _theme_view(t)


def update_theme(
    db: Database, public_id: str, data: ThemeInput, expected_version: int | None
) -> ThemeView:
    """Rename a theme or change its description; talks keep pointing at it."""
    return change_record(
        db,
        Theme,
        public_id,
        expected_version,
        lambda session, obj: _apply_theme(session, obj, data),
        lambda _session, obj: _theme_view(obj),
    )


def set_theme_archived(
    db: Database, public_id: str, archived: bool, expected_version: int | None = None
) -> ThemeView:
    """An archived theme is no longer offered for new records; old ones keep it."""
    return set_archived(
        db, Theme, public_id, archived, expected_version, lambda _s, obj: _theme_view(obj)
    )


def list_themes(db: Database, *, include_archived: bool = False) -> list[ThemeView]:
    with db.read() as session:
        q = select(Theme)
        if not include_archived:
            q = q.where(Theme.archived.is_(False))
        rows = [_theme_view(t) for t in session.scalars(q)]
    rows.sort(key=lambda r: (r.archived, fold(r.name)))
    return rows


# --- tools --------------------------------------------------------------------------


@dataclass(frozen=True)
class ToolInput:
    name: str
    kind: str = ""
    description: str = ""
    planned: bool = False


@dataclass(frozen=True)
class ToolView:
    id: str
    version: int
    name: str
    kind: str
    description: str
    planned: bool
    archived: bool


def _tool_view(t: Tool) -> ToolView:
    return ToolView(t.public_id, t.version, t.name, t.kind, t.description, t.planned, t.archived)


def _apply_tool(session: Session, t: Tool, data: ToolInput) -> None:
    chk = Checker()
    name = rule("tool", "name").apply(chk, data.name)
    kind = rule("tool", "kind").apply(chk, data.kind)
    description = rule("tool", "description").apply(chk, data.description)
    planned = chk.flag("planned", data.planned)
    _unique_name(chk, session, Tool, name, t.id, "een tool")
    chk.raise_if_any()
    t.name, t.kind, t.description, t.planned = name, kind, description, planned


def create_tool(db: Database, data: ToolInput) -> ToolView:
    with write(db) as session:
        t = Tool(archived=False)
        _apply_tool(session, t, data)
        session.add(t)
        session.flush()
        return _tool_view(t)


def update_tool(
    db: Database, public_id: str, data: ToolInput, expected_version: int | None
) -> ToolView:
    return change_record(
        db,
        Tool,
        public_id,
        expected_version,
        lambda session, obj: _apply_tool(session, obj, data),
        lambda _session, obj: _tool_view(obj),
    )


def set_tool_archived(
    db: Database, public_id: str, archived: bool, expected_version: int | None = None
) -> ToolView:
    return set_archived(
        db, Tool, public_id, archived, expected_version, lambda _s, obj: _tool_view(obj)
    )


def list_tools(db: Database, *, include_archived: bool = False) -> list[ToolView]:
    with db.read() as session:
        q = select(Tool)
        if not include_archived:
            q = q.where(Tool.archived.is_(False))
        rows = [_tool_view(t) for t in session.scalars(q)]
    rows.sort(key=lambda r: (r.archived, fold(r.name)))
    return rows
