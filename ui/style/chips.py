"""Status chips: a status as its word on a coloured, rounded background.

One look for statuses across lists, editors, the timeline and the Overzicht. The word is
always there (colour is never the only sign), and each tone's text and background have a
contrast of at least 4.5:1 in the light and in the dark scheme (``contrast`` checks it;
a test holds every tone to it).
"""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QGuiApplication, QPainter, QPalette
from PySide6.QtWidgets import QLabel, QWidget

from supportdesk.codes import Attendance, FocusGroupStatus, TrajectoryStatus
from supportdesk.plan_codes import ActivityStatus


class Tone(StrEnum):
    GOOD = "good"  # done, held, present, running
    WARN = "warn"  # to confirm, planned start passed, excused
    BAD = "bad"  # overdue, stopped, cancelled, absent
    INFO = "info"  # planned, request, intake, invited, open
    NEUTRAL = "neutral"  # a channel or form: no judgement


#: (text, background) per tone: light scheme, then dark scheme
COLOURS: dict[Tone, tuple[tuple[str, str], tuple[str, str]]] = {
    Tone.GOOD: (("#14532d", "#dcfce7"), ("#bbf7d0", "#14532d")),
    Tone.WARN: (("#713f12", "#fef3c7"), ("#fde68a", "#713f12")),
    Tone.BAD: (("#7f1d1d", "#fee2e2"), ("#fecaca", "#7f1d1d")),
    Tone.INFO: (("#1e3a8a", "#dbeafe"), ("#bfdbfe", "#1e3a8a")),
    Tone.NEUTRAL: (("#374151", "#e5e7eb"), ("#e5e7eb", "#374151")),
}

_T, _F, _A, _S = TrajectoryStatus, FocusGroupStatus, Attendance, ActivityStatus

#: the tone of each (group, code); a code not named here is neutral
TONES: dict[str, dict[str, Tone]] = {
    "trajectory_status": {
        _T.REQUEST: Tone.INFO,
        _T.INTAKE: Tone.INFO,
        _T.RUNNING: Tone.GOOD,
        _T.FINISHED: Tone.GOOD,
        _T.STOPPED: Tone.BAD,
    },
    "focus_group_status": {_F.PLANNED: Tone.INFO, _F.HELD: Tone.GOOD, _F.CANCELLED: Tone.BAD},
    "activity_status": {
        _S.PLANNED: Tone.INFO,
        _S.HELD: Tone.GOOD,
        _S.CANCELLED: Tone.BAD,
    },
    "attendance": {
        _A.INVITED: Tone.INFO,
        _A.PRESENT: Tone.GOOD,
        _A.EXCUSED: Tone.WARN,
        _A.ABSENT: Tone.BAD,
    },
    "action_state": {"open": Tone.INFO, "overdue": Tone.BAD, "done": Tone.GOOD},
}


def tone_of(group: str, code: str) -> Tone:
    return TONES.get(group, {}).get(code, Tone.NEUTRAL)


def is_dark(palette: QPalette | None = None) -> bool:
    palette = palette or QGuiApplication.palette()
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def colours(tone: Tone, dark: bool | None = None) -> tuple[QColor, QColor]:
    """(text, background) of ``tone`` in the current (or the given) scheme."""
    light_pair, dark_pair = COLOURS[tone]
    text, back = dark_pair if (is_dark() if dark is None else dark) else light_pair
    return QColor(text), QColor(back)


def _luminance(colour: QColor) -> float:
    def channel(v: float) -> float:
        return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.redF())
        + 0.7152 * channel(colour.greenF())
        + 0.0722 * channel(colour.blueF())
    )


def contrast(a: QColor, b: QColor) -> float:
    """WCAG 2 contrast ratio of two colours (1 to 21)."""
    la, lb = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def chip_size(text: str, font: QFont) -> QSize:
    metrics = QFontMetrics(font)
    return QSize(metrics.horizontalAdvance(text) + 12, metrics.height() + 4)


def paint_chip(painter: QPainter, rect: QRect, text: str, tone: Tone) -> int:
    """Paint a chip at the left of ``rect`` (vertically centred); returns its width."""
    size = chip_size(text, painter.font())
    width = min(size.width(), rect.width())
    box = QRectF(rect.left(), rect.center().y() - size.height() / 2 + 1, width, size.height())
    fore, back = colours(tone)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(back)
    painter.drawRoundedRect(box, box.height() / 2, box.height() / 2)
    painter.setPen(fore)
    metrics = QFontMetrics(painter.font())
    # Elide only when the chip really is narrower than its word: elidedText measures a
    # pixel wider than horizontalAdvance now and then, which cut "gehouden" to "gehoud…".
    room = width - 12
    shown = (
        text
        if metrics.horizontalAdvance(text) <= room
        else (metrics.elidedText(text, Qt.TextElideMode.ElideRight, max(0, room)))
    )
    painter.drawText(box.adjusted(4, 0, -4, 0), Qt.AlignmentFlag.AlignCenter, shown)
    painter.restore()
    return width


class ChipLabel(QLabel):
    """A status chip as a widget (editors, the Overzicht): the word, with its tone."""

    def __init__(self, text: str = "", tone: Tone = Tone.NEUTRAL, parent: QWidget | None = None):
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.set_status(text, tone)

    def set_status(self, text: str, tone: Tone) -> None:
        self.tone = tone
        fore, back = colours(tone)
        self.setText(text)
        self.setAccessibleName(text)
        self.setVisible(bool(text))
        self.setStyleSheet(
            f"QLabel {{ color: {fore.name()}; background: {back.name()};"
            " border-radius: 8px; padding: 1px 8px; }"
        )
