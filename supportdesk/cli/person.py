"""``supportdesk person``: a contact person's data (GDPR): find, export, erase.

    supportdesk [--db D] person find TEXT
    supportdesk [--db D] person export ID [--out FILE [--force]]
    supportdesk [--db D] person erase ID [--yes]

Export writes everything that names the person as JSON. Erase replaces their name and
details everywhere (also in older change-log entries) but keeps their links, so counts
do not change; it asks first unless ``--yes``.
"""

from __future__ import annotations

import argparse
from typing import Any

from sqlalchemy import select

from db.models import ContactPerson
from supportdesk.cli.common import open_db
from supportdesk.cli.output import add_force, out_target
from supportdesk.cli.restore import confirm
from supportdesk.queries.sorting import name_order
from supportdesk.safety.output_files import write_output
from supportdesk.safety.personal_data import erase_person, export_person_json
from supportdesk.search.folding import fold


def register(sub: Any) -> None:
    p = sub.add_parser(
        "person",
        help="persoonsgegevens van een contactpersoon: zoeken, exporteren, wissen",
        description="Persoonsgegevens van een contactpersoon (AVG).",
    )
    actions = p.add_subparsers(dest="person_action", metavar="ACTIE", required=True)
    f = actions.add_parser("find", help="zoek contactpersonen op naam of e-mail")
    f.add_argument("text", metavar="TEKST")
    f.set_defaults(handler=run_find)
    e = actions.add_parser("export", help="alles over een persoon als JSON")
    e.add_argument("id", metavar="ID")
    e.add_argument("--out", metavar="BESTAND", help="bestand (privé, 0600; anders op het scherm)")
    add_force(e)
    e.set_defaults(handler=run_export)
    w = actions.add_parser("erase", help="wis naam en gegevens van een persoon")
    w.add_argument("id", metavar="ID")
    w.add_argument("--yes", "-y", action="store_true", help="niet bevestigen")
    w.set_defaults(handler=run_erase)


def run_find(args: argparse.Namespace) -> int:
    db = open_db(args, seed=False)
    try:
        # Folded in Python: SQLite's LIKE folds ASCII only, and Özdemir must match "ozd".
        # Runs of white space (a name pasted across a line break) count as one space.
        wanted = " ".join(fold(args.text).split())
        with db.read() as s:
            rows = s.scalars(
                select(ContactPerson).order_by(
                    name_order(ContactPerson.last_name), name_order(ContactPerson.first_name)
                )
            )
            for c in rows:
                if wanted in " ".join(fold(f"{c.first_name} {c.last_name} {c.email}").split()):
                    print(f"{c.public_id}  {c.full_name}  ({c.local_government.name})  {c.email}")
    finally:
        db.dispose()
    return 0


def run_export(args: argparse.Namespace) -> int:
    target = out_target(args) if args.out else None
    db = open_db(args, seed=False)
    try:
        text = export_person_json(db, args.id)
    finally:
        db.dispose()
    if target is not None:
        write_output(target, text + "\n")
        print(f"Geschreven: {args.out}")
    else:
        print(text)
    return 0


def run_erase(args: argparse.Namespace) -> int:
    db = open_db(args, seed=False, write=True)
    try:
        from supportdesk.services.contacts import get_contact

        name = get_contact(db, args.id).full_name
        if not args.yes and not confirm(
            f"Naam en gegevens van {name} wissen? Dit kan niet ongedaan gemaakt worden."
        ):
            print("Niets gewijzigd.")
            return 1
        report = erase_person(db, args.id)
    finally:
        db.dispose()
    print(
        f"Gewist: {name} ({report.contact_id}); {report.records_changed} andere records en "
        f"{report.log_entries_rewritten} wijzigingslog-regels aangepast."
    )
    if not db.is_sqlite:
        return 0
    print("Let op: oudere reservekopieën bevatten de gegevens nog tot ze wegroteren.")
    return 0
