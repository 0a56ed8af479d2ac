"""One diagnosis of an SQLite file, for the app's start checks, ``supportdesk check``,
restore and every command: what is wrong with it, in one line, or nothing.

It reads only, and never in a way that costs a live database its locks. POSIX drops
every lock a process holds on a file when that process closes *any* descriptor of the
file, so a plain ``open()``/``close()`` of the database while this process has it open
through SQLite silently unlocks it; another program then checkpoints and deletes the
``-wal`` the app is still writing to, and what the app saves after that is lost. So the
raw header is read by ``read_head``: through a descriptor this process already has on
the file when there is one (``os.pread``, never closed), and with a fresh descriptor
only when there is none. Everything else goes through SQLite itself, read-only
(``db.engine.readonly_uri``), which shares its locks between the connections of one
process.
"""

from __future__ import annotations

import os
import sqlite3
import stat
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path

from db.engine import readonly_uri

SQLITE_HEADER = b"SQLite format 3\x00"
HEADER_SIZE = 100
# A SupportDesk database has this table; a file with others only is someone else's.
MARKER_TABLE = "local_government"
MAX_LISTED = 5  # quick_check lines looked at


@dataclass(frozen=True)
class Problem:
    """What is wrong with a database file. ``kind`` is one of: missing, empty, special,
    not_database, truncated, damaged, foreign, newer, unreadable. ``message`` is one
    line; ``detail`` whatever more there is to tell (``--verbose``, the app's details)."""

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


# -- reading the header without dropping locks ------------------------------------------
_KEPT: dict[tuple[int, int], int] = {}  # descriptors kept open for the process lifetime


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
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_CLOEXEC", 0))
        _KEPT[key] = fd
        return os.pread(fd, size, 0)
    with open(path, "rb") as fh:  # nobody in this process has it open: nothing to lose
        return fh.read(size)


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
def _known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    from db.migrate import alembic_config

    script = ScriptDirectory.from_config(alembic_config())
    return {rev.revision for rev in script.walk_revisions()}


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
        with closing(sqlite3.connect(readonly_uri(path), uri=True, timeout=15)) as conn:
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
    if revision[0] not in _known_revisions():
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
