"""The models and the migrations describe the same schema (a model change without a
migration, or the other way round, fails here rather than on a user's database)."""

from __future__ import annotations

from pathlib import Path

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from db.engine import build_engine
from db.migrate import upgrade
from db.models import Base


def test_migrated_schema_matches_the_models(tmp_path: Path) -> None:
    engine = build_engine(f"sqlite:///{tmp_path / 'sync.sqlite3'}")
    upgrade(engine)
    with engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    engine.dispose()
    # FTS5's shadow tables (search_fts*) exist only in the migration, on purpose.
    assert [d for d in diff if "search_fts" not in str(d)] == []
