"""One diagnosis for the app and ``supportdesk check``: a file the app's start checks
refuse is never "in orde" for ``check`` (a file one byte short passed ``check`` while
the app called it truncated), and what the command line says is one line, with the
details under ``--verbose``."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

import main
from supportdesk.safety.startup import DatabaseProblem, open_safely
from tests.supportdesk.cli.conftest import Run
from tests.supportdesk.safety.test_commands_refuse_damaged_files import spoil


def short_by(n: int) -> Callable[[Path], None]:
    def cut(path: Path) -> None:
        data = path.read_bytes()
        path.write_bytes(data[: len(data) - n])

    return cut


def zero_header(path: Path) -> None:
    data = bytearray(path.read_bytes())
    data[:100] = bytes(100)
    path.write_bytes(bytes(data))


SPOILS = {
    "one byte short": short_by(1),
    "one page short": short_by(4096),
    "half": lambda p: p.write_bytes(p.read_bytes()[: len(p.read_bytes()) // 2]),
    "header gone": zero_header,
    "damaged page": lambda p: spoil(p, "local_government"),
}


@pytest.fixture
def team(sqlite_template: Path, tmp_path: Path) -> Path:
    path = tmp_path / "team.sqlite3"
    shutil.copyfile(sqlite_template, path)
    return path


@pytest.mark.parametrize("name", list(SPOILS))
def test_check_and_the_app_agree(cli: Callable[..., Run], team: Path, name: str):
    SPOILS[name](team)
    with pytest.raises(DatabaseProblem) as caught:
        open_safely(str(team), "test")
    r = cli("--db", str(team), "check")
    assert r.code == 1, r.out
    lines = r.err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("supportdesk: "), r.err
    assert "In orde" not in r.out
    if caught.value.kind in ("truncated", "not_database"):
        assert caught.value.message in r.out  # the same words as the app's
    json_run = cli("--db", str(team), "check", "--json")
    assert json_run.code == 1 and '"ok": false' in json_run.out


def test_a_sound_file_is_in_orde_for_both(cli: Callable[..., Run], team: Path):
    open_safely(str(team), "test").db.dispose()
    r = cli("--db", str(team), "check")
    assert r.code == 0 and "In orde." in r.out


def test_restoring_a_damaged_backup_is_one_line_details_with_verbose(
    cli: Callable[..., Run], team: Path, tmp_path: Path
):
    bad = tmp_path / "oud.sqlite3"
    shutil.copyfile(team, bad)
    spoil(bad, "local_government")
    r = cli("--db", str(team), "restore", str(bad), "--yes")
    lines = r.err.strip().splitlines()
    assert r.code != 0 and len(lines) == 1 and "beschadigd" in lines[0], r.err
    verbose = cli("--db", str(team), "--verbose", "restore", str(bad), "--yes")
    assert verbose.code != 0 and verbose.err.splitlines()[0] == lines[0]
    assert main.main(["--db", str(team), "check"]) == 0  # nothing was replaced
