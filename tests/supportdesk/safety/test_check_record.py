"""The whole-file checks run only when needed (issue 15): the start backup when the
file changed since the newest one, the app's quick check at most once a day and always
after a crash or a change by another program, and a reading command's quick check only
when the file changed since a successful one."""

from __future__ import annotations

import json
import sqlite3
import stat
import time
from collections.abc import Callable
from contextlib import closing
from pathlib import Path

import pytest

import supportdesk.cli.common as cli_common
from supportdesk.safety import check_record
from supportdesk.safety.backups import backup_folder, list_backups
from supportdesk.safety.check_record import (
    MAX_AGE_S,
    end_session,
    file_stamp,
    plan_start,
    record_path,
)
from supportdesk.safety.start_checks import run_start_checks
from supportdesk.safety.startup import Opened, open_safely
from supportdesk.services.contacts import ContactInput, create_contact
from tests.supportdesk.cli.conftest import Run
from tests.supportdesk.safety.conftest import government_ids
from tests.supportdesk.safety.damage import overwrite_page

DAY = 24 * 3600


def _start(path: Path, keep: int = 10) -> Opened:
    """What the app does at start: open with deferred checks and run what is planned."""
    opened = open_safely(str(path), "test", defer_checks=True, keep=keep)
    if opened.checks_pending is not None:
        check = run_start_checks(path, keep, opened.plan)
        assert check.problem is None
    return opened


def _session(path: Path, *, write: str | None = None, clean: bool = True) -> Opened:
    """One run of the app: start, maybe save a contact, then exit (cleanly or not)."""
    opened = _start(path)
    if write is not None:
        lg = government_ids(opened.db, 1)[0]
        create_contact(opened.db, ContactInput(lg, write))
    opened.db.dispose()
    if clean:
        end_session(path)
    return opened


def test_start_backup_is_skipped_when_the_file_is_unchanged_and_made_when_it_changed(
    new_file: Path,
):
    first = _session(new_file)
    assert first.plan.check and first.plan.backup
    assert len(list_backups(new_file)) == 1
    again = _session(new_file)  # nothing saved in between
    assert not again.plan.backup and again.checks_pending is None
    assert len(list_backups(new_file)) == 1
    _session(new_file, write="Özdemir")  # saved something
    changed = _session(new_file)
    assert changed.plan.backup and not changed.plan.check
    assert len(list_backups(new_file)) == 2


def test_a_deleted_newest_backup_is_made_again(new_file: Path):
    _session(new_file)
    list_backups(new_file)[0].path.unlink()
    assert _session(new_file).plan.backup
    assert len(list_backups(new_file)) == 1


def test_quick_check_skipped_within_a_day_after_a_clean_exit(new_file: Path):
    _session(new_file, write="Łukasz")
    opened = _session(new_file, write="Ærø")
    assert not opened.plan.check
    assert plan_start(new_file, crashed=False, now=time.time() + MAX_AGE_S + 60).check


def test_quick_check_runs_after_a_crash(new_file: Path):
    _session(new_file)
    _session(new_file, clean=False)  # killed: the session marker stays
    assert _session(new_file).plan.check
    assert not _session(new_file).plan.check  # that one ended cleanly


def test_quick_check_runs_when_a_hot_wal_is_left(new_file: Path):
    _session(new_file)
    writer = sqlite3.connect(new_file, isolation_level=None)
    try:
        writer.execute("UPDATE theme SET description = coalesce(description, '') || '.'")
        assert Path(f"{new_file}-wal").stat().st_size > 0
        opened = open_safely(str(new_file), "test", defer_checks=True)
        opened.db.dispose()
        assert opened.plan.check
    finally:
        writer.close()


def test_quick_check_runs_when_another_program_changed_the_file(new_file: Path):
    _session(new_file)
    with closing(sqlite3.connect(new_file)) as conn, conn:
        conn.execute("UPDATE theme SET description = coalesce(description, '') || ' '")
    assert _session(new_file).plan.check


