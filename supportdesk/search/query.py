"""The search: one ranked query over governments, contacts, talks, trajectories, focus
groups and follow-up actions.

The query text is folded and split exactly as the documents were (``folding``), each
word becomes a prefix ("digi" finds "digihelpers") and every word must match. Only
folded letters and digits reach the full-text engine, so nothing a user types (quotes,
brackets, ``-``, ``*``, ``AND``, ``NEAR``, emoji) can break its query syntax.

SQLite ranks with FTS5's bm25, the title weighted ten times the body; PostgreSQL with
``ts_rank`` over the ``tsv`` column (title weight A = 1.0, body weight B = 0.4).

Keeping it under 50 ms at 100,000 talks (measured by ``benchmarks/bench_search.py``):

- Ranking costs ~5 µs per matching document, and a common word matches nearly all of
  them (0.3-0.7 s at 100,000 talks), while walking the matches in rowid order costs
  almost nothing. So a query with more than ``BROAD`` matches ranks only its newest
  ``BROAD`` matches, and puts first the governments and contacts whose *name* matches
  (a title-only query over those kinds, bounded the same way), so "gent" still shows
  Gent first. A query with fewer matches is ranked in full.
- On SQLite the newest matches are scored in the same walk that finds them
  (``_newest_ranked``), and the names come from a full-text table of the names only
  (``search_fts_names``, migration 0015): in the table of every document a title-only
  match walks the bodies' posting lists too (15-17 ms for "digi", found in no name).
  What a keystroke still pays for is bm25's count of each word's documents in the
  whole index (its IDF, ~30 ns a document: 5-9 ms for "de", "digi", "van").
- Kinds are told apart by the document id (``documents.document_id``): keeping to some
  kinds is a test on the rowid, not a lookup per match.
- A one-letter word has no prefix index and expands to thousands of terms (~50-90 ms
  before any ranking). One-letter words therefore filter the other words' matches
  with LIKE on the folded text; a query of one-letter words only ("j", "j p") lists
  the local governments whose names have such words: someone started typing a name.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import Connection, text

from db.session import Database
from supportdesk.search.folding import fold_words, words
from supportdesk.search.hits import Found, SearchHit, to_hits
from supportdesk.search.kinds import (
    CONTACT_PERSON,
    KIND_CODES,
    KIND_SLOTS,
    KINDS,
    LOCAL_GOVERNMENT,
    document_id,
)

MAX_WORDS = 12  # more words only narrow the result; the rest are ignored
TITLE_WEIGHT = 10.0  # bm25 weight of the title against 1.0 for the body (SQLite)
BROAD = 1000  # a query matching more documents ranks only the newest this many
# Names (governments, contacts) ordered by name for a broad query: the newest this many
# whose name has every word. Walking a title-only match through the bodies' long
# posting lists costs ~20 us per name found (1,000: 8-24 ms at 100,000 talks).
NAME_CAP = 300
NAME_KINDS = (LOCAL_GOVERNMENT, CONTACT_PERSON)

__all__ = ["SearchHit", "fts5_query", "query_words", "search", "tsquery"]


def query_words(text_: str) -> list[str]:
    """The folded, distinct words of a query, at most ``MAX_WORDS``."""
    return list(dict.fromkeys(words(text_)))[:MAX_WORDS]


def fts5_query(terms: Sequence[str], *, title_only: bool = False) -> str:
    """An FTS5 MATCH expression: every term a quoted prefix, all required."""
    expr = " AND ".join(f'"{t}"*' for t in terms)
    return f"title_folded : ({expr})" if title_only else expr


def tsquery(terms: Sequence[str], *, title_only: bool = False) -> str:
    """A ``to_tsquery`` expression: every term a quoted prefix, all required."""
    weight = "A" if title_only else ""
    return " & ".join(f"'{t}':*{weight}" for t in terms)


def _kind_test(column: str, kinds: Sequence[str] | None) -> str:
    """SQL keeping to ``kinds`` by the document id (codes are our own integers)."""
    if kinds is None:
        return ""
    codes = ", ".join(str(KIND_CODES[k]) for k in kinds)
    return f" AND {column} % {KIND_SLOTS} IN ({codes})"


_SQLITE_NEWEST = """
SELECT rowid FROM search_fts WHERE search_fts MATCH :q{kinds}
ORDER BY rowid DESC LIMIT 1 OFFSET :skip
"""

# With one-letter words, which are checked on the document's folded text.
_SQLITE_RANKED_LIKE = """
SELECT d.kind, d.record_id, d.title, -bm25(search_fts, {w}, 1.0) AS score
FROM search_fts JOIN search_document AS d ON d.id = search_fts.rowid
WHERE search_fts MATCH :q AND search_fts.rowid >= :floor{kinds} AND {like}
ORDER BY bm25(search_fts, {w}, 1.0), d.id DESC
LIMIT :limit
"""

_PG_NEWEST = """
SELECT d.id FROM search_document AS d WHERE d.tsv @@ to_tsquery('simple', :q){kinds}
ORDER BY d.id DESC LIMIT 1 OFFSET :skip
"""

# Only the newest ids: walk them by the primary key and test each (OFFSET 0 keeps the
# planner from intersecting with the GIN index, which for a short prefix first builds a
# bitmap of every match: 70-90 ms at 100,000 talks against 14-23 ms).
_PG_RANKED_NEWEST = """
SELECT d.kind, d.record_id, d.title, ts_rank(d.tsv, q.q) AS score
FROM (SELECT * FROM search_document WHERE id >= :floor OFFSET 0) AS d,
    to_tsquery('simple', :q) AS q(q)
