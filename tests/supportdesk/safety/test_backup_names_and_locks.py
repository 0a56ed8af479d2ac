"""Backups of databases with very long names, and a restore that keeps its locks.

A backup's name holds the database's stem; near the 255-byte limit of a file name the
stem is cut and given a hash of the whole, so backups are still made and two long names
that start alike never share (or rotate away) each other's backups. Copying a damaged
database's side files aside must not close a descriptor of a file this process holds
locks on (closing any descriptor drops every POSIX lock of the process on that file).
"""

from __future__ import annotations

import os
import shutil
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from supportdesk.safety import backups
from supportdesk.safety.backups import backup_stem, list_backups, make_backup, rotate


def test_long_names_that_start_alike_keep_their_own_backups(new_file: Path, tmp_path: Path):
    first = tmp_path / ("ä" * 110 + "-een.sqlite3")
    second = tmp_path / ("ä" * 110 + "-twee.sqlite3")
    shutil.copyfile(new_file, first)
    shutil.copyfile(new_file, second)
    assert backup_stem(first) != backup_stem(second)
    assert len(backup_stem(first).encode()) <= 150
    made = [make_backup(first) for _ in range(3)] + [make_backup(second)]
    assert all(len(p.name.encode()) <= 200 for p in made)
    assert [b.path for b in list_backups(second)] == [made[3]]
    rotate(first, keep=1)
    assert [b.path for b in list_backups(first)] == [made[2]]
    assert [b.path for b in list_backups(second)] == [made[3]]


def test_a_short_name_is_its_own_stem(tmp_path: Path):
    assert backup_stem(tmp_path / "team #2.sqlite3") == "team #2"


def _locks_on(path: Path) -> set[str]:
    """This process's POSIX lock lines in /proc/locks on the file at ``path``."""
    st = os.stat(path)
    inode = f"{os.major(st.st_dev):02x}:{os.minor(st.st_dev):02x}:{st.st_ino}"
    found = set()
    with open("/proc/locks") as fh:
        for line in fh:
            parts = line.split()
            if "->" in parts:  # a waiting lock: "1: -> POSIX ..."
                parts.remove("->")
            if len(parts) > 5 and parts[4] == str(os.getpid()) and parts[5] == inode:
                found.add(line.split(":", 1)[1].strip())
    return found


@pytest.mark.skipif(not Path("/proc/locks").exists(), reason="needs /proc/locks (Linux)")
def test_keeping_side_files_aside_keeps_this_process_locks(new_file: Path, tmp_path: Path):
    with closing(sqlite3.connect(new_file, isolation_level=None)) as conn:
        assert conn.execute("PRAGMA journal_mode=WAL").fetchone()[0] == "wal"
        conn.execute("BEGIN")
        conn.execute("SELECT count(*) FROM local_government").fetchone()  # a read mark
        shm = new_file.with_name(new_file.name + "-shm")
        before = _locks_on(shm)
        assert before, "SQLite holds locks on -shm during a read transaction"
        fd = os.open(new_file, os.O_RDONLY)
        try:
            backups._keep_raw(new_file, fd, tmp_path / "kept.sqlite3")
        finally:
            os.close(fd)  # the main file: this test's own descriptor, no SQLite lock on it
        assert _locks_on(shm) == before
        assert (tmp_path / "kept.sqlite3-shm").exists()
        conn.execute("COMMIT")
