"""The app's icon and desktop identity, so taskbars and docks show the right name and icon.

``DESKTOP_ID`` is the base name of the installed ``.desktop`` file and the AppStream id
(resources/desktop/); Wayland compositors match the window to it.
"""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QGuiApplication, QIcon

from supportdesk.resources import resource

DESKTOP_ID = "be.supportdesk.SupportDesk"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def app_icon() -> QIcon:
    """The icon from the PNGs rendered from the SVG (scripts/render_icons.py), 16 to 512
    pixels: no SVG plugin needed at run time, and Qt picks the nearest size."""
    icon = QIcon()
    for size in PNG_SIZES:
        icon.addFile(str(resource("icons", "png", f"supportdesk-{size}.png")), QSize(size, size))
    return icon


def apply_identity(app: QGuiApplication) -> None:
    """Window icon and desktop file name for every window of ``app``."""
    app.setWindowIcon(app_icon())
    app.setDesktopFileName(DESKTOP_ID)
