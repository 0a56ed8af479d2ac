"""What commands share: opening the database with clear errors, reading and writing files.

Every failure a user can cause becomes a ``CliError`` (one line on stderr, non-zero
exit). A command that only reads never creates a database: a mistyped ``--db`` path must
not leave an empty database behind.
"""

from __future__ import annotations

import argparse
import os
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from sqlalchemy import Engine

from db.engine import UnsupportedDatabase, build_engine, resolve_url, sqlite_path
from db.migrate import (
    NeedsWriting,
    NewerDatabase,
    NotSupportDeskDatabase,
    SchemaState,
    ServerUnreachable,
    UnreadableDatabase,
    schema_state,
)
from db.session import Database
from db.sqlite_files import is_wal_file
from supportdesk.cli.app import CliError
from supportdesk.safety.check_record import (
    checked_unchanged,
    file_stamp,
    forget_check,
    record_check,
)
from supportdesk.safety.diagnosis import Problem, diagnose_file, special_file_problem

T = TypeVar("T")


def _opener() -> Callable[..., Database]:
    """The core's entry point: it also wires the search index and the change log."""
    from supportdesk.database import open_app_database

    return open_app_database


def db_label(args: argparse.Namespace) -> str:
    """How to name the database in a message: as the user typed it, else the URL."""
    return str(args.db) if getattr(args, "db", None) else resolve_url(None)


def problem_error(args: argparse.Namespace, problem: Problem) -> CliError:
    """The one-line CliError for what the diagnosis found (details for ``--verbose``)."""
    return CliError(f"{db_label(args)}: {problem.message}", detail=problem.detail)


def refuse_special_file(args: argparse.Namespace) -> None:
    """A CliError, at once, when ``--db`` names a FIFO, device, socket (or a link to
    one): opening a FIFO blocks forever, and a device is nobody's database."""
    try:
        path = sqlite_path(resolve_url(args.db))
    except (UnsupportedDatabase, ValueError):
        return  # the command says what is wrong with the URL
    problem = special_file_problem(path) if path is not None else None
    if problem is not None and problem.kind == "special":
        raise problem_error(args, problem)


def sqlite_problem(path: Path) -> str | None:
    """Why the file at ``path`` is not a SupportDesk database, or None if it is one (or
    an empty SQLite database). Reads only, read-only (``diagnosis.diagnose_file``)."""
    problem = diagnose_file(path, thorough=False)
    return problem.message if problem else None


