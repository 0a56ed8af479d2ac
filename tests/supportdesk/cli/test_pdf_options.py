"""``pdf``: a government found by its exact name however typed (Ærø), ``--as`` for the
author (a team member, never the system user), ``--audience`` for a focus group."""

from __future__ import annotations

import getpass
import unicodedata
from collections.abc import Callable
from datetime import date
from pathlib import Path

from pypdf import PdfReader

from supportdesk.database import open_app_database
from supportdesk.services.focus_groups import FocusGroupInput, create_focus_group
from supportdesk.services.local_governments import LocalGovernmentInput, create_local_government
from supportdesk.services.team import TeamMemberInput, create_team_member
from tests.supportdesk.cli.conftest import Run


def _prepare(db_file: Path) -> str:
    db = open_app_database(str(db_file), actor="test")
    try:
        create_local_government(db, LocalGovernmentInput("Ærø Kommune"))
        create_team_member(db, TeamMemberInput("Ayşe Özdemir"))
        fg = create_focus_group(
            db, FocusGroupInput(date(2025, 5, 20), "Evaluatie", notes="GROEPSNOTITIE")
        )
        return fg.id
    finally:
        db.dispose()


def test_organisation_by_its_name_in_any_case_or_form(
    cli: Callable[..., Run], db_file: Path, tmp_path: Path
) -> None:
    _prepare(db_file)
    for i, typed in enumerate(
        ["Ærø Kommune", "ÆRØ KOMMUNE", "ærø kommune", unicodedata.normalize("NFD", "Ærø Kommune")]
    ):
        out = tmp_path / f"case{i}.pdf"
        run = cli("--db", str(db_file), "pdf", "--organisation", typed, "--out", str(out))
        assert run.code == 0, run.err
        assert out.exists()


def test_the_author_is_the_member_named_by_as(
    cli: Callable[..., Run], db_file: Path, tmp_path: Path
) -> None:
    _prepare(db_file)
    out = tmp_path / "as.pdf"
    run = cli(
        "--db", str(db_file), "pdf", "--year", "2025", "--as", "ayse ozdemir", "--out", str(out)
    )
    assert run.code == 0, run.err
    assert PdfReader(str(out)).metadata.author == "Ayşe Özdemir"
    plain = tmp_path / "plain.pdf"
    assert cli("--db", str(db_file), "pdf", "--year", "2025", "--out", str(plain)).code == 0
    author = PdfReader(str(plain)).metadata.author
    assert author == "SupportDesk" and author != getpass.getuser()
    bad = cli(
        "--db",
        str(db_file),
        "pdf",
        "--year",
        "2025",
        "--as",
        "Niemand",
        "--out",
        str(tmp_path / "bad.pdf"),
    )
    assert (
        bad.code == 1 and "Onbekend teamlid" in bad.err and len(bad.err.strip().splitlines()) == 1
    )
    assert not (tmp_path / "bad.pdf").exists()


def test_audience_of_a_focus_group_report(
    cli: Callable[..., Run], db_file: Path, tmp_path: Path
) -> None:
    fg = _prepare(db_file)
    default = tmp_path / "default.pdf"
    assert cli("--db", str(db_file), "pdf", "--focus-group", fg, "--out", str(default)).code == 0
    text = " ".join(p.extract_text() or "" for p in PdfReader(str(default)).pages)
    assert "GROEPSNOTITIE" not in text and "Intern document" not in text
    internal = tmp_path / "internal.pdf"
    run = cli(
        "--db",
        str(db_file),
        "pdf",
        "--focus-group",
        fg,
        "--audience",
        "internal",
        "--out",
        str(internal),
    )
    assert run.code == 0, run.err
    pages = [p.extract_text() or "" for p in PdfReader(str(internal)).pages]
    assert all("Intern document" in p for p in pages) and "GROEPSNOTITIE" in " ".join(pages)
    wrong = cli(
        "--db",
        str(db_file),
        "pdf",
        "--year",
        "2025",
        "--audience",
        "internal",
        "--out",
        str(tmp_path / "y.pdf"),
    )
    assert wrong.code != 0 and "--audience" in wrong.err
