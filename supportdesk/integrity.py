"""Checking a database without changing it: storage integrity, schema revision, consistency.

Used by ``supportdesk check``. On SQLite, ``PRAGMA integrity_check`` reads every page and
index and ``PRAGMA foreign_key_check`` finds rows whose parent is gone (possible when a
file was edited with foreign keys off). On both SQLite and PostgreSQL a few consistency
rules the schema cannot express are checked with plain SQL: codes within their allowed
values, date order, a follow-up action's government equal to its talk's or trajectory's,
partnership links pointing to partnerships, stamps and versions filled in.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, Engine, Table, and_, func, or_, select

from db import enums
from db.migrate import SchemaState
from db.models import (
    AdviceTalk,
    Base,
    ContactMoment,
    ContactPerson,
    FocusGroup,
    FocusGroupParticipant,
    FollowUpAction,
    LocalGovernment,
    Tool,
    Trajectory,
    advice_talk_contact,
    partnership_member,
    trajectory_contact,
)
from supportdesk.attachment_check import MESSAGES as FILE_MESSAGES
from supportdesk.attachment_check import file_problems
from supportdesk.bulk import record_tables
from supportdesk.codes import LgKind
from supportdesk.field_rules import FieldProblem
from supportdesk.field_rules import scan as field_scan
from supportdesk.plan_rules import (
    PLAN_RULES,
    Rule,
    cancelled_undated,
    code_rule,
    held_in_future,
)

MAX_LISTED = 20  # integrity_check lines reported at most


@dataclass(frozen=True)
class Problem:
    """One thing wrong, in words, and how many rows it concerns (0: not countable)."""

    check: str
    message: str
    rows: int = 0


@dataclass
class Report:
    """What ``check`` found: the schema revision against the newest, counts, problems."""

    backend: str
    revision: str | None
    head: str
    counts: dict[str, int] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)
    checks: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


def check_database(engine: Engine, state: SchemaState) -> Report:
    """Run every check on ``engine`` (which is not migrated or written to)."""
    report = Report(engine.dialect.name, state.current, state.head)
    report.checks.append("schema")
    if state.current != state.head:
        report.problems.append(
            Problem(
                "schema",
                f"schemaversie {state.current or 'geen'}, de nieuwste is {state.head}: open de "
                "databank eens met SupportDesk (of een opdracht zoals 'stats') om bij te werken",
            )
        )
    with engine.connect() as conn:
        if engine.dialect.name == "sqlite":
            _sqlite_storage(conn, report)
        if state.current is not None and state.current == state.head:
            _count(conn, report)
            _consistency(conn, report)
        conn.rollback()
    return report


def _sqlite_storage(conn: Connection, report: Report) -> None:
    report.checks.append("integrity_check")
    lines = [r[0] for r in conn.exec_driver_sql("PRAGMA integrity_check").fetchall()]
    if lines != ["ok"]:
        shown = "; ".join(lines[:MAX_LISTED])
        report.problems.append(
            Problem("integrity_check", f"het bestand is beschadigd: {shown}", len(lines))
        )
    report.checks.append("foreign_key_check")
    orphans = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
    if orphans:
        by_table: dict[str, int] = {}
        for row in orphans:
            by_table[row[0]] = by_table.get(row[0], 0) + 1
        shown = ", ".join(f"{t} ({n})" for t, n in sorted(by_table.items()))
        report.problems.append(
            Problem(
                "foreign_key_check",
                f"rijen die naar een verdwenen record wijzen: {shown}",
                len(orphans),
            )
        )


def _count(conn: Connection, report: Report) -> None:
    for table in record_tables():
        report.counts[table.name] = int(conn.scalar(select(func.count()).select_from(table)) or 0)


# A trajectory's steps in the order they happen (as the trajectory service records
# them); "end before start" has a rule of its own.
_STEP_ORDER = ("requested_on", "intake_on", "start_date", "end_date")


def _steps_out_of_order() -> Any:
    """A step dated before an earlier step (both filled in)."""
    columns = [getattr(Trajectory, name) for name in _STEP_ORDER]
    pairs = [
        (a, b)
        for i, a in enumerate(columns)
        for b in columns[i + 1 :]
        if (a.key, b.key) != ("start_date", "end_date")
    ]
    return or_(*(and_(a.is_not(None), b.is_not(None), b < a) for a, b in pairs))


# (check name, message, the table's rows that break the rule)
def _contact_of_another(link: Table, model: type[AdviceTalk] | type[Trajectory]) -> Any:
    """Records of ``model`` linked (through ``link``) to a contact person who works for
    another local government than the record's."""
    owner = link.c[f"{model.__table__.name}_id"]
    return (
        select(owner)
        .join(model, model.id == owner)
        .join(ContactPerson, ContactPerson.id == link.c.contact_person_id)
        .where(ContactPerson.local_government_id != model.local_government_id)
    )


def _follow_up_elsewhere(model: type[AdviceTalk] | type[Trajectory], link: Any) -> Any:
    """Follow-up actions of a ``model`` record (through ``link``) whose local government
    is not the record's."""
    return (
        select(FollowUpAction.id)
        .join(model, model.id == link)
        .where(FollowUpAction.local_government_id != model.local_government_id)
    )


def _partnership_link_not(side: Any, kind: str) -> Any:
    """Partnerships with a link whose ``side`` (member or partnership) is not a ``kind``."""
    return (
        select(partnership_member.c.partnership_id)
        .join(LocalGovernment, LocalGovernment.id == side)
        .where(LocalGovernment.kind != kind)
    )


