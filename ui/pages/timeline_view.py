"""A government's history as a timeline: one entry per talk, trajectory step, contact
moment, focus group and follow-up action, newest first, a page at a time.

Each entry shows its date, an icon and the word for its kind, the title, the people in it,
a status chip and the first lines of its text. The list is filled 100 entries at a time
(``fetchMore`` when scrolled to the end), so a government with thousands of entries opens
as fast as a quiet one. A filter by kind and by period sits above it; Enter or a double
click opens the record (a contact moment opens its trajectory).

What a screen reader says for an entry is its display text: one sentence with the date,
kind, title, status and people (the painted layout is for the eye only).
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QFontMetrics, QKeyEvent, QPainter, QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from supportdesk.codes import FocusGroupStatus
from supportdesk.errors import DomainError
from supportdesk.queries.timeline import KINDS, TimelineEntry, timeline_page
from ui.a11y import describe_label
from ui.context import AppContext
from ui.formatting import format_date, format_file_size
from ui.labels import label
from ui.style.chip_delegate import paint_cell_frame
from ui.style.chips import chip_size, paint_chip, tone_of
from ui.style.icons import icon_pixmap

#: entries read per page
PAGE = 100
ENTRY_ROLE = Qt.ItemDataRole.UserRole + 1

#: the label group of each kind's state code
STATE_GROUP = {
    "advice_talk": "channel",
    "trajectory": "trajectory_status",
    "contact_moment": "contact_form",
    "focus_group": "attendance",
    "activity": "attendance",
    "publication": "publication_kind",
    "follow_up_action": "action_state",
}
#: the status group of meetings that may not have taken place
MEETING_STATUS = {"focus_group": "focus_group_status", "activity": "activity_status"}
#: the icon of each kind, where it is not the kind's own name
ICONS = {"publication": "good_practice"}

_Index = QModelIndex | QPersistentModelIndex


def state_text(entry: TimelineEntry) -> str:
    """The status word(s) of an entry: "geannuleerd · uitgenodigd" for a focus group that
    did not take place, else the word of its state."""
    state = label(STATE_GROUP.get(entry.kind, ""), entry.state)
    if entry.kind in MEETING_STATUS and entry.status not in ("", FocusGroupStatus.HELD):
        return f"{label(MEETING_STATUS[entry.kind], entry.status)} · {state}"
    return state


def state_tone_group(entry: TimelineEntry) -> tuple[str, str]:
    if entry.kind in MEETING_STATUS and entry.status not in ("", FocusGroupStatus.HELD):
        return MEETING_STATUS[entry.kind], entry.status
    return STATE_GROUP.get(entry.kind, ""), entry.state


class TimelineModel(QAbstractListModel):
    """The entries of one government's history, fetched a page at a time."""

    #: (entries shown, entries in all) after every load
    counted = Signal(int, int)
    failed = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.government_id = ""
        self.kinds: tuple[str, ...] | None = None
        self.since: date | None = None
        self.until: date | None = None
        self.entries: list[TimelineEntry] = []
        self.total = 0

    # -- loading ---------------------------------------------------------------------
    def load(self, government_id: str) -> None:
        self.beginResetModel()
        self.government_id = government_id
        self.entries, self.total = [], 0
        if government_id:
            self.entries = self._read(0)
        self.endResetModel()
        self.counted.emit(len(self.entries), self.total)

    def set_filter(
        self, kinds: tuple[str, ...] | None, since: date | None, until: date | None
    ) -> None:
        self.kinds, self.since, self.until = kinds, since, until
        self.load(self.government_id)

    def _read(self, offset: int) -> list[TimelineEntry]:
        """Entries ``offset`` … ``offset + PAGE`` (and the total, kept)."""
        try:
            page = timeline_page(
                self.ctx.db,
                self.government_id,
                kinds=self.kinds,
                since=self.since,
                until=self.until,
                offset=offset,
                limit=PAGE,
            )
        except DomainError as exc:
            self.failed.emit(exc.message)
            return []
        self.total = page.total
        return page.entries

    def canFetchMore(self, parent: _Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and len(self.entries) < self.total

    def fetchMore(self, parent: _Index = QModelIndex()) -> None:  # noqa: B008
        if not self.canFetchMore(parent):
            return
        first = len(self.entries)
        more = self._read(first)
        if more:
            self.beginInsertRows(QModelIndex(), first, first + len(more) - 1)
            self.entries.extend(more)
            self.endInsertRows()
        self.counted.emit(len(self.entries), self.total)

    # -- the model -------------------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.entries)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self.entries):
            return None
        entry = self.entries[index.row()]
        if role == ENTRY_ROLE:
            return entry
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self.sentence(entry)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tooltip(entry)
        return None

    def sentence(self, entry: TimelineEntry) -> str:
        """What a screen reader says: date, kind, title, status and people."""
        parts = [
            format_date(entry.date),
            label("record_kind", entry.kind),
            entry.title,
            state_text(entry),
        ]
        if entry.people:
            parts.append(", ".join(entry.people))
        return " · ".join(p for p in parts if p)

    def tooltip(self, entry: TimelineEntry) -> str:
        lines = [self.sentence(entry)]
        if entry.text:
            lines.append(entry.text)
        if entry.files:
            names = ", ".join(f"{f.file_name} ({format_file_size(f.size)})" for f in entry.files)
            words = self.tr("Bijlage: %1") if len(entry.files) == 1 else self.tr("Bijlagen: %1")
            lines.append(words.replace("%1", names))
        return "\n".join(lines)


class TimelineDelegate(QStyledItemDelegate):
    """Paints an entry: icon, date and kind, title, status chip, people, text."""

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:
        metrics = QFontMetrics(option.font)
        return QSize(200, metrics.height() * 3 + 14)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        entry = index.data(ENTRY_ROLE)
        if not isinstance(entry, TimelineEntry):
            super().paint(painter, option, index)
            return
        opt = paint_cell_frame(self, painter, option, index)
        rect: QRect = opt.rect
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        palette: QPalette = opt.palette
        text_role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        colour = palette.color(text_role)
        metrics = QFontMetrics(opt.font)
        line = metrics.height()
        x = rect.left() + 8
        y = rect.top() + 5
        painter.save()
        painter.drawPixmap(x, y + 1, icon_pixmap(ICONS.get(entry.kind, entry.kind), 18, colour))
        x += 28
        width = rect.right() - x - 8
        head = f"{format_date(entry.date)} · {label('record_kind', entry.kind)}"
        painter.setPen(colour)
        head_width = metrics.horizontalAdvance(head) + 12
        painter.drawText(QRect(x, y, head_width, line), Qt.AlignmentFlag.AlignVCenter, head)
        bold = painter.font()
        bold.setBold(True)
        painter.setFont(bold)
        title_metrics = QFontMetrics(bold)
        status = state_text(entry)
        chip_width = min(chip_size(status, opt.font).width(), max(0, width - head_width) // 2)
        title_room = max(0, width - head_width - chip_width - 12)
        painter.drawText(
            QRect(x + head_width, y, title_room, line),
            Qt.AlignmentFlag.AlignVCenter,
            title_metrics.elidedText(entry.title, Qt.TextElideMode.ElideRight, title_room),
        )
        painter.setFont(opt.font)
        group, code = state_tone_group(entry)
        # the status at the row's right edge, where the eye finds it in every row
        paint_chip(
            painter,
            QRect(x + width - chip_width, y, chip_width, line),
            status,
            tone_of(group, code),
        )
        second = ", ".join(entry.people)
        if entry.files:
            files = ", ".join(f.file_name for f in entry.files)
            second = f"{second} · 📎 {files}" if second else f"📎 {files}"
        painter.setPen(colour)
        painter.drawText(
            QRect(x, y + line + 2, width, line),
            Qt.AlignmentFlag.AlignVCenter,
            metrics.elidedText(second, Qt.TextElideMode.ElideRight, width),
        )
        muted = palette.color(text_role)
        if not selected:
            muted = palette.color(QPalette.ColorRole.PlaceholderText)
        painter.setPen(muted)
        first_text = " ".join(entry.text.split())
        painter.drawText(
            QRect(x, y + 2 * line + 4, width, line),
            Qt.AlignmentFlag.AlignVCenter,
            metrics.elidedText(first_text, Qt.TextElideMode.ElideRight, width),
        )
        painter.restore()


class _TimelineList(QListView):
    """Enter opens the current entry (as a double click does)."""

    open_entry = Signal(QModelIndex)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.open_entry.emit(self.currentIndex())
            return
        super().keyPressEvent(event)


class TimelineView(QWidget):
    """The filter row, the entries, and a line that counts them."""

    #: (record kind, public id) to open
    open_requested = Signal(str, str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.model = TimelineModel(ctx, self)
        self.kind = QComboBox()
        self.kind.addItem(self.tr("Alle soorten"), None)
        for kind in KINDS:
            icon = icon_pixmap(ICONS.get(kind, kind), 16)
            self.kind.addItem(icon, label("record_kind", kind), kind)
        self.kind.setAccessibleName(self.tr("Soort"))
        kind_label = QLabel(self.tr("Soo&rt:"))
        kind_label.setBuddy(self.kind)
        self.period = QComboBox()
        for text, key in (
            (self.tr("Alles"), "all"),
            (self.tr("Laatste 12 maanden"), "last12"),
            (self.tr("Dit jaar"), "this_year"),
            (self.tr("Vorig jaar"), "last_year"),
        ):
            self.period.addItem(text, key)
        self.period.setAccessibleName(self.tr("Periode"))
        period_label = QLabel(self.tr("Per&iode:"))
        period_label.setBuddy(self.period)
        for combo in (self.kind, self.period):
            # narrow enough for a 1024-pixel screen beside the list of governments
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(10)
        self.count = QLabel()
        self.count.setTextFormat(Qt.TextFormat.PlainText)
        describe_label(self.count, self.tr("Aantal gebeurtenissen"))
        self.kind.currentIndexChanged.connect(self._apply_filter)
        self.period.currentIndexChanged.connect(self._apply_filter)

        self.list = _TimelineList()
        self.list.setModel(self.model)
        self.list.setItemDelegate(TimelineDelegate(self.list))
        self.list.setUniformItemSizes(True)
        self.list.setAlternatingRowColors(True)
        self.list.setSelectionMode(QListView.SelectionMode.SingleSelection)
        self.list.setVerticalScrollMode(QListView.ScrollMode.ScrollPerPixel)
        self.list.setAccessibleName(self.tr("Geschiedenis"))
        self.list.open_entry.connect(self._open)
        self.list.doubleClicked.connect(self._open)
        self.empty = QLabel()
        self.empty.setWordWrap(True)
        self.model.counted.connect(self._counted)
        self.model.failed.connect(self.empty.setText)

        row = QHBoxLayout()
        row.addWidget(kind_label)
        row.addWidget(self.kind)
        row.addSpacing(12)
        row.addWidget(period_label)
        row.addWidget(self.period)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.count)
        layout.addWidget(self.empty)
        layout.addWidget(self.list, 1)

    def show_government(self, government_id: str) -> None:
        self.model.load(government_id)
        if self.model.rowCount():
            self.list.setCurrentIndex(self.model.index(0))

    def entry(self, row: int) -> TimelineEntry:
        return self.model.entries[row]

    def _period(self) -> tuple[date | None, date | None]:
        today = date.today()
        key = self.period.currentData()
        if key == "last12":
            return today - timedelta(days=365), None
        if key == "this_year":
            return date(today.year, 1, 1), date(today.year, 12, 31)
        if key == "last_year":
            return date(today.year - 1, 1, 1), date(today.year - 1, 12, 31)
        return None, None

    def _apply_filter(self) -> None:
        kind = self.kind.currentData()
        since, until = self._period()
        self.model.set_filter((str(kind),) if kind else None, since, until)

    def _counted(self, shown: int, total: int) -> None:
        self.count.setText(self.tr("%n gebeurtenis(sen)", "", total))
        filtered = self.kind.currentIndex() > 0 or self.period.currentIndex() > 0
        if total:
            self.empty.hide()
        else:
            self.empty.setText(
                self.tr("Niets in deze soort of periode. Kies ‘Alle soorten’ en ‘Alles’.")
                if filtered
                else self.tr(
                    "Nog geen adviesgesprekken, trajecten, focusgroepen, activiteiten of "
                    "opvolgacties. Begin met ‘Nieuw adviesgesprek…’ hierboven (Alt+U)."
                )
            )
            self.empty.show()
        self.list.setVisible(bool(total))

    def _open(self, index: QModelIndex) -> None:
        entry = index.data(ENTRY_ROLE)
        if isinstance(entry, TimelineEntry) and entry.open_id:
            self.open_requested.emit(entry.opens, entry.open_id)
