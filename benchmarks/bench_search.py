"""Measure search, year indicators and opening a database at 10,000 and 100,000 talks.

    .venv/bin/python benchmarks/bench_search.py                 # N = 10,000 and 100,000
    .venv/bin/python benchmarks/bench_search.py --n 10000 --repeat 21
    .venv/bin/python benchmarks/bench_search.py --source demo   # use `supportdesk demo`
    .venv/bin/python benchmarks/bench_search.py --pg postgresql+psycopg://...

Databases are kept in ``bench-data/`` (ignored by git) and reused when they exist.
With ``--source text`` (the default) talks get ~1,400 characters of Dutch-looking text
drawn from a Zipf-distributed vocabulary, so some words occur in nearly every talk and
most are rare, like real notes; ``--source demo`` uses the demo generator's shorter,
templated text. Reports the median time of each query kind, in milliseconds.
"""

from __future__ import annotations

import argparse
import random
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from sqlalchemy import func, insert, select, text  # noqa: E402

from db.models import (  # noqa: E402
    AdviceTalk,
    ContactPerson,
    FocusGroup,
    FollowUpAction,
    LocalGovernment,
    TeamMember,
    Theme,
    Trajectory,
    advice_talk_contact,
    advice_talk_theme,
)
from db.session import Database  # noqa: E402
from supportdesk.database import open_app_database  # noqa: E402
from supportdesk.indicators import year_indicators  # noqa: E402
from supportdesk.search import reindex_all, search  # noqa: E402

sys.path.insert(0, str(ROOT / "benchmarks"))
from _words import TextMaker  # noqa: E402


