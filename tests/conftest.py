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
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import contextmanager, suppress
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


def _create_database(name: str, template: str | None = None) -> None:
    admin = create_engine(PG_ADMIN_URL, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as conn:
            copy = f' TEMPLATE "{template}"' if template else ""
            if template and (conn.dialect.server_version_info or (0,)) >= (15,):
                # copy the template's files (PostgreSQL 15+ logs every page to the WAL
                # by default): fewer writes on the test server
                copy += " STRATEGY FILE_COPY"
            conn.execute(text(f'CREATE DATABASE "{name}"{copy}'))
    finally:
        admin.dispose()


def _drop_database(name: str) -> None:
    admin = create_engine(PG_ADMIN_URL, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    finally:
        admin.dispose()


def _new_name(prefix: str) -> str:
    return f"{prefix}_{uuid.uuid4().hex[:10]}"


@contextmanager
def new_pg_database(prefix: str, template: str | None = None) -> Iterator[str]:
    """The name of a new database on the test's PostgreSQL server (a copy of
    ``template`` when given, else empty), dropped when the block ends."""
    name = _new_name(prefix)
    _create_database(name, template)
    try:
        yield name
    finally:
        _drop_database(name)


class _Copies:
    """Copies of the template for the tests, each made while the test before runs.

    A copy costs the server ~0.1-0.4 s (mostly the kernel's, in the server's process):
    made in a thread of its own, it runs on the other core beside the test before
    instead of in front of each test (~460 tests on PostgreSQL)."""

    def __init__(self, template: str) -> None:
        self.template = template
        self.maker = ThreadPoolExecutor(max_workers=1, thread_name_prefix="pg-copy")
        self.next: Future[str] | None = None

    def _make(self) -> str:
        name = _new_name("sd_test")
        _create_database(name, self.template)
        return name

    def take(self) -> str:
        """A new copy (the one made ahead, else one made now); the next one is started."""
        made = self.next or self.maker.submit(self._make)
        self.next = self.maker.submit(self._make)
        return made.result()

    def close(self) -> None:
        """Drop the copy made ahead that no test took."""
        if self.next is not None:
            with suppress(Exception):
                _drop_database(self.next.result())
        self.maker.shutdown()


@pytest.fixture(scope="session")
def pg_template() -> Iterator[str]:
    if not PG_ADMIN_URL:
        pytest.skip("no PostgreSQL server (set SUPPORTDESK_TEST_PG)")
    with new_pg_database("sd_template") as name:
        _open(_pg_url(name)).dispose()
        yield name


@pytest.fixture(scope="session")
def pg_copies(pg_template: str) -> Iterator[_Copies]:
    copies = _Copies(pg_template)
    yield copies
    copies.close()


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
def pg_db(pg_copies: _Copies) -> Iterator[Database]:
    """A fresh PostgreSQL database with reference data (skipped without a server)."""
    name = pg_copies.take()
    try:
        db = _open(_pg_url(name))
        yield db
        db.dispose()
    finally:
        _drop_database(name)


@pytest.fixture(params=BACKENDS)
def db(request: pytest.FixtureRequest) -> Database:
    """A fresh database on each configured backend (SQLite always, PostgreSQL if set)."""
    fixture = "sqlite_db" if request.param == "sqlite" else "pg_db"
    database: Database = request.getfixturevalue(fixture)
    return database


__all__ = ["connect", "make_sqlite_db"]
