"""A damaged file: every writing command refuses it before writing (the full quick
check runs first, as the app requires), and a reading command that meets a damaged page
says the file is damaged, in one line, instead of printing figures from it."""

from __future__ import annotations

import hashlib
import json
import shutil
import sqlite3
from collections.abc import Callable
from contextlib import closing
from pathlib import Path

import pytest

import main
from db.sqlite_files import reading_connection
from tests.supportdesk.cli.conftest import Run
from tests.supportdesk.safety.damage import spoil


def digest(folder: Path) -> str:
    """Every file in ``folder`` (names and bytes): what a command must not change."""
    h = hashlib.sha256()
    for p in sorted(folder.rglob("*")):
        h.update(str(p.relative_to(folder)).encode())
        if p.is_file():
            h.update(p.read_bytes())
    return h.hexdigest()


@pytest.fixture
def team(demo_file: Path, tmp_path: Path) -> Path:
    folder = tmp_path / "team"
    folder.mkdir()
    path = folder / "team.sqlite3"
    shutil.copyfile(demo_file, path)
    return path


def one_line(r: Run, *words: str) -> str:
    assert r.code != 0, r.out
    lines = r.err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("supportdesk: "), r.err
    for word in words:
        assert word in lines[0], lines[0]
    return lines[0]


def a_contact(team: Path) -> str:
    with closing(reading_connection(team)) as conn:
        return str(conn.execute("SELECT public_id FROM contact_person LIMIT 1").fetchone()[0])


@pytest.mark.parametrize("table", ["advice_talk", "search_document", "follow_up_action"])
def test_writing_commands_refuse_a_damaged_file(
    cli: Callable[..., Run], team: Path, tmp_path: Path, table: str
):
    person = a_contact(team)
    spoil(team, table)
    before = digest(team.parent)
    doc = tmp_path / "doc.json"
    assert main.main(["--db", str(tmp_path / "other.sqlite3"), "export", "--out", str(doc)]) != 0
    one_line(cli("--db", str(team), "person", "erase", person, "--yes"), "beschadigd")
    one_line(cli("--db", str(team), "demo"), "beschadigd")
    assert digest(team.parent) == before


def test_reading_commands_say_damaged_instead_of_figures(cli: Callable[..., Run], team: Path):
    """stats, export and the reports run the quick check first: a damaged page the
    figures do not even read (stats counts through an index) still stops them."""
    spoil(team, "advice_talk")
    before = digest(team.parent)
    for args in (["stats", "--json"], ["export"], ["person", "find", "a"]):
        r = cli("--db", str(team), *args)
        one_line(r, "beschadigd", str(team))
        assert r.out == "", args  # no figures, no half a document
    assert digest(team.parent) == before


def test_search_on_a_damaged_index_says_so(cli: Callable[..., Run], team: Path):
    """search keeps the cheap checks only (it answers at once); a damaged page it
    reads is still said as damaged, in one line."""
    spoil(team, "search_document", root=True)  # the hits' rows are read through it
    r = cli("--db", str(team), "search", "gemeente", "--json")
    one_line(r, "beschadigd")


def test_verbose_gives_the_details_below_the_line(cli: Callable[..., Run], team: Path):
    spoil(team, "advice_talk")
    r = cli("--db", str(team), "--verbose", "stats")
    lines = r.err.strip().splitlines()
    assert r.code != 0 and lines[0].startswith("supportdesk: ") and "beschadigd" in lines[0]
    assert len(lines) >= 2 and "malformed" in r.err


def test_a_sound_file_is_still_written(cli: Callable[..., Run], team: Path):
    person = a_contact(team)
    r = cli("--db", str(team), "person", "erase", person, "--yes")
    assert r.code == 0, r.err
    r = cli("--db", str(team), "stats", "--json")
    assert r.code == 0 and json.loads(r.out)["indicators"]


def test_restore_checks_what_it_would_write_over(cli: Callable[..., Run], team: Path):
    from supportdesk.safety.backups import make_backup

    backup = make_backup(team)
    newer = team.with_name("nieuwer.sqlite3")
    shutil.copyfile(team, newer)
    with closing(sqlite3.connect(newer)) as conn:
        conn.execute("UPDATE alembic_version SET version_num = 'f00f'")
        conn.commit()
    foreign = team.with_name("ander.sqlite3")
    with closing(sqlite3.connect(foreign)) as conn:
        conn.execute("CREATE TABLE boeken (titel TEXT)")
        conn.commit()
    for target in (newer, foreign):
        before = digest(team.parent)
        one_line(cli("--db", str(target), "restore", str(backup), "--yes"), "niet teruggezet")
        assert digest(team.parent) == before
    spoil(team, "advice_talk")  # what a restore is for
    r = cli("--db", str(team), "restore", str(backup), "--yes")
    assert r.code == 0, r.err
    assert cli("--db", str(team), "check").code == 0
