"""Small charts for the Overzicht, drawn with QPainter: a year month by month (with the
same months of the year before), and labelled horizontal bars (talks per theme, per
province).

Every chart is also text: its accessible description reads the numbers ("januari 3,
vorig jaar 2; februari …"), its tooltip says the same, and "Kopiëren als tabel"
(Ctrl+C while it has focus, or its context menu) puts a tab-separated table on the
clipboard that a spreadsheet pastes as columns. A chart takes keyboard focus, so a
screen reader reaches it like any other control.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QLocale, QModelIndex, QPersistentModelIndex, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QAction,
    QColor,
    QFocusEvent,
    QFontMetrics,
    QGuiApplication,
    QKeyEvent,
    QKeySequence,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import (
    QSizePolicy,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

_Index = QModelIndex | QPersistentModelIndex


def month_names() -> list[str]:
    locale = QLocale()
    return [locale.standaloneMonthName(m, QLocale.FormatType.LongFormat) for m in range(1, 13)]


class _Chart(QWidget):
    """Focus, the copy action and the text alternative shared by the charts."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(name)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.copy_action = QAction(self.tr("&Kopiëren als tabel"), self)
        self.copy_action.setShortcut(QKeySequence.StandardKey.Copy)
        self.copy_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.copy_action.triggered.connect(self.copy_table)
        self.addAction(self.copy_action)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    # the numbers as text ------------------------------------------------------------
    def rows(self) -> list[list[str]]:
        """The table: a header row, then one row per bar."""
        raise NotImplementedError

    def text(self) -> str:
        """What a screen reader hears: "januari 3, vorig jaar 2; februari 0, …"."""
        header, *rows = self.rows()
        parts = []
        for row in rows:
            values = [row[0] + " " + row[1]]
            values += [f"{h.lower()} {v}" for h, v in zip(header[2:], row[2:], strict=True)]
            parts.append(", ".join(values))
        return "; ".join(parts)

    def table(self) -> str:
        return "\n".join("\t".join(row) for row in self.rows()) + "\n"

    def copy_table(self) -> None:
        QGuiApplication.clipboard().setText(self.table())

    def _described(self) -> None:
        text = self.text()
        self.setAccessibleDescription(text)
        self.setToolTip(text.replace("; ", "\n"))
        self.update()

    # drawing --------------------------------------------------------------------------
    def _colours(self) -> tuple[QColor, QColor, QColor]:
        """(bar, previous year's bar, text) from the palette: light and dark alike."""
        palette = self.palette()
        bar = palette.color(QPalette.ColorRole.Highlight)
        previous = palette.color(QPalette.ColorRole.Mid)
        return bar, previous, palette.color(QPalette.ColorRole.WindowText)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.matches(QKeySequence.StandardKey.Copy):
            self.copy_table()
            event.accept()
            return
        super().keyPressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        self.update()
        super().focusInEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self.update()
        super().focusOutEvent(event)

    def _focus_frame(self, painter: QPainter) -> None:
        if self.hasFocus():
            pen = QPen(self.palette().color(QPalette.ColorRole.Highlight), 2)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(QRectF(self.rect()).adjusted(1, 1, -1, -1))


