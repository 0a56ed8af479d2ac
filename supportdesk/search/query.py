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
  them (0.3-0.7 s at 100,000 talks). Finding the newest matches in rowid order costs
  almost nothing, so a query with more than ``BROAD`` matches ranks only its newest
  ``BROAD`` matches, and puts first the governments and contacts whose *name* matches
  (found by a scan of those few thousand short titles), so "gent" still shows Gent.
  A query with fewer matches is ranked in full.
- A one-letter word has no prefix index and expands to thousands of terms (~50-90 ms
  before any ranking). One-letter words therefore filter the other words' matches
  with LIKE on the folded text; a query of one-letter words only ("j", "j p") looks at
  names only: someone is starting to type a name.
- A broad query limited to kinds other than talks (``kinds=["trajectory"]``) scans
  those kinds' documents with LIKE: among the newest matches there may be none of them.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import Connection, bindparam, text

from db.session import Database
from supportdesk.search.documents import ADVICE_TALK, CONTACT_PERSON, KINDS, LOCAL_GOVERNMENT
from supportdesk.search.folding import words
from supportdesk.search.hits import Found, SearchHit, to_hits

MAX_WORDS = 12  # more words only narrow the result; the rest are ignored
TITLE_WEIGHT = 10.0  # bm25 weight of the title against 1.0 for the body (SQLite)
BROAD = 1000  # a query matching more documents ranks only the newest this many
NAME_KINDS = (LOCAL_GOVERNMENT, CONTACT_PERSON)
SCAN_CAP = 5000  # documents a LIKE scan of rare kinds looks at, newest first

__all__ = ["SearchHit", "fts5_query", "query_words", "search", "tsquery"]


def query_words(text_: str) -> list[str]:
    """The folded, distinct words of a query, at most ``MAX_WORDS``."""
    return list(dict.fromkeys(words(text_)))[:MAX_WORDS]


def fts5_query(terms: Sequence[str]) -> str:
    """An FTS5 MATCH expression: every term a quoted prefix, all required."""
    return " AND ".join(f'"{t}"*' for t in terms)


def tsquery(terms: Sequence[str]) -> str:
    """A ``to_tsquery`` expression: every term a quoted prefix, all required."""
    return " & ".join(f"'{t}':*" for t in terms)


