"""``stats`` as text prints the plan only: the three figures of before (``indicators``,
one more statement over talks, trajectories and focus groups) are read for ``--json``
alone, where they are printed (issue 15: ``stats`` as a process)."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

import supportdesk.indicators
from tests.supportdesk.cli.conftest import Run


def test_text_stats_does_not_read_the_json_only_figures(
    cli: Callable[..., Run], db_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[int] = []
    real = supportdesk.indicators.year_indicators

    def counted(db: object, year: int) -> object:
        calls.append(year)
        return real(db, year)  # type: ignore[arg-type]

    monkeypatch.setattr(supportdesk.indicators, "year_indicators", counted)
    text = cli("--db", str(db_file), "stats", "--year", "2025")
    assert text.code == 0, text.err
    assert text.out.startswith("Actieplan 2025\n")
    assert calls == []
    data = cli("--db", str(db_file), "stats", "--year", "2025", "--json")
    assert data.code == 0, data.err
    assert calls == [2025]
    assert {i["key"] for i in json.loads(data.out)["indicators"]} == {
        "advice_talks",
        "trajectories",
        "focus_groups",
    }
