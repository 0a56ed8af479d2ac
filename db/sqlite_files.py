"""Reading an SQLite file without changing it and without costing it its locks.

``readonly_uri`` escapes a path for SQLite's ``file:`` URIs (an unescaped ``#``, ``?``
or ``%`` opens another file). ``reading_connection`` opens a file for reading so that
no byte and no file beside it changes: a rollback-journal file (every backup) read-only
with ``mode=ro``; a WAL file read-write but ``query_only``, because a read-only
connection cannot remove the ``-wal``/``-shm`` it had to create, and a read-write one
that closes last removes them as it found them.

``read_head`` reads the raw header. POSIX drops every lock a process holds on a file
when that process closes *any* descriptor of it; a plain ``open()``/``close()`` of the
database while this process has it open through SQLite would silently unlock it, and
another program would then checkpoint and delete the ``-wal`` still in use. So the
header is read through a descriptor this process already has on the file when there is
one (``os.pread``, never closed), and with a fresh one only when there is none.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

HEADER_SIZE = 100
SQLITE_HEADER = b"SQLite format 3\x00"
_KEPT: dict[tuple[int, int], int] = {}  # descriptors kept open for the process lifetime


def readonly_uri(path: Path) -> str:
    """An SQLite ``file:`` URI that opens ``path`` read-only, escaped for any name."""
    return Path(os.path.abspath(path)).as_uri() + "?mode=ro"


def _fd_folder() -> str | None:
    for folder in ("/proc/self/fd", "/dev/fd"):
        if os.path.isdir(folder):
            return folder
    return None


def open_descriptors(path: Path) -> list[int]:
    """The descriptors this process has open on the file at ``path`` (POSIX)."""
    st = os.stat(path)
    folder = _fd_folder()
    names = os.listdir(folder) if folder else [str(fd) for fd in range(1024)]
    found = []
    for name in names:
        try:
            fd = int(name)
            fs = os.fstat(fd)
        except (ValueError, OSError):
            continue
        if (fs.st_dev, fs.st_ino) == (st.st_dev, st.st_ino):
            found.append(fd)
    return found


def readable_descriptor(path: Path) -> tuple[int, bool]:
    """A descriptor to read ``path`` and whether the caller may close it.

    When this process already has the file open (SQLite holds locks through its own
    descriptor), closing any other descriptor of it would drop those locks: then the
    descriptor is one kept open for the life of the process, and the caller must not
    close it. Otherwise a fresh descriptor that the caller closes. Never follows a
    symlink for a fresh descriptor. Raises OSError.
    """
    cloexec = getattr(os, "O_CLOEXEC", 0)
    if os.name == "posix":
        st = os.stat(path)
        key = (st.st_dev, st.st_ino)
        if key in _KEPT:
            return _KEPT[key], False
        if open_descriptors(path):
            fd = os.open(path, os.O_RDONLY | cloexec)
            _KEPT[key] = fd
            return fd, False
    flags = os.O_RDONLY | cloexec | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_BINARY", 0)
    return os.open(path, flags), True


def read_head(path: Path, size: int = HEADER_SIZE) -> bytes:
    """The first ``size`` bytes of ``path``, never closing a descriptor of a file this
    process has open (see the module's docstring). Raises OSError."""
    if os.name != "posix":  # Windows locks are not lost on close
        with open(path, "rb") as fh:
            return fh.read(size)
    st = os.stat(path)
    key = (st.st_dev, st.st_ino)
    for fd in ([_KEPT[key]] if key in _KEPT else []) + open_descriptors(path):
        try:
            data = os.pread(fd, size, 0)
            fs = os.fstat(fd)
        except OSError:
            continue  # e.g. opened for writing only
        if (fs.st_dev, fs.st_ino) == key:
            return data
    if open_descriptors(path):  # open here, but not readable: keep one of our own
        fd, _ = readable_descriptor(path)
        return os.pread(fd, size, 0)
    with open(path, "rb") as fh:  # nobody in this process has it open: nothing to lose
        return fh.read(size)


def is_wal_file(path: Path) -> bool:
    """True when the header says the file is in WAL mode (format versions 2)."""
    try:
        head = read_head(path)
    except OSError:
        return False
    return head.startswith(SQLITE_HEADER) and len(head) >= 20 and head[18:20] == b"\x02\x02"


def reading_connection(
    path: Path, *, timeout: float = 15.0, check_same_thread: bool = True
) -> sqlite3.Connection:
    """A connection that reads ``path`` and changes nothing (see the module's docstring)."""
    if is_wal_file(path):
        conn = sqlite3.connect(path, timeout=timeout, check_same_thread=check_same_thread)
        conn.execute("PRAGMA query_only=ON")
        return conn
    return sqlite3.connect(
        readonly_uri(path), uri=True, timeout=timeout, check_same_thread=check_same_thread
    )
