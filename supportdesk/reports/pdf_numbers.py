"""ReportLab's number formatting for PDF operators, remembered.

Without ReportLab's optional C accelerator (``rl_accel``, not on PyPI for every
platform), every coordinate, colour and font size written into a page goes through a
pure-Python ``fp_str``: 1.3 million calls and a sixth of a 2,400-page year report.
The same few thousand numbers (column positions, row offsets, font sizes) recur on
every page, so the result for each tuple of arguments is kept: the PDF comes out
byte for byte the same.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import Any

_MODULES = (
    "reportlab.pdfgen.canvas",
    "reportlab.pdfgen.textobject",
    "reportlab.pdfgen.pathobject",
    "reportlab.platypus.tables",
    "reportlab.platypus.flowables",
)
_LIMIT = 200_000  # remembered results before the memory is emptied and starts again


def remembering(fp_str: Callable[..., str]) -> Callable[..., str]:
    """``fp_str`` with its results kept per argument tuple."""
    known: dict[tuple[Any, ...], str] = {}

    def fp_str_remembered(*args: Any) -> str:
        try:
            return known[args]
        except KeyError:
            pass
        except TypeError:  # a list given as the one argument: not hashable
            return fp_str(*args)
        if len(known) >= _LIMIT:
            known.clear()
        value = known[args] = fp_str(*args)
        return value

    fp_str_remembered.original = fp_str  # type: ignore[attr-defined]
    return fp_str_remembered


def install() -> None:
    """Use the remembering ``fp_str`` in the ReportLab modules that write pages (once)."""
    from reportlab.lib import rl_accel

    if hasattr(rl_accel.fp_str, "original"):
        return
    fast = remembering(rl_accel.fp_str)
    rl_accel.fp_str = fast
    for name in _MODULES:
        module = importlib.import_module(name)
        if getattr(module, "fp_str", None) is fast.original:  # type: ignore[attr-defined]
            module.fp_str = fast  # type: ignore[attr-defined]
