""" "Changes nothing" means unchanged bytes: check, stats, search, export and backup
leave the file and its folder exactly as they were, a backup (a rollback-journal file)
included. They once switched every file they read to WAL, so checking a backup
changed it."""

from __future__ import annotations

import hashlib
import os
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from supportdesk.safety.backups import make_backup
from supportdesk.safety.diagnosis import diagnose_file
from tests.supportdesk.cli.conftest import Run


def state(folder: Path) -> str:
    """Every name, mode and byte in ``folder``."""
    h = hashlib.sha256()
    for p in sorted(folder.rglob("*")):
        st = p.lstat()
        h.update(f"{p.relative_to(folder)} {st.st_mode:o}".encode())
        if p.is_file():
            h.update(p.read_bytes())
    return h.hexdigest()


@pytest.fixture(params=["backup", "database"])
def subject(request: pytest.FixtureRequest, demo_file: Path, tmp_path: Path) -> Path:
    """A start backup (rollback journal) or the database itself (WAL), alone in a folder."""
    folder = tmp_path / "hier"
    folder.mkdir()
    if request.param == "backup":
        made = make_backup(demo_file)
        path = folder / "kopie.sqlite3"
        shutil.move(made, path)
        assert path.read_bytes()[18:20] == b"\x01\x01"  # rollback journal
    else:
        path = folder / "team.sqlite3"
        shutil.copyfile(demo_file, path)
        assert path.read_bytes()[18:20] == b"\x02\x02"  # WAL
    path.chmod(0o600)
    return path


def test_reading_commands_change_no_byte(cli: Callable[..., Run], subject: Path, tmp_path: Path):
    before = state(subject.parent)
    runs = {
        "check": ["check"],
        "check --json": ["check", "--json"],
        "stats": ["stats", "--json"],
        "search": ["search", "gemeente"],
        "export": ["export"],
        "export --out": ["export", "--out", str(tmp_path / "export.json")],
        "backup": ["backup", str(tmp_path / "kopie2.sqlite3")],
        "person find": ["person", "find", "a"],
        "restore --list": ["restore", "--list"],
    }
    for name, args in runs.items():
        r = cli("--db", str(subject), *args)
        assert r.code == 0, (name, r.err)
        assert state(subject.parent) == before, f"{name} changed the file or its folder"
    assert diagnose_file(subject) is None
    assert diagnose_file(subject) is None and state(subject.parent) == before
    assert os.path.getsize(tmp_path / "kopie2.sqlite3") > 0
