"""Simple bar charts drawn with ReportLab's graphics: clear on paper and in grey-scale.

Drawn by hand rather than with ReportLab's chart classes so labels use the shipped
font, long labels never collide, and the target shows as a marked line.
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.graphics.shapes import Drawing, Line, Rect, String

from supportdesk.reports.language import tr
from supportdesk.reports.styles import (
    ACCENT,
    ACCENT_LIGHT,
    FONT,
    FONT_BOLD,
    GOOD,
    INK,
    MUTED,
    SHORT,
)
from supportdesk.reports.text import fit_line, plain

ROW_H = 30.0
BAR_H = 13.0


def _drawing(width: float, height: float) -> Drawing:
    d = Drawing(width, height)
    d.initialFontName = FONT  # else the PDF names Helvetica (not embedded) for it
    d.initialFontSize = 8.5
    return d


def _row_label(name: str, y: float, label_w: float) -> String:
    """A bar's name at the left, cut to fit the label column."""
    return String(
        0,
        y,
        fit_line(plain(name), FONT, 8.5, label_w - 8),
        fontName=FONT,
        fontSize=8.5,
        fillColor=INK,
    )


def target_chart(rows: Sequence[tuple[str, int, int | None]], width: float) -> Drawing:
    """One bar per indicator: the value, with the target as a vertical mark.

    A bar that reached its target is green, one that did not is orange; the track
    behind it shows the target's length, so "3 of 8" reads at a glance.
    """
    label_w = width * 0.34
    bar_w = width - label_w - 70
    scale_max = max([1, *(max(v, t or 0) for _, v, t in rows)])
    height = ROW_H * len(rows) + 16
    d = _drawing(width, height)
    for i, (name, value, target) in enumerate(rows):
        y = height - 16 - (i + 1) * ROW_H + (ROW_H - BAR_H) / 2
        d.add(_row_label(name, y + 3, label_w))
        x0 = label_w
        if target:
            d.add(
                Rect(
                    x0,
                    y,
                    bar_w * target / scale_max,
                    BAR_H,
                    fillColor=ACCENT_LIGHT,
                    strokeColor=None,
                )
            )
        reached = target is None or value >= target
        colour = GOOD if reached else SHORT
        if target is None:
            colour = ACCENT
        if value:
            d.add(Rect(x0, y, bar_w * value / scale_max, BAR_H, fillColor=colour, strokeColor=None))
        if target:
            tx = x0 + bar_w * target / scale_max
            d.add(Line(tx, y - 3, tx, y + BAR_H + 3, strokeColor=INK, strokeWidth=1.2))
        caption = f"{value}" + (f" / {target}" if target is not None else "")
        d.add(
            String(
                x0 + bar_w + 8,
                y + 3,
                caption,
                fontName=FONT_BOLD,
                fontSize=9,
                fillColor=INK,
            )
        )
    legend_y = height - 10
    d.add(Rect(label_w, legend_y - 1, 9, 7, fillColor=GOOD, strokeColor=None))
    d.add(
        String(
            label_w + 12, legend_y, tr("doel bereikt"), fontName=FONT, fontSize=7, fillColor=MUTED
        )
    )
    d.add(Rect(label_w + 75, legend_y - 1, 9, 7, fillColor=SHORT, strokeColor=None))
    d.add(
        String(
            label_w + 87,
            legend_y,
            tr("nog niet bereikt"),
            fontName=FONT,
            fontSize=7,
            fillColor=MUTED,
        )
    )
    d.add(
        Line(
            label_w + 170,
            legend_y - 2,
            label_w + 170,
            legend_y + 7,
            strokeColor=INK,
            strokeWidth=1.2,
        )
    )
    d.add(String(label_w + 174, legend_y, tr("doel"), fontName=FONT, fontSize=7, fillColor=MUTED))
    return d


def count_chart(rows: Sequence[tuple[str, int]], width: float) -> Drawing:
    """Horizontal bars for counts (the themes asked about most)."""
    row_h = 18.0
    label_w = width * 0.56
    bar_w = width - label_w - 40
    top = max([1, *(n for _, n in rows)])
    height = row_h * len(rows)
    d = _drawing(width, height)
    for i, (name, n) in enumerate(rows):
        y = height - (i + 1) * row_h + 4
        d.add(_row_label(name, y + 2, label_w))
        d.add(Rect(label_w, y, max(1.0, bar_w * n / top), 10, fillColor=ACCENT, strokeColor=None))
        d.add(
            String(
                label_w + bar_w * n / top + 5,
                y + 2,
                str(n),
                fontName=FONT_BOLD,
                fontSize=8.5,
                fillColor=INK,
            )
        )
    return d
