"""``supportdesk [--db D] export [--out FILE]``: every record as one versioned JSON document."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from supportdesk.cli.common import open_db, write_text_file
from supportdesk.exchange import export_json


def register(sub: Any) -> None:
    p = sub.add_parser(
        "export",
        help="schrijf alle records als één JSON-document",
        description="Schrijft alle records als één JSON-document met vaste id's "
        "(standaard naar de standaarduitvoer). 'supportdesk import' leest het terug, "
        "bv. in een gedeelde PostgreSQL-databank.",
    )
    p.add_argument("--out", metavar="FILE", help="schrijf naar dit bestand")
    p.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    db = open_db(args)
    try:
        text = export_json(db)
    finally:
        db.dispose()
    if args.out:
        write_text_file(args.out, text)
    else:
        sys.stdout.write(text)
    return 0
