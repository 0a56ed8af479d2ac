"""Beheer → Jaarplan: the action plan of a year, item by item, with its target.

A year is chosen at the top; each item of that year's plan shows its code (OD 3.2),
its words and its target. The chosen item's target is changed in the form beside the
list and saved with Bewaren; an error (negative, not a number) appears under the field
and what was typed stays. "Kopiëren van vorig jaar" fills a year without targets from
the year before.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from supportdesk.errors import DomainError, ValidationError
from supportdesk.indicators import KEYS, PLAN_ITEMS
from supportdesk.services.targets import get_targets, set_target
from ui.context import AppContext
from ui.labels import label
from ui.widgets.editor import ErrorLabel

KEY_ROLE = Qt.ItemDataRole.UserRole + 1


class YearPlanTab(QWidget):
    """The Jaarplan tab. ``refresh()`` reloads; ``show_year(y)`` chooses a year."""

    saved = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.year = QSpinBox()
        self.year.setRange(2000, 2100)
        self.year.setValue(date.today().year)
        self.year.setAccessibleName(self.tr("Jaar van het plan"))
        year_label = QLabel(self.tr("&Jaar:"))
        year_label.setBuddy(self.year)
        self.copy_button = QPushButton(self.tr("&Kopiëren van vorig jaar"))
        self.copy_button.setAutoDefault(False)
        self.copy_button.clicked.connect(self.copy_previous_year)
        self.state = QLabel()
        self.state.setWordWrap(True)
        self.state.setTextFormat(Qt.TextFormat.PlainText)
        self.state.setAccessibleName(self.tr("Stand van het jaarplan"))
        top = QHBoxLayout()
        top.addWidget(year_label)
        top.addWidget(self.year)
        top.addWidget(self.copy_button)
        top.addStretch(1)

        self.items = QTreeWidget()
        self.items.setAccessibleName(self.tr("Items van het jaarplan"))
        self.items.setHeaderLabels([self.tr("Plan"), self.tr("Item"), self.tr("Doel")])
        self.items.setRootIsDecorated(False)
        self.items.setAlternatingRowColors(True)
        self.items.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.items.setColumnWidth(0, 80)
        self.items.setColumnWidth(1, 380)
        self.items.currentItemChanged.connect(lambda *_a: self._show_current())
        self.items.itemActivated.connect(lambda *_a: self.focus_target())

        self.item_title = QLabel()
        self.item_title.setWordWrap(True)
        self.item_title.setTextFormat(Qt.TextFormat.PlainText)
        self.target = QLineEdit()
        self.target.setAccessibleName(self.tr("Doel"))
        self.target.setPlaceholderText(self.tr("een getal, bv. 8"))
        self.target.returnPressed.connect(self.save_current)
        self.target_error = ErrorLabel()
        target_label = QLabel(self.tr("&Doel:"))
        target_label.setBuddy(self.target)
        self.save_button = QPushButton(self.tr("&Bewaren"))
        self.save_button.setAutoDefault(False)
        self.save_button.clicked.connect(self.save_current)
        form = QFormLayout()
        form.addRow(self.item_title)
        target_box = QVBoxLayout()
        target_box.addWidget(self.target)
        target_box.addWidget(self.target_error)
        form.addRow(target_label, target_box)
        form.addRow(self.save_button)
        side = QWidget()
        side.setLayout(form)

        body = QHBoxLayout()
        body.addWidget(self.items, 3)
        body.addWidget(side, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.state)
        layout.addLayout(body, 1)
        self.year.valueChanged.connect(lambda _y: self.refresh())
        self._targets: dict[str, int] = {}
        self.refresh()

    # -- loading ------------------------------------------------------------------------
    def show_year(self, year: int) -> None:
        self.year.setValue(year)
        self.refresh()

    def refresh(self) -> None:
        year = self.year.value()
        keep = self._current_key()
        self._targets = get_targets(self.ctx.db, year)
        self.items.clear()
        for key in KEYS:
            target = self._targets.get(key)
            row = QTreeWidgetItem(
                [
                    PLAN_ITEMS.get(key, ""),
                    label("indicator", key),
                    "" if target is None else str(target),
                ]
            )
            row.setData(0, KEY_ROLE, key)
            row.setTextAlignment(2, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.items.addTopLevelItem(row)
        first = self.items.topLevelItem(KEYS.index(keep) if keep in KEYS else 0)
        if first is not None:
            self.items.setCurrentItem(first)
        if self._targets:
            self.state.setText(
                self.tr("Het plan van %1 heeft %2 doelen.")
                .replace("%1", str(year))
                .replace("%2", str(len(self._targets)))
            )
        else:
            self.state.setText(
                self.tr(
                    "Voor %1 zijn nog geen doelen bepaald. Kies “Kopiëren van vorig jaar” "
                    "of vul per item het doel in."
                ).replace("%1", str(year))
            )
        self.copy_button.setEnabled(not self._targets)
        self._show_current()

    def focus_target(self) -> None:
        self.target.setFocus()
        self.target.selectAll()

    def _current_key(self) -> str:
        item = self.items.currentItem()
        return str(item.data(0, KEY_ROLE)) if item is not None else ""

    def _show_current(self) -> None:
        key = self._current_key()
        self.target_error.clear_message()
        if not key:
            self.item_title.clear()
            self.target.clear()
            return
        self.item_title.setText(f"{PLAN_ITEMS.get(key, '')} · {label('indicator', key)}")
        target = self._targets.get(key)
        self.target.setText("" if target is None else str(target))

    # -- saving -------------------------------------------------------------------------
    def save_current(self) -> bool:
        key = self._current_key()
        if not key:
            return False
        text = self.target.text().strip()
        try:
            value = int(text)
        except ValueError:
            self._show_error(self.tr("Het doel is een geheel getal van 0 of meer, bv. 8."))
            return False
        try:
            set_target(self.ctx.db, self.year.value(), key, value)
        except ValidationError as exc:
            self._show_error(" ".join(exc.errors.values()))
            return False
        except DomainError as exc:
            self._show_error(exc.message)
            return False
        self.ctx.notify_changed("target")
        self.refresh()
        self.saved.emit()
        return True

    def _show_error(self, message: str) -> None:
        self.target_error.show_message(message)
        self.target.setAccessibleDescription(message)
        self.target.setFocus()

    def copy_previous_year(self) -> bool:
        """Fill this year's targets from last year's (only when this year has none)."""
        year = self.year.value()
        previous = get_targets(self.ctx.db, year - 1)
        if self._targets or not previous:
            if not previous:
                self.state.setText(
                    self.tr("%1 heeft geen doelen om over te nemen.").replace("%1", str(year - 1))
                )
            return False
        for key, value in previous.items():
            set_target(self.ctx.db, year, key, value)
        self.ctx.notify_changed("target")
        self.refresh()
        self.saved.emit()
        return True
