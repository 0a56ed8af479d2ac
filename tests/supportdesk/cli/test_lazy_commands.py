"""A command line that names its command imports only that command's module: the other
commands' imports (search's mapper configuration, demo, person, table, pdf...) made
``supportdesk stats`` as a process twice as slow. Parsing gives the same result as with
every command registered, and help or an unknown command still list them all."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

from db.engine import sqlite_path
from db.session import Database
from supportdesk.cli.app import COMMAND_MODULES, build_parser, command_modules

ROOT = Path(__file__).resolve().parents[3]


@pytest.mark.parametrize(
    ("argv", "modules"),
    [
        (["stats"], ["stats"]),
        (["--db", "x.sqlite3", "stats", "--json"], ["stats"]),
        (["--db=stats", "search", "gent"], ["search"]),
        (["--d", "export", "import", "f.json"], ["import_"]),  # --d is --db: its value next
        (["--language", "en", "--verbose", "team", "list"], ["team"]),
        (["--l", "en", "pdf", "--help"], ["pdf"]),
        (["--db", "x"], []),  # no command: the app opens, no command module is needed
        (["--self-test"], []),
        ([], []),
        (["--help", "stats"], COMMAND_MODULES),
        (["-h"], COMMAND_MODULES),
        (["statz"], COMMAND_MODULES),  # unknown: argparse says which exist
        (["--", "stats"], COMMAND_MODULES),
    ],
)
def test_the_modules_a_command_line_needs(argv: list[str], modules: list[str]) -> None:
    assert command_modules(argv) == modules
    assert command_modules(None) == COMMAND_MODULES


@pytest.mark.parametrize(
    "argv",
    [
        ["--db", "x.sqlite3", "stats", "--year", "2024", "--json"],
        ["--verbose", "--db", "y", "import", "file.json"],
        ["--d", "search", "search", "digi", "--json"],
        ["team", "add", "Łukasz Özdemir", "--email", "l@example.org"],
        ["--language", "en", "target", "set", "2025", "advice_talks", "12"],
    ],
)
def test_parsing_is_the_same_as_with_every_command(argv: list[str]) -> None:
    lean = vars(build_parser(argv).parse_args(argv))
    full = vars(build_parser().parse_args(argv))
    assert lean.pop("handler").__module__ == full.pop("handler").__module__
    assert lean == full


@pytest.mark.parametrize(
    "argv", [[], ["--db", "x.sqlite3"], ["--language", "en", "--verbose"], ["--d", "stats"]]
)
def test_no_command_parses_the_same(argv: list[str]) -> None:
    assert vars(build_parser(argv).parse_args(argv)) == vars(build_parser().parse_args(argv))


def test_help_and_unknown_commands_list_every_command(
    capsys: pytest.CaptureFixture[str],
) -> None:
    with pytest.raises(SystemExit):
        build_parser(["--help"]).parse_args(["--help"])
    out = capsys.readouterr().out
    for command in ("demo", "export", "import", "search", "stats", "person", "network"):
        assert command in out
    with pytest.raises(SystemExit) as exc:
        build_parser(["statz"]).parse_args(["statz"])
    assert exc.value.code == 2
    err = capsys.readouterr().err
    assert "statz" in err and "stats" in err and "network" in err


def test_stats_imports_no_other_command(sqlite_db: Database) -> None:
    path = sqlite_path(sqlite_db.url)
    sqlite_db.dispose()
    code = (
        "import sys, main\n"
        f"code = main.main(['--db', {str(path)!r}, 'stats', '--json'])\n"
        "heavy = [m for m in ('faker', 'reportlab', 'alembic', 'openpyxl') if m in sys.modules]\n"
        "print(code, heavy, sorted(m for m in sys.modules if m.startswith('supportdesk.cli.')))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True
    )
    code_text, heavy, modules = done.stdout.strip().splitlines()[-1].split(" ", 2)
    assert code_text == "0", done.stderr
    assert heavy == "[]"
    loaded = {name.rsplit(".", 1)[1] for name in ast.literal_eval(modules)}
    assert "stats" in loaded
    assert not loaded & (set(COMMAND_MODULES) - {"stats"}), loaded
