"""``supportdesk pdf``: write a case summary, trajectory report, focus-group report or
year report as PDF, the same PDFs the app makes.

    supportdesk [--db D] pdf --local-government NIS_OR_NAME --out FILE [--from DATE --to DATE]
    supportdesk [--db D] pdf --trajectory ID --out FILE
    supportdesk [--db D] pdf --focus-group ID [--audience participants|internal] --out FILE
    supportdesk [--db D] pdf --year YEAR --out FILE
    ... [--as NAME]   the team member who exports: the PDF's author (default "SupportDesk",
                      never the operating-system user)

``--organisation`` is the older name of ``--local-government`` and still works.
ID is the public id that export and the app show. An unknown subject, an unknown
team member or a file that cannot be written gives one line on stderr and exit code 1.
"""

from __future__ import annotations

import argparse
import re
from datetime import date
from typing import Any

from supportdesk.cli.app import CliError
from supportdesk.cli.common import open_db
from supportdesk.cli.output import add_force, out_target

_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
_BE = re.compile(r"^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$")


def parse_date(value: str) -> date:
    """dd/mm/yyyy (Belgian) or yyyy-mm-dd."""
    value = value.strip()
    try:
        if m := _BE.match(value):
            return date(int(m[3]), int(m[2]), int(m[1]))
        if m := _ISO.match(value):
            return date(int(m[1]), int(m[2]), int(m[3]))
    except ValueError:
        pass
    raise argparse.ArgumentTypeError(f"geen geldige datum: {value!r} (gebruik dd/mm/jjjj)")


def parse_year(value: str) -> int:
    if value.isdigit() and 2000 <= int(value) <= 2100:
        return int(value)
    raise argparse.ArgumentTypeError(f"geen geldig jaar: {value!r}")


def register(sub: Any) -> None:
    p = sub.add_parser(
        "pdf",
        help="maak een PDF: dossieroverzicht, traject, focusgroep of jaarrapport",
        description="Maak een PDF-rapport, zoals de app het maakt.",
        epilog="ID is de id die de app en 'supportdesk export' tonen. DATUM als dd/mm/jjjj "
        "(of jjjj-mm-dd). Een onbekend bestuur of id, of een bestand dat niet geschreven "
        "kan worden, geeft één regel uitleg en afsluitcode 1.",
    )
    what = p.add_mutually_exclusive_group(required=True)
    what.add_argument(
        "--local-government",
        "--organisation",  # its name before issue 11; scripts may still use it
        dest="local_government",
        metavar="NIS_OF_NAAM",
        help="dossieroverzicht van een lokaal bestuur (NIS-code, naam of id)",
    )
    what.add_argument("--trajectory", metavar="ID", help="rapport van een traject (id)")
    what.add_argument("--focus-group", metavar="ID", help="rapport van een focusgroep (id)")
    what.add_argument("--year", metavar="JAAR", type=parse_year, help="jaarrapport")
    p.add_argument("--out", metavar="BESTAND", required=True, help="het PDF-bestand (privé, 0600)")
    add_force(p)
    p.add_argument(
        "--from", dest="date_from", metavar="DATUM", type=parse_date, help="vanaf (dossier)"
    )
    p.add_argument(
        "--to", dest="date_to", metavar="DATUM", type=parse_date, help="tot en met (dossier)"
    )
    p.add_argument(
        "--audience",
        choices=("participants", "internal"),
        help="focusgroep: 'participants' (voor de deelnemers, standaard) of 'internal' (intern)",
    )
    p.add_argument(
        "--language",
        choices=("nl", "en"),
        default="nl",
        help="de taal van de PDF: nl (standaard) of en",
    )
    p.add_argument(
        "--as",
        dest="author",
        metavar="NAAM",
        help="het teamlid dat exporteert (naam of id): de auteur van de PDF",
    )
    p.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    if (args.date_from or args.date_to) and not args.local_government:
        raise CliError("--from en --to gelden enkel voor een dossieroverzicht (--local-government)")
    if args.date_from and args.date_to and args.date_from > args.date_to:
        raise CliError("--from ligt na --to")
    if args.audience and not args.focus_group:
        raise CliError("--audience geldt enkel voor een focusgroep (--focus-group)")
    out = out_target(args)  # before any work: never the database, never over a file
    db = open_db(args)
    try:
        from supportdesk import reports
        from supportdesk.errors import NotFoundError
        from supportdesk.reports.data.common import report_author

        try:
            who = report_author(db, args.author)
        except NotFoundError as exc:
            raise CliError(f"--as: {exc}") from exc
        try:
            if args.local_government:
                path = reports.render_case_summary(
                    db,
                    args.local_government,
                    out,
                    exported_by=who,
                    date_from=args.date_from,
                    date_to=args.date_to,
                    language=args.language,
                )
            elif args.trajectory:
                path = reports.render_trajectory_report(
                    db, args.trajectory, out, exported_by=who, language=args.language
                )
            elif args.focus_group:
                path = reports.render_focus_group_report(
                    db,
                    args.focus_group,
                    out,
                    exported_by=who,
                    audience=args.audience or "participants",
                    language=args.language,
                )
            else:
                path = reports.render_year_report(
                    db, args.year, out, exported_by=who, language=args.language
                )
        except OSError as exc:
            raise CliError(f"{args.out}: kan niet schrijven ({exc.strerror or exc})") from exc
    finally:
        db.dispose()
    print(f"PDF geschreven: {path}")
    return 0
