"""Loading the ORM before its first use: ``sqlalchemy.orm``, the models and their mapper
configuration (~190 ms CPU), and the change log's and search index's listeners every
session needs.

The app opens its database, paints its window and reads its first page (the Overzicht,
the navigation and overdue counts) with Core statements only; then ``ui.warm_up`` runs
``load`` in a worker thread, so the ORM is ready for the first page, editor or search
the user opens, and the window keeps repainting meanwhile. That is safe: imports take
Python's per-module import locks and ``configure_mappers`` SQLAlchemy's configure mutex.
The one thing to avoid is the GUI thread importing these same modules while the worker
is busy with them (two threads each holding a module lock the other needs would
deadlock), so a key, click or drop that comes meanwhile waits for the worker first
(``ui.warm_up.InputGate``), and so does the window before it builds a page
(``ui.context.AppContext.loaded``).
"""

from __future__ import annotations

from importlib import import_module

#: the models, then the modules of the listeners the first session registers
#: (``supportdesk.database``), which import the models' search documents
MODULES = ("db.models", "supportdesk.safety.audit", "supportdesk.search.indexer")


def load() -> None:
    """Import ``MODULES`` and configure every mapper (what the first ORM query would
    otherwise do on the GUI thread)."""
    for name in MODULES:
        import_module(name)
    from sqlalchemy.orm import configure_mappers

    configure_mappers()