WHERE d.tsv @@ q.q{kinds} AND {like}
ORDER BY score DESC, d.id DESC
LIMIT :limit
"""

_PG_RANKED = """
SELECT d.kind, d.record_id, d.title, ts_rank(d.tsv, q.q) AS score
FROM search_document AS d, to_tsquery('simple', :q) AS q(q)
WHERE d.tsv @@ q.q AND d.id >= :floor{kinds} AND {like}
ORDER BY score DESC, d.id DESC
LIMIT :limit
"""

_GOVERNMENT_NAMES = """
SELECT d.kind, d.record_id, d.title, d.title_folded FROM search_document AS d
WHERE d.kind = :kind AND {like}
"""


def _prefix_likes(column: str, terms: Sequence[str], name: str) -> tuple[str, dict[str, str]]:
    """SQL requiring each term to start a word of ``column`` (space-separated words)."""
    parts, params = [], {}
    for i, term in enumerate(terms):
        params[f"{name}{i}"] = f"% {term}%"
        parts.append(f"(' ' || {column}) LIKE :{name}{i}")
    return (" AND ".join(parts) or "1 = 1"), params


def _newest_floor(conn: Connection, q: str, kinds: Sequence[str] | None) -> int | None:
    """The rowid of the ``BROAD``-th newest match, or None when there are fewer."""
    sqlite = conn.dialect.name == "sqlite"
    sql = _SQLITE_NEWEST if sqlite else _PG_NEWEST
    sql = sql.replace("{kinds}", _kind_test("rowid" if sqlite else "d.id", kinds))
    value = conn.execute(text(sql), {"q": q, "skip": BROAD - 1}).scalar()
    return None if value is None else int(value)


def _ranked(
    conn: Connection,
    q: str,
    short: list[str],
    floor: int,
    limit: int,
    kinds: Sequence[str] | None,
) -> list[Found]:
    """Documents from id ``floor`` on that match ``q`` and the one-letter words ``short``,
    of ``kinds`` (None: all), best first."""
    like, params = _prefix_likes("d.title_folded || ' ' || d.body", short, "short")
    if conn.dialect.name == "sqlite":  # without one-letter words: _newest_ranked
        sql, column = _SQLITE_RANKED_LIKE, "search_fts.rowid"
    else:
        sql, column = (_PG_RANKED_NEWEST if floor else _PG_RANKED), "d.id"
    sql = sql.replace("{w}", str(TITLE_WEIGHT)).replace("{like}", like)
    sql = sql.replace("{kinds}", _kind_test(column, kinds))
    rows = conn.execute(text(sql), {"q": q, "floor": floor, "limit": limit, **params})
    return [Found(r.kind, r.record_id, r.title, float(r.score)) for r in rows]


# The newest ``BROAD`` matches scored in one walk, newest first, then the best of them:
# the same rows and scores as finding the BROAD-th newest match and then ranking from
# it on, without walking the matches twice (the second walk cost 4-5 ms for a word
# longer than the prefix indexes, "vrijwilli", at 100,000 talks). ``n``: how many
# matches were scored (fewer than the pool: all were). bm25 itself first counts each
# word in the whole index (its IDF): that walk remains.
_SQLITE_NEWEST_SCORED = """
SELECT d.kind, d.record_id, d.title, r.score, r.n FROM (
    SELECT id, score, count(*) OVER () AS n FROM (
        SELECT rowid AS id, -bm25(search_fts, {w}, 1.0) AS score FROM search_fts
        WHERE search_fts MATCH :q{kinds}
        ORDER BY rowid DESC LIMIT :pool
    )
    ORDER BY score DESC, id DESC LIMIT :limit
) AS r JOIN search_document AS d ON d.id = r.id
ORDER BY r.score DESC, d.id DESC
"""


def _newest_ranked(
    conn: Connection, q: str, limit: int, kinds: Sequence[str] | None
) -> tuple[list[Found], bool]:
    """SQLite, no one-letter words: the best ``limit`` of the newest ``BROAD`` matches
    (best score first, the newer first among equals) and whether that was all of them."""
    sql = _SQLITE_NEWEST_SCORED.replace("{w}", str(TITLE_WEIGHT))
    sql = sql.replace("{kinds}", _kind_test("rowid", kinds))
    rows = conn.execute(text(sql), {"q": q, "pool": BROAD, "limit": limit}).all()
    found = [Found(r.kind, r.record_id, r.title, float(r.score)) for r in rows]
    return found, not rows or rows[0].n < BROAD


def _best(
    conn: Connection,
    long: list[str],
    short: list[str],
    limit: int,
    kinds: Sequence[str] | None,
) -> tuple[list[Found], bool]:
    """The best matches (all ranked, or the newest ``BROAD``) and whether all were."""
    sqlite = conn.dialect.name == "sqlite"
    q = (fts5_query if sqlite else tsquery)(long)
    if sqlite and not short:
        return _newest_ranked(conn, q, limit, kinds)
    floor = _newest_floor(conn, q, kinds)
    return _ranked(conn, q, short, floor or 0, limit, kinds), floor is None


# The names-only table of migration 0015: the same rows and words as the title column of
# search_fts for these kinds, without the bodies' long posting lists to walk through.
_SQLITE_NEWEST_IDS = """
SELECT rowid AS id FROM search_fts_names WHERE search_fts_names MATCH :q{kinds}
ORDER BY rowid DESC LIMIT :cap
"""

_PG_NEWEST_IDS = """
SELECT d.id FROM (
    SELECT id, tsv FROM search_document AS d WHERE d.id <= :upper{kinds} OFFSET 0
) AS d
WHERE d.tsv @@ to_tsquery('simple', :q)
ORDER BY d.id DESC LIMIT :cap
"""


def _highest_id(conn: Connection, kinds: Sequence[str]) -> int | None:
    """The highest document id of ``kinds`` (None: there is none)."""
    uppers = [
        conn.execute(
            text("SELECT max(record_id) FROM search_document WHERE kind = :kind"), {"kind": k}
        ).scalar()
        for k in kinds
    ]
    return max(
        (document_id(k, int(u)) for k, u in zip(kinds, uppers, strict=True) if u is not None),
        default=None,
    )


def _names_by_title(
    conn: Connection, long: list[str], short: list[str], limit: int, kinds: Sequence[str]
) -> list[Found]:
    """Governments and contacts (``kinds``) whose title has every word: the newest
    ``NAME_CAP`` such documents, ordered as names are (``_name_tier``, shorter first).

    No bm25 here: a broad word ("de") can be in thousands of names, and the order a
    person expects of names is exact, then starting with the word, then shorter. SQLite
    walks the names-only full-text table (``search_fts_names``); PostgreSQL stops its
    walk at the highest id these kinds have, so it skips most talks."""
    sqlite = conn.dialect.name == "sqlite"
    params: dict[str, Any] = {"cap": min(BROAD, NAME_CAP)}
    if not sqlite:
        params["upper"] = _highest_id(conn, kinds)
        if params["upper"] is None:
            return []
    params["q"] = (fts5_query if sqlite else tsquery)(long, title_only=True)
    sql = (_SQLITE_NEWEST_IDS if sqlite else _PG_NEWEST_IDS).replace(
        "{kinds}", _kind_test("rowid" if sqlite else "d.id", kinds)
    )
    # The rows read by joining the walk (not by a list of ids bound one by one).
    sql = (
        "SELECT d.id, d.kind, d.record_id, d.title, d.title_folded "
        f"FROM ({sql}) AS m JOIN search_document AS d ON d.id = m.id"
    )
    terms = long + short
    heads = [f" {t}" for t in short]
    named = []
    for doc_id, kind, record_id, title, title_folded in conn.execute(text(sql), params):
        if heads and not all(h in f" {title_folded}" for h in heads):
            continue
        # A contact's title_folded is its folded title; a government's also holds its
        # former names, so its title is folded here.
        folded = title_folded if kind == CONTACT_PERSON else fold_words(title)
        named.append((_tier(folded, terms), len(title), title, doc_id, kind, record_id))
    named.sort(key=lambda n: n[:4])  # equal names: the older record first
    return [
        Found(kind, record_id, title, float(limit - i))
        for i, (_, _, title, _, kind, record_id) in enumerate(named[:limit])
    ]


def _government_names(
    conn: Connection, terms: list[str], limit: int, kinds: Sequence[str] | None
) -> list[Found]:
    """Local governments whose name (or former name) has every term as a word prefix:
    an exact name first, then names starting with the first term, shorter first.
    Scores run from ``limit`` down to 1. A scan of a few hundred short titles."""
    if kinds is not None and LOCAL_GOVERNMENT not in kinds:
        return []
    like, params = _prefix_likes("d.title_folded", terms, "name")
    rows = conn.execute(
        text(_GOVERNMENT_NAMES.replace("{like}", like)), {"kind": LOCAL_GOVERNMENT, **params}
    ).all()
    whole = " ".join(terms)

    def order(r: Any) -> tuple[int, int, str]:
        tier = 0 if r.title_folded == whole else 1 if r.title_folded.startswith(terms[0]) else 2
        return (tier, len(r.title), r.title_folded)

    best = sorted(rows, key=order)[:limit]
    return [Found(r.kind, r.record_id, r.title, float(limit - i)) for i, r in enumerate(best)]


def _tier(folded: str, terms: list[str]) -> int:
    """0: the folded title is exactly the query; 1: it starts with the first word;
    2: other."""
    return 0 if folded == " ".join(terms) else 1 if folded.startswith(terms[0]) else 2


def _name_tier(f: Found, terms: list[str]) -> int:
    return _tier(fold_words(f.title), terms)


def _lift(first: list[Found], rest: list[Found]) -> list[Found]:
    """``first`` re-scored above every score in ``rest``, keeping its order."""
    top = max((f.score for f in rest), default=0.0)
    n = len(first)
    return [Found(f.kind, f.record_id, f.title, top + n - i) for i, f in enumerate(first)]


def _merge(names: list[Found], ranked: list[Found], limit: int) -> list[Found]:
    """Name matches first (in their own order), then the ranked rest."""
    seen = {(f.kind, f.record_id) for f in names}
    rest = [f for f in ranked if (f.kind, f.record_id) not in seen]
    return (_lift(names, rest) + rest)[:limit]


def _exact_first(found: list[Found], terms: list[str]) -> list[Found]:
    """A title that is exactly the query goes first ("gent" shows Gent above a contact
    called Gert Gentil, whom bm25 may rank higher for his shorter document)."""
    exact = [f for f in found if _name_tier(f, terms) == 0]
    if not exact or exact == found[: len(exact)]:
        return found
    rest = [f for f in found if f not in exact]
    return _lift(exact, rest) + rest


def search(
    db: Database, text_: str, *, limit: int = 50, kinds: Iterable[str] | None = None
) -> list[SearchHit]:
    """Records matching every word of ``text_`` as a prefix, ignoring case and accents,
    best first. Empty or punctuation-only text finds nothing; no text ever raises.

    ``kinds`` limits the search to some kinds (table names, see ``documents.KINDS``).
    """
    terms = query_words(text_ or "")
    wanted = None if kinds is None else [k for k in KINDS if k in set(kinds)]
    if not terms or limit <= 0 or wanted == []:
        return []
    long = [t for t in terms if len(t) > 1]
    short = [t for t in terms if len(t) == 1]
    with db.read() as session:
        conn = session.connection()
        if not long:
            found = _government_names(conn, terms, limit, wanted)
        else:
            found, complete = _best(conn, long, short, limit, wanted)
            names = [k for k in NAME_KINDS if wanted is None or k in wanted]
            if not complete and names:
                by_name = _names_by_title(conn, long, short, limit, names)
                found = _merge(by_name, found, limit)
            else:
                found = _exact_first(found, terms)
        return to_hits(conn, found, terms)