def _require_writable_folder(folder: Path) -> None:
    """The folder for a new database exists (made if missing) and can be written to;
    else one line (a data folder that cannot be made or is read-only)."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise CliError(f"{folder}: map kan niet gemaakt worden ({exc.strerror})") from exc
    if not os.access(folder, os.W_OK | os.X_OK):
        raise CliError(f"{folder}: map is niet schrijfbaar")


def require_existing(
    args: argparse.Namespace,
    *,
    create: bool = False,
    thorough: bool = False,
    reading: bool = False,
) -> str:
    """The database URL, after a read-only look at an SQLite file: a CliError if it does
    not exist (unless ``create``), is no regular file, or fails the diagnosis (the
    header, the size it promises, schema; with ``thorough`` also ``quick_check``).

    For a ``reading`` command the quick check is skipped when the file has not changed
    since a successful one less than a day old, and a successful one is recorded where
    the app keeps its backups, if that folder exists (``safety.check_record``; a reading
    command creates no file or folder)."""
    url = resolve_url(args.db)
    path = sqlite_path(url)
    if path is None:
        return url
    special = special_file_problem(path)
    if special is not None:
        raise problem_error(args, special)
    if not path.exists():
        if create:
            _require_writable_folder(path.parent)
            return url
        raise CliError(f"{db_label(args)}: databank bestaat niet")
    if path.stat().st_size == 0 and create:
        return url
    stamp = file_stamp(path) if thorough and reading else None
    if stamp is not None and checked_unchanged(path, stamp):
        thorough = False  # this very file passed the quick check, less than a day ago
    problem = diagnose_file(path, thorough=thorough)
    if problem:
        forget_check(path)
        raise problem_error(args, problem)
    if thorough and stamp is not None:
        record_check(path, stamp, create_folder=False)
    return url


def _opening(args: argparse.Namespace, action: Callable[[], T]) -> T:
    """Run ``action`` (an open), turning the typed errors of ``db`` into one line."""
    try:
        return action()
    except NotSupportDeskDatabase as exc:
        raise CliError(f"{db_label(args)}: geen SupportDesk-databank ({exc})") from exc
    except NewerDatabase as exc:
        raise CliError(f"{db_label(args)}: {exc}") from exc
    except ServerUnreachable as exc:
        raise CliError(f"{db_label(args)}: {exc}", detail=exc.detail) from exc
    except UnreadableDatabase as exc:
        raise CliError(
            f"{db_label(args)}: kan de databank niet lezen ({exc})", detail=exc.detail
        ) from exc
    except UnsupportedDatabase as exc:
        raise CliError(f"{db_label(args)}: {exc}") from exc


def open_db(
    args: argparse.Namespace,
    *,
    create: bool = False,
    seed: bool = True,
    write: bool = False,
    thorough: bool = True,
) -> Database:
    """The database named by ``--db`` (or the default), at the newest schema.

    Without ``write`` (or ``create``) an SQLite file is opened read-only: nothing is
    written and the journal mode stays as it was. Before that the file passes the same
    diagnosis as at the app's start, with ``PRAGMA quick_check`` (~0.2 s at 10,000
    talks, ~2 s at 100,000), so no figures, export or report come from a damaged file,
    unless the file has not changed since it passed one less than a day ago
    (``require_existing``);
    ``thorough=False`` (search, which must answer at once) keeps the cheap checks only,
    and a damaged page met while reading still becomes one line saying the file is
    damaged (``supportdesk.cli.app``). A command that writes passes ``write=True``: the
    file always passes the full diagnosis before anything is written into it, as the
    app requires; a reading command on a file that needs migrating is checked so too.

    ``create`` allows a new SQLite file (demo, import); otherwise a missing file is an
    error. Foreign, newer or unreadable databases become a CliError.
    """
    if not (write or create):
        url = require_existing(args, thorough=thorough, reading=True)
        try:
            return _opening(
                args, lambda: _opener()(url, seed=seed, read_only=True, domain_errors=False)
            )
        except NeedsWriting as exc:
            path = sqlite_path(url)
            if path is not None and not is_wal_file(path):
                # A rollback-journal file is a backup (or a copy of one): reading it
                # must not migrate it (issue 9.7); the live database is always WAL.
                raise CliError(
                    f"{db_label(args)}: {exc} (een reservekopie van een oudere versie?); "
                    "een leesopdracht verandert dit bestand niet: zet het terug met "
                    "'supportdesk restore' of werk met een kopie"
                ) from exc
            # migrate first: as a writing command, fully checked
    url = require_existing(args, create=create, thorough=True)
    return _opening(args, lambda: _opener()(url, seed=seed, domain_errors=False))


def inspect_db(args: argparse.Namespace) -> tuple[Engine, SchemaState]:
    """A read-only engine on an existing SupportDesk database and its schema state,
    unmigrated. For commands that must see the database as it is (check, backup)."""
    url = require_existing(args)
    engine = _opening(args, lambda: build_engine(url, read_only=True))
    try:
        return engine, _opening(args, lambda: schema_state(engine))
    except BaseException:
        engine.dispose()
        raise


def read_text_file(path: str) -> str:
    """The UTF-8 text of ``path``; a CliError naming the file if it cannot be read."""
    p = Path(path)
    if not p.exists():
        raise CliError(f"{path}: bestand bestaat niet")
    if p.is_dir():
        raise CliError(f"{path}: is een map, geen bestand")
    try:
        return p.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise CliError(f"{path}: geen UTF-8-tekst ({exc.reason})") from exc
    except OSError as exc:
        raise CliError(f"{path}: kan het bestand niet lezen ({exc.strerror})") from exc


def write_text_file(path: str, text: str) -> None:
    """Write ``text`` to ``path`` whole or not at all (a temporary file, then a rename)."""
    p = Path(path)
    if p.is_dir():
        raise CliError(f"{path}: is een map, geen bestand")
    if not p.parent.is_dir():
        raise CliError(f"{path}: map {p.parent} bestaat niet")
    tmp = p.with_name(f".{p.name}.tmp")
    try:
        tmp.write_text(text, encoding="utf-8")
        tmp.replace(p)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise CliError(f"{path}: kan niet schrijven ({exc.strerror})") from exc


def database_error(args: argparse.Namespace, exc: BaseException) -> tuple[str, str]:
    """One line (and the details) for a database error no command foresaw: a damaged
    page met while reading says the file is damaged, never prints figures from it."""
    from supportdesk.safety.diagnosis import sqlite_error_problem

    orig = getattr(exc, "orig", None) or exc
    text = str(orig).strip()
    if "readonly database" in text.replace("read-only", "readonly"):
        return (
            f"{db_label(args)}: deze opdracht opende de databank alleen-lezen en schreef "
            "er niets in (programmafout: open_db(write=True) ontbreekt)",
            text,
        )
    problem = sqlite_error_problem(orig)
    if problem.kind in ("damaged", "not_database"):
        return (
            f"{db_label(args)}: {problem.message}; 'supportdesk check' zegt meer, "
            "'supportdesk restore --newest' zet de nieuwste reservekopie terug",
            text,
        )
    first = text.splitlines()[0] if text else type(orig).__name__
    return f"databankfout: {first}", text


# Restoring over these would replace work that no backup of this file can give back
# (a newer SupportDesk's database) or a file that is not this database at all.
NOT_RESTORABLE_OVER = ("newer", "foreign", "special")


def refuse_restore_target(args: argparse.Namespace, path: Path) -> None:
    """A CliError when ``restore`` must not write over ``path``: a device or FIFO, a
    database of a newer SupportDesk, or another program's database. A damaged,
    truncated or emptied file is what a restore is for, so those pass (the restore
    keeps them aside as a "voor-herstel" copy)."""
    problem = diagnose_file(path, thorough=False)
    if problem is not None and problem.kind in NOT_RESTORABLE_OVER:
        raise CliError(f"{db_label(args)}: niet teruggezet, {problem.message}")
