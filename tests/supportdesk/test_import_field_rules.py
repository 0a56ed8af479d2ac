"""The services' field rules (``field_rules.FIELD_RULES``) hold for import and ``check``.

For every rule, values that break it (built from the rule's kind and limits, and
fitting the column, so the rule and not the schema is what refuses them):

- import refuses a document holding one, naming table, record, field and the Checker's
  message, with the database unchanged (sha256 of the SQLite file, every row);
- ``check`` reports a database holding one (written with raw SQL);
- the service refuses the same value with the same message, and every field a service
  checks (with a Checker call, or through ``field_rules.rule``) has a rule, so the
  table and the services cannot drift.
"""

from __future__ import annotations

import ast
import copy
import dataclasses
import hashlib
import json
import shutil
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import closing
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Connection, Table, func, select, update
from sqlalchemy.exc import IntegrityError

import main
import supportdesk.services as services_package
from db.enums import CHANNELS, CONTACT_FORMS, INDICATORS
from db.migrate import schema_state
from db.models import Base
from db.session import Database
from supportdesk.demo import generate_demo
from supportdesk.errors import ValidationError
from supportdesk.exchange import ExchangeError, export_json, import_document
from supportdesk.field_rules import FIELD_RULES, FieldRule, one_line, rule
from supportdesk.integrity import check_database
from supportdesk.services.activities import (
    ActivityInput,
    ActivityKindInput,
    create_activity,
    create_activity_kind,
)
from supportdesk.services.advice import AdviceTalkInput, create_advice_talk
from supportdesk.services.contact_moments import ContactMomentInput, add_contact_moment
from supportdesk.services.contacts import ContactInput, create_contact
from supportdesk.services.feedback import FeedbackInput, give_feedback
from supportdesk.services.focus_groups import FocusGroupInput, create_focus_group, set_tool_finding
from supportdesk.services.follow_ups import FollowUpInput, create_follow_up
from supportdesk.services.local_governments import LocalGovernmentInput, create_local_government
from supportdesk.services.network import MembershipInput, add_member
from supportdesk.services.plan import PlanItemInput, create_plan_item
from supportdesk.services.publications import PublicationInput, create_publication
from supportdesk.services.targets import set_target
from supportdesk.services.team import (
    TeamMemberInput,
    ThemeInput,
    ToolInput,
    create_team_member,
    create_theme,
    create_tool,
)
from supportdesk.services.trajectories import TrajectoryInput, create_trajectory
from supportdesk.validation import MAX_TEXT
from tests.conftest import make_sqlite_db
from tests.supportdesk.cli.conftest import digest_with_side_files

TODAY = date(2026, 11, 27)


# -- values that break a rule -------------------------------------------------------------


def breaking_values(r: FieldRule) -> list[tuple[Any, str]]:
    """(value, a word the Checker's message must hold) pairs breaking ``r``.

    Only values the column can hold: a text longer than the column is the schema's
    (and the export format's) to refuse, not the rule's.
    """
    opts = dict(r.options)
    max_len = opts.get("max_len")
    values: list[tuple[Any, str]] = []
    if r.check in ("required_line", "required_text"):
        values += [("", "verplicht"), ("  \t ", "verplicht")]
    if r.check in ("line", "required_line"):
        values += [("eerste regel\ntweede regel", "regeleinde"), ("a\rb", "regeleinde")]
        values.append(("x" * ((max_len or 300) + 1), "Maximaal"))
    if r.check in ("text", "required_text"):
        values.append(("x" * (MAX_TEXT + 1), f"Maximaal {MAX_TEXT} tekens"))
    if r.check == "email":
        for text in ("geen-adres", "iemand@voorbeeld", "een spatie@voorbeeld.be", "x\n@y.be"):
            values.append((text, "geen geldig e-mailadres"))
    if r.check == "nis_code":
        values += [("4402", "vijf cijfers"), ("4402a", "vijf cijfers"), ("44 02", "vijf cijfers")]
    if r.check == "integer":
        if opts.get("minimum") is not None:
            values.append((opts["minimum"] - 1, "niet kleiner zijn"))
        if opts.get("maximum") is not None:
            values.append((opts["maximum"] + 1, "niet groter zijn"))
    if r.check == "score":
        values += [(0, "1 tot en met 5"), (6, "1 tot en met 5"), (-1, "1 tot en met 5")]
    room = getattr(Base.metadata.tables[r.table].c[r.column].type, "length", None)
    return [(v, w) for v, w in values if not isinstance(v, str) or room is None or len(v) <= room]


