"""Moving a test database between schema revisions, as the migration tests need."""

from __future__ import annotations

from sqlalchemy import Engine

from db.migrate import alembic_config, schema_state, upgrade
from supportdesk.integrity import check_database


def downgrade(engine: Engine, revision: str) -> None:
    """Alembic's downgrade to ``revision`` (or a relative one such as "-1") on
    ``engine``, in one transaction."""
    from alembic import command

    cfg = alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, revision)


def assert_clean_at_newest(engine: Engine) -> None:
    """Upgrade on to the newest revision, where ``check`` runs, and find nothing wrong."""
    upgrade(engine)
    report = check_database(engine, schema_state(engine))
    assert report.ok, report.problems
