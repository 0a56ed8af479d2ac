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
