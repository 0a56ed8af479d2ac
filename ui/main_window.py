"""The main window: navigation bar, pages, global shortcuts and the overdue count."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtCore import QByteArray, QCoreApplication, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QMainWindow,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ui import mail_drop, window_tools
from ui.context import AppContext
from ui.export import table_export
from ui.formatting import fill_in
from ui.labels import label
from ui.navigation import NavigationBar
from ui.pages.base import Page
from ui.pages.registry import PAGES
from ui.read_problems import ReadProblems
from ui.safety import restore as safety_restore
from ui.widgets import dialog_keys
from ui.widgets.dialog_parts import scroll_area
from ui.widgets.screen_fit import fit_to_screen


def _one_per_pass(steps: list[Callable[[], object]]) -> None:
    """Run ``steps`` in order, each in its own pass of the event loop: what came in
    between (a key press, a repaint, another timer) is handled before the next. A 1 ms
    timer, not 0: zero timers started while timers are being handled run in the same
    pass, one after the other, as if they were one step."""
    if steps:
        more: object = None
        try:
            more = steps[0]()  # a step may return parts of its own, to run next
        finally:  # one that failed does not stop the rest (the last says the start is done)
            rest = [*(more if isinstance(more, list) else []), *steps[1:]]
            QTimer.singleShot(1, lambda: _one_per_pass(rest))


def _all_now(steps: list[Callable[[], object]]) -> None:
    """Run ``steps`` (and the parts they return) in order, at once."""
    for step in steps:
        more = step()
        if isinstance(more, list):
            _all_now(more)


class PageStack(QStackedWidget):
    """The pages, as big as the page on screen needs (a stacked widget asks as much room
    as its biggest page, so one wide page would make every page scroll)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.currentChanged.connect(lambda _i: self.updateGeometry())

    def minimumSizeHint(self) -> QSize:
        page = self.currentWidget()
        if page is None:
            return super().minimumSizeHint()
        return page.minimumSizeHint().expandedTo(page.minimumSize())

    def sizeHint(self) -> QSize:
        page = self.currentWidget()
        if page is None:
            return super().sizeHint()
        return page.sizeHint().expandedTo(page.minimumSize())


