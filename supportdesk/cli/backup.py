"""``supportdesk [--db D] backup FILE``: a consistent copy, also while the app is open."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from supportdesk.backup import backup_database
from supportdesk.cli.common import db_label, inspect_db
from supportdesk.cli.output import database_file
from supportdesk.safety.output_files import check_output


def register(sub: Any) -> None:
    p = sub.add_parser(
        "backup",
        help="maak een consistente kopie van de databank",
        description="Kopieert een SQLite-databank naar een nieuw bestand met SQLite's "
        "online-backup, ook terwijl de app ze open heeft. Voor PostgreSQL: pg_dump of "
        "'supportdesk export'.",
    )
    p.add_argument("file", metavar="FILE", help="het nieuwe bestand (mag nog niet bestaan)")
    p.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    # Never the database, its side files or backups folder, a symlink, folder or device;
    # never an existing file (no --force: a backup never replaces anything).
    check_output(args.file, database=database_file(args), force=False)
    engine, _state = inspect_db(args)  # a SupportDesk database, as it is (not migrated)
    url = engine.url.render_as_string(hide_password=False)
    engine.dispose()
    result = backup_database(url, Path(args.file))
    print(f"Kopie van {db_label(args)} in {result.path} ({result.size // 1024} KiB).")
    return 0
