"""Python run in a new interpreter, for what only a fresh process shows: which modules an
action loads, and what is registered before the first session (in the test process an
earlier test has long loaded and registered everything)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def run_python(script: str, *args: str) -> subprocess.CompletedProcess[str]:
    """``python -c script args`` run from the project's root; the test fails, showing
    the child's stderr, unless it exits with 0."""
    done = subprocess.run(
        [sys.executable, "-c", script, *args],
        capture_output=True, text=True, cwd=ROOT, timeout=120,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    return done
