"""A long list laid out one page-sized table at a time, so its cost grows linearly.

ReportLab splits a long ``Table`` at a page end by building a new table of *all* the
remaining rows (copying their cells, styles and commands): a 39,000-row list costs
time proportional to the rows left at every one of its 2,000 pages, quadratic in all.
``LongTable`` holds the rows once and, on each page, builds an ordinary table of the
header plus only as many rows as could possibly fit (the frame's height divided by the
lowest a row can be, plus two); ReportLab splits that small table exactly as it would
have split the long one, and the rest stays a ``LongTable`` that starts where the page
ended. The pages come out the same: same rows per page, the header repeated on each,
the zebra stripes starting afresh on each page (as ReportLab's pieces do), a tall row
split over two pages (``split_rows``) carried on as the remainder ReportLab made of it.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from reportlab.platypus import Flowable, Table, TableStyle

Command = tuple[Any, ...]
MEASURE_AT_MOST = 2000.0  # points: more than any page is high (A4 is 842)


class LongTable(Flowable):
    """Header + ``rows`` in ``col_widths``, styled by ``commands`` (rows counted with the
    header as row 0, as for a ``Table``); ``min_row_height`` is the least height any row
    can take (one line of text plus the cell padding)."""

    def __init__(
        self,
        header: Sequence[Any],
        rows: Sequence[Sequence[Any]],
        col_widths: Sequence[float],
        commands: Sequence[Command],
        *,
        min_row_height: float,
        split_rows: bool,
        start: int = 0,
        carry: Sequence[Any] | None = None,
        hint: int = 0,
        heights: list[float | None] | None = None,
    ) -> None:
        super().__init__()
        self._header = list(header)
        self._rows = rows  # shared by every piece, never copied
        self._col_widths = list(col_widths)
        self._commands = list(commands)
        self._min_row_height = max(1.0, float(min_row_height))
        self._split_rows = split_rows
        self._start = start
        self._carry = list(carry) if carry is not None else None
        self._hint = hint  # rows the page before held: this page likely holds as many
        # Each row's measured height, shared by every piece: a row is measured once.
        self._heights: list[float | None] = heights if heights is not None else [None] * len(rows)
        self._cache: tuple[tuple[float, float], int, Table] | None = None
        self.hAlign = "LEFT"

    # -- what ReportLab calls -------------------------------------------------------

    def setStyle(self, style: TableStyle | Sequence[Command]) -> None:
        """Add commands for whole columns (``(col, 0|1)`` to ``(col, -1)``): they are
        applied to every page's table. Commands naming single rows are refused, since
        row numbers differ from page to page."""
        commands = list(style.getCommands() if isinstance(style, TableStyle) else style)
        for cmd in commands:
            (_, r0), (_, r1) = cmd[1], cmd[2]
            if r0 not in (0, 1) or r1 != -1:
                raise ValueError(f"LongTable: only whole-column commands, not {cmd[:3]}")
        self._commands += commands
        self._cache = None

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        """The size of this page's table: the whole rest when it is short, else a table
        taller than ``availHeight`` (so ReportLab asks to split it)."""
        table, _ = self._page_table(availWidth, availHeight)
        self.width, self.height = table._width, table._height
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        table, window = self._page_table(availWidth, availHeight)
        parts: list[Flowable] = table.split(availWidth, availHeight)
        if len(parts) < 2 or self._start + self._window_rows(window) >= len(self._rows):
            return parts  # nothing fits here, or the rest is all in this table
        first, rest = parts[0], parts[1]
        shown = len(first._cellvalues) - 1  # rows on this page, header not counted
        left = len(rest._cellvalues) - 1
        before = 1 if self._carry is not None else 0
        if shown + left == window:  # the page ended between two rows
            follower = self._piece(self._start + shown - before, None, shown)
        else:  # the row at the page end continues: ReportLab's remainder of it goes on
            follower = self._piece(self._start + shown - before, rest._cellvalues[1], shown)
        return [first, follower]

    def draw(self) -> None:
        """Only reached when the whole rest fit (``wrap`` then gave its true height)."""
        assert self._cache is not None, "draw before wrap"
        table = self._cache[2]
        table.drawOn(self.canv, 0, 0)

    # -- the table for one page --------------------------------------------------------

    def _window_rows(self, window: int) -> int:
        """How many of ``rows`` (not the carried remainder) a window of this size holds."""
        return window - (1 if self._carry is not None else 0)

    def _page_table(self, availWidth: float, availHeight: float) -> tuple[Table, int]:
        """Header, carried remainder and the next rows: a few more than the page before
        held, at most one more than can fit in ``availHeight`` plus one, however small
        every row is. Until the table is taller than the space or holds the whole rest,
        the window grows, so ``wrap`` never says that a part fits (rows are only ever
        left out after the first one that does not fit: ReportLab splits the same)."""
        key = (availWidth, availHeight)
        if self._cache is not None and self._cache[0] == key:
            return self._cache[2], self._cache[1]
        # ReportLab measures a heading kept with the next flowable (KeepTogether) in an
        # endless height: a table taller than any page is all it needs to know then.
        space = min(availHeight, MEASURE_AT_MOST)
        fits = int(space // self._min_row_height) + 2
        if self._hint:
            fits = min(fits, self._hint + self._hint // 4 + 3)
        while True:
            body: list[Sequence[Any]] = [] if self._carry is None else [self._carry]
            heights: list[float | None] = [None] * (1 + len(body))  # header, carry: measure
            end = self._start + fits - len(body)
            page_rows = self._rows[self._start : end]
            body += page_rows
            # Known heights are passed on only where rows never split: ReportLab splits
            # a row inside its cells only when it measures that row itself.
            if self._split_rows:
                heights += [None] * len(page_rows)
            else:
                heights += self._heights[self._start : end]
            table = Table(
                [self._header, *body],
                colWidths=self._col_widths,
                rowHeights=heights,
                repeatRows=1,
                splitInRow=1 if self._split_rows else 0,
                longTableOptimize=1,
                hAlign="LEFT",
            )
            table.setStyle(TableStyle(self._commands))
            _, height = table.wrap(availWidth, availHeight)
            if not self._split_rows:
                first = 1 + (1 if self._carry is not None else 0)
                self._heights[self._start : end] = table._rowHeights[first:]
                table._argH = list(table._rowHeights)  # split and draw: no measuring again
            whole = self._start + self._window_rows(len(body)) >= len(self._rows)
            if whole or height > space:
                break
            fits *= 2
        self._cache = (key, len(body), table)
        return table, len(body)

    def _piece(self, start: int, carry: Sequence[Any] | None, hint: int) -> LongTable:
        return LongTable(
            self._header,
            self._rows,
            self._col_widths,
            self._commands,
            min_row_height=self._min_row_height,
            split_rows=self._split_rows,
            start=start,
            carry=carry,
            hint=hint,
            heights=self._heights,
        )
