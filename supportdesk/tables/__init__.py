"""Every list of the app as a table for a spreadsheet: .xlsx (openpyxl) and .csv.

Each kind (``KINDS``) has a producer in its own module that reads its rows with the
same query the app's page uses (``supportdesk.queries``), so a sheet holds exactly
what the page shows, filtered and sorted the same way, but every row rather than the
page's first screenful. The column headers are the page's headers: Dutch, or
translated by the ``tr`` the interface passes in (the page's own translation context,
so the English is the page's English).

``write_table`` writes a ``Table`` to a path checked by
``supportdesk.safety.output_files`` (never over a file without ``force``, never
through a symlink, 0600, whole or not at all).
"""

from __future__ import annotations

from supportdesk.tables.model import Table, TableColumn, Translate, dutch
from supportdesk.tables.writer import FORMATS, write_table

#: the command line's names of the lists, in the order of the app's navigation
KINDS: tuple[str, ...] = (
    "lokale-besturen",
    "adviesgesprekken",
    "trajecten",
    "focusgroepen",
    "opvolgacties",
    "cijfers",
)

__all__ = ["FORMATS", "KINDS", "Table", "TableColumn", "Translate", "dutch", "write_table"]
