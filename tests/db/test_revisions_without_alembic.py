"""Telling whether a database is up to date needs no Alembic: the revision ids are read
from the migration files and ``alembic_version`` (Alembic is imported to migrate)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from alembic.script import ScriptDirectory

import db.migrate as migrate
from db.session import Database

ROOT = Path(__file__).resolve().parents[2]


def test_revisions_read_from_the_files_equal_alembics() -> None:
    script = ScriptDirectory.from_config(migrate.alembic_config())
    head, known = migrate._revisions()
    assert head == script.get_current_head()
    assert known == {rev.revision for rev in script.walk_revisions()}


def test_state_of_an_up_to_date_database(db: Database) -> None:
    state = migrate.schema_state(db.engine)
    assert state.up_to_date and state.current == migrate.head_revision()
    assert migrate.current_revision(db.engine) == state.current


def test_opening_an_up_to_date_file_imports_no_alembic(tmp_path: Path) -> None:
    path = tmp_path / "bijgewerkt.sqlite3"
    migrate.open_database(str(path)).dispose()
    code = (
        f"import sys; sys.path.insert(0, {str(ROOT)!r})\n"
        "from db.migrate import open_database\n"
        f"open_database({str(path)!r}).dispose()\n"
        "print('ALEMBIC', any(m.startswith('alembic') for m in sys.modules))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert "ALEMBIC False" in out.stdout, out.stdout + out.stderr
