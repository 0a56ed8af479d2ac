"""Every report in English (issue 13.5): each fixed text has an English entry, the PDF
holds the English headings and none of the Dutch ones, and what the user typed is
printed exactly as typed."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from datetime import date, datetime
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from db.models import FocusGroup, LocalGovernment, Trajectory
from db.session import Database
from main import main
from supportdesk.demo import generate_demo
from supportdesk.reports import language as report_language
from supportdesk.reports import (
    render_case_summary,
    render_focus_group_report,
    render_trajectory_report,
    render_year_report,
)
from supportdesk.reports.english import ENGLISH
from supportdesk.services.attachment_files import NewFile
from supportdesk.services.attachments import add_attachments
from tests.supportdesk.reports._fixtures import (
    EMOJI,
    MARKUP,
    NAMES,
    build_two_governments,
    flat,
    pdf_text,
)

WHEN = datetime(2025, 11, 20, 9, 30)
Render = Callable[[Path, str], Path]


class Recording(dict[str, str]):
    """The English table, noting each Dutch text asked for that it does not hold."""

    def __init__(self) -> None:
        super().__init__(ENGLISH)
        self.missing: set[str] = set()

    def get(self, key: str, default: str | None = None) -> str | None:  # type: ignore[override]
        if key not in self and any(c.isalpha() for c in key):  # not "1" … "5"
            self.missing.add(key)
        return super().get(key, default)


@pytest.fixture
def recording(monkeypatch: pytest.MonkeyPatch) -> Iterator[Recording]:
    table = Recording()
    monkeypatch.setattr(report_language, "ENGLISH", table)
    yield table


def reports(db: Database) -> dict[str, Render]:
    """The reports of a database with demo data."""
    with db.read() as s:
        lg = s.scalars(
            select(LocalGovernment.public_id)
            .join(Trajectory, Trajectory.local_government_id == LocalGovernment.id)
            .limit(1)
        ).one()
        trajectory = s.scalars(select(Trajectory.public_id).limit(1)).one()
        group = s.scalars(select(FocusGroup.public_id).limit(1)).one()
    return {
        "case": lambda out, lang: render_case_summary(
            db, lg, out, exported_by="Ayşe", exported_at=WHEN, language=lang
        ),
        "trajectory": lambda out, lang: render_trajectory_report(
            db, trajectory, out, exported_by="Ayşe", exported_at=WHEN, language=lang
        ),
        "focus_group": lambda out, lang: render_focus_group_report(
            db,
            group,
            out,
            exported_by="Ayşe",
            exported_at=WHEN,
            language=lang,
            audience="internal",
        ),
        "focus_group_participants": lambda out, lang: render_focus_group_report(
            db, group, out, exported_by="Ayşe", exported_at=WHEN, language=lang
        ),
        "year": lambda out, lang: render_year_report(
            db, 2025, out, exported_by="Ayşe", exported_at=WHEN, language=lang
        ),
    }


#: per report, headings that must be English (and their Dutch must be gone)
HEADINGS = {
    "case": ["Contact persons", "Summary", "History, newest first", "Case summary"],
    "trajectory": ["The trajectory", "Custom support trajectory", "Starting position"],
    "focus_group": ["Focus group", "Participants and attendance", "Findings per tool"],
    "focus_group_participants": ["report for the participants", "Participating local governments"],
    "year": [
        "Year report 2025",
        "As of 20 November 2025",
        "Goals and achievements",
        "Most asked themes",
        "Signals from",
    ],
}


@pytest.mark.slow
def test_every_report_in_english_on_demo_data(
    sqlite_db: Database, tmp_path: Path, recording: Recording
) -> None:
    generate_demo(sqlite_db, scale=1, today=date(2025, 11, 20))
    for name, render in reports(sqlite_db).items():
        out = render(tmp_path / f"{name}.pdf", "en")
        text = flat(pdf_text(out))
        for heading in HEADINGS[name]:
            assert heading in text, (name, heading)
        dutch = [d for d, e in ENGLISH.items() if d != e and e in HEADINGS[name]]
        for word in dutch:
            assert word not in text, (name, word)
        assert "page 1 of" in text, name
        assert not re.search(r"\bpagina \d+ van \d+", text), name
        assert "Exported on 20/11/2025 09:30 by Ayşe" in text
        root = PdfReader(str(out)).trailer["/Root"]
        assert root["/Lang"] == "en", name  # what a screen reader reads it as
    assert recording.missing == set(), sorted(recording.missing)


#: Dutch words in the texts build_two_governments types (question, advice, needs...)
TYPED_DUTCH = [
    "Traject Łukasz",
    "Vraag met",
    "Advies:",
    "Bestuursactie zonder datum",
    "Noden ",
    "Doelen & meer",
]


def test_no_dutch_left_where_the_user_typed_none(db: Database, tmp_path: Path) -> None:
    """Records whose typed text is not Dutch: no key of the English table (a Dutch
    text the reports print) may be left in the English PDF, and the typed text is
    printed exactly."""
    ids = build_two_governments(db)
    renders = {
        "case": lambda out: render_case_summary(
            db, ids.home, out, exported_by="Ayşe", exported_at=WHEN, language="en"
        ),
        "trajectory": lambda out: render_trajectory_report(
            db, ids.trajectory, out, exported_by="Ayşe", exported_at=WHEN, language="en"
        ),
        "focus_group": lambda out: render_focus_group_report(
            db,
            ids.focus_group,
            out,
            exported_by="Ayşe",
            exported_at=WHEN,
            language="en",
            audience="internal",
        ),
    }
    for name, render in renders.items():
        text = flat(pdf_text(render(tmp_path / f"{name}.pdf")))
        for piece in [*NAMES, *MARKUP]:
            assert piece in text, (name, piece)
        # an emoji the font lacks is replaced as in Dutch, never a crash or a black box
        assert EMOJI not in text and "\ufffd" not in text
        for typed in TYPED_DUTCH:  # the fixture's own Dutch, typed by a user: kept as typed
            text = text.replace(typed, "")
        left = [
            dutch
            for dutch, english in ENGLISH.items()
            if dutch != english
            and len(dutch) > 3
            and "{" not in dutch
            and re.search(rf"(?<!\w){re.escape(dutch)}(?!\w)", text)
        ]
        assert left == [], (name, left)


def test_attachments_are_listed_in_english(db: Database, tmp_path: Path) -> None:
    ids = build_two_governments(db)
    add_attachments(db, "trajectory", ids.trajectory, [NewFile("plan & <v2>.pdf", b"x" * 4300)])
    text = flat(
        pdf_text(
            render_case_summary(db, ids.home, tmp_path / "c.pdf", exported_by="t", language="en")
        )
    )
    assert "Attachments" in text and "plan & <v2>.pdf (4.2 kB) · trajectory" in text
    dutch = flat(pdf_text(render_case_summary(db, ids.home, tmp_path / "n.pdf", exported_by="t")))
    assert "Bijlagen" in dutch and "plan & <v2>.pdf (4,2 kB) · traject" in dutch


def test_dutch_stays_the_default(db: Database, tmp_path: Path) -> None:
    ids = build_two_governments(db)
    out = render_trajectory_report(db, ids.trajectory, tmp_path / "t.pdf", exported_by="t")
    text = flat(pdf_text(out))
    assert "Het traject" in text and "pagina 1 van" in text and "The trajectory" not in text
    assert PdfReader(str(out)).trailer["/Root"]["/Lang"] == "nl-BE"


def test_an_unknown_language_is_refused(db: Database, tmp_path: Path) -> None:
    ids = build_two_governments(db)
    with pytest.raises(ValueError, match="fr"):
        render_trajectory_report(
            db, ids.trajectory, tmp_path / "t.pdf", exported_by="t", language="fr"
        )


def test_the_pdf_command_takes_the_language(sqlite_db: Database, tmp_path: Path) -> None:
    ids = build_two_governments(sqlite_db)
    d = sqlite_db.url.removeprefix("sqlite:///")
    for language, word in (("en", "Custom support trajectory"), ("nl", "Ondersteuningstraject")):
        out = tmp_path / f"{language}.pdf"
        args = ["--db", d, "pdf", "--trajectory", ids.trajectory, "--language", language]
        assert main([*args, "--out", str(out)]) == 0
        assert word in flat(pdf_text(out)), language
    with pytest.raises(SystemExit):  # a language the reports do not speak: a usage error
        main(["--db", d, "pdf", "--year", "2025", "--language", "fr", "--out", str(tmp_path / "x")])
