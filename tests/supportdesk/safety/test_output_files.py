"""Files SupportDesk writes: never the database, never through a symlink, 0600 from the
first byte, and no temporary file left behind (issue 9, points 3, 6 and 8)."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from db.session import Database
from supportdesk import reports
from supportdesk.backup import backup_database
from supportdesk.database import open_app_database
from supportdesk.safety import backups
from supportdesk.safety.backups import list_backups, make_backup, restore
from supportdesk.safety.output_files import (
    OutputRefused,
    check_output,
    output_file,
    remove_stale_temps,
    temp_path,
    write_output,
)
from tests.supportdesk.cli.conftest import digest
from tests.supportdesk.safety.conftest import government_ids

pytestmark = pytest.mark.skipif(os.name != "posix", reason="modes, links, FIFOs: POSIX")


@pytest.fixture
def umask_022() -> Iterator[None]:
    old = os.umask(0o022)  # the usual umask: a plain open() makes 0644
    yield
    os.umask(old)


def _dot_files(*folders: Path) -> list[str]:
    return sorted(p.name for f in folders if f.is_dir() for p in f.iterdir() if p.name[0] == ".")


def _dead_pid() -> int:
    done = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"],
        check=True,
        capture_output=True,
        text=True,
    )
    return int(done.stdout)


# -- may this path be written? ---------------------------------------------------------
def test_every_name_of_the_database_is_refused(new_file: Path, tmp_path: Path):
    db = new_file
    (tmp_path / "elsewhere").mkdir()
    (tmp_path / "alias").symlink_to(tmp_path)  # the same folder under another name
    os.link(db, tmp_path / "elsewhere" / "hard.json")
    names = {
        db: "databank zelf",
        tmp_path / "elsewhere" / ".." / db.name: "databank zelf",
        tmp_path / "alias" / db.name: "databank zelf",
        tmp_path / db.name.upper(): "databank zelf",
        tmp_path / "elsewhere" / "hard.json": "databank zelf",
        Path(f"{db}-wal"): "hulpbestand",
        tmp_path / "alias" / f"{db.name}-SHM": "hulpbestand",
        Path(f"{db}-journal"): "hulpbestand",
        tmp_path / "backups" / "x.pdf": "reservekopieën",
        tmp_path / "alias" / "backups" / "sub" / "x.json": "reservekopieën",
    }
    for name, why in names.items():
        for force in (False, True):
            with pytest.raises(OutputRefused, match=why) as caught:
                check_output(name, database=db, force=force)
            assert caught.value.message.startswith(f"{name}: ")
            assert "\n" not in caught.value.message
    other = check_output(tmp_path / "export.json", database=db)
    assert other.path == tmp_path / "export.json"


def test_the_final_step_checks_again(tmp_path: Path, umask_022: None):
    """A file, a symlink or the database appearing while the output is being made."""
    target = check_output(tmp_path / "out.json")
    with pytest.raises(OutputRefused, match="bestaat al"), output_file(target) as fh:
        fh.write(b"nieuw")
        (tmp_path / "out.json").write_text("van iemand anders")
    assert (tmp_path / "out.json").read_text() == "van iemand anders"
    victim = tmp_path / "victim"
    victim.write_text("blijft")
    forced = check_output(tmp_path / "forced.json", force=True)
    with pytest.raises(OutputRefused, match="koppeling"), output_file(forced) as fh:
        fh.write(b"nieuw")
        (tmp_path / "forced.json").symlink_to(victim)
    assert victim.read_text() == "blijft"
    assert _dot_files(tmp_path) == []


# -- private from the first byte, nothing left behind ---------------------------------
def test_an_interrupted_output_leaves_nothing_and_was_private(tmp_path: Path):
    old = os.umask(0)
    try:
        target = check_output(tmp_path / "out.json")
        modes: list[int] = []
        with pytest.raises(KeyboardInterrupt), output_file(target) as fh:
            fh.write(b"half")
            (tmp,) = [p for p in tmp_path.iterdir() if p.name.startswith(".")]
            modes.append(stat.S_IMODE(tmp.stat().st_mode))
            raise KeyboardInterrupt
        assert modes == [0o600]
        assert list(tmp_path.iterdir()) == []
        write_output(target, "heel")
        assert stat.S_IMODE(target.path.stat().st_mode) == 0o600
    finally:
        os.umask(old)


def _interrupt_at_secure_file(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Stop a copy just before it makes its temporary file private, as Ctrl+C or a
    kill could: the modes the temporary files had until then."""
    seen: list[int] = []

    def interrupted(path: Path) -> None:
        seen.append(stat.S_IMODE(path.stat().st_mode))
        raise KeyboardInterrupt

    monkeypatch.setattr(backups, "secure_file", interrupted)
    return seen


