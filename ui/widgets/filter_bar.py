"""A row of filters above a list: a text field (debounced) and labelled choice boxes.

``changed`` is emitted once the user paused typing (150 ms) or at once when a choice
changes; the page then asks its query again. Values stay Python objects (in a list
beside each combo box), never QVariants.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.a11y import describe_label, name_clear_button


class FilterBar(QWidget):
    """Text filter on the first line, with the result count; labelled choices below,
    ``per_row`` to a line."""

    changed = Signal()

    def __init__(
        self,
        search_label: str,
        placeholder: str = "",
        parent: QWidget | None = None,
        *,
        per_row: int = 3,
    ) -> None:
        super().__init__(parent)
        self.per_row = per_row
        self._combos: dict[str, QComboBox] = {}
        self._values: dict[str, list[Any]] = {}
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(150)
        self._timer.timeout.connect(self.changed)

        self.search = QLineEdit()
        name_clear_button(self.search)
        # One search for everything (the toolbar: "Zoek overal"); this one filters the
        # list beneath it, and says so. What it looks in is its tooltip and description.
        self.search.setPlaceholderText(self.tr("Filter deze lijst…"))
        if placeholder:
            self.search.setToolTip(placeholder)
            self.search.setAccessibleDescription(placeholder)
        self.search.setAccessibleName(search_label.replace("&", "").rstrip(":"))
        self.search.textChanged.connect(lambda _text: self._timer.start())
        search_label_widget = QLabel(search_label)
        search_label_widget.setBuddy(self.search)
        self.count_label = QLabel()
        describe_label(self.count_label, self.tr("Aantal resultaten"))
        self.count_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.reset_button = QPushButton(self.tr("Filters &wissen"))
        self.reset_button.clicked.connect(self.reset)

        top = QHBoxLayout()
        self._top = top
        top.addWidget(search_label_widget)
        top.addWidget(self.search, 1)
        top.addWidget(self.count_label)
        top.addWidget(self.reset_button)
        self._choices = QGridLayout()
        self._choices.setContentsMargins(0, 0, 0, 0)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addLayout(self._choices)

    def top_row(self) -> QHBoxLayout:
        """The first line (filter field, count, Filters wissen), for what a list adds
        beside them (the preview's "Voorbeeld")."""
        return self._top

    def add_choice(
        self, key: str, label: str, items: Sequence[tuple[str, Any]], any_text: str
    ) -> QComboBox:
        """A labelled choice box; its first item, ``any_text``, means "no filter"."""
        combo = QComboBox()
        combo.setAccessibleName(label.replace("&", ""))
        # Long lists (285 governments) must not widen the page: a fixed minimum, and the
        # list that drops down is as wide as its longest line.
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(12)
        caption = QLabel(label)
        caption.setBuddy(combo)
        self._combos[key] = combo
        self._fill(key, items, any_text)
        combo.currentIndexChanged.connect(lambda _i: self.changed.emit())
        number = len(self._combos) - 1
        row, column = divmod(number, self.per_row)
        self._choices.addWidget(caption, row, 2 * column)
        self._choices.addWidget(combo, row, 2 * column + 1)
        self._choices.setColumnStretch(2 * column + 1, 1)
        return combo

    def set_choices(self, key: str, items: Sequence[tuple[str, Any]]) -> None:
        """New items for a choice box, keeping the chosen value when it is still there."""
        combo = self._combos[key]
        if [None, *(v for _t, v in items)] == self._values.get(key) and [t for t, _v in items] == [
            combo.itemText(i) for i in range(1, combo.count())
        ]:
            return  # the same list (2,786 governments): refilling it cost ~40 ms
        current = self.value(key)
        combo.blockSignals(True)
        self._fill(key, items, combo.itemText(0))
        values = self._values[key]
        combo.setCurrentIndex(values.index(current) if current in values else 0)
        combo.blockSignals(False)
        if self.value(key) != current:
            self.changed.emit()

    def _fill(self, key: str, items: Sequence[tuple[str, Any]], any_text: str) -> None:
        combo = self._combos[key]
        combo.clear()
        combo.addItem(any_text)
        self._values[key] = [None]
        for text, value in items:
            combo.addItem(text)
            self._values[key].append(value)
        # As wide as its longest line; measured on the texts, not by asking the view
        # for every item's size hint (slow for thousands of items).
        # (Measuring each of thousands of texts costs ~20 us a text: the 20 longest.)
        metrics = combo.view().fontMetrics()
        texts = sorted((combo.itemText(i) for i in range(combo.count())), key=len)[-20:]
        widest = max(metrics.horizontalAdvance(t) for t in texts)
        combo.view().setMinimumWidth(widest + 40)

    def combo(self, key: str) -> QComboBox:
        return self._combos[key]

    def value(self, key: str) -> Any:
        index = self._combos[key].currentIndex()
        values = self._values[key]
        return values[index] if 0 <= index < len(values) else None

    def set_value(self, key: str, value: Any) -> None:
        values = self._values[key]
        if value in values:
            self._combos[key].setCurrentIndex(values.index(value))

    def text(self) -> str:
        return self.search.text()

    def flush(self) -> None:
        """Apply typed text now instead of after the pause (Enter in the field)."""
        if self._timer.isActive():
            self._timer.stop()
            self.changed.emit()

    def reset(self) -> None:
        """Clear the text and set every choice back to "any"; one ``changed``."""
        self.blockSignals(True)
        self.search.clear()
        for combo in self._combos.values():
            combo.setCurrentIndex(0)
        self.blockSignals(False)
        self._timer.stop()
        self.changed.emit()

    def set_count(self, total: int, cap: int | None = None) -> None:
        """Show how many rows match; above ``cap`` (a capped count) "more than cap"."""
        if cap is not None and total > cap:
            self.count_label.setText(self.tr("meer dan %n resultaten", "", cap))
        else:
            self.count_label.setText(self.tr("%n resultaten", "", total))
