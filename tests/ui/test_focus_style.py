"""Focus is clearly visible on every kind of widget that takes the keyboard (issue 13.3):
a 2-pixel ring in the highlight colour, at least 3:1 against the window in the light
and the dark scheme, and the default button's outline is not that ring."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QObject, QPoint, Qt
from PySide6.QtGui import QColor, QImage, QPaintEvent, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui.style.chips import contrast
from ui.style.focus import WIDTH, FocusStyle, ring_colour
from ui.widgets.check_list import CheckList
from ui.widgets.date_edit import DateEdit

LIGHT = {"Window": "#efefef", "Base": "#ffffff", "Text": "#000000", "Highlight": "#308cc6"}
DARK = {"Window": "#2b2b2b", "Base": "#1e1e1e", "Text": "#eeeeee", "Highlight": "#2a82da"}


def _palette(colours: dict[str, str]) -> QPalette:
    palette = QPalette(QApplication.palette())
    for role, colour in colours.items():
        palette.setColor(getattr(QPalette.ColorRole, role), QColor(colour))
    palette.setColor(QPalette.ColorRole.WindowText, QColor(colours["Text"]))
    palette.setColor(QPalette.ColorRole.Button, QColor(colours["Window"]))
    palette.setColor(QPalette.ColorRole.ButtonText, QColor(colours["Text"]))
    return palette


def _widgets() -> list[QWidget]:
    checks = CheckList(rows=3)
    checks.set_items([("a", "Cyberveiligheid"), ("b", "Digibanken")])
    nav = QListWidget()
    nav.addItems(["Overzicht", "Lokale besturen"])
    nav.setCurrentRow(0)
    table = QTableWidget(2, 2)
    table.setCurrentCell(0, 0)
    participants = QTreeWidget()
    participants.addTopLevelItem(QTreeWidgetItem(["Łukasz Özdemir", "aanwezig"]))
    participants.setCurrentItem(participants.topLevelItem(0))
    combo = QComboBox()
    combo.addItem("telefoon")
    return [
        QLineEdit("Gent"),
        QPlainTextEdit("Hoe starten we?"),
        checks,
        QCheckBox("Mediawijs is betrokken"),
        nav,
        table,
        participants,
        combo,
        DateEdit(),
        QPushButton("Annuleren"),
    ]


def _ring_pixels(image: QImage, colour: QColor) -> int:
    wanted = colour.rgb()
    return sum(
        1
        for y in range(image.height())
        for x in range(image.width())
        if image.pixel(x, y) == wanted
    )


@pytest.mark.parametrize("colours", [LIGHT, DARK], ids=["light", "dark"])
def test_every_focusable_kind_shows_a_clear_ring(qtbot, colours):
    palette = _palette(colours)
    style = FocusStyle("Fusion")
    ring = ring_colour(palette)
    assert contrast(ring, palette.color(QPalette.ColorRole.Window)) >= 3.0
    assert contrast(ring, palette.color(QPalette.ColorRole.Base)) >= 3.0 or colours is LIGHT
    holder = QWidget()
    qtbot.addWidget(holder)
    layout = QVBoxLayout(holder)
    widgets = _widgets()
    for widget in widgets:
        layout.addWidget(widget)
        for part in [widget, *widget.findChildren(QWidget)]:
            part.setStyle(style)
            part.setPalette(palette)
    holder.show()
    qtbot.waitExposed(holder)
    weak = []
    for widget in widgets:
        widget.setFocus(Qt.FocusReason.TabFocusReason)
        QApplication.processEvents()
        assert widget.hasFocus(), widget
        focused = _ring_pixels(widget.grab().toImage(), ring)
        # a ring all round: two pixels wide along at least the two long sides
        if focused < 2 * WIDTH * widget.width() * 0.9:
            weak.append((type(widget).__name__, focused, widget.width()))
    assert weak == []
    # without the keyboard, no ring
    widgets[-1].setFocus()
    QApplication.processEvents()
    assert _ring_pixels(widgets[0].grab().toImage(), ring) == 0


def test_the_default_button_is_not_outlined_like_focus(qtbot):
    palette = _palette(LIGHT)
    style = FocusStyle("Fusion")
    holder = QWidget()
    qtbot.addWidget(holder)
    layout = QVBoxLayout(holder)
    save, cancel = QPushButton("Bewaren"), QPushButton("Annuleren")
    save.setDefault(True)
    for button in (save, cancel):
        button.setStyle(style)
        button.setPalette(palette)
        layout.addWidget(button)
    holder.show()
    qtbot.waitExposed(holder)
    cancel.setFocus(Qt.FocusReason.TabFocusReason)
    QApplication.processEvents()
    ring = ring_colour(palette)
    assert _ring_pixels(save.grab().toImage(), ring) == 0
    assert _ring_pixels(cancel.grab().toImage(), ring) >= 2 * WIDTH * cancel.width() * 0.9
    save.setFocus(Qt.FocusReason.TabFocusReason)
    QApplication.processEvents()
    assert _ring_pixels(save.grab().toImage(), ring) >= 2 * WIDTH * save.width() * 0.9


def test_installing_again_after_a_new_style_keeps_one_ring_and_one_watcher(qapp):
    from ui.style.focus import _RepaintOnFocus, install

    before = qapp.style().name()
    try:
        install(qapp)
        qapp.setStyle("Fusion")  # as choosing light or dark does
        install(qapp)
        install(qapp)
        assert isinstance(qapp.style(), FocusStyle)
        assert len(qapp.findChildren(_RepaintOnFocus)) == 1
    finally:
        qapp.setStyle(before)


class _Paints(QObject):
    """Counts the paints of the watched widget's frame (its corner pixel: the inside,
    repainted by Qt on its own, lies within the frame)."""

    def __init__(self) -> None:
        super().__init__()
        self.count = 0

    def eventFilter(self, _watched: QObject, event: QEvent) -> bool:
        if isinstance(event, QPaintEvent) and event.region().contains(QPoint(0, 0)):
            self.count += 1
        return False


@pytest.mark.parametrize("kind", [QListWidget, QPlainTextEdit])
def test_a_lists_frame_is_repainted_when_the_keyboard_comes_and_goes(qtbot, qapp, kind):
    """The ring is drawn in the frame of the list (the outer widget), which Qt does not
    repaint itself when the keyboard comes or goes: the app's focus changes do (on Qt
    6.11 offscreen Qt repaints it too; kept for the platforms where it does not)."""
    from ui.style.focus import install

    before = qapp.style().name()
    try:
        install(qapp)
        holder = QWidget()
        qtbot.addWidget(holder)
        layout = QVBoxLayout(holder)
        listed, field = kind(), QLineEdit()
        layout.addWidget(listed)
        layout.addWidget(field)
        holder.show()
        qtbot.waitExposed(holder)
        field.setFocus(Qt.FocusReason.TabFocusReason)
        QApplication.processEvents()
        paints = _Paints()
        listed.installEventFilter(paints)
        listed.setFocus(Qt.FocusReason.TabFocusReason)  # the keyboard comes
        qtbot.waitUntil(lambda: paints.count > 0)
        came = paints.count
        field.setFocus(Qt.FocusReason.TabFocusReason)  # and goes
        qtbot.waitUntil(lambda: paints.count > came)
    finally:
        qapp.setStyle(before)
