"""``supportdesk restore``: put a backup of the SQLite database back.

    supportdesk [--db D] restore --list
    supportdesk [--db D] restore FILE [--yes]
    supportdesk [--db D] restore --newest [--yes]

It asks before it replaces anything (``--yes`` answers for you, needed when no one is
at the keyboard); what it replaces is kept in ``backups/`` as a "voor-herstel" copy.
A damaged or foreign file is refused before anything is touched, and so is a database
another program has open. A program that opens it while the restore runs waits, then
sees the restored data: nothing it saves is lost (see ``safety.backups.restore``). On
PostgreSQL there is no file to restore: use ``pg_restore`` or ``import`` (see the README).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from db.engine import resolve_url, sqlite_path
from supportdesk.cli.app import CliError
from supportdesk.cli.common import db_label, refuse_restore_target
from supportdesk.safety.backups import BackupError, list_backups, restore


def register(sub: Any) -> None:
    p = sub.add_parser(
        "restore",
        help="zet een reservekopie van de databank terug",
        description="Zet een reservekopie terug. Wat nu in de databank staat, blijft "
        "bewaard als kopie in de map backups/.",
    )
    p.add_argument("file", nargs="?", metavar="BESTAND", help="de reservekopie")
    p.add_argument("--newest", action="store_true", help="de nieuwste reservekopie")
    p.add_argument("--list", action="store_true", help="toon de reservekopieën")
    p.add_argument("--yes", "-y", action="store_true", help="niet bevestigen")
    p.set_defaults(handler=run)


def confirm(question: str) -> bool:
    """Ask a yes/no question on the terminal; no terminal means no."""
    if not sys.stdin.isatty():
        raise CliError("bevestiging nodig: voeg --yes toe om zonder vraag terug te zetten")
    answer = input(f"{question} [j/N] ").strip().lower()
    return answer in ("j", "ja", "y", "yes")


def run(args: argparse.Namespace) -> int:
    url = resolve_url(args.db)
    path = sqlite_path(url)
    if path is None:
        raise CliError(
            "terugzetten werkt voor een SQLite-bestand; voor PostgreSQL gebruik je "
            "pg_restore of 'supportdesk import' (zie README)"
        )
    backups = list_backups(path)
    if args.list:
        if not backups:
            print(f"Geen reservekopieën van {db_label(args)}.")
        for b in backups:
            when = b.made_at.astimezone().strftime("%d/%m/%Y %H:%M:%S")
            print(f"{when}  {b.kind:<12} {b.size:>10} bytes  {b.path}")
        return 0
    if args.newest == bool(args.file):
        raise CliError("geef een BESTAND of --newest")
    if args.newest:
        if not backups:
            raise CliError(f"geen reservekopieën van {db_label(args)}")
        source = backups[0].path
    else:
        source = Path(args.file).expanduser()
    refuse_restore_target(args, path)
    if not args.yes and not confirm(
        f"{source} terugzetten over {path}? Wat er nu in staat, wordt eerst als kopie bewaard."
    ):
        print("Niets gewijzigd.")
        return 1
    try:
        kept = restore(path, source)
    except BackupError as exc:
        raise CliError(exc.message) from exc
    print(f"Teruggezet: {source} -> {path}")
    if kept is not None:
        print(f"De vorige databank is bewaard als {kept}")
    return 0
