"""From the English interface the PDFs and their suggested file names are English
(issue 13.5); from the Dutch one they stay Dutch (test_export)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from tests.ui.export.test_export import Answers, check_pdf_file, open_editor, press_ctrl_e
from ui.i18n import current_language, install_translation, remove_translation


@pytest.fixture(autouse=True)
def english():
    """The English interface, installed before the window (tests/ui/conftest.py's) is made."""
    translators = install_translation("en")
    assert current_language() == "en"
    yield
    remove_translation(translators)
    assert current_language() == "nl"


def test_case_summary_from_the_english_interface_is_english(
    qtbot,
    ids,
    window,  # made after the autouse English
    tmp_path,
    monkeypatch,
):
    answers = Answers(monkeypatch, tmp_path)
    answers.period = (date(2025, 3, 1), None)
    page = window.show_page("local_government")
    page.open_record(ids.home)

    task, _progress = press_ctrl_e(qtbot, page.detail.history)

    assert not task.error
    assert Path(answers.suggested[0]).name == f"Case summary Gent {date.today().isoformat()}.pdf"
    text = check_pdf_file(answers.path)
    assert "Case summary Gent" in text and "Contact persons" in text
    assert "from 01/03/2025" in text and "page 1 of" in text
    assert "Contactpersonen" not in text and "Dossieroverzicht" not in text
    assert "Ayşe Özdemir" in text and "x < y" in text and "A & B" in text  # as typed


def test_trajectory_from_the_english_interface_is_english(
    qtbot,
    ids,
    window,
    tmp_path,
    monkeypatch,
):
    answers = Answers(monkeypatch, tmp_path, "trajectory.pdf")
    editor = open_editor(qtbot, window, "trajectory", ids.trajectory)

    task, _progress = press_ctrl_e(qtbot, editor.title_edit)

    name = Path(answers.suggested[0]).name
    assert name.startswith("Trajectory Traject Łukasz Wiśniewski"), name
    text = check_pdf_file(task.path)
    assert "The trajectory" in text and "Het traject" not in text
    assert "Traject Łukasz Wiśniewski <b>" in text  # the title as typed
    editor.close()
