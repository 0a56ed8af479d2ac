"""The first start of a new database: who the team is, this year's targets, and where
the demo database lives.

A database nobody has joined yet (no team member at all:
``queries.start.has_team_members``, one Core query the app asks before its window) gets
the welcome. ``starting_targets``: the year's targets to show there, from the plan of
that year when it has one, else the plan's defaults for it (a copy of the nearest year
with a plan: a team starting in 2027 sees 2026's figures; ``services.plan``).
``save_welcome``: the team and the targets, checked whole before anything is written.
``demo_location``: the demo database is a separate file beside the real one, so demo
data is never mixed into a team's own records.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from db.engine import sqlite_path
from db.session import Database
from supportdesk.demo_file import demo_location
from supportdesk.errors import DomainError, ValidationError
from supportdesk.field_rules import rule
from supportdesk.services._base import write
from supportdesk.services._plan_parts import ensure_in, set_target_in
from supportdesk.services._team_parts import add_team_members
from supportdesk.services.plan import list_plan_items
from supportdesk.services.team import (
    TeamMemberInput,
    TeamMemberView,
    team_member_problems,
)
from supportdesk.validation import Checker, whole_number


@dataclass(frozen=True)
class TargetRow:
    """One target the welcome shows: the plan item's key, its code ("OD 3.2") and
    words, and the value proposed (None: no target yet)."""

    key: str
    code: str
    text: str
    value: int | None


@dataclass(frozen=True)
class StartingTargets:
    """The targets to propose for ``year``; ``stored`` says the year's plan exists
    already, otherwise the values are the plan's defaults for the year (a copy of the
    nearest year that has a plan, or the action plan's 2025 figures)."""

    year: int
    rows: tuple[TargetRow, ...]
    stored: bool

    @property
    def values(self) -> dict[str, int]:
        return {r.key: r.value for r in self.rows if r.value is not None}


def starting_targets(db: Database, year: int) -> StartingTargets:
    """What the welcome shows for ``year``: each numeric item of the year's plan with
    its target, read only (``services.plan.list_plan_items``): nothing is written
    until the user saves, so a welcome closed unsaved leaves the database empty."""
    items = [i for i in list_plan_items(db, year) if not i.is_milestone]
    rows = tuple(
        TargetRow(i.key, i.code, i.text, None if i.target is None else int(i.target)) for i in items
    )
    return StartingTargets(year, rows, any(i.id for i in items))


def check_target_text(text: str) -> tuple[int | None, str | None]:
    """A target as typed ("8", " 12 "): the number, or the Dutch message why not
    (empty is "no target"; negative, a fraction or words are refused)."""
    stripped = text.strip()
    if not stripped:
        return None, None
    value = whole_number(stripped)
    if value is None:
        return None, "Geef een geheel getal van 0 of meer, bv. 8."
    problem = rule("target", "value").problem(value)
    return (None, problem) if problem else (value, None)


def save_welcome(
    db: Database,
    me: TeamMemberInput,
    others: Sequence[TeamMemberInput],
    year: int,
    targets: Mapping[str, str],
) -> TeamMemberView:
    """Add me and my colleagues (blank colleague rows skipped) and set the year's
    targets as typed; returns me. Every problem is found before anything is written:
    errors are keyed ``name`` / ``email`` (me), ``others.N.name`` / ``others.N.email``
    (the N-th colleague row as given, from 0) and ``target.CODE``.

    Then one transaction writes it all (the members, the year's plan as proposed, each
    changed target): a failure in any part leaves nothing saved."""
    chk = Checker()
    rule("target", "year").apply(chk, year)
    proposed = starting_targets(db, year).values
    values: dict[str, int] = {}
    for code, text in targets.items():
        value, problem = check_target_text(text)
        if problem is None and value is None and code in proposed:
            problem = "Vul een doel in (0 als er dit jaar geen is)."
        if problem:
            chk.fail(f"target.{code}", problem)
        elif value is not None:
            values[code] = value
    rows = [
        (i, p) for i, p in enumerate(others) if (p.name or "").strip() or (p.email or "").strip()
    ]
    people = [me, *(p for _i, p in rows)]
    for field, message in team_member_problems(db, people).items():
        chk.fail(_welcome_field(field, rows, len(people)), message)
    chk.raise_if_any()
    try:
        with write(db) as session:
            made = add_team_members(session, people)
            ensure_in(session, year)  # the year's plan as proposed, then what was changed
            for code, value in values.items():
                if proposed.get(code) != value:
                    set_target_in(session, year, code, value)
    except ValidationError as exc:  # a colleague added the same person meanwhile
        raise ValidationError(
            {_welcome_field(f, rows, len(people)): m for f, m in exc.errors.items()}
        ) from None
    return made[0]


def _welcome_field(field: str, rows: list[tuple[int, TeamMemberInput]], count: int) -> str:
    """``people.N.x`` of ``create_team_members`` as the welcome's own field name."""
    if count == 1 or not field.startswith("people."):
        return field
    _people, index, name = field.split(".", 2)
    n = int(index)
    return name if n == 0 else f"others.{rows[n - 1][0]}.{name}"


def _refuse_a_foreign_file(path: Path | None) -> None:
    """A file already where the demo goes that is not a SupportDesk database (notes,
    another program's SQLite, a damaged file) is left exactly as it is: opening it to
    fill would switch its journal to WAL before finding out."""
    from supportdesk.safety.diagnosis import diagnose_file

    if path is None or not path.exists() or (path.is_file() and path.stat().st_size == 0):
        return
    problem = diagnose_file(path)
    if problem is not None:
        raise DomainError(
            f"{path}: {problem.message}. De demogegevens komen niet in dat bestand; "
            "verplaats het of geef het een andere naam."
        )


def prepare_demo(url: str) -> str:
    """Make (or reuse) the demo database beside ``url`` and fill it with demo data
    when it holds no records yet; returns its URL. The real database is not touched."""
    from supportdesk.database import open_app_database
    from supportdesk.demo import generate_demo
    from supportdesk.queries.status import has_user_records

    location = demo_location(url)
    _refuse_a_foreign_file(sqlite_path(location))
    demo = open_app_database(location)
    try:
        if not has_user_records(demo):
            generate_demo(demo, scale=1)
    finally:
        demo.dispose()
    return location
