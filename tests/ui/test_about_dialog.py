"""Help > Over SupportDesk: version, database, schema revision and both licences."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QPlainTextEdit

from db.migrate import head_revision
from supportdesk import __version__
from ui.about_dialog import AboutDialog
from ui.context import AppContext
from ui.i18n import install_translation, remove_translation
from ui.main_window import MainWindow


def test_about_shows_version_database_revision_and_licences(qtbot, ctx: AppContext) -> None:
    dialog = AboutDialog(ctx.db)
    qtbot.addWidget(dialog)
    assert dialog.version_label.text() == __version__
    assert dialog.database_label.text() == str(ctx.db.engine.url.database)
    assert dialog.revision_label.text() == head_revision()
    texts = [dialog.tabs.widget(i) for i in range(dialog.tabs.count())]
    assert all(isinstance(t, QPlainTextEdit) and t.isReadOnly() for t in texts)
    assert "MIT License" in texts[0].toPlainText()
    assert "Bitstream Vera" in texts[1].toPlainText()
    assert all(t.accessibleName() for t in texts)


def test_help_menu_opens_about_from_the_keyboard(qtbot, ctx: AppContext) -> None:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitActive(window)
    seen: list[str] = []

    def look_and_close() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, AboutDialog):
            seen.append(dialog.revision_label.text())
            QTest.keyClick(dialog, Qt.Key.Key_Escape)
        else:
            QTimer.singleShot(20, look_and_close)

    QTimer.singleShot(0, look_and_close)
    QTest.keyClick(window.menuBar(), Qt.Key.Key_H, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: window.help_menu.isVisible())
    QTest.keyClick(window.help_menu, Qt.Key.Key_O)
    qtbot.waitUntil(lambda: seen == [head_revision()])


def test_about_in_english(qtbot, ctx: AppContext) -> None:
    translators = install_translation("en")
    try:
        window = MainWindow(ctx)
        qtbot.addWidget(window)
        assert window.help_menu.title() == "&Help"
        assert window.help_menu.actions()[0].text() == "&About SupportDesk"
        dialog = AboutDialog(ctx.db, window)
        assert dialog.windowTitle() == "About SupportDesk"
        assert dialog.licence_label.text() == "MIT licence"
    finally:
        remove_translation(translators)
