"""When the whole-file checks last ran on a database, so that they need not run again
on a file that has not changed.

``PRAGMA quick_check`` reads every page and the start backup copies every page: at
100,000 advice talks that is seconds of work on each start and, for the quick check,
on each reading command (``supportdesk stats``). What they prove still holds for a file
whose bytes have not changed since, so each successful check and each start backup is
recorded with the file's *stamp* (``FileStamp``: which file, its size, modification time
in nanoseconds, SQLite's file change counter, and the same of its ``-wal``: size, time
and the WAL header's checkpoint number and salts, which change whenever the WAL is
started again). The header bytes are read through ``db.sqlite_files.read_head``, which
never closes a descriptor of a file this process has open (that would drop SQLite's
locks on it).

The policy (see ``plan_start`` and ``supportdesk.cli.common.open_db``):

- the start backup is skipped when the file's stamp is the one recorded when the newest
  start backup was made, and that backup is still there;
- at the app's start the quick check runs when the last successful one is more than a
  day old, or the app did not end cleanly last time (its session marker is still there,
  or a ``-wal``/``-journal`` with content is left: another program has the file open or
  crashed), or the file changed since SupportDesk last checked it or cleanly closed it;
- a reading command skips it when the file has the stamp of a successful check made
  less than a day ago; writing commands always run it.

What this cannot see: a program that changes bytes inside the file while keeping its
size, modification time and change counter (a bit flip by a disk or a tool that resets
the time). Such damage is found by the next check that runs (at most a day later), and
a damaged page met while reading still gives the one-line "damaged" message.

The record is ``backups/.checked.json`` beside the database (0600, written whole under
a temporary name and renamed); losing it only means the checks run again.
"""

from __future__ import annotations

import contextlib
import json
import os
import time
from dataclasses import astuple, dataclass
from pathlib import Path
from typing import Any

from db.sqlite_files import read_head
from supportdesk.safety.backups import START_TAG, backup_folder, backup_stem, list_backups
from supportdesk.safety.output_files import private_temp
from supportdesk.safety.permissions import secure_folder

RECORD_NAME = ".checked.json"
MAX_AGE_S = 24 * 3600
MAX_RECORD_BYTES = 1 << 20
WAL_HEADER = 32


@dataclass(frozen=True)
class FileStamp:
    """What changes when anything in an SQLite database (or its WAL) changes."""

    dev: int
    ino: int
    size: int
    mtime_ns: int
    change_counter: int
    wal_size: int = 0
    wal_mtime_ns: int = 0
    wal_head: str = ""  # checkpoint sequence and salts, hex

    def as_json(self) -> list[Any]:
        return list(astuple(self))

    @classmethod
    def from_json(cls, value: Any) -> FileStamp | None:
        if not isinstance(value, list) or len(value) != 8:
            return None
        *numbers, head = value
        if not all(type(n) is int for n in numbers) or not isinstance(head, str):
            return None
        dev, ino, size, mtime_ns, counter, wal_size, wal_mtime_ns = numbers
        return cls(dev, ino, size, mtime_ns, counter, wal_size, wal_mtime_ns, head)


def file_stamp(path: Path) -> FileStamp | None:
    """The stamp of the database at ``path`` as it is now; None if it cannot be read."""
    try:
        st = os.stat(path)
        head = read_head(path)
        wal = path.with_name(path.name + "-wal")
        wal_size, wal_time, wal_head = 0, 0, b""  # none, or empty: holds nothing
        with contextlib.suppress(FileNotFoundError):
            ws = os.stat(wal)
            if ws.st_size:
                wal_size, wal_time = ws.st_size, ws.st_mtime_ns
                wal_head = read_head(wal, WAL_HEADER)[12:24]
    except OSError:
        return None
    counter = int.from_bytes(head[24:28], "big") if len(head) >= 28 else -1
    return FileStamp(
        st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns, counter, wal_size, wal_time,
        wal_head.hex(),
    )  # fmt: skip


def side_files_hot(path: Path) -> bool:
    """True when a ``-wal`` or ``-journal`` with content lies beside the database: left
    by a crash, or another program has the file open now."""
    for suffix in ("-wal", "-journal"):
        with contextlib.suppress(OSError):
            if os.stat(path.with_name(path.name + suffix)).st_size > 0:
                return True
    return False


# -- the record file -------------------------------------------------------------------
def record_path(db_path: Path) -> Path:
    return backup_folder(db_path) / RECORD_NAME


def _load(db_path: Path) -> dict[str, Any]:
    try:
        with open(record_path(db_path), "rb") as fh:
            data = json.loads(fh.read(MAX_RECORD_BYTES))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def _entry(db_path: Path) -> dict[str, Any]:
    entry = _load(db_path).get(backup_stem(db_path))
    return entry if isinstance(entry, dict) else {}


