"""A list of things to tick (themes, team members, tools, contact persons).

Space ticks the current item; the list keeps each item's public id beside it.
``value_changed`` is emitted when a tick changes; ``checked_ids()`` gives the ticked ids
in list order. Ids that are ticked but no longer offered (an archived theme still on an
old talk) are kept and shown, so saving never drops them silently.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

_ID = Qt.ItemDataRole.UserRole + 1


class CheckList(QListWidget):
    value_changed = Signal()

    def __init__(self, parent: QWidget | None = None, *, rows: int = 5) -> None:
        super().__init__(parent)
        self._ids: list[str] = []
        self._rows = rows
        self.itemChanged.connect(lambda _item: self.value_changed.emit())
        self.setUniformItemSizes(True)
        # Long names are elided (the tooltip has them whole), never a sideways scroll bar
        # that would hide a row.
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self._fit()

    def set_items(self, items: Sequence[tuple[str, str]], checked: Iterable[str] = ()) -> None:
        """Offer ``items`` (id, text), ticking those in ``checked``."""
        wanted = set(checked)
        self.blockSignals(True)
        self.clear()
        self._ids = []
        for public_id, text in items:
            self._add(public_id, text, public_id in wanted)
        self.blockSignals(False)
        self._fit()

    def offer(self, offered: Sequence[tuple[str, str]], chosen: Sequence[tuple[str, str]]) -> None:
        """Offer ``offered`` (id, text) with ``chosen`` ticked; a chosen one that is no
        longer offered (inactive, archived) is kept at the end, so saving keeps it."""
        known = {public_id for public_id, _text in offered}
        extra = [(public_id, text) for public_id, text in chosen if public_id not in known]
        self.set_items([*offered, *extra], [public_id for public_id, _text in chosen])

    def add_item(self, public_id: str, text: str, checked: bool = False) -> None:
        if public_id in self._ids:
            self.set_checked(public_id, checked or public_id in self.checked_ids())
            return
        self._add(public_id, text, checked)
        self._fit()
        self.value_changed.emit()

    def _add(self, public_id: str, text: str, checked: bool) -> None:
        item = QListWidgetItem(text)
        item.setToolTip(text)
        item.setFlags(
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsUserCheckable
        )
        item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self.addItem(item)
        self._ids.append(public_id)

    def _fit(self) -> None:
        """As tall as its items, up to ``rows`` of them (then it scrolls)."""
        row = self.sizeHintForRow(0) if self.count() else self.fontMetrics().height() + 6
        shown = max(2, min(self.count(), self._rows))
        self.setFixedHeight(row * shown + 2 * self.frameWidth() + 8)

    def checked_ids(self) -> list[str]:
        return [
            self._ids[i]
            for i in range(self.count())
            if self.item(i).checkState() == Qt.CheckState.Checked
        ]

    def set_checked(self, public_id: str, checked: bool) -> None:
        if public_id in self._ids:
            state = Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
            self.item(self._ids.index(public_id)).setCheckState(state)

    def ids(self) -> list[str]:
        return list(self._ids)
