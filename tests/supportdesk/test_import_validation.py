"""Import refuses what ``check`` would reject, what it cannot store exactly, and what
would crash it; a refused document leaves the database exactly as it was.

The rule cases are proven both ways: the broken document is refused, and the same
document loaded with import's consistency step switched off makes ``check`` report a
problem, so import and ``check`` apply the same rules. A final test makes sure every
rule ``check`` has is covered by a case here.
"""

from __future__ import annotations

import copy
import json
import os
import shutil
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

import main
from db.migrate import schema_state
from db.models import Base
from db.session import Database
from supportdesk import exchange
from supportdesk.exchange import (
    ExchangeError,
    export_document,
    export_json,
    import_document,
    parse_document,
)
from supportdesk.integrity import RULES, check_database
from tests.conftest import make_sqlite_db
from tests.supportdesk.cli.conftest import digest_with_side_files

TODAY = date(2026, 11, 27)
EXAMPLES = int(os.environ.get("SUPPORTDESK_HYPOTHESIS_EXAMPLES", "100"))
HYPOTHESIS = settings(
    # More for a longer run: SUPPORTDESK_HYPOTHESIS_EXAMPLES=1000
    max_examples=max(1, EXAMPLES // 4),
    database=None,
    deadline=None,
    phases=[Phase.explicit, Phase.generate],
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


@pytest.fixture
def empty(sqlite_template: Path, tmp_path: Path) -> Iterator[Database]:
    db = make_sqlite_db(sqlite_template, tmp_path)
    yield db
    db.dispose()


def counts(db: Database) -> dict[str, int]:
    with db.read() as s:
        return {
            name: s.scalar(select(func.count()).select_from(t)) or 0
            for name, t in Base.metadata.tables.items()
        }


def refused(db: Database, doc: dict[str, Any]) -> str:
    """Import ``doc``; it must be refused in one line with every table unchanged."""
    before = counts(db)
    with pytest.raises(ExchangeError) as info:
        import_document(db, doc)
    message = info.value.message
    assert "\n" not in message and message.isprintable(), message
    assert counts(db) == before
    return message


# -- every rule of ``check`` --------------------------------------------------------------


def _rows(doc: dict[str, Any], table: str, **where: Any) -> list[dict[str, Any]]:
    rows = [r for r in doc["tables"][table] if all(r.get(k) == v for k, v in where.items())]
    assert rows, (table, where)
    return rows


def _lg_kind(doc: dict[str, Any], public_id: str) -> str:
    return str(_rows(doc, "local_government", public_id=public_id)[0]["kind"])


def _other_government(doc: dict[str, Any], public_id: str) -> str:
    return next(
        r["public_id"] for r in doc["tables"]["local_government"] if r["public_id"] != public_id
    )


def _set(table: str, column: str, value: Any, **where: Any) -> Callable[[dict[str, Any]], None]:
    def change(doc: dict[str, Any]) -> None:
        _rows(doc, table, **where)[0][column] = value

    return change


def _follow_up_elsewhere(owner: str) -> Callable[[dict[str, Any]], None]:
    def change(doc: dict[str, Any]) -> None:
        row = next(r for r in doc["tables"]["follow_up_action"] if r[owner] is not None)
        row["local_government_id"] = _other_government(doc, row["local_government_id"])

    return change


def _municipality_as_partnership(doc: dict[str, Any]) -> None:
    link = doc["tables"]["partnership_member"][0]
    municipality = next(
        r["public_id"]
        for r in doc["tables"]["local_government"]
        if r["kind"] == "municipality" and r["public_id"] != link["member_id"]
    )
    link["partnership_id"] = municipality


def _trajectory_end_before_start(column: str) -> Callable[[dict[str, Any]], None]:
    def change(doc: dict[str, Any]) -> None:
        row = next(r for r in doc["tables"]["trajectory"] if r["start_date"])
        row[column] = "2000-01-01"

    return change


def _cancelled_without_date(doc: dict[str, Any]) -> None:
    row = doc["tables"]["focus_group"][0]
    row["status"], row["cancelled_on"] = "cancelled", None


def _updated_before_created(doc: dict[str, Any]) -> None:
    row = doc["tables"]["contact_person"][0]
    row["updated_at"] = "2000-01-01T00:00:00"


def _steps_out_of_order(doc: dict[str, Any]) -> None:
    row = next(r for r in doc["tables"]["trajectory"] if r["requested_on"] and r["intake_on"])
    row["requested_on"] = "2099-12-31"  # asked for after its intake


def _held_in_the_future(doc: dict[str, Any]) -> None:
    row = doc["tables"]["focus_group"][0]
    row["status"], row["date"], row["cancelled_on"] = "held", "2099-06-01", None


def _activity_ends_early(doc: dict[str, Any]) -> None:
    row = next(r for r in doc["tables"]["activity"] if r["start_minute"] is not None)
    row["end_minute"] = row["start_minute"] - 30


def _activity_cancelled_without_date(doc: dict[str, Any]) -> None:
    row = doc["tables"]["activity"][0]
    row["status"], row["cancelled_on"] = "cancelled", None


def _activity_held_in_the_future(doc: dict[str, Any]) -> None:
    row = doc["tables"]["activity"][0]
    row["status"], row["date"], row["cancelled_on"] = "held", "2099-06-01", None


def _stranger_on(link: str, owner: str, table: str) -> Callable[[dict[str, Any]], None]:
    """Link a contact person of another government to a talk or trajectory."""

    def change(doc: dict[str, Any]) -> None:
        row = doc["tables"][link][0]
        record = _rows(doc, table, public_id=row[owner])[0]
        row["contact_person_id"] = next(
            c["public_id"]
            for c in doc["tables"]["contact_person"]
            if c["local_government_id"] != record["local_government_id"]
        )

    return change


def _organisation_as_member(doc: dict[str, Any]) -> None:
    link = doc["tables"]["partnership_member"][0]
    link["member_id"] = next(
        r["public_id"] for r in doc["tables"]["local_government"] if r["kind"] == "organisation"
    )


# case name -> (change, the column the message names)
RULE_CASES: dict[str, tuple[Callable[[dict[str, Any]], None], str]] = {
    "lg-kind": (_set("local_government", "kind", "city", nis_code="44021"), "kind"),
    "lg-starting-position": (
        _set("local_government", "starting_position", "expert", nis_code="44021"),
        "starting_position",
    ),
    "organisation-kind": (
        _set("local_government", "organisation_kind", "sponsor", kind="organisation"),
        "organisation_kind",
    ),
    "tool-kind": (_set("tool", "kind", "video"), "kind"),
    "tool-status": (_set("tool", "status", "retired"), "status"),
    "channel": (_set("advice_talk", "channel", "fax"), "channel"),
    "channel-case": (_set("advice_talk", "channel", "Email"), "channel"),
    "trajectory-status": (_set("trajectory", "status", "paused"), "status"),
    "focus-group-status": (_set("focus_group", "status", "postponed"), "status"),
    "contact-form": (_set("contact_moment", "form", "letter"), "form"),
    "attendance": (_set("focus_group_participant", "attendance", "late"), "attendance"),
    "indicator": (_set("target", "indicator", "visits"), "indicator"),
    "end-before-start": (_trajectory_end_before_start("end_date"), "end_date"),
    "planned-end-before-start": (
        _trajectory_end_before_start("planned_end_date"),
        "planned_end_date",
    ),
    "cancelled-without-date": (_cancelled_without_date, "status"),
    "follow-up-other-government-talk": (
        _follow_up_elsewhere("advice_talk_id"),
        "local_government_id",
    ),
    "follow-up-other-government-trajectory": (
        _follow_up_elsewhere("trajectory_id"),
        "local_government_id",
    ),
    "municipality-as-partnership": (_municipality_as_partnership, "kind"),
    "version-0": (_set("advice_talk", "version", 0), "version"),
    "version-negative": (_set("local_government", "version", -3, nis_code="44021"), "version"),
    "updated-before-created": (_updated_before_created, "updated_at"),
    "trajectory-steps-out-of-order": (_steps_out_of_order, "requested_on"),
    "focus-group-held-in-the-future": (_held_in_the_future, "status"),
    "talk-contact-of-another-government": (
        _stranger_on("advice_talk_contact", "advice_talk_id", "advice_talk"),
        "local_government_id",
    ),
    "trajectory-contact-of-another-government": (
        _stranger_on("trajectory_contact", "trajectory_id", "trajectory"),
        "local_government_id",
    ),
    "organisation-as-partnership-member": (_organisation_as_member, "kind"),
    # the action plan's records (issue 14, supportdesk/plan_rules.py)
    "activity-status": (_set("activity", "status", "postponed"), "status"),
    "activity-lead": (_set("activity", "lead", "boss"), "lead"),
    "activity-team-role": (_set("activity", "team_role", "coach"), "team_role"),
    "activity-attendance": (_set("activity_participant", "attendance", "late"), "attendance"),
    "publication-kind": (_set("publication", "kind", "tweet"), "kind"),
    "plan-item-goal": (_set("plan_item", "goal", "SD9"), "goal"),
    "plan-item-counted": (_set("plan_item", "counted", "tweets"), "counted"),
    "activity-ends-before-it-starts": (_activity_ends_early, "end_minute"),
    "activity-cancelled-without-date": (_activity_cancelled_without_date, "status"),
    "activity-held-in-the-future": (_activity_held_in_the_future, "status"),
}


def _check_problems(db: Database) -> list[str]:
    state = schema_state(db.engine)
    return [p.message for p in check_database(db.engine, state).problems]


@pytest.mark.parametrize("case", sorted(RULE_CASES))
def test_what_check_rejects_import_refuses(
    demo_doc: dict[str, Any], empty: Database, monkeypatch: pytest.MonkeyPatch, case: str
) -> None:
    change, column = RULE_CASES[case]
    doc = copy.deepcopy(demo_doc)
    change(doc)
    message = refused(empty, doc)
    assert f"veld {column}:" in message and "record " in message, message
    # The same document, let in without import's consistency step: check finds it.
    monkeypatch.setattr(exchange, "first_violation", lambda conn: None)
    import_document(empty, doc)
    problems = _check_problems(empty)
    assert problems, case
    # Import words check's rule, or (the rules every record obeys) names the same table.
    same = [p for p in problems if p in message or message.startswith(f"Tabel {p.split(':')[0]},")]
    assert same, (message, problems)


def test_every_rule_of_check_has_a_case(
    demo_doc: dict[str, Any], sqlite_template: Path, tmp_path: Path
) -> None:
    """Each rule ``check`` knows is broken by at least one case above (a rule added to
    integrity.RULES needs a case here too)."""
    messages = []
    for i, (change, _) in enumerate(RULE_CASES.values()):
        doc = copy.deepcopy(demo_doc)
        change(doc)
        (tmp_path / str(i)).mkdir()
        db = make_sqlite_db(sqlite_template, tmp_path / str(i))
        try:
            with pytest.raises(ExchangeError) as info:
                import_document(db, doc)
        finally:
            db.dispose()
        messages.append(info.value.message)
    for _check, rule, _query in RULES:
        assert any(rule in m for m in messages), f"no case breaks the rule {rule!r}"


def test_the_demo_document_passes_and_round_trips(
    demo_doc: dict[str, Any], empty: Database
) -> None:
    import_document(empty, copy.deepcopy(demo_doc))
    assert _check_problems(empty) == []
    assert export_document(empty) == demo_doc


# -- stored exactly or refused ------------------------------------------------------------

SPELLINGS = {
    # column kind -> spellings Python parses but the database would store altered
    "datetime": [
        "2025-01-01T00:00:00+02:00",  # a time zone: dropped when stored
        "2025-01-01T00:00:00Z",
        "2025-01-01T00:00:00.000",  # precision: shortened when exported
        "2025-01-01T00:00:00.5",
        "2025-01-01 00:00:00",  # another separator
        "2025-01-01T00:00",
        "2025-01-01",
        "20250101T000000",
    ],
    "date": ["20250101", "2025-W01-1", "2025-001", "2025-01-01T00:00:00"],
}


@pytest.mark.parametrize(
    ("table", "column", "value"),
    [("advice_talk", "created_at", v) for v in SPELLINGS["datetime"]]
    + [("local_government", "updated_at", v) for v in SPELLINGS["datetime"][:2]]
    + [("advice_talk", "date", v) for v in SPELLINGS["date"]],
)
def test_dates_and_times_not_spelled_as_export_writes_them_are_refused(
    demo_doc: dict[str, Any], empty: Database, table: str, column: str, value: str
) -> None:
    doc = copy.deepcopy(demo_doc)
    doc["tables"][table][0][column] = value
    message = refused(empty, doc)
    assert column in message


def test_microseconds_and_old_dates_round_trip(demo_doc: dict[str, Any], empty: Database) -> None:
    doc = copy.deepcopy(demo_doc)
    row = doc["tables"]["advice_talk"][0]
    row["created_at"], row["updated_at"] = "0001-01-01T00:00:00.000001", "2025-01-01T00:00:00.5"
    row["updated_at"] = "9999-12-31T23:59:59.999999"
    import_document(empty, doc)
    assert export_document(empty)["tables"]["advice_talk"][0] == row


@pytest.mark.parametrize("table", ["local_government", "theme", "tool", "target"])
def test_a_document_without_reference_data_is_refused(
    demo_doc: dict[str, Any], empty: Database, table: str
) -> None:
    before = export_json(empty)
    doc = copy.deepcopy(demo_doc)
    del doc["tables"][table]
    assert table in refused(empty, doc)
    assert export_json(empty) == before


def test_an_empty_tables_object_deletes_nothing(empty: Database) -> None:
    before = export_json(empty)
    refused(empty, {"format": "supportdesk-export", "format_version": 1, "tables": {}})
    doc = json.loads(before)
    doc["tables"]["local_government"] = []
    refused(empty, doc)
    assert export_json(empty) == before


# -- crashes ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "[" * 100_000 + "]" * 100_000,
        '{"format": ' + "{" * 50_000 + "}" * 50_000 + "}",
        '{"format": ' + "1" * 4301 + "}",
        '{"format": -' + "9" * 5000 + "}",
    ],
    ids=["deep-list", "deep-object", "4301-digits", "5000-digits"],
)
def test_json_python_cannot_hold_is_refused(text: str) -> None:
    with pytest.raises(ExchangeError) as info:
        parse_document(text)
    assert "\n" not in info.value.message


