"""Applying Alembic migrations at start, and telling what a database is."""

from __future__ import annotations

from dataclasses import dataclass

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, inspect
from sqlalchemy.exc import DatabaseError, OperationalError

from db.paths import MIGRATIONS
from db.session import Database, connect


class NotSupportDeskDatabase(Exception):
    """The file or server holds tables, but not a SupportDesk schema."""


class NewerDatabase(Exception):
    """The database was migrated by a newer SupportDesk than this one."""


class UnreadableDatabase(Exception):
    """The database cannot be opened or read (damaged, not a database, no access)."""


def alembic_config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    return cfg


def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


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
    script = ScriptDirectory.from_config(alembic_config())
    head = script.get_current_head()
    assert head is not None
    try:
        with engine.connect() as conn:
            current = MigrationContext.configure(conn).get_current_revision()
            tables = set(inspect(conn).get_table_names())
    except (OperationalError, DatabaseError) as exc:
        raise UnreadableDatabase(str(exc.orig) if exc.orig else str(exc)) from exc
    if current is None:
        if tables:
            raise NotSupportDeskDatabase("de database bevat tabellen maar geen SupportDesk-schema")
        return SchemaState(None, head, True)
    known = {rev.revision for rev in script.walk_revisions()}
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
    cfg = alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, revision)


def open_database(
    url_or_path: str | None = None, actor: str | None = None, *, seed: bool = True
) -> Database:
    """Open a database, migrating it to the newest schema and loading reference data.

    A new database gets the 285 municipalities, themes, tools and the plan's targets.
    Raises ``NotSupportDeskDatabase``, ``NewerDatabase`` or ``UnreadableDatabase``.
    """
    db = connect(url_or_path, actor)
    try:
        state = schema_state(db.engine)
        if not state.up_to_date:
            upgrade(db.engine)
        if seed:
            from db.reference import ensure_reference_data

            ensure_reference_data(db)
    except BaseException:
        db.dispose()
        raise
    return db
