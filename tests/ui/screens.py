"""Every screen of the app, one after another, for tests that check all of them.

``walk_screens(ctx, visit)`` opens the main window on each page (and the government
detail and the search results), every editor (new and opened, each of its tabs), the
editors opened from inside them and the dialogs, and calls ``visit(name, window)`` with
each top-level widget while it is on screen. Dialogs that the app runs with ``exec()``
(message boxes, the step date, the missing-feedback question) are caught by replacing
``QDialog.exec`` for the walk: the dialog is shown, visited and rejected.

Used by the accessibility, mnemonic and translation tests, so a new page, editor or
dialog is checked by all three once it is added here (pages come from the registry, so
a new page is walked without any change).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date
from typing import Any

from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QMessageBox,
    QTabWidget,
    QWidget,
)

from supportdesk.demo import generate_demo
from ui.context import AppContext

Visit = Callable[[str, QWidget], None]


def settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


def demo_context(ctx: AppContext) -> AppContext:
    """``ctx`` with the demo data in its database (records with follow-ups, feedback,
    participants ... so every tab has something to show)."""
    generate_demo(ctx.db, scale=1)
    return ctx


def visit_with_tabs(name: str, top: QWidget, visit: Visit) -> None:
    """Visit ``top`` once per tab of each tab widget in it (a field is only on screen
    on its own tab)."""
    top.show()
    settle()
    visit(name, top)
    for tabs in top.findChildren(QTabWidget):
        if not tabs.isVisible():
            continue
        for index in range(1, tabs.count()):
            tabs.setCurrentIndex(index)
            settle()
            visit(f"{name} / {tabs.tabText(index).replace('&', '')}", top)
        tabs.setCurrentIndex(0)


@contextmanager
def dialogs_visited(visit: Visit, names: list[str]) -> Iterator[None]:
    """While active, ``exec()`` of any dialog shows it, visits it (named by the last
    entry of ``names``) and rejects it instead of waiting for the user."""

    def exec_(self: QDialog) -> int:
        self.show()
        settle()
        visit(names[-1], self)
        self.reject()
        return 0

    saved = {cls: cls.__dict__.get("exec") for cls in (QDialog, QMessageBox)}
    for cls in saved:
        cls.exec = exec_  # type: ignore[method-assign]
    try:
        yield
    finally:
        for cls, original in saved.items():
            if original is None:
                delattr(cls, "exec")
            else:
                cls.exec = original  # type: ignore[method-assign]


def _close(widget: QWidget) -> None:
    widget.hide()
    widget.deleteLater()
    settle()


def walk_screens(ctx: AppContext, visit: Visit) -> list[str]:
    """Visit every screen; returns the names visited (a test can check the walk)."""
    from ui.main_window import MainWindow
    from ui.pages.registry import PAGES

    seen: list[str] = []

    def record(name: str, top: QWidget) -> None:
        seen.append(name)
        visit(name, top)

    names = ["dialog"]
    with dialogs_visited(record, names):
        window = MainWindow(ctx)
        window.resize(1280, 800)
        window.show()
        settle()
        try:
            for entry in PAGES:
                page = window.show_page(entry.key)
                settle()
                visit_with_tabs(f"page {entry.key}", window, record)
                _page_extras(ctx, window, entry.key, page, record, names)
            _search(window, record)
            _dialogs(ctx, window, record, names)
        finally:
            window.hide()
            window.deleteLater()
            settle()
    return seen


def _page_extras(
    ctx: AppContext, window: Any, key: str, page: Any, visit: Visit, names: list[str]
) -> None:
    """The government detail, and the editors a page opens (new and the first record)."""
    if key == "local_government":
        page.open_record(_first(page))
        settle()
        visit_with_tabs("page local_government detail", window, visit)
        return
    if not hasattr(page, "editors"):
        return
    for how, open_ in (
        ("new", lambda: page.new_record()),
        ("opened", lambda: page.open_record(_first(page))),
    ):
        names.append(f"{key} editor {how}: dialog")
        editor = open_()
        settle()
        if isinstance(editor, QWidget):
            visit_with_tabs(f"{key} editor {how}", editor, visit)
            if how == "opened":
                _inner_editors(ctx, key, editor, visit, names)
            _close(editor)
        names.pop()


def _first(page: Any) -> str:
    model = page.table.model()
    return str(model.id_at(0)) if hasattr(model, "id_at") and model.rowCount() else ""


def _inner_editors(ctx: AppContext, key: str, editor: Any, visit: Visit, names: list[str]) -> None:
    """The editors opened from inside a record: its follow-up actions, feedback, contact
    moments, and the trajectory's missing-feedback question."""
    from ui.editors.feedback import FeedbackEditor
    from ui.editors.follow_up import FollowUpEditor

    record_id = editor.record_id
    view = editor.view
    government = getattr(view, "local_government_id", "") or ""
    inner: list[tuple[str, QWidget]] = [
        ("follow-up editor", FollowUpEditor(ctx, key, record_id)),
        ("feedback editor", FeedbackEditor(ctx, key, record_id, government)),
    ]
    if key == "trajectory":
        from ui.editors import trajectory_status
        from ui.editors.contact_moment import ContactMomentEditor

        inner.append(("contact moment editor", ContactMomentEditor(ctx, record_id, government)))
        names.append("missing-feedback question")
        trajectory_status.ask_feedback_coming(editor)
        names.pop()
        names.append("step date dialog")
        trajectory_status.ask_step_date(editor, "finished", date.today())
        names.pop()
    for name, widget in inner:
        visit_with_tabs(f"{key}: {name}", widget, visit)
        _close(widget)


def _search(window: Any, visit: Visit) -> None:
    window.show_page("overview")
    box = window.search_box
    box.setFocus()
    box.setText("gent")
    box.run_search()
    settle()
    visit("search results", window)
    box.clear()
    settle()


def _dialogs(ctx: AppContext, window: Any, visit: Visit, names: list[str]) -> None:
    """The dialogs of the menus and of the pages, through the code that opens them."""
    from ui.about_dialog import AboutDialog
    from ui.dialogs.contacts_import import ContactsImportDialog
    from ui.export.questions import AudienceDialog, PeriodDialog
    from ui.safety.change_log import ChangeLogDialog
    from ui.safety.restore import RestoreDialog
    from ui.settings_dialog import SettingsDialog

    built: list[tuple[str, Callable[[], QWidget]]] = [
        ("settings dialog", lambda: SettingsDialog(ctx, window)),
        ("about dialog", lambda: AboutDialog(ctx.db, window)),
        ("period dialog", lambda: PeriodDialog("Gent", window)),
        ("audience dialog", lambda: AudienceDialog("Focusgroep", window)),
        ("restore dialog", lambda: RestoreDialog([], window)),
        ("contacts import dialog", lambda: ContactsImportDialog(ctx, window)),
    ]
    page = window.show_page("advice_talk")
    talk = _first(page)
    if talk:
        built.append(("change log dialog", lambda: ChangeLogDialog(ctx, talk, window)))
    follow_ups = window.show_page("follow_up_action")
    row = follow_ups.current_row() if hasattr(follow_ups, "current_row") else None
    if row is not None:
        from ui.pages.reschedule_dialog import RescheduleDialog

        built.append(("reschedule dialog", lambda: RescheduleDialog(row, date.today(), window)))
    for name, make in built:
        names.append(name)
        dialog = make()
        visit_with_tabs(name, dialog, visit)
        _close(dialog)
        names.pop()
