"""One diagnosis of an SQLite file, for the app's start checks, ``supportdesk check``,
restore and every command: what is wrong with it, in one line, or nothing.

It reads only, and never in a way that costs a live database its locks: the raw header
through ``db.sqlite_files.read_head`` (a plain ``open()``/``close()`` of the database
while this process has it open drops SQLite's POSIX locks, and then another program
deletes the app's ``-wal``), everything else through SQLite itself with
``reading_connection``, which changes no byte and leaves no file behind.
"""

from __future__ import annotations

import os
import sqlite3
import stat
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path

from db.sqlite_files import (
    HEADER_SIZE,
    SQLITE_HEADER,
    open_descriptors,
    read_head,
    reading_connection,
)

__all__ = ["SQLITE_HEADER", "Problem", "diagnose_file", "open_descriptors", "read_head"]
# A SupportDesk database has this table; a file with others only is someone else's.
MARKER_TABLE = "local_government"
MAX_LISTED = 5  # quick_check lines looked at
LOCKED = "locked"  # the kind of Problem of a file another program holds


@dataclass(frozen=True)
class Problem:
    """What is wrong with a database file. ``kind`` is one of: missing, empty, special,
    not_database, truncated, damaged, foreign, newer, unreadable, locked. ``message`` is
    one line; ``detail`` whatever more there is to tell (``--verbose``, the app's details).

    ``locked`` says nothing about the file itself: another program held it longer than
    the busy timeout (15 s). It is never treated as damage (no backup is put back over it;
    ``LOCKED``)."""

    kind: str
    message: str
    detail: str = ""


# -- what kind of file ---------------------------------------------------------------
_SPECIAL = (
    (stat.S_ISFIFO, "een pijp (FIFO)"),
    (stat.S_ISCHR, "een apparaat"),
    (stat.S_ISBLK, "een apparaat"),
    (stat.S_ISSOCK, "een socket"),
)


def special_file_problem(path: Path) -> Problem | None:
    """A problem when ``path`` exists but is no regular file (a folder, device, FIFO,
    socket, also through a symlink), without opening it: a FIFO would block forever,
    and a device must never be written to or have its mode changed."""
    try:
        st = os.stat(path)  # follows symlinks, as SQLite would
    except FileNotFoundError:
        if os.path.islink(path):
            # A new database would be made through the link, somewhere else, and its
            # mode could not be secured (modes are never changed through a link).
            return Problem(
                "special",
                "een koppeling naar een bestand dat niet bestaat; "
                "kies een SupportDesk-databankbestand",
            )
        return None
    except OSError as exc:
        return Problem("unreadable", f"het bestand kan niet gelezen worden ({exc.strerror})")
    if stat.S_ISREG(st.st_mode):
        return None
    if stat.S_ISDIR(st.st_mode):
        return Problem("not_database", "is een map, geen databank")
    what = next((name for test, name in _SPECIAL if test(st.st_mode)), "geen gewoon bestand")
    return Problem(
        "special", f"geen databankbestand maar {what}; kies een SupportDesk-databankbestand"
    )


def _header_problem(path: Path, size: int) -> Problem | None:
    header = read_head(path)
    if not header.startswith(SQLITE_HEADER):
        return Problem("not_database", "het bestand is geen SupportDesk-databank")
    if len(header) < HEADER_SIZE:
        return Problem("truncated", "het bestand is afgekapt (onvolledig)")
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    pages = int.from_bytes(header[28:32], "big")
    valid_for = header[92:96]
    change_counter = header[24:28]
    if page_size >= 512 and valid_for == change_counter and pages and size < pages * page_size:
        return Problem(
            "truncated",
            f"het bestand is afgekapt: {size} bytes, maar het hoort {pages * page_size} "
            "bytes te zijn",
        )
    return None


# -- the diagnosis -------------------------------------------------------------------
def damaged(lines: list[str]) -> Problem:
    """The one-line "damaged" problem for what quick_check/integrity_check said."""
    first = next(
        (
            ln.strip()
            for text in lines
            for ln in text.splitlines()
            if ln.strip() and not ln.startswith("***")
        ),
        "onbekende fout",
    )
    more = f" en {len(lines) - 1} meer" if len(lines) > 1 else ""
    return Problem("damaged", f"de databank is beschadigd ({first}{more})", "\n".join(lines))


def sqlite_error_problem(exc: BaseException) -> Problem:
    """What an SQLite error while reading says about the file."""
    text = str(exc).strip()
    first = text.splitlines()[0] if text else type(exc).__name__
    if "not a database" in text:
        return Problem("not_database", "het bestand is geen SupportDesk-databank", text)
    if "malformed" in text or "corrupt" in text:
        return Problem("damaged", f"de databank is beschadigd ({first})", text)
    if "locked" in text or "busy" in text:  # SQLITE_BUSY / SQLITE_LOCKED
        return Problem(
            LOCKED,
            f"de databank is in gebruik door een ander programma ({first}); "
            "probeer opnieuw wanneer dat programma klaar is",
            text,
        )
    return Problem("unreadable", f"de databank kan niet gelezen worden ({first})", text)


def diagnose_file(path: Path, *, thorough: bool = True, header: bool = True) -> Problem | None:
    """What is wrong with the SQLite file at ``path``, or None if it can be opened.

    Reads only: nothing is written (no WAL switch, no migration, no new side file), so
    a foreign file or a backup stays exactly as it was. ``thorough=False`` leaves out
    ``PRAGMA quick_check`` (which reads every page: ~1-2 s at 100,000 talks) and keeps
    the kind of file, header, size, schema and revision checks (a few milliseconds).
    ``header=False`` leaves out the raw header read, for callers that did it already.
    """
    special = special_file_problem(path)
    if special is not None:
        return special
    if not path.exists():
        return Problem("missing", "het bestand bestaat niet")
    try:
        size = path.stat().st_size
        if size == 0:
            return Problem("empty", "het bestand is leeg")
        if header:
            problem = _header_problem(path, size)
            if problem:
                return problem
    except OSError as exc:
        return Problem("unreadable", f"het bestand kan niet gelezen worden ({exc.strerror})")
    try:
        with closing(reading_connection(path)) as conn:
            if thorough:
                rows = [r[0] for r in conn.execute(f"PRAGMA quick_check({MAX_LISTED})")]
                if rows != ["ok"]:
                    return damaged(rows)
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
            revision = None
            if "alembic_version" in tables:
                revision = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.DatabaseError as exc:
        return sqlite_error_problem(exc)
    if revision is None:
        if tables - {"alembic_version"}:
            return Problem("foreign", "het bestand is een databank, maar niet van SupportDesk")
        return None  # an empty SQLite database: a new SupportDesk database
    from db.migrate import known_revisions  # here: the diagnosis module loads light

    if revision[0] not in known_revisions():
        if MARKER_TABLE in tables:
            return Problem(
                "newer",
                f"de databank is gemaakt met een nieuwere SupportDesk (schema {revision[0]}); "
                "open ze met die versie",
            )
        return Problem("foreign", "het bestand is een databank, maar niet van SupportDesk")
    if MARKER_TABLE not in tables:
        return Problem("foreign", "het bestand is een databank, maar niet van SupportDesk")
    return None
