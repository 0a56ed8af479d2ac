"""Starting an export by keyboard in the export tests and waiting until it is done."""

from __future__ import annotations

from PySide6.QtCore import Qt


def export_by_keys(
    qtbot, widget, key: str, modifiers: Qt.KeyboardModifier, *, start_ms: int, finish_ms: int
):
    """``key`` with ``modifiers`` typed in ``widget``; the export task that starts (within
    ``start_ms``) and the progress it reported, once it has finished (within ``finish_ms``)."""
    with qtbot.waitSignal(widget.window().ctx.exports.started, timeout=start_ms) as started:
        qtbot.keyClick(widget, key, modifiers)
    task = started.args[0]
    progress: list[tuple[int, int]] = []
    task.progressed.connect(lambda done, total: progress.append((done, total)))
    with qtbot.waitSignal(task.finished, timeout=finish_ms):
        pass
    return task, progress
