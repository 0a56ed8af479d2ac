"""``--out``: never the database, never over a file without ``--force``, never through
a symlink or into a device, always 0600 (issue 9, points 3, 6 and 8)."""

from __future__ import annotations

import os
import stat
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.supportdesk.cli.conftest import Run, digest
from tests.supportdesk.cli.test_bad_input import assert_refused

posix_only = pytest.mark.skipif(os.name != "posix", reason="symlinks, FIFOs, modes: POSIX")


def _person_id(cli: Callable[..., Run], db: Path) -> str:
    r = cli("--db", str(db), "demo")
    assert r.code == 0, r.err
    r = cli("--db", str(db), "person", "find", "a")
    assert r.code == 0 and r.out, r.err
    return r.out.split()[0]


def _commands(cli: Callable[..., Run], db: Path) -> dict[str, list[str]]:
    """Each writing command, without its --out value."""
    return {
        "export": ["--db", str(db), "export"],
        "person": ["--db", str(db), "person", "export", _person_id(cli, db)],
        "pdf": ["--db", str(db), "pdf", "--year", "2025"],
    }


def _same_file_names(db: Path) -> list[str]:
    """Other names for the database file and the files that belong to it."""
    folder = db.parent
    (folder / "sub").mkdir()
    os.link(db, folder / "hard.json")
    (folder / "link.json").symlink_to(db.name)
    (folder / "backups").mkdir(exist_ok=True)
    return [
        str(db),
        str(folder / "sub" / ".." / db.name),
        os.path.relpath(db),
        str(folder / db.name.upper()),
        str(folder / "hard.json"),
        str(folder / "link.json"),
        f"{db}-wal",
        f"{db}-shm",
        f"{db}-journal",
        str(folder / "backups" / "export.json"),
        str(folder / "backups"),
    ]


@posix_only
def test_out_is_never_the_database_or_its_files(
    cli: Callable[..., Run], db_file: Path, monkeypatch: pytest.MonkeyPatch
):
    monkeypatch.chdir(db_file.parent)
    commands = _commands(cli, db_file)
    names = _same_file_names(db_file)
    before = digest(db_file)
    for name, command in commands.items():
        for out in names:
            for force in ([], ["--force"]):
                r = cli(*command, "--out", out, *force)
                assert_refused(r, out)
                assert digest(db_file) == before, (name, out)
    assert not (db_file.parent / "backups" / "export.json").exists()
    assert not Path(f"{db_file}-journal").exists()


@posix_only
def test_out_refuses_an_existing_file_unless_forced(cli: Callable[..., Run], db_file: Path):
    for name, command in _commands(cli, db_file).items():
        out = db_file.parent / f"mine-{name}.out"
        out.write_text("mijn eigen werk")
        assert_refused(cli(*command, "--out", str(out)), str(out), "--force")
        assert out.read_text() == "mijn eigen werk"
        r = cli(*command, "--out", str(out), "--force")
        assert r.code == 0, r.err
        assert out.read_bytes() != b"mijn eigen werk"
        assert stat.S_IMODE(out.stat().st_mode) == 0o600


@posix_only
def test_out_never_follows_a_symlink_or_writes_into_a_device(
    cli: Callable[..., Run], db_file: Path
):
    folder = db_file.parent
    victim = folder / "victim.txt"
    victim.write_text("niet aankomen")
    (folder / "to-victim.json").symlink_to(victim)
    (folder / "dangling.json").symlink_to(folder / "nowhere.json")
    os.mkfifo(folder / "pipe.json")
    (folder / "a-folder.json").mkdir()
    for command in _commands(cli, db_file).values():
        for out, word in [
            ("to-victim.json", "koppeling"),
            ("dangling.json", "koppeling"),
            ("pipe.json", "FIFO"),
            ("a-folder.json", "map"),
            ("/dev/null", "apparaat"),
        ]:
            target = out if out.startswith("/") else str(folder / out)
            for force in ([], ["--force"]):
                assert_refused(cli(*command, "--out", target, *force), target, word)
    assert victim.read_text() == "niet aankomen"
    assert not (folder / "nowhere.json").exists()
    assert (folder / "to-victim.json").is_symlink()
    assert stat.S_ISFIFO(os.lstat(folder / "pipe.json").st_mode)


@posix_only
def test_outputs_are_private_whatever_the_umask(cli: Callable[..., Run], db_file: Path):
    old = os.umask(0)
    try:
        for name, command in _commands(cli, db_file).items():
            out = db_file.parent / f"new-{name}.out"
            r = cli(*command, "--out", str(out))
            assert r.code == 0, r.err
            assert stat.S_IMODE(out.stat().st_mode) == 0o600, name
        copy = db_file.parent / "copy.sqlite3"
        assert cli("--db", str(db_file), "backup", str(copy)).code == 0
        assert stat.S_IMODE(copy.stat().st_mode) == 0o600
    finally:
        os.umask(old)
    leftovers = [p.name for p in db_file.parent.iterdir() if p.name.startswith(".")]
    assert not leftovers


@posix_only
def test_backup_refuses_the_database_a_symlink_and_a_device(cli: Callable[..., Run], db_file: Path):
    folder = db_file.parent
    (folder / "link.sqlite3").symlink_to(folder / "nowhere.sqlite3")
    before = digest(db_file)
    for out, word in [
        (str(folder / "link.sqlite3"), "koppeling"),
        (f"{db_file}-wal", "hulpbestand"),
        ("/dev/null", "apparaat"),
    ]:
        assert_refused(cli("--db", str(db_file), "backup", out), out, word)
    assert digest(db_file) == before
    assert not (folder / "nowhere.sqlite3").exists()
