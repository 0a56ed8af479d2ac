"""Review (issue 15, migration 0015): the backup a person restores from within the app
is often the one made just before this version migrated the file (start backups are
made before a migration), so it holds the previous schema revision. Once it is put
back, the open app must keep working on it: searching reads the names-only full-text
table that revision 0015 adds."""

from __future__ import annotations

import shutil
from pathlib import Path

from sqlalchemy import text

from db.engine import build_engine, sqlite_url
from db.migrate import current_revision, head_revision
from supportdesk.safety.backups import restore
from supportdesk.search import search
from supportdesk.services.contacts import ContactInput, create_contact
from tests.conftest import make_sqlite_db
from tests.db.revisions import downgrade


def _downgrade(path: Path, revision: str) -> None:
    """The file as the previous SupportDesk left it (its data kept)."""
    engine = build_engine(sqlite_url(path))
    try:
        downgrade(engine, revision)
    finally:
        engine.dispose()


def test_search_works_after_restoring_the_backup_made_before_the_update(
    sqlite_template: Path, tmp_path: Path
) -> None:
    older = tmp_path / "backups" / "supportdesk-voor-update.sqlite3"
    older.parent.mkdir()
    shutil.copyfile(sqlite_template, older)
    _downgrade(older, "0014")
    (tmp_path / "live").mkdir()
    db = make_sqlite_db(sqlite_template, tmp_path / "live")
    try:
        gent = search(db, "Gent", kinds=["local_government"])[0].id
        create_contact(db, ContactInput(gent, "Wójcik", "Łukasz"))  # after the backup
        assert [h.title for h in search(db, "wójcik")] == ["Łukasz Wójcik"]

        db.dispose()  # as Bestand > Reservekopie terugzetten… does
        live = Path(db.engine.url.database or "")
        restore(live, older)

        assert current_revision(db.engine) == head_revision()
        with db.read() as s:
            names = s.execute(text("SELECT count(*) FROM search_fts_names")).scalar()
            documents = s.execute(
                text(
                    "SELECT count(*) FROM search_document "
                    "WHERE kind IN ('local_government', 'contact_person')"
                )
            ).scalar()
        assert names == documents > 0
        assert search(db, "Gent", kinds=["local_government"])[0].title == "Gent"
        assert search(db, "wójcik") == []  # the restored data: the contact came later
        again = create_contact(db, ContactInput(gent, "Wójcik", "Łukasz"))
        assert [h.id for h in search(db, "wójcik")] == [again.id]
    finally:
        db.dispose()
