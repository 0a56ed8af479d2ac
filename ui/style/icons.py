"""Icons per kind of record (and per page), drawn from the bundled SVG set.

The SVGs (``resources/icons/kinds``, MIT, licence beside them) stroke with
``currentColor``; they are painted here in a colour of the palette, at the screen's
device pixel ratio, so they are crisp at 100-200 % scaling and follow the light and the
dark scheme. Rendered pixmaps are kept per (name, colour, size, ratio).
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QByteArray, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer

from supportdesk.resources import resource

FOLDER = resource("icons/kinds")


@cache
def _svg(name: str) -> str:
    path = FOLDER / f"{name}.svg"
    return path.read_text(encoding="utf-8") if path.is_file() else ""


def names() -> list[str]:
    """The icons of the set."""
    return sorted(p.stem for p in FOLDER.iterdir() if p.suffix == ".svg")


@cache
def _pixmap(name: str, colour: str, size: int, ratio: float) -> QPixmap:
    pixels = max(1, round(size * ratio))
    pixmap = QPixmap(pixels, pixels)
    pixmap.fill(Qt.GlobalColor.transparent)
    svg = _svg(name).replace("currentColor", colour)
    if svg:
        renderer = QSvgRenderer(QByteArray(svg.encode("utf-8")))
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter, QRectF(0, 0, pixels, pixels))
        painter.end()
    pixmap.setDevicePixelRatio(ratio)
    return pixmap


def _ratio() -> float:
    app = QGuiApplication.instance()
    screen = QGuiApplication.primaryScreen() if app is not None else None
    return float(screen.devicePixelRatio()) if screen is not None else 1.0


def icon_pixmap(name: str, size: int = 16, colour: QColor | None = None) -> QPixmap:
    """``name`` painted in ``colour`` (the palette's text colour by default)."""
    if colour is None:
        colour = QGuiApplication.palette().color(QPalette.ColorRole.WindowText)
    return _pixmap(name, colour.name(), size, _ratio())


def kind_icon(name: str, size: int = 16) -> QIcon:
    """An icon for a record kind or page: normal in the text colour, and the selected
    state in the highlighted text colour (so it stays visible on the selection)."""
    palette = QGuiApplication.palette()
    icon = QIcon()
    for mode, role in (
        (QIcon.Mode.Normal, QPalette.ColorRole.WindowText),
        (QIcon.Mode.Selected, QPalette.ColorRole.HighlightedText),
        (QIcon.Mode.Disabled, QPalette.ColorRole.PlaceholderText),
    ):
        icon.addPixmap(icon_pixmap(name, size, palette.color(role)), mode)
    return icon


def icon_size(size: int = 16) -> QSize:
    return QSize(size, size)
