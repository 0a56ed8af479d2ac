"""``--db`` naming a symlink loop (``a -> b -> a``): every command says so in one line
and changes nothing. Before, resolving the path raised Python's "Symlink loop" and every
command (and the app) ended in a traceback."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from db.engine import resolve_url, sqlite_path

posix = pytest.mark.skipif(os.name != "posix", reason="POSIX symlinks")

COMMANDS = [
    ["stats"],
    ["search", "x"],
    ["export"],
    ["check"],
    ["demo"],
    ["person", "find", "a"],
    ["backup", "{d}/copy.sqlite3"],
    ["restore", "--newest", "--yes"],
]


def loop(folder: Path) -> Path:
    (folder / "a.sqlite3").symlink_to(folder / "b.sqlite3")
    (folder / "b.sqlite3").symlink_to(folder / "a.sqlite3")
    return folder / "a.sqlite3"


@posix
def test_a_symlink_loop_resolves_to_its_own_name(tmp_path: Path) -> None:
    link = loop(tmp_path)
    assert sqlite_path(resolve_url(str(link))) == link


@posix
@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: " ".join(c[:2]))
def test_every_command_refuses_a_symlink_loop_in_one_line(cli, tmp_path: Path, command) -> None:
    link = loop(tmp_path)
    before = sorted(os.listdir(tmp_path))
    run = cli("--db", str(link), *[a.format(d=tmp_path) for a in command])
    assert run.code not in (0, None)
    lines = run.err.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in run.err, run.err
    assert str(link) in lines[0]
    assert sorted(os.listdir(tmp_path)) == before
