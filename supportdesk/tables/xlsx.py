"""A table to .xlsx with openpyxl's write-only mode (rows streamed to the file, so
100,000 rows need neither the memory nor the time of a full workbook).

Cells are typed: dates are real dates shown dd/mm/yyyy, counts and minutes are
numbers ("35 min" is the number 35 shown with its unit), text is always text (a
question typed as ``=1+1`` or ``#N/A`` stays those characters, never a formula or an
error value; characters XML cannot hold at all, control characters other than tab
and line breaks, become U+FFFD; a cell holds at most 32,767 characters). The
header row is bold, frozen and carries an auto-filter over every row; column widths
follow the header and the first rows, within bounds.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from datetime import date
from itertools import chain, islice
from typing import IO, Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ERROR_CODES
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter

from supportdesk.tables.model import DATE, MINUTES, PERCENT, Cell, Table

Progress = Callable[[int, int], None]

DATE_FORMAT = "dd/mm/yyyy"
NUMBER_FORMATS = {DATE: DATE_FORMAT, MINUTES: '0" min"', PERCENT: '0" %"'}
WIDTH_SAMPLE = 500  # rows looked at to size the columns
MIN_WIDTH, MAX_WIDTH = 6, 60
PROGRESS_EVERY = 2000
#: characters XML 1.0 (and so .xlsx) cannot hold; shown as U+FFFD instead
_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_SHEET_TITLE_BAD = re.compile(r"[\\/*?:\[\]]")


def clean_text(text: str) -> str:
    return _ILLEGAL.sub("\ufffd", text)


def sheet_title(title: str) -> str:
    """A legal sheet name: no ``\\ / * ? : [ ]``, at most 31 characters."""
    return _SHEET_TITLE_BAD.sub(" ", title).strip()[:31] or "Blad1"


def _width(value: Cell) -> int:
    if value is None:
        return 0
    if isinstance(value, date):
        return 10
    text = str(value)
    return max((len(line) for line in text.splitlines()), default=0) + 2


def column_widths(headers: Sequence[str], rows: Sequence[Sequence[Cell]]) -> list[float]:
    widths = [len(h) + 3 for h in headers]  # room for the filter button
    for row in rows:
        for i, value in enumerate(row):
            widths[i] = max(widths[i], _width(value))
    return [float(min(max(w, MIN_WIDTH), MAX_WIDTH)) for w in widths]


def write_xlsx(table: Table, out: IO[bytes], progress: Progress | None = None) -> int:
    """Write ``table`` to the binary file ``out``; returns the number of data rows."""
    wb = Workbook(write_only=True)
    ws: Any = wb.create_sheet(title=sheet_title(table.title))
    rows = iter(table.rows)
    sample = list(islice(rows, WIDTH_SAMPLE))
    for i, width in enumerate(column_widths(table.headers, sample), start=1):
        ws.column_dimensions[get_column_letter(i)].width = width
    ws.freeze_panes = "A2"

    bold = Font(bold=True)
    header = []
    for text in table.headers:
        cell = WriteOnlyCell(ws, value=clean_text(text))
        cell.font = bold
        cell.alignment = Alignment(vertical="top")
        header.append(cell)
    ws.append(header)

    # One styled cell per typed column, reused row after row: write-only mode writes
    # each row as it is appended, so a template can take the next row's value.
    formats = [NUMBER_FORMATS.get(c.type) for c in table.columns]
    templates: list[WriteOnlyCell | None] = []
    for fmt in formats:
        if fmt is None:
            templates.append(None)
        else:
            cell = WriteOnlyCell(ws)
            cell.number_format = fmt
            templates.append(cell)

    total = table.total if table.total is not None else 0
    count = 0
    for row in chain(sample, rows):
        ws.append(list(_cells(ws, row, templates)))
        count += 1
        if progress is not None and count % PROGRESS_EVERY == 0:
            progress(count, max(total, count))
    last = get_column_letter(len(table.headers))
    ws.auto_filter.ref = f"A1:{last}{count + 1}"
    wb.save(out)
    if progress is not None:
        progress(count, max(total, count))
    return count


def _cells(
    ws: Any, row: Sequence[Cell], templates: Sequence[WriteOnlyCell | None]
) -> Iterator[Any]:
    for value, template in zip(row, templates, strict=True):
        if value is None:
            yield None
        elif isinstance(value, str):
            text = clean_text(value)
            if text.startswith("=") or text in ERROR_CODES:
                cell = WriteOnlyCell(ws, value=text)
                cell.data_type = "s"  # text as typed, never a formula or an error value
                yield cell
            else:
                yield text
        elif template is not None:
            template.value = value
            yield template
        else:
            yield value