def _fields(doc: dict[str, Any]) -> list[tuple[str, str]]:
    return sorted({(t, c) for t, rows in doc["tables"].items() if rows for c in rows[0]})


@pytest.mark.parametrize(
    "value",
    [2**63, 2**64, -(2**63) - 1, 2**31, 10**4000, "\ud800", "a\udfffb", "\x00"],
    ids=["2^63", "2^64", "-2^63-1", "2^31", "10^4000", "surrogate", "low-surrogate", "nul"],
)
def test_hostile_value_in_every_field_is_refused(
    demo_doc: dict[str, Any], empty: Database, value: Any
) -> None:
    """The value in each field of each table in turn. Values are checked before any
    reference, so a document of one row per table serves (and keeps this quick)."""
    before = counts(empty)
    small = dict(demo_doc, tables={t: rows[:1] for t, rows in demo_doc["tables"].items()})
    for table, column in _fields(small):
        doc = dict(small, tables=dict(small["tables"]))
        doc["tables"][table] = [dict(doc["tables"][table][0], **{column: value})]
        with pytest.raises(ExchangeError) as info:
            import_document(empty, doc)
        message = info.value.message
        assert message.startswith(f"Tabel {table}, rij 1"), message
        assert column in message and "verwijst" not in message, message
        assert "\n" not in message and message.isprintable(), message
    assert counts(empty) == before


