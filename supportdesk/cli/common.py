"""What commands share: opening the database with clear errors."""

from __future__ import annotations

import argparse

from db.engine import resolve_url
from db.migrate import NewerDatabase, NotSupportDeskDatabase, UnreadableDatabase, open_database
from db.session import Database
from supportdesk.cli.app import CliError


def open_db(args: argparse.Namespace, *, seed: bool = True) -> Database:
    """The database named by ``--db`` (or the default), migrated; CliError if it is not one."""
    url = resolve_url(args.db)
    try:
        return open_database(url, seed=seed)
    except NotSupportDeskDatabase as exc:
        raise CliError(f"{args.db or url}: geen SupportDesk-databank ({exc})") from exc
    except NewerDatabase as exc:
        raise CliError(f"{args.db or url}: {exc}") from exc
    except UnreadableDatabase as exc:
        raise CliError(f"{args.db or url}: kan de databank niet lezen ({exc})") from exc
