"""Owner-only files: the database, its WAL/SHM/journal files and its backups.

Contact persons are personal data, so the file that holds them is readable by its owner
only (0600), and the folders the app makes for it (its data folder, ``backups/``) are
0700. A database the user keeps in a folder of their own choosing gets 0600 on its
files, but the folder itself is left as the user set it.

On Windows ``chmod`` only toggles read-only; there the user's profile folder already
keeps others out, so these functions do nothing there.

Modes are changed only on what the app made or opened as its own: a regular file (a
folder for ``secure_folder``) looked at with ``lstat``, never through a symbolic link
and never on a device, FIFO or socket. Run as root, a ``--db`` naming a link to
``/dev/null`` once made ``/dev/null`` 0600 for the whole machine.
"""

from __future__ import annotations

import os
import sqlite3
import stat
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, event

FILE_MODE = 0o600
FOLDER_MODE = 0o700
SIDE_FILES = ("-wal", "-shm", "-journal")


def _posix() -> bool:
    return os.name == "posix"


def _chmod_own(path: Path, mode: int, is_kind: Callable[[int], bool]) -> None:
    """``chmod`` a file of the wanted kind (by ``lstat``: not a link), if it exists.

    Never opens the file: closing a descriptor of the live database would drop its
    SQLite locks (see ``supportdesk.safety.diagnosis``).
    """
    if not _posix():
        return
    try:
        st = os.lstat(path)
    except FileNotFoundError:
        return
    if not is_kind(st.st_mode) or stat.S_IMODE(st.st_mode) == mode:
        return
    if os.chmod in os.supports_follow_symlinks:
        os.chmod(path, mode, follow_symlinks=False)
    else:  # Linux has no lchmod; lstat just said it is no link
        os.chmod(path, mode)


def secure_file(path: Path) -> None:
    """Make ``path`` readable and writable by its owner only, if it is a regular file
    (not a symlink, device, FIFO or socket)."""
    _chmod_own(path, FILE_MODE, stat.S_ISREG)


def secure_folder(path: Path) -> None:
    """Make a folder the app owns accessible to its owner only (not through a link)."""
    _chmod_own(path, FOLDER_MODE, stat.S_ISDIR)


def database_files(path: Path) -> list[Path]:
    """The database file and the side files SQLite keeps next to it."""
    return [path, *(path.with_name(path.name + suffix) for suffix in SIDE_FILES)]


def secure_database(path: Path, *, own_folder: bool = False) -> None:
    """0600 on the database and its side files; 0700 on its folder if the app owns it."""
    for p in database_files(path):
        secure_file(p)
    if own_folder:
        secure_folder(path.parent)


def is_default_folder(path: Path) -> bool:
    """True if ``path`` lies in the app's own data folder (which may be made 0700)."""
    from db.engine import default_database_path

    try:
        return path.resolve().parent == default_database_path().resolve().parent
    except OSError:
        return False


def mode_of(path: Path) -> int:
    """The permission bits of ``path`` (for messages and tests)."""
    return stat.S_IMODE(path.stat().st_mode)


def _on_connect(dbapi_conn: Any, _record: Any) -> None:
    """Every new SQLite connection: its file (and side files) owner-only."""
    if not isinstance(dbapi_conn, sqlite3.Connection):
        return  # e.g. PostgreSQL: a failed PRAGMA would abort the connection's transaction
    try:
        row = dbapi_conn.execute("PRAGMA database_list").fetchone()
    except Exception:  # not SQLite, or no such pragma: nothing to secure
        return
    if row and row[2]:
        secure_database(Path(row[2]))


def install() -> None:
    """Secure the file of every SQLite engine the app, the CLI or a test opens.

    SQLite gives its -wal and -shm files the database file's mode, so securing the file
    at connect time covers them as they appear.
    """
    if not event.contains(Engine, "connect", _on_connect):
        event.listen(Engine, "connect", _on_connect)