def test_backup_temp_copy_is_private_and_removed_when_interrupted(
    new_file: Path, tmp_path: Path, umask_022: None, monkeypatch: pytest.MonkeyPatch
):
    out = tmp_path / "copies"
    out.mkdir()
    seen = _interrupt_at_secure_file(monkeypatch)
    with pytest.raises(KeyboardInterrupt):
        backup_database(f"sqlite:///{new_file}", out / "copy.sqlite3")
    assert seen == [0o600]
    assert list(out.iterdir()) == []


def test_restore_temp_is_private_and_removed_when_interrupted(
    new_file: Path, tmp_path: Path, umask_022: None, monkeypatch: pytest.MonkeyPatch
):
    db = open_app_database(f"sqlite:///{new_file}", seed=False)
    db.dispose()
    good = make_backup(new_file)
    before = digest(new_file)
    seen = _interrupt_at_secure_file(monkeypatch)
    with pytest.raises(KeyboardInterrupt):
        restore(new_file, good)
    assert seen and all(mode == 0o600 for mode in seen)
    assert _dot_files(tmp_path, tmp_path / "backups") == []
    assert digest(new_file) == before
    monkeypatch.undo()
    assert restore(new_file, good) is not None  # nothing left locked or half done


def test_pdf_temp_is_private_and_removed_when_interrupted(sqlite_db: Database, tmp_path: Path):
    out = tmp_path / "pdf"
    out.mkdir()
    modes: list[int] = []

    def progress(_done: int, _total: int) -> None:
        modes.extend(stat.S_IMODE(p.stat().st_mode) for p in out.iterdir())
        raise KeyboardInterrupt

    old = os.umask(0)
    try:
        with pytest.raises(KeyboardInterrupt):
            reports.render_year_report(
                sqlite_db, 2025, out / "jaar.pdf", exported_by="Test", progress=progress
            )
        assert modes == [0o600]
        assert list(out.iterdir()) == []
        made = reports.render_year_report(sqlite_db, 2025, out / "jaar.pdf", exported_by="Test")
        assert stat.S_IMODE(made.stat().st_mode) == 0o600
    finally:
        os.umask(old)


def test_temps_of_killed_processes_are_removed_by_the_next_run(new_file: Path, tmp_path: Path):
    dead, alive = _dead_pid(), os.getpid()
    folder = tmp_path / "backups"
    folder.mkdir()
    stale = [
        folder / f".{new_file.stem}-start-1.sqlite3.{dead}-0123abcd.supportdesk-tmp",
        folder / f".{new_file.stem}-start-1.sqlite3.{dead}-0123abcd.supportdesk-tmp-journal",
        tmp_path / f".rapport.pdf.{dead}-89abcdef.supportdesk-tmp",
    ]
    running = folder / f".other.sqlite3.{alive}-00000000.supportdesk-tmp"
    not_ours = tmp_path / f".notes.{dead}.tmp"
    victim = tmp_path / "victim"
    trap = tmp_path / f".x.{dead}-11111111.supportdesk-tmp"
    for p in [*stale, running, not_ours, victim]:
        p.write_bytes(b"x")
    trap.symlink_to(victim)
    make_backup(new_file)  # the next start backup
    write_output(check_output(tmp_path / "export.json"), "{}")  # the next export
    assert not any(p.exists() for p in stale)
    assert running.exists() and not_ours.exists() and victim.exists() and trap.is_symlink()
    assert list_backups(new_file)
    assert temp_path(tmp_path / "a.pdf").name.endswith(".supportdesk-tmp")
    assert remove_stale_temps(tmp_path / "missing") == []


def test_restore_refuses_the_database_as_its_own_backup(new_file: Path, tmp_path: Path):
    db = open_app_database(f"sqlite:///{new_file}", seed=False)
    government_ids(db, 1)
    db.dispose()
    os.link(new_file, tmp_path / "same.sqlite3")
    with pytest.raises(backups.BackupError, match="databank zelf"):
        restore(new_file, tmp_path / "same.sqlite3")
