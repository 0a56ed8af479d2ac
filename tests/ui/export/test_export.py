"""PDF export from the app as a person uses it: Ctrl+E on a government, in a trajectory
or focus-group editor and on the Overzicht; the save dialog and the "open it?" question
are answered by the test; the PDF is real and read back; the export runs in a thread
(the test waits on signals, the window keeps handling events)."""

from __future__ import annotations

import os
import threading
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt, QTimer, QUrl
from PySide6.QtWidgets import QApplication, QLabel

from supportdesk.services.team import TeamMemberInput, create_team_member
from tests.supportdesk.reports._fixtures import flat, pdf_text
from tests.ui.export.running import export_by_keys
from ui.export import actions, questions, worker
from ui.export.questions import PeriodDialog
from ui.widgets import questions as editor_questions


class Answers:
    """The test's answers to the export's questions, and what was asked."""

    def __init__(self, monkeypatch, folder: Path, name: str = "export.pdf") -> None:
        self.path = str(folder / name)
        self.suggested: list[str] = []
        self.periods: list[str] = []
        self.opened: list[QUrl] = []
        self.failures: list[str] = []
        self.period: tuple[date | None, date | None] | None = (None, None)
        self.open_choice = questions.OPEN
        monkeypatch.setattr(questions, "ask_save_path", self._save)
        monkeypatch.setattr(questions, "ask_period", self._period)
        self.audience: str | None = questions.PARTICIPANTS
        self.audiences: list[str] = []
        monkeypatch.setattr(questions, "ask_audience", self._audience)
        monkeypatch.setattr(questions, "ask_open", lambda _p, _path: self.open_choice)
        monkeypatch.setattr(questions, "open_url", lambda url: self.opened.append(url) or True)
        monkeypatch.setattr(
            questions, "tell_failure", lambda _p, _t, message: self.failures.append(message)
        )
        monkeypatch.setattr(editor_questions, "ask_unsaved", lambda *_a: editor_questions.DISCARD)
        self.unsaved = questions.SAVE_FIRST
        self.unsaved_asked = 0
        monkeypatch.setattr(questions, "ask_unsaved_before_export", self._unsaved)

    def _unsaved(self, _parent) -> str:
        self.unsaved_asked += 1
        return self.unsaved

    def _save(self, _parent, _title, suggested: str) -> str:
        self.suggested.append(suggested)
        return self.path

    def _period(self, _parent, name: str):
        self.periods.append(name)
        return self.period

    def _audience(self, _parent, topic: str):
        self.audiences.append(topic)
        return self.audience


def activate(qtbot, window):
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


def open_editor(qtbot, window, kind: str, record_id: str):
    """The record opened from its page, as Enter on its row does; its editor active."""
    editor = window.show_page(kind).open_record(record_id)
    activate(qtbot, editor)
    return editor


def press_ctrl_e(qtbot, widget):
    """Ctrl+E typed in ``widget``; the export that starts, once it has finished."""
    widget.setFocus()
    return export_by_keys(
        qtbot, widget, "e", Qt.KeyboardModifier.ControlModifier, start_ms=2000, finish_ms=30000
    )


def check_pdf_file(path: str) -> str:
    data = Path(path).read_bytes()
    assert data.startswith(b"%PDF")
    return flat(pdf_text(Path(path)))


def test_ctrl_e_on_a_government_exports_its_case_summary(
    qtbot, ctx, ids, window, tmp_path, monkeypatch
):
    me = create_team_member(ctx.db, TeamMemberInput("Ayşe Özdemir")).id
    ctx.settings().setValue("user/team_member_id", me)
    answers = Answers(monkeypatch, tmp_path)
    answers.period = (date(2025, 3, 1), None)
    page = window.show_page("local_government")
    page.open_record(ids.home)
    assert page.detail.export_button.isVisible()
    assert "Ctrl+E" in page.detail.export_button.toolTip()
    page.detail.history.setFocus()

    task, progress = press_ctrl_e(qtbot, page.detail.history)

    assert task.path == answers.path and not task.error
    assert answers.periods == ["Gent"]
    suggested = Path(answers.suggested[0])
    assert suggested.name == f"Dossier Gent {date.today().isoformat()}.pdf"
    text = check_pdf_file(answers.path)
    assert "Gent" in text and "vanaf 01/03/2025" in text
    assert "Per mail" not in text  # 5 January: before the period
    assert "GEHEIME" not in text
    assert PdfReader(answers.path).metadata.author == "Ayşe Özdemir"
    assert progress and all(0 <= d <= t for d, t in progress)  # came by signal
    assert answers.opened == [QUrl.fromLocalFile(answers.path)]
    assert ctx.settings().value(actions.FOLDER_KEY) == str(tmp_path)
    assert not window.ctx.exports.running()