class _Sql:
    """A WHERE clause built from parts, with its bound parameters."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.params: dict[str, Any] = {}
        self.expanding: list[str] = []

    def add(self, part: str, **params: Any) -> None:
        self.parts.append(part)
        self.params.update(params)

    def kinds(self, kinds: Sequence[str] | None) -> None:
        if kinds is not None:
            self.add("d.kind IN :kinds", kinds=list(kinds))
            self.expanding.append("kinds")

    def prefixes(self, column: str, terms: Sequence[str], name: str) -> None:
        """Each term must start a word of ``column`` (words are space-separated)."""
        for i, term in enumerate(terms):
            key = f"{name}{i}"
            self.add(f"(' ' || {column}) LIKE :{key}", **{key: f"% {term}%"})

    def where(self) -> str:
        return " AND ".join(self.parts) if self.parts else "1 = 1"

    def run(self, conn: Connection, sql: str, **params: Any) -> list[Any]:
        stmt = text(sql.replace("{where}", self.where()))
        if self.expanding:
            stmt = stmt.bindparams(*(bindparam(k, expanding=True) for k in self.expanding))
        return list(conn.execute(stmt, {**self.params, **params}))


_SQLITE_NEWEST = """
SELECT rowid FROM search_fts WHERE search_fts MATCH :q ORDER BY rowid DESC
LIMIT 1 OFFSET :skip
"""

_SQLITE_RANKED = """
SELECT d.kind, d.record_id, d.title, -bm25(search_fts, {w}, 1.0) AS score
FROM search_fts JOIN search_document AS d ON d.id = search_fts.rowid
WHERE search_fts MATCH :q AND search_fts.rowid >= :floor AND {where}
ORDER BY bm25(search_fts, {w}, 1.0), d.id DESC
LIMIT :limit
"""

# Without filters on search_document, rank first and read only the winners' rows:
# the join costs a row lookup per ranked match (~3 µs at 100,000 talks).
_SQLITE_RANKED_BARE = """
SELECT d.kind, d.record_id, d.title, r.score
FROM (
    SELECT rowid AS id, -bm25(search_fts, {w}, 1.0) AS score FROM search_fts
    WHERE search_fts MATCH :q AND rowid >= :floor
    ORDER BY bm25(search_fts, {w}, 1.0), rowid DESC
    LIMIT :limit
) AS r JOIN search_document AS d ON d.id = r.id
WHERE {where}
ORDER BY r.score DESC, d.id DESC
"""

_PG_NEWEST = """
SELECT d.id FROM search_document AS d WHERE d.tsv @@ to_tsquery('simple', :q)
ORDER BY d.id DESC LIMIT 1 OFFSET :skip
"""

_PG_RANKED = """
SELECT d.kind, d.record_id, d.title, ts_rank(d.tsv, q.q) AS score
FROM search_document AS d, to_tsquery('simple', :q) AS q(q)
WHERE d.tsv @@ q.q AND d.id >= :floor AND {where}
ORDER BY score DESC, d.id DESC
LIMIT :limit
"""

_NAMES = """
SELECT d.kind, d.record_id, d.title, d.title_folded FROM search_document AS d
WHERE d.kind IN :name_kinds AND {where}
"""


def _newest_floor(conn: Connection, q: str) -> int | None:
    """The rowid of the ``BROAD``-th newest match, or None when there are fewer."""
    sql = _SQLITE_NEWEST if conn.dialect.name == "sqlite" else _PG_NEWEST
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
    """Documents from rowid ``floor`` on that match ``q`` and the one-letter words,
    best first."""
    sqlite = conn.dialect.name == "sqlite"
    ranked = _SQLITE_RANKED if sqlite else _PG_RANKED
    where = _Sql()
    where.kinds(kinds)
    where.prefixes("d.title_folded || ' ' || d.body", short, "short")
    if sqlite and not where.parts:
        ranked = _SQLITE_RANKED_BARE
    rows = where.run(conn, ranked.replace("{w}", str(TITLE_WEIGHT)), q=q, floor=floor, limit=limit)
    return [Found(r.kind, r.record_id, r.title, float(r.score)) for r in rows]


_SCAN = """
SELECT d.id, d.kind, d.record_id, d.title, d.title_folded FROM search_document AS d
WHERE {where} ORDER BY d.id DESC LIMIT :cap
"""


def _scan(conn: Connection, terms: list[str], limit: int, kinds: Sequence[str]) -> list[Found]:
    """A broad query limited to kinds other than talks: the newest ``BROAD`` matching
    documents are mostly talks, so the wanted kinds' own documents (a few thousand) are
    scanned with LIKE instead: an exact title first, then titles holding every word,
    then the rest, newest first within each."""
    where = _Sql()
    where.kinds(kinds)
    where.prefixes("d.title_folded || ' ' || d.body", terms, "w")
    rows = where.run(conn, _SCAN, cap=SCAN_CAP)
    whole = " ".join(terms)

    def order(r: Any) -> tuple[int, int]:
        if r.title_folded == whole:
            return (0, -r.id)
        in_title = all(f" {t}" in f" {r.title_folded}" for t in terms)
        return (1 if in_title else 2, -r.id)

    best = sorted(rows, key=order)[:limit]
    return [Found(r.kind, r.record_id, r.title, float(limit - i)) for i, r in enumerate(best)]


def _names(
    conn: Connection, terms: list[str], limit: int, kinds: Sequence[str] | None
) -> list[Found]:
    """Governments and contacts whose name (or former name) has every word as a word
    prefix: an exact name first, then names starting with the first word, shorter first.
    Scores run from ``limit`` down to 1."""
    name_kinds = [k for k in NAME_KINDS if kinds is None or k in kinds]
    if not name_kinds:
        return []
    where = _Sql()
    where.add("1 = 1", name_kinds=name_kinds)
    where.expanding.append("name_kinds")
    where.prefixes("d.title_folded", terms, "name")
    rows = where.run(conn, _NAMES)
    whole = " ".join(terms)

    def order(r: Any) -> tuple[int, int, str]:
        tier = 0 if r.title_folded == whole else 1 if r.title_folded.startswith(terms[0]) else 2
        return (tier, len(r.title), r.title_folded)

    best = sorted(rows, key=order)[:limit]
    return [Found(r.kind, r.record_id, r.title, float(limit - i)) for i, r in enumerate(best)]


def _merge(names: list[Found], ranked: list[Found], limit: int) -> list[Found]:
    """Name matches first, then the ranked rest; scores kept descending."""
    top = max((f.score for f in ranked), default=0.0)
    seen = {(f.kind, f.record_id) for f in names}
    lifted = [Found(f.kind, f.record_id, f.title, top + f.score) for f in names]
    rest = [f for f in ranked if (f.kind, f.record_id) not in seen]
    return (lifted + rest)[:limit]


def search(
    db: Database, text_: str, *, limit: int = 50, kinds: Iterable[str] | None = None
) -> list[SearchHit]:
    """Records matching every word of ``text_`` as a prefix, ignoring case and accents,
    best first. Empty or punctuation-only text finds nothing; no text ever raises.

    ``kinds`` limits the search to some kinds (table names, see ``documents.KINDS``).
    """
    terms = query_words(text_ or "")
    wanted = None if kinds is None else [k for k in kinds if k in KINDS]
    if not terms or limit <= 0 or wanted == []:
        return []
    long = [t for t in terms if len(t) > 1]
    short = [t for t in terms if len(t) == 1]
    with db.read() as session:
        conn = session.connection()
        q = fts5_query(long) if conn.dialect.name == "sqlite" else tsquery(long)
        floor = _newest_floor(conn, q) if long else None
        if not long:
            found = _names(conn, terms, limit, wanted)
        elif floor is None:  # few matches: rank them all
            found = _ranked(conn, q, short, 0, limit, wanted)
        elif wanted is not None and ADVICE_TALK not in wanted:
            found = _scan(conn, terms, limit, wanted)
        else:
            ranked = _ranked(conn, q, short, floor, limit, wanted)
            found = _merge(_names(conn, terms, limit, wanted), ranked, limit)
        return to_hits(conn, found)
