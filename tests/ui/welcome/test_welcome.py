"""The first start of a real team (issue 12.1), acted out as a user would: an empty
database shows the welcome; typing me and a colleague and changing a target, then
Enter, makes the team, chooses me and sets the year's targets. Bad input stays typed
with its message beside the field; Escape asks when something was typed; the demo
opens a separate database and never touches the real one."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from db.engine import sqlite_path
from supportdesk.queries.status import has_user_records
from supportdesk.services.targets import get_targets, set_target
from supportdesk.services.team import list_team_members
from tests.ui.keyboard import type_text
from tests.ui.windows import show_active
from ui.context import AppContext
from ui.welcome import dialog as welcome_dialog
from ui.welcome.dialog import DEMO, LATER, LEAVE, SAVED, STAY, WelcomeDialog
from ui.welcome.start import first_start, mark_demo

YEAR = 2031


@pytest.fixture(autouse=True)
def leave_when_asked(monkeypatch):
    """A welcome still open at a test's end closes without a question (tests that
    are about the question answer it themselves)."""
    monkeypatch.setattr(welcome_dialog, "ask_leave_welcome", lambda parent: LEAVE)


@pytest.fixture
def welcome(qtbot, ctx: AppContext) -> WelcomeDialog:
    set_target(ctx.db, 2030, "advice_talks", 17)
    set_target(ctx.db, 2030, "trajectories", 4)
    dialog = WelcomeDialog(ctx, "nl", year=YEAR)
    qtbot.addWidget(dialog)
    show_active(qtbot, dialog)
    return dialog


def type_into(qtbot, edit, text: str) -> None:
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    type_text(qtbot, edit, text)


def test_me_a_colleague_and_a_target_from_an_empty_database(qtbot, ctx, welcome):
    assert not list_team_members(ctx.db, include_inactive=True)
    # the targets are proposed from the nearest year that has a plan (2030)
    target = welcome.inputs["target.advice_talks"]
    assert target.text() == "17" and welcome.inputs["target.trajectories"].text() == "4"
    assert welcome.inputs["target.focus_groups"].text() == "1"
    assert get_targets(ctx.db, YEAR) == {}  # shown, not yet written
    assert welcome.my_name.hasFocus()
    type_text(qtbot, welcome.my_name, "Łukasz Wójcik")
    qtbot.keyClick(welcome.my_name, Qt.Key.Key_Tab)
    type_text(qtbot, QApplication.focusWidget(), "lukasz@vvsg.be")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is welcome.rows[0].name  # Tab goes on to the team
    type_text(qtbot, welcome.rows[0].name, "An <Özdemir> & co")
    type_into(qtbot, target, "12")
    qtbot.keyClick(target, Qt.Key.Key_Return)  # Enter: Beginnen
    shown = {f: e.text() for f, e in welcome.errors.items() if not e.isHidden()}
    assert shown == {} and welcome.general_error.isHidden()
    assert welcome.outcome == SAVED and not welcome.isVisible()
    names = [m.name for m in list_team_members(ctx.db)]
    assert names == ["An <Özdemir> & co", "Łukasz Wójcik"]
    assert welcome.me is not None and welcome.me.email == "lukasz@vvsg.be"
    saved = get_targets(ctx.db, YEAR)
    assert (saved["advice_talks"], saved["trajectories"], saved["focus_groups"]) == (12, 4, 1)
    assert saved == {**get_targets(ctx.db, 2030), "advice_talks": 12}


def test_bad_input_stays_typed_with_its_message_beside_the_field(qtbot, ctx, welcome):
    type_text(qtbot, welcome.my_name, "Ésther Peeters")
    type_text(qtbot, welcome.my_email, "esther@")
    type_text(qtbot, welcome.rows[0].name, "ESTHER PEETERS")
    qtbot.mouseClick(welcome.add_colleague_button, Qt.MouseButton.LeftButton)
    second = welcome.rows[1]
    assert second.name.hasFocus()
    type_text(qtbot, second.name, "Jan")
    type_into(qtbot, welcome.inputs["target.advice_talks"], "acht")
    type_into(qtbot, welcome.inputs["target.trajectories"], "-2")
    qtbot.mouseClick(welcome.start_button, Qt.MouseButton.LeftButton)
    assert welcome.isVisible() and welcome.outcome == LATER
    shown = {f: e.text() for f, e in welcome.errors.items() if not e.isHidden()}
    assert set(shown) == {"email", "others.0.name", "target.advice_talks", "target.trajectories"}
    assert "geen geldig e-mailadres" in shown["email"]
    assert "staat hierboven al" in shown["others.0.name"]
    assert "geheel getal" in shown["target.advice_talks"]
    assert "kleiner" in shown["target.trajectories"]
    assert welcome.my_email.hasFocus()  # the first field in error
    assert welcome.errors["email"].accessibleName()  # heard by a screen reader
    # nothing saved, nothing typed lost
    assert not list_team_members(ctx.db, include_inactive=True)
    assert get_targets(ctx.db, YEAR) == {}
    assert welcome.rows[0].name.text() == "ESTHER PEETERS"
    assert welcome.inputs["target.advice_talks"].text() == "acht"
    # put right: typing clears a message; then it saves
    type_text(qtbot, welcome.my_email, "vvsg.be")
    assert welcome.errors["email"].isHidden()
    type_into(qtbot, welcome.rows[0].name, "Els")
    type_into(qtbot, welcome.inputs["target.advice_talks"], "9")
    type_into(qtbot, welcome.inputs["target.trajectories"], "0")
    qtbot.keyClick(welcome.inputs["target.trajectories"], Qt.Key.Key_Return)
    assert welcome.outcome == SAVED
    assert [m.name for m in list_team_members(ctx.db)] == ["Els", "Ésther Peeters", "Jan"]
    saved = get_targets(ctx.db, YEAR)
    assert (saved["advice_talks"], saved["trajectories"]) == (9, 0)


def test_escape_asks_when_something_was_typed(qtbot, ctx, welcome, monkeypatch):
    answers = iter([STAY, LEAVE])
    asked = []
    monkeypatch.setattr(
        welcome_dialog, "ask_leave_welcome", lambda parent: asked.append(1) or next(answers)
    )
    type_text(qtbot, welcome.my_name, "Iemand")
    qtbot.keyClick(welcome.my_name, Qt.Key.Key_Escape)
    assert welcome.isVisible() and welcome.my_name.text() == "Iemand"
    qtbot.keyClick(welcome.my_name, Qt.Key.Key_Escape)
    assert not welcome.isVisible() and welcome.outcome == LATER and len(asked) == 2
    assert not list_team_members(ctx.db, include_inactive=True)


def test_a_changed_target_counts_as_typed(qtbot, welcome, monkeypatch):
    asked = []
    monkeypatch.setattr(welcome_dialog, "ask_leave_welcome", lambda parent: asked.append(1) or STAY)
    type_into(qtbot, welcome.inputs["target.advice_talks"], "20")
    qtbot.keyClick(welcome.inputs["target.advice_talks"], Qt.Key.Key_Escape)
    assert asked and welcome.isVisible()


def test_escape_on_an_untouched_welcome_just_closes(qtbot, welcome, monkeypatch):
    monkeypatch.setattr(welcome_dialog, "ask_leave_welcome", lambda parent: pytest.fail("asked"))
    qtbot.keyClick(welcome.my_name, Qt.Key.Key_Escape)
    assert not welcome.isVisible() and welcome.outcome == LATER


def run_welcome(qtbot, act) -> None:
    """Act in the welcome while ``first_start`` shows it modally."""

    def step() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, WelcomeDialog):
            QTimer.singleShot(20, step)
            return
        act(dialog)

    QTimer.singleShot(0, step)


def test_first_start_chooses_me_and_applies_the_language(qtbot, ctx):
    def act(dialog: WelcomeDialog) -> None:
        type_text(qtbot, dialog.my_name, "Łukasz Wójcik")
        dialog.language_box.setFocus()
        qtbot.keyClick(dialog.language_box, Qt.Key.Key_Down)  # Nederlands -> English
        qtbot.keyClick(dialog.my_name, Qt.Key.Key_Return)

    run_welcome(qtbot, act)
    result = first_start(ctx, "nl")
    me = list_team_members(ctx.db)[0]
    assert ctx.current_member_id() == me.id and ctx.db.actor == "Łukasz Wójcik"
    assert ctx.settings().value("ui/language") == "en"
    assert result.language == "en" and result.next_location is None
    # with a team, no welcome any more
    assert first_start(ctx, "en").language is None


def test_demo_opens_a_separate_database_beside_the_real_one(qtbot, ctx):
    run_welcome(
        qtbot, lambda dialog: qtbot.mouseClick(dialog.demo_button, Qt.MouseButton.LeftButton)
    )
    result = first_start(ctx, "nl")
    assert result.next_location is not None
    real = sqlite_path(ctx.db.url)
    demo = sqlite_path(result.next_location)
    assert real is not None and demo is not None
    assert demo.parent == real.parent and demo.name == "supportdesk-demo.sqlite3"
    assert not has_user_records(ctx.db)  # never mixed into the real one
    from supportdesk.database import open_app_database

    demo_db = open_app_database(result.next_location)
    try:
        assert has_user_records(demo_db) and list_team_members(demo_db)
        window = WelcomeDialog(AppContext(demo_db), "nl")  # any window will do
        qtbot.addWidget(window)
        mark_demo(window, AppContext(demo_db))
        assert "DEMO" in window.windowTitle()
    finally:
        demo_db.dispose()


def test_a_real_database_has_no_demo_title(qtbot, ctx, welcome):
    before = welcome.windowTitle()
    mark_demo(welcome, ctx)
    assert welcome.windowTitle() == before and "DEMO" not in before
    assert Path(str(sqlite_path(ctx.db.url))).name == "supportdesk.sqlite3"


def test_the_current_year_is_the_default(qtbot, ctx):
    dialog = WelcomeDialog(ctx, "nl")
    qtbot.addWidget(dialog)
    assert dialog.year == date.today().year
    assert DEMO != SAVED


@pytest.mark.parametrize("language", ["nl", "en"])
def test_every_alt_letter_is_used_once(qtbot, ctx, language):
    from PySide6.QtWidgets import QAbstractButton, QLabel

    from ui.i18n import install_translation, remove_translation

    translators = install_translation(language)
    try:
        dialog = WelcomeDialog(ctx, language)
        qtbot.addWidget(dialog)
        texts = [w.text() for w in dialog.findChildren(QLabel) if w.buddy() is not None]
        texts += [b.text() for b in dialog.findChildren(QAbstractButton)]
        letters = [t[t.index("&") + 1].lower() for t in texts if "&" in t.replace("&&", "")]
        assert len(letters) == len(set(letters)) >= 7, texts
        assert all(e.accessibleName() for e in dialog.inputs.values())
    finally:
        remove_translation(translators)