class MonthChart(_Chart):
    """Twelve bars of this year, each with a thinner bar of the same month last year."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(name, parent)
        self.year = 0
        self.values: list[int] = [0] * 12
        self.previous: list[int] | None = None

    def set_values(
        self, year: int, values: Sequence[int], previous: Sequence[int] | None = None
    ) -> None:
        self.year = year
        self.values = list(values)[:12] + [0] * (12 - len(values))
        self.previous = None if previous is None else list(previous)[:12]
        self._described()

    def rows(self) -> list[list[str]]:
        header = [self.tr("Maand"), str(self.year) if self.year else self.tr("Dit jaar")]
        if self.previous is not None:
            header.append(str(self.year - 1) if self.year else self.tr("Vorig jaar"))
        rows = [header]
        for i, name in enumerate(month_names()):
            row = [name, str(self.values[i])]
            if self.previous is not None:
                row.append(str(self.previous[i]))
            rows.append(row)
        return rows

    def text(self) -> str:
        names = month_names()
        parts = []
        for i, name in enumerate(names):
            part = f"{name} {self.values[i]}"
            if self.previous is not None:
                part += ", " + self.tr("vorig jaar %1").replace("%1", str(self.previous[i]))
            parts.append(part)
        return "; ".join(parts)

    def sizeHint(self) -> QSize:
        return QSize(240, 64)

    def minimumSizeHint(self) -> QSize:
        return QSize(120, 48)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        bar, previous, text = self._colours()
        metrics = QFontMetrics(self.font())
        label_height = metrics.height()
        area = QRectF(self.rect()).adjusted(4, 4, -4, -4 - label_height)
        top = max([1, *self.values, *(self.previous or [])])
        slot = area.width() / 12
        for i in range(12):
            x = area.left() + i * slot
            if self.previous is not None:
                h = area.height() * self.previous[i] / top
                painter.fillRect(
                    QRectF(x + slot * 0.12, area.bottom() - h, slot * 0.3, h), previous
                )
            h = area.height() * self.values[i] / top
            painter.fillRect(QRectF(x + slot * 0.38, area.bottom() - h, slot * 0.5, h), bar)
            painter.setPen(text)
            initial = month_names()[i][:1].upper()
            painter.drawText(
                QRectF(x, area.bottom() + 2, slot, label_height),
                Qt.AlignmentFlag.AlignHCenter,
                initial,
            )
        painter.setPen(QPen(text, 1))
        painter.drawLine(QPointF(area.left(), area.bottom()), QPointF(area.right(), area.bottom()))
        self._focus_frame(painter)
        painter.end()


class BarChart(_Chart):
    """Labelled horizontal bars, largest first (talks per theme, per province)."""

    def __init__(self, name: str, what: str, parent: QWidget | None = None) -> None:
        super().__init__(name, parent)
        self.what = what  # the values' column heading ("Adviesgesprekken")
        self.items: list[tuple[str, int]] = []

    def set_items(self, items: Sequence[tuple[str, int]]) -> None:
        self.items = list(items)
        self.updateGeometry()
        self._described()

    def rows(self) -> list[list[str]]:
        return [[self.accessibleName(), self.what], *([k, str(v)] for k, v in self.items)]

    def text(self) -> str:
        return "; ".join(f"{k} {v}" for k, v in self.items) or self.tr("geen gegevens")

    def _row_height(self) -> int:
        return QFontMetrics(self.font()).height() + 4

    def sizeHint(self) -> QSize:
        return QSize(260, max(1, len(self.items)) * self._row_height() + 8)

    def minimumSizeHint(self) -> QSize:
        return QSize(160, self.sizeHint().height())

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        bar, _previous, text = self._colours()
        metrics = QFontMetrics(self.font())
        row = self._row_height()
        label_width = min(
            max((metrics.horizontalAdvance(k) for k, _ in self.items), default=0) + 8,
            int(self.width() * 0.45),
        )
        number_width = metrics.horizontalAdvance("00000") + 6
        room = max(1, self.width() - label_width - number_width - 12)
        top = max([1, *(v for _, v in self.items)])
        for i, (key, value) in enumerate(self.items):
            y = 4 + i * row
            painter.setPen(text)
            painter.drawText(
                QRectF(4, y, label_width - 8, row),
                Qt.AlignmentFlag.AlignVCenter,
                metrics.elidedText(key or "—", Qt.TextElideMode.ElideRight, label_width - 8),
            )
            width = room * value / top
            painter.fillRect(QRectF(label_width, y + 3, width, row - 6), bar)
            painter.drawText(
                QRectF(label_width + width + 4, y, number_width, row),
                Qt.AlignmentFlag.AlignVCenter,
                str(value),
            )
        self._focus_frame(painter)
        painter.end()


#: item data: twelve monthly values, drawn as a small bar chart in the cell
SPARK_ROLE = Qt.ItemDataRole.UserRole + 30


class SparklineDelegate(QStyledItemDelegate):
    """A table cell showing ``SPARK_ROLE``'s twelve values as tiny bars (a plan item's
    year at a glance). The item's tooltip and accessible text say the numbers."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        super().paint(painter, option, index)
        values = index.data(SPARK_ROLE)
        if not values:
            return
        rect = QRectF(option.rect).adjusted(4, 3, -4, -3)
        top = max([1.0, *(float(v) for v in values)])
        slot = rect.width() / len(values)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Highlight
        colour = option.palette.color(role)
        painter.save()
        for i, value in enumerate(values):
            h = rect.height() * float(value) / top
            if h > 0:
                painter.fillRect(
                    QRectF(rect.left() + i * slot + 1, rect.bottom() - h, slot - 2, h), colour
                )
        painter.restore()


def sparkline_text(values: Sequence[object]) -> str:
    """What a screen reader hears for a sparkline: "januari 0; februari 2; …"."""
    return "; ".join(f"{name} {value}" for name, value in zip(month_names(), values, strict=False))
