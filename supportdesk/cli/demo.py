"""``supportdesk [--db D] demo [--scale N] [--seed S]``: fill an empty database with demo data."""

from __future__ import annotations

import argparse
from typing import Any

from supportdesk.cli.app import CliError
from supportdesk.cli.common import db_label, open_db

# The generator (and Faker's name lists, ~0.3 s to import) is loaded only when ``demo``
# runs: every other command builds this parser too.


def register(sub: Any) -> None:
    p = sub.add_parser(
        "demo",
        help="vul een lege databank met realistische demogegevens",
        description="Vult een lege databank met realistische Nederlandstalige demogegevens: "
        "contactpersonen bij tientallen gemeenten, een veertigtal adviesgesprekken, "
        "trajecten met contactmomenten en opvolgacties, twee focusgroepen. "
        "Weigert een databank die al records bevat.",
    )
    p.add_argument(
        "--scale",
        type=int,
        default=1,
        metavar="N",
        help="vermenigvuldig de hoeveelheid (voor metingen; 2500 geeft 100.000 gesprekken)",
    )
    p.add_argument("--seed", type=int, default=None, help=argparse.SUPPRESS)
    p.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from supportdesk.demo import DEFAULT_SEED, generate_demo
    from supportdesk.demo.generate import MAX_SCALE

    if not 1 <= args.scale <= MAX_SCALE:
        raise CliError(f"--scale moet tussen 1 en {MAX_SCALE} liggen", 2)
    db = open_db(args, create=True)
    try:
        seed = DEFAULT_SEED if args.seed is None else args.seed
        summary = generate_demo(db, scale=args.scale, seed=seed)
    finally:
        db.dispose()
    counts = summary.counts
    print(
        f"Demogegevens in {db_label(args)}: {counts.get('advice_talk', 0)} adviesgesprekken, "
        f"{counts.get('follow_up_action', 0)} opvolgacties, "
        f"{counts.get('trajectory', 0)} trajecten, {counts.get('focus_group', 0)} focusgroepen, "
        f"{counts.get('contact_person', 0)} contactpersonen ({summary.seconds:.1f} s)."
    )
    return 0
