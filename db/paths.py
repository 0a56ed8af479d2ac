"""Where SupportDesk's run-time files are: found through ``importlib.resources``.

Reference data, fonts, translations and icons are package data of the ``resources``
package, the Alembic migrations package data of ``db``. Nothing here depends on the
source checkout, so the same code works from a checkout, an installed wheel and a
frozen (PyInstaller) bundle.
"""

from __future__ import annotations

import atexit
import functools
from contextlib import ExitStack
from importlib.resources import as_file, files
from pathlib import Path

_files = ExitStack()  # keeps files extracted from a zip (if ever imported from one)
atexit.register(_files.close)


@functools.cache
def _real_path(package: str, parts: tuple[str, ...]) -> Path:
    # as_file gives the file itself when the package is on disk (checkout, wheel,
    # bundle) and a temporary copy otherwise; the copy lives until the process ends.
    found = files(package)
    for part in parts:  # one at a time: Python 3.11's MultiplexedPath (what a frozen
        found = found.joinpath(part)  # bundle's package gives) takes one name only
    return _files.enter_context(as_file(found))


def resource(*parts: str) -> Path:
    """A file (or folder) of the ``resources`` package, e.g. ``resource("fonts", "X.ttf")``."""
    return _real_path("resources", parts)


def migrations() -> Path:
    """The Alembic script folder (``db/migrations``) as a real folder on disk."""
    return _real_path("db", ("migrations",))


MIGRATIONS = migrations()
