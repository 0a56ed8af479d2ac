"""PySide6's per-import source scan is off in the client (``ui.pyside_scan``, issue 15):
modules imported after PySide6 are no longer read for the word "PySide6", and a process
that does select a feature gets PySide's own answer again."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _run(code: str, cwd: Path = ROOT) -> str:
    result = subprocess.run(
        [sys.executable, "-c", f"import sys; sys.path.insert(0, {str(ROOT)!r})\n{code}"],
        capture_output=True, text=True, cwd=cwd, timeout=120,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    return result.stdout.split()[-1]


def test_the_client_reads_no_source_to_import() -> None:
    # ui.main_window says "PySide6" in its source: PySide's own scan would have read it
    # and answered 0; -1 says the scan was not asked (and inspect was not used for it)
    out = _run(
        "import inspect, ui\n"
        "reads = []\n"
        "real = inspect.getsource\n"
        "inspect.getsource = lambda obj: reads.append(obj) or real(obj)\n"
        "from ui.main_window import MainWindow\n"
        "flags = sys.modules['shibokensupport.feature'].pyside_feature_dict\n"
        "print(flags['ui.main_window'], len(reads), sep=',')"
    )
    assert out == "-1,0", "PySide6 changed its import hook: see ui/pyside_scan.py"


def test_after_a_feature_is_selected_pyside_answers_again(tmp_path: Path) -> None:
    (tmp_path / "snake.py").write_text("from __feature__ import snake_case\n")
    (tmp_path / "later.py").write_text(
        "from PySide6.QtCore import QObject\nHAS_QT_NAMES = hasattr(QObject(), 'objectName')\n"
    )
    out = _run(
        "sys.path.insert(0, '.')\n"
        "import ui, snake, later\n"
        "flags = sys.modules['shibokensupport.feature'].pyside_feature_dict\n"
        "print(flags['snake'], flags['later'], later.HAS_QT_NAMES, sep=',')",
        cwd=tmp_path,
    )
    # snake_case for the module that asked; Qt's own names for a later one that uses Qt
    assert out == "1,0,True"


def test_supportdesk_selects_no_pyside_feature() -> None:
    """The scan is only skipped safely while no module of ours selects a feature."""
    sources = [ROOT / "main.py"] + [
        path
        for folder in ("ui", "supportdesk", "db")
        for path in (ROOT / folder).rglob("*.py")
        if path != ROOT / "ui" / "pyside_scan.py"  # names it in its docstring
    ]
    assert len(sources) > 100
    opt_in = "from __feature__ import"
    selecting = [str(p) for p in sources if opt_in in p.read_text(encoding="utf-8")]
    assert selecting == []
