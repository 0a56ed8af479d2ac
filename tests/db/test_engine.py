"""The engine: where the database is, and SQLite set up for safe concurrent use."""

from __future__ import annotations

from pathlib import Path

import platformdirs
import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from db import engine as engine_mod
from db.engine import ENV_VAR, build_engine, default_database_path, resolve_url, sqlite_path
from db.models import ContactPerson
from db.session import Database
from supportdesk.database import open_app_database


def test_pragmas_on_a_file_database(tmp_path: Path) -> None:
    db = open_app_database(str(tmp_path / "sd.sqlite3"), actor="test")
    try:
        with db.engine.connect() as conn:
            assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
            assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
            assert conn.execute(text("PRAGMA busy_timeout")).scalar() == engine_mod.BUSY_TIMEOUT_MS
            assert engine_mod.BUSY_TIMEOUT_MS >= 5000
    finally:
        db.dispose()


def test_foreign_keys_are_enforced(sqlite_db: Database) -> None:
    with pytest.raises(IntegrityError), sqlite_db.write() as s:
        s.add(ContactPerson(local_government_id=987654, last_name="Nergens"))


def test_writes_begin_immediate(sqlite_db: Database) -> None:
    """A write unit of work takes the write lock at once (no late upgrade that fails)."""
    with sqlite_db.write() as s:
        raw = s.connection().connection.driver_connection
        assert raw is not None and raw.in_transaction
        other = build_engine(sqlite_db.url, connect_args={"timeout": 0.1})
        try:
            with other.connect() as conn:
                conn.exec_driver_sql("PRAGMA busy_timeout=100")
                with pytest.raises(Exception, match="locked"):
                    conn.exec_driver_sql("BEGIN IMMEDIATE")
        finally:
            other.dispose()


def test_a_path_becomes_an_absolute_sqlite_url(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(ENV_VAR, raising=False)
    monkeypatch.chdir(tmp_path)
    assert resolve_url("data/x.sqlite3") == f"sqlite:///{tmp_path / 'data' / 'x.sqlite3'}"
    assert resolve_url(str(tmp_path / "y.db")) == f"sqlite:///{tmp_path / 'y.db'}"
    monkeypatch.setenv("HOME", str(tmp_path))
    assert resolve_url("~/z.sqlite3") == f"sqlite:///{tmp_path / 'z.sqlite3'}"
    assert sqlite_path(resolve_url("data/x.sqlite3")) == tmp_path / "data" / "x.sqlite3"


def test_a_url_is_kept(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(ENV_VAR, "/elders.sqlite3")
    url = "postgresql+psycopg://sd@db.example:5432/supportdesk"
    assert resolve_url(url) == url
    assert sqlite_path(url) is None
    assert sqlite_path("sqlite://") is None


def test_the_environment_variable_is_used_when_no_db_is_given(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(ENV_VAR, str(tmp_path / "env.sqlite3"))
    assert resolve_url(None) == f"sqlite:///{tmp_path / 'env.sqlite3'}"
    assert resolve_url(str(tmp_path / "arg.sqlite3")) == f"sqlite:///{tmp_path / 'arg.sqlite3'}"
    monkeypatch.setenv(ENV_VAR, "postgresql+psycopg://sd@localhost/sd")
    assert resolve_url(None) == "postgresql+psycopg://sd@localhost/sd"


def test_the_default_is_a_file_in_the_user_data_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(ENV_VAR, raising=False)
    calls: list[tuple[object, ...]] = []

    def fake_user_data_path(*args: object, **kwargs: object) -> Path:
        calls.append(args)
        return tmp_path / "userdata" / "SupportDesk"

    monkeypatch.setattr(platformdirs, "user_data_path", fake_user_data_path)
    expected = tmp_path / "userdata" / "SupportDesk" / "supportdesk.sqlite3"
    assert default_database_path() == expected
    assert resolve_url(None) == f"sqlite:///{expected}"
    assert calls and calls[0][0] == "SupportDesk"
    # Opening the default creates the folder and the database.
    db = open_app_database(None, actor="test")
    try:
        assert expected.is_file()
        assert db.url == f"sqlite:///{expected}"
    finally:
        db.dispose()
