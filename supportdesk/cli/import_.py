"""``supportdesk [--db D] import FILE``: load an export document into an empty database.

The module is named ``import_`` because ``import`` is a Python keyword; the command is
``import``.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from db.engine import resolve_url, sqlite_path
from supportdesk.cli.common import db_label, open_db, read_text_file


def register(sub: Any) -> None:
    p = sub.add_parser(
        "import",
        help="laad een export in een lege databank",
        description="Laadt een document van 'supportdesk export' in een lege databank "
        "(enkel referentiegegevens). Het hele document wordt gecontroleerd, ook met de regels "
        "van 'supportdesk check'; bij een fout verandert er niets.",
    )
    p.add_argument("file", metavar="FILE", help="het JSON-bestand van 'supportdesk export'")
    p.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from supportdesk.exchange import check_document, import_document, parse_document

    doc = parse_document(read_text_file(args.file))
    check_document(doc)  # before the database is opened, let alone created
    path = sqlite_path(resolve_url(args.db))
    created = path is not None and not path.exists()
    db = open_db(args, create=True)
    try:
        summary = import_document(db, doc)
    except BaseException:
        db.dispose()
        if created and path is not None:  # leave no empty database behind
            for suffix in ("", "-wal", "-shm", "-journal"):
                Path(f"{path}{suffix}").unlink(missing_ok=True)
        raise
    db.dispose()
    print(f"{summary.total} records geïmporteerd in {db_label(args)}.")
    return 0
