"""The change-log viewer, the restore action and the damaged-database question."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog, QMessageBox

from db.session import Database
from supportdesk.safety.backups import list_backups, make_backup
from supportdesk.safety.startup import DatabaseProblem
from supportdesk.services.contacts import (
    ContactInput,
    create_contact,
    list_contacts,
    update_contact,
)
from tests.supportdesk.safety.conftest import government_ids
from ui.context import EVERYTHING, AppContext
from ui.safety import damaged, restore
from ui.safety.change_log import ChangeLogWidget


def test_change_log_widget_shows_history_newest_first(qtbot, ctx: AppContext):
    lg = government_ids(ctx.db, 1)[0]
    ctx.db.actor = "An"
    c = create_contact(ctx.db, ContactInput(lg, "Peeters", "Jan"))
    update_contact(ctx.db, c.id, ContactInput(lg, "Peeters-Özdemir <&>", "Jan"), c.version)
    view = ChangeLogWidget(ctx)
    qtbot.addWidget(view)
    view.show_record(c.id)
    assert view.entry_count() == 2
    newest = view.tree.topLevelItem(0)
    assert newest.text(1) == "An" and newest.text(2) == "gewijzigd"
    assert newest.child(0).text(2) == "familienaam: Peeters → Peeters-Özdemir <&>"
    oldest = view.tree.topLevelItem(1)
    assert oldest.text(2) == "aangemaakt"
    assert any(
        oldest.child(i).text(2) == "lokaal bestuur: " + c.local_government_name
        for i in range(oldest.childCount())
    )
    view.show_record(None)
    assert view.entry_count() == 0 and not view.empty.isHidden()


def _no_boxes(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: shown.append(a[2]))
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: shown.append(a[2]))
    return shown


def test_restore_action_puts_the_backup_back(qtbot, ctx: AppContext, monkeypatch):
    db: Database = ctx.db
    path = Path(db.url.removeprefix("sqlite:///"))
    lg = government_ids(db, 1)[0]
    create_contact(db, ContactInput(lg, "Voor"))
    make_backup(path)
    create_contact(db, ContactInput(lg, "Na"))
    shown = _no_boxes(monkeypatch)
    monkeypatch.setattr(restore.RestoreDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    monkeypatch.setattr(restore, "confirm", lambda *a, **k: True)
    changed: list[str] = []
    ctx.changed.connect(changed.append)
    assert restore.restore_backup(None, ctx)
    assert [c.last_name for c in list_contacts(db, lg)] == ["Voor"]  # same ctx.db, reconnected
    assert changed == [EVERYTHING]  # every page reads again, whatever it watches
    assert shown and "bewaard als" in shown[-1]
    assert any(b.kind == "voor-herstel" for b in list_backups(path))


def test_restore_action_can_be_cancelled(qtbot, ctx: AppContext, monkeypatch):
    path = Path(ctx.db.url.removeprefix("sqlite:///"))
    make_backup(path)
    before = path.read_bytes()
    monkeypatch.setattr(restore.RestoreDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    monkeypatch.setattr(restore, "confirm", lambda *a, **k: False)
    assert not restore.restore_backup(None, ctx)
    assert path.read_bytes() == before


def test_restore_dialog_lists_backups(qtbot, ctx: AppContext):
    path = Path(ctx.db.url.removeprefix("sqlite:///"))
    make_backup(path)
    make_backup(path)
    dialog = restore.RestoreDialog(list_backups(path))
    qtbot.addWidget(dialog)
    assert dialog.list.count() == 2 and dialog.ok.isEnabled()
    assert dialog.chosen() == list_backups(path)[0].path
    empty = restore.RestoreDialog([])
    qtbot.addWidget(empty)
    assert not empty.ok.isEnabled() and empty.chosen() is None


@pytest.fixture
def damaged_file(sqlite_template: Path, tmp_path: Path) -> Path:
    path = tmp_path / "team.sqlite3"
    shutil.copyfile(sqlite_template, path)
    make_backup(path)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])  # truncated
    return path


def test_damaged_database_offers_the_newest_backup(qtbot, damaged_file: Path, monkeypatch):
    asked: list[DatabaseProblem] = []
    monkeypatch.setattr(damaged, "ask_restore_newest", lambda p: asked.append(p) or True)
    db = damaged.open_checked(str(damaged_file), keep=3)
    try:
        assert asked and asked[0].kind == "truncated"
        assert government_ids(db, 1)
    finally:
        db.dispose()


def test_damaged_database_other_choice_raises_for_the_startup_dialog(
    qtbot, damaged_file: Path, monkeypatch
):
    monkeypatch.setattr(damaged, "ask_restore_newest", lambda p: False)
    before = damaged_file.read_bytes()
    with pytest.raises(DatabaseProblem):
        damaged.open_checked(str(damaged_file))
    assert damaged_file.read_bytes() == before


def test_a_file_another_program_holds_at_the_open_is_never_restored_over(
    qtbot, sqlite_template: Path, tmp_path: Path, monkeypatch
):
    """A lock held through the open's wait is no damage: no backup is offered over the
    file (its work since that backup would be lost); the problem goes to the start's
    question, which says the file is in use."""
    import sqlite3

    from supportdesk.safety import diagnosis

    path = tmp_path / "team.sqlite3"
    shutil.copyfile(sqlite_template, path)
    make_backup(path)
    real_read = diagnosis.reading_connection
    monkeypatch.setattr(diagnosis, "reading_connection", lambda p, **k: real_read(p, timeout=0.2))
    asked: list[DatabaseProblem] = []
    monkeypatch.setattr(damaged, "ask_restore_newest", lambda p: asked.append(p) or True)
    holder = sqlite3.connect(path, timeout=5)
    holder.execute("PRAGMA locking_mode=EXCLUSIVE")
    holder.execute("BEGIN EXCLUSIVE")
    try:
        before = path.read_bytes()
        with pytest.raises(DatabaseProblem) as info:
            damaged.open_checked(str(path))
        assert info.value.kind == "locked" and "in gebruik" in info.value.message
        assert asked == [] and path.read_bytes() == before
    finally:
        holder.close()


def test_menu_item_is_installed(qtbot, ctx: AppContext):
    from ui.main_window import MainWindow

    window = MainWindow(ctx)
    qtbot.addWidget(window)
    texts = [a.text() for a in window.file_menu.actions()]
    assert "Reservekopie &terugzetten…" in texts


def test_every_record_editor_has_a_history_button(qtbot, ctx: AppContext, monkeypatch):
    from ui.editors.contact_person import ContactPersonEditor
    from ui.safety import change_log

    lg = government_ids(ctx.db, 1)[0]
    c = create_contact(ctx.db, ContactInput(lg, "Peeters", "Jan"))
    editor = ContactPersonEditor(ctx, lg, c.local_government_name)
    qtbot.addWidget(editor)
    button = next(b for b in editor.buttons.buttons() if b.text() == "&Geschiedenis…")
    assert not button.isEnabled()  # a new record has no history yet
    editor.record_id = c.id
    editor.show()
    assert button.isEnabled()
    opened: list[int] = []
    monkeypatch.setattr(
        change_log.ChangeLogDialog, "exec", lambda self: opened.append(self.view.entry_count())
    )
    button.click()
    assert opened == [1]


def test_settings_dialog_keeps_the_number_of_backups(qtbot, ctx: AppContext):
    from ui.settings_dialog import SettingsDialog

    dialog = SettingsDialog(ctx)
    qtbot.addWidget(dialog)
    assert dialog.backups_to_keep.value() == damaged.backups_to_keep() == 10
    dialog.backups_to_keep.setValue(3)
    dialog.accept()
    assert damaged.backups_to_keep() == 3


def test_a_backup_put_back_reloads_every_page_whatever_it_watches(qtbot, ctx: AppContext):
    """The restore used to name nine kinds: the Activiteiten, Communicatie and plan pages
    (watching activities, publications, network members…) kept showing the replaced file."""
    from ui.pages.base import Page

    class Watching(Page):
        watches = ("activity", "publication")
        reads = 0

        def refresh(self) -> None:
            self.reads += 1

    from PySide6.QtWidgets import QStackedWidget

    stack = QStackedWidget()  # as the main window holds its pages
    qtbot.addWidget(stack)
    shown, hidden = Watching(ctx), Watching(ctx)
    stack.addWidget(shown)
    stack.addWidget(hidden)
    stack.show()
    ctx.notify_changed("contact_person")
    assert shown.reads == 0 and not hidden.stale
    ctx.notify_changed(EVERYTHING)
    assert shown.reads == 1 and hidden.stale  # the hidden one reads when shown
