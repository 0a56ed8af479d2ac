"""One ask(): every question box of the app is built by it; Esc gives the escape
answer, Enter the default, a click its button's answer; texts stay as typed."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox

from ui.editors import trajectory_status
from ui.export import questions as export_questions
from ui.export import table_worker
from ui.widgets import questions
from ui.widgets.questions import Icon, Role, ask

BUTTONS = [
    ("a", "&Eerste", Role.AcceptRole),
    ("b", "&Tweede <b>&amp;", Role.ActionRole),
    ("c", "&Derde", Role.RejectRole),
]


def answer_with(act) -> dict[str, object]:
    """Run ``act(box)`` on the next modal box; what the box showed is returned."""
    seen: dict[str, object] = {}

    def run() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        seen["buttons"] = [b.text() for b in box.buttons()]
        seen["default"] = box.defaultButton().text()
        seen["escape"] = box.escapeButton().text()
        seen["text"], seen["format"] = box.text(), box.textFormat()
        act(box)

    QTimer.singleShot(0, run)
    return seen


@pytest.mark.parametrize(("key", "expected"), [(Qt.Key.Key_Escape, "c"), (Qt.Key.Key_Return, "b")])
def test_escape_and_enter_give_their_answers(qapp, key, expected):
    seen = answer_with(lambda box: QTest.keyClick(box, key))
    answer = ask(
        None,
        icon=Icon.Question,
        title="Vraag",
        text="Łukasz <b>& Özdemir",
        buttons=BUTTONS,
        default="b",
        escape="c",
        plain=True,
    )
    assert answer == expected
    assert seen["text"] == "Łukasz <b>& Özdemir"
    assert seen["format"] == Qt.TextFormat.PlainText
    assert sorted(seen["buttons"]) == sorted(t for _a, t, _r in BUTTONS)
    assert (seen["default"], seen["escape"]) == ("&Tweede <b>&amp;", "&Derde")


def test_a_clicked_button_gives_its_answer(qapp):
    answer_with(
        lambda box: box.buttons()[[b.text() for b in box.buttons()].index("&Eerste")].click()
    )
    assert (
        ask(None, icon=Icon.Warning, title="t", text="x", buttons=BUTTONS, default="a", escape="c")
        == "a"
    )


@pytest.mark.parametrize(
    ("question", "default", "escape", "answer"),
    [
        (lambda: questions.ask_unsaved(None), "&Bewaren", "&Verder bewerken", questions.CANCEL),
        (lambda: questions.ask_conflict(None), "&Verder bewerken", "&Verder bewerken", "keep"),
        (
            lambda: export_questions.ask_open(None, "/tmp/a<b>&c.pdf"),
            "&Openen",
            "&Sluiten",
            export_questions.CLOSE,
        ),
        (
            lambda: export_questions.ask_unsaved_before_export(None),
            "Eerst &bewaren",
            "Annuleren",
            export_questions.CANCEL,
        ),
        (
            lambda: table_worker.ask_open(None, "/tmp/a.xlsx", "3 rijen"),
            "&Openen",
            "&Sluiten",
            export_questions.CLOSE,
        ),
        (
            lambda: trajectory_status.ask_feedback_coming(None),
            "&Ja, die komt nog",
            "&Ja, die komt nog",
            trajectory_status.COMING,
        ),
    ],
)
def test_each_question_keeps_its_default_and_escape(qapp, question, default, escape, answer):
    seen = answer_with(lambda box: QTest.keyClick(box, Qt.Key.Key_Escape))
    assert question() == answer
    assert (seen["default"], seen["escape"]) == (default, escape)


def _press_yes(box: QMessageBox) -> None:
    box.button(QMessageBox.StandardButton.Yes).click()


@pytest.mark.parametrize(
    ("act", "expected"),
    [
        (lambda box: QTest.keyClick(box, Qt.Key.Key_Return), False),
        (lambda box: QTest.keyClick(box, Qt.Key.Key_Escape), False),
        (_press_yes, True),
    ],
)
def test_confirm_says_yes_only_when_yes_is_chosen(qapp, act, expected):
    """One Yes/No question for removing or replacing (attachments, parts of a record, a
    restore): No answers Enter and Esc; the question shows a file name as typed."""
    seen = answer_with(act)
    assert questions.confirm(None, "Bijlage verwijderen", "a<b>&c.pdf verwijderen?") is expected
    assert seen["text"] == "a<b>&c.pdf verwijderen?"
    assert seen["format"] == Qt.TextFormat.PlainText
    assert len(seen["buttons"]) == 2
    assert seen["default"] == seen["escape"]  # No
