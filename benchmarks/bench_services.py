"""Median time of the services a form calls on every keystroke or save.

    .venv/bin/python benchmarks/bench_services.py                 # a fresh SQLite file
    .venv/bin/python benchmarks/bench_services.py --db postgresql+psycopg://.../name
    .venv/bin/python benchmarks/bench_services.py --repeat 51

The completer (``complete_local_governments``) runs on each key typed in the
government field, so it should stay well under 20 ms; the saves are one transaction
each (with the search index and change log listeners of ``open_app_database``).
Each figure is the median of ``--repeat`` runs after one warm-up run, in milliseconds.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import select

from db.models import LocalGovernment
from supportdesk.database import open_app_database
from supportdesk.services.advice import (
    AdviceTalkInput,
    create_advice_talk,
    get_advice_talk,
    update_advice_talk,
)
from supportdesk.services.follow_ups import FollowUpInput, complete_follow_up
from supportdesk.services.local_governments import (
    complete_local_governments,
    get_local_government,
    list_local_governments_brief,
)


def median_ms(fn: Callable[[], Any], repeat: int) -> float:
    fn()
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", help="database path or URL (default: a fresh SQLite file)")
    parser.add_argument("--repeat", type=int, default=21)
    args = parser.parse_args()
    target = args.db or str(Path(tempfile.mkdtemp()) / "bench.sqlite3")
    db = open_app_database(target, actor="bench")
    with db.read() as s:
        gent = s.scalar(
            select(LocalGovernment.public_id).where(LocalGovernment.nis_code == "44021")
        )
    assert gent
    talk_input = AdviceTalkInput(
        date(2025, 3, 12),
        gent,
        "phone",
        "Hoe starten we met digihelpers?",
        new_follow_ups=(FollowUpInput("Gids mailen"), FollowUpInput("Terugbellen")),
    )
    talk = create_advice_talk(db, talk_input)
    plain = AdviceTalkInput(date(2025, 3, 12), gent, "phone", "Aangepaste vraag")
    figures = {}
    for typed in ("g", "ge", "gen", "sint-", "4402", "borsb"):
        figures[f"complete {typed!r}"] = median_ms(
            lambda typed=typed: complete_local_governments(db, typed), args.repeat
        )
    figures["list_local_governments_brief"] = median_ms(
        lambda: list_local_governments_brief(db), args.repeat
    )
    figures["get_local_government"] = median_ms(lambda: get_local_government(db, gent), args.repeat)
    figures["get_advice_talk"] = median_ms(lambda: get_advice_talk(db, talk.id), args.repeat)
    figures["create_advice_talk (+2 actions)"] = median_ms(
        lambda: create_advice_talk(db, talk_input), args.repeat
    )
    figures["update_advice_talk"] = median_ms(
        lambda: update_advice_talk(db, talk.id, plain, None), args.repeat
    )
    action = talk.follow_ups[0].id
    figures["complete_follow_up"] = median_ms(lambda: complete_follow_up(db, action), args.repeat)
    print(f"database: {db.url.split('@')[-1]}")
    for name, ms in figures.items():
        print(f"{name:34} {ms:8.1f} ms")
    db.dispose()


if __name__ == "__main__":
    main()
