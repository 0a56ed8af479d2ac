"""Python's cyclic collector paused while the app starts, until its first page is filled.

The start's imports (SQLAlchemy, the window's modules), the window and its first page
build objects that live as long as the app: the ~160 automatic collections they caused
(one of them full) walked them all and found nothing, ~45 ms CPU before the first paint.
Once the first page is filled they are frozen (``gc.freeze``: left out of every later
collection; a start leaves no cyclic garbage), else the first collection after the
pause would walk them all once (~25 ms). A dialog that waits for a person before the
window (the welcome, a database that could not be opened) ends the pause without
freezing: what it builds is collected as usual.
"""

from __future__ import annotations

import gc
from contextlib import ExitStack

from supportdesk.collection import collection_paused

#: the pause under way (none, or one)
_PAUSE: list[ExitStack] = []


def pause() -> None:
    """The collector off until ``resume`` (a second call while paused changes nothing)."""
    if not _PAUSE:
        stack = ExitStack()
        stack.enter_context(collection_paused())
        _PAUSE.append(stack)


def resume(*, freeze: bool = False) -> None:
    """The collector on again, as it was before ``pause``; ``freeze``: what the start
    built is frozen first. Nothing when no pause is under way."""
    while _PAUSE:
        if freeze:
            gc.freeze()
        _PAUSE.pop().close()


def first_page_filled() -> None:
    """The start is done: freeze what it built, collect again."""
    resume(freeze=True)
