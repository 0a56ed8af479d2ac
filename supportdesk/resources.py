"""The app's run-time files (fonts, icons, translations, reference data) for the interface.

``ui`` reaches the database layer only through the core; this is the core's door to
``db.paths``, which finds the ``resources`` package's files in a checkout, a wheel and a
frozen bundle alike.
"""

from __future__ import annotations

from db.paths import resource

__all__ = ["resource"]
