"""How long a list takes to export to .xlsx and .csv (every row), at ~10,000 and
~100,000 advice talks; the aim is under 15 s for 100,000 talks.

    .venv/bin/python benchmarks/bench_tables.py                 # sizes whose database exists
    .venv/bin/python benchmarks/bench_tables.py --talks 10000 --build

Each figure is one run of what the app's export runs in its worker thread: the table
from the page's query (``supportdesk.tables``) written through ``write_table`` to a
temporary file; the follow-up actions' agenda file is timed too. A database that is
not in ``bench-data/`` yet is skipped unless ``--build`` (``_databases.py`` builds it
with ``supportdesk demo``; 100,000 talks take minutes).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from _databases import BENCH_DATA, demo_database, scale_for

from supportdesk.calendar_export import build_calendar
from supportdesk.database import open_app_database
from supportdesk.safety.output_files import check_output
from supportdesk.tables import advice_talks, follow_ups, write_table


def run(path: Path) -> list[tuple[str, int, float, float]]:
    db = open_app_database(str(path))
    results = []
    try:
        with tempfile.TemporaryDirectory() as folder:
            cases = [
                ("adviesgesprekken, datum", "xlsx", lambda: advice_talks.table(db)),
                ("adviesgesprekken, datum", "csv", lambda: advice_talks.table(db)),
                (
                    "adviesgesprekken, open acties",
                    "xlsx",
                    lambda: advice_talks.table(db, sort="open_actions"),
                ),
                ("opvolgacties, iedereen", "xlsx", lambda: follow_ups.table(db)),
            ]
            for n, (name, ext, make) in enumerate(cases):
                started, cpu = time.perf_counter(), time.process_time()
                rows = write_table(make(), check_output(Path(folder) / f"{n}.{ext}"))
                results.append(
                    (
                        f"{name} .{ext}",
                        rows,
                        time.perf_counter() - started,
                        time.process_time() - cpu,
                    )
                )
            started, cpu = time.perf_counter(), time.process_time()
            export = build_calendar(db)
            results.append(
                (
                    "agenda .ics",
                    export.actions,
                    time.perf_counter() - started,
                    time.process_time() - cpu,
                )
            )
    finally:
        db.dispose()
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--talks", type=int, action="append", help="size(s) to measure")
    parser.add_argument("--build", action="store_true", help="build a missing database")
    args = parser.parse_args()
    for talks in args.talks or [10_000, 100_000]:
        path = BENCH_DATA / f"demo-scale{scale_for(talks)}.sqlite3"
        if not path.exists() and not args.build:
            print(f"{talks:>7} talks: {path.name} not in bench-data/ (use --build)")
            continue
        path, _meta = demo_database(talks)
        for name, rows, wall, cpu in run(path):
            line = f"{talks:>7} talks: {name:<38} {rows:>7} rows"
            print(f"{line} {wall:6.2f} s wall {cpu:6.2f} s CPU")


if __name__ == "__main__":
    main()
