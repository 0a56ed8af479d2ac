"""Item text with the words that matched a search in bold.

The view paints the item's display text with the spans ``supportdesk.search.why.
match_spans`` finds for the current query words (``terms()``), as rich text built from
escaped pieces, so a name with ``<`` or ``&`` shows as typed. What a screen reader hears
stays the item's accessible text.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRectF, Qt
from PySide6.QtGui import QAbstractTextDocumentLayout, QPainter, QPalette, QTextDocument
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from supportdesk.search.why import match_spans

_Index = QModelIndex | QPersistentModelIndex


def highlighted_html(text: str, terms: Sequence[str]) -> str:
    """``text`` as HTML, the matching prefixes in <b>."""
    out, at = [], 0
    for start, end in match_spans(text, terms):
        out.append(html.escape(text[at:start]))
        out.append(f"<b>{html.escape(text[start:end])}</b>")
        at = end
    out.append(html.escape(text[at:]))
    return "".join(out).replace("\n", "<br>")


class HighlightDelegate(QStyledItemDelegate):
    def __init__(self, terms: Callable[[], Sequence[str]], parent: QWidget | None = None):
        super().__init__(parent)
        self.terms = terms

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        text = opt.text
        terms = self.terms()
        if not terms or not text or not (index.flags() & Qt.ItemFlag.ItemIsSelectable):
            super().paint(painter, option, index)
            return
        opt.text = ""
        widget = opt.widget
        style = widget.style() if widget is not None else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        doc = QTextDocument()
        doc.setDefaultFont(opt.font)
        doc.setDocumentMargin(0)
        doc.setHtml(highlighted_html(text, terms))
        context = QAbstractTextDocumentLayout.PaintContext()
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        context.palette.setColor(QPalette.ColorRole.Text, opt.palette.color(role))
        rect = opt.rect.adjusted(4, 0, -4, 0)
        painter.save()
        painter.translate(rect.left(), rect.top() + (rect.height() - doc.size().height()) / 2)
        painter.setClipRect(QRectF(0, 0, rect.width(), rect.height()))
        doc.documentLayout().draw(painter, context)
        painter.restore()