def test_damage_by_another_program_after_a_clean_exit_is_found_at_start(new_file: Path):
    _session(new_file)
    overwrite_page(new_file)
    opened = open_safely(str(new_file), "test", defer_checks=True)
    try:
        assert opened.plan.check
        check = run_start_checks(new_file, 10, opened.plan)
        assert check.problem is not None and check.problem.kind == "damaged"
        assert check.backup is None and len(list_backups(new_file)) == 1
    finally:
        opened.db.dispose()
    end_session(new_file)  # the user quit: the next start checks again
    assert plan_start(new_file, crashed=False).check


def test_the_record_is_private_and_a_broken_record_only_means_checking(new_file: Path):
    _session(new_file)
    record = record_path(new_file)
    assert stat.S_IMODE(record.stat().st_mode) == 0o600
    assert json.loads(record.read_text(encoding="utf-8"))
    record.write_text("{niet: json", encoding="utf-8")
    assert _session(new_file).plan.check
    record.write_text(json.dumps({"team": {"checked": {"stamp": ["x"], "at": "nu"}}}))
    assert _session(new_file).plan.check


def test_the_stamp_follows_the_wal(new_file: Path):
    conn = sqlite3.connect(new_file, isolation_level=None)
    try:
        conn.execute("PRAGMA journal_mode=WAL")
        before = file_stamp(new_file)
        conn.execute("UPDATE theme SET description = coalesce(description, '') || '.'")
        after = file_stamp(new_file)
        assert before is not None and after is not None and before != after
        assert after.wal_size > 0 and after.wal_head
    finally:
        conn.close()


# -- the command line ----------------------------------------------------------------------
@pytest.fixture
def quick_checks(monkeypatch: pytest.MonkeyPatch) -> list[bool]:
    """Whether each diagnosis the command line ran included the quick check."""
    seen: list[bool] = []
    real = cli_common.diagnose_file

    def spy(path: Path, *, thorough: bool = True, header: bool = True):  # type: ignore[no-untyped-def]
        seen.append(thorough)
        return real(path, thorough=thorough, header=header)

    monkeypatch.setattr(cli_common, "diagnose_file", spy)
    return seen


def test_stats_skips_the_check_on_an_unchanged_file_and_runs_it_on_a_changed_one(
    cli: Callable[..., Run], new_file: Path, quick_checks: list[bool]
):
    backup_folder(new_file).mkdir()  # where the app keeps its backups
    assert cli("--db", str(new_file), "stats").code == 0
    assert cli("--db", str(new_file), "stats").code == 0
    assert quick_checks == [True, False]
    with closing(sqlite3.connect(new_file)) as conn, conn:
        conn.execute("UPDATE theme SET description = coalesce(description, '') || ' '")
    assert cli("--db", str(new_file), "stats").code == 0
    assert cli("--db", str(new_file), "export").code == 0
    assert quick_checks == [True, False, True, False]


def test_stats_checks_again_when_the_last_check_is_older_than_a_day(
    cli: Callable[..., Run], new_file: Path, quick_checks: list[bool]
):
    backup_folder(new_file).mkdir()
    check_record.record_check(new_file, file_stamp(new_file), now=time.time() - DAY - 60)
    assert cli("--db", str(new_file), "stats").code == 0
    assert quick_checks == [True]


def test_writing_commands_always_check(
    cli: Callable[..., Run], new_file: Path, quick_checks: list[bool]
):
    backup_folder(new_file).mkdir()
    assert cli("--db", str(new_file), "stats").code == 0
    before = len(quick_checks)
    r = cli("--db", str(new_file), "person", "erase", "onbekend", "--yes")
    assert quick_checks[before:] == [True], r.err


def test_a_file_damaged_after_a_good_check_is_not_read_for_figures(
    cli: Callable[..., Run], new_file: Path
):
    backup_folder(new_file).mkdir()
    assert cli("--db", str(new_file), "stats").code == 0
    overwrite_page(new_file)
    r = cli("--db", str(new_file), "stats")
    assert r.code != 0 and "beschadigd" in r.err and len(r.err.strip().splitlines()) == 1
    assert "checked" not in json.loads(record_path(new_file).read_text()).get("team", {})
