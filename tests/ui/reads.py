"""Waiting, as a person does, for what a page reads in a worker thread
(``ui.background_read``) to be on screen."""

from __future__ import annotations

from typing import Any


def wait_read(qtbot: Any, owner: Any, timeout: int = 5000) -> None:
    """Until every read ``owner`` has under way (``owner.when_read``) has been applied."""
    done: list[bool] = []
    owner.when_read(lambda: done.append(True))
    qtbot.waitUntil(lambda: bool(done), timeout=timeout)
