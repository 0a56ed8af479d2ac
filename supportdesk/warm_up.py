"""Loading the ORM before its first use: ``sqlalchemy.orm``, the models and their mapper
configuration (~190 ms CPU), the listeners every session needs, and the core's modules
the Overzicht and the navigation counts read with (~50 ms more).

The app opens its database and paints its window without any of it (Core reads only);
right after that first paint ``ui.warm_up`` runs ``load`` in a worker thread, so the
window keeps answering (keys, menus, repaints) while Python imports. That is safe:
imports take Python's per-module import locks and ``configure_mappers`` SQLAlchemy's
configure mutex. The one thing to avoid is the GUI thread importing these same modules
while the worker is busy with them (two threads each holding a module lock the other
needs would deadlock), so the window waits for the worker before it builds a page,
searches or opens a dialog (``ui.context.AppContext.loaded``).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from importlib import import_module
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from db.session import Database

#: what the first screen reads with (the Overzicht, the navigation counts, the status
#: bar's overdue count), after the models and the session listeners
MODULES = (
    "db.models",
    "supportdesk.safety.audit",
    "supportdesk.search.indexer",
    "supportdesk.indicators",
    "supportdesk.queries.navigation",
    "supportdesk.queries.overview",
    "supportdesk.queries.year_charts",
)


def load(db: Database | None = None, member_id: str | None = None) -> None:
    """Import ``MODULES`` and configure every mapper (what the first query through the
    ORM would otherwise do on the GUI thread); with ``db``, run the first screen's
    queries once too (``prime``)."""
    for name in MODULES:
        import_module(name)
    from sqlalchemy.orm import configure_mappers

    configure_mappers()
    if db is not None:
        prime(db, member_id)


def prime(db: Database, member_id: str | None, today: date | None = None) -> None:
    """Read what the first screen reads (the Overzicht's figures, the navigation and
    overdue counts, the recent activity) once, results unused: the first run of each
    statement compiles it and sets up the first session (~150 ms CPU at start, more
    than the reading itself); the GUI thread's own run then finds them compiled. A
    failure is left for the GUI thread to meet and show."""
    from supportdesk.indicators import year_plan_figures
    from supportdesk.queries.follow_ups import follow_up_rows, overdue_count
    from supportdesk.queries.navigation import navigation_counts
    from supportdesk.queries.overview import recent_activity

    today = today or date.today()
    reads: list[Callable[[], object]] = [
        lambda: year_plan_figures(db, today.year, today),
        lambda: navigation_counts(db, member_id, today),
        lambda: overdue_count(db, today, member_id),
        lambda: follow_up_rows(db, "overdue", 0, today, member_id, 1),
        lambda: recent_activity(db, today, 1),
    ]
    for read in reads:
        try:
            read()
        except Exception:
            return
