"""What the migration tests share: an empty database, on SQLite and (when
``SUPPORTDESK_TEST_PG`` is set) on a PostgreSQL database of its own, to upgrade step
by step from an older revision."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine

from db.engine import build_engine
from tests.conftest import PG_ADMIN_URL, _pg_url, new_pg_database


@pytest.fixture(params=["sqlite", "postgresql"])
def old_engine(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Engine]:
    """An engine on a new, empty database (no revision yet)."""
    if request.param == "sqlite":
        engine = build_engine(f"sqlite:///{tmp_path / 'old.sqlite3'}")
        yield engine
        engine.dispose()
        return
    if not PG_ADMIN_URL:
        pytest.skip("no PostgreSQL server (set SUPPORTDESK_TEST_PG)")
    with new_pg_database("sd_mig") as name:
        engine = build_engine(_pg_url(name))
        yield engine
        engine.dispose()
