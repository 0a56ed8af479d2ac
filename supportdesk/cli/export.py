"""``supportdesk [--db D] export [--out FILE [--force]]``: every record as one versioned
JSON document. The file is checked before the export starts (see ``cli.output``)."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from supportdesk.cli.common import open_db
from supportdesk.cli.output import add_force, out_target
from supportdesk.safety.output_files import write_output


def register(sub: Any) -> None:
    p = sub.add_parser(
        "export",
        help="schrijf alle records als één JSON-document",
        description="Schrijft alle records als één JSON-document met vaste id's "
        "(standaard naar de standaarduitvoer). 'supportdesk import' leest het terug, "
        "bv. in een gedeelde PostgreSQL-databank.",
    )
    p.add_argument("--out", metavar="FILE", help="schrijf naar dit bestand (privé, 0600)")
    add_force(p)
    p.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    target = out_target(args) if args.out else None
    db = open_db(args)
    try:
        from supportdesk.exchange import export_json  # only when exporting: every command

        text = export_json(db)
    finally:
        db.dispose()
    if target is not None:
        write_output(target, text)
    else:
        sys.stdout.write(text)
    return 0
