"""Fixtures shared by the core's tests."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest

from supportdesk.demo import generate_demo
from supportdesk.exchange import export_document
from tests.conftest import make_sqlite_db

DEMO_TODAY = date(2026, 11, 27)


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
