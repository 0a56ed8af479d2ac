"""The global search box: one line edit in the main window's toolbar, results as you type.

Results appear in a list laid over the window just below the box, grouped by kind
(governments, contacts, talks, ...). The keyboard stays in the line edit the whole time:
arrow keys move through the results, Enter opens one, Escape closes the list. The list
is a child of the window rather than a separate popup window, so it never steals the
focus (a ``Qt.Popup`` grabs the keyboard, which is how QCompleter needs event-filter
forwarding) and it behaves the same offscreen in the tests.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex, QObject, Qt, QTimer
from PySide6.QtGui import (
    QAccessible,
    QAccessibleEvent,
    QFont,
    QKeyEvent,
    QStandardItem,
    QStandardItemModel,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QLineEdit,
    QMainWindow,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from supportdesk.errors import DomainError
from ui.a11y import announce, announce_focus, name_clear_button
from ui.context import AppContext
from ui.widgets.questions import refusal_text

if TYPE_CHECKING:
    from supportdesk.search import SearchHit

# The search's modules (the index, its queries, why a hit matched) load at the first
# search, not with the window: the window is on screen before the database layer's
# heavier parts are imported (issue 15).

#: the kinds in the order their groups are shown
KIND_ORDER: tuple[str, ...] = (
    "local_government",
    "contact_person",
    "advice_talk",
    "trajectory",
    "focus_group",
    "activity",
    "publication",
    "follow_up_action",
)
#: kinds whose title is a long text (a question, a task): the government and date first
SUBTITLE_FIRST = ("advice_talk", "follow_up_action")
KIND_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2
DELAY_MS = 60  # wait for a pause in typing; a search itself takes a few milliseconds
LIMIT = 50


def _group_title(kind: str) -> str:
    headings = {
        "local_government": QCoreApplication.translate("SearchBox", "Lokale besturen"),
        "contact_person": QCoreApplication.translate("SearchBox", "Contactpersonen"),
        "advice_talk": QCoreApplication.translate("SearchBox", "Adviesgesprekken"),
        "trajectory": QCoreApplication.translate("SearchBox", "Trajecten"),
        "focus_group": QCoreApplication.translate("SearchBox", "Focusgroepen"),
        "activity": QCoreApplication.translate("SearchBox", "Activiteiten"),
        "publication": QCoreApplication.translate("SearchBox", "Publicaties"),
        "follow_up_action": QCoreApplication.translate("SearchBox", "Opvolgacties"),
    }
    return headings.get(kind, kind)


def target_of(ctx: AppContext, kind: str, public_id: str) -> tuple[str, str]:
    """The page kind and record to open for a hit: a contact opens its government and
    a follow-up action what it belongs to (neither has a page of its own)."""
    if kind == "contact_person":
        from supportdesk.services.contacts import get_contact

        return "local_government", get_contact(ctx.db, public_id).local_government_id
    if kind == "follow_up_action":
        from supportdesk.services.follow_ups import get_follow_up

        action = get_follow_up(ctx.db, public_id)
        return action.subject_kind, action.subject.id
    return kind, public_id


class _Line(NamedTuple):
    """One row of the result list: a heading, a hit or the line saying nothing was found."""

    text: str
    tooltip: str = ""
    accessible: str = ""
    kind: str = ""
    public_id: str = ""
    heading: bool = False


def _item(line: _Line, bold: QFont) -> QStandardItem:
    item = QStandardItem(line.text)
    if not line.public_id:  # a heading or "nothing found": not selectable
        item.setFlags(Qt.ItemFlag.ItemIsEnabled)
        if line.heading:
            item.setFont(bold)
        return item
    item.setData(line.accessible, Qt.ItemDataRole.AccessibleTextRole)
    item.setToolTip(line.tooltip)
    item.setData(line.kind, KIND_ROLE)
    item.setData(line.public_id, ID_ROLE)
    item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
    return item


class SearchResults(QFrame):
    """The list of results, grouped under non-selectable headings."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.model = QStandardItemModel(self)
        # the font and the rows the model holds (see show_hits)
        self._shown: tuple[str, list[_Line]] = ("", [])
        # A one-column tree rather than a QListView: it elides long titles (a talk's
        # title is its question) to the popup's width instead of scrolling sideways.
        # The header is hidden, but a screen reader still lists it: not as "1".
        self.model.setHorizontalHeaderLabels([self.tr("Zoekresultaten")])
        self.view = QTreeView(self)
        self.view.setModel(self.model)
        # The words that matched in bold (ui/style/highlight.py); why a hit matched,
        # where its title does not show it, is in its text ("Borsbeek → Antwerpen").
        self.terms: list[str] = []
        from ui.style.highlight import HighlightDelegate

        self.view.setItemDelegate(HighlightDelegate(lambda: self.terms, self.view))
        self.view.setHeaderHidden(True)
        self.view.setRootIsDecorated(False)
        self.view.setUniformRowHeights(True)
        self.view.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.setAccessibleName(self.tr("Zoekresultaten"))
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        self.hide()

    def show_hits(self, hits: list[SearchHit], text: str) -> None:
        from supportdesk.search.query import query_words

        self.terms = query_words(text)
        lines = (self.font().key(), self._lines(hits, text))
        if lines == self._shown:
            # The same rows as the last search (typing on in a word finds the same
            # records): only what is bold changes, so the rows stay and are repainted.
            self.view.viewport().update()
        else:
            # Rows removed and the new ones added in one step each: ``clear()`` also
            # resets the header and the view (1.5-8 ms a keystroke), and a row appended
            # at a time makes the view update for each.
            self._shown = lines
            self.model.removeRows(0, self.model.rowCount())
            bold = QFont(self.font())
            bold.setBold(True)
            self.model.invisibleRootItem().appendRows([_item(line, bold) for line in lines[1]])
        self.select(self.next_hit(-1, 1))

    def _lines(self, hits: list[SearchHit], text: str) -> list[_Line]:
        """The rows of the list for ``hits``: under a heading per kind, or one line
        saying nothing was found for ``text``."""
        lines: list[_Line] = []
        by_kind: dict[str, list[SearchHit]] = {}
        for hit in hits:
            by_kind.setdefault(hit.kind, []).append(hit)
        order = list(KIND_ORDER) + [k for k in by_kind if k not in KIND_ORDER]
        in_text = self.tr("in de tekst: %1")
        for kind in order:
            group = by_kind.get(kind)
            if not group:
                continue
            group_title = _group_title(kind)  # once a group: it translates every heading
            lines.append(_Line(f"{group_title} ({len(group)})", heading=True))
            for hit in group:
                title = f"{hit.alias} → {hit.title}" if hit.alias else hit.title
                if not hit.subtitle:
                    label = title
                elif kind in SUBTITLE_FIRST:
                    label = f"{hit.subtitle} — {title}"
                else:
                    label = f"{title} — {hit.subtitle}"
                if hit.snippet:
                    label += " · " + in_text.replace("%1", hit.snippet)
                lines.append(_Line("    " + label, label, f"{group_title}: {label}", kind, hit.id))
        if not hits:
            lines.append(_Line(self.tr("Niets gevonden voor “%1”.").replace("%1", text)))
        return lines

    def hit_rows(self) -> list[int]:
        return [r for r in range(self.model.rowCount()) if self.model.item(r).data(ID_ROLE)]

    def next_hit(self, row: int, step: int) -> int:
        """The next selectable row from ``row`` in direction ``step`` (or ``row`` if none)."""
        r = row + step
        while 0 <= r < self.model.rowCount():
            if self.model.item(r).data(ID_ROLE):
                return r
            r += step
        return row

    def current_row(self) -> int:
        return self.view.currentIndex().row()

    def select(self, row: int) -> None:
        if row < 0 or not self.model.item(row) or not self.model.item(row).data(ID_ROLE):
            self.view.setCurrentIndex(QModelIndex())
            return
        index = self.model.index(row, 0)
        self.view.setCurrentIndex(index)
        self.view.scrollTo(index)
        announce_focus(self.view, row)

    def current_hit(self) -> tuple[str, str] | None:
        item = self.model.itemFromIndex(self.view.currentIndex())
        if item is None or not item.data(ID_ROLE):
            return None
        return str(item.data(KIND_ROLE)), str(item.data(ID_ROLE))