CASES = [(r, v, w) for r in FIELD_RULES for v, w in breaking_values(r)]


def _id(case: tuple[FieldRule, Any, str]) -> str:
    r, value, _ = case
    shown = repr(value) if len(repr(value)) < 20 else f"{type(value).__name__}{len(value)}"
    return f"{r.table}.{r.column}={shown}"


def test_every_rule_has_breaking_values_with_the_checkers_message() -> None:
    for r in FIELD_RULES:
        cases = breaking_values(r)
        assert cases, f"no value breaks {r.table}.{r.column}"
        for value, word in cases:
            message = r.problem(value)
            assert message is not None and word in message, (r, value, message)
    assert len({(r.table, r.column) for r in FIELD_RULES}) == len(FIELD_RULES)
    assert "change_log" not in {r.table for r in FIELD_RULES}  # the log holds long texts


# -- import -------------------------------------------------------------------------------


def _state(db: Database) -> str:
    """Every row of every table, plus the bytes of the file on SQLite."""
    h = hashlib.sha256(export_json(db).encode())
    with db.read() as s:
        for name, t in sorted(Base.metadata.tables.items()):
            h.update(f"{name}={s.scalar(select(func.count()).select_from(t))}".encode())
    if db.engine.dialect.name == "sqlite":
        path = str(db.engine.url.database)
        for suffix in ("", "-wal", "-shm", "-journal"):
            p = Path(path + suffix)
            h.update(p.read_bytes() if p.exists() else b"<none>")
    return h.hexdigest()