def _fill(db: Database, n: int, seed: int = 1) -> None:
    """Bulk-insert ``n`` advice talks and what goes with them (Core, then reindex_all)."""
    rng = random.Random(seed)
    tm = TextMaker(rng)
    first_names = [
        "Łukasz",
        "Ayşe",
        "Jan",
        "Els",
        "Émile",
        "Noor",
        "Søren",
        "Zoë",
        "Inès",
        "Pieter",
    ]
    last_names = [
        "Özdemir",
        "Peeters",
        "Janssens",
        "De Smet",
        "Müller",
        "Dubois",
        "Van Damme",
        "Maes",
    ]
    day0 = date(2021, 1, 1)
    span = (date(2026, 11, 1) - day0).days
    with db.write() as s:
        conn = s.connection()
        lgs = list(conn.scalars(select(LocalGovernment.id)))
        themes = list(conn.scalars(select(Theme.id)))
        conn.execute(
            insert(TeamMember),
            [{"name": f"Adviseur {seed}-{i}", "created_by": "bench"} for i in range(12)],
        )
        contacts = [
            {
                "local_government_id": rng.choice(lgs),
                "first_name": rng.choice(first_names),
                "last_name": f"{rng.choice(last_names)} {i}",
                "role": "digitale-inclusiemedewerker",
                "email": f"c{i}@gemeente.be",
                "notes": tm.text(120),
            }
            for i in range(max(300, n // 30))
        ]
        conn.execute(insert(ContactPerson), contacts)
        contact_ids = list(conn.scalars(select(ContactPerson.id)))
        base = int(conn.scalar(select(func.coalesce(func.max(AdviceTalk.id), 0))) or 0)
        for start in range(0, n, 5000):
            rows, links, tlinks = [], [], []
            for i in range(start, min(n, start + 5000)):
                tid = base + i + 1
                rows.append(
                    {
                        "id": tid,
                        "date": day0 + timedelta(days=rng.randrange(span)),
                        "local_government_id": rng.choice(lgs),
                        "channel": rng.choice(["email", "phone", "online", "on_site"]),
                        "question": tm.text(400),
                        "advice": tm.text(700),
                        "notes": tm.text(300),
                    }
                )
                links.append({"advice_talk_id": tid, "contact_person_id": rng.choice(contact_ids)})
                tlinks.append({"advice_talk_id": tid, "theme_id": rng.choice(themes)})
            conn.execute(insert(AdviceTalk), rows)
            conn.execute(insert(advice_talk_contact), links)
            conn.execute(insert(advice_talk_theme), tlinks)
        conn.execute(
            insert(FollowUpAction),
            [
                {
                    "description": tm.text(80),
                    "local_government_id": rng.choice(lgs),
                    "due_date": day0 + timedelta(days=rng.randrange(span)),
                }
                for _ in range(n // 3)
            ],
        )
        trajectories = []
        for _ in range(max(10, n // 100)):
            start_day = day0 + timedelta(days=rng.randrange(span))
            trajectories.append(
                {
                    "local_government_id": rng.choice(lgs),
                    "title": tm.text(40)[:60],
                    "status": "running",
                    "start_date": start_day,
                    "end_date": start_day + timedelta(days=rng.randrange(60, 400)),
                    "needs": tm.text(500),
                    "goals": tm.text(300),
                }
            )
        conn.execute(insert(Trajectory), trajectories)
        conn.execute(
            insert(FocusGroup),
            [
                {
                    "date": day0 + timedelta(days=rng.randrange(span)),
                    "topic": tm.text(40)[:80],
                    "notes": tm.text(800),
                }
                for _ in range(max(5, n // 1000))
            ],
        )


def build_text(path: Path, n: int) -> None:
    """A database with ``n`` talks of Zipf text, filled with Core, then reindex_all."""
    db = open_app_database(str(path), actor="bench")
    try:
        t0 = time.perf_counter()
        _fill(db, n)
        t1 = time.perf_counter()
        written = reindex_all(db)
        t2 = time.perf_counter()
        print(f"  filled in {t1 - t0:.1f} s; reindex_all: {written} documents in {t2 - t1:.1f} s")
    finally:
        db.dispose()


def database_for(n: int, source: str, folder: Path) -> Path:
    """The benchmark database for ``n`` talks, built on first use and then reused."""
    path = folder / f"search-{source}-{n}.sqlite3"
    if path.exists():
        return path
    folder.mkdir(parents=True, exist_ok=True)
    if source == "text":
        build_text(path, n)
        return path
    # ``supportdesk demo`` makes 40 talks per --scale unit.
    tmp = path.with_name(f".{path.name}.building")
    t0 = time.perf_counter()
    subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "--db", str(tmp), "demo", "--scale", str(n // 40)],
        check=True,
        cwd=ROOT,
    )
    for suffix in ("-wal", "-shm"):
        Path(f"{tmp}{suffix}").unlink(missing_ok=True)
    tmp.replace(path)
    print(f"  demo --scale {n // 40} built in {time.perf_counter() - t0:.1f} s")
    return path


def timed(fn: Callable[[], Any], repeat: int) -> tuple[float, float]:
    """Median wall-clock and CPU milliseconds of ``fn`` (after one warm-up call).

    CPU time is shown too because the machine may be shared: SQLite runs in this
    process, so its CPU time is what the call costs on an idle machine.
    """
    fn()
    wall, cpu = [], []
    for _ in range(repeat):
        t0, c0 = time.perf_counter(), time.process_time()
        fn()
        wall.append((time.perf_counter() - t0) * 1000)
        cpu.append((time.process_time() - c0) * 1000)
    return statistics.median(wall), statistics.median(cpu)


QUERIES = {
    "word (3+ letters)": ["digihelpers", "ozdemir", "cafe", "toegankelijk"],
    "2-letter prefix": ["di", "ge", "ka"],
    "1-letter prefix": ["a", "z", "k"],
    "common word": ["de", "gemeente", "van"],
    "two words": ["gent digihelpers", "lukasz ozdemir", "senioren cursus"],
    "no match": ["xyzzyq"],
}


def measure(url_or_path: str, repeat: int) -> None:
    t0 = time.perf_counter()
    db = open_app_database(url_or_path, actor="bench")
    first_open = (time.perf_counter() - t0) * 1000
    try:
        with db.read() as s:
            talks = s.scalar(select(func.count()).select_from(AdviceTalk))
            docs = s.scalar(text("SELECT count(*) FROM search_document"))
        print(f"  {talks} advice talks, {docs} search documents; ms = median wall / CPU")
        for label, queries in QUERIES.items():
            parts = []
            for q in queries:
                wall, cpu = timed(lambda q=q: search(db, q), repeat)
                hits = len(search(db, q))
                parts.append(f"{q!r} {wall:.1f}/{cpu:.1f} ({hits})")
            print(f"  search, {label:17}: " + "; ".join(parts))
        wall, cpu = timed(lambda: year_indicators(db, 2025), repeat)
        values = ", ".join(f"{i.key}={i.value}" for i in year_indicators(db, 2025))
        print(f"  year_indicators(2025)    : {wall:.1f}/{cpu:.1f}  ({values})")
    finally:
        db.dispose()

    def reopen() -> None:
        open_app_database(url_or_path, actor="bench").dispose()

    wall, cpu = timed(reopen, max(3, repeat // 3))
    print(f"  open_app_database        : {wall:.0f}/{cpu:.0f} (first open {first_open:.0f} wall)")


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--n", type=int, nargs="*", default=[10_000, 100_000])
    parser.add_argument("--repeat", type=int, default=11)
    parser.add_argument("--source", choices=["text", "demo"], default="text")
    parser.add_argument("--data", default=str(ROOT / "bench-data"))
    parser.add_argument("--pg", help="also measure on this PostgreSQL URL (filled if short)")
    args = parser.parse_args()
    for n in args.n:
        print(f"SQLite, N = {n:,} ({args.source})", flush=True)
        path = database_for(n, args.source, Path(args.data))
        measure(str(path), args.repeat)
        if args.pg:
            print(f"PostgreSQL, N = {n:,} (text)", flush=True)
            db = open_app_database(args.pg, actor="bench")
            with db.read() as s:
                have = s.scalar(select(func.count()).select_from(AdviceTalk)) or 0
            if have < n:
                _fill(db, n - have, seed=n)
                reindex_all(db)
            db.dispose()
            measure(args.pg, args.repeat)


if __name__ == "__main__":
    main()