def test_period_cancelled_or_save_dialog_cancelled_exports_nothing(
    qtbot, ids, window, tmp_path, monkeypatch
):
    answers = Answers(monkeypatch, tmp_path)
    page = window.show_page("local_government")
    page.open_record(ids.home)
    answers.period = None
    assert actions.export_case_summary(page.detail, page.ctx, ids.home, "Gent") is None
    assert answers.suggested == []
    answers.period = (None, None)
    monkeypatch.setattr(questions, "ask_save_path", lambda *_a: "")
    assert actions.export_case_summary(page.detail, page.ctx, ids.home, "Gent") is None
    assert list(tmp_path.glob("*.pdf")) == []


def test_ctrl_e_in_a_trajectory_editor_exports_that_trajectory(
    qtbot, ctx, ids, window, tmp_path, monkeypatch
):
    answers = Answers(monkeypatch, tmp_path, "traject.pdf")
    answers.open_choice = questions.FOLDER
    ctx.settings().setValue(actions.FOLDER_KEY, str(tmp_path))
    editor = open_editor(qtbot, window, "trajectory", ids.trajectory)

    task, _progress = press_ctrl_e(qtbot, editor.title_edit)

    assert Path(answers.suggested[0]).parent == tmp_path  # the folder used last time
    assert Path(answers.suggested[0]).name.startswith("Traject Traject Łukasz Wiśniewski")
    assert "<" not in Path(answers.suggested[0]).name  # no character a file name can't hold
    text = check_pdf_file(task.path)
    assert "Traject Łukasz Wiśniewski <b>" in text
    assert answers.opened == [QUrl.fromLocalFile(str(tmp_path))]  # "Map tonen"
    editor.close()


def test_unsaved_changes_are_saved_first_or_left_out_knowingly(
    qtbot, ctx, ids, window, tmp_path, monkeypatch
):
    answers = Answers(monkeypatch, tmp_path, "traject.pdf")
    answers.open_choice = questions.CLOSE
    editor = open_editor(qtbot, window, "trajectory", ids.trajectory)
    editor.title_edit.setFocus()
    editor.title_edit.selectAll()
    qtbot.keyClicks(editor.title_edit, "Nieuwe titel")
    assert editor.is_dirty()

    answers.unsaved = questions.CANCEL
    qtbot.keyClick(editor.title_edit, "e", Qt.KeyboardModifier.ControlModifier)
    assert answers.unsaved_asked == 1 and answers.suggested == []  # nothing exported

    answers.unsaved = questions.STORED
    task, _progress = press_ctrl_e(qtbot, editor.title_edit)
    assert "Traject Łukasz Wiśniewski <b>" in check_pdf_file(task.path)
    assert editor.is_dirty() and editor.title_edit.text() == "Nieuwe titel"  # still typed

    answers.unsaved = questions.SAVE_FIRST
    task, _progress = press_ctrl_e(qtbot, editor.title_edit)
    assert not editor.is_dirty() and editor.isVisible()  # saved, the editor stays open
    assert "Nieuwe titel" in check_pdf_file(task.path)
    editor.close()


def test_ctrl_e_in_a_focus_group_editor_exports_that_focus_group(
    qtbot, ctx, ids, window, tmp_path, monkeypatch
):
    answers = Answers(monkeypatch, tmp_path, "focus.pdf")
    answers.open_choice = questions.CLOSE
    editor = open_editor(qtbot, window, "focus_group", ids.focus_group)

    task, _progress = press_ctrl_e(qtbot, editor.topic)

    assert Path(answers.suggested[0]).name.startswith("Focusgroep 2025-05-20 Focus Ğülşen")
    text = check_pdf_file(task.path)
    assert "Focus Ğülşen & tools" in text
    assert answers.opened == []
    editor.close()


def test_a_new_record_has_nothing_to_export_yet(qtbot, ctx, window, monkeypatch):
    Answers(monkeypatch, Path("."))
    editor = window.page("trajectory").new_record()
    if editor is None:  # the page may only open it; find it
        editor = window.page("trajectory").editors[-1]
    button = next(b for b in editor.buttons.buttons() if "PDF" in b.text())
    assert not button.isEnabled()
    editor.close()


