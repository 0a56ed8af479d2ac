"""The whole action plan at 10,000 and 100,000 activities: every figure of a year's plan
(one statement), the list behind one figure, a page of the activity list and the
network's member counts; wall and CPU time, median / p95 / max.

    .venv/bin/python benchmarks/bench_plan.py                 # both sizes
    .venv/bin/python benchmarks/bench_plan.py --activities 10000 --repeat 21

The databases are the demo databases of the other benchmarks (``bench-data/demo-scale
250/2500.sqlite3``, as they are, not rebuilt) copied to ``bench-data/plan-*.sqlite3`` and
given the action plan's records by the demo's own generator (``supportdesk.demo.plan``):
46 activities per scale unit (with named participants, follow-ups), publications and
network members. Without a demo database a scale-1 demo is the base.
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import sys
import time
from datetime import date
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from _timing import Samples, repeat
from sqlalchemy import func, select

from db.models import Activity, ContactPerson, LocalGovernment, TeamMember, Theme
from supportdesk.bulk import insert_rows, max_ids, record_tables, reset_sequences
from supportdesk.database import open_app_database
from supportdesk.demo import generate_demo
from supportdesk.demo.builder import Workbench
from supportdesk.demo.people import Municipality, Person
from supportdesk.demo.plan import (
    make_activities,
    make_network,
    make_publications,
    read_plan_catalog,
)
from supportdesk.indicators import plan_item_records, year_plan_figures
from supportdesk.queries.activities import ActivityFilter, activities_page
from supportdesk.services.network import member_counts

ROOT = Path(__file__).resolve().parent.parent
BENCH_DATA = ROOT / "bench-data"
PER_SCALE = 46  # activities the demo makes per scale unit (two years)


def _base(scale: int) -> Path | None:
    talks_scale = 250 if scale < 1000 else 2500
    path = BENCH_DATA / f"demo-scale{talks_scale}.sqlite3"
    return path if path.exists() else None


def plan_database(activities: int) -> tuple[Path, dict[str, Any]]:
    """A database with about ``activities`` activities (built once, then reused)."""
    scale = max(1, round(activities / PER_SCALE))
    BENCH_DATA.mkdir(exist_ok=True)
    path = BENCH_DATA / f"plan-scale{scale}.sqlite3"
    meta_path = path.with_suffix(".json")
    if path.exists() and meta_path.exists():
        return path, json.loads(meta_path.read_text("utf-8"))
    tmp = path.with_name(f".{path.name}.building")
    for suffix in ("", "-wal", "-shm"):
        Path(f"{tmp}{suffix}").unlink(missing_ok=True)
    started = time.perf_counter()
    base = _base(scale)
    if base is not None:
        shutil.copyfile(base, tmp)
    db = open_app_database(str(tmp), actor="bench")
    try:
        if base is None:
            generate_demo(db)
        with db.write() as session:
            conn = session.connection()
            conn.execute(Activity.__table__.delete())  # the base's own few
            tables = record_tables()
            wb = Workbench(random.Random(14), date.today(), max_ids(conn, tables))
            contacts: dict[int, list[int]] = {}
            for cid, lg in conn.execute(
                select(ContactPerson.id, ContactPerson.local_government_id)
            ):
                contacts.setdefault(lg, []).append(cid)
            munis = [
                Municipality(i, name, "", contacts=contacts.get(i, []))
                for i, name in conn.execute(
                    select(LocalGovernment.id, LocalGovernment.name).where(
                        LocalGovernment.id.in_(list(contacts))
                    )
                )
            ]
            team = [Person(i, n) for i, n in conn.execute(select(TeamMember.id, TeamMember.name))]
            themes = list(conn.scalars(select(Theme.id)))
            make_activities(wb, scale, munis, team, read_plan_catalog(conn), themes)
            make_publications(wb, scale, munis, team)
            make_network(
                wb, [{"id": c} for cs in list(contacts.values())[: 2000 * scale] for c in cs], team
            )
            for table in tables:
                rows = wb.rows.get(table.name)
                if rows:
                    keys = set().union(*(r.keys() for r in rows))
                    insert_rows(conn, table, [{k: r.get(k) for k in keys} for r in rows])
            reset_sequences(conn, [t for t in tables if t.name in wb.rows])
        with db.read() as session:
            counts = {
                t: int(session.scalar(select(func.count()).select_from(m)) or 0)
                for t, m in (("activity", Activity), ("contact_person", ContactPerson))
            }
    finally:
        db.dispose()
    tmp.replace(path)
    meta = {
        "scale": scale,
        "base": base.name if base else "demo scale 1",
        "build_seconds": round(time.perf_counter() - started, 1),
        "counts": {**counts, **{k: len(v) for k, v in wb.rows.items()}},
    }
    meta_path.write_text(json.dumps(meta, indent=1), encoding="utf-8")
    return path, meta


def measure(path: Path, n: int) -> dict[str, Samples]:
    db = open_app_database(str(path))
    year = date.today().year
    try:
        figures = year_plan_figures(db, year)  # warm-up
        hours_key = next(f.item.key for f in figures if f.item.counts_hours)
        count_key = next(f.item.key for f in figures if f.item.counted == "activity")
        cases = {
            "figures this year (whole plan, 1 statement)": lambda: year_plan_figures(db, year),
            "figures last year": lambda: year_plan_figures(db, year - 1),
            f"records behind '{count_key}'": lambda: plan_item_records(db, year, count_key),
            f"records behind '{hours_key}'": lambda: plan_item_records(db, year, hours_key),
            "activity list, first page of the year": lambda: activities_page(
                db, ActivityFilter(year=year)
            ),
            "activity list, text 'netwerk'": lambda: activities_page(
                db, ActivityFilter(text="netwerk")
            ),
            "network member counts": lambda: member_counts(db),
        }
        out = {}
        for name, fn in cases.items():
            fn()
            out[name] = repeat(fn, n)
        return out
    finally:
        db.dispose()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--activities", type=int, action="append", help="10000, 100000")
    parser.add_argument("--repeat", type=int, default=11)
    args = parser.parse_args()
    for size in args.activities or [10_000, 100_000]:
        path, meta = plan_database(size)
        print(f"\n{path.name}: {json.dumps(meta['counts'])} (built in {meta['build_seconds']} s)")
        for name, samples in measure(path, args.repeat).items():
            print(f"  {name:<45} {samples.line()}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
