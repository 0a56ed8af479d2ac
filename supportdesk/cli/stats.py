"""``supportdesk [--db D] stats [--year Y] [--json]``: the year against the plan's targets.

Every item of the year's plan (issue 14), grouped by strategic goal (SD1, SD2, SD3): its
figure (a number, or participant hours), its target, and for a milestone its state and
note. The figures count what happened up to today (``supportdesk.indicators`` holds the
rules, one statement for the whole plan); what is planned later in the year is shown
beside them ("1 gepland"), and activities and focus groups whose date passed while still
planned as "te bevestigen". ``--json`` keeps the three figures of before under
"indicators" and gives the whole plan under "plan".
"""

from __future__ import annotations

import argparse
import json
from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from supportdesk.cli.app import CliError
from supportdesk.cli.common import open_db
from supportdesk.collection import collection_paused
from supportdesk.plan_labels import GOALS, MILESTONE_STATES

if TYPE_CHECKING:
    from supportdesk.indicators import PlanFigure


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
    year = args.year if args.year is not None else date.today().year
    if not 1900 <= year <= 9999:
        raise CliError(f"--year {year}: geen geldig jaar", 2)
    # the indicators' modules (Core tables, no ORM) and a few statements: no
    # cyclic garbage worth a collection (supportdesk.collection)
    with collection_paused():
        from supportdesk.indicators import year_indicators, year_plan_figures

        db = open_db(args)
        try:
            figures = year_plan_figures(db, year)
            # the three figures of before are only in the JSON: text does not read them
            indicators = year_indicators(db, year) if args.json else []
        finally:
            db.dispose()
    if args.json:
        data: dict[str, Any] = {
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
            "plan": [_plan_json(f) for f in figures],
        }
        print(json.dumps(data, ensure_ascii=False, indent=1))
        return 0
    print(f"Actieplan {year}")
    for goal in dict.fromkeys(f.item.goal for f in figures):
        print(f"\n{GOALS.get(goal, goal)}")
        for f in (f for f in figures if f.item.goal == goal):
            print(f"  {f.item.code:<7} {f.item.text}")
            print(f"          {_figure_text(f)}")
    return 0


def _number(value: Decimal | int) -> str:
    """A figure as a Fleming writes it: 57,5 (no trailing zeros)."""
    return f"{value}".replace(".", ",")


def _figure_text(f: PlanFigure) -> str:
    from supportdesk.search.titles import first_line

    if f.item.is_milestone:
        state = MILESTONE_STATES.get(f.item.milestone_state, f.item.milestone_state)
        return f"mijlpaal: {state}" + (f" — {first_line(f.item.note)}" if f.item.note else "")
    assert f.value is not None
    unit = " deelnemersuren" if f.item.counts_hours else ""
    target = "geen doel" if f.target is None else f"doel {_number(f.target)}"
    mark = "  ✓" if f.reached else ""
    extra = "".join(
        f" · {n} {word}"
        for n, word in ((f.planned, "gepland"), (f.attention, "te bevestigen"))
        if n
    )
    return f"{_number(f.value)}{unit} ({target}){mark}{extra}"


def _plan_json(f: PlanFigure) -> dict[str, Any]:
    value = f.value
    return {
        "key": f.item.key,
        "goal": f.item.goal,
        "code": f.item.code,
        "text": f.item.text,
        "counted": f.item.counted,
        "unit": f.item.unit,
        "value": float(value) if isinstance(value, Decimal) else value,
        "target": f.target,
        "planned": f.planned,
        "attention": f.attention,
        "reached": f.reached,
        "milestone_state": f.item.milestone_state if f.item.is_milestone else None,
        "note": f.item.note,
    }
