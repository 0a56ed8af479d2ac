"""The app's start order: the window first, then the quick check and start backup in a
worker thread; damage found then blocks writes and asks what to do."""

from __future__ import annotations

import shutil
import threading
from pathlib import Path

import pytest

from supportdesk.errors import DomainError
from supportdesk.safety import start_checks
from supportdesk.safety.backups import list_backups, make_backup
from supportdesk.safety.start_checks import writes_blocked
from supportdesk.safety.startup import DatabaseProblem
from supportdesk.services.contacts import ContactInput, create_contact, list_contacts
from tests.supportdesk.safety.conftest import government_ids
from ui import startup
from ui.app import open_for_window, show_and_check
from ui.context import AppContext
from ui.main_window import MainWindow
from ui.safety import damaged
from ui.safety import start_check as start_check_ui

WAIT_MS = 60_000


@pytest.fixture
def team_file(sqlite_template: Path, tmp_path: Path) -> Path:
    path = tmp_path / "team.sqlite3"
    shutil.copyfile(sqlite_template, path)
    return path


def _window(qtbot, location: Path):
    opened = open_for_window(str(location))
    ctx = AppContext(opened.db)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    return opened, ctx, window


def test_window_shows_before_the_backup_and_the_backup_follows(qtbot, team_file, monkeypatch):
    gate = threading.Event()
    real = start_checks.run_start_checks

    def slow_checks(path: Path, keep: int, plan=None):
        assert gate.wait(WAIT_MS / 1000)
        return real(path, keep, plan)

    monkeypatch.setattr(start_check_ui, "run_start_checks", slow_checks)
    opened, ctx, window = _window(qtbot, team_file)
    try:
        assert opened.checks_pending == team_file and list_backups(team_file) == []
        checker = show_and_check(window, ctx, opened)
        assert checker is not None
        # the checks start once the first page is filled, not while it is painted and read
        assert window.isVisible() and not checker.running()
        with qtbot.waitSignal(window.first_page_filled, timeout=WAIT_MS):
            pass
        qtbot.waitUntil(checker.running, timeout=WAIT_MS)  # usable while the check runs
        assert "reservekopie" in window.statusBar().currentMessage()
        with qtbot.waitSignal(checker.finished, timeout=WAIT_MS) as signal:
            gate.set()
        check = signal.args[0]
        assert check.problem is None and check.backup is not None
        assert [b.path for b in list_backups(team_file)] == [check.backup]
        assert "in orde" in window.statusBar().currentMessage()
        assert not writes_blocked(ctx.db)
    finally:
        gate.set()
        opened.db.dispose()


