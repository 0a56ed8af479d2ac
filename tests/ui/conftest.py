"""Fixtures for the desktop client's tests: a real temporary database, isolated settings.

``ctx`` is an ``AppContext`` on a fresh SQLite database (the ``sqlite_db`` fixture of
``tests/conftest.py``). Settings (QSettings) go to an INI file in the test's own
folder, so a test never reads or changes the user's real settings and tests never
see each other's window sizes or language choices.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QSettings
from PySide6.QtWidgets import QApplication

from db.session import Database
from tests.ui.windows import show_active
from ui.context import AppContext

# Offscreen unless told otherwise: the tests run on machines with no display.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


# The offscreen platform cannot pass a window's minimum size on to a window system, nor
# raise a window, and says so as a warning whenever a shown top-level widget's layout
# sets one, an editor is brought to the front or a completer popup grabs the keyboard;
# it is about the test platform, not the app.
OFFSCREEN_NOISE = "This plugin does not support (propagateSizeHints|raise|grabbing the keyboard)"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if "tests/ui/" in str(item.fspath).replace("\\", "/"):
            item.add_marker(pytest.mark.qt_log_ignore(OFFSCREEN_NOISE))


@pytest.fixture(autouse=True)
def isolated_settings(qapp: QApplication, tmp_path: Path) -> Iterator[Path]:
    """Every UI test writes its QSettings to its own folder and starts in Dutch."""
    folder = tmp_path / "settings"
    folder.mkdir()
    qapp.setOrganizationName("SupportDesk-test")
    qapp.setApplicationName("SupportDesk-test")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    previous = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.Dutch, QLocale.Country.Belgium))
    yield folder
    QLocale.setDefault(previous)


@pytest.fixture
def ctx(sqlite_db: Database) -> AppContext:
    """An AppContext on a fresh, seeded SQLite database (285 municipalities, themes, tools)."""
    return AppContext(sqlite_db)


@pytest.fixture
def window(qtbot, ctx: AppContext):
    """The main window on ``ctx``, shown and active (a test file that needs it another
    way, smaller or not yet shown, defines its own ``window``)."""
    from ui.main_window import MainWindow

    win = MainWindow(ctx)
    qtbot.addWidget(win)
    return show_active(qtbot, win)
