"""A broad query's newest matches are scored in the walk that finds them (SQLite):
the hits, their order and their scores are those of the two statements it replaces
(find the BROAD-th newest match, then rank every match from it on), for broad and
narrow queries, one word and several, all kinds and some."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import Connection, text

import supportdesk.search.query as query
from db.session import Database
from supportdesk.search import search
from tests.supportdesk.search.conftest import Maker

BROAD = 6
# The statements before: the BROAD-th newest match, then bm25 from it on.
FLOOR = """SELECT rowid FROM search_fts WHERE search_fts MATCH :q{kinds}
ORDER BY rowid DESC LIMIT 1 OFFSET :skip"""
RANKED = """SELECT d.kind, d.record_id, d.title, r.score FROM (
    SELECT rowid AS id, -bm25(search_fts, 10.0, 1.0) AS score FROM search_fts
    WHERE search_fts MATCH :q AND rowid >= :floor{kinds}
    ORDER BY bm25(search_fts, 10.0, 1.0), rowid DESC LIMIT :limit
) AS r JOIN search_document AS d ON d.id = r.id ORDER BY r.score DESC, d.id DESC"""


def _before(
    conn: Connection, words: list[str], limit: int, kinds: list[str] | None
) -> tuple[list[tuple[str, int, str, float]], bool]:
    q = query.fts5_query(words)
    test = query._kind_test("rowid", kinds)
    floor = conn.execute(text(FLOOR.replace("{kinds}", test)), {"q": q, "skip": BROAD - 1})
    first = floor.scalar()
    rows = conn.execute(
        text(RANKED.replace("{kinds}", test)), {"q": q, "floor": first or 0, "limit": limit}
    )
    return [(r.kind, r.record_id, r.title, float(r.score)) for r in rows], first is None


def test_scored_in_one_walk_equals_ranking_from_the_floor(
    sqlite_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(query, "BROAD", BROAD)
    make = Maker(sqlite_db)
    questions = [
        "Digihelpers in de bibliotheek van Gent",
        "Digitale inclusie: digihelpers, digibank en digitale kluis",
        "Vrijwilligers voor het digicafé",
        "Wie helpt met de website? Toegankelijkheid van de website",
        "Digitale toegankelijkheid",
        "Phishing en cyberveiligheid bij de vrijwilligers",
        "Kaartlezer en itsme voor de digihelpers",
        "Een vraag over iets anders",
        "Digi digi digi: drie keer",
        "Vrijwilligers en digihelpers in het OCMW",
    ]
    for i, question in enumerate(questions):
        make.talk("Gent" if i % 2 else "Antwerpen", question, day=date(2025, 1, 1 + i))
    make.contact("Gent", "Dirk", "Digiman")
    cases = [
        ["digi"], ["di"], ["de"], ["digihelpers"], ["vrijwilli"], ["website", "toeg"],
        ["digitale", "in"], ["gent", "digi"], ["zzz"], ["de", "digi", "vrijw"],
    ]  # fmt: skip
    with sqlite_db.read() as s:
        conn = s.connection()
        for words in cases:
            for kinds in (None, ["advice_talk"], ["contact_person", "local_government"]):
                for limit in (3, 50):
                    found, complete = query._newest_ranked(
                        conn, query.fts5_query(words), limit, kinds
                    )
                    now = [(f.kind, f.record_id, f.title, f.score) for f in found]
                    assert (now, complete) == _before(conn, words, limit, kinds), (words, kinds)
    hits = search(sqlite_db, "digi")  # broad: the name first, then the talks by score
    assert [h.title for h in hits[:2]] == ["Dirk Digiman", questions[1]]  # 4 words in its title