RULES: list[Rule] = [
    code_rule("lokale besturen met een onbekende soort", LocalGovernment.kind, enums.LG_KINDS),
    code_rule(
        "lokale besturen met een onbekende startpositie",
        LocalGovernment.starting_position,
        enums.STARTING_POSITIONS,
        nullable=True,
    ),
    code_rule(
        "organisaties met een onbekende soort",
        LocalGovernment.organisation_kind,
        enums.ORGANISATION_KINDS,
        nullable=True,
    ),
    code_rule("tools met een onbekende soort", Tool.kind, enums.TOOL_KINDS),
    code_rule("tools met een onbekende status", Tool.status, enums.TOOL_STATUSES),
    code_rule("adviesgesprekken met een onbekend kanaal", AdviceTalk.channel, enums.CHANNELS),
    code_rule("trajecten met een onbekende status", Trajectory.status, enums.TRAJECTORY_STATUSES),
    code_rule(
        "focusgroepen met een onbekende status", FocusGroup.status, enums.FOCUS_GROUP_STATUSES
    ),
    code_rule("contactmomenten met een onbekende vorm", ContactMoment.form, enums.CONTACT_FORMS),
    code_rule(
        "deelnemers met een onbekende aanwezigheid",
        FocusGroupParticipant.attendance,
        enums.ATTENDANCE,
    ),
    (
        "dates",
        "trajecten die eindigen voor ze begonnen",
        lambda: select(Trajectory.id).where(Trajectory.end_date < Trajectory.start_date),
    ),
    cancelled_undated(FocusGroup, "focusgroepen"),
    (
        "dates",
        "trajecten met een geplande einddatum voor de start",
        lambda: select(Trajectory.id).where(Trajectory.planned_end_date < Trajectory.start_date),
    ),
    (
        "links",
        "opvolgacties met een ander lokaal bestuur dan hun adviesgesprek",
        lambda: _follow_up_elsewhere(AdviceTalk, FollowUpAction.advice_talk_id),
    ),
    (
        "links",
        "opvolgacties met een ander lokaal bestuur dan hun traject",
        lambda: _follow_up_elsewhere(Trajectory, FollowUpAction.trajectory_id),
    ),
    (
        "dates",
        "trajecten met een stap gedateerd vóór een eerdere stap",
        lambda: select(Trajectory.id).where(_steps_out_of_order()),
    ),
    held_in_future(FocusGroup, "focusgroepen"),
    (
        "links",
        "adviesgesprekken met een contactpersoon van een ander lokaal bestuur",
        lambda: _contact_of_another(advice_talk_contact, AdviceTalk),
    ),
    (
        "links",
        "trajecten met een contactpersoon van een ander lokaal bestuur",
        lambda: _contact_of_another(trajectory_contact, Trajectory),
    ),
    (
        "links",
        "samenwerkingsverbanden met een lid dat geen gemeente is",
        lambda: _partnership_link_not(partnership_member.c.member_id, LgKind.MUNICIPALITY),
    ),
    (
        "links",
        "samenwerkingsverbanden waarvan een 'verband' geen samenwerkingsverband is",
        lambda: _partnership_link_not(partnership_member.c.partnership_id, LgKind.PARTNERSHIP),
    ),
]


# the action plan's records (activities, publications, plan items, targets)
RULES += PLAN_RULES


# (column, the rows of a record table that break the rule): every record has an id, a
# version of at least 1 and was not changed before it was made. Import names the column.
RECORD_RULES: list[tuple[str, Callable[[Table], Any]]] = [
    ("public_id", lambda t: or_(t.c.public_id.is_(None), t.c.public_id == "")),
    ("version", lambda t: t.c.version < 1),
    ("updated_at", lambda t: t.c.updated_at < t.c.created_at),
]


def _consistency(conn: Connection, report: Report) -> None:
    for check, message, query in RULES:
        if check not in report.checks:
            report.checks.append(check)
        n = int(conn.scalar(select(func.count()).select_from(query().subquery())) or 0)
        if n:
            report.problems.append(Problem(check, message, n))
    _fields(conn, report)
    _files(conn, report)
    report.checks.append("records")
    for table in record_tables():
        if "public_id" not in table.c:
            continue
        bad = select(table.c.id).where(or_(*(rule(table) for _, rule in RECORD_RULES)))
        n = int(conn.scalar(select(func.count()).select_from(bad.subquery())) or 0)
        if n:
            report.problems.append(
                Problem(
                    "records",
                    f"{table.name}: rijen zonder id, met versie < 1 of "
                    "gewijzigd vóór ze gemaakt werden",
                    n,
                )
            )


def _fields(conn: Connection, report: Report) -> None:
    """The services' field rules (``field_rules.FIELD_RULES``): one problem per field,
    with how many rows break it and the first such record."""
    report.checks.append("fields")
    first: dict[tuple[str, str], FieldProblem] = {}
    rows: dict[tuple[str, str], int] = {}
    for problem in field_scan(conn, Base.metadata.tables):
        key = (problem.rule.table, problem.rule.column)
        first.setdefault(key, problem)
        rows[key] = rows.get(key, 0) + 1
    for (table, column), problem in first.items():
        report.problems.append(
            Problem(
                "fields",
                f"{table}.{column}: {problem.message} (o.a. record {problem.record})",
                rows[(table, column)],
            )
        )


def _files(conn: Connection, report: Report) -> None:
    """Each attachment's bytes against its stored size and SHA-256 (attachment_check)."""
    report.checks.append("attachments")
    first: dict[str, str] = {}
    rows: dict[str, int] = {}
    for problem in file_problems(conn):
        first.setdefault(problem.reason, f"{problem.file_name!r}, record {problem.record}")
        rows[problem.reason] = rows.get(problem.reason, 0) + 1
    for reason, example in first.items():
        report.problems.append(
            Problem("attachments", f"{FILE_MESSAGES[reason]} (o.a. {example})", rows[reason])
        )
