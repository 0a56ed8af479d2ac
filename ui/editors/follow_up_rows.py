"""New follow-up actions typed inside another record's editor (an advice talk, later a
trajectory or a focus group): one row each, saved with that record in one save.

Each row's widgets are registered with the editor under the names the service uses for
errors (``new_follow_ups.<n>.description``, ``.due_date``, ``.owner_id``), so a
message lands under the right row. Rows are numbered in order; removing one renumbers.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from supportdesk.services.follow_ups import FollowUpInput
from supportdesk.services.team import list_team_members
from ui.widgets.date_edit import OptionalDateEdit
from ui.widgets.editor import EditorDialog, ErrorLabel


class _Row:
    def __init__(self, owner_names: list[tuple[str, str]], default_owner: str | None) -> None:
        self.description = QLineEdit()
        self.owner = QComboBox()
        self.owner.addItem("—")
        self._owner_ids: list[str | None] = [None]
        for public_id, name in owner_names:
            self.owner.addItem(name)
            self._owner_ids.append(public_id)
        if default_owner in self._owner_ids:
            self.owner.setCurrentIndex(self._owner_ids.index(default_owner))
        self.due = OptionalDateEdit()
        self.remove = QPushButton()
        self.error = ErrorLabel()
        self.label = QLabel()

    def owner_id(self) -> str | None:
        return self._owner_ids[self.owner.currentIndex()]

    def widgets(self) -> list[QWidget]:
        return [self.label, self.description, self.owner, self.due, self.remove, self.error]


class NewFollowUps(QWidget):
    """Rows of new actions; ``inputs()`` gives them as FollowUpInput, empty rows left out."""

    PREFIX = "new_follow_ups."

    def __init__(self, editor: EditorDialog, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor = editor
        self._members = [(m.id, m.name) for m in list_team_members(editor.ctx.db)]
        self._rows: list[_Row] = []
        self.grid = QGridLayout()
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setColumnStretch(1, 1)
        self.add_button = QPushButton(self.tr("Opvolga&ctie toevoegen"))
        self.add_button.clicked.connect(lambda: self.add_row(focus=True))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.grid)
        layout.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignLeft)

    def add_row(self, focus: bool = False) -> _Row:
        row = _Row(self._members, self.editor.ctx.current_member_id())
        row.remove.clicked.connect(lambda: self.remove_row(row))
        for widget in (row.description, row.owner, row.due):
            self.editor.watch(widget)
        self._rows.append(row)
        self._relayout()
        self.editor.mark_dirty()
        if focus:
            for part in row.widgets():  # the layout would show them only later
                part.setVisible(part is not row.error)
            row.description.setFocus(Qt.FocusReason.OtherFocusReason)
        return row

    def remove_row(self, row: _Row) -> None:
        self._rows.remove(row)
        for widget in row.widgets():
            widget.deleteLater()
        self._relayout()
        self.editor.mark_dirty()

    def rows(self) -> list[_Row]:
        return list(self._rows)

    def _relayout(self) -> None:
        self.editor.forget_fields(self.PREFIX)
        for widget in [w for r in self._rows for w in r.widgets()]:
            self.grid.removeWidget(widget)
        # ``inputs`` sends every row in this order, so the service's row numbers match.
        for n, row in enumerate(self._rows):
            number = n + 1
            row.label.setText(self.tr("Actie %1:").replace("%1", str(number)))
            row.label.setBuddy(row.description)
            row.description.setAccessibleName(
                self.tr("Omschrijving van actie %1").replace("%1", str(number))
            )
            row.owner.setAccessibleName(
                self.tr("Verantwoordelijke van actie %1").replace("%1", str(number))
            )
            row.due.setAccessibleName(
                self.tr("Vervaldatum van actie %1").replace("%1", str(number))
            )
            row.remove.setText(self.tr("Verwijderen"))
            row.remove.setAccessibleName(self.tr("Actie %1 verwijderen").replace("%1", str(number)))
            row.description.setPlaceholderText(self.tr("wat moet er gebeuren?"))
            r = 2 * n
            self.grid.addWidget(row.label, r, 0)
            self.grid.addWidget(row.description, r, 1)
            self.grid.addWidget(row.owner, r, 2)
            self.grid.addWidget(row.due, r, 3)
            self.grid.addWidget(row.remove, r, 4)
            self.grid.addWidget(row.error, r + 1, 1, 1, 4)
            base = f"{self.PREFIX}{n}."
            self.editor.register_field(
                base + "description", row.description, row.label, row.error, watch=False
            )
            for other in ("due_date", "owner_id", "notes", "done_date"):
                self.editor.alias_error(base + other, base + "description")
            # a due date typed that is no date: its message under the row, no save
            self.editor.register_field(base + "due", row.due, row.label, row.error, watch=False)
        self._tab_rows_before_add()

    def _tab_rows_before_add(self) -> None:
        """Rows are made after the rest of the editor, so Qt would put them last in the
        Tab order (after Notities); put them right before "Opvolgactie toevoegen"."""
        ordered = [w for r in self._rows for w in (r.description, r.owner, r.due, r.remove)]
        previous = self.add_button.previousInFocusChain()
        while previous is not None and (
            self.isAncestorOf(previous) or not previous.focusPolicy() & Qt.FocusPolicy.TabFocus
        ):
            previous = previous.previousInFocusChain()  # before every row, also old ones
        if previous is None or not ordered:
            return
        for widget in [*ordered, self.add_button]:
            QWidget.setTabOrder(previous, widget)
            previous = widget

    def inputs(self) -> tuple[FollowUpInput, ...]:
        """Every row, in order (an empty description is sent, so the service names it)."""
        return tuple(
            FollowUpInput(
                description=row.description.text(),
                due_date=row.due.optional_value(),
                owner_id=row.owner_id(),
            )
            for row in self._rows
        )

    def clear(self) -> None:
        for row in list(self._rows):
            self._rows.remove(row)
            for widget in row.widgets():
                widget.deleteLater()
        self._relayout()
