"""Where the demo database lives: a separate file beside the real one
(``supportdesk-demo.sqlite3`` next to ``supportdesk.sqlite3``), so demo data is never
mixed into a team's own records. No database access: the window's title asks
``is_demo_database`` before its first paint (``ui.welcome.start.mark_demo``)."""

from __future__ import annotations

from pathlib import Path
from typing import Protocol

from db.engine import default_database_path, sqlite_path, sqlite_url

DEMO_SUFFIX = "-demo"


class _Located(Protocol):
    url: str


def demo_location(url: str) -> str:
    """The demo database's URL: beside the real SQLite file (``supportdesk-demo.sqlite3``
    next to ``supportdesk.sqlite3``), or beside the default file for a server database."""
    path = sqlite_path(url) or default_database_path()
    if is_demo_path(path):
        return sqlite_url(path)
    return sqlite_url(path.with_name(f"{path.stem}{DEMO_SUFFIX}{path.suffix or '.sqlite3'}"))


def is_demo_path(path: Path) -> bool:
    return path.stem.endswith(DEMO_SUFFIX)


def is_demo_database(db: _Located) -> bool:
    """Whether ``db`` is a demo database made by "Demogegevens verkennen"."""
    path = sqlite_path(db.url)
    return path is not None and is_demo_path(path)
