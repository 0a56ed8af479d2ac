"""A table for a spreadsheet: typed columns, headers as the page shows them, rows
produced lazily (a list of 100,000 talks is read a chunk at a time)."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any, Generic, Protocol, TypeVar

from db.session import Database

#: how a column's cells are typed in the sheet
TEXT, INTEGER, DATE, MINUTES, PERCENT = "text", "integer", "date", "minutes", "percent"
CELL_TYPES = (TEXT, INTEGER, DATE, MINUTES, PERCENT)

#: (translation context, Dutch text) -> the text to show; the interface passes Qt's
#: translate, the command line keeps the Dutch (``dutch``)
Translate = Callable[[str, str], str]

#: what a cell holds: text, a whole number, a date, or nothing
Cell = str | int | date | None

#: the translation context of texts that only the spreadsheets use
CONTEXT = "Tables"


def dutch(_context: str, text: str) -> str:
    """The text as written (Dutch): the translator of the command line."""
    return text


@dataclass(frozen=True)
class TableColumn:
    """One column: its header as the page writes it (Dutch, in ``context`` for the
    translation) and how its cells are typed (one of CELL_TYPES)."""

    header: str
    context: str
    type: str = TEXT

    def __post_init__(self) -> None:
        if self.type not in CELL_TYPES:
            raise ValueError(f"unknown cell type {self.type!r}")


@dataclass
class Table:
    """What a sheet holds. ``rows`` is consumed once; ``total`` is how many it will
    give (for the progress bar; None when not known beforehand)."""

    kind: str
    title: str
    headers: list[str]
    columns: list[TableColumn]
    rows: Iterable[Sequence[Cell]]
    total: int | None = None


def make_table(
    kind: str,
    title: str,
    columns: Sequence[TableColumn],
    rows: Iterable[Sequence[Cell]],
    total: int | None,
    tr: Translate,
) -> Table:
    headers = [tr(c.context, c.header) for c in columns]
    return Table(kind, title, headers, list(columns), rows, total)


def chunked(fetch: Callable[[int, int], Sequence[Any]], size: int) -> Iterator[Any]:
    """Every row of a paged query, ``size`` at a time, in the query's order:
    ``fetch(offset, limit)`` is the page's own query with the page's filter and sort."""
    offset = 0
    while True:
        rows = fetch(offset, size)
        yield from rows
        if len(rows) < size:
            return
        offset += len(rows)


F = TypeVar("F")
F_in = TypeVar("F_in", contravariant=True)


class PageQuery(Protocol[F_in]):
    """A list page's query: ``<kind>_page(db, f, *, sort, descending, offset, limit)``."""

    def __call__(
        self,
        db: Database,
        f: F_in,
        *,
        sort: str,
        descending: bool,
        offset: int,
        limit: int | None,
    ) -> tuple[Sequence[Any], int | None]: ...


#: rows per query: few queries, as a sort on a computed column (open actions, the
#: next due date) is worked out over every row at each query; few enough for the
#: ids of one chunk to fit in one IN list (SQLite takes 32,766 values)
CHUNK = 10_000


@dataclass(frozen=True)
class ListSheet(Generic[F]):
    """A list page as a spreadsheet: its file name, title (Dutch, in the page's
    translation context), columns, how many rows to read at a time, its page query
    and count, the cells of one row, its empty filter and its default sort.
    ``sheet.table`` is the module's ``table(db, f, *, sort, descending, tr)``."""

    kind: str
    context: str
    title: str
    columns: Sequence[TableColumn]
    chunk: int
    query: PageQuery[F]
    count: Callable[[Database, F], int]
    cells: Callable[[Any, Translate], Sequence[Cell]]
    no_filter: Callable[[], F]
    sort: str
    descending: bool

    def table(
        self,
        db: Database,
        f: F | None = None,
        *,
        sort: str | None = None,
        descending: bool | None = None,
        tr: Translate = dutch,
    ) -> Table:
        """Every row the page's query gives for ``f`` in the page's sort (the page's
        default unless given), read ``chunk`` rows at a time, with their number (for
        the progress bar)."""
        chosen = self.no_filter() if f is None else f
        key = self.sort if sort is None else sort
        desc = self.descending if descending is None else descending

        def fetch(offset: int, limit: int) -> Sequence[Any]:
            return self.query(db, chosen, sort=key, descending=desc, offset=offset, limit=limit)[0]

        def rows() -> Iterator[Sequence[Cell]]:
            for row in chunked(fetch, self.chunk):
                yield self.cells(row, tr)

        title = tr(self.context, self.title)
        return make_table(self.kind, title, self.columns, rows(), self.count(db, chosen), tr)


def joined(items: Iterable[str]) -> str:
    """A list in one cell, as the pages show it."""
    return ", ".join(items)


def first_line(text: str) -> str:
    """The first line of a text, as the pages show a long question."""
    stripped = text.strip()
    return stripped.splitlines()[0] if stripped else ""


def date_text(value: date | None) -> str:
    """dd/mm/yyyy, as the pages write a date inside a text."""
    return "" if value is None else f"{value.day:02d}/{value.month:02d}/{value.year:04d}"
