"""Exporting a focus group asks for whom, by keyboard: "Voor de deelnemers" (default)
or "Intern"; the PDF is made accordingly and signed by the chosen team member."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from supportdesk.services.team import TeamMemberInput, create_team_member
from tests.ui.export.test_export import Answers, check_pdf_file, open_editor, press_ctrl_e
from tests.ui.windows import show_active
from ui.export import questions
from ui.export.questions import AudienceDialog


def test_the_audience_question_by_keyboard(qtbot):
    dialog = AudienceDialog("Evaluatie <&>")
    qtbot.addWidget(dialog)
    show_active(qtbot, dialog)
    assert dialog.participants.isChecked() and dialog.participants.hasFocus()
    assert dialog.audience() == questions.PARTICIPANTS
    qtbot.keyClick(dialog.participants, Qt.Key.Key_Down)
    assert dialog.internal.isChecked() and dialog.audience() == questions.INTERNAL
    # A mnemonic clicks its button a moment later (Qt animates the click).
    qtbot.keyClick(dialog, Qt.Key.Key_D, Qt.KeyboardModifier.AltModifier)  # &deelnemers
    qtbot.waitUntil(lambda: dialog.audience() == questions.PARTICIPANTS)
    qtbot.keyClick(dialog, Qt.Key.Key_I, Qt.KeyboardModifier.AltModifier)  # &Intern
    qtbot.waitUntil(lambda: dialog.audience() == questions.INTERNAL)
    qtbot.keyClick(dialog.internal, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_ctrl_e_on_a_focus_group_asks_for_whom_and_marks_the_internal_one(
    qtbot,
    ctx,
    ids,
    window,
    tmp_path,
    monkeypatch,
):
    me = create_team_member(ctx.db, TeamMemberInput("Ayşe Özdemir")).id
    ctx.settings().setValue("user/team_member_id", me)
    answers = Answers(monkeypatch, tmp_path, "intern.pdf")
    answers.open_choice = questions.CLOSE
    answers.audience = questions.INTERNAL
    editor = open_editor(qtbot, window, "focus_group", ids.focus_group)

    task, _progress = press_ctrl_e(qtbot, editor.topic)

    assert answers.audiences == [editor.topic.text()]
    assert Path(answers.suggested[0]).name.endswith(" intern.pdf")
    check_pdf_file(task.path)
    reader = PdfReader(task.path)
    assert all("Intern document" in (p.extract_text() or "") for p in reader.pages)
    assert reader.metadata.author == "Ayşe Özdemir"
    editor.close()


def test_cancelling_the_question_exports_nothing(qtbot, ctx, ids, window, tmp_path, monkeypatch):
    answers = Answers(monkeypatch, tmp_path)
    answers.audience = None
    editor = open_editor(qtbot, window, "focus_group", ids.focus_group)
    editor.topic.setFocus()
    qtbot.keyClick(editor.topic, "e", Qt.KeyboardModifier.ControlModifier)
    assert answers.audiences and answers.suggested == []
    editor.close()
