"""Files on records, as a person handles them: add through the file dialog (answered by
the test) or by dropping, open (a private copy handed to the system), remove after a
question (Delete key), and a file above 25 MB refused with a message."""

from __future__ import annotations

import os
import stat
from datetime import date
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from supportdesk.services.advice import AdviceTalkInput, create_advice_talk
from supportdesk.services.attachments import attachment_content, list_attachments
from tests.supportdesk.services.helpers import ANTWERPEN, lg_id
from tests.ui.test_mail_to_talk import drop
from tests.ui.windows import show_active
from ui.editors import attachments_panel
from ui.editors.advice_talk import AdviceTalkEditor
from ui.pages.local_government_detail import LocalGovernmentDetail
from ui.widgets import questions


@pytest.fixture
def talk(ctx):
    data = AdviceTalkInput(date(2025, 3, 1), lg_id(ctx.db, ANTWERPEN), "phone", "Vraag")
    return create_advice_talk(ctx.db, data)


@pytest.fixture
def editor(qtbot, ctx, talk, monkeypatch):
    monkeypatch.setattr(questions, "ask_unsaved", lambda parent: questions.DISCARD)
    editor = AdviceTalkEditor(ctx)
    editor.edit(talk)
    editor.show()
    yield editor
    if shiboken6.isValid(editor):
        editor.close_without_asking()


def test_add_by_dialog_open_and_remove_with_the_keyboard(
    qtbot, ctx, talk, editor, monkeypatch, tmp_path
):
    doc = tmp_path / "Łukasz <verslag>.pdf"
    doc.write_bytes(b"%PDF-1.4 \x00\xff")
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(doc)], ""))
    panel = editor.attachments
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    [stored] = list_attachments(ctx.db, "advice_talk", talk.id)
    assert stored.file_name == "Łukasz <verslag>.pdf"
    assert panel.file_names() == ["Łukasz <verslag>.pdf"]
    assert not editor.is_dirty()  # stored at once; the talk itself did not change
    opened = []
    monkeypatch.setattr(
        attachments_panel, "open_with_system", lambda url: opened.append(url) or True
    )
    panel.list.setFocus()
    qtbot.keyClick(panel.list, Qt.Key.Key_Return)
    [url] = opened
    copy = Path(url.toLocalFile())
    assert copy.read_bytes() == b"%PDF-1.4 \x00\xff"
    assert copy.name == "Łukasz _verslag_.pdf"  # a name Windows accepts too
    assert stat.S_IMODE(os.stat(copy).st_mode) == 0o600
    answers = iter([False, True])  # "Nee", then "Ja"
    monkeypatch.setattr(attachments_panel, "confirm", lambda *a, **k: next(answers))
    qtbot.keyClick(panel.list, Qt.Key.Key_Delete)
    assert len(list_attachments(ctx.db, "advice_talk", talk.id)) == 1  # "Nee": kept
    qtbot.keyClick(panel.list, Qt.Key.Key_Delete)
    assert list_attachments(ctx.db, "advice_talk", talk.id) == []
    assert panel.file_names() == []


def test_drop_files_on_the_panel_and_a_too_large_one_is_refused(qtbot, ctx, talk, editor, tmp_path):
    a = tmp_path / "a.txt"
    a.write_text("één")
    big = tmp_path / "groot.zip"
    with open(big, "wb") as f:
        f.truncate(30 * 1024 * 1024)
    panel = editor.attachments
    drop(panel, [big, a])
    assert "groot.zip is 30 MB; een bijlage mag hoogstens 25 MB zijn" in panel.error.text()
    assert list_attachments(ctx.db, "advice_talk", talk.id) == []  # none of the two
    drop(panel, [a])
    [stored] = list_attachments(ctx.db, "advice_talk", talk.id)
    assert attachment_content(ctx.db, stored.id) == "één".encode()
    assert panel.error.text() == ""


def test_government_detail_holds_files(qtbot, ctx, tmp_path, monkeypatch):
    page = LocalGovernmentDetail(ctx)
    qtbot.addWidget(page)
    ant = lg_id(ctx.db, ANTWERPEN)
    page.show_government(ant)
    doc = tmp_path / "samenwerkingsakkoord.pdf"
    doc.write_bytes(b"x")
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(doc)], ""))
    qtbot.mouseClick(page.attachments.add_button, Qt.MouseButton.LeftButton)
    assert [v.file_name for v in list_attachments(ctx.db, "local_government", ant)] == [doc.name]


