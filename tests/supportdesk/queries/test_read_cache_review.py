"""Review of the kept figures of Lokale besturen (supportdesk/queries/read_cache, issue 15):
a sort by open actions or last contact is never older than the database it reads, after
a save in another program on the same SQLite file, a save that was rolled back, a
follow-up done / reopened / deleted, a contact moment, and when another file is opened."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from datetime import date
from pathlib import Path

import pytest

from supportdesk.queries.local_governments import LocalGovernmentFilter, list_local_governments
from supportdesk.services.advice import AdviceTalkInput, create_advice_talk
from supportdesk.services.follow_ups import (
    FollowUpInput,
    archive_follow_up,
    complete_follow_up,
    delete_follow_up,
    reopen_follow_up,
    unarchive_follow_up,
)
from tests.conftest import make_sqlite_db

ROOT = Path(__file__).resolve().parents[3]


def _one(db, name: str):
    rows = list_local_governments(db, LocalGovernmentFilter(text=name), limit=None)
    [row] = [r for r in rows if r.name == name]
    return row


def _top(db, sort: str) -> tuple[str, int, date | None]:
    row = list_local_governments(db, sort=sort, descending=True, limit=None)[0]
    return row.name, row.open_actions, row.last_contact


def _talk(db, name: str, day: date, actions: int):
    lg = _one(db, name)
    return create_advice_talk(
        db,
        AdviceTalkInput(
            day,
            lg.id,
            "phone",
            "Vraag van Łukasz <&>",
            new_follow_ups=tuple(FollowUpInput(f"Actie {i}") for i in range(actions)),
        ),
    )


def test_another_process_saving_on_the_same_file_is_seen_at_the_next_sort(sqlite_db):
    """Two programs on one file: this one sorts (the figures are kept), the other saves
    a talk with three open actions; this one's next sort shows them."""
    _talk(sqlite_db, "Aalst", date(2025, 1, 2), 1)
    assert _top(sqlite_db, "open_actions") == ("Aalst", 1, date(2025, 1, 2))
    assert _top(sqlite_db, "last_contact")[0] == "Aalst"
    brugge = _one(sqlite_db, "Brugge").id
    script = textwrap.dedent(
        f"""
        from datetime import date
        from supportdesk.database import open_app_database
        from supportdesk.services.advice import AdviceTalkInput, create_advice_talk
        from supportdesk.services.follow_ups import FollowUpInput
        db = open_app_database({sqlite_db.url!r}, actor="other")
        create_advice_talk(db, AdviceTalkInput(
            date(2025, 6, 7), {brugge!r}, "phone", "Ander programma",
            new_follow_ups=(FollowUpInput("a"), FollowUpInput("b"), FollowUpInput("c"))))
        db.engine.dispose()
        """
    )
    done = subprocess.run(
        [sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    assert _top(sqlite_db, "open_actions") == ("Brugge", 3, date(2025, 6, 7))
    assert _top(sqlite_db, "last_contact") == ("Brugge", 3, date(2025, 6, 7))


def test_a_save_that_was_rolled_back_never_shows(db):
    """A save that fails half-way is rolled back: the sort read inside it and after it
    shows the figures as stored, not the ones of the save that did not happen."""
    from sqlalchemy import select

    from db.models import FollowUpAction, LocalGovernment

    _talk(db, "Aalst", date(2025, 1, 2), 1)
    before = _top(db, "open_actions")
    with pytest.raises(RuntimeError), db.write() as s:
        gent = s.scalar(select(LocalGovernment).where(LocalGovernment.name == "Gent"))
        s.add_all(FollowUpAction(local_government=gent, description=f"x{i}") for i in range(5))
        s.flush()
        assert _top(db, "open_actions") == before  # read beside the unfinished save
        raise RuntimeError("the save fails")
    assert _top(db, "open_actions") == before
    assert _one(db, "Gent").open_actions == 0


def test_follow_up_done_reopened_deleted_and_contact_moments_move_the_figures(db):
    talk = _talk(db, "Aalst", date(2025, 1, 2), 2)
    _talk(db, "Brugge", date(2025, 1, 3), 1)
    assert _top(db, "open_actions")[:2] == ("Aalst", 2)
    first, second = talk.follow_ups
    complete_follow_up(db, first.id, date(2025, 2, 1))
    assert _one(db, "Aalst").open_actions == 1
    assert [r.name for r in list_local_governments(db, sort="open_actions", descending=True)][
        :2
    ] == ["Aalst", "Brugge"]  # a tie at 1: by name
    reopen_follow_up(db, first.id)
    assert _one(db, "Aalst").open_actions == 2
    archive_follow_up(db, second.id)
    assert _one(db, "Aalst").open_actions == 1
    unarchive_follow_up(db, second.id)
    assert _top(db, "open_actions")[:2] == ("Aalst", 2)
    delete_follow_up(db, second.id)
    assert _one(db, "Aalst").open_actions == 1
    assert _top(db, "last_contact")[0] == "Brugge"


def test_another_file_never_shows_the_first_files_figures(sqlite_template, tmp_path):
    """Figures kept for one file are not shown for another (opened after it, also when
    the first one was closed)."""
    for name in "abc":
        (tmp_path / name).mkdir()
    first = make_sqlite_db(sqlite_template, tmp_path / "a")
    second = make_sqlite_db(sqlite_template, tmp_path / "b")
    try:
        _talk(first, "Aalst", date(2025, 1, 2), 4)
        assert _top(first, "open_actions") == ("Aalst", 4, date(2025, 1, 2))
        top = list_local_governments(second, sort="open_actions", descending=True, limit=None)
        assert all(r.open_actions == 0 and r.last_contact is None for r in top)
        first.dispose()
        third = make_sqlite_db(sqlite_template, tmp_path / "c")
        try:
            assert _one(third, "Aalst").open_actions == 0
            _talk(third, "Gent", date(2025, 3, 3), 1)
            assert _top(third, "open_actions") == ("Gent", 1, date(2025, 3, 3))
        finally:
            third.dispose()
    finally:
        second.dispose()