def test_ctrl_e_on_the_overview_exports_the_chosen_year(qtbot, ids, window, tmp_path, monkeypatch):
    answers = Answers(monkeypatch, tmp_path, "jaar.pdf")
    page = window.show_page("overview")
    page.year.setValue(2025)
    page.year.setFocus()

    task, progress = press_ctrl_e(qtbot, page.year)

    assert Path(answers.suggested[0]).name == "Jaarrapport 2025.pdf"
    text = check_pdf_file(task.path)
    assert "2025" in text
    assert progress


def test_an_unwritable_folder_shows_the_message_and_leaves_nothing(
    qtbot, ids, window, tmp_path, monkeypatch
):
    locked = tmp_path / "alleen-lezen"
    locked.mkdir()
    locked.chmod(0o500)
    try:
        if os.access(locked, os.W_OK):
            pytest.skip("running as a user who may write anywhere")
        answers = Answers(monkeypatch, locked, "jaar.pdf")
        page = window.show_page("overview")
        task, _progress = press_ctrl_e(qtbot, page.year)
        assert task.path == "" and task.error
        assert answers.failures == [task.error]
        assert answers.opened == []
        assert list(locked.iterdir()) == []
    finally:
        locked.chmod(0o700)


def test_a_folder_that_is_gone_shows_the_message_and_leaves_nothing(
    qtbot, ids, window, tmp_path, monkeypatch
):
    answers = Answers(monkeypatch, tmp_path / "verwijderd", "Dossier.pdf")
    page = window.show_page("local_government")
    page.open_record(ids.home)
    task, _progress = press_ctrl_e(qtbot, page.detail.history)
    assert task.path == "" and task.error and "verwijderd" in task.error
    assert answers.failures == [task.error]
    assert answers.opened == []
    assert not (tmp_path / "verwijderd").exists()
    assert not [p for p in tmp_path.rglob("*") if "pdf" in p.name.lower()]  # nor a temp file
    assert not window.ctx.exports.running()


def test_the_window_keeps_working_while_the_pdf_is_made(qtbot, window, tmp_path, monkeypatch):
    answers = Answers(monkeypatch, tmp_path)
    answers.open_choice = questions.CLOSE
    gate = threading.Event()
    out = tmp_path / "traag.pdf"

    def slow_render(progress):
        progress(1, 4)
        gate.wait(10)  # a long export: the thread waits until the test lets it finish
        out.write_bytes(b"%PDF-1.4")
        progress(4, 4)
        return out

    task = worker.start_export(window.ctx.exports, window, "Traag", slow_render, file_name=out.name)
    try:
        # The GUI thread goes on: the progress dialog appears after its delay, timers fire.
        qtbot.waitUntil(task.dialog.isVisible, timeout=3000)
        assert task.is_running()
        assert "traag.pdf" in task.dialog.findChild(QLabel).text()
        assert task.dialog.windowModality() == Qt.WindowModality.WindowModal
        ticks = []
        QTimer.singleShot(0, lambda: ticks.append(1))
        qtbot.waitUntil(lambda: bool(ticks))
        with qtbot.waitSignal(task.finished, timeout=10000) as done:
            gate.set()
    finally:
        gate.set()
        task.wait()
    assert done.args == [str(out)] and window.ctx.exports.running() == []


def test_an_unknown_record_shows_the_core_message(qtbot, ctx, window, tmp_path, monkeypatch):
    answers = Answers(monkeypatch, tmp_path)
    page = window.show_page("overview")
    task = actions.export_trajectory(page, ctx, "00000000-0000-0000-0000-000000000000", "X")
    with qtbot.waitSignal(task.finished, timeout=10000):
        pass
    assert answers.failures and answers.failures[0] == task.error
    assert list(tmp_path.glob("*.pdf")) == []


def test_period_dialog_refuses_from_after_to(qtbot):
    dialog = PeriodDialog("Gent")
    qtbot.addWidget(dialog)
    assert dialog.period() == (None, None) and dialog.ok_button.isEnabled()
    dialog.date_from.set_optional(date(2025, 6, 1))
    dialog.date_to.set_optional(date(2025, 1, 1))
    assert not dialog.ok_button.isEnabled() and dialog.error.isVisibleTo(dialog)
    dialog.date_to.set_optional(date(2025, 12, 31))
    assert dialog.ok_button.isEnabled()
    assert dialog.period() == (date(2025, 6, 1), date(2025, 12, 31))


def test_file_names_hold_no_forbidden_characters():
    assert actions.file_name('Traject a/b: "c" <d>?') == "Traject a b c d.pdf"
    assert actions.file_name("Dossier Łukasz 👍") == "Dossier Łukasz 👍.pdf"
    assert actions.file_name("...") == "export.pdf"
