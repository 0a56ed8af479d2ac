"""Every list page: "Toon gearchiveerd" in its filter bar (archived rows marked in words),
and a database failure while the list loads shown in the page and the status bar."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMainWindow

from supportdesk.errors import StorageError
from supportdesk.services.advice import (
    AdviceTalkInput,
    archive_advice_talk,
    create_advice_talk,
)
from supportdesk.services.focus_groups import (
    FocusGroupInput,
    archive_focus_group,
    create_focus_group,
)
from supportdesk.services.local_governments import (
    archive_local_government,
)
from supportdesk.services.trajectories import (
    TrajectoryInput,
    archive_trajectory,
    create_trajectory,
)
from tests.supportdesk.services.helpers import government_id
from ui.pages.advice_talks import AdviceTalksPage
from ui.pages.focus_groups import FocusGroupsPage
from ui.pages.local_governments import LocalGovernmentsPage
from ui.pages.trajectories import TrajectoriesPage


def _talk(ctx, question: str) -> str:
    return create_advice_talk(
        ctx.db,
        AdviceTalkInput(
            date=date(2025, 3, 4),
            local_government_id=government_id(ctx.db, "Gent"),
            channel="phone",
            question=question,
        ),
    ).id


def _trajectory(ctx, title: str) -> str:
    return create_trajectory(
        ctx.db, TrajectoryInput(local_government_id=government_id(ctx.db, "Gent"), title=title)
    ).id


def _focus_group(ctx, topic: str) -> str:
    return create_focus_group(ctx.db, FocusGroupInput(date(2025, 3, 4), topic)).id


CASES = [
    (AdviceTalksPage, _talk, archive_advice_talk),
    (TrajectoriesPage, _trajectory, archive_trajectory),
    (FocusGroupsPage, _focus_group, archive_focus_group),
]


def show(qtbot, page):
    qtbot.addWidget(page)
    page.resize(1200, 700)
    page.refresh()
    page.show()
    return page


def marked_column(page, public_id: str) -> str:
    """The text of the column that says "(gearchiveerd)": the widest, never cut off."""
    widths = [page.table.columnWidth(i) for i in range(page.model.columnCount())]
    assert page.archived_column == widths.index(max(widths))
    return page.model.index(page.model.row_of(public_id), page.archived_column).data()


@pytest.mark.parametrize(("page_class", "make", "archive"), CASES)
def test_toon_gearchiveerd_shows_archived_rows_marked(qtbot, ctx, page_class, make, archive):
    kept = make(ctx, "Blijft")
    gone = make(ctx, "Gearchiveerd record")
    archive(ctx.db, gone)
    page = show(qtbot, page_class(ctx))
    box = page.show_archived
    assert box is not None and box.isVisibleTo(page)
    assert box.accessibleName()
    assert page.model.row_of(gone) == -1 and page.model.row_of(kept) >= 0

    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_Space)  # by keyboard, as a person would
    assert box.isChecked()
    assert page.model.row_of(gone) >= 0
    assert marked_column(page, gone).startswith("(gearchiveerd) ")
    assert not marked_column(page, kept).startswith("(gearchiveerd)")

    qtbot.mouseClick(page.filters.reset_button, Qt.MouseButton.LeftButton)  # Filters wissen
    assert not box.isChecked()
    assert page.model.row_of(gone) == -1


def test_reset_filters_once_when_archived_was_ticked(qtbot, ctx, monkeypatch):
    page = show(qtbot, AdviceTalksPage(ctx))
    assert page.show_archived is not None
    page.show_archived.setChecked(True)
    calls: list[bool] = []
    original = page.apply_filter

    def counted() -> None:
        calls.append(page.show_archived.isChecked())
        original()

    monkeypatch.setattr(page, "apply_filter", counted)
    page.filters.reset_button.click()
    qtbot.wait(20)  # the check after the button is let go
    assert calls == [False]


def test_local_governments_page_has_the_box_too(qtbot, ctx):
    gent = government_id(ctx.db, "Gent")
    archive_local_government(ctx.db, gent)
    page = show(qtbot, LocalGovernmentsPage(ctx))
    assert page.show_archived is not None
    assert page.model.row_of(gent) == -1
    page.show_archived.setChecked(True)
    page.model.fetch_all()
    assert marked_column(page, gent).startswith("(gearchiveerd) ")


def test_a_storage_error_while_loading_is_shown_not_raised(qtbot, ctx, monkeypatch):
    window = QMainWindow()
    page = AdviceTalksPage(ctx)
    window.setCentralWidget(page)
    qtbot.addWidget(window)
    page.refresh()
    window.show()
    _talk(ctx, "Er is iets")

    def locked(*_a, **_k):
        raise StorageError(
            "De database is bezet door een andere gebruiker; probeer het zo opnieuw."
        )

    monkeypatch.setattr(page, "_fetch", locked)  # the page's query
    page.refresh()  # an exception here would fail the test (pytest-qt, and plain Python)
    assert page.load_error is not None and page.load_error.isVisibleTo(page)
    assert "bezet door een andere gebruiker" in page.load_error.text()
    assert "bezet" in window.statusBar().currentMessage()
    assert page.model.rowCount() == 0

    monkeypatch.setattr(page, "_fill_choices", locked)  # the filter choices' queries too
    page.refresh()
    assert "bezet" in page.load_error.text()

    monkeypatch.undo()
    page.refresh()  # the database is back: the message goes, the rows come
    assert not page.load_error.isVisibleTo(page)
    assert window.statusBar().currentMessage() == ""
    assert page.model.rowCount() == 1


@pytest.mark.parametrize("page_class", [c[0] for c in CASES] + [LocalGovernmentsPage])
def test_the_box_takes_an_alt_letter_the_page_has_free(qtbot, ctx, page_class):
    from PySide6.QtWidgets import QAbstractButton, QLabel

    from ui.pages.list_page import mnemonic_letter

    page = show(qtbot, page_class(ctx))
    box = page.show_archived
    assert box is not None
    mine = mnemonic_letter(box.text())
    assert mine, box.text()
    others = [w.text() for w in page.findChildren(QAbstractButton) if w is not box]
    others += [w.text() for w in page.findChildren(QLabel) if w.buddy() is not None]
    assert mine not in {mnemonic_letter(t) for t in others}