# Values as a hostile or broken program writes them, for any field of any table.
hostile_values = st.one_of(
    st.integers(min_value=-(2**70), max_value=2**70),
    st.sampled_from([2**63, 2**31, -(2**31) - 1, 0, -1, True, 1.5, float("inf")]),
    st.text(max_size=20),
    st.text(alphabet=st.sampled_from("\ud800\udfff\x00\x1b\u202e\ufeffé😀<&>"), max_size=8),
    st.sampled_from(SPELLINGS["datetime"] + SPELLINGS["date"]),
    st.sampled_from(["fax", "municipality", "partnership", "stopped", "present", ""]),
    st.dates().map(date.isoformat),
    st.recursive(
        st.none() | st.booleans() | st.integers(),
        lambda inner: st.lists(inner, max_size=2) | st.dictionaries(st.text(max_size=3), inner),
        max_leaves=4,
    ),
)


@HYPOTHESIS
@given(data=st.data())
def test_any_hostile_value_anywhere(
    demo_doc: dict[str, Any],
    sqlite_template: Path,
    tmp_path_factory: pytest.TempPathFactory,
    data: st.DataObject,
) -> None:
    """One value replaced anywhere: refused in one line with nothing changed, or stored
    and exported exactly as it was in the document (and ``check`` is satisfied)."""
    table, column = data.draw(st.sampled_from(_fields(demo_doc)))
    doc = copy.deepcopy(demo_doc)
    rows = doc["tables"][table]
    row = rows[data.draw(st.integers(0, len(rows) - 1))]
    row[column] = data.draw(hostile_values)
    db = make_sqlite_db(sqlite_template, tmp_path_factory.mktemp("hostile"))
    try:
        before = counts(db)
        try:
            import_document(db, json.loads(json.dumps(doc)))
        except ExchangeError as exc:
            assert "\n" not in exc.message and exc.message.isprintable()
            assert counts(db) == before
            return
        assert _check_problems(db) == []
        assert row in export_document(db)["tables"][table]
    finally:
        db.dispose()