def test_files_added_before_a_new_focus_group_is_saved_are_stored_with_it(
    qtbot, ctx, tmp_path, monkeypatch
):
    from PySide6.QtWidgets import QWidget

    from ui.editors.focus_group import FocusGroupEditor

    host = QWidget()
    qtbot.addWidget(host)
    editor = FocusGroupEditor(ctx, host)
    show_active(qtbot, editor)
    doc = tmp_path / "uitnodiging.pdf"
    doc.write_bytes(b"pdf")
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(doc)], ""))
    qtbot.mouseClick(editor.attachments.add_button, Qt.MouseButton.LeftButton)
    assert editor.attachments.file_names() == ["uitnodiging.pdf"]  # waiting: not saved yet
    assert editor.is_dirty()  # a waiting file is a change
    qtbot.keyClicks(editor.topic, "Evaluatie")
    with qtbot.waitSignal(editor.saved, timeout=3000):
        qtbot.keyClick(editor.topic, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    [stored] = list_attachments(ctx.db, "focus_group", editor.record_id)
    assert attachment_content(ctx.db, stored.id) == b"pdf"


def test_history_words_file_notes_in_the_interface_language(qtbot, ctx, talk):
    """The core gives names and sizes; the government's history words them ("Bijlage:"
    in Dutch, "Attachment:" in English), and a name holding "%2" is shown as typed."""
    from supportdesk.services.attachments import NewFile, add_attachments
    from ui.i18n import install_translation, remove_translation

    add_attachments(ctx.db, "advice_talk", talk.id, [NewFile("verslag%2 <&> 😀.pdf", b"x" * 2048)])
    ant = lg_id(ctx.db, ANTWERPEN)

    def history_states() -> list[str]:
        page = LocalGovernmentDetail(ctx)
        qtbot.addWidget(page)
        page.show_government(ant)
        model = page.timeline.model  # the tooltip holds the whole entry
        tips = [model.index(i).data(Qt.ItemDataRole.ToolTipRole) for i in range(model.rowCount())]
        return [line for tip in tips for line in tip.splitlines()]

    [dutch] = [s for s in history_states() if "verslag" in s]
    assert dutch.endswith("Bijlage: verslag%2 <&> 😀.pdf (2 kB)")
    translators = install_translation("en")
    try:
        [english] = [s for s in history_states() if "verslag" in s]
    finally:
        remove_translation(translators)
    assert english.endswith("Attachment: verslag%2 <&> 😀.pdf (2 kB)")
    assert "Bijlage" not in english


def test_a_file_name_holding_percent_signs_is_listed_as_typed(qtbot, ctx, talk, editor, tmp_path):
    doc = tmp_path / "verslag%2%1 <&> 😀.pdf"
    doc.write_bytes(b"x" * 2048)
    drop(editor.attachments.list.viewport(), [doc])
    [text] = [
        editor.attachments.list.item(i).text() for i in range(editor.attachments.list.count())
    ]
    assert text.startswith("verslag%2%1 <&> 😀.pdf (2 kB, ")


def test_the_real_remove_question_is_cancelled_with_esc(qtbot, ctx, talk, editor):
    """Not a monkeypatched answer: the real question box opens on Delete and Esc keeps
    the file (No is its escape button)."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from supportdesk.services.attachments import NewFile, add_attachments

    add_attachments(ctx.db, "advice_talk", talk.id, [NewFile("houden.pdf", b"x")])
    panel = editor.attachments
    panel.reload()
    seen: list[str] = []

    def press_escape() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, press_escape)
            return
        seen.append(box.text())
        qtbot.keyClick(box, Qt.Key.Key_Escape)

    QTimer.singleShot(0, press_escape)
    panel.list.setFocus()
    panel.list.setCurrentRow(0)
    qtbot.keyClick(panel.list, Qt.Key.Key_Delete)
    assert seen and "houden.pdf" in seen[0]
    assert [v.file_name for v in list_attachments(ctx.db, "advice_talk", talk.id)] == ["houden.pdf"]


def test_a_dropped_folder_or_pipe_is_named_and_nothing_is_added(qtbot, ctx, talk, editor, tmp_path):
    folder = tmp_path / "Verslagen 2025"
    folder.mkdir()
    (folder / "a.pdf").write_bytes(b"a")
    pipe = tmp_path / "pijp"
    os.mkfifo(pipe)  # reading it would hang the window
    ok = tmp_path / "ok.txt"
    ok.write_text("ok")
    panel = editor.attachments
    drop(panel.list.viewport(), [ok, folder])
    assert "Verslagen 2025 is een map" in panel.error.text()
    drop(panel.list.viewport(), [pipe])
    assert "pijp is geen gewoon bestand" in panel.error.text()
    assert list_attachments(ctx.db, "advice_talk", talk.id) == []


def test_files_waiting_for_a_save_stay_when_storing_them_fails(qtbot, ctx, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QWidget

    from supportdesk.errors import DomainError
    from ui.editors.focus_group import FocusGroupEditor

    host = QWidget()
    qtbot.addWidget(host)
    editor = FocusGroupEditor(ctx, host)
    editor.show()
    doc = tmp_path / "uitnodiging.pdf"
    doc.write_bytes(b"pdf")
    drop(editor.attachments.list.viewport(), [doc])

    def refuse(*_a, **_k):
        raise DomainError("De databank is even niet bereikbaar.")

    from supportdesk.services.focus_groups import FocusGroupInput, create_focus_group

    group = create_focus_group(ctx.db, FocusGroupInput(date(2025, 4, 1), "Tools"))
    monkeypatch.setattr(attachments_panel, "add_attachments", refuse)
    editor.attachments.set_record(group.id)  # as after the focus group's save
    assert editor.attachments.pending_files()[0].file_name == "uitnodiging.pdf"
    assert "niet bereikbaar" in editor.attachments.error.text()
    editor.close_without_asking()
