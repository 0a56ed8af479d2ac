"""The bundled icon set: every kind of record has an icon, with its licence beside it,
drawn at the screen's pixel ratio."""

from __future__ import annotations

from PySide6.QtGui import QColor

from supportdesk.queries.timeline import KINDS
from ui.style import icons


def test_every_timeline_kind_has_an_icon_and_the_set_has_a_licence():
    assert set(KINDS) <= set(icons.names())
    assert (icons.FOLDER / "LICENSE").is_file()


def test_an_icon_is_painted_in_the_colour_asked_for(qtbot):
    pixmap = icons.icon_pixmap("advice_talk", 24, QColor("#ff0000"))
    image = pixmap.toImage()
    colours = {
        image.pixelColor(x, y).name()
        for x in range(image.width())
        for y in range(image.height())
        if image.pixelColor(x, y).alpha() == 255
    }
    assert colours == {"#ff0000"}
    assert not icons.kind_icon("trajectory").isNull()