# -- the command line ---------------------------------------------------------------------


def _cli_refuses(db_file: Path, document: Path, capsys: pytest.CaptureFixture[str]) -> str:
    before = digest_with_side_files(db_file)
    capsys.readouterr()
    code = main.main(["--db", str(db_file), "import", str(document)])
    err = capsys.readouterr().err
    assert code != 0
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("supportdesk: "), err
    assert digest_with_side_files(db_file) == before
    return lines[0]


@pytest.mark.parametrize(
    "how",
    ["deep", "digits", "surrogate", "2^63", "channel", "follow-up", "tables-empty", "tz"],
)
def test_cli_import_refuses_in_one_line_and_changes_no_byte(
    demo_doc: dict[str, Any],
    sqlite_template: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    how: str,
) -> None:
    db_file = tmp_path / "team.sqlite3"
    shutil.copyfile(sqlite_template, db_file)
    doc = copy.deepcopy(demo_doc)
    talk = doc["tables"]["advice_talk"][0]
    text = None
    if how == "deep":
        text = "[" * 100_000 + "]" * 100_000
    elif how == "digits":
        text = json.dumps(doc)[:-1] + ', "x": ' + "7" * 4400 + "}"
    elif how == "surrogate":
        talk["question"] = "vraag \ud800"
    elif how == "2^63":
        talk["duration_minutes"] = 2**63
    elif how == "channel":
        talk["channel"] = "fax"  # refused only after loading, in the transaction
    elif how == "follow-up":
        _follow_up_elsewhere("advice_talk_id")(doc)
    elif how == "tables-empty":
        doc["tables"] = {}
    elif how == "tz":
        talk["created_at"] = "2025-01-01T00:00:00+01:00"
    document = tmp_path / "doc.json"
    document.write_bytes(
        (text if text is not None else json.dumps(doc)).encode("utf-8", "surrogatepass")
        if how != "surrogate"
        else json.dumps(doc).encode("ascii")  # "\ud800" as JSON writes it: an escape
    )
    _cli_refuses(db_file, document, capsys)


@pytest.mark.parametrize("limit", ["1e20", "100000000000000000000", "-1", "9" * 5000])
def test_cli_search_limit_out_of_range(
    sqlite_template: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], limit: str
) -> None:
    db_file = tmp_path / "team.sqlite3"
    shutil.copyfile(sqlite_template, db_file)
    capsys.readouterr()
    try:
        code = main.main(["--db", str(db_file), "search", "Gent", "--limit", limit])
    except SystemExit as exc:
        code = exc.code if isinstance(exc.code, int) else 1
    err = capsys.readouterr().err
    assert code != 0
    assert len(err.strip().splitlines()) == 1 and "--limit" in err, err


@pytest.mark.parametrize("case", ["channel", "follow-up-other-government-talk", "version-0"])
def test_rules_hold_on_every_backend(demo_doc: dict[str, Any], db: Database, case: str) -> None:
    """The consistency step runs in the import's transaction on PostgreSQL as well."""
    change, column = RULE_CASES[case]
    doc = copy.deepcopy(demo_doc)
    change(doc)
    assert f"veld {column}:" in refused(db, doc)
    doc = copy.deepcopy(demo_doc)
    doc["tables"]["advice_talk"][0]["duration_minutes"] = 2**31
    refused(db, doc)
