"""``supportdesk check`` compares every attachment's bytes with its stored size and
SHA-256, and import refuses a document whose file content does not match."""

from __future__ import annotations

import base64
import json
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import text

from db.migrate import schema_state
from supportdesk.exchange import ExchangeError, export_json, import_document, parse_document
from supportdesk.integrity import check_database
from supportdesk.services.advice import AdviceTalkInput, create_advice_talk
from supportdesk.services.attachments import NewFile, add_attachments
from tests.supportdesk.services.helpers import ANTWERPEN, dump, lg_id

BLOB = bytes(range(256)) * 8


def _talk_with_files(db):
    data = AdviceTalkInput(date(2025, 3, 1), lg_id(db, ANTWERPEN), "email", "Vraag")
    talk = create_advice_talk(db, data)
    return add_attachments(
        db,
        "advice_talk",
        talk.id,
        [NewFile("a.pdf", BLOB), NewFile("b 😀.txt", b"tekst"), NewFile("c.bin", b"ccc")],
    )


def _attachment_problems(db):
    report = check_database(db.engine, schema_state(db.engine))
    assert "attachments" in report.checks
    return [(p.message, p.rows) for p in report.problems if p.check == "attachments"]


def _sql(db, statement: str, **params) -> None:
    with db.engine.begin() as conn:
        conn.execute(text(statement), params)


def test_check_finds_changed_cut_and_missing_file_bytes(db):
    a, b, c = _talk_with_files(db)
    assert _attachment_problems(db) == []
    # same length, one byte different: only the checksum can tell
    _sql(
        db,
        "UPDATE attachment_content SET content = :c WHERE attachment_id = "
        "(SELECT id FROM attachment WHERE public_id = :p)",
        c=b"\x01" + BLOB[1:],
        p=a.id,
    )
    _sql(
        db,
        "UPDATE attachment_content SET content = :c WHERE attachment_id = "
        "(SELECT id FROM attachment WHERE public_id = :p)",
        c=b"tek",
        p=b.id,
    )
    _sql(
        db,
        "DELETE FROM attachment_content WHERE attachment_id = "
        "(SELECT id FROM attachment WHERE public_id = :p)",
        p=c.id,
    )
    problems = dict(_attachment_problems(db))
    assert len(problems) == 3 and all(n == 1 for n in problems.values())
    text_ = " | ".join(problems)
    assert "controlesom" in text_ and a.id in text_
    assert "andere grootte" in text_ and b.id in text_ and "b 😀.txt" in text_
    assert "zonder inhoud" in text_ and c.id in text_


def test_stored_size_changed_is_found(db):
    a, _b, _c = _talk_with_files(db)
    _sql(db, "UPDATE attachment SET size = size + 1 WHERE public_id = :p", p=a.id)
    [(message, rows)] = _attachment_problems(db)
    assert "andere grootte" in message and rows == 1


def test_import_refuses_a_file_whose_content_does_not_match(
    db, sqlite_template: Path, tmp_path: Path
):
    from tests.conftest import make_sqlite_db

    a, _b, _c = _talk_with_files(db)
    doc = json.loads(export_json(db))
    [row] = [r for r in doc["tables"]["attachment"] if r["public_id"] == a.id]
    for content_row in doc["tables"]["attachment_content"]:
        if base64.b64decode(content_row["content"]) == BLOB:
            content_row["content"] = base64.b64encode(b"\x01" + BLOB[1:]).decode("ascii")
    other_dir = tmp_path / "other"
    other_dir.mkdir()
    other = make_sqlite_db(sqlite_template, other_dir)
    try:
        before = dump(other)
        with pytest.raises(ExchangeError) as exc:
            import_document(other, parse_document(json.dumps(doc)))
        assert a.id in str(exc.value) and "niets geïmporteerd" in str(exc.value)
        assert row["file_name"] == "a.pdf"
        assert dump(other) == before
    finally:
        other.dispose()
