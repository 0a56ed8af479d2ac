"""A ``--db`` that is no regular file (a device, a FIFO, a link to one) is refused at
once by every command and by the app's start path, and nothing changes its mode.

Run as root, the app's start path once made the device behind a symlink 0600 (``chmod``
after resolving the link): ``/dev/null`` closed for every other user. A FIFO as
``--db`` kept every command waiting forever. The device node here is a copy of
``/dev/null``'s numbers made with ``mknod`` in the test's own folder; the real
``/dev/null`` is never touched.
"""

from __future__ import annotations

import os
import stat
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from supportdesk.safety.permissions import secure_database, secure_file
from supportdesk.safety.startup import DatabaseProblem, open_safely
from tests.supportdesk.cli.conftest import Run
from tests.supportdesk.safety import processes

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX file kinds and modes")
ROOT = Path(__file__).resolve().parents[3]
IS_ROOT = hasattr(os, "geteuid") and os.geteuid() == 0


def make_device(folder: Path) -> Path:
    """A character device with /dev/null's numbers, in ``folder`` (root only)."""
    node = folder / "null-kopie"
    os.mknod(node, 0o666 | stat.S_IFCHR, os.stat("/dev/null").st_rdev)
    node.chmod(0o666)
    return node


def make_text(folder: Path) -> Path:
    target = folder / "notities.txt"
    target.write_text("geen databank\n")
    target.chmod(0o644)
    return target


def make_fifo(folder: Path) -> Path:
    target = folder / "pijp"
    os.mkfifo(target, 0o644)
    target.chmod(0o644)
    return target


TARGETS: list[tuple[str, Callable[[Path], Path]]] = [("text", make_text), ("fifo", make_fifo)]
if IS_ROOT:
    TARGETS.append(("device", make_device))


@pytest.fixture(params=[t[1] for t in TARGETS], ids=[t[0] for t in TARGETS])
def target(request: pytest.FixtureRequest, tmp_path: Path) -> Path:
    folder = tmp_path / "elders"
    folder.mkdir()
    made: Path = request.param(folder)
    return made


@pytest.fixture(params=["direct", "link"])
def db_arg(request: pytest.FixtureRequest, target: Path, tmp_path: Path) -> Path:
    if request.param == "direct":
        return target
    link = tmp_path / "supportdesk.sqlite3"
    link.symlink_to(target)
    return link


def commands(tmp_path: Path, doc: Path) -> list[list[str]]:
    return [
        ["demo"],
        ["import", str(doc)],
        ["export"],
        ["search", "x"],
        ["stats"],
        ["check"],
        ["backup", str(tmp_path / "kopie.sqlite3")],
        ["restore", "--newest", "--yes"],
        ["restore", "--list"],
        ["person", "find", "x"],
        ["person", "erase", "x", "--yes"],
        ["pdf", "--year", "2025", "--out", str(tmp_path / "jaar.pdf")],
    ]


def test_every_command_refuses_at_once_and_leaves_the_mode(
    cli: Callable[..., Run], db_arg: Path, target: Path, tmp_path: Path
):
    doc = tmp_path / "leeg.json"
    doc.write_text("{}")
    mode = stat.S_IMODE(os.stat(target).st_mode)
    for args in commands(tmp_path, doc):
        started = time.monotonic()
        r = cli("--db", str(db_arg), *args)
        assert time.monotonic() - started < 10, args
        assert stat.S_IMODE(os.stat(target).st_mode) == mode, args
        if args == ["restore", "--list"] and target.is_file():
            continue  # listing the (no) backups of a text file reads nothing of it
        assert r.code != 0, (args, r.out)
        lines = r.err.strip().splitlines()
        assert len(lines) == 1 and lines[0].startswith("supportdesk: "), (args, r.err)
        assert "Traceback" not in r.err
        assert stat.S_IMODE(os.stat(target).st_mode) == mode, args
    assert not (tmp_path / "kopie.sqlite3").exists() and not (tmp_path / "jaar.pdf").exists()


def test_a_fifo_as_db_does_not_block_a_real_process(tmp_path: Path):
    fifo = make_fifo(tmp_path)
    r = subprocess.run(
        [sys.executable, "main.py", "--db", str(fifo), "stats"],
        cwd=ROOT,
        env=processes.env(),
        capture_output=True,
        text=True,
        timeout=30,  # the old code never returned
    )
    assert r.returncode != 0
    assert r.stderr.strip().splitlines() == [
        f"supportdesk: {fifo}: geen databankbestand maar een pijp (FIFO); kies een "
        "SupportDesk-databankbestand"
    ]


def test_the_start_path_refuses_first_and_changes_no_mode(db_arg: Path, target: Path):
    mode = stat.S_IMODE(os.stat(target).st_mode)
    for defer in (True, False):
        with pytest.raises(DatabaseProblem) as caught:
            open_safely(str(db_arg), "test", defer_checks=defer)
        assert caught.value.kind in ("special", "not_database")
        assert stat.S_IMODE(os.stat(target).st_mode) == mode


def test_securing_acts_only_on_regular_files(tmp_path: Path, target: Path):
    """Even when called on them directly, neither a link nor what is not a regular
    file gets a new mode."""
    link = tmp_path / "team.sqlite3"
    link.symlink_to(target)
    mode = stat.S_IMODE(os.stat(target).st_mode)
    secure_database(link, own_folder=False)
    secure_file(link)
    if not stat.S_ISREG(os.stat(target).st_mode):
        secure_file(target)
    assert stat.S_IMODE(os.stat(target).st_mode) == mode
    side = tmp_path / "team.sqlite3-wal"
    side.symlink_to(target)
    secure_database(tmp_path / "team.sqlite3")
    assert stat.S_IMODE(os.stat(target).st_mode) == mode


def test_a_link_to_nothing_is_refused_and_nothing_is_made_through_it(
    cli: Callable[..., Run], tmp_path: Path
):
    """``demo`` and ``import`` once made a new database at the far end of a dangling link,
    where its mode could not be secured (modes are never changed through a link)."""
    nowhere = tmp_path / "elders" / "nieuw.sqlite3"
    link = tmp_path / "supportdesk.sqlite3"
    link.symlink_to(nowhere)
    doc = tmp_path / "leeg.json"
    doc.write_text("{}")
    for args in (["demo"], ["import", str(doc)], ["stats"]):
        r = cli("--db", str(link), *args)
        assert r.code != 0, args
        assert r.err.strip().splitlines() == [
            f"supportdesk: {link}: een koppeling naar een bestand dat niet bestaat; "
            "kies een SupportDesk-databankbestand"
        ], args
    with pytest.raises(DatabaseProblem) as caught:
        open_safely(str(link), "test")
    assert caught.value.kind == "special"
    assert not nowhere.exists() and not nowhere.parent.exists()
