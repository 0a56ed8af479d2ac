"""The shared dialog pieces: text shown as typed, OK/Cancel wired to accept/reject."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit

from ui.widgets.dialog_parts import form_with_ok_cancel, plain_label


def test_a_plain_label_shows_markup_as_typed(qtbot):
    label = plain_label("<b>An</b> & Łukasz")
    qtbot.addWidget(label)
    assert label.textFormat() == Qt.TextFormat.PlainText
    assert label.text() == "<b>An</b> & Łukasz"
    assert label.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByKeyboard


def test_ok_accepts_and_esc_rejects(qtbot):
    results = []
    for key in (Qt.Key.Key_Return, Qt.Key.Key_Escape):
        dialog = QDialog()
        qtbot.addWidget(dialog)
        form = QFormLayout()
        edit = QLineEdit()
        form.addRow("&Naam:", edit)
        note = QLabel("onder het formulier")
        buttons = form_with_ok_cancel(dialog, form, note)
        assert isinstance(buttons, QDialogButtonBox)
        layout = dialog.layout()
        assert [layout.itemAt(i).widget() for i in (1, 2)] == [note, buttons]
        dialog.finished.connect(results.append)
        dialog.show()
        edit.setFocus()
        qtbot.keyClick(edit, key)
    assert results == [QDialog.DialogCode.Accepted, QDialog.DialogCode.Rejected]


def test_a_text_box_lets_tab_move_on_and_keeps_its_height(qtbot):
    from PySide6.QtWidgets import QVBoxLayout, QWidget

    from ui.widgets.dialog_parts import text_box

    window = QWidget()
    qtbot.addWidget(window)
    fixed, tall, short = text_box(fixed=80), text_box(minimum=120), text_box(maximum=70)
    typed = text_box(text="<b>Özdemir</b> & co")
    after = QLineEdit()
    layout = QVBoxLayout(window)
    for widget in (fixed, tall, short, typed, after):
        layout.addWidget(widget)
    window.show()
    window.activateWindow()
    qtbot.waitActive(window)
    assert (fixed.minimumHeight(), fixed.maximumHeight()) == (80, 80)
    assert tall.minimumHeight() == 120 and short.maximumHeight() == 70
    assert typed.toPlainText() == "<b>Özdemir</b> & co"
    typed.setFocus()
    qtbot.waitUntil(typed.hasFocus)
    qtbot.keyClick(typed, Qt.Key.Key_Tab)
    assert after.hasFocus() and typed.toPlainText() == "<b>Özdemir</b> & co"


def test_a_scroll_area_scrolls_a_column_that_takes_its_width(qtbot):
    from PySide6.QtWidgets import QFrame

    from ui.widgets.dialog_parts import column, scroll_area

    form = QFormLayout()
    label = QLabel("boven")
    body = column(label, form)
    plain = scroll_area(body)
    qtbot.addWidget(plain)
    assert plain.widget() is body and plain.widgetResizable()
    assert plain.frameShape() == QFrame.Shape.NoFrame
    layout = body.layout()
    assert layout.itemAt(0).widget() is label and layout.itemAt(1).layout() is form
    assert layout.itemAt(2).spacerItem() is not None  # the room to spare is below
    wrapping = scroll_area(QLabel(), wraps=True, tab_past=True)
    qtbot.addWidget(wrapping)
    assert wrapping.horizontalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff
    assert wrapping.focusPolicy() == Qt.FocusPolicy.NoFocus
    assert plain.horizontalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAsNeeded
    assert plain.focusPolicy() != Qt.FocusPolicy.NoFocus


def test_a_title_row_puts_the_title_left_and_the_rest_at_the_right_end(qtbot):
    from PySide6.QtWidgets import QPushButton, QWidget

    from ui.widgets.dialog_parts import title_row

    window = QWidget()
    qtbot.addWidget(window)
    title, button = QLabel("Titel"), QPushButton("Alles")
    window.setLayout(title_row(title, button))
    window.resize(600, 40)
    window.show()
    qtbot.waitExposed(window)
    assert title.x() < 50 and button.geometry().right() > 550


def test_save_and_accept_keeps_the_dialog_open_on_a_refusal(qtbot):
    from supportdesk.errors import DomainError
    from ui.widgets.dialog_parts import save_and_accept
    from ui.widgets.editor import ErrorLabel

    class Ctx:
        told: list[str] = []

        def notify_changed(self, kind: str) -> None:
            self.told.append(kind)

    def refuse() -> str:
        raise DomainError("Dit kan niet: <geweigerd>")

    dialog, error, ctx = QDialog(), ErrorLabel(), Ctx()
    qtbot.addWidget(dialog)
    qtbot.addWidget(error)
    dialog.show()
    assert save_and_accept(dialog, ctx, "contact_person", error, refuse) is None
    assert dialog.isVisible() and ctx.told == []
    assert "Dit kan niet: <geweigerd>" in error.text()
    assert save_and_accept(dialog, ctx, "contact_person", error, lambda: "gedaan") == "gedaan"
    assert dialog.result() == QDialog.DialogCode.Accepted and ctx.told == ["contact_person"]
