"""A coach's morning: "Mijn trajecten" on the Overzicht, the trajectories I coach that
are still open or still miss their closing feedback, those needing attention first, the
reason in words and in bold (overdue actions, planned end passed, feedback missing),
never by colour alone. Enter opens one; the button opens the Trajecten list.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from supportdesk.queries.trajectories import (
    OPEN_STATUSES,
    TrajectoryFilter,
    TrajectoryRow,
    list_trajectories,
)
from ui.context import AppContext
from ui.labels import label
from ui.pages.trajectory_texts import attention_text, next_action_text, title_text
from ui.widgets.dialog_parts import title_row
from ui.widgets.flat_list import flat_list

SHOWN = 12
_ID = Qt.ItemDataRole.UserRole + 1


class MyTrajectoriesPanel(QWidget):
    """``refresh()`` reads them again; hidden when no team member is chosen as "me"."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.tree = flat_list(
            QTreeWidget(),
            self.tr("Mijn trajecten"),
            [
                self.tr("Aandacht"),
                self.tr("Traject"),
                self.tr("Lokaal bestuur"),
                self.tr("Status"),
                self.tr("Volgende actie"),
            ],
        )
        self.tree.setUniformRowHeights(True)
        for column, width in enumerate((220, 260, 140, 80)):
            self.tree.header().resizeSection(column, width)
        self.tree.itemActivated.connect(self._open)
        self.heading = QLabel()
        self.heading.setBuddy(self.tree)
        self.empty = QLabel(self.tr("Geen lopende trajecten waarvan jij begeleider bent."))
        self.empty.setWordWrap(True)
        self.all_button = QPushButton(self.tr("Alle tr&ajecten"))
        self.all_button.clicked.connect(lambda: ctx.open_requested.emit("trajectory", ""))
        head = title_row(self.heading, self.all_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(head)
        layout.addWidget(self.empty)
        layout.addWidget(self.tree, 1)

    def rows(self) -> list[TrajectoryRow]:
        """Mine that need attention first, then my other open ones (at most SHOWN)."""
        me = self.ctx.current_member_id()
        if not me:
            return []
        db = self.ctx.db
        urgent = list_trajectories(db, TrajectoryFilter(coach_id=me, attention="any"), limit=SHOWN)
        open_ones = list_trajectories(
            db, TrajectoryFilter(coach_id=me, statuses=OPEN_STATUSES), limit=SHOWN
        )
        seen = {r.id for r in urgent}
        return (urgent + [r for r in open_ones if r.id not in seen])[:SHOWN]

    def refresh(self) -> None:
        me = self.ctx.current_member_id()
        self.setVisible(bool(me))
        if not me:
            return
        rows = self.rows()
        attention = sum(1 for r in rows if r.needs_attention)
        self.heading.setText(
            self.tr("Mijn tra&jecten (%1, waarvan %2 met aandachtspunten)")
            .replace("%1", str(len(rows)))
            .replace("%2", str(attention))
        )
        self.tree.clear()
        bold = QFont(self.tree.font())
        bold.setBold(True)
        for row in rows:
            item = QTreeWidgetItem(
                [
                    attention_text(row) or self.tr("in orde"),
                    title_text(row),
                    row.local_government,
                    label("trajectory_status", row.status),
                    next_action_text(row),
                ]
            )
            item.setData(0, _ID, row.id)
            for column in range(5):
                item.setToolTip(column, item.text(column))
                if row.needs_attention:
                    item.setFont(column, bold)
            self.tree.addTopLevelItem(item)
        self.empty.setVisible(not rows)
        self.tree.setVisible(bool(rows))

    def _open(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        public_id = item.data(0, _ID)
        if public_id:
            self.ctx.open_requested.emit("trajectory", str(public_id))
