"""``supportdesk target``: the action plan's targets per year and indicator.

    supportdesk [--db D] target set YEAR INDICATOR VALUE
    supportdesk [--db D] target list [--year Y] [--json]

Both go through ``supportdesk.services.targets`` (``set_target``, ``get_targets``), which
checks the indicator and the value; ``list`` names each target by the year plan's item
(code and words, ``services.plan.list_plan_items``, read only). A value that is negative
or not a whole number, an unknown indicator or a year that is not one is one line on
stderr and exit code 2; nothing is saved.
"""

from __future__ import annotations

import argparse
import json
from datetime import date
from typing import Any

from supportdesk.cli.app import CliError
from supportdesk.cli.common import open_db
from supportdesk.cli.team import field_error
from supportdesk.codes import INDICATORS
from supportdesk.errors import ValidationError
from supportdesk.labels import INDICATORS as INDICATOR_WORDS
from supportdesk.validation import whole_number

FIELD_WORDS = {"year": "jaar", "indicator": "indicator", "value": "doel"}


def register(sub: Any) -> None:
    codes = ", ".join(INDICATORS)
    p = sub.add_parser(
        "target",
        help="de doelstellingen van het actieplan per jaar: tonen en instellen",
        description="De doelstellingen van het actieplan per jaar en indicator.",
    )
    actions = p.add_subparsers(dest="target_action", metavar="ACTIE", required=True)
    s = actions.add_parser(
        "set",
        help="stel het doel van een indicator in een jaar in",
        description=f"INDICATOR is een code: {codes}; zodra het jaarplan zijn items kent "
        "ook de code van een plan-item (zie 'supportdesk target list').",
    )
    s.add_argument("year", metavar="JAAR")
    s.add_argument("indicator", metavar="INDICATOR", help=f"{codes} of een plan-item")
    s.add_argument("value", metavar="WAARDE", help="het doel: een geheel getal van 0 of meer")
    s.set_defaults(handler=run_set)
    ls = actions.add_parser("list", help="toon de doelen van een jaar")
    ls.add_argument("--year", metavar="Y", help="het jaar (standaard dit jaar)")
    ls.add_argument("--json", action="store_true", help="uitvoer als JSON")
    ls.set_defaults(handler=run_list)


def _whole(text: str, what: str) -> int:
    """A whole number as typed on the command line (``8``, ``-3``), else exit 2."""
    value = whole_number(text)
    if value is None:
        raise CliError(f"{what} {text!r} is geen geheel getal", 2)
    return value


def _year(text: str | None) -> int:
    year = date.today().year if text is None else _whole(text, "jaar")
    if not 2000 <= year <= 2100:
        raise CliError(f"jaar {year}: kies een jaar van 2000 tot 2100", 2)
    return year


def run_set(args: argparse.Namespace) -> int:
    from supportdesk.services.targets import set_target

    year = _year(args.year)
    value = _whole(args.value, "doel")
    db = open_db(args, write=True)
    try:
        targets = set_target(db, year, args.indicator, value)
    except ValidationError as exc:
        words = {**FIELD_WORDS, "indicator": f"indicator {args.indicator!r}"}
        error = field_error(exc, words)
        error.code = 2
        raise error from None
    finally:
        db.dispose()
    print(f"Doel {year} voor {args.indicator}: {targets.get(args.indicator, value)}")
    return 0


def run_list(args: argparse.Namespace) -> int:
    from supportdesk.services.plan import list_plan_items
    from supportdesk.services.targets import get_targets

    year = _year(args.year)
    db = open_db(args)
    try:
        targets = get_targets(db, year)
        items = [i for i in list_plan_items(db, year) if not i.is_milestone]
    finally:
        db.dispose()
    # in the plan's order, each with its code and words ("OD 1.2 Infosessies ...")
    words = {**INDICATOR_WORDS, **{i.key: f"{i.code} {i.text}" for i in items}}
    codes = [i.key for i in items]
    codes += [c for c in [*INDICATORS, *targets] if c not in codes]
    if args.json:
        rows = [{"indicator": c, "target": targets.get(c)} for c in codes]
        print(json.dumps({"year": year, "targets": rows}, ensure_ascii=False, indent=1))
        return 0
    if not targets:
        print(f"Geen doelen voor {year}. Stel er een in met 'supportdesk target set {year} ...'.")
    width = max(len(c) for c in codes)
    for c in codes:
        value = "geen doel" if c not in targets else str(targets[c])
        print(f"  {c.ljust(width)}  {value:>9}  {words.get(c, '')}".rstrip())
    return 0
