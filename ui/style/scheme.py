"""Light, dark or the system's colour scheme (Instellingen → Kleuren).

The setting ``ui/color_scheme`` is "" (follow the system), "light" or "dark". Qt is
asked first (``QStyleHints.setColorScheme``: Windows 11 and macOS switch their own
style); where the platform gives no palette of that scheme (many Linux desktops, the
offscreen platform of the tests and screenshots) the app uses Fusion with a palette of
its own, whose text and background colours keep a contrast of at least 4.5:1. Every
colour in the app comes from the palette (icons, chips, charts, the focus ring), so
they all follow.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QWidget

SETTING = "ui/color_scheme"
SCHEMES = ("", "light", "dark")

_R = QPalette.ColorRole

#: (role, colour) of the dark palette; the disabled group is derived
DARK: dict[QPalette.ColorRole, str] = {
    _R.Window: "#2b2b2b",
    _R.WindowText: "#e8e8e8",
    _R.Base: "#1f1f1f",
    _R.AlternateBase: "#292929",
    _R.ToolTipBase: "#3a3a3a",
    _R.ToolTipText: "#f0f0f0",
    _R.PlaceholderText: "#a0a0a0",
    _R.Text: "#e8e8e8",
    _R.Button: "#353535",
    _R.ButtonText: "#e8e8e8",
    _R.BrightText: "#ff6b6b",
    _R.Light: "#4a4a4a",
    _R.Midlight: "#3e3e3e",
    _R.Mid: "#6e6e6e",
    _R.Dark: "#181818",
    _R.Shadow: "#000000",
    _R.Highlight: "#2f6db3",
    _R.HighlightedText: "#ffffff",
    _R.Link: "#8ab4f8",
    _R.LinkVisited: "#c58af9",
}


def dark_palette() -> QPalette:
    palette = QPalette()
    for role, colour in DARK.items():
        palette.setColor(role, QColor(colour))
    for role in (_R.WindowText, _R.Text, _R.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor("#8a8a8a"))
    return palette


def chosen(settings: QSettings | None = None) -> str:
    value = str((settings or QSettings()).value(SETTING, "") or "")
    return value if value in SCHEMES else ""


def _is_dark(palette: QPalette) -> bool:
    return palette.color(_R.Window).lightness() < 128


def show_as_error(label: QWidget) -> None:
    """Words that say something went wrong: bold, in a red that keeps 4.5:1 against the
    window's background of the scheme the widget has (a field's error, a read refused)."""
    red = "#ff8a80" if _is_dark(label.palette()) else "#b00020"
    label.setStyleSheet(f"color: {red}; font-weight: bold;")


def apply(app: QApplication, scheme: str | None = None) -> str:
    """Put ``scheme`` (the setting when None) into effect; returns the scheme shown
    ("light" or "dark")."""
    scheme = chosen() if scheme is None else scheme
    wanted = {
        "light": Qt.ColorScheme.Light,
        "dark": Qt.ColorScheme.Dark,
    }.get(scheme, Qt.ColorScheme.Unknown)
    QGuiApplication.styleHints().setColorScheme(wanted)
    if scheme == "dark" and not _is_dark(app.palette()):
        app.setStyle("Fusion")
        app.setPalette(dark_palette())
    elif scheme == "light" and _is_dark(app.palette()):
        app.setStyle("Fusion")
        app.setPalette(app.style().standardPalette())
    return "dark" if _is_dark(app.palette()) else "light"
