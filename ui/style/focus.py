"""A clear focus ring on every widget that can have the keyboard (WCAG 2.2 "focus visible").

Qt's own styles show focus faintly or not at all on multi-line text, lists, tables and
tree views (Fusion: a 1-pixel tint), and the default button's permanent dark outline
looks like the focus of a button. ``FocusStyle`` wraps the application's style and
draws one ring, 2 pixels in the palette's highlight colour, around whatever has the
keyboard: a field's frame, a list or table's frame (and its current row's focus
rectangle), a button, a check box, a tab. The colour comes from the palette, so it
follows the light and the dark scheme; the default button keeps its outline, which is
thinner and in the text colour, so the two cannot be mistaken.

``install(app)`` is called once at start (``ui.app.create_application``); a frame is
repainted when the keyboard comes or goes (Qt repaints only the inside of a list or
text area then).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QColor, QPainter, QPalette, QPen
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QApplication,
    QLineEdit,
    QProxyStyle,
    QStyle,
    QStyleOption,
    QStyleOptionButton,
    QStyleOptionComplex,
    QWidget,
)

from ui.style.chips import contrast

WIDTH = 2  # pixels: thick enough to see at a glance, thin enough not to hide text

PE = QStyle.PrimitiveElement
CE = QStyle.ControlElement
#: frames of fields, lists, tables and text areas: ring inside them when focused
FRAMES = {PE.PE_FrameLineEdit, PE.PE_Frame}
#: controls that draw their own focus faintly: ring around them when focused
CONTROLS = {
    CE.CE_PushButton,
    CE.CE_CheckBox,
    CE.CE_RadioButton,
    CE.CE_TabBarTab,
    CE.CE_ShapedFrame,  # the frame of a list, table or text area
}
#: choice boxes, date and number fields
COMPLEX = {QStyle.ComplexControl.CC_ComboBox, QStyle.ComplexControl.CC_SpinBox}


def ring_colour(palette: QPalette) -> QColor:
    """The palette's highlight, darkened or lightened until it stands out 3:1 against
    the window (WCAG non-text contrast) in light and dark schemes."""
    colour = QColor(palette.color(QPalette.ColorRole.Highlight))
    window = palette.color(QPalette.ColorRole.Window)
    for _ in range(10):
        if contrast(colour, window) >= 3.0:
            break
        colour = colour.darker(115) if window.lightness() >= 128 else colour.lighter(115)
    return colour


def _ring(painter: QPainter, option: QStyleOption) -> None:
    """The ring just inside ``option.rect``, in the colour of ``option.palette``."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
    pen = QPen(ring_colour(option.palette), WIDTH)
    pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    half = WIDTH // 2
    painter.drawRect(option.rect.adjusted(half, half, -half, -half))
    painter.restore()


def _focused(option: QStyleOption, widget: QWidget | None) -> bool:
    return bool(option.state & QStyle.StateFlag.State_HasFocus) and (
        widget is None or widget.hasFocus()
    )


def _ring_if_focused(
    ringed: bool, painter: QPainter, option: QStyleOption, widget: QWidget | None
) -> None:
    """After the style drew a part: the ring, where the part is one that gets it
    (``ringed``) and its widget has the keyboard."""
    if ringed and _focused(option, widget):
        _ring(painter, option)


class FocusStyle(QProxyStyle):
    """The application's style, with a ring where the keyboard is."""

    def drawPrimitive(
        self,
        element: QStyle.PrimitiveElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        if element == PE.PE_FrameFocusRect:
            # The current row of a list, table or tree; a button's or box's text.
            _ring(painter, option)
            return
        super().drawPrimitive(element, option, painter, widget)
        _ring_if_focused(element in FRAMES, painter, option, widget)

    def drawControl(
        self,
        element: QStyle.ControlElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        if (
            element == CE.CE_PushButtonBevel
            and isinstance(option, QStyleOptionButton)
            and option.features & QStyleOptionButton.ButtonFeature.DefaultButton
            and not _focused(option, widget)
        ):
            # The default button: a thin outline in the text colour, not the style's
            # highlight, which looked like focus.
            plain = QStyleOptionButton(option)
            plain.features &= ~QStyleOptionButton.ButtonFeature.DefaultButton
            super().drawControl(element, plain, painter, widget)
            painter.save()
            painter.setPen(QPen(option.palette.color(QPalette.ColorRole.WindowText), 1))
            painter.drawRect(option.rect.adjusted(0, 0, -1, -1))
            painter.restore()
            return
        super().drawControl(element, option, painter, widget)
        _ring_if_focused(element in CONTROLS, painter, option, widget)

    def drawComplexControl(
        self,
        control: QStyle.ComplexControl,
        option: QStyleOptionComplex,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        super().drawComplexControl(control, option, painter, widget)
        _ring_if_focused(control in COMPLEX, painter, option, widget)

    def pixelMetric(
        self,
        metric: QStyle.PixelMetric,
        option: QStyleOption | None = None,
        widget: QWidget | None = None,
    ) -> int:
        value = super().pixelMetric(metric, option, widget)
        if metric == QStyle.PixelMetric.PM_DefaultFrameWidth and isinstance(
            widget, (QAbstractScrollArea, QLineEdit)
        ):
            # The ring is drawn in the frame; a list's contents would cover a thinner one.
            return max(value, WIDTH)
        return value


class _RepaintOnFocus(QObject):
    """A list's or text area's frame belongs to the outer widget, which Qt does not
    repaint when the keyboard comes or goes. Told by the application's focus changes
    (also when its window is activated or left), not by an application-wide event
    filter: that called Python for every event of the app, and its first call made
    PySide create ~160 enum types (~15-20 ms CPU before the first paint)."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)  # the app owns it
        app.focusChanged.connect(self._focus_changed)

    def _focus_changed(self, old: QWidget | None, new: QWidget | None) -> None:
        for widget in (old, new):
            if isinstance(widget, QAbstractScrollArea):
                widget.update()


def install(app: QApplication) -> FocusStyle:
    """Wrap the application's style in ``FocusStyle``; again after the style was
    replaced (the light/dark setting sets Fusion)."""
    if app.findChild(_RepaintOnFocus) is None:
        _RepaintOnFocus(app)
    current = app.style()
    if isinstance(current, FocusStyle):
        return current
    style = FocusStyle(current.name())
    app.setStyle(style)
    return style
