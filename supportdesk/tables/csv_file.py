"""A table to .csv that Excel opens right: UTF-8 with a byte-order mark (else Excel
reads the accents as Windows-1252), ``;`` between fields as Belgian Excel expects
(or ``,``), CRLF line ends, fields quoted when they must be.

Dates are dd/mm/yyyy with ``;`` (what a Belgian Excel reads as a date) and ISO
yyyy-mm-dd with ``,`` (read the same everywhere else). Text that Excel would take
for a formula (starting with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return)
gets a leading apostrophe, as OWASP advises against CSV injection: the one change
to a text, and only in CSV (the .xlsx keeps every text exactly as typed).
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Sequence
from datetime import date
from typing import IO

from supportdesk.tables.model import Cell, Table

Progress = Callable[[int, int], None]

DELIMITERS = (";", ",")
PROGRESS_EVERY = 2000
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _text(value: Cell, delimiter: str) -> str:
    if value is None:
        return ""
    if isinstance(value, date):
        if delimiter == ";":
            return f"{value.day:02d}/{value.month:02d}/{value.year:04d}"
        return value.isoformat()
    if isinstance(value, str):
        return "'" + value if value.startswith(_FORMULA_START) else value
    return str(value)


def write_csv(
    table: Table,
    out: IO[bytes],
    *,
    delimiter: str = ";",
    progress: Progress | None = None,
) -> int:
    """Write ``table`` to the binary file ``out``; returns the number of data rows."""
    if delimiter not in DELIMITERS:
        raise ValueError(f"delimiter {delimiter!r}: choose ';' or ','")
    text = io.TextIOWrapper(out, encoding="utf-8-sig", newline="", write_through=False)
    try:
        writer = csv.writer(text, delimiter=delimiter, lineterminator="\r\n")
        writer.writerow([_text(h, delimiter) for h in table.headers])
        total = table.total if table.total is not None else 0
        count = 0
        for row in table.rows:
            writer.writerow([_text(v, delimiter) for v in _check(row, table)])
            count += 1
            if progress is not None and count % PROGRESS_EVERY == 0:
                progress(count, max(total, count))
        text.flush()
    finally:
        text.detach()  # leave ``out`` open: its owner syncs and closes it
    if progress is not None:
        progress(count, max(total, count))
    return count


def _check(row: Sequence[Cell], table: Table) -> Sequence[Cell]:
    if len(row) != len(table.headers):
        raise ValueError(f"a row of {len(row)} cells under {len(table.headers)} headers")
    return row
