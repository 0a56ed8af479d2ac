"""``supportdesk [--db D] check [--json]``: integrity, schema revision and consistency.

Changes nothing (the database is not even migrated). Exit code 0 when all is well, 1
when any problem was found.
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import asdict
from typing import Any

from supportdesk.cli.common import db_label, inspect_db
from supportdesk.integrity import check_database


def register(sub: Any) -> None:
    p = sub.add_parser(
        "check",
        help="controleer de databank (integriteit, schemaversie, samenhang)",
        description="Controleert de databank zonder iets te veranderen. Eindigt met code 1 "
        "als er een probleem is.",
    )
    p.add_argument("--json", action="store_true", help="uitvoer als JSON")
    p.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    engine, state = inspect_db(args)
    try:
        report = check_database(engine, state)
    finally:
        engine.dispose()
    if args.json:
        data = asdict(report)
        data["ok"] = report.ok
        print(json.dumps(data, ensure_ascii=False, indent=1))
    else:
        print(f"Databank: {db_label(args)} ({report.backend})")
        print(f"Schemaversie: {report.revision or 'geen'} (nieuwste: {report.head})")
        if report.counts:
            total = sum(report.counts.values())
            print(f"Rijen: {total} in {len(report.counts)} tabellen")
        print(f"Controles: {', '.join(report.checks)}")
        for p in report.problems:
            rows = f" ({p.rows})" if p.rows else ""
            print(f"PROBLEEM [{p.check}] {p.message}{rows}")
        if report.ok:
            print("In orde.")
    if not report.ok:
        n = len(report.problems)
        print(f"supportdesk: {db_label(args)}: {n} probleem/problemen gevonden", file=sys.stderr)
        return 1
    return 0
