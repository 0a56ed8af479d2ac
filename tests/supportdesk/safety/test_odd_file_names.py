"""A database whose name has ``#``, ``?``, ``%``, spaces, quotes, accents or is very long
is the file that is opened, checked, copied and restored, never another one.

An unescaped ``file:{path}?mode=ro`` URI cut "team #2.sqlite3" at the ``#`` (an empty
copy, an empty "voor-herstel" copy, a damaged file opened without warning), made
"what?.sqlite3" into "what", and "100%25.sqlite3" into "100%.sqlite3".
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from contextlib import closing
from pathlib import Path

import pytest

from db.engine import resolve_url, sqlite_path
from db.sqlite_files import reading_connection
from supportdesk.safety.backups import list_backups, restore
from supportdesk.safety.diagnosis import diagnose_file
from supportdesk.safety.startup import DatabaseProblem, open_safely
from tests.supportdesk.cli.conftest import Run
from tests.supportdesk.safety.damage import spoil

NAMES = [
    "team #2.sqlite3",
    "what?.sqlite3",
    "100%25.sqlite3",
    "100%.sqlite3",
    "met  spaties .sqlite3",
    "aanhalings'\"tekens.sqlite3",
    "Özdemir Łukasz 日本 ☃.sqlite3",
    "a&b=c;d+e[f]{g}.sqlite3",
    "x" * 170 + ".sqlite3",  # much longer: the names in backups/ would pass 255 bytes
    "y" * 239 + ".sqlite3",  # 247 bytes: the longest whose "-journal" still fits in 255
    "é" * 116 + ".sqlite3",  # 240 bytes in UTF-8, 124 characters
]


def talks(path: Path) -> int:
    with closing(reading_connection(path)) as conn:
        return int(conn.execute("SELECT count(*) FROM advice_talk").fetchone()[0])


@pytest.fixture(params=NAMES, ids=[f"name{i}" for i in range(len(NAMES))])
def odd(request: pytest.FixtureRequest, demo_file: Path, tmp_path: Path) -> Path:
    path = tmp_path / request.param
    shutil.copyfile(demo_file, path)
    return path


def others(folder: Path, path: Path) -> set[str]:
    """Files in ``folder`` besides the database and its backups folder."""
    return {p.name for p in folder.iterdir()} - {path.name, "backups"}


def test_the_url_names_the_same_file(tmp_path: Path):
    for name in NAMES:
        path = tmp_path / name
        assert sqlite_path(resolve_url(str(path))) == path


def test_backup_copies_the_file_itself(cli: Callable[..., Run], odd: Path, tmp_path: Path):
    n = talks(odd)
    assert n > 0
    copy = tmp_path / "kopie #1?.sqlite3"
    r = cli("--db", str(odd), "backup", str(copy))
    assert r.code == 0, r.err
    assert talks(copy) == n
    assert others(tmp_path, odd) == {copy.name}


def test_reading_commands_read_the_file_itself(cli: Callable[..., Run], odd: Path):
    r = cli("--db", str(odd), "stats", "--json")
    assert r.code == 0, r.err
    r = cli("--db", str(odd), "check")
    assert r.code == 0, r.out + r.err
    assert others(odd.parent, odd) == set()


def test_start_backup_and_restore_keep_the_data(odd: Path):
    n = talks(odd)
    opened = open_safely(str(odd), "test")
    opened.db.dispose()
    assert opened.backup is not None and talks(opened.backup) == n
    kept = restore(odd, opened.backup)
    assert kept is not None and talks(kept) == n
    assert talks(odd) == n
    assert others(odd.parent, odd) == set()


def test_a_damaged_file_is_found_whatever_its_name(odd: Path):
    spoil(odd, "advice_talk")
    problem = diagnose_file(odd)
    assert problem is not None and problem.kind == "damaged"
    with pytest.raises(DatabaseProblem):
        open_safely(str(odd), "test")
    assert list_backups(odd) == []  # no backup made of a damaged file
    assert others(odd.parent, odd) == set()


@pytest.mark.parametrize("name", ["what?.sqlite3", "team #2.sqlite3", "100%25.sqlite3"])
def test_demo_creates_exactly_the_named_file(
    cli: Callable[..., Run], sqlite_template: Path, tmp_path: Path, name: str
):
    path = tmp_path / name
    shutil.copyfile(sqlite_template, path)  # a new, seeded database (demo needs no wait)
    r = cli("--db", str(path), "search", "x")
    assert r.code == 0, r.err
    missing = tmp_path / "nieuw?.sqlite3"
    r = cli("--db", str(missing), "stats")
    assert r.code != 0 and "bestaat niet" in r.err
    assert {p.name for p in tmp_path.iterdir()} == {name}
