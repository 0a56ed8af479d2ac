"""Fill a long choice box when someone first uses it, not when its page opens.

A filter box of every government holds 2,786 items at 100,000 talks: reading and adding
them took a quarter of the Focusgroepen page's first open, for a box most visits never
touch. ``fill_on_first_use(combo, fill)`` calls ``fill`` once, when the box is about to
be used: it gets the focus (Tab, its Alt letter, a click, the wheel: each gives focus
first), or a key or mouse press reaches it. Until then it shows its first item ("alle
besturen"), which is what it shows after filling too.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QComboBox

_USE = frozenset(
    (
        QEvent.Type.FocusIn,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.KeyPress,
        QEvent.Type.Wheel,
    )
)


class FillOnUse(QObject):
    """Calls ``fill`` at the first use of ``combo`` (see the module), or at ``fill_now``."""

    def __init__(self, combo: QComboBox, fill: Callable[[], None]) -> None:
        super().__init__(combo)
        self._fill: Callable[[], None] | None = fill
        combo.installEventFilter(self)

    @property
    def filled(self) -> bool:
        return self._fill is None

    def fill_now(self) -> None:
        fill, self._fill = self._fill, None
        if fill is not None:
            fill()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self._fill is not None and event.type() in _USE:
            self.fill_now()
        return False


def fill_on_first_use(combo: QComboBox, fill: Callable[[], None]) -> FillOnUse:
    return FillOnUse(combo, fill)
