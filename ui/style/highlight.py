"""Item text with the words that matched a search in bold.

The view paints the item's display text in pieces, plain and bold, at the spans
``supportdesk.search.why.match_spans`` finds for the current query words (``terms()``).
The text is drawn as typed (``<``, ``&``, emoji, Łukasz): nothing is parsed as markup.
What a screen reader hears stays the item's accessible text.

Drawn with the painter, not as rich text: a ``QTextDocument`` per row and paint (parse,
lay out, draw) cost ~0.5 ms a row, 15-30 ms a keystroke for a full result list. Where
each piece of a row goes (``place``) is kept until the words, the font or the row's
width change, so a repaint (hover, selection) only draws; and only the pieces up to
the row's end are measured (a talk's row runs on far past it). A text wider than the
row ends in "…", as the view elides plain items.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPointF, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from supportdesk.search.why import match_spans

_Index = QModelIndex | QPersistentModelIndex
ELLIPSIS = "…"
#: a piece of a row as drawn: where it starts (x), its text, bold or not
Placed = tuple[float, str, bool]


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


def place(
    runs: Sequence[tuple[str, bool]],
    room: float,
    width: Callable[[str, bool], float],
    elide: Callable[[str, bool, float], str],
    ellipsis: float,
) -> list[Placed]:
    """Where the (piece, bold) ``runs`` of a row ``room`` wide are drawn: side by side
    while the whole text fits; otherwise the piece that reaches the end (or the room
    an ellipsis needs) cut by ``elide`` to end in "…", and nothing after it.

    ``width`` is asked for the pieces up to the end of the row only: whether the whole
    text fits is counted when a piece first reaches the end, and stops at the row's
    width (added up in the same order as one sum of all widths, so the same sums)."""
    out: list[Placed] = []
    x = 0.0
    fits: bool | None = None  # whether the whole text fits in ``room``, once it matters
    last_index = len(runs) - 1
    for i, (piece, is_bold) in enumerate(runs):
        w = width(piece, is_bold)
        last = i == last_index
        if fits is None and x + w > room - (0 if last else ellipsis):
            total = x + w
            for rest, rest_bold in runs[i + 1 :]:
                if total > room:
                    break
                total += width(rest, rest_bold)
            fits = total <= room
        if fits is False:
            # A piece that fits but leaves no room for the "…" after it gives up its
            # last letters to it (elided with the "…": the text would seem to end).
            cut = elide(piece if last else piece + ELLIPSIS, is_bold, room - x)
            out.append((x, cut or ELLIPSIS, is_bold))
            break
        out.append((x, piece, is_bold))
        x += w
    return out


class HighlightDelegate(QStyledItemDelegate):
    def __init__(self, terms: Callable[[], Sequence[str]], parent: QWidget | None = None):
        super().__init__(parent)
        self.terms = terms
        self._cached: tuple[tuple[str, ...], str] = ((), "")
        self._placed: dict[tuple[str, float], list[Placed]] = {}
        self._font: tuple[QFont, QFont, dict[bool, QFontMetricsF]] | None = None
        self._font_key = ""
        self._ellipsis = 0.0

    def _fonts(self, font: QFont) -> tuple[QFont, QFont, dict[bool, QFontMetricsF]]:
        """The plain and bold font of the rows and their metrics, made again only when
        the font changes (once per paint of every row cost more than the drawing)."""
        if self._font is None or font != self._font[0]:
            bold = QFont(font)
            bold.setBold(True)
            metrics = {False: QFontMetricsF(font), True: QFontMetricsF(bold)}
            self._font = (QFont(font), bold, metrics)
            self._font_key = font.key()
            self._ellipsis = metrics[False].horizontalAdvance(ELLIPSIS)
        return self._font

    def placed(
        self, text: str, terms: Sequence[str], room: float, metrics: dict[bool, QFontMetricsF]
    ) -> list[Placed]:
        """``place`` of the ``pieces`` of ``text``, kept while the words, the font and
        the row's width stay the same."""
        key = (tuple(terms), self._font_key)
        if key != self._cached:
            self._cached, self._placed = key, {}
        found = self._placed.get((text, room))
        if found is None:
            found = self._placed[text, room] = place(
                pieces(text, terms),
                room,
                lambda piece, is_bold: metrics[is_bold].horizontalAdvance(piece),
                lambda piece, is_bold, left: metrics[is_bold].elidedText(
                    piece, Qt.TextElideMode.ElideRight, left
                ),
                self._ellipsis,
            )
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
        fm = metrics[False]
        baseline = rect.top() + (rect.height() - fm.height()) / 2 + fm.ascent()
        left = rect.left()
        painter.save()
        painter.setClipRect(rect)
        painter.setPen(opt.palette.color(role))
        for x, piece, is_bold in self.placed(text, terms, float(rect.width()), metrics):
            painter.setFont(bold if is_bold else plain)
            painter.drawText(QPointF(left + x, baseline), piece)
        painter.restore()
