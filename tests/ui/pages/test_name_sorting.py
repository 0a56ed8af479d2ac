"""Names sort as a Dutch reader expects in the real list (clicking the column header)
and in a report, on SQLite and PostgreSQL, in the same order: accents and case first
ignored, then used as tie-breakers (lower case first); Ærø among the A's, Özdemir among
the O's, Łukasz after Lucas, never after Z."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QPoint, Qt

from db.session import Database
from supportdesk.reports import render_focus_group_report
from supportdesk.services.focus_groups import FocusGroupInput, create_focus_group, invite
from supportdesk.services.local_governments import LocalGovernmentInput, create_local_government
from ui.context import AppContext
from ui.pages.local_governments import COL_NAME, LocalGovernmentsPage

# The order a Dutch reader expects (byte order would put Zwavelblauwers before the
# lower-case and accented names, and Ærø, Éloïse, Łukasz, Özdemir after every Z).
EXPECTED = [
    "Ærø",
    "de Smet",
    "De Wit",
    "eloise",
    "Éloïse",
    "Lucas",
    "Łukasz",
    "Özdemir",
    "Zwavelblauwers",
]


@pytest.fixture
def any_ctx(db: Database) -> AppContext:
    return AppContext(db)


# Organisation names are unique with accents and case ignored (a second "Éloïse"
# organisation is refused), so "eloise" is a municipality: every kind sorts alike. The
# list shows the pre-loaded municipalities too; the test looks at the order of its own.
MUNICIPALITIES = {"eloise"}


def _organisations(db: Database) -> list[str]:
    return [
        create_local_government(
            db,
            LocalGovernmentInput(n, kind="municipality" if n in MUNICIPALITIES else "organisation"),
        ).id
        for n in reversed(EXPECTED)
    ]


def _click_header(qtbot, page: LocalGovernmentsPage, column: int) -> None:
    header = page.table.horizontalHeader()
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))


def _names(page: LocalGovernmentsPage) -> list[str]:
    names = [page.model.index(r, COL_NAME).data() for r in range(page.model.rowCount())]
    return [n for n in names if n in EXPECTED]


def test_clicking_the_name_header_sorts_as_a_dutch_reader_expects(qtbot, any_ctx) -> None:
    _organisations(any_ctx.db)
    page = LocalGovernmentsPage(any_ctx)
    qtbot.addWidget(page)
    page.resize(1200, 800)
    page.refresh()
    page.show()
    assert page.model.rowCount() == page.model.total()  # the whole list, not a page
    seen = []
    for _ in range(2):  # ascending and descending, whichever comes first
        _click_header(qtbot, page, COL_NAME)
        qtbot.waitUntil(lambda: _names(page) not in seen, timeout=3000)
        seen.append(_names(page))
    assert sorted(seen) == sorted([EXPECTED, EXPECTED[::-1]])


def test_a_report_lists_names_in_the_same_order(db: Database, tmp_path: Path) -> None:
    ids = _organisations(db)
    fg = create_focus_group(db, FocusGroupInput(date(2025, 3, 3), "Evaluatie"), status="held").id
    for lg in ids:
        invite(db, fg, lg, attendance="present")
    out = render_focus_group_report(db, fg, tmp_path / "fg.pdf", exported_by="Test")
    text = " ".join(p.extract_text() or "" for p in PdfReader(out).pages)
    text = re.sub(r"\s+", " ", text)
    positions = [text.find(name) for name in EXPECTED]
    assert -1 not in positions, [n for n, p in zip(EXPECTED, positions, strict=True) if p < 0]
    assert positions == sorted(positions)