def _update(db_path: Path, key: str, value: Any, *, create_folder: bool = True) -> None:
    """Set (or with ``value`` None remove) ``key`` of this database's entry. Never
    raises: a record that cannot be written only means the checks run again."""
    folder = backup_folder(db_path)
    try:
        if not folder.is_dir():
            if not create_folder:
                return
            folder.mkdir(parents=True, exist_ok=True)
            secure_folder(folder)
        data = _load(db_path)
        entry = data.get(backup_stem(db_path))
        entry = entry if isinstance(entry, dict) else {}
        if value is None:
            if key not in entry:
                return
            entry.pop(key)
        else:
            entry[key] = value
        data[backup_stem(db_path)] = entry
        target = record_path(db_path)
        with private_temp(target) as tmp:
            tmp.write_text(json.dumps(data, indent=1), encoding="utf-8")
            os.replace(tmp, target)
    except OSError:
        pass


def _stamp_of(record: Any) -> FileStamp | None:
    return FileStamp.from_json(record.get("stamp")) if isinstance(record, dict) else None


def _age_s(record: Any, now: float | None) -> float | None:
    at = record.get("at") if isinstance(record, dict) else None
    if not isinstance(at, (int, float)):
        return None
    return (time.time() if now is None else now) - at


# -- quick checks ------------------------------------------------------------------------
def record_check(
    db_path: Path, stamp: FileStamp | None, *, create_folder: bool = True, now: float | None = None
) -> None:
    """A successful quick check of the file that had ``stamp`` when the check began."""
    if stamp is not None:
        at = time.time() if now is None else now
        _update(
            db_path, "checked", {"stamp": stamp.as_json(), "at": at}, create_folder=create_folder
        )


def forget_check(db_path: Path) -> None:
    """The file was found damaged (or could not be checked): no earlier check counts
    any more."""
    _update(db_path, "checked", None, create_folder=False)


def checked_recently(db_path: Path, now: float | None = None) -> bool:
    """A successful quick check of this file less than a day ago."""
    age = _age_s(_entry(db_path).get("checked"), now)
    return age is not None and 0 <= age < MAX_AGE_S


def checked_unchanged(db_path: Path, stamp: FileStamp | None, now: float | None = None) -> bool:
    """A successful quick check less than a day ago, and the file has not changed since."""
    record = _entry(db_path).get("checked")
    return stamp is not None and _stamp_of(record) == stamp and checked_recently(db_path, now)


# -- start backups -----------------------------------------------------------------------
def record_backup(db_path: Path, stamp: FileStamp | None, made: Path) -> None:
    """The start backup ``made`` is a copy of the file that had ``stamp``."""
    if stamp is not None:
        _update(db_path, "backup", {"stamp": stamp.as_json(), "file": made.name})


def backup_current(db_path: Path, stamp: FileStamp | None) -> bool:
    """The newest start backup is a copy of the file as it is (``stamp``) and still there."""
    record = _entry(db_path).get("backup")
    if stamp is None or not isinstance(record, dict) or _stamp_of(record) != stamp:
        return False
    starts = [b for b in list_backups(db_path) if b.kind == START_TAG]
    return bool(starts) and starts[0].path.name == record.get("file")


# -- sessions of the app -------------------------------------------------------------------
def _marker(db_path: Path) -> Path:
    return backup_folder(db_path) / f".{backup_stem(db_path)}.open"


def begin_session(db_path: Path) -> bool:
    """The app starts on ``db_path``: True when the last session did not end cleanly
    (its marker is still there, or a hot ``-wal``/``-journal``). Call before anything in
    this process opens the file. Leaves this session's marker."""
    marker = _marker(db_path)
    crashed = marker.exists() or side_files_hot(db_path)
    try:
        marker.parent.mkdir(parents=True, exist_ok=True)
        secure_folder(marker.parent)
        with private_temp(marker) as tmp:
            tmp.write_text(str(os.getpid()), encoding="ascii")
            os.replace(tmp, marker)
    except OSError:
        crashed = True  # no marker: never skip what a crash would need
    return crashed


def end_session(db_path: Path) -> None:
    """The app closed ``db_path`` cleanly (after its last connection): remember the file
    as it was left, and remove the session marker."""
    _update(db_path, "left", {"stamp": s.as_json()} if (s := file_stamp(db_path)) else None)
    with contextlib.suppress(OSError):
        _marker(db_path).unlink()


def left_unchanged(db_path: Path, stamp: FileStamp | None) -> bool:
    """The file is as SupportDesk left it when it last closed it cleanly."""
    return stamp is not None and _stamp_of(_entry(db_path).get("left")) == stamp


@dataclass(frozen=True)
class StartPlan:
    """What the app's start still has to do for a sound-looking file."""

    check: bool = True
    backup: bool = True

    @property
    def anything(self) -> bool:
        return self.check or self.backup


def plan_start(db_path: Path, crashed: bool, now: float | None = None) -> StartPlan:
    """Which of the quick check and the start backup the app's start needs (see the
    module's docstring). ``crashed`` from ``begin_session``."""
    stamp = file_stamp(db_path)
    known = checked_unchanged(db_path, stamp, now) or (
        checked_recently(db_path, now) and left_unchanged(db_path, stamp)
    )
    return StartPlan(check=crashed or not known, backup=not backup_current(db_path, stamp))
