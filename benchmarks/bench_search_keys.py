"""Global search typed letter by letter, at 10,000 and 100,000 advice talks.

    .venv/bin/python benchmarks/bench_search_keys.py              # both sizes
    .venv/bin/python benchmarks/bench_search_keys.py --talks 100000 --repeat 3

Each of ``QUERIES`` is typed one letter at a time; every prefix ("d", "di", "dig", ...)
is one search, as the search box runs it after the typing pause. Reported: median, p95
and max per keystroke, wall and CPU, and the ratio to the baseline measured in the
same run: one FTS5 (SQLite) MATCH for a whole word, first 50 rowids, nothing ranked.
The slowest keystrokes are listed with their text.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from _databases import demo_database  # noqa: E402
from _timing import Samples  # noqa: E402
from sqlalchemy import text  # noqa: E402

from db.migrate import open_database  # noqa: E402
from db.session import Database  # noqa: E402
from supportdesk.search import search  # noqa: E402

# What people type: municipalities, contact names (with and without accents), themes
# and words from the talks, two-word queries.
QUERIES = [
    "gent",
    "antwerpen",
    "sint-niklaas",
    "digihelpers",
    "digitale inclusie",
    "ozdemir",
    "Özdemir",
    "van belle",
    "de rycke",
    "bibliotheek",
    "ocmw senioren",
    "cyberveiligheid",
    "phishing",
    "itsme",
    "website toegankelijk",
    "vrijwilligers",
    "onthaal",
    "afspraakmodule",
    "personeelsplatform",
    "kaartlezer",
    "fraude",
    "baarle hertog",
]


def baseline(db: Database, repeat: int) -> Samples:
    out = Samples()
    with db.read() as session:
        conn = session.connection()
        if conn.dialect.name != "sqlite":
            return out
        for _ in range(repeat):
            for word in ("gemeente", "digihelpers", "bibliotheek"):
                with out.timing():
                    conn.execute(
                        text("SELECT rowid FROM search_fts WHERE search_fts MATCH :q LIMIT 50"),
                        {"q": word},
                    ).all()
    return out


def keystrokes(db: Database, repeat: int) -> tuple[Samples, list[tuple[float, str]]]:
    out = Samples()
    slow: list[tuple[float, str]] = []
    for _ in range(repeat):
        for query in QUERIES:
            for i in range(1, len(query) + 1):
                typed = query[:i]
                one = Samples()
                with one.timing():
                    search(db, typed, limit=50)
                out.extend(one)
                slow.append((one.cpu[0], typed))
    slow.sort(reverse=True)
    return out, slow[:8]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--talks", type=int, action="append")
    parser.add_argument("--repeat", type=int, default=2)
    parser.add_argument("--db", help="an SQLite file to use instead of the demo databases")
    args = parser.parse_args()
    for talks in [0] if args.db else args.talks or [10_000, 100_000]:
        if args.db:
            path = Path(args.db)
            meta = {"counts": {"search_document": 0}}
        else:
            path, meta = demo_database(talks)
        db = open_database(str(path), actor="bench")
        search(db, "warm up")
        base = baseline(db, 5)
        keys, slow = keystrokes(db, args.repeat)
        print(f"== {talks:,} talks ({meta['counts']['search_document']:,} search documents) ==")
        print(f"  baseline FTS5 MATCH, 50 rowids: {base.line()}")
        print(f"  search per keystroke ({len(QUERIES)} queries): {keys.line(baseline=base)}")
        print("  slowest (CPU ms): " + ", ".join(f"{q!r} {ms:.0f}" for ms, q in slow))
        db.dispose()


if __name__ == "__main__":
    main()
