"""A government's contact persons to tick, for the advice-talk and trajectory editors.

Active contacts are offered; an inactive one stays listed, marked "(inactief)", only
while it is ticked (an old talk's contact who left), so saving never drops it. Before a
government is chosen, or when it has no contacts, a line says so instead of the list.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from supportdesk.services.contacts import list_contacts
from ui.context import AppContext
from ui.widgets.check_list import CheckList


class ContactsChecklist(QWidget):
    """``list`` is the :class:`CheckList` (focus, ticks); ``empty`` the line shown when
    there is nothing to tick. ``load(government_id, keep)`` fills it."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, *, rows: int = 4) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.list = CheckList(rows=rows)
        self.empty = QLabel(self.tr("Kies eerst een lokaal bestuur."))
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.addWidget(self.empty)
        self._layout.addWidget(self.list)

    def add_below(self, widget: QWidget) -> None:
        """A control under the list, at the left (the editor's "Nieuwe contactpersoon…")."""
        self._layout.addWidget(widget, 0, Qt.AlignmentFlag.AlignLeft)

    def load(self, government_id: str, keep: Sequence[str] = ()) -> None:
        """Offer ``government_id``'s contacts, ticking those in ``keep`` that are there."""
        contacts = list_contacts(self.ctx.db, government_id) if government_id else []
        wanted = set(keep)
        inactive = " " + self.tr("(inactief)")
        items = [
            (
                c.id,
                c.full_name + (f" ({c.role})" if c.role else "") + ("" if c.active else inactive),
            )
            for c in contacts
            if c.active or c.id in wanted
        ]
        offered = {cid for cid, _text in items}
        self.list.set_items(items, [i for i in keep if i in offered])
        self.empty.setText(
            self.tr("Kies eerst een lokaal bestuur.")
            if not government_id
            else self.tr("Nog geen contactpersonen bij dit bestuur.")
        )
        self.empty.setVisible(not items)
        self.list.setVisible(bool(items))
