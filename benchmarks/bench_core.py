"""Median time of search, stats and opening a database, at ~10,000 and ~100,000 talks.

    .venv/bin/python benchmarks/bench_core.py                  # both sizes
    .venv/bin/python benchmarks/bench_core.py --talks 10000 --repeat 21
    .venv/bin/python benchmarks/bench_core.py --json

The databases are built with ``supportdesk demo --scale N`` (see ``_databases.py``) and
cached in ``bench-data/``; the build time is reported too. "open" is
``open_app_database`` on the file: the migration check, reference data check and the
search index check, then ``dispose``. Each figure is the median of ``--repeat`` runs
after one warm-up run. Aim: search and stats under 50 ms at 100,000 talks.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from _databases import demo_database

from supportdesk.database import open_app_database
from supportdesk.indicators import year_indicators
from supportdesk.search import search

# Typical queries: a theme word, a name with accents typed without them, a municipality,
# two words, a prefix being typed, a rare word.
QUERIES = ("digihelpers", "ozdemir", "gent", "toegankelijke website", "cyber", "phishing senioren")


def median_ms(fn: Callable[[], Any], repeat: int) -> float:
    fn()  # warm-up: caches, first compile of the statement
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        fn()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def measure(path: Path, repeat: int) -> dict[str, float]:
    url = str(path)
    result: dict[str, float] = {}
    result["open"] = median_ms(lambda: open_app_database(url).dispose(), repeat)
    db = open_app_database(url)
    try:
        for q in QUERIES:
            result[f"search '{q}'"] = median_ms(lambda q=q: search(db, q, limit=50), repeat)
        result["search (median of queries)"] = statistics.median(
            result[f"search '{q}'"] for q in QUERIES
        )
        this_year = date.today().year
        result[f"stats {this_year}"] = median_ms(lambda: year_indicators(db, this_year), repeat)
        result[f"stats {this_year - 1}"] = median_ms(
            lambda: year_indicators(db, this_year - 1), repeat
        )
    finally:
        db.dispose()
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--talks", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--repeat", type=int, default=11)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    report: dict[str, Any] = {}
    for talks in args.talks:
        path, meta = demo_database(talks)
        report[str(talks)] = {"database": meta, "ms": measure(path, args.repeat)}
    if args.json:
        print(json.dumps(report, indent=1))
        return 0
    sizes = [str(t) for t in args.talks]
    for size in sizes:
        meta = report[size]["database"]
        print(
            f"{size:>7} talks: scale {meta['scale']}, {meta['counts']['advice_talk']} talks, "
            f"{meta['counts']['follow_up_action']} follow-ups, {meta['size_mb']} MB, "
            f"built in {meta['build_seconds']} s"
        )
    header = f"{'median ms':32}" + "".join(f"{s:>10}" for s in sizes)
    if len(sizes) > 1:
        header += f"{'growth':>9}"
    print(header)
    for key in report[sizes[0]]["ms"]:
        values = [report[s]["ms"][key] for s in sizes]
        line = f"{key:32}" + "".join(f"{v:10.2f}" for v in values)
        if len(sizes) > 1 and values[0] > 0:
            line += f"{values[-1] / values[0]:8.1f}x"
        print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
