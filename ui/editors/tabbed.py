"""An editor with tabs, for records too big for one form (a trajectory, a focus group).

It is the base ``EditorDialog`` (per-field errors, conflicts, unsaved-changes question)
with its scrolling form moved into the first tab. Further tabs hold more fields
(``add_form_tab`` + ``add_field_in``) or lists saved on their own (contact moments,
follow-up actions). Two things tabs need on top of the base:

- an error on a field in a hidden tab must not go unseen: the tab's title gets a
  warning sign, and the first tab with an error is shown with focus on its field;
- lists inside the record need the record to exist, so a new record can be saved
  without closing the editor (``save_and_stay``).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ui.context import AppContext
from ui.widgets.dialog_parts import column, plain_label, scroll_area
from ui.widgets.editor import EditorDialog, Field

__all__ = ["WARNING", "TabbedEditor", "plain_label"]  # plain_label: its old home

WARNING = "⚠ "


class TabbedEditor(EditorDialog):
    """``EditorDialog`` whose form is the first of several tabs."""

    def __init__(self, ctx: AppContext, first_tab: str, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._titles: list[str] = []
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        # The base editor's first layout item is its scrolling form (see EditorDialog).
        first = layout.itemAt(0)
        scroll = first.widget() if first is not None else None
        assert scroll is not None, "EditorDialog's layout starts with its form"
        layout.removeWidget(scroll)
        layout.insertWidget(0, self.tabs, 1)
        self.add_tab(scroll, first_tab)

    # -- building ------------------------------------------------------------------
    def add_tab(self, widget: QWidget, title: str) -> int:
        self._titles.append(title)
        return self.tabs.addTab(widget, title)

    def add_form_tab(self, title: str) -> QFormLayout:
        """A new tab with a scrolling form of its own; fill it with ``add_field_in``."""
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.add_tab(scroll_area(column(form), tab_past=True), title)  # as the first tab
        return form

    def add_field_in(
        self,
        form: QFormLayout,
        name: str,
        label: str,
        widget: QWidget,
        *,
        focus: QWidget | None = None,
    ) -> Field:
        """``add_field`` into another tab's form (the base adds to ``self.form``)."""
        main, self.form = self.form, form
        try:
            return self.add_field(name, label, widget, focus=focus)
        finally:
            self.form = main

    def tab_of(self, widget: QWidget) -> int:
        for index in range(self.tabs.count()):
            page = self.tabs.widget(index)
            if page is not None and (page is widget or page.isAncestorOf(widget)):
                return index
        return -1

    # -- errors in hidden tabs -----------------------------------------------------
    def clear_errors(self) -> None:
        super().clear_errors()
        for index, title in enumerate(self._titles):
            self.tabs.setTabText(index, title)

    def show_errors(self, errors: dict[str, str]) -> None:
        super().show_errors(errors)
        first_tab = -1
        first_widget: QWidget | None = None
        for name in errors:
            field = self.fields.get(self._aliases.get(name, name))
            if field is None:
                continue
            index = self.tab_of(field.widget)
            if index < 0:
                continue
            self.tabs.setTabText(index, WARNING + self._titles[index])
            if first_tab < 0:
                first_tab, first_widget = index, field.widget
        if first_tab >= 0 and first_widget is not None:
            self.tabs.setCurrentIndex(first_tab)
            first_widget.setFocus(Qt.FocusReason.OtherFocusReason)
        elif self.general_error.isVisibleTo(self):
            self.tabs.setCurrentIndex(0)

    # -- saving without closing ----------------------------------------------------
    def save_and_stay(self) -> bool:
        """Save and keep the editor open (to go on with the record's lists)."""
        ok = self.save_staying_open()
        if ok:
            self.after_save_and_stay()
        return ok

    def after_save_and_stay(self) -> None:
        """Reload the record as stored (new actions now in the lists, a new version)."""
        self.show_stored(self.fetch_current())
