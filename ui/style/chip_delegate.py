"""A table column whose cells are status chips: the cell's own text on the tone of its
row's status (``tone(row)``), so statuses look the same in every list as in the editors,
the timeline and the Overzicht. The text stays the model's (sorting, tooltips, copying
and screen readers are unchanged)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSize, Qt
from PySide6.QtGui import QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from ui.style.chips import Tone, chip_size, paint_chip
from ui.widgets.paged_model import ROW_ROLE

_Index = QModelIndex | QPersistentModelIndex


def paint_cell_frame(
    delegate: QStyledItemDelegate, painter: QPainter, option: QStyleOptionViewItem, index: _Index
) -> QStyleOptionViewItem:
    """Paint the cell's background, selection and focus as any other cell's, without its
    text, for a delegate that draws the content itself; returns the cell's style option
    (its rect, state, palette and font)."""
    opt = QStyleOptionViewItem(option)
    delegate.initStyleOption(opt, index)
    opt.text = ""
    widget = opt.widget
    style = widget.style() if widget is not None else None
    if style is not None:
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
    return opt


class ChipDelegate(QStyledItemDelegate):
    def __init__(self, tone: Callable[[Any], Tone], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tone = tone

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        row = index.data(ROW_ROLE)
        text = str(index.data() or "")
        if row is None or not text:
            super().paint(painter, option, index)
            return
        paint_cell_frame(self, painter, option, index)
        paint_chip(painter, option.rect.adjusted(4, 0, -4, 0), text, self.tone(row))

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:
        size = super().sizeHint(option, index)
        return size.expandedTo(chip_size(str(index.data() or ""), option.font) + QSize(8, 2))


#: item data: (the chip's word, its Tone) to paint before a cell's own text
LEADING_CHIP_ROLE = Qt.ItemDataRole.UserRole + 20


class LeadingChipDelegate(QStyledItemDelegate):
    """A cell whose item carries ``LEADING_CHIP_ROLE`` shows that chip first and its own
    text after it (the Overzicht's "Stand": "bereikt" — "2 van 3 gehouden …"). The cell's
    text, tooltip and what a screen reader hears stay the item's own."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        chip = index.data(LEADING_CHIP_ROLE)
        if not chip:
            super().paint(painter, option, index)
            return
        word, tone = chip
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        text = opt.text
        opt.text = ""
        widget = opt.widget
        style = widget.style() if widget is not None else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        rect = option.rect.adjusted(4, 0, -4, 0)
        width = paint_chip(painter, rect, str(word), Tone(tone))
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        painter.save()
        painter.setPen(opt.palette.color(role))
        rest = rect.adjusted(width + 6, 0, 0, 0)
        painter.drawText(
            rest,
            int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft),
            opt.fontMetrics.elidedText(text, Qt.TextElideMode.ElideRight, rest.width()),
        )
        painter.restore()
