"""The kinds of activity (seeded from the plan: network meetings, info sessions,
trainings …) as the team edits them, from Beheer → Jaarplan: rename, set the plan's OD
and who usually leads, add a kind, archive one that is no longer used (it stays on the
activities that have it). Each save goes through the activity service; a refused name
(empty, a duplicate) is said beside the field with what was typed kept.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QDialog, QLineEdit, QVBoxLayout, QWidget

from supportdesk.services.activities import (
    ActivityKindInput,
    ActivityKindView,
    archive_activity_kind,
    create_activity_kind,
    list_activity_kinds,
    unarchive_activity_kind,
    update_activity_kind,
)
from ui.context import AppContext
from ui.editors.items_panel import ItemsPanel
from ui.labels import choices, label
from ui.widgets.editor import EditorDialog


class ActivityKindEditor(EditorDialog):
    """One kind: ``ActivityKindEditor(ctx)`` adds, ``.edit(view)`` changes."""

    kind = "activity_kind"
    update_record = staticmethod(update_activity_kind)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setWindowTitle(self.tr("Nieuwe soort activiteit"))
        self.view: ActivityKindView | None = None
        self.name = QLineEdit()
        self.plan_code = QLineEdit()
        self.plan_code.setPlaceholderText(self.tr("bv. OD 1.2"))
        self.lead = QComboBox()
        self._leads = [code for _t, code in choices("lead")]
        for text, _code in choices("lead"):
            self.lead.addItem(text)
        self.add_field("name", self.tr("&Naam:"), self.name)
        self.add_field("plan_code", self.tr("&Plan:"), self.plan_code)
        self.add_field("default_lead", self.tr("Meestal &getrokken door:"), self.lead)
        self.name.textChanged.connect(self.update_save_state)
        self.resize(460, 220)
        self.update_save_state()

    def edit_title(self, view: ActivityKindView) -> str:
        return self.tr("Soort activiteit: %1").replace("%1", view.name)

    def load(self, view: ActivityKindView) -> None:
        self.view = view
        self.name.setText(view.name)
        self.plan_code.setText(view.plan_code)
        if view.default_lead in self._leads:
            self.lead.setCurrentIndex(self._leads.index(view.default_lead))

    def fetch_current(self) -> ActivityKindView:
        views = {k.id: k for k in list_activity_kinds(self.ctx.db, include_archived=True)}
        assert self.record_id
        return views[self.record_id]

    def local_errors(self) -> dict[str, str]:
        if not self.name.text().strip():
            return {"name": self.tr("De naam is verplicht.")}
        return {}

    def collect(self) -> ActivityKindInput:
        return ActivityKindInput(
            name=self.name.text(),
            plan_code=self.plan_code.text(),
            description=self.view.description if self.view else "",
            default_lead=self._leads[self.lead.currentIndex()],
        )

    def create_record(self, data: ActivityKindInput) -> ActivityKindView:
        return create_activity_kind(self.ctx.db, data)


class ActivityKindsPanel(ItemsPanel):
    """Every kind, archived ones last and marked; Enter edits, Delete archives."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Soorten activiteit"),
            [self.tr("Soort"), self.tr("Plan"), self.tr("Meestal getrokken door")],
            self.tr("Nog geen soorten activiteit."),
            parent,
        )
        self.ctx = ctx
        self._kinds: dict[str, ActivityKindView] = {}
        self.tree.setColumnWidth(0, 300)
        self.new_button = self.add_button(self.tr("&Nieuwe soort…"), self.add_kind)
        self.add_button(self.tr("Be&werken…"), self.edit_current, needs_row=True, tip="Enter")
        self.archive_button = self.add_button(
            self.tr("&Archiveren"), self.toggle_archived, needs_row=True, tip="Delete"
        )
        self.tree.activate.connect(self.edit_current)
        self.tree.remove.connect(self.toggle_archived)
        self.editor: ActivityKindEditor | None = None
        self.refresh()

    def refresh(self) -> None:
        keep = self.current_id()
        kinds = list_activity_kinds(self.ctx.db, include_archived=True)
        kinds.sort(key=lambda k: (k.archived, k.position))
        self._kinds = {k.id: k for k in kinds}
        self.clear_rows()
        for k in kinds:
            name = k.name + (" " + self.tr("(gearchiveerd)") if k.archived else "")
            self.add_row(k.id, [name, k.plan_code, label("lead", k.default_lead)])
        self.finish_rows(keep)

    def update_buttons(self) -> None:
        super().update_buttons()
        k = self._kinds.get(self.current_id()) if hasattr(self, "_kinds") else None
        if hasattr(self, "archive_button"):
            archived = k is not None and k.archived
            self.archive_button.setText(
                self.tr("Terug &actief") if archived else self.tr("&Archiveren")
            )

    def _editor(self) -> ActivityKindEditor:
        editor = ActivityKindEditor(self.ctx, self)
        editor.saved.connect(lambda view: self._saved(view.id))
        self.editor = editor
        return editor

    def _saved(self, public_id: str) -> None:
        self.refresh()
        self.select(public_id)

    def add_kind(self) -> ActivityKindEditor:
        editor = self._editor()
        editor.present()
        editor.name.setFocus()
        return editor

    def edit_current(self) -> ActivityKindEditor | None:
        k = self._kinds.get(self.current_id())
        if k is None:
            return None
        editor = self._editor()
        editor.edit(k)
        editor.present()
        return editor

    def toggle_archived(self) -> None:
        k = self._kinds.get(self.current_id())
        if k is None:
            return
        change = unarchive_activity_kind if k.archived else archive_activity_kind
        if self.run(self.tr("Soort activiteit"), lambda: change(self.ctx.db, k.id, k.version)):
            self.ctx.notify_changed("activity_kind")
        self.refresh()
        self.select(k.id)


def show_activity_kinds(parent: QWidget, ctx: AppContext) -> QDialog:
    """The kinds in a window of their own (from the Jaarplan tab)."""
    dialog = QDialog(parent)
    panel = ActivityKindsPanel(ctx, dialog)
    dialog.setWindowTitle(QCoreApplication.translate("ActivityKindsPanel", "Soorten activiteit"))
    layout = QVBoxLayout(dialog)
    layout.addWidget(panel)
    dialog.resize(700, 420)
    dialog.show()
    panel.tree.setFocus()
    return dialog
