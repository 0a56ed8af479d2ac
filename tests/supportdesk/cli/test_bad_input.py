"""Bad input: one clear line on stderr, a non-zero exit, no traceback, nothing changed."""

from __future__ import annotations

import json
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

import main
from tests.supportdesk.cli.conftest import Run, digest

ROOT = Path(__file__).resolve().parents[3]


def assert_refused(r: Run, *words: str) -> None:
    assert r.code != 0
    lines = r.err.strip().splitlines()
    assert len(lines) == 1, r.err
    assert lines[0].startswith("supportdesk: ")
    assert "Traceback" not in r.err
    for word in words:
        assert word in lines[0], lines[0]


@pytest.fixture(scope="module")
def export_file(sqlite_template: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An export of a demo database, made once for the module (read-only in the tests)."""
    folder = tmp_path_factory.mktemp("export")
    db = folder / "demo.sqlite3"
    shutil.copyfile(sqlite_template, db)
    assert main.main(["--db", str(db), "demo"]) == 0
    out = folder / "export.json"
    assert main.main(["--db", str(db), "export", "--out", str(out)]) == 0
    return out


def test_import_of_a_missing_file(cli: Callable[..., Run], tmp_path: Path) -> None:
    target = tmp_path / "new.sqlite3"
    r = cli("--db", str(target), "import", str(tmp_path / "nergens.json"))
    assert_refused(r, "nergens.json", "bestaat niet")
    assert not target.exists()


def test_import_of_an_unreadable_file(cli: Callable[..., Run], tmp_path: Path) -> None:
    target = tmp_path / "new.sqlite3"
    binary = tmp_path / "foto.json"
    binary.write_bytes(b"\xff\xd8\xff\xe0 not text")
    assert_refused(cli("--db", str(target), "import", str(binary)), "foto.json", "UTF-8")
    assert_refused(cli("--db", str(target), "import", str(tmp_path)), "map")
    assert not target.exists()


@pytest.mark.parametrize(
    "content",
    ['{"format": "supportdesk-export", ', "[]", '{"format": "iets anders"}', ""],
)
def test_import_of_malformed_json(cli: Callable[..., Run], tmp_path: Path, content: str) -> None:
    target = tmp_path / "new.sqlite3"
    bad = tmp_path / "bad.json"
    bad.write_text(content, encoding="utf-8")
    assert_refused(cli("--db", str(target), "import", str(bad)))
    assert not target.exists()


def test_import_of_an_inconsistent_document(
    cli: Callable[..., Run], tmp_path: Path, export_file: Path, db_file: Path
) -> None:
    doc = json.loads(export_file.read_text(encoding="utf-8"))
    doc["tables"]["feedback"][0]["score"] = 9  # refused by the database, not the checks
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(doc), encoding="utf-8")
    target = tmp_path / "fresh.sqlite3"
    assert_refused(cli("--db", str(target), "import", str(bad)), "niets geïmporteerd")
    assert not target.exists()  # the database this run created is removed again


def test_import_into_a_database_with_records(
    cli: Callable[..., Run], export_file: Path, db_file: Path
) -> None:
    assert cli("--db", str(db_file), "import", str(export_file)).code == 0
    before = digest(db_file)
    assert_refused(cli("--db", str(db_file), "import", str(export_file)), "lege databank")
    assert digest(db_file) == before


def test_demo_into_a_database_with_records(cli: Callable[..., Run], db_file: Path) -> None:
    assert cli("--db", str(db_file), "demo").code == 0
    before = digest(db_file)
    assert_refused(cli("--db", str(db_file), "demo"), "lege databank")
    assert digest(db_file) == before


@pytest.mark.parametrize(
    "args",
    [
        ["--kleur", "rood"],
        ["demo", "--scale"],
        ["demo", "--scale", "veel"],
        ["demo", "--scale", "0"],
        ["export", "--uit", "x.json"],
        ["stats", "--year", "twintig"],
        ["onbekend"],
        ["import"],
    ],
)
def test_unknown_or_wrong_options(cli: Callable[..., Run], db_file: Path, args: list[str]) -> None:
    before = digest(db_file)
    assert_refused(cli("--db", str(db_file), *args))
    assert digest(db_file) == before


def _foreign(tmp_path: Path) -> Path:
    path = tmp_path / "boekhouding.sqlite3"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE facturen (id INTEGER PRIMARY KEY, bedrag REAL)")
    conn.close()
    return path


def _not_a_database(tmp_path: Path) -> Path:
    path = tmp_path / "notities.txt"
    path.write_text("Dit is geen databank, gewoon tekst die lang genoeg is. " * 40)
    return path


@pytest.mark.parametrize("make", [_foreign, _not_a_database])
@pytest.mark.parametrize(
    "command",
    [
        ["export"],
        ["search", "x"],
        ["stats"],
        ["check"],
        ["backup", "COPY"],
        ["demo"],
        ["import", "DOC"],
    ],
)
def test_a_database_that_is_not_supportdesk(
    cli: Callable[..., Run],
    tmp_path: Path,
    export_file: Path,
    make: Callable[[Path], Path],
    command: list[str],
) -> None:
    path = make(tmp_path)
    before = digest(path)
    copy = tmp_path / "copy.sqlite3"
    args = [str(copy) if a == "COPY" else str(export_file) if a == "DOC" else a for a in command]
    r = cli("--db", str(path), *args)
    assert_refused(r, path.name)
    assert digest(path) == before
    assert not copy.exists()


@pytest.mark.parametrize(
    "command", [["export"], ["search", "x"], ["stats"], ["check"], ["backup", "C"]]
)
def test_a_missing_database_is_not_created(
    cli: Callable[..., Run], tmp_path: Path, command: list[str]
) -> None:
    missing = tmp_path / "typo" / "supportdesk.sqlite3"
    r = cli("--db", str(missing), *command)
    assert_refused(r, "bestaat niet")
    assert not missing.parent.exists()


def test_backup_refuses_to_overwrite(
    cli: Callable[..., Run], tmp_path: Path, db_file: Path
) -> None:
    existing = tmp_path / "al-daar.sqlite3"
    existing.write_text("oud")
    assert_refused(cli("--db", str(db_file), "backup", str(existing)), "bestaat al")
    assert existing.read_text() == "oud"
    assert_refused(
        cli("--db", str(db_file), "backup", str(tmp_path / "nee" / "x.db")), "bestaat niet"
    )


def test_backup_of_postgresql_points_to_pg_dump(cli: Callable[..., Run], tmp_path: Path) -> None:
    from supportdesk.backup import BackupError, backup_database

    with pytest.raises(BackupError, match="pg_dump"):
        backup_database("postgresql+psycopg://x@127.0.0.1:1/y", tmp_path / "x.db")


def test_export_to_a_missing_folder(cli: Callable[..., Run], tmp_path: Path, db_file: Path) -> None:
    assert_refused(cli("--db", str(db_file), "export", "--out", str(tmp_path / "nee" / "x.json")))


def test_as_a_separate_process(tmp_path: Path) -> None:
    """The real entry point: exit code and one line, as a shell script would see it."""
    target = tmp_path / "new.sqlite3"
    bad = tmp_path / "bad.json"
    bad.write_text("{niet: json}", encoding="utf-8")
    proc = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "--db", str(target), "import", str(bad)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
        check=False,
    )
    assert proc.returncode == 1
    assert proc.stderr.count("\n") == 1 and "Traceback" not in proc.stderr
    assert "geen geldige json" in proc.stderr.lower()
    assert not target.exists()
