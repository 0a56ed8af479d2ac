"""Light, dark or the system's colours, chosen in Instellingen and applied at once; the
dark palette keeps text readable (contrast ≥ 4.5:1)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from ui.settings_dialog import SettingsDialog
from ui.style import scheme
from ui.style.chips import contrast
from ui.style.focus import FocusStyle


@pytest.fixture
def restore_look(qapp):
    style, palette = qapp.style().name(), qapp.palette()
    yield
    qapp.setStyle(style)
    qapp.setPalette(palette)
    QApplication.styleHints().setColorScheme(Qt.ColorScheme.Unknown)


def test_the_dark_palette_is_readable():
    palette = scheme.dark_palette()
    r = QPalette.ColorRole
    for text, back in ((r.WindowText, r.Window), (r.Text, r.Base), (r.ButtonText, r.Button),
                       (r.HighlightedText, r.Highlight), (r.PlaceholderText, r.Base),
                       (r.ToolTipText, r.ToolTipBase)):  # fmt: skip
        assert contrast(palette.color(text), palette.color(back)) >= 4.5, text


def test_choosing_dark_in_the_settings_applies_at_once(qtbot, ctx, restore_look):
    dialog = SettingsDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.scheme.setFocus()
    qtbot.keyClick(dialog.scheme, Qt.Key.Key_End)  # Donker
    assert dialog.scheme.currentData() == "dark"
    dialog.accept()
    app = QApplication.instance()
    assert app.palette().color(QPalette.ColorRole.Window).lightness() < 128
    assert isinstance(app.style(), FocusStyle)  # the focus ring is still there
    assert scheme.chosen(ctx.settings()) == "dark"
    assert scheme.apply(app, "light") == "light"
    assert app.palette().color(QPalette.ColorRole.Window).lightness() >= 128
