"""Migration 0015: a names-only full-text table (SQLite) filled from the documents of
local governments and contact persons, and kept in step by triggers on every insert,
change and delete of a document. Nothing else changes; on PostgreSQL nothing at all.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Connection, Engine, text

from db.engine import build_engine
from db.migrate import current_revision, upgrade
from tests.db.revisions import assert_clean_at_newest, downgrade

# id -> (kind, title, title_folded, body); ids as documents.document_id makes them
DOCS = {
    9: ("local_government", "Gent", "gent", "44021 oost vlaanderen"),
    17: ("local_government", "Antwerpen", "antwerpen borsbeek", "11002"),
    10: ("contact_person", "Łukasz Özdemir", "lukasz ozdemir", "schepen gent digihelpers"),
    18: ("contact_person", "Ann De Rycke", "ann de rycke", "bibliotheek"),
    11: ("advice_talk", "Digihelpers in Gent?", "digihelpers in gent", "gent de rycke"),
}
NAMES = ("local_government", "contact_person")
WORDS = ["gent", "ge", "borsbeek", "lukasz", "ozdemir", "de", "ryck", "digihelpers", "bib"]


def _insert(conn: Connection, docs: dict[int, tuple[str, str, str, str]]) -> None:
    for doc_id, (kind, title, folded, body) in docs.items():
        conn.execute(
            text(
                "INSERT INTO search_document (id, kind, record_id, title, title_folded, body)"
                " VALUES (:id, :kind, :id, :t, :tf, :b)"
            ),
            {"id": doc_id, "kind": kind, "t": title, "tf": folded, "b": body},
        )


def _names(conn: Connection, word: str) -> list[int]:
    sql = "SELECT rowid FROM search_fts_names WHERE search_fts_names MATCH :q ORDER BY rowid"
    return list(conn.execute(text(sql), {"q": f'"{word}"*'}).scalars())


def _expected(word: str, docs: dict[int, tuple[str, str, str, str]]) -> list[int]:
    return sorted(
        i
        for i, (kind, _t, folded, _b) in docs.items()
        if kind in NAMES and any(w.startswith(word) for w in folded.split())
    )


def _all(conn: Connection) -> list[tuple[object, ...]]:
    sql = "SELECT id, kind, record_id, title, title_folded, body FROM search_document ORDER BY id"
    return [tuple(r) for r in conn.execute(text(sql))]


def test_upgrade_0014_to_0015_indexes_the_names_and_keeps_them_in_step(
    old_engine: Engine,
) -> None:
    upgrade(old_engine, "0014")
    with old_engine.begin() as conn:
        _insert(conn, DOCS)
    with old_engine.connect() as conn:
        before = _all(conn)
    upgrade(old_engine, "0015")
    assert current_revision(old_engine) == "0015"
    sqlite = old_engine.dialect.name == "sqlite"
    with old_engine.connect() as conn:
        assert _all(conn) == before  # the documents themselves are untouched
        if not sqlite:
            tables = "SELECT count(*) FROM pg_class WHERE relname LIKE 'search_fts%'"
            assert conn.scalar(text(tables)) == 0
        else:
            for word in WORDS:
                assert _names(conn, word) == _expected(word, DOCS), word
    if sqlite:
        docs = dict(DOCS)
        with old_engine.begin() as conn:
            _insert(conn, {26: ("contact_person", "Jan Peeters", "jan peeters", "ocmw")})
            _insert(conn, {19: ("advice_talk", "Jan?", "jan", "peeters")})
            conn.execute(
                text("UPDATE search_document SET title_folded = 'ann verbeke' WHERE id = 18")
            )
            conn.execute(text("UPDATE search_document SET body = 'stad' WHERE id = 9"))
            conn.execute(text("DELETE FROM search_document WHERE id = 10"))
        docs[26] = ("contact_person", "Jan Peeters", "jan peeters", "ocmw")
        docs[19] = ("advice_talk", "Jan?", "jan", "peeters")
        docs[18] = ("contact_person", "Ann Verbeke", "ann verbeke", "bibliotheek")
        del docs[10]
        with old_engine.connect() as conn:
            for word in [*WORDS, "jan", "peeters", "verbeke", "ann"]:
                assert _names(conn, word) == _expected(word, docs), word
    assert_clean_at_newest(old_engine)


def test_downgrade_0015_removes_the_table_and_its_triggers(tmp_path: Path) -> None:
    engine = build_engine(f"sqlite:///{tmp_path / 'down.sqlite3'}")
    upgrade(engine, "0015")
    downgrade(engine, "0014")
    with engine.begin() as conn:
        left = "SELECT name FROM sqlite_master WHERE name LIKE 'search_fts_names%'"
        assert list(conn.execute(text(left))) == []
        _insert(conn, DOCS)  # no trigger left that would write to a table that is gone
    engine.dispose()
