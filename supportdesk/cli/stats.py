"""``supportdesk [--db D] stats [--year Y] [--json]``: the year against the plan's targets.

The figures count what happened up to today (``supportdesk.indicators`` holds the
rules); what is planned later in the year is shown beside them ("1 gepland"), and focus
groups whose date passed while still planned as "te bevestigen".
"""

from __future__ import annotations

import argparse
import json
from datetime import date
from typing import Any

from supportdesk.cli.app import CliError
from supportdesk.cli.common import open_db


def register(sub: Any) -> None:
    p = sub.add_parser(
        "stats",
        help="cijfers van een jaar tegenover de doelstellingen",
        description="Toont per indicator van het actieplan wat gedaan is en wat het doel is.",
    )
    p.add_argument("--year", type=int, metavar="Y", help="het jaar (standaard dit jaar)")
    p.add_argument("--json", action="store_true", help="uitvoer als JSON")
    p.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from supportdesk.indicators import year_indicators

    year = args.year if args.year is not None else date.today().year
    if not 1900 <= year <= 9999:
        raise CliError(f"--year {year}: geen geldig jaar", 2)
    db = open_db(args)
    try:
        indicators = year_indicators(db, year)
    finally:
        db.dispose()
    if args.json:
        data = {
            "year": year,
            "indicators": [
                {
                    "key": i.key,
                    "label": i.label,
                    "value": i.value,
                    "target": i.target,
                    "planned": i.planned,
                    "attention": i.attention,
                }
                for i in indicators
            ],
        }
        print(json.dumps(data, ensure_ascii=False, indent=1))
        return 0
    print(f"Actieplan {year}")
    width = max((len(i.label) for i in indicators), default=0)
    for i in indicators:
        target = "geen doel" if i.target is None else f"doel {i.target}"
        mark = "" if i.reached is None else ("  ✓" if i.reached else "")
        extra = "".join(
            f" · {n} {word}"
            for n, word in ((i.planned, "gepland"), (i.attention, "te bevestigen"))
            if n
        )
        print(f"  {i.label.ljust(width)}  {i.value:>6}  ({target}){mark}{extra}")
    return 0
