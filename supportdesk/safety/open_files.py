"""Refusing, as a user-chosen input (an attachment, a mail, a contacts list), a file this
process has open itself: the database, its ``-wal`` or ``-shm``.

Reading such a file with a fresh descriptor and closing it drops every POSIX lock the
process holds on it, SQLite's included (issue 9.1): another program may then checkpoint
and delete the ``-wal`` the app still writes into, and later saves are lost. The file is
recognised by identity (device and inode), so a symlink or hard link to it is refused
too; a file this process does not have open is never refused.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from db.sqlite_files import open_descriptors


def held_open_problem(path: Path) -> str | None:
    """One line when ``path`` is a file this process has open (its database or a side
    file of it), else None. Only POSIX loses locks on close; elsewhere always None."""
    if os.name != "posix":
        return None
    try:
        held = open_descriptors(path)
    except OSError:
        return None  # the reader itself says why the file cannot be read
    if not held:
        return None
    return (
        f"{path.name}: dat is de geopende databank of een hulpbestand ervan; "
        "kies een ander bestand. Er is niets veranderd."
    )


def read_chosen_file(
    path: Path,
    limit: int,
    error: Callable[[str], Exception],
    too_large: Callable[[int], Exception],
) -> bytes:
    """The bytes of a file a person chose to read in (a mail, a contacts list). Raises
    ``too_large(size)`` when it is larger than ``limit`` bytes (before reading it), and
    ``error(line)`` when it is one this process holds open or cannot be read."""
    try:
        size = path.stat().st_size
        if size > limit:
            raise too_large(size)
        if problem := held_open_problem(path):  # reading it would drop the db's locks
            raise error(problem)
        return path.read_bytes()
    except OSError as exc:
        raise error(f"{path.name} kan niet gelezen worden: {exc.strerror or exc}.") from exc