def _refused(db: Database, demo_doc: dict[str, Any], r: FieldRule, value: Any) -> None:
    """The demo document with ``value`` in one row's field is refused, naming that row,
    and the database is left exactly as it was."""
    before = _state(db)
    doc = copy.deepcopy(demo_doc)
    rows = doc["tables"][r.table]
    assert rows, f"the demo has no {r.table} to break"
    target = rows[len(rows) // 2]
    target[r.column] = value
    with pytest.raises(ExchangeError) as info:
        import_document(db, doc)
    message = info.value.message
    expected = one_line(r.problem(value) or "").rstrip(".")
    assert message == (
        f"Tabel {r.table}, record {target['public_id']}, veld {r.column}: "
        f"{expected}; er is niets geïmporteerd."
    ), (value, message)
    assert "\n" not in message and message.isprintable(), message
    assert _state(db) == before, (r, value)


@pytest.mark.parametrize("r", FIELD_RULES, ids=lambda r: f"{r.table}.{r.column}")
def test_import_refuses_a_document_breaking_a_field_rule(
    demo_doc: dict[str, Any], sqlite_db: Database, r: FieldRule
) -> None:
    for value, _word in breaking_values(r):
        _refused(sqlite_db, demo_doc, r, value)


def test_import_refuses_field_rules_on_every_backend(
    demo_doc: dict[str, Any], db: Database
) -> None:
    """The same on PostgreSQL: one value per rule, one database for all."""
    for r in FIELD_RULES:
        _refused(db, demo_doc, r, breaking_values(r)[-1][0])


def test_demo_and_reference_data_pass_the_field_rules(
    demo_doc: dict[str, Any], db: Database
) -> None:
    import_document(db, copy.deepcopy(demo_doc))
    report = check_database(db.engine, schema_state(db.engine))
    assert "fields" in report.checks and report.problems == []


# -- check --------------------------------------------------------------------------------


def _storable(conn: Connection, table: Table, column: str, value: Any) -> bool:
    """Whether the database itself lets ``value`` into ``column`` (a CHECK constraint may
    refuse it); tried in a savepoint that is rolled back."""
    savepoint = conn.begin_nested()
    try:
        row = conn.scalar(select(table.c.id).limit(1))
        conn.execute(update(table).where(table.c.id == row).values({column: value}))
    except IntegrityError:
        return False
    finally:
        savepoint.rollback()
    return True


def test_check_reports_stored_rows_breaking_a_field_rule(db: Database) -> None:
    generate_demo(db, today=TODAY)
    report = check_database(db.engine, schema_state(db.engine))
    assert report.ok, report.problems
    expected: dict[str, tuple[str, int]] = {}  # "table.column" -> (first message, rows)
    with db.engine.begin() as conn:
        for r in FIELD_RULES:
            table = Base.metadata.tables[r.table]
            ids = conn.scalars(select(table.c.id).order_by(table.c.id)).all()
            values = [v for v, _ in breaking_values(r) if _storable(conn, table, r.column, v)]
            if r.table == "feedback" and r.column == "score":
                assert values == []  # the schema holds this rule too (a CHECK constraint)
                continue
            values = values[: len(ids)]
            assert values, f"the demo has no {r.table} to break"
            chosen = ids[-len(values) :]  # the last rows, so the first one at fault is chosen[0]
            for ident, value in zip(chosen, values, strict=True):
                conn.execute(update(table).where(table.c.id == ident).values({r.column: value}))
            first = conn.scalar(select(table.c.public_id).where(table.c.id == chosen[0]))
            message = one_line(r.problem(values[0]) or "")
            expected[f"{r.table}.{r.column}"] = (
                f"{r.table}.{r.column}: {message} (o.a. record {first})",
                len(values),
            )
    report = check_database(db.engine, schema_state(db.engine))
    found = {p.message.split(":")[0]: (p.message, p.rows) for p in report.problems}
    assert {p.check for p in report.problems} == {"fields"}
    assert found == expected


# -- the services use the same rules ------------------------------------------------------


@pytest.fixture(scope="module")
def demo_db(sqlite_template: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    db = make_sqlite_db(sqlite_template, tmp_path_factory.mktemp("services"))
    generate_demo(db, today=TODAY)
    yield db
    db.dispose()


def _first(db: Database, table: str, **where: Any) -> str:
    t = Base.metadata.tables[table]
    query = select(t.c.public_id).order_by(t.c.id).limit(1)
    for column, value in where.items():
        query = query.where(t.c[column] == value)
    with db.read() as s:
        found = s.scalar(query)
    assert found is not None, table
    return str(found)


def _service(table: str, db: Database) -> Callable[[str, Any], object]:
    """A call that saves one record of ``table`` through its service, with a valid
    input in which field ``column`` is ``value``."""
    lg = _first(db, "local_government", kind="municipality")

    def saving(make: Callable[..., object], valid: Any) -> Callable[[str, Any], object]:
        return lambda column, value: make(dataclasses.replace(valid, **{column: value}))

    if table == "local_government":
        return saving(
            lambda d: create_local_government(db, d), LocalGovernmentInput(name="Nieuw bestuur")
        )
    if table == "contact_person":
        valid_contact = ContactInput(local_government_id=lg, last_name="Peeters")
        return saving(lambda d: create_contact(db, d), valid_contact)
    if table == "team_member":
        return saving(lambda d: create_team_member(db, d), TeamMemberInput(name="Nieuwe collega"))
    if table == "theme":
        return saving(lambda d: create_theme(db, d), ThemeInput(name="Nieuw thema"))
    if table == "tool":
        return saving(lambda d: create_tool(db, d), ToolInput(name="Nieuwe tool"))
    if table == "target":
        valid_target = {"year": 2026, "indicator": INDICATORS[0], "value": 10}
        return lambda column, value: set_target(db, **{**valid_target, column: value})
    if table == "advice_talk":
        talk = AdviceTalkInput(
            date=TODAY, local_government_id=lg, channel=CHANNELS[0], question="Vraag"
        )
        return saving(lambda d: create_advice_talk(db, d), talk)
    if table == "follow_up_action":
        return saving(
            lambda d: create_follow_up(db, d, local_government_id=lg),
            FollowUpInput(description="Iets doen"),
        )
    if table == "trajectory":
        return saving(lambda d: create_trajectory(db, d), TrajectoryInput(local_government_id=lg))
    if table == "contact_moment":
        trajectory = _first(db, "trajectory")
        return saving(
            lambda d: add_contact_moment(db, trajectory, d),
            ContactMomentInput(date=TODAY, form=CONTACT_FORMS[0]),
        )
    if table == "focus_group":
        return saving(
            lambda d: create_focus_group(db, d), FocusGroupInput(date=TODAY, topic="Onderwerp")
        )
    if table == "tool_finding":
        group, tool = _first(db, "focus_group"), _first(db, "tool")
        return lambda column, value: set_tool_finding(db, group, tool, **{column: value})
    if table == "feedback":
        return saving(
            lambda d: give_feedback(db, d), FeedbackInput(score=4, local_government_id=lg)
        )
    if table == "activity_kind":
        return saving(lambda d: create_activity_kind(db, d), ActivityKindInput(name="Soort"))
    if table == "activity":
        kind = _first(db, "activity_kind")
        valid_activity = ActivityInput(kind_id=kind, date=TODAY, topic="Onderwerp")
        return saving(lambda d: create_activity(db, d), valid_activity)
    if table == "plan_item":
        valid_item = PlanItemInput("SD3", "OD 3.1", "Mijlpaal", "milestone")
        return saving(lambda d: create_plan_item(db, 2025, d), valid_item)
    if table == "publication":
        valid_publication = PublicationInput("newsletter", TODAY, "Nieuwsbrief")
        return saving(lambda d: create_publication(db, d), valid_publication)
    if table == "network_membership":
        contact = _first(db, "contact_person", active=True)
        return saving(lambda d: add_member(db, d), MembershipInput(contact, TODAY, TODAY))
    raise AssertionError(f"no service call for {table}: add one here")


@pytest.mark.parametrize("r", FIELD_RULES, ids=lambda r: f"{r.table}.{r.column}")
def test_the_service_refuses_with_the_same_message(demo_db: Database, r: FieldRule) -> None:
    call = _service(r.table, demo_db)
    for value, _word in breaking_values(r):
        with pytest.raises(ValidationError) as info:
            call(r.column, value)
        assert info.value.errors == {r.column: r.problem(value)}, (r, value)


# Checker methods whose rule is a field rule; the others have another owner: choice ->
# integrity.RULES ("codes"), date/flag/ids -> the column types, date_order -> "dates".
FIELD_CHECKS = {
    "required",
    "required_line",
    "line",
    "text",
    "required_text",
    "email",
    "nis_code",
    "integer",
    "score",
}
SERVICE_TABLES = {
    "local_governments": {"local_government"},
    "contacts": {"contact_person"},
    "team": {"team_member", "theme", "tool"},
    "advice": {"advice_talk"},
    "follow_ups": {"follow_up_action"},
    "_follow_up_parts": {"follow_up_action"},
    "trajectories": {"trajectory"},
    "contact_moments": {"contact_moment"},
    "focus_groups": {"focus_group", "tool_finding"},
    "feedback": {"feedback"},
    "activities": {"activity", "activity_kind"},
    "plan": {"plan_item", "target"},
    "publications": {"publication"},
    "network": {"network_membership"},
    "targets": {"target", "plan_item"},
    "_plan_parts": {"target", "plan_item"},
    "_team_parts": {"team_member"},
    "first_start": {"target"},
}


def _loop_names(node: ast.AST) -> dict[str, list[str]]:
    """``name -> ["advice", "notes"]`` for ``for name in ("advice", "notes")`` (a loop
    or a comprehension), so a call inside it that checks ``name`` can be resolved."""
    loops = node.generators if isinstance(node, _COMPREHENSIONS) else [node]
    names: dict[str, list[str]] = {}
    for loop in loops:
        target, values = getattr(loop, "target", None), getattr(loop, "iter", None)
        if isinstance(target, ast.Name) and isinstance(values, ast.Tuple):
            texts = [e.value for e in values.elts if isinstance(e, ast.Constant)]
            names[target.id] = [str(t) for t in texts]
    return names


_COMPREHENSIONS = (ast.ListComp, ast.SetComp, ast.GeneratorExp, ast.DictComp)


def _names(node: ast.expr, scope: dict[str, list[str]]) -> list[str]:
    """The field names an argument stands for: a string, or a loop variable over strings."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [node.value]
    if isinstance(node, ast.Name):
        assert node.id in scope, f"cannot tell which field line {node.lineno} checks"
        return scope[node.id]
    raise AssertionError(f"cannot tell which field line {node.lineno} checks")


def _checked_fields(
    node: ast.AST, scope: dict[str, list[str]] | None = None
) -> set[tuple[str | None, str]]:
    """(table or None, field) a module checks: with a field-rule Checker method
    (``chk.email("email", ...)``, also ``chk.text(name, ...) for name in ("advice",
    "notes")``: table None) or through the table (``rule("contact_person", "email")``)."""
    scope = dict(scope or {})
    if isinstance(node, (*_COMPREHENSIONS, ast.For)):
        scope.update(_loop_names(node))
    fields: set[tuple[str | None, str]] = set()
    if isinstance(node, ast.Call) and node.args:
        func = node.func
        if isinstance(func, ast.Attribute) and func.attr in FIELD_CHECKS:
            fields |= {(None, name) for name in _names(node.args[0], scope)}
        if isinstance(func, ast.Name) and func.id == "rule" and len(node.args) == 2:
            tables = _names(node.args[0], scope)
            fields |= {(t, name) for t in tables for name in _names(node.args[1], scope)}
    for child in ast.iter_child_nodes(node):
        fields |= _checked_fields(child, scope)
    return fields


def test_every_field_a_service_checks_has_a_rule() -> None:
    folder = Path(services_package.__file__).parent
    ruled = {(r.table, r.column) for r in FIELD_RULES}
    seen_tables: set[str] = set()
    used: set[tuple[str, str]] = set()
    for path in sorted(folder.glob("*.py")):
        fields = _checked_fields(ast.parse(path.read_text(encoding="utf-8")))
        if not fields:
            continue
        tables = SERVICE_TABLES.get(path.stem)
        assert tables is not None, f"{path.name} checks fields {sorted(fields)}: map its tables"
        seen_tables |= tables
        for table, name in fields:
            if table is not None:  # read from the table: it must be one of the module's
                assert table in tables and (table, name) in ruled, (path.name, table, name)
                used.add((table, name))
            else:
                assert any((t, name) in ruled for t in tables), f"{path.name}: {name} has no rule"
                used |= {(t, name) for t in tables if (t, name) in ruled}
    assert {r.table for r in FIELD_RULES} <= seen_tables
    assert ruled == used, f"rules no service applies: {sorted(ruled - used)}"


def test_rule_lookup() -> None:
    assert rule("contact_person", "email").check == "email"
    with pytest.raises(KeyError):
        rule("change_log", "changes")


# -- the command line ---------------------------------------------------------------------


def test_cli_import_refuses_a_bad_field_in_one_line(
    demo_doc: dict[str, Any],
    sqlite_template: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    db_file = tmp_path / "team.sqlite3"
    shutil.copyfile(sqlite_template, db_file)
    doc = copy.deepcopy(demo_doc)
    contact = doc["tables"]["contact_person"][3]
    contact["email"] = "an.peeters\n@gent.be"  # the message quotes it: still one line
    document = tmp_path / "doc.json"
    document.write_text(json.dumps(doc), encoding="utf-8")
    before = digest_with_side_files(db_file)
    capsys.readouterr()
    code = main.main(["--db", str(db_file), "import", str(document)])
    err = capsys.readouterr().err
    assert code != 0
    assert err.count("\n") == 1, err
    assert f"record {contact['public_id']}, veld email:" in err
    assert "“an.peeters\\n@gent.be” is geen geldig e-mailadres" in err, err
    assert digest_with_side_files(db_file) == before


def test_cli_check_reports_a_field_written_with_raw_sql(
    sqlite_template: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db_file = tmp_path / "team.sqlite3"
    shutil.copyfile(sqlite_template, db_file)
    assert main.main(["--db", str(db_file), "demo"]) == 0
    assert main.main(["--db", str(db_file), "check"]) == 0
    with closing(sqlite3.connect(db_file)) as conn, conn:
        pid = conn.execute("SELECT public_id FROM local_government WHERE nis_code = '44021'")
        gent = pid.fetchone()[0]
        conn.execute("UPDATE local_government SET nis_code = '4402a' WHERE public_id = ?", (gent,))
        conn.execute("UPDATE advice_talk SET duration_minutes = -5")
    capsys.readouterr()
    assert main.main(["--db", str(db_file), "check"]) == 1
    out = capsys.readouterr().out
    assert (
        "PROBLEEM [fields] local_government.nis_code: Een NIS-code bestaat uit precies vijf "
        f"cijfers. (o.a. record {gent}) (1)"
    ) in out, out
    talks = out.split("advice_talk.duration_minutes: De duur mag niet kleiner zijn dan 0.")
    assert len(talks) == 2, out
