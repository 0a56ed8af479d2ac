"""Fixtures shared by the core's tests."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from db.session import Database
from supportdesk.demo import generate_demo
from supportdesk.exchange import export_document
from tests.conftest import make_sqlite_db

DEMO_TODAY = date(2026, 11, 27)


@pytest.fixture
def src_and_dst(sqlite_template: Path, tmp_path: Path) -> Iterator[tuple[Database, Database]]:
    """Two new databases holding the reference data only: one to export from, one to
    import into."""
    dbs = []
    for name in ("a", "b"):
        (tmp_path / name).mkdir()
        dbs.append(make_sqlite_db(sqlite_template, tmp_path / name))
    yield dbs[0], dbs[1]
    for db in dbs:
        db.dispose()


@pytest.fixture(scope="module")
def demo_doc(sqlite_template: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """An export of the demo data as of ``DEMO_TODAY``, made once per test module (it
    takes a second); the import tests change copies of it."""
    db = make_sqlite_db(sqlite_template, tmp_path_factory.mktemp("demo"))
    try:
        generate_demo(db, today=DEMO_TODAY)
        return export_document(db)
    finally:
        db.dispose()
