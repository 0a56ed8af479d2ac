"""Export and import: identical bytes after a round trip (also SQLite -> PostgreSQL),
and every bad document refused before anything is written."""

from __future__ import annotations

import copy
import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from db.models import LocalGovernment
from db.session import Database
from supportdesk.bulk import NotEmptyError
from supportdesk.demo import generate_demo
from supportdesk.exchange import (
    ExchangeError,
    dump_document,
    export_document,
    export_json,
    import_document,
    parse_document,
)
from supportdesk.search import search
from supportdesk.services.contacts import ContactInput, create_contact
from tests.conftest import make_sqlite_db

TODAY = date(2026, 11, 27)
ODD = 'Łukasz Özdemir <b>&amp;</b> 🙂 "quoted" \\ tab\tline\nnew'


@pytest.fixture
def filled(sqlite_template: Path, tmp_path: Path) -> Any:
    (tmp_path / "src").mkdir()
    db = make_sqlite_db(sqlite_template, tmp_path / "src")
    generate_demo(db, today=TODAY)
    with db.read() as s:
        lg = s.scalar(select(LocalGovernment.public_id).where(LocalGovernment.nis_code == "44021"))
    assert lg is not None
    create_contact(db, ContactInput(lg, "Özdemir", "Łukasz", notes=ODD))
    yield db
    db.dispose()


@pytest.fixture
def empty(sqlite_template: Path, tmp_path: Path) -> Any:
    (tmp_path / "dst").mkdir()
    db = make_sqlite_db(sqlite_template, tmp_path / "dst")
    yield db
    db.dispose()


def test_round_trip_gives_identical_bytes(filled: Database, empty: Database) -> None:
    first = export_json(filled)
    summary = import_document(empty, parse_document(first))
    assert summary.counts["advice_talk"] == 40
    assert export_json(empty) == first
    assert "Łukasz Özdemir <b>&amp;</b> 🙂" in first  # UTF-8 as is, nothing HTML-escaped
    doc = json.loads(first)
    assert any(r["notes"] == ODD for r in doc["tables"]["contact_person"])
    assert doc["format"] == "supportdesk-export" and doc["format_version"] == 1
    assert "search_document" not in doc["tables"]
    # The search index was rebuilt on the imported records.
    assert [h.title for h in search(empty, "lukasz ozdemir")] == ["Łukasz Özdemir"]


def test_round_trip_sqlite_to_postgresql_and_back(
    filled: Database, pg_db: Database, empty: Database
) -> None:
    first = export_json(filled)
    import_document(pg_db, parse_document(first))
    from_pg = export_json(pg_db)
    assert from_pg == first
    import_document(empty, parse_document(from_pg))
    assert export_json(empty) == first


def test_export_of_a_new_database_imports(
    empty: Database, sqlite_template: Path, tmp_path: Path
) -> None:
    doc = export_document(empty)
    assert len(doc["tables"]["local_government"]) == 285
    (tmp_path / "x").mkdir()
    other = make_sqlite_db(sqlite_template, tmp_path / "x")
    try:
        import_document(other, doc)
        assert export_document(other) == doc
    finally:
        other.dispose()


@pytest.fixture(scope="module")
def demo_doc(sqlite_template: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """One demo export for all the broken-document cases (made once: it takes a second)."""
    db = make_sqlite_db(sqlite_template, tmp_path_factory.mktemp("demo-doc"))
    try:
        generate_demo(db, today=TODAY)
        return parse_document(export_json(db))
    finally:
        db.dispose()


def _first(doc: dict[str, Any], table: str) -> dict[str, Any]:
    row: dict[str, Any] = doc["tables"][table][0]
    return row


def _broken(doc: dict[str, Any], how: str) -> dict[str, Any]:
    doc = copy.deepcopy(doc)
    tables = doc["tables"]
    if how == "format":
        doc["format"] = "iets-anders"
    elif how == "newer-format":
        doc["format_version"] = 2
    elif how == "newer-schema":
        doc["schema_revision"] = "9999"
    elif how == "unknown-table":
        tables["geheim"] = []
    elif how == "unknown-column":
        _first(doc, "advice_talk")["kleur"] = "rood"
    elif how == "missing-column":
        del _first(doc, "advice_talk")["question"]
    elif how == "null":
        _first(doc, "advice_talk")["channel"] = None
    elif how == "type-int":
        _first(doc, "advice_talk")["duration_minutes"] = "lang"
    elif how == "type-bool":
        _first(doc, "advice_talk")["signal"] = 1
    elif how == "type-date":
        _first(doc, "advice_talk")["date"] = "27/11/2026"
    elif how == "type-datetime":
        _first(doc, "advice_talk")["created_at"] = "gisteren"
    elif how == "too-long":
        _first(doc, "contact_person")["phone"] = "0" * 51
    elif how == "reference":
        _first(doc, "advice_talk")["local_government_id"] = "00000000-0000-4000-8000-000000000000"
    elif how == "duplicate":
        tables["advice_talk"].append(dict(_first(doc, "advice_talk")))
    elif how == "duplicate-link":
        tables["advice_talk_theme"].append(dict(tables["advice_talk_theme"][0]))
    elif how == "rows-not-list":
        tables["advice_talk"] = {"a": 1}
    elif how == "row-not-object":
        tables["advice_talk"][0] = "rij"
    elif how == "nul":
        _first(doc, "advice_talk")["notes"] = "a\x00b"
    elif how == "check-constraint":
        _first(doc, "feedback")["score"] = 9  # only the database knows the range
    return doc


CASES = [
    "format",
    "newer-format",
    "newer-schema",
    "unknown-table",
    "unknown-column",
    "missing-column",
    "null",
    "type-int",
    "type-bool",
    "type-date",
    "type-datetime",
    "too-long",
    "reference",
    "duplicate",
    "duplicate-link",
    "rows-not-list",
    "row-not-object",
    "nul",
    "check-constraint",
]


@pytest.mark.parametrize("how", CASES)
def test_bad_documents_change_nothing(demo_doc: dict[str, Any], empty: Database, how: str) -> None:
    before = export_json(empty)
    with pytest.raises(ExchangeError) as info:
        import_document(empty, _broken(demo_doc, how))
    assert "\n" not in info.value.message
    assert export_json(empty) == before


@pytest.mark.parametrize("text", ["", "{", "[1, 2]", "null", '{"format": 1'])
def test_malformed_json(text: str) -> None:
    with pytest.raises(ExchangeError):
        parse_document(text)


def test_import_refuses_a_database_with_records(filled: Database) -> None:
    before = export_json(filled)
    with pytest.raises(NotEmptyError):
        import_document(filled, parse_document(before))
    assert export_json(filled) == before


def test_dump_is_deterministic(filled: Database) -> None:
    doc = export_document(filled)
    text = dump_document(doc)
    assert text == dump_document(json.loads(text))
    assert text.endswith("}\n")