def test_a_damaged_file_is_still_refused_before_the_window(qtbot, team_file, monkeypatch):
    make_backup(team_file)
    data = team_file.read_bytes()
    team_file.write_bytes(data[: len(data) // 2])
    monkeypatch.setattr(damaged, "ask_restore_newest", lambda p: False)
    with pytest.raises(DatabaseProblem) as info:
        open_for_window(str(team_file))
    assert info.value.kind == "truncated"
    assert team_file.read_bytes() == data[: len(data) // 2]


def _damage_found_later(monkeypatch) -> None:
    real = start_checks.run_start_checks

    def finds_damage(path: Path, keep: int, plan=None):
        found = real(path, keep, plan)
        assert found.problem is None
        found.backup.unlink()  # type: ignore[union-attr]
        problem = start_checks.Problem("damaged", "de databank is beschadigd (test)")
        return start_checks.StartCheck(path, problem=problem, backups=list_backups(path))

    monkeypatch.setattr(start_check_ui, "run_start_checks", finds_damage)


def test_damage_found_later_blocks_writes_and_restores_the_newest_backup(
    qtbot, team_file, monkeypatch
):
    make_backup(team_file)
    _damage_found_later(monkeypatch)
    asked: list[DatabaseProblem] = []
    monkeypatch.setattr(damaged, "ask_restore_newest", lambda p: asked.append(p) or True)
    opened, ctx, window = _window(qtbot, team_file)
    try:
        lg = government_ids(ctx.db, 1)[0]
        create_contact(ctx.db, ContactInput(lg, "Na de kopie"))
        checker = show_and_check(window, ctx, opened)
        assert checker is not None
        with qtbot.waitSignal(checker.finished, timeout=WAIT_MS):
            pass
        assert asked and asked[0].kind == "damaged"
        assert not writes_blocked(ctx.db)  # the restored file may be written again
        assert list_contacts(ctx.db, lg) == []  # the backup's content, same ctx.db
        assert any(b.kind == "voor-herstel" for b in list_backups(team_file))
        assert checker.next_location is None
    finally:
        opened.db.dispose()


def test_damage_found_later_other_file_closes_and_names_it(qtbot, team_file, monkeypatch):
    _damage_found_later(monkeypatch)  # no backups: straight to the other choices
    other = team_file.with_name("ander.sqlite3")
    monkeypatch.setattr(startup, "ask_database_problem", lambda location, exc: startup.OPEN)
    monkeypatch.setattr(startup, "choose_file", lambda mode: str(other))
    monkeypatch.setattr(start_check_ui.StartChecker, "_close_windows", lambda self: None)
    opened, ctx, window = _window(qtbot, team_file)
    try:
        lg = government_ids(ctx.db, 1)[0]
        checker = show_and_check(window, ctx, opened)
        assert checker is not None
        with qtbot.waitSignal(checker.finished, timeout=WAIT_MS):
            pass
        assert checker.next_location == str(other)
        assert writes_blocked(ctx.db)
        before = team_file.read_bytes()
        with pytest.raises(DomainError):
            create_contact(ctx.db, ContactInput(lg, "Niet bewaard"))
        ctx.db.dispose()
        assert team_file.read_bytes() == before
    finally:
        opened.db.dispose()


def test_a_new_database_has_nothing_to_check_later(qtbot, tmp_path):
    opened, ctx, window = _window(qtbot, tmp_path / "nieuw.sqlite3")
    try:
        assert opened.checks_pending is None
        assert show_and_check(window, ctx, opened) is None and window.isVisible()
    finally:
        opened.db.dispose()


def test_a_file_another_program_holds_through_the_check_is_not_called_damaged(
    qtbot, team_file, monkeypatch
):
    """Another program holds the file for longer than the check waits: the status bar
    says it was not checked; no backup is offered, nothing is blocked, work goes on.
    (The check reads a held copy of the file: the app's own connections stay free.)"""
    import sqlite3

    from supportdesk.safety import diagnosis

    make_backup(team_file)
    held = team_file.with_name("held.sqlite3")
    shutil.copyfile(team_file, held)
    holder = sqlite3.connect(held, timeout=5)
    holder.execute("PRAGMA locking_mode=EXCLUSIVE")
    holder.execute("BEGIN EXCLUSIVE")
    asked: list[object] = []
    monkeypatch.setattr(damaged, "ask_restore_newest", lambda p: asked.append(p) or True)
    monkeypatch.setattr(startup, "ask_database_problem", lambda *a: asked.append(a))
    opened, ctx, window = _window(qtbot, team_file)  # opened before the check is held up
    real_read = diagnosis.reading_connection
    monkeypatch.setattr(
        diagnosis, "reading_connection", lambda p, **k: real_read(held, timeout=0.2)
    )
    try:
        checker = show_and_check(window, ctx, opened)
        assert checker is not None
        with qtbot.waitSignal(checker.finished, timeout=WAIT_MS) as signal:
            pass
        assert signal.args[0].not_checked is not None
        said = window.statusBar().currentMessage()
        assert said.startswith("Databank niet gecontroleerd: de databank is in gebruik"), said
        assert "volgende start" in said
        assert asked == [] and checker.next_location is None
        assert not writes_blocked(ctx.db)
        lg = government_ids(ctx.db, 1)[0]
        create_contact(ctx.db, ContactInput(lg, "Łukasz"))  # the file is written as before
        assert "Łukasz" in [c.last_name for c in list_contacts(ctx.db, lg)]
    finally:
        holder.close()
        opened.db.dispose()
