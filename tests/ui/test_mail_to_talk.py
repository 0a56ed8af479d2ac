"""A mail becomes an advice talk, as a person does it: drop .eml/.msg files on the window
or on the advice-talk list, or Bestand > Nieuw uit e-mail… (the file dialog answered by
the test); check the editor, save with Ctrl+S; the mail is then an attachment."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from supportdesk.mail_import import is_mail_file
from supportdesk.services.advice import get_advice_talk
from supportdesk.services.attachments import attachment_content, list_attachments
from supportdesk.services.contacts import ContactInput, create_contact
from tests.supportdesk.services.helpers import ANTWERPEN, lg_id
from ui.main_window import MainWindow
from ui.widgets import questions

MAIL = Path(__file__).parent.parent / "data" / "mail"


@pytest.fixture
def window(qtbot, ctx, monkeypatch):
    # Editors left open with changes do not ask when the test's window goes away.
    monkeypatch.setattr(questions, "ask_unsaved", lambda parent: questions.DISCARD)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(window.isActiveWindow)
    return window


def drop(widget, paths: list[Path]) -> QDropEvent:
    """A drag of local files entering ``widget`` and dropped on it, as the system sends."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    enter = QDragEnterEvent(
        QPoint(5, 5),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(widget, enter)
    assert enter.isAccepted(), "the drag was refused"
    event = QDropEvent(
        QPointF(5, 5),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(widget, event)
    return event


def test_dropped_mail_opens_a_filled_unsaved_talk_and_saving_keeps_the_mail(qtbot, window, ctx):
    ant = lg_id(ctx.db, ANTWERPEN)
    person = create_contact(
        ctx.db, ContactInput(ant, "Özdemir", "Łukasz", email="lukasz.ozdemir@borsbeek.be")
    )
    page = window.show_page("advice_talk")
    event = drop(page.table.viewport(), [MAIL / "question_with_attachments.eml"])
    assert event.isAccepted()
    editor = page.editors[-1]
    qtbot.waitUntil(editor.isActiveWindow)
    assert editor.record_id is None and editor.is_dirty()  # nothing stored yet
    assert editor.date.value() == date(2025, 3, 14)
    assert editor._channels[editor.channel.currentIndex()] == "email"
    assert editor.government.value() == ant
    assert editor.contacts.checked_ids() == [person.id]
    assert editor.question.toPlainText().startswith("Vraag over digihelpers & <vrijwilligers> 😀")
    assert editor.attachments.file_names() == ["question_with_attachments.eml"]
    qtbot.keyClick(editor.question, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not editor.isVisible())
    talk_id = editor.record_id
    talk = get_advice_talk(ctx.db, talk_id)
    assert talk.channel == "email" and [c.id for c in talk.contacts] == [person.id]
    [kept] = list_attachments(ctx.db, "advice_talk", talk_id)
    assert kept.contact_person_id == person.id
    assert (
        attachment_content(ctx.db, kept.id) == (MAIL / "question_with_attachments.eml").read_bytes()
    )


def test_several_mails_dropped_on_the_window_open_one_editor_each(qtbot, window, tmp_path):
    window.show_page("overview")
    drop(window, [MAIL / "html_only.eml", MAIL / "outlook_question.msg"])
    editors = window.page("advice_talk").editors
    assert len(editors) == 2
    html, msg = editors
    assert "toegankelijk zijn & voldoen aan WCAG 2.1." in html.question.toPlainText()
    assert "<" not in html.question.toPlainText()
    assert html.government.value() == ""  # unknown sender: the person chooses
    assert msg.question.toPlainText().startswith("Subsidie voor digibanken – vraag")
    for editor in editors:
        editor.close_without_asking()


def test_new_from_mail_menu_and_bad_files_give_a_message_and_change_nothing(
    qtbot, window, ctx, monkeypatch, tmp_path
):
    big = tmp_path / "groot.eml"
    with open(big, "wb") as f:
        f.truncate(50 * 1024 * 1024)
    notmail = tmp_path / "foto.msg"
    notmail.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(32))
    monkeypatch.setattr(
        QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(big), str(notmail)], "")
    )
    messages: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: messages.append(text))
    qtbot.keyClick(
        window,
        Qt.Key.Key_M,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert len(messages) == 1
    assert "groot.eml is 50 MB" in messages[0] and "foto.msg is geen e-mail" in messages[0]
    assert window.page("advice_talk").editors == []
    assert is_mail_file(MAIL / "x.EML")
