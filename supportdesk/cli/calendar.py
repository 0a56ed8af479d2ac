"""``supportdesk calendar [--mine --as NAAM] --out F.ics``: open follow-up actions and
planned focus groups as an agenda file for Outlook, Thunderbird and others
(see ``supportdesk.calendar_export``).

Without ``--mine`` the whole team's; with ``--mine --as NAAM`` the actions NAAM owns
and the focus groups NAAM organises. Exporting again gives the same UIDs, so an
import updates the events instead of doubling them.
"""

from __future__ import annotations

import argparse
from typing import Any

from supportdesk.cli.app import CliError
from supportdesk.cli.common import open_db
from supportdesk.cli.output import add_force, out_target


def register(sub: Any) -> None:
    p = sub.add_parser(
        "calendar",
        help="open opvolgacties en geplande focusgroepen als agenda (.ics)",
        description="Schrijf de open opvolgacties (met vervaldatum) en de geplande "
        "focusgroepen als .ics-bestand, om in Outlook of Thunderbird te importeren.",
        epilog="Opnieuw exporteren en importeren werkt de afspraken bij (zelfde UID); "
        "afgewerkte acties staan niet meer in het bestand, maar een agenda verwijdert "
        "wat ze al had niet vanzelf.",
    )
    p.add_argument("--out", metavar="BESTAND", required=True, help="het .ics-bestand")
    add_force(p)
    p.add_argument("--mine", action="store_true", help="alleen die van één medewerker (--as)")
    p.add_argument("--as", dest="who", metavar="NAAM", help="wie 'ik' is: naam of id")
    p.add_argument("--no-focus-groups", action="store_true", help="zonder de geplande focusgroepen")
    p.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from pathlib import Path

    from supportdesk.calendar_export import build_calendar, find_member, write_calendar

    if args.mine and not args.who:
        raise CliError("--mine heeft --as NAAM nodig (wie ben jij?)", 2)
    if args.who and not args.mine:
        raise CliError("--as geldt enkel samen met --mine", 2)
    if Path(args.out).suffix.lower() != ".ics":
        raise CliError(f"{args.out}: kies een naam op .ics")
    target = out_target(args)
    db = open_db(args)
    try:
        member = find_member(db, args.who)[0] if args.mine else None
        export = build_calendar(db, member_id=member, focus_groups=not args.no_focus_groups)
        write_calendar(export, target)
    finally:
        db.dispose()
    line = f"{export.actions} opvolgacties en {export.focus_groups} focusgroepen naar {args.out}"
    if export.undated:
        line += f" ({export.undated} acties zonder vervaldatum niet opgenomen)"
    print(line)
    return 0
