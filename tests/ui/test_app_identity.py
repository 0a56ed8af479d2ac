"""The window icon and desktop file name, so taskbars show SupportDesk's name and icon."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from ui.app_icon import DESKTOP_ID, app_icon, apply_identity


def test_the_application_carries_the_icon_and_desktop_id(qapp: QApplication) -> None:
    before = (qapp.windowIcon(), qapp.desktopFileName())
    try:
        apply_identity(qapp)
        assert qapp.desktopFileName() == DESKTOP_ID
        sizes = {s.width() for s in qapp.windowIcon().availableSizes()}
        assert {16, 32, 48, 256} <= sizes
    finally:
        qapp.setWindowIcon(before[0])
        qapp.setDesktopFileName(before[1])


def test_the_icon_draws_at_every_size() -> None:
    icon = app_icon()
    assert not icon.isNull()
    assert not icon.pixmap(64, 64).isNull()
