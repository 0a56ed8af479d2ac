"""benchmarks/keyboard_talk.py keeps working: a talk with a follow-up logged by keys
alone, no mouse event, under the 60 s aim (issue 13, "Measure it")."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

SCRIPT = Path(__file__).resolve().parents[2] / "benchmarks" / "keyboard_talk.py"


@pytest.mark.slow
def test_a_talk_with_a_follow_up_by_keyboard_alone(qapp, capsys, monkeypatch):
    spec = importlib.util.spec_from_file_location("keyboard_talk", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    monkeypatch.setitem(sys.modules, "keyboard_talk", module)
    spec.loader.exec_module(module)
    assert module.main() == 0
    out = capsys.readouterr().out
    assert "no mouse event" in out and "keystrokes:" in out
    count = int(out.split("keystrokes:")[1].split()[0])
    assert 100 < count < 300  # the texts alone are ~200 characters
