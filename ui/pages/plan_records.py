"""The list behind a figure of the plan: every record an item of the year counts (the
held info sessions, the published good practices, the advice talks ...), by date, with
the participant hours where the item sums them. Enter or a double-click opens a record
where it lives (``AppContext.open_requested``); the list stays open beside it.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from supportdesk.indicators import IndicatorRecord, PlanFigure
from ui.context import AppContext
from ui.editors.activity_time import number_text
from ui.formatting import format_date
from ui.labels import label
from ui.pages.overview_plan import HOURS, figure_words
from ui.widgets.flat_list import flat_list

KIND_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2


class PlanRecordsDialog(QDialog):
    """``PlanRecordsDialog(ctx, figure, records)``: the records behind one figure."""

    def __init__(
        self,
        ctx: AppContext,
        year: int,
        figure: PlanFigure,
        records: Sequence[IndicatorRecord],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(
            self.tr("%1 %2 in %3")
            .replace("%1", figure.item.code)
            .replace("%2", figure.item.text)
            .replace("%3", str(year))
        )
        hours = figure.unit == HOURS or any(r.participant_hours for r in records)
        heading = QLabel(f"{figure.item.code} · {figure.item.text}")
        heading.setWordWrap(True)
        heading.setTextFormat(Qt.TextFormat.PlainText)
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        words = QLabel(figure_words(figure))
        words.setWordWrap(True)
        words.setTextFormat(Qt.TextFormat.PlainText)
        headers = [self.tr("Datum"), self.tr("Soort"), self.tr("Wat"), self.tr("Lokaal bestuur")]
        if hours:
            headers.append(self.tr("Deelnemersuren"))
        self.list = flat_list(QTreeWidget(), self.tr("Wat meetelt"), headers)
        self.list.header().resizeSection(0, 95)
        self.list.header().resizeSection(1, 160)
        self.list.header().resizeSection(2, 320)
        for r in records:
            texts = [format_date(r.date), label("record_kind", r.kind), r.title, r.government]
            if hours:
                texts.append(number_text(r.participant_hours))
            item = QTreeWidgetItem(texts)
            item.setData(0, KIND_ROLE, r.kind)
            item.setData(0, ID_ROLE, r.id)
            item.setToolTip(2, r.title)
            if hours:
                item.setTextAlignment(
                    4, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                )
            self.list.addTopLevelItem(item)
        if not records:
            self.list.addTopLevelItem(QTreeWidgetItem([self.tr("Nog niets dat meetelt."), "", ""]))
        first = self.list.topLevelItem(0)
        if first is not None:
            self.list.setCurrentItem(first)
        self.list.itemActivated.connect(self._open)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(words)
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)
        self.resize(820, 460)
        self.list.setFocus()

    def _open(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        kind, public_id = item.data(0, KIND_ROLE), item.data(0, ID_ROLE)
        if kind and public_id:
            self.ctx.open_requested.emit(str(kind), str(public_id))
