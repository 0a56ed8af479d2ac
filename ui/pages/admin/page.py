"""The Beheer (administration) page: what a team sets up on its first day and looks
after later, one tab each — Team, Thema's en tools, Jaarplan, Lokale besturen.

Each tab's records open in editor windows like every other record (errors beside the
field, unsaved changes asked, conflicts, Archiveren / Terugzetten, Geschiedenis…), so
leaving the page or closing the window asks about what was typed and not saved.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from ui.context import AppContext
from ui.pages.admin.catalogue import CatalogueTab
from ui.pages.admin.governments import GovernmentsTab
from ui.pages.admin.team import TeamTab
from ui.pages.admin.year_plan import YearPlanTab
from ui.pages.base import Page


class AdminPage(Page):
    key = "admin"
    watches = ("team_member", "theme", "tool", "local_government", "target", "plan_item")

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.team = TeamTab(ctx)
        self.catalogue = CatalogueTab(ctx)
        self.year_plan = YearPlanTab(ctx)
        self.governments = GovernmentsTab(ctx)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Beheer"))
        self.tabs.addTab(self.team, self.tr("&Team"))
        self.tabs.addTab(self.catalogue, self.tr("Thema's en too&ls"))
        self.tabs.addTab(self.year_plan, self.tr("Jaar&plan"))
        self.tabs.addTab(self.governments, self.tr("L&okale besturen"))
        self.tabs.currentChanged.connect(lambda _i: self._refresh_current())
        heading = QLabel(self.tr("Beheer"))
        heading.setStyleSheet("font-size: 16pt; font-weight: bold;")
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.tabs, 1)

    def title(self) -> str:
        return self.tr("Beheer")

    def show_tab(self, tab: QWidget) -> None:
        self.tabs.setCurrentWidget(tab)

    def open_record(self, public_id: str) -> None:
        """``open_requested("admin", where)``: a tab by name ("team", "catalogue",
        "year_plan", "governments"), "year_plan:2027" at that year (the Overzicht's
        "Jaarplan invullen…" for a year without targets)."""
        name, _sep, rest = public_id.partition(":")
        tabs = {
            "team": self.team,
            "catalogue": self.catalogue,
            "year_plan": self.year_plan,
            "governments": self.governments,
        }
        tab = tabs.get(name)
        if tab is None:
            return
        self.show_tab(tab)
        if tab is self.year_plan:
            if rest.isdigit():
                self.year_plan.show_year(int(rest))
            self.year_plan.items.setFocus()
        else:
            tab.setFocus()

    def _refresh_current(self) -> None:
        current = self.tabs.currentWidget()
        refresh = getattr(current, "refresh", None)
        if callable(refresh):
            refresh()

    def refresh(self) -> None:
        """Reload every tab (they are small)."""
        for tab in (self.team, self.catalogue, self.year_plan, self.governments):
            tab.refresh()

    def confirm_close(self) -> bool:
        """Asked by the main window before it closes: open editors with changes ask."""
        for tab in (self.team, self.catalogue, self.year_plan, self.governments):
            confirm = getattr(tab, "confirm_close", None)
            if callable(confirm) and not confirm():
                return False
        return True
