"""Migration 0009: the SQLite full-text table is made again with prefix indexes of 2-8
letters; every search document stays and is found as before, and the triggers keep it
in step afterwards. On PostgreSQL nothing changes. Down again gives the old table.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Connection, Engine, text

from db.engine import build_engine
from db.migrate import current_revision, upgrade
from tests.db.revisions import assert_clean_at_newest, downgrade

DOCS = {
    101: ("Digihelpers in Özdemir's bibliotheek", "digihelpers digitale inclusie ozdemir"),
    102: ("Digitale kluis", "digitale kluis & <b>vet</b> łukasz"),
    103: ("Gent", "gent stad"),
    104: ("Gentbrugge", "gentbrugge deelgemeente digibank"),
}
WORDS = ["di", "dig", "digi", "digit", "digita", "digital", "digitale", "digihelp", "gent", "lu"]


def _matches(conn: Connection, word: str) -> list[int]:
    if conn.dialect.name == "sqlite":
        sql = "SELECT rowid FROM search_fts WHERE search_fts MATCH :q ORDER BY rowid"
        return list(conn.execute(text(sql), {"q": f'"{word}"*'}).scalars())
    sql = "SELECT id FROM search_document WHERE tsv @@ to_tsquery('simple', :q) ORDER BY id"
    return list(conn.execute(text(sql), {"q": f"'{word}':*"}).scalars())


def _expected(word: str, docs: dict[int, tuple[str, str]]) -> list[int]:
    def words(title: str, body: str) -> list[str]:
        return (title.lower().replace("'", " ") + " " + body).split()

    return sorted(i for i, (t, b) in docs.items() if any(w.startswith(word) for w in words(t, b)))


def _fts_sql(conn: Connection) -> str:
    return str(conn.scalar(text("SELECT sql FROM sqlite_master WHERE name = 'search_fts'")))


def test_upgrade_0008_to_0009_keeps_every_document_findable(old_engine: Engine) -> None:
    upgrade(old_engine, "0008")
    with old_engine.begin() as conn:
        for doc_id, (title, body) in DOCS.items():
            conn.execute(
                text(
                    "INSERT INTO search_document (id, kind, record_id, title, title_folded, body)"
                    " VALUES (:id, 'advice_talk', :id, :t, :tf, :b)"
                ),
                {"id": doc_id, "t": title, "tf": title.lower().replace("'", " "), "b": body},
            )
    sqlite = old_engine.dialect.name == "sqlite"
    with old_engine.connect() as conn:
        before = {w: _matches(conn, w) for w in WORDS}
        if sqlite:
            assert "prefix='2 3'" in _fts_sql(conn)
    upgrade(old_engine, "0009")
    assert current_revision(old_engine) == "0009"
    with old_engine.connect() as conn:
        if sqlite:
            assert "prefix='2 3 4 5 6 7 8'" in _fts_sql(conn)
        assert conn.scalar(text("SELECT count(*) FROM search_document")) == len(DOCS)
        title = conn.scalar(text("SELECT title FROM search_document WHERE id = 101"))
        assert title == DOCS[101][0]
        for word in WORDS:
            assert _matches(conn, word) == before[word] == _expected(word, DOCS), word
    # The triggers work on the new table: insert, change and delete are found at once.
    docs = dict(DOCS)
    with old_engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO search_document (id, kind, record_id, title, title_folded, body)"
                " VALUES (105, 'advice_talk', 105, 'Digiwijs', 'digiwijs', 'nieuw')"
            )
        )
        conn.execute(text("UPDATE search_document SET body = 'stad' WHERE id = 104"))
        conn.execute(text("UPDATE search_document SET title_folded = 'gentbrugge' WHERE id = 104"))
        conn.execute(text("DELETE FROM search_document WHERE id = 102"))
    docs[105] = ("Digiwijs", "nieuw")
    docs[104] = ("Gentbrugge", "stad")
    del docs[102]
    with old_engine.connect() as conn:
        for word in [*WORDS, "digiw", "digiwijs", "deelgem"]:
            assert _matches(conn, word) == _expected(word, docs), word
    assert_clean_at_newest(old_engine)


def test_downgrade_0009_gives_the_old_table_back(tmp_path: Path) -> None:
    engine = build_engine(f"sqlite:///{tmp_path / 'down.sqlite3'}")
    upgrade(engine, "0009")
    with engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO search_document (id, kind, record_id, title, title_folded, body)"
                " VALUES (7, 'advice_talk', 7, 'Digihelpers', 'digihelpers', 'x')"
            )
        )
    downgrade(engine, "0008")
    with engine.connect() as conn:
        assert "prefix='2 3'" in _fts_sql(conn)
        assert _matches(conn, "digih") == [7]
    engine.dispose()
