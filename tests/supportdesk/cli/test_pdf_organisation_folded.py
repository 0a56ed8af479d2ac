"""``pdf --organisation NAME`` takes the organisation's full name however it is typed:
case, accents and letters such as æ/ø folded as search folds them ("AERO KOMMUNE" finds
"Ærø Kommune"), NFC or NFD as a terminal may send it. Part of a name is not a name:
"AERO" alone is refused with one line, never a guess."""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from pathlib import Path

from pypdf import PdfReader

from supportdesk.database import open_app_database
from supportdesk.services.local_governments import LocalGovernmentInput, create_local_government
from tests.supportdesk.cli.conftest import Run


def test_the_full_name_folded_finds_it_and_a_part_does_not(
    cli: Callable[..., Run], db_file: Path, tmp_path: Path
) -> None:
    db = open_app_database(str(db_file), actor="test")
    try:
        create_local_government(db, LocalGovernmentInput("Ærø Kommune"))
    finally:
        db.dispose()
    typed = ["AERO KOMMUNE", "aero kommune", unicodedata.normalize("NFD", "ÆRØ kommune")]
    for i, name in enumerate(typed):
        out = tmp_path / f"{i}.pdf"
        run = cli("--db", str(db_file), "pdf", "--organisation", name, "--out", str(out))
        assert run.code == 0, run.err
        text = " ".join(p.extract_text() or "" for p in PdfReader(out).pages)
        assert "Ærø Kommune" in text  # printed as stored, not as typed
    out = tmp_path / "part.pdf"
    run = cli("--db", str(db_file), "pdf", "--organisation", "AERO", "--out", str(out))
    assert run.code != 0 and run.err.count("\n") == 1 and "Traceback" not in run.err
    assert not out.exists()
