"""A command's start (its modules imported, the arguments parsed) and ``stats``' work
(the indicators' modules, the mappers' configuration, its statements) run with Python's
cyclic garbage collector paused: they build only objects that live as long as the
process (issue 15: ``stats`` as a process). The collector is on again afterwards, also
after a refusal or an argparse exit, and the app is never started with it paused. The
program freezes what it holds as it ends, so Python's exit does not walk it all."""

from __future__ import annotations

import gc
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

import main
import supportdesk.cli.app
import supportdesk.indicators
from tests.supportdesk.cli.conftest import Run

ROOT = Path(__file__).resolve().parents[3]


@pytest.fixture(autouse=True)
def _collector_on() -> Iterator[None]:
    assert gc.isenabled()
    yield
    gc.enable()


def test_parsing_and_stats_run_with_the_collector_paused(
    cli: Callable[..., Run], db_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: dict[str, bool] = {}
    real_parser = supportdesk.cli.app.build_parser
    real_figures = supportdesk.indicators.year_plan_figures

    def parser(argv: Any = None) -> Any:
        seen["parsing"] = gc.isenabled()
        return real_parser(argv)

    def figures(db: Any, year: int) -> Any:
        seen["figures"] = gc.isenabled()
        return real_figures(db, year)

    monkeypatch.setattr(supportdesk.cli.app, "build_parser", parser)
    monkeypatch.setattr(supportdesk.indicators, "year_plan_figures", figures)
    r = cli("--db", str(db_file), "stats", "--year", "2025")
    assert r.code == 0, r.err
    assert seen == {"parsing": False, "figures": False}
    assert gc.isenabled()


@pytest.mark.parametrize(
    "args",
    [
        ("stats", "--year", "0"),  # the command refuses
        ("stats", "--jaar", "2025"),  # argparse exits
        ("--help",),
    ],
)
def test_the_collector_is_on_again_after_a_refusal(
    cli: Callable[..., Run], db_file: Path, args: tuple[str, ...]
) -> None:
    r = cli("--db", str(db_file), *args)
    assert r.code != 0 or args == ("--help",)
    assert gc.isenabled()


def test_the_app_starts_with_the_collector_on(monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[bool] = []
    monkeypatch.setattr(main, "display_missing", lambda: False)
    import ui.app

    def run_app(*args: object, **kwargs: object) -> int:
        seen.append(gc.isenabled())
        return 0

    monkeypatch.setattr(ui.app, "run_app", run_app)
    assert main.main(["--db", "x.sqlite3"]) == 0
    assert seen == [True]


def test_a_command_process_ends_without_walking_its_objects(db_file: Path) -> None:
    """``main()`` as the program freezes what the process holds before Python's exit
    collects over it (exit handlers still run, output is complete)."""
    code = (
        "import atexit, gc, runpy, sys\n"
        "atexit.register(lambda: print('FROZEN', gc.get_freeze_count() > 0, file=sys.stderr))\n"
        f"sys.path.insert(0, {str(ROOT)!r})\n"
        f"sys.argv = ['main.py', '--db', {str(db_file)!r}, 'stats', '--year', '2025']\n"
        f"runpy.run_path({str(ROOT / 'main.py')!r}, run_name='__main__')\n"
    )
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert r.returncode == 0, r.stderr
    assert r.stdout.startswith("Actieplan 2025\n")
    assert "FROZEN True" in r.stderr


def test_main_with_arguments_freezes_nothing(cli: Callable[..., Run], db_file: Path) -> None:
    """The tests (and any caller that goes on) pass arguments: nothing is frozen."""
    assert cli("--db", str(db_file), "stats", "--year", "2025").code == 0
    assert gc.get_freeze_count() == 0
