"""``supportdesk [--db D] network export FILE [--force]``: the network's current members
(name, e-mail address, local government) as a CSV file for the newsletter and the
invitations; ``network list [--json]``: the members per government and in total.

The file goes through ``supportdesk.safety.output_files`` (never the database, never
over an existing file without ``--force``, never through a symlink, 0600).
"""

from __future__ import annotations

import argparse
import json
from typing import Any

from supportdesk.cli.common import open_db
from supportdesk.cli.output import add_force, out_target


def register(sub: Any) -> None:
    p = sub.add_parser(
        "network",
        help="de leden van het netwerk digitale inclusie",
        description="De huidige leden van het netwerk digitale inclusie: lijst en export.",
    )
    actions = p.add_subparsers(dest="action", required=True, metavar="ACTIE")
    e = actions.add_parser(
        "export",
        help="namen en e-mailadressen van de huidige leden als CSV",
        description="Schrijft naam, e-mailadres en lokaal bestuur van elk huidig lid "
        "(inactieve contactpersonen niet) naar een CSV-bestand.",
    )
    e.add_argument("out", metavar="BESTAND", help="het CSV-bestand")
    add_force(e)
    e.set_defaults(handler=run_export)
    li = actions.add_parser("list", help="de huidige leden per lokaal bestuur en in totaal")
    li.add_argument("--json", action="store_true", help="uitvoer als JSON")
    li.set_defaults(handler=run_list)


def run_export(args: argparse.Namespace) -> int:
    from supportdesk.services.network import export_members_csv

    target = out_target(args)
    db = open_db(args)
    try:
        n = export_members_csv(db, target)
    finally:
        db.dispose()
    print(f"{n} leden naar {args.out}")
    return 0


def run_list(args: argparse.Namespace) -> int:
    from supportdesk.services.network import member_counts

    db = open_db(args)
    try:
        counts = member_counts(db)
    finally:
        db.dispose()
    if args.json:
        rows = [{"id": r.id, "name": r.name, "members": n} for r, n in counts.per_government]
        print(
            json.dumps({"total": counts.total, "governments": rows}, ensure_ascii=False, indent=1)
        )
        return 0
    print(f"Netwerk digitale inclusie: {counts.total} huidige leden")
    for r, n in counts.per_government:
        print(f"  {n:>5}  {r.name}")
    return 0
