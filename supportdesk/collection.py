"""Python's cyclic garbage collector paused around work that builds many objects that
all stay alive: each automatic collection walks them all and finds next to nothing.

A report builds tens of thousands of objects (rows, paragraphs, their line fragments)
that live until the PDF is written: a case summary of 489 pages left some 15,000
objects of cyclic garbage, while the collections cost a fifth of its time. A command's
start imports SQLAlchemy, the models and the command's own modules, and configures the
mappers: some 300 modules of classes, functions and tables that live as long as the
process, where the collections cost ~7 % of ``supportdesk stats``' CPU time.
Reference counting still frees everything else at once.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def collection_paused() -> Iterator[None]:
    """The collector off inside the block; on again afterwards if it was on (nested
    blocks: on again at the outer end only)."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
