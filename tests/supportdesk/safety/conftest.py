"""Helpers for the safety tests: a government to attach records to."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from sqlalchemy import select

from db.models import LocalGovernment
from db.session import Database
from tests.supportdesk.cli.conftest import cli, demo_file  # noqa: F401  (fixtures used by name)


def government_ids(db: Database, n: int = 2) -> list[str]:
    with db.read() as s:
        return list(
            s.scalars(select(LocalGovernment.public_id).order_by(LocalGovernment.nis_code).limit(n))
        )


@pytest.fixture
def lg_ids(db: Database) -> list[str]:
    return government_ids(db)


@pytest.fixture
def new_file(sqlite_template: Path, tmp_path: Path) -> Path:
    """A migrated, seeded SupportDesk file (a copy of the session's template)."""
    path = tmp_path / "team.sqlite3"
    shutil.copyfile(sqlite_template, path)
    return path
