"""Twee contactpersonen samenvoegen: the same person entered twice becomes one.

The person chosen in the list is kept; the other's talks, trajectories, contact
moments, focus-group attendance, feedback and files move to them, empty fields are
filled from the other, and the other record is removed (the change log keeps both).
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from supportdesk.services.contacts import ContactView, MergeReport, get_contact, merge_contacts
from ui.context import AppContext
from ui.widgets.dialog_parts import save_and_accept
from ui.widgets.editor import ErrorLabel


def _line(c: ContactView) -> str:
    extra = ", ".join(x for x in (c.role, c.email) if x)
    return c.full_name + (f" ({extra})" if extra else "")


class MergeContactsDialog(QDialog):
    def __init__(
        self,
        ctx: AppContext,
        keep_id: str,
        others: list[ContactView],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.keep = get_contact(ctx.db, keep_id)
        self.others = [c for c in others if c.id != keep_id]
        self.report: MergeReport | None = None
        self.setWindowTitle(self.tr("Contactpersonen samenvoegen"))

        intro = QLabel(
            self.tr(
                "%1 blijft. De gekozen persoon verdwijnt; haar of zijn gesprekken, trajecten, "
                "contactmomenten, deelnames, feedback en bijlagen gaan naar %1."
            ).replace("%1", _line(self.keep))
        )
        intro.setWordWrap(True)
        self.other = QComboBox()
        for c in self.others:
            self.other.addItem(_line(c), c.id)
        label = QLabel(self.tr("Samenvoegen &met:"))
        label.setBuddy(self.other)
        self.error = ErrorLabel()
        buttons = QDialogButtonBox()
        self.merge_button = buttons.addButton(
            self.tr("&Samenvoegen"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.addButton(self.tr("Annuleren"), QDialogButtonBox.ButtonRole.RejectRole)
        self.merge_button.clicked.connect(self.merge)
        buttons.rejected.connect(self.reject)
        self.merge_button.setEnabled(bool(self.others))
        form = QFormLayout()
        form.addRow(label, self.other)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        # Wide enough that the explanation reads as a few lines, not a narrow column
        # (a wrapped label alone lets the dialog shrink to its buttons' width).
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 70)

    def merge(self) -> bool:
        other_id = self.other.currentData()
        other = next((c for c in self.others if c.id == other_id), None)
        if other is None:
            return False
        self.report = save_and_accept(
            self,
            self.ctx,
            "contact_person",
            self.error,
            lambda: merge_contacts(
                self.ctx.db,
                self.keep.id,
                other.id,
                keep_version=self.keep.version,
                other_version=other.version,
            ),
        )
        return self.report is not None
