"""Applying Alembic migrations at start, and telling what a database is.

Alembic (~0.1 s to import) is loaded only when a migration runs or the migration files
cannot be read as text: telling whether a database is up to date reads the revision ids
from the files and the ``alembic_version`` table directly.
"""

from __future__ import annotations

import ast
import re
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, inspect, text
from sqlalchemy.exc import DatabaseError, OperationalError

from db.engine import CONNECT_TIMEOUT_S
from db.paths import MIGRATIONS
from db.session import Database, connect

if TYPE_CHECKING:
    from alembic.config import Config


class NotSupportDeskDatabase(Exception):
    """The file or server holds tables, but not a SupportDesk schema."""


class NewerDatabase(Exception):
    """The database was migrated by a newer SupportDesk than this one."""


class UnreadableDatabase(Exception):
    """The database cannot be opened or read (damaged, not a database, no access).

    ``str()`` is one line a person can act on; ``detail`` is the driver's whole text
    (several lines for PostgreSQL), for ``--verbose`` and the app's details.
    """

    def __init__(self, message: str, detail: str = "") -> None:
        super().__init__(message)
        self.detail = detail or message


class ServerUnreachable(UnreadableDatabase):
    """A database server that refused, did not answer in time, or could not be found."""


class NeedsWriting(Exception):
    """Opened read-only, but the database must first be migrated or completed."""


# (text in the driver's message, what it means); the first match wins.
_CONNECTION_PROBLEMS = (
    ("timeout expired", f"de databankserver antwoordt niet (binnen {CONNECT_TIMEOUT_S} s)"),
    ("timed out", f"de databankserver antwoordt niet (binnen {CONNECT_TIMEOUT_S} s)"),
    ("connection refused", "de databankserver weigert de verbinding (draait PostgreSQL daar?)"),
    ("could not translate host name", "de naam van de databankserver is onbekend"),
    ("failed to resolve host", "de naam van de databankserver is onbekend"),
    ("name or service not known", "de naam van de databankserver is onbekend"),
    ("no route to host", "de databankserver is niet bereikbaar (geen route)"),
    ("network is unreachable", "de databankserver is niet bereikbaar (geen netwerk)"),
)
_ACCESS_PROBLEMS = (
    ("password authentication failed", "aanmelden geweigerd: gebruiker of wachtwoord klopt niet"),
    ("no password supplied", "aanmelden geweigerd: geen wachtwoord (zie ~/.pgpass)"),
    ("does not exist", "die databank of gebruiker bestaat niet op de server"),
    ("permission denied", "geen toegang tot de databank"),
)


def unreadable(exc: BaseException) -> UnreadableDatabase:
    """The one-line ``UnreadableDatabase`` (or ``ServerUnreachable``) for a driver error."""
    orig = getattr(exc, "orig", None) or exc
    detail = str(orig).strip() or type(orig).__name__
    lowered = detail.lower()
    for needle, message in _CONNECTION_PROBLEMS:
        if needle in lowered:
            return ServerUnreachable(message, detail)
    for needle, message in _ACCESS_PROBLEMS:
        if needle in lowered:
            return UnreadableDatabase(message, detail)
    first = detail.splitlines()[0].strip()
    return UnreadableDatabase(first, detail)


def alembic_config() -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    return cfg


_ASSIGNMENT = re.compile(r"^(revision|down_revision)\s*(?::[^=]*)?=\s*(.+?)\s*$", re.M)


@cache
def _revisions() -> tuple[str, frozenset[str]]:
    """The head revision and every revision id, from the migration files' text; Alembic's
    own reading when the files are not plain (sourceless, several heads, odd values)."""
    known: set[str] = set()
    parents: set[str] = set()
    try:
        files = [f for f in (MIGRATIONS / "versions").iterdir() if f.name.endswith(".py")]
        for path in files:
            values = dict(_ASSIGNMENT.findall(path.read_text(encoding="utf-8")))
            revision = ast.literal_eval(values["revision"])
            down = ast.literal_eval(values.get("down_revision", "None"))
            if not isinstance(revision, str):
                raise ValueError(path)
            known.add(revision)
            downs = down if isinstance(down, (tuple, list)) else [down]
            parents.update(d for d in downs if d is not None)
        heads = known - parents
        if len(heads) == 1 and parents <= known:
            return heads.pop(), frozenset(known)
    except Exception:  # any surprise: let Alembic read them
        pass
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config())
    head = script.get_current_head()
    assert head is not None
    return head, frozenset(rev.revision for rev in script.walk_revisions())


def head_revision() -> str:
    return _revisions()[0]


def known_revisions() -> frozenset[str]:
    """Every revision id of this version's migrations (read without importing Alembic)."""
    return _revisions()[1]


def _version(conn: Connection, tables: set[str]) -> str | None:
    """The revision stored in ``alembic_version`` (None: never migrated)."""
    if "alembic_version" not in tables:
        return None
    rows = list(conn.execute(text("SELECT version_num FROM alembic_version")).scalars())
    if len(rows) <= 1:
        return rows[0] if rows else None
    from alembic.runtime.migration import MigrationContext  # several heads: Alembic says

    return MigrationContext.configure(conn).get_current_revision()


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return _version(conn, set(inspect(conn).get_table_names()))


@dataclass(frozen=True)
class SchemaState:
    current: str | None
    head: str
    known: bool  # the current revision is one of ours

    @property
    def up_to_date(self) -> bool:
        return self.current == self.head


def schema_state(engine: Engine) -> SchemaState:
    """Where the database stands; raises if it is not a SupportDesk database."""
    head, known = _revisions()
    try:
        with engine.connect() as conn:
            tables = set(inspect(conn).get_table_names())
            current = _version(conn, tables)
    except (OperationalError, DatabaseError) as exc:
        raise unreadable(exc) from exc
    if current is None:
        if tables:
            raise NotSupportDeskDatabase("de database bevat tabellen maar geen SupportDesk-schema")
        return SchemaState(None, head, True)
    if current not in known:
        if "local_government" in tables:
            raise NewerDatabase(
                f"de database heeft schemaversie {current}, die deze versie van SupportDesk "
                "niet kent; gebruik een nieuwere SupportDesk"
            )
        raise NotSupportDeskDatabase("de database is geen SupportDesk-database")
    return SchemaState(current, head, True)


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Migrate to ``revision`` inside one transaction."""
    from alembic import command

    cfg = alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, revision)


def open_database(
    url_or_path: str | None = None,
    actor: str | None = None,
    *,
    seed: bool = True,
    read_only: bool = False,
) -> Database:
    """Open a database, migrating it to the newest schema and loading reference data.

    A new database gets the 285 municipalities, themes, tools and the plan's targets.
    Raises ``NotSupportDeskDatabase``, ``NewerDatabase`` or ``UnreadableDatabase``.
    ``read_only`` (an SQLite file): opened ``mode=ro``; raises ``NeedsWriting`` when
    the schema is not the newest or reference data is missing, instead of writing.
    """
    db = connect(url_or_path, actor, read_only=read_only)
    try:
        state = schema_state(db.engine)
        if not state.up_to_date:
            if read_only:
                raise NeedsWriting("de databank moet eerst bijgewerkt worden")
            upgrade(db.engine)
        if seed:
            from db.reference import ensure_reference_data

            try:
                ensure_reference_data(db)  # looks first; writes only what is missing
            except (OperationalError, DatabaseError) as exc:
                if read_only and "readonly" in str(exc).replace(" ", "").lower():
                    raise NeedsWriting("referentiegegevens ontbreken") from exc
                raise
    except BaseException:
        db.dispose()
        raise
    return db
