"""Spare every import after PySide6 a read of its source.

Importing PySide6 replaces ``__import__`` with a hook for its opt-in ``from __feature__
import snake_case, true_property``. After each import that hook asks
``shibokensupport.feature._mod_uses_pyside(module)``, which reads the module's whole
source (``inspect.getsource``) to look for the word "PySide6": some 300 modules and
6 MB of source between PySide6 and SupportDesk's first paint, and all of SQLAlchemy's
ORM when it loads after the paint. At 100,000 talks that was ~70 ms of a ~440 ms start
(issue 15; napari/napari#8584 describes the same cost).

The answer only matters to a process that selects a feature: a module that uses
PySide6 is then switched back to Qt's own names while it runs. SupportDesk selects none
(``tests/ui/test_pyside_scan.py`` keeps it so), so every module is told "does not use
PySide", which PySide treats as "leave the selection as it is", and the selection is
always Qt's own names. Once something does select a feature, PySide's own answer is
asked again for every module imported after that.

PySide6 keeps this function private; when a version no longer has it, nothing is
changed and the start is only slower (the test says so).
"""

from __future__ import annotations

import sys
from types import ModuleType

import PySide6.QtCore  # noqa: F401  (installs the import hook this replaces the scan of)


def stop_source_scan() -> bool:
    """Replace PySide's per-import source scan; True when it was there to replace."""
    feature = sys.modules.get("shibokensupport.feature")
    scan = getattr(feature, "_mod_uses_pyside", None)
    if feature is None or scan is None:
        return False
    if getattr(scan, "__module__", None) == __name__:
        return True  # already replaced

    def _mod_uses_pyside(module: ModuleType) -> bool:
        if getattr(feature, "_is_initialized", True):  # a feature was selected
            return bool(scan(module))
        return False

    _mod_uses_pyside.__module__ = __name__
    setattr(feature, "_mod_uses_pyside", _mod_uses_pyside)  # noqa: B010 (private to PySide)
    return True
