"""Beheer → Thema's en tools: the themes talks are filed under and the catalogue of
tools, guides and publications a focus group evaluates, in the team's own order.

Add, rename, reorder (Omhoog / Omlaag, Alt+Up / Alt+Down), archive and bring back. An
archived theme or tool is no longer offered for new records; records that have it keep
it. A name that already exists (case and accents ignored) is refused beside the field.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLineEdit, QSplitter, QVBoxLayout, QWidget

from supportdesk.services.team import (
    ThemeInput,
    ThemeView,
    ToolInput,
    ToolView,
    create_theme,
    create_tool,
    list_themes,
    list_tools,
    reorder_themes,
    reorder_tools,
    update_theme,
    update_tool,
)
from ui.context import AppContext
from ui.labels import choices, label
from ui.pages.admin.named_editor import NamedRecordEditor
from ui.pages.admin.record_list import RecordList
from ui.widgets.dialog_parts import text_box


def _combo(group: str) -> tuple[QComboBox, list[str]]:
    combo = QComboBox()
    codes = []
    for text, code in choices(group):
        combo.addItem(text)
        codes.append(code)
    return combo, codes


class ThemeEditor(NamedRecordEditor):
    """A theme's name and description."""

    kind = "theme"
    update_record = staticmethod(update_theme)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setWindowTitle(self.tr("Nieuw thema"))
        self.description = text_box(fixed=80)
        self.add_field("name", self.tr("&Naam:"), self.name)
        self.add_field("description", self.tr("&Beschrijving:"), self.description)
        self.resize(480, 300)
        self.update_save_state()

    def edit_title(self, view: ThemeView) -> str:
        return self.tr("Thema bewerken")

    def current_views(self) -> list[ThemeView]:
        return list_themes(self.ctx.db, include_archived=True)

    def load(self, view: ThemeView) -> None:
        self.name.setText(view.name)
        self.description.setPlainText(view.description)

    def collect(self) -> ThemeInput:
        return ThemeInput(name=self.name.text(), description=self.description.toPlainText())

    def create_record(self, data: ThemeInput) -> ThemeView:
        return create_theme(self.ctx.db, data)


class ToolEditor(NamedRecordEditor):
    """A catalogue item: name, kind (tool, guide, publication), who owns it, where to
    find it, its status ("in ontwikkeling") and what it is."""

    kind = "tool"
    update_record = staticmethod(update_tool)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setWindowTitle(self.tr("Nieuwe tool"))
        self.tool_kind, self._kinds = _combo("tool_kind")
        self.kind_detail = QLineEdit()
        self.kind_detail.setPlaceholderText(self.tr("in eigen woorden, bv. inspiratiegids"))
        self.owner = QLineEdit()
        self.owner.setPlaceholderText(self.tr("bv. Mediawijs"))
        self.link = QLineEdit()
        self.link.setPlaceholderText("https://…")
        self.status, self._statuses = _combo("tool_status")
        self.description = text_box(fixed=80)
        self.add_field("name", self.tr("&Naam:"), self.name)
        self.add_field("kind", self.tr("&Soort:"), self.tool_kind)
        self.add_field("kind_detail", self.tr("Soort in &eigen woorden:"), self.kind_detail)
        self.add_field("owner", self.tr("&Eigenaar (organisatie):"), self.owner)
        self.add_field("link", self.tr("&Link:"), self.link)
        self.add_field("status", self.tr("S&tatus:"), self.status)
        self.add_field("description", self.tr("&Beschrijving:"), self.description)
        self.resize(520, 460)
        self.update_save_state()

    def edit_title(self, view: ToolView) -> str:
        return self.tr("Tool bewerken")

    def current_views(self) -> list[ToolView]:
        return list_tools(self.ctx.db, include_archived=True)

    def load(self, view: ToolView) -> None:
        self.name.setText(view.name)
        if view.kind in self._kinds:
            self.tool_kind.setCurrentIndex(self._kinds.index(view.kind))
        self.kind_detail.setText(view.kind_detail)
        self.owner.setText(view.owner)
        self.link.setText(view.link)
        if view.status in self._statuses:
            self.status.setCurrentIndex(self._statuses.index(view.status))
        self.description.setPlainText(view.description)

    def collect(self) -> ToolInput:
        return ToolInput(
            name=self.name.text(),
            kind=self._kinds[self.tool_kind.currentIndex()],
            kind_detail=self.kind_detail.text(),
            owner=self.owner.text(),
            link=self.link.text(),
            status=self._statuses[self.status.currentIndex()],
            description=self.description.toPlainText(),
        )

    def create_record(self, data: ToolInput) -> ToolView:
        return create_tool(self.ctx.db, data)


class CatalogueTab(QWidget):
    """Themes above, tools below, each in the team's order."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.themes = RecordList(
            ctx,
            title=self.tr("Th&ema's"),
            headers=[self.tr("Naam"), self.tr("Beschrijving")],
            archived_text=self.tr("Toon gearch&iveerd"),
            new_text=self.tr("&Nieuw thema…"),
            load=lambda archived: list_themes(ctx.db, include_archived=archived),
            cells=lambda t: [t.name, _first_line(t.description)],
            open_editor=self._theme_editor,
            reorder=lambda ids: reorder_themes(ctx.db, ids),
        )
        self.tools = RecordList(
            ctx,
            title=self.tr("Tools, gidsen en publi&caties"),
            headers=[
                self.tr("Naam"),
                self.tr("Soort"),
                self.tr("Eigenaar"),
                self.tr("Status"),
                self.tr("Link"),
            ],
            archived_text=self.tr("Toon gea&rchiveerd"),
            new_text=self.tr("Nieu&we tool…"),
            load=lambda archived: list_tools(ctx.db, include_archived=archived),
            cells=self._tool_cells,
            open_editor=self._tool_editor,
            reorder=lambda ids: reorder_tools(ctx.db, ids),
        )
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.themes)
        splitter.addWidget(self.tools)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

    def _tool_cells(self, tool: ToolView) -> Sequence[str]:
        kind = label("tool_kind", tool.kind)
        if tool.kind_detail:
            kind += f" ({tool.kind_detail})"
        return [tool.name, kind, tool.owner, label("tool_status", tool.status), tool.link]

    def _theme_editor(self, theme: ThemeView | None) -> ThemeEditor:
        editor = ThemeEditor(self.ctx, self)
        if theme is not None:
            editor.edit(theme)
        return editor

    def _tool_editor(self, tool: ToolView | None) -> ToolEditor:
        editor = ToolEditor(self.ctx, self)
        if tool is not None:
            editor.edit(tool)
        return editor

    def refresh(self) -> None:
        self.themes.refresh()
        self.tools.refresh()

    def confirm_close(self) -> bool:
        return self.themes.confirm_close() and self.tools.confirm_close()


def _first_line(text: str) -> str:
    return text.strip().splitlines()[0] if text.strip() else ""
