"""Item text with the words that matched a search in bold.

The view paints the item's display text in pieces, plain and bold, at the spans
``supportdesk.search.why.match_spans`` finds for the current query words (``terms()``).
The text is drawn as typed (``<``, ``&``, emoji, Łukasz): nothing is parsed as markup.
What a screen reader hears stays the item's accessible text.

Drawn with the painter, not as rich text: a ``QTextDocument`` per row and paint (parse,
lay out, draw) cost ~0.5 ms a row, 15-30 ms a keystroke for a full result list. The
spans of a text are kept until the words change, so a repaint (hover, selection) only
draws. A text wider than the row ends in "…", as the view elides plain items.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPointF, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from supportdesk.search.why import match_spans

_Index = QModelIndex | QPersistentModelIndex
ELLIPSIS = "…"


def pieces(text: str, terms: Sequence[str]) -> list[tuple[str, bool]]:
    """``text`` cut into (piece, bold) runs: the prefixes that match ``terms`` bold."""
    out: list[tuple[str, bool]] = []
    at = 0
    for start, end in match_spans(text, terms):
        if start > at:
            out.append((text[at:start], False))
        out.append((text[start:end], True))
        at = end
    if at < len(text) or not out:
        out.append((text[at:], False))
    return out


class HighlightDelegate(QStyledItemDelegate):
    def __init__(self, terms: Callable[[], Sequence[str]], parent: QWidget | None = None):
        super().__init__(parent)
        self.terms = terms
        self._cached: tuple[tuple[str, ...], str] = ((), "")
        self._runs: dict[str, list[tuple[str, bool, float]]] = {}
        self._font: tuple[QFont, QFont, dict[bool, QFontMetricsF]] | None = None
        self._font_key = ""

    def _fonts(self, font: QFont) -> tuple[QFont, QFont, dict[bool, QFontMetricsF]]:
        """The plain and bold font of the rows and their metrics, made again only when
        the font changes (once per paint of every row cost more than the drawing)."""
        if self._font is None or font != self._font[0]:
            bold = QFont(font)
            bold.setBold(True)
            metrics = {False: QFontMetricsF(font), True: QFontMetricsF(bold)}
            self._font = (QFont(font), bold, metrics)
            self._font_key = font.key()
        return self._font

    def runs(
        self, text: str, terms: Sequence[str], metrics: dict[bool, QFontMetricsF], font: str
    ) -> list[tuple[str, bool, float]]:
        """``pieces`` of ``text`` with their widths, kept while the words and the font
        stay the same."""
        key = (tuple(terms), font)
        if key != self._cached:
            self._cached, self._runs = key, {}
        found = self._runs.get(text)
        if found is None:
            found = self._runs[text] = [
                (p, b, metrics[b].horizontalAdvance(p)) for p, b in pieces(text, terms)
            ]
        return found

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        text = opt.text.replace("\n", " ")
        terms = self.terms()
        if not terms or not text or not (index.flags() & Qt.ItemFlag.ItemIsSelectable):
            super().paint(painter, option, index)
            return
        opt.text = ""
        widget = opt.widget
        style = widget.style() if widget is not None else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        rect = opt.rect.adjusted(4, 0, -4, 0)
        plain, bold, metrics = self._fonts(opt.font)
        runs = self.runs(text, terms, metrics, self._font_key)
        fm = metrics[False]
        baseline = rect.top() + (rect.height() - fm.height()) / 2 + fm.ascent()
        room = float(rect.width())
        painter.save()
        painter.setClipRect(rect)
        painter.setPen(opt.palette.color(role))
        x = 0.0
        total = sum(width for _, _, width in runs)
        for i, (piece, is_bold, width) in enumerate(runs):
            last = i == len(runs) - 1
            if total > room and x + width > room - (0 if last else fm.horizontalAdvance(ELLIPSIS)):
                piece = metrics[is_bold].elidedText(piece, Qt.TextElideMode.ElideRight, room - x)
                if not piece:  # no room for a letter of this piece: the ellipsis alone
                    piece = ELLIPSIS
                last = True
            painter.setFont(bold if is_bold else plain)
            painter.drawText(QPointF(rect.left() + x, baseline), piece)
            if last:
                break
            x += width
        painter.restore()
