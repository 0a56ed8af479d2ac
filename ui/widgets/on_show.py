"""Keeping a control in step with the record its editor holds (an export action, the
history button): enabled only for a saved record. The record id is known once the
editor has loaded a record, which it has by the time it shows, and changes on a save."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject


class OnShow(QObject):
    """An event filter that calls back when the watched widget is shown."""

    def __init__(self, parent: QObject, callback: Callable[[], None]) -> None:
        super().__init__(parent)
        self.callback = callback

    def eventFilter(self, _watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show:
            self.callback()
        return False


def sync_with_record(editor: QObject, owner: QObject, sync: Callable[[], None]) -> None:
    """Call ``sync`` now, after each save of ``editor`` (its ``saved`` signal, if any) and
    whenever it is shown. The filter belongs to ``owner`` (the control) and goes with it."""
    saved = getattr(editor, "saved", None)
    if saved is not None:
        saved.connect(lambda *_a: sync())
    editor.installEventFilter(OnShow(owner, sync))
    sync()
