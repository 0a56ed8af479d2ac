"""Shared fixtures: a fresh, migrated and seeded database per test.

``db`` runs a test on SQLite and, when ``SUPPORTDESK_TEST_PG`` names a PostgreSQL
server (an SQLAlchemy URL of a database we may create databases from), on PostgreSQL
too. Each test gets its own copy of a template made once per session, so tests are
independent and quick.
"""

from __future__ import annotations

import os
import shutil
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from db.session import Database, connect
from supportdesk.database import open_app_database

PG_ADMIN_URL = os.environ.get("SUPPORTDESK_TEST_PG", "")
BACKENDS = ["sqlite", "postgresql"] if PG_ADMIN_URL else ["sqlite"]


def _open(url: str) -> Database:
    """Open through the core's entry point, as the app does (it wires the search index)."""
    return open_app_database(url, actor="test")


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("template") / "template.sqlite3"
    db = _open(str(path))
    db.dispose()
    return path


def _pg_url(name: str) -> str:
    return make_url(PG_ADMIN_URL).set(database=name).render_as_string(hide_password=False)


@contextmanager
def new_pg_database(prefix: str, template: str | None = None) -> Iterator[str]:
    """The name of a new database on the test's PostgreSQL server (a copy of
    ``template`` when given, else empty), dropped when the block ends."""
    name = f"{prefix}_{uuid.uuid4().hex[:10]}"
    admin = create_engine(PG_ADMIN_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        copy = f' TEMPLATE "{template}"' if template else ""
        if template and (conn.dialect.server_version_info or (0,)) >= (15,):
            # copy the template's files (PostgreSQL 15+ logs every page to the WAL by
            # default): ~60 instead of ~100 ms per test on the test server
            copy += " STRATEGY FILE_COPY"
        conn.execute(text(f'CREATE DATABASE "{name}"{copy}'))
    try:
        yield name
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


@pytest.fixture(scope="session")
def pg_template() -> Iterator[str]:
    if not PG_ADMIN_URL:
        pytest.skip("no PostgreSQL server (set SUPPORTDESK_TEST_PG)")
    with new_pg_database("sd_template") as name:
        _open(_pg_url(name)).dispose()
        yield name


def make_sqlite_db(template: Path, folder: Path) -> Database:
    target = folder / "supportdesk.sqlite3"
    shutil.copyfile(template, target)
    return _open(str(target))


def make_newer_database(path: Path) -> Path:
    """A SupportDesk file at ``path`` whose schema revision ("9999_future") is one this
    version does not know, as a newer SupportDesk leaves it."""
    db = _open(str(path))
    with db.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999_future'"))
    db.dispose()
    return path


@pytest.fixture
def sqlite_db(sqlite_template: Path, tmp_path: Path) -> Iterator[Database]:
    """A fresh SQLite database (a file in tmp_path) with reference data."""
    db = make_sqlite_db(sqlite_template, tmp_path)
    yield db
    db.dispose()


@pytest.fixture
def pg_db(pg_template: str) -> Iterator[Database]:
    """A fresh PostgreSQL database with reference data (skipped without a server)."""
    with new_pg_database("sd_test", pg_template) as name:
        db = _open(_pg_url(name))
        yield db
        db.dispose()


@pytest.fixture(params=BACKENDS)
def db(request: pytest.FixtureRequest) -> Database:
    """A fresh database on each configured backend (SQLite always, PostgreSQL if set)."""
    fixture = "sqlite_db" if request.param == "sqlite" else "pg_db"
    database: Database = request.getfixturevalue(fixture)
    return database


__all__ = ["connect", "make_sqlite_db"]
