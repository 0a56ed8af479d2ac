"""A damaged, truncated, foreign or newer database: a clear problem, never an overwrite."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from supportdesk.safety.backups import list_backups, restore
from supportdesk.safety.startup import DatabaseProblem, diagnose_file, open_safely


@pytest.fixture
def healthy(new_file: Path) -> Path:
    """A SupportDesk database with two start backups."""
    path = new_file
    for _ in range(2):
        open_safely(str(path), "test").db.dispose()
    assert len(list_backups(path)) == 2
    return path


def _refused(path: Path, kind: str) -> DatabaseProblem:
    before = path.read_bytes()
    backups_before = list_backups(path)
    with pytest.raises(DatabaseProblem) as info:
        open_safely(str(path), "test")
    assert info.value.kind == kind
    assert info.value.message and "Traceback" not in info.value.message
    assert path.read_bytes() == before  # nothing written to it
    assert list_backups(path) == backups_before  # no bad copy rotated in
    return info.value


def test_truncated_file(healthy: Path):
    data = healthy.read_bytes()
    healthy.write_bytes(data[: len(data) // 3])
    problem = _refused(healthy, "truncated")
    assert "afgekapt" in problem.message
    assert problem.newest_backup is not None


def test_damaged_pages(healthy: Path):
    data = bytearray(healthy.read_bytes())
    page = 4096
    data[page * 2 : page * 2 + 3000] = b"\xff" * 3000  # a page of the schema's tables
    healthy.write_bytes(bytes(data))
    problem = _refused(healthy, "damaged")
    assert "beschadigd" in problem.message


def test_damaged_then_restore_newest_backup(healthy: Path):
    data = bytearray(healthy.read_bytes())
    data[4096 * 2 : 4096 * 2 + 3000] = b"\xff" * 3000
    healthy.write_bytes(bytes(data))
    problem = _refused(healthy, "damaged")
    assert problem.newest_backup is not None
    restore(healthy, problem.newest_backup.path)
    opened = open_safely(str(healthy), "test")
    assert diagnose_file(healthy) is None
    opened.db.dispose()


def test_a_file_that_is_not_a_database(tmp_path: Path):
    path = tmp_path / "notities.sqlite3"
    path.write_text("Dit is een tekstbestand, geen databank.\n", encoding="utf-8")
    problem = _refused(path, "not_database")
    assert "geen SupportDesk-databank" in problem.message


def test_a_database_of_another_program(tmp_path: Path):
    path = tmp_path / "ander.sqlite3"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE recipes (name TEXT)")
        conn.execute("INSERT INTO recipes VALUES ('soep')")
    conn.close()
    _refused(path, "foreign")


def test_a_database_from_a_newer_version_is_not_downgraded(healthy: Path):
    with sqlite3.connect(healthy) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '0999'")
    conn.close()
    problem = _refused(healthy, "newer")
    assert "nieuwere SupportDesk" in problem.message
    with sqlite3.connect(healthy) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == ("0999",)
    conn.close()


def test_emptied_file_with_backups_is_a_problem_not_a_new_database(healthy: Path):
    healthy.write_bytes(b"")
    problem = _refused(healthy, "empty")
    assert problem.newest_backup is not None


def test_new_empty_file_without_backups_becomes_a_database(tmp_path: Path):
    path = tmp_path / "nieuw.sqlite3"
    path.touch()
    open_safely(str(path), "test").db.dispose()
    assert diagnose_file(path) is None


def test_a_folder_is_not_a_database(tmp_path: Path):
    assert diagnose_file(tmp_path) is not None
    assert diagnose_file(tmp_path / "missing.sqlite3").kind == "missing"  # type: ignore[union-attr]
