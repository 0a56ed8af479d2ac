"""``--out FILE`` and ``--force`` for the commands that write a file for the user
(export, person export, pdf): checked before any work, written through
``supportdesk.safety.output_files`` (never the database, never over an existing file
without ``--force``, never through a symlink, 0600)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from db.engine import resolve_url, sqlite_path
from supportdesk.safety.output_files import OutputTarget, check_output


def add_force(parser: Any) -> None:
    parser.add_argument(
        "--force",
        action="store_true",
        help="vervang een bestaand bestand (nooit de databank, een koppeling of een map)",
    )


def database_file(args: argparse.Namespace) -> Path | None:
    """The SQLite file ``--db`` names (None for a server database)."""
    return sqlite_path(resolve_url(args.db))


def out_target(args: argparse.Namespace) -> OutputTarget:
    """``args.out`` checked against the database and ``--force``; OutputRefused if not."""
    return check_output(args.out, database=database_file(args), force=bool(args.force))
