"""Helpers for the command-line tests: run ``main.main`` and capture its output."""

from __future__ import annotations

import hashlib
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

import main


@dataclass(frozen=True)
class Run:
    code: int
    out: str
    err: str


@pytest.fixture
def cli(capsys: pytest.CaptureFixture[str]) -> Callable[..., Run]:
    """Run ``supportdesk ARGS...`` in-process; argparse's exits become exit codes."""

    def run(*args: str) -> Run:
        capsys.readouterr()
        try:
            code = main.main(list(args))
        except SystemExit as exc:
            code = exc.code if isinstance(exc.code, int) else 1
        out, err = capsys.readouterr()
        return Run(code, out, err)

    return run


@pytest.fixture
def db_file(sqlite_template: Path, tmp_path: Path) -> Path:
    """A fresh SupportDesk database file (reference data only)."""
    path = tmp_path / "supportdesk.sqlite3"
    shutil.copyfile(sqlite_template, path)
    return path


@pytest.fixture(scope="module")
def demo_file(sqlite_template: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A demo database, made once per test module: tests read it or work on a copy."""
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite3"
    shutil.copyfile(sqlite_template, path)
    assert main.main(["--db", str(path), "demo"]) == 0
    return path


def digest_with_side_files(path: Path) -> str:
    """What a database file and its -wal, -shm and -journal hold (missing ones count too)."""
    h = hashlib.sha256()
    for suffix in ("", "-wal", "-shm", "-journal"):
        p = Path(f"{path}{suffix}")
        h.update(p.read_bytes() if p.exists() else b"<none>")
    return h.hexdigest()


def digest(*paths: Path) -> str:
    """What a set of files holds (missing files count too), to prove nothing changed."""
    h = hashlib.sha256()
    for p in paths:
        for q in (p, Path(f"{p}-wal")):
            h.update(q.read_bytes() if q.exists() else b"<none>")
    return h.hexdigest()
