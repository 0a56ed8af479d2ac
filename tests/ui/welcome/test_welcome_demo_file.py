""" "Demogegevens verkennen" when a file already lies where the demo database goes: a
file that is not a SupportDesk database (text, another program's SQLite) is told and
left untouched, the real database stays empty; an earlier demo database is reused as
it is (issue 12.1, never mixed, nothing lost)."""

from __future__ import annotations

import sqlite3

import pytest
from PySide6.QtCore import Qt

from db.engine import sqlite_path
from supportdesk.queries.status import has_user_records
from supportdesk.services.first_start import demo_location
from tests.ui.keyboard import type_text
from tests.ui.welcome.test_welcome import run_welcome
from ui.welcome import dialog as welcome_dialog
from ui.welcome import start as welcome_start
from ui.welcome.dialog import LEAVE
from ui.welcome.start import first_start


@pytest.fixture(autouse=True)
def leave_when_asked(monkeypatch):
    monkeypatch.setattr(welcome_dialog, "ask_leave_welcome", lambda parent: LEAVE)


def choose_demo(qtbot, ctx, monkeypatch) -> tuple[str | None, list[str]]:
    told: list[str] = []
    monkeypatch.setattr(welcome_start, "tell_error", lambda parent, title, text: told.append(text))

    def act(dialog) -> None:
        type_text(qtbot, dialog.my_name, "Łukasz")  # typed, then left for the demo
        qtbot.mouseClick(dialog.demo_button, Qt.MouseButton.LeftButton)

    run_welcome(qtbot, act)
    return first_start(ctx, "nl").next_location, told


def other_sqlite(path) -> None:
    con = sqlite3.connect(path)
    con.execute("create table boodschappen (wat text)")
    con.execute("insert into boodschappen values ('melk')")
    con.commit()
    con.close()


@pytest.mark.parametrize("kind", ["text", "other_sqlite"])
def test_a_foreign_file_where_the_demo_goes_is_told_and_left_alone(qtbot, ctx, monkeypatch, kind):
    demo = sqlite_path(demo_location(ctx.db.url))
    assert demo is not None
    if kind == "text":
        demo.write_text("mijn notities, geen databank\n", encoding="utf-8")
    else:
        other_sqlite(demo)
    before = demo.read_bytes()
    location, told = choose_demo(qtbot, ctx, monkeypatch)
    assert location is None and len(told) == 1 and "niet in dat bestand" in told[0]
    assert demo.read_bytes() == before
    assert not has_user_records(ctx.db)


def test_an_earlier_demo_database_is_reused(qtbot, ctx, monkeypatch):
    first, told = choose_demo(qtbot, ctx, monkeypatch)
    assert first is not None and not told
    demo = sqlite_path(first)
    assert demo is not None
    size = demo.stat().st_size
    again, told = choose_demo(qtbot, ctx, monkeypatch)
    assert again == first and not told and demo.stat().st_size == size
    assert not has_user_records(ctx.db)
