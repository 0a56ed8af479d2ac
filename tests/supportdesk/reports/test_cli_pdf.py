"""``supportdesk pdf``: each report from the command line; mistakes give one line."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from db.session import Database
from main import main
from tests.supportdesk.reports._fixtures import build_two_governments, flat, pdf_text


def _db_path(db: Database) -> str:
    return db.url.removeprefix("sqlite:///")


def test_each_report(
    sqlite_db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ids = build_two_governments(sqlite_db)
    d = _db_path(sqlite_db)
    cases = {
        "gent.pdf": ["--local-government", "Gent", "--from", "01/03/2025", "--to", "2025-04-30"],
        "traject.pdf": ["--trajectory", ids.trajectory],
        "focus.pdf": ["--focus-group", ids.focus_group],
        "jaar.pdf": ["--year", "2025"],
    }
    for name, args in cases.items():
        out = tmp_path / name
        assert main(["--db", d, "pdf", *args, "--out", str(out)]) == 0
        assert out.stat().st_size > 1000
    assert "van 01/03/2025 tot en met 30/04/2025" in flat(pdf_text(tmp_path / "gent.pdf"))
    assert "PDF geschreven" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--organisation", "Atlantis"], "Onbekend lokaal bestuur: 'Atlantis'"),
        (["--trajectory", "123"], "Onbekend traject: '123'"),
        (["--focus-group", "123"], "Onbekende focusgroep: '123'"),
        (["--year", "2025", "--from", "01/01/2025"], "--from en --to gelden enkel"),
    ],
)
def test_mistakes_give_one_line(
    sqlite_db: Database,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    args: list[str],
    message: str,
) -> None:
    code = main(["--db", _db_path(sqlite_db), "pdf", *args, "--out", str(tmp_path / "x.pdf")])
    err = capsys.readouterr().err
    assert code == 1
    assert message in err
    assert err.count("\n") == 1
    assert not (tmp_path / "x.pdf").exists()


def test_unwritable_path(
    sqlite_db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    d = _db_path(sqlite_db)
    for out in (tmp_path / "missing" / "x.pdf", tmp_path):
        assert main(["--db", d, "pdf", "--year", "2025", "--out", str(out)]) == 1
        err = capsys.readouterr().err
        assert err.startswith("supportdesk: ") and err.count("\n") == 1


def test_bad_date_is_a_usage_error(sqlite_db: Database, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["--db", _db_path(sqlite_db), "pdf", "--organisation", "Gent", "--from", "31/02/2025",
              "--out", "x.pdf"])  # fmt: skip
    assert exc.value.code == 2
    assert "geen geldige datum" in capsys.readouterr().err


def test_reportlab_is_not_imported_until_a_pdf_is_made() -> None:
    code = (
        "import sys, supportdesk.reports, supportdesk.reports.data, supportdesk.cli.app;"
        "supportdesk.cli.app.build_parser();"
        "print('reportlab' in sys.modules)"
    )
    root = Path(__file__).resolve().parents[3]
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=root, check=True
    )
    assert done.stdout.strip() == "False"
