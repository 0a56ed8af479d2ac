"""Files SupportDesk writes for the user: may this path be written, and writing it safely.

Every output (the JSON export, a person's data export, a PDF, a backup copy) goes
through here, from the command line and from the app alike:

* ``check_output`` refuses a path that is the database itself (by resolved path, by
  letter case and by device and inode, so a symlink, a hard link, ``x/../team.sqlite3``
  or ``TEAM.sqlite3`` are all caught), one of its ``-wal``/``-shm``/``-journal`` side
  files, anything in its ``backups/`` folder, a symlink, a folder, a device, a FIFO or a
  socket, and an existing file unless ``force``. Each refusal is one Dutch line that
  names the file as the user typed it.
* ``output_file`` writes a new private (0600, whatever the umask) temporary file beside
  the target and, only when it is complete, puts it in place with a rename (or, without
  ``force``, a hard link that fails if the name was taken meanwhile). A rename replaces
  the directory entry, never the file behind it: nothing is ever written through a
  symlink, into a device or into another name of the same file. The temporary file is
  removed on every way out, an exception or Ctrl+C included.
* A process killed mid-write leaves at most one temporary file, 0600 from its first
  byte; the next write beside it removes such leftovers of processes that no longer run
  (``remove_stale_temps``).
"""

from __future__ import annotations

import contextlib
import os
import re
import secrets
import stat
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from supportdesk.errors import DomainError

FILE_MODE = 0o600
SIDE_SUFFIXES = ("-wal", "-shm", "-journal")
BACKUP_FOLDER = "backups"  # the same name as supportdesk.safety.backups.FOLDER_NAME
STALE_AFTER_S = 24 * 3600  # where a process cannot be asked whether it still runs
TEMP_SUFFIX = ".supportdesk-tmp"
_TEMP = re.compile(
    r"^\.(?P<name>.+)\.(?P<pid>\d+)-[0-9a-f]{8}\.supportdesk-tmp(?:-journal|-wal|-shm)?$"
)


class OutputRefused(DomainError):
    """This path may not be written; nothing was written."""


@dataclass(frozen=True)
class OutputTarget(os.PathLike[str]):
    """A checked output path and how it may be written.

    It is a path-like, so it can be handed to code that takes a file name (the report
    functions) and still carry ``force`` and the database to the final write.
    """

    path: Path
    shown: str  # as the user typed it, for messages
    force: bool = False
    database: Path | None = field(default=None, compare=False)

    def __fspath__(self) -> str:
        return os.fspath(self.path)

    def __str__(self) -> str:
        return self.shown


def _posix() -> bool:
    return os.name == "posix"


def _same_text(a: str, b: str) -> bool:
    """Equal as paths on any file system: case-insensitive ones (macOS, Windows) too."""
    return os.path.normcase(a).casefold() == os.path.normcase(b).casefold()


def _inside(child: str, folder: str) -> bool:
    c = os.path.normcase(child).casefold()
    f = os.path.normcase(folder).casefold().rstrip(os.sep) + os.sep
    return c.startswith(f)


def _identity(path: str) -> tuple[int, int] | None:
    try:
        st = os.stat(path)
    except OSError:
        return None
    return st.st_dev, st.st_ino


def database_conflict(path: Path, database: Path) -> str | None:
    """Why ``path`` belongs to ``database`` (itself, a side file, its backups), or None."""
    names = {os.path.abspath(database), os.path.realpath(database)}
    target = os.path.realpath(path)
    target_ids = {i for i in (_identity(str(path)), _identity(target)) if i is not None}
    with contextlib.suppress(OSError):
        st = os.lstat(path)
        target_ids.add((st.st_dev, st.st_ino))
    for name in names:
        if _same_text(target, name) or (target_ids and _identity(name) in target_ids):
            return "dat is de databank zelf; kies een ander bestand"
    for name in names:
        for suffix in SIDE_SUFFIXES:
            side = name + suffix
            if _same_text(target, side) or (target_ids and _identity(side) in target_ids):
                return f"dat is een hulpbestand van de databank ({suffix}); kies een ander bestand"
    for name in names:
        folder = os.path.join(os.path.dirname(name), BACKUP_FOLDER)
        for f in {folder, os.path.realpath(folder)}:
            if _same_text(target, f) or _inside(target, f):
                return "dat ligt in de map met reservekopieën van de databank; kies een andere map"
    return None


def _kind_problem(st: os.stat_result) -> str | None:
    mode = st.st_mode
    if stat.S_ISLNK(mode):
        return "is een symbolische koppeling; die wordt niet gevolgd of vervangen"
    if stat.S_ISDIR(mode):
        return "is een map, geen bestand"
    if stat.S_ISREG(mode):
        return None
    what = (
        "een FIFO"
        if stat.S_ISFIFO(mode)
        else "een socket"
        if stat.S_ISSOCK(mode)
        else "een apparaat"
        if stat.S_ISCHR(mode) or stat.S_ISBLK(mode)
        else "geen gewoon bestand"
    )
    return f"is {what}, geen gewoon bestand; kies een ander bestand"


def check_output(
    path: str | os.PathLike[str],
    *,
    database: Path | None = None,
    force: bool = False,
) -> OutputTarget:
    """The checked target, or ``OutputRefused`` (one Dutch line naming the file).

    ``database`` is the SQLite file in use (None on PostgreSQL); ``force`` allows
    replacing an existing regular file (the app's save dialog has asked already). An
    ``OutputTarget`` is checked again with its own database and ``force``.
    """
    if isinstance(path, OutputTarget):
        target = path
    else:
        shown = os.fspath(path)
        if not shown:
            raise OutputRefused("geen bestandsnaam opgegeven")
        target = OutputTarget(Path(shown).expanduser(), shown, force, database)
    refuse_database(target)
    _check_place(target.path, target.shown, target.force)
    return target