class SearchBox(QLineEdit):
    """Type to search every record; Enter opens the selected result.

    ``opened(kind, public_id)`` is not a signal of its own: the box asks the context
    (``ctx.open_requested``), so the main window shows the record wherever it lives.
    """

    def __init__(
        self,
        ctx: AppContext,
        parent: QWidget | None = None,
        searcher: Callable[..., list[SearchHit]] | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._search = searcher
        self.setPlaceholderText(self.tr("Zoek overal (Ctrl+K)"))
        self.setAccessibleName(self.tr("Zoek overal"))
        self.setAccessibleDescription(
            self.tr(
                "Zoekt in besturen, contactpersonen, gesprekken, trajecten, focusgroepen en acties"
            )
        )
        name_clear_button(self)
        self.setMinimumWidth(280)
        self.setMaximumWidth(460)
        self.results: SearchResults | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DELAY_MS)
        self._timer.timeout.connect(self.run_search)
        self.textEdited.connect(lambda _text: self._timer.start())
        self.textChanged.connect(self._on_text_changed)

    # -- the results list ------------------------------------------------------------
    def _results(self) -> SearchResults:
        if self.results is None:
            self.results = SearchResults(self.window())
            self.results.view.clicked.connect(lambda _i: self.open_current())
            self.window().installEventFilter(self)
        return self.results

    def _place_results(self) -> None:
        results = self._results()
        window = self.window()
        below = self.mapTo(window, self.rect().bottomLeft())
        width = max(self.width(), 600)
        x = min(below.x(), max(0, window.width() - width))
        view = results.view
        rows = max(1, results.model.rowCount())
        wanted = rows * max(view.sizeHintForRow(0), 16) + 2 * results.frameWidth() + 4
        height = min(wanted, 420, max(80, window.height() - below.y() - 20))
        results.setGeometry(x, below.y() + 2, width, height)
        results.raise_()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.window()
            and event.type() == QEvent.Type.Resize
            and self.results
            and self.results.isVisible()
        ):
            self._place_results()
        return False

    def run_search(self) -> None:
        """Search now for the current text (normally after a short pause in typing)."""
        self._timer.stop()
        text = self.text()
        if not text.strip():
            self.hide_results()
            return
        if self._search is None:  # the first search: its modules load now
            from supportdesk.search import search

            self._search = search
        try:
            hits = self._search(self.ctx.db, text, limit=LIMIT)
        except DomainError as exc:  # the database fails (locked, gone): said, not raised
            self.hide_results()
            window = self.window()
            if isinstance(window, QMainWindow):
                window.statusBar().showMessage("⚠ " + refusal_text(exc))
                announce(window.statusBar())
            return
        results = self._results()
        results.show_hits(hits, text)
        self._place_results()
        results.show()
        self._announce()

    def _announce(self) -> None:
        """Tell a screen reader which result is selected: the keyboard stays in the box,
        so the list's own selection would go unsaid."""
        results = self.results
        if results is None:
            return
        item = results.model.itemFromIndex(results.view.currentIndex())
        count = len(results.hit_rows())
        if item is None:
            text = self.tr("Niets gevonden.") if count == 0 else ""
        else:
            text = self.tr("%n resultaten; gekozen: %1", "", count).replace(
                "%1", str(item.data(Qt.ItemDataRole.AccessibleTextRole) or item.text().strip())
            )
        self.setAccessibleDescription(text)
        QAccessible.updateAccessibility(
            QAccessibleEvent(self, QAccessible.Event.DescriptionChanged)
        )

    def hide_results(self) -> None:
        if self.results is not None:
            self.results.hide()

    def results_visible(self) -> bool:
        return self.results is not None and self.results.isVisible()

    def _on_text_changed(self, text: str) -> None:
        if not text.strip():
            self._timer.stop()
            self.hide_results()

    # -- keyboard ----------------------------------------------------------------------
    def activate(self) -> None:
        """Put the cursor in the box (Ctrl+F / Ctrl+K from anywhere) and select its text."""
        self.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.selectAll()
        if self.text().strip():
            self.run_search()

    def open_current(self) -> None:
        results = self.results
        if results is None:
            return
        hit = results.current_hit()
        if hit is None:
            rows = results.hit_rows()
            if not rows:
                return
            results.select(rows[0])
            hit = results.current_hit()
        assert hit is not None
        kind, public_id = target_of(self.ctx, *hit)
        self.hide_results()
        self.ctx.open_requested.emit(kind, public_id)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Down, Qt.Key.Key_Up, Qt.Key.Key_PageDown, Qt.Key.Key_PageUp):
            if self._timer.isActive() or (self.text().strip() and not self.results_visible()):
                self.run_search()
            if self.results_visible():
                assert self.results is not None
                step = 1 if key in (Qt.Key.Key_Down, Qt.Key.Key_PageDown) else -1
                count = 10 if key in (Qt.Key.Key_PageDown, Qt.Key.Key_PageUp) else 1
                row = self.results.current_row()
                for _ in range(count):
                    row = self.results.next_hit(row, step)
                self.results.select(row)
                self._announce()
            event.accept()
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if self._timer.isActive() or not self.results_visible():
                self.run_search()
            self.open_current()
            event.accept()
            return
        if key == Qt.Key.Key_Escape:
            if self.results_visible():
                self.hide_results()
            else:
                self.clear()
            event.accept()
            return
        super().keyPressEvent(event)

    def focusOutEvent(self, event: QEvent) -> None:
        # Clicking a result must still reach the list: hide a moment later.
        QTimer.singleShot(150, self, self._hide_if_unfocused)
        super().focusOutEvent(event)  # type: ignore[arg-type]

    def _hide_if_unfocused(self) -> None:
        if not self.hasFocus():
            self.hide_results()