class MainWindow(QMainWindow):
    """The navigation bar, the pages, the menus and the window-wide keys.

    ``defer_first_page`` (the app's start): nothing is read while the window is built;
    the first page is built and read, the navigation and overdue counts too, once the
    window has been painted (``load_first_page``, from ``ui.app.show_and_check``), one
    part per pass of the event loop and with Core reads only; then the ORM is loaded in
    a worker thread (``ui.warm_up``) for what the user opens next. ``first_page_filled``
    says when the first page is filled (the start checks then begin).
    """

    first_page_filled = Signal()

    def __init__(self, ctx: AppContext, *, defer_first_page: bool = False) -> None:
        super().__init__()
        self.ctx = ctx
        self.setWindowTitle("SupportDesk")
        self._pages: dict[str, Page] = {}
        #: the start's first page while it is made and read off screen: (key, page, read)
        self._early: tuple[str, Page, bool] | None = None
        self._keys = [entry.key for entry in PAGES]

        # Icons, shortcuts in the tooltips, and live counts (ui/navigation.py).
        self.nav = NavigationBar(ctx, PAGES, count_now=not defer_first_page)
        self.stack = PageStack()
        for _ in PAGES:
            self.stack.addWidget(QWidget())  # replaced by the real page when first shown
        # A screen smaller than a page needs (1024×640) scrolls the page, never cuts it.
        self.page_scroll = scroll_area(self.stack, tab_past=True)  # Tab goes to the page

        # Above the pages, hidden until a read fails: what could not be read and why,
        # until it is read after all (ui/read_problems.py).
        self.read_problems = ReadProblems(self)
        self.read_problems.cleared.connect(self._count_if_not_counted)
        pages = QVBoxLayout()
        pages.setContentsMargins(0, 0, 0, 0)
        pages.addWidget(self.read_problems)
        pages.addWidget(self.page_scroll, 1)
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.nav)
        layout.addLayout(pages, 1)
        self.setCentralWidget(central)
        self.nav.currentRowChanged.connect(self.show_page_at)

        # A flat button, not a label with a link: one Tab stop, heard with its count.
        self.overdue_label = QPushButton()
        self.overdue_label.setFlat(True)
        self.statusBar().addPermanentWidget(self.overdue_label)

        self._build_actions()
        self.dialog_keys = dialog_keys.install(self)  # Ctrl+S / Ctrl+Enter in dialogs
        # search box, Instellingen, overdue count (at the start: counted after the paint)
        tools = window_tools.install(self, count_now=not defer_first_page)
        self.search_box = tools.search_box
        self.find_action = tools.find_action
        self.settings_action = tools.settings_action
        self.overdue_status = tools.overdue_status
        safety_restore.install(self, ctx)  # Bestand > Reservekopie terugzetten…
        table_export.install(self, ctx)  # Bestand > Exporteren naar Excel/CSV…, agenda
        mail = mail_drop.install(self, ctx)  # mails dropped or Nieuw uit e-mail…; contacts import
        self.mail_action = mail.mail_action
        self.import_contacts_action = mail.import_contacts_action
        self.mail_drop_filter = mail.drop_filter
        ctx.open_requested.connect(self.open_record)
        ctx.new_requested.connect(self.new_record)
        self._restore_state()
        if defer_first_page:
            # The start: the first page's frame is on screen, empty; the page itself
            # (its module, its widgets) is built and read in fill_first_page, once the
            # window has been painted.
            self.nav.blockSignals(True)
            self.nav.setCurrentRow(0)
            self.nav.blockSignals(False)
            self.stack.setCurrentIndex(0)
            self._name_new_action()
            self._first_key: str | None = self._keys[0]
        else:
            self._first_key = None
            self.nav.setCurrentRow(0)

    # -- pages ---------------------------------------------------------------------
    def page(self, key: str, *, read: bool = True) -> Page:
        """The page for ``key``, created on first use and read (``read`` False: when it
        is shown, as ``show_page`` does, so a failing database is tried once)."""
        if key not in self._pages:
            self.ctx.loaded()  # its modules import the ORM: not beside the start's worker
            early, self._early = self._early, None
            if early is not None and early[0] == key:  # the start's first page, made
                page, done = early[1], early[2]
            else:
                page, done = self._made(key), False
            self._place(key, page)
            if not done:
                if read:
                    page.refresh_or_tell()
                else:
                    page.stale = True
        return self._pages[key]

    def _made(self, key: str) -> Page:
        """A new page for ``key``; the reads it fails later (a change, shown again) are
        said above the pages and read again with the others (``read_problems``)."""
        page = PAGES[self._keys.index(key)].page_class()(self.ctx)
        problems = self.read_problems
        page.read_failed.connect(
            lambda message: problems.failed(key, page.title(), message, page.refresh_or_tell)
        )
        page.read_done.connect(lambda: problems.succeeded(key))
        return page

    def _place(self, key: str, page: Page) -> None:
        index = self._keys.index(key)
        old = self.stack.widget(index)
        if old is not None:  # the placeholder until the page is made
            self.stack.removeWidget(old)
            old.deleteLater()
        self.stack.insertWidget(index, page)
        self._pages[key] = page

    def load_first_page(self) -> None:
        """Right after the first paint (the app's start): fill the first page, one part
        per pass of the event loop (Core reads: no ORM yet), then load the ORM in a
        worker thread (``ui.warm_up``) for what the user opens next. The window
        repaints and answers meanwhile; a key or click that comes while the worker
        runs waits for it."""
        if self._first_key is None or self.ctx.warm_up is not None:
            self.fill_first_page()
            return
        _one_per_pass(self._first_steps(self._warm_up))

    def _warm_up(self) -> None:
        from ui.warm_up import start_warm_up

        if self.ctx.warm_up is None:
            self.ctx.warm_up = start_warm_up(self)

    def fill_first_page(self) -> None:
        """Build and read the first page, read the navigation counts and the status
        bar's overdue count (``defer_first_page``); then ``first_page_filled``. Once:
        later calls only signal again. A page chosen before (Ctrl+3) stays on screen."""
        _all_now(self._first_steps())

    def _first_steps(
        self, warm_up: Callable[[], object] | None = None
    ) -> list[Callable[[], object]]:
        """The parts of the start: the first page made (its module and widgets, off
        screen), read, the navigation counts, the page shown (never painted empty, never
        moved by the counts' badges), the overdue count; then the signal. ``warm_up``
        given (the app's start, ``load_first_page``): the page and the counts are read in
        worker threads, and the rest (the page shown, the overdue count, the signal,
        ``warm_up``) follows once they have arrived; else everything is read at once
        (``fill_first_page``)."""
        self.ctx.loaded()
        key, self._first_key = self._first_key, None
        rest: list[Callable[[], object]] = []
        if key is not None:
            rest += [
                lambda: self._show_first(key),
                lambda: self.overdue_status.refresh(unless_failing=True),
            ]
        rest.append(self.first_page_filled.emit)
        if warm_up is None:
            if key is None:
                return rest
            return [
                lambda: self._make_first(key),
                self._read_first,
                # the counts before the page shows: their badges widen the navigation,
                # which must not move a page already on screen
                self._count_unless_failing,
                *rest,
            ]
        if key is None:
            return [*rest, warm_up]
        return [
            PAGES[self._keys.index(key)].page_class,  # the page's module: a pass of its own
            lambda: self._make_first(key),
            self._start_first_reads,
            lambda: self._when_first_read(lambda: _one_per_pass([*rest, warm_up])),
        ]

    def _start_first_reads(self) -> None:
        """The first page's reads and the counts, started in worker threads."""
        if self._early is not None and not self._early[2]:
            key, page, _read = self._early
            self._early = (key, page, True)
            self._said(key, page, page.refresh)  # a page that reads at once: read here
        if not self.read_problems.failing():
            self.nav.count_in_background()

    def _when_first_read(self, then: Callable[[], object]) -> None:
        """``then()`` once the first page's reads and the counts are in."""
        page = self._early[1] if self._early is not None else None
        if page is None:
            self.nav.when_read(then)
        else:
            page.when_read(lambda: self.nav.when_read(then))

    def _said(self, key: str, page: Page, read: Callable[[], object]) -> None:
        """Run one read of the start's first page; a database that fails (locked, gone)
        is said above the pages and in the status bar (``read_problems``), the page read
        again once it answers, and the start goes on (the counts, the start checks, the
        collector's pause ending with ``first_page_filled``). After one part failed the
        others wait for that: each try of a locked file waits its busy timeout."""
        if not self.read_problems.unless_failing(key, page.title(), read, page.refresh_or_tell):
            page.stale = True  # read again when shown again

    def _count_unless_failing(self) -> None:
        """The navigation's counts, unless a read before failed (then read once every
        failed read succeeded: ``_count_if_not_counted``)."""
        if not self.read_problems.failing():
            self.nav.refresh_counts()

    def _count_if_not_counted(self) -> None:
        if self.nav.counts is None:
            self.nav.refresh_counts()

    def _still_first(self, key: str) -> bool:
        """Whether the first page's place is still on screen (not another chosen meanwhile)."""
        return self.stack.currentIndex() == self._keys.index(key) and key not in self._pages

    def _make_first(self, key: str) -> None:
        if self._still_first(key):
            self._early = (key, self._made(key), False)

    def _read_first(self) -> list[Callable[[], object]]:
        """The first page's reading, in the parts it offers (``refresh_parts``: the
        Overzicht's figures, overdue actions, trajectories, recent activity)."""
        if self._early is None or self._early[2]:
            return []
        key, page, _read = self._early
        self._early = (key, page, True)  # its parts run next, before anything else
        parts = getattr(page, "refresh_parts", None)
        reads = list(parts()) if parts is not None else [page.refresh]
        return [partial(self._said, key, page, read) for read in reads]

    def _show_first(self, key: str) -> None:
        if self._still_first(key):
            self.show_page(key)

    def show_page(self, key: str) -> Page:
        """Show the page for ``key``; one that missed a change or failed to read while
        hidden is read as it shows (its ``showEvent``), one already on screen when
        chosen again (Ctrl+1 on the Overzicht) here."""
        index = self._keys.index(key)
        page = self.page(key, read=False)
        on_screen = self.stack.currentWidget() is page and page.isVisible()
        if self.nav.currentRow() != index:
            self.nav.setCurrentRow(index)
        self.stack.setCurrentIndex(index)
        self._name_new_action()
        if on_screen or not page.isVisible():  # no showEvent came to read it
            page.reload_if_stale()
        return page

    def show_page_at(self, row: int) -> None:
        if 0 <= row < len(self._keys):
            self.show_page(self._keys[row])

    def open_record(self, kind: str, public_id: str) -> None:
        if kind in self._keys:
            self.show_page(kind).open_record(public_id)

    def new_record(self, kind: str) -> None:
        # The editor is a window of its own: the page behind stays where the user was.
        if kind in self._keys:
            self.page(kind).new_record()

    def new_kind(self) -> str:
        """The kind of record Ctrl+N makes on the page on screen."""
        index = self.stack.currentIndex()
        key = self._keys[index] if 0 <= index < len(self._keys) else ""
        page = self._pages.get(key)
        if page is not None and type(page).new_record is not Page.new_record:
            return key
        return "advice_talk"

    def new_on_current_page(self) -> None:
        self.new_record(self.new_kind())

    def _name_new_action(self) -> None:
        what = label("record_kind", self.new_kind())
        self.new_here_action.setText(fill_in(self.tr("&Nieuw: %1"), what))

    # -- actions -------------------------------------------------------------------
    def _build_actions(self) -> None:
        menu = self.menuBar().addMenu(self.tr("&Bestand"))
        # Ctrl+N makes a record of the page on screen (a focus group on Focusgroepen, a
        # trajectory on Trajecten); a page that makes none (Overzicht, Lokale besturen,
        # Opvolgacties) makes an advice talk, the most frequent record. Ctrl+Shift+N is
        # an advice talk from anywhere.
        self.new_here_action = QAction(self.tr("&Nieuw"), self)
        self.new_here_action.setShortcut(QKeySequence.StandardKey.New)
        self.new_here_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.new_here_action.triggered.connect(self.new_on_current_page)
        menu.addAction(self.new_here_action)
        new_talk = QAction(self.tr("Nieuw &adviesgesprek"), self)
        new_talk.setShortcut(QKeySequence("Ctrl+Shift+N"))
        new_talk.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        new_talk.triggered.connect(lambda: self.new_record("advice_talk"))
        menu.addAction(new_talk)
        menu.addSeparator()
        quit_action = QAction(self.tr("Af&sluiten"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        menu.addAction(quit_action)
        self.file_menu = menu

        go = self.menuBar().addMenu(self.tr("&Ga naar"))
        for number, entry in enumerate(PAGES, start=1):
            action = QAction(QCoreApplication.translate("Navigation", entry.title), self)
            action.setShortcut(QKeySequence(f"Ctrl+{number}"))
            action.triggered.connect(lambda _=False, k=entry.key: self.show_page(k))
            go.addAction(action)
        go.addSeparator()
        # F5: the page on screen read again; after a database failure, what was not read
        self.read_again_action = QAction(self.tr("&Opnieuw lezen"), self)
        self.read_again_action.setShortcut(QKeySequence.StandardKey.Refresh)
        self.read_again_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.read_again_action.triggered.connect(self.read_again)
        go.addAction(self.read_again_action)

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        about = QAction(self.tr("&Over SupportDesk"), self)
        about.setMenuRole(QAction.MenuRole.AboutRole)
        about.triggered.connect(self.show_about)
        help_menu.addAction(about)
        self.help_menu = help_menu

    def read_again(self) -> None:
        """What could not be read (``read_problems``), else the page on screen, read
        again. Only reads: an editor and what was typed in it stay as they are."""
        if self.read_problems.failing():
            self.read_problems.read_again()
            return
        index = self.stack.currentIndex()
        page = self._pages.get(self._keys[index]) if 0 <= index < len(self._keys) else None
        if page is not None:
            page.refresh_or_tell()

    def show_about(self) -> None:
        from ui.about_dialog import AboutDialog

        AboutDialog(self.ctx.db, self).exec()

    # -- state ---------------------------------------------------------------------
    def _restore_state(self) -> None:
        settings = self.ctx.settings()
        geometry = settings.value("main_window/geometry")
        restored = isinstance(geometry, QByteArray) and self.restoreGeometry(geometry)
        least = self.minimumSizeHint()
        if not restored or self.width() < least.width() or self.height() < least.height():
            # a saved size Qt refused or half read (another Qt, a damaged settings file)
            # left the window at 1 by 1 or its smallest: the default size, as at first
            self.resize(1280, 800)
        fit_to_screen(self)  # a 1024×640 screen gets a window that fits, not 1280×800

    def closeEvent(self, event: QCloseEvent) -> None:  # Qt's name for the handler
        self.ctx.loaded()  # the start's worker thread ends before the window can go
        for page in self._pages.values():
            if hasattr(page, "confirm_close") and not page.confirm_close():
                event.ignore()
                return
        self.ctx.settings().setValue("main_window/geometry", self.saveGeometry())
        super().closeEvent(event)