def refuse_database(target: OutputTarget) -> None:
    """``OutputRefused`` if ``target`` is the database, a side file or in its backups."""
    if target.database is not None:
        problem = database_conflict(target.path, target.database)
        if problem:
            raise OutputRefused(f"{target.shown}: {problem}")


def _check_place(target: Path, shown: str, force: bool) -> None:
    try:
        st = os.lstat(target)
    except FileNotFoundError:
        st = None
    except OSError as exc:
        raise OutputRefused(f"{shown}: kan het bestand niet bekijken ({exc.strerror})") from exc
    if st is not None:
        problem = _kind_problem(st)
        if problem:
            raise OutputRefused(f"{shown}: {problem}")
        if not force:
            raise OutputRefused(f"{shown}: bestaat al; gebruik --force om het te vervangen")
    folder = target.parent
    if not folder.is_dir():
        raise OutputRefused(f"{shown}: map {folder} bestaat niet")


# -- temporary files -----------------------------------------------------------------------
def temp_path(target: Path) -> Path:
    """A fresh temporary name beside ``target``, recognisable by ``remove_stale_temps``."""
    return target.with_name(f".{target.name}.{os.getpid()}-{secrets.token_hex(4)}{TEMP_SUFFIX}")


def create_private(path: Path) -> int:
    """Create ``path`` new (never an existing file, never through a symlink), 0600
    whatever the umask; returns the open descriptor (write-only)."""
    flags = (
        os.O_WRONLY
        | os.O_CREAT
        | os.O_EXCL
        | getattr(os, "O_NOFOLLOW", 0)
        | getattr(os, "O_BINARY", 0)
        | getattr(os, "O_CLOEXEC", 0)
    )
    fd = os.open(path, flags, FILE_MODE)
    try:
        if _posix():
            os.fchmod(fd, FILE_MODE)  # the umask may have taken more away; never less
    except BaseException:
        os.close(fd)
        with contextlib.suppress(OSError):
            os.unlink(path)
        raise
    return fd


def new_temp(target: Path) -> tuple[int, Path]:
    """A new private temporary file beside ``target``: (descriptor, path)."""
    remove_stale_temps(target.parent)
    for _ in range(100):
        tmp = temp_path(target)
        try:
            return create_private(tmp), tmp
        except FileExistsError:
            continue
    raise OutputRefused(f"{target}: kan geen tijdelijk bestand maken in {target.parent}")


def _running(pid: int) -> bool:
    if pid == os.getpid():
        return True
    if not _posix():
        return True  # os.kill would end it on Windows; age decides there
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True  # someone else's process
    return True


def remove_stale_temps(folder: Path, name: str | None = None) -> list[Path]:
    """Remove temporary files a killed SupportDesk left in ``folder`` (for target
    ``name``, or any): only regular files of this user, named as ``temp_path`` names
    them, whose process no longer runs (or, where that cannot be asked, older than a
    day). Never follows a symlink."""
    removed: list[Path] = []
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return removed
    now = time.time()
    for entry in entries:
        m = _TEMP.match(entry.name)
        if not m or (name is not None and m["name"] != name):
            continue
        try:
            st = entry.stat(follow_symlinks=False)
        except OSError:
            continue
        if not stat.S_ISREG(st.st_mode):
            continue
        if _posix() and st.st_uid != os.getuid():
            continue
        if _running(int(m["pid"])) and now - st.st_mtime < STALE_AFTER_S:
            continue
        with contextlib.suppress(OSError):
            os.unlink(entry.path)
            removed.append(Path(entry.path))
    return removed


@contextlib.contextmanager
def private_temp(target: Path) -> Iterator[Path]:
    """A new, empty, 0600 temporary file beside ``target``, removed on every way out
    unless it was renamed away. For writers that open the file by name (SQLite)."""
    fd, tmp = new_temp(target)
    os.close(fd)
    try:
        yield tmp
    finally:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        for suffix in SIDE_SUFFIXES:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(f"{tmp}{suffix}")


# -- putting it in place -------------------------------------------------------------------
def publish(tmp: Path, target: OutputTarget) -> None:
    """Put the finished ``tmp`` in place of ``target``, after checking the target again
    (something may have appeared there while the file was being made)."""
    refuse_database(target)
    _check_place(target.path, target.shown, target.force)
    if not target.force:
        try:
            os.link(tmp, target.path)  # fails if the name was taken meanwhile
        except FileExistsError as exc:
            raise OutputRefused(
                f"{target.shown}: bestaat al; gebruik --force om het te vervangen"
            ) from exc
        except OSError:
            pass  # no hard links here (FAT, some network shares): rename, checked above
        else:
            os.unlink(tmp)
            return
    os.replace(tmp, target.path)


@contextlib.contextmanager
def output_file(target: OutputTarget) -> Iterator[BinaryIO]:
    """Write ``target`` whole or not at all: yields a binary file (a private temporary
    file); when the block ends normally it is synced and put in place."""
    fd, tmp = new_temp(target.path)
    try:
        with os.fdopen(fd, "wb") as fh:
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
        publish(tmp, target)
    finally:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)


def write_output(target: OutputTarget, data: bytes | str) -> Path:
    """Write ``data`` (text as UTF-8) to ``target`` whole or not at all."""
    raw = data.encode("utf-8") if isinstance(data, str) else data
    try:
        with output_file(target) as fh:
            fh.write(raw)
    except OutputRefused:
        raise
    except OSError as exc:
        raise OutputRefused(f"{target.shown}: kan niet schrijven ({exc.strerror or exc})") from exc
    return target.path
