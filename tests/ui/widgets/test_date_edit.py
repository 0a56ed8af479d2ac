"""The one date field, typed into inside real editors with QTest key events: every form a
Belgian user types, bad text refused beside the field (never read as another date),
optional dates emptied with Delete, the calendar from the keyboard, and what a screen
reader is told."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView

from supportdesk.queries.advice_talks import AdviceTalkFilter, list_advice_talks
from supportdesk.services.local_governments import complete_local_governments
from tests.ui.editor_windows import discard_unsaved, open_active  # noqa: F401
from ui.editors.advice_talk import AdviceTalkEditor
from ui.editors.trajectory import TrajectoryEditor
from ui.widgets.date_edit import DateEdit, OptionalDateEdit, spoken_date

TODAY = date.today()
ALT = Qt.KeyboardModifier.AltModifier
CTRL = Qt.KeyboardModifier.ControlModifier


pytestmark = pytest.mark.usefixtures("discard_unsaved")


@pytest.fixture
def talk_editor(qtbot, ctx):
    return open_active(qtbot, ctx, AdviceTalkEditor)


@pytest.fixture
def trajectory_editor(qtbot, ctx):
    return open_active(qtbot, ctx, TrajectoryEditor)


def type_date(qtbot, field: DateEdit, text: str) -> None:
    """Tab into the field (all of it selected), type ``text`` and Tab away."""
    field.setFocus(Qt.FocusReason.TabFocusReason)
    field.selectAll()
    qtbot.keyClicks(field, text)
    qtbot.keyClick(field, Qt.Key.Key_Tab)
    field.commit()  # Tab may not leave the field when the window is not active offscreen


FORMS = [
    ("6/12/2026", date(2026, 12, 6)),
    ("06122026", date(2026, 12, 6)),
    ("6/12", date(TODAY.year, 12, 6)),
    ("6-12-26", date(2026, 12, 6)),
    ("6.12.2026", date(2026, 12, 6)),
    ("06/12/2026", date(2026, 12, 6)),
    ("vandaag", TODAY),
    ("today", TODAY),
    ("morgen", TODAY + timedelta(days=1)),
    ("tomorrow", TODAY + timedelta(days=1)),
    ("+7", TODAY + timedelta(days=7)),
]


@pytest.mark.parametrize(("typed", "expected"), FORMS)
def test_a_required_date_takes_each_form(qtbot, talk_editor, typed, expected):
    field = talk_editor.date
    type_date(qtbot, field, typed)
    assert field.value() == expected
    assert field.text() == expected.strftime("%d/%m/%Y")
    assert field.problem() == ""
    assert talk_editor.is_dirty() or expected == TODAY


@pytest.mark.parametrize(("typed", "expected"), FORMS)
def test_an_optional_date_takes_each_form_from_empty(qtbot, trajectory_editor, typed, expected):
    field = trajectory_editor.planned_end
    assert field.optional_value() is None and field.text() == ""
    type_date(qtbot, field, typed)
    assert field.optional_value() == expected
    assert field.text() == expected.strftime("%d/%m/%Y")


@pytest.mark.parametrize("typed", ["31/02/2026", "0/0", "abc", "6/12/202", "1/1/1800"])
def test_bad_text_stays_with_a_message_and_is_not_saved(qtbot, ctx, talk_editor, typed):
    gent = complete_local_governments(ctx.db, "Gent", 1)[0]
    talk_editor.government.set_value(gent.id, gent.name)
    qtbot.keyClicks(talk_editor.question, "Hoe starten we?")
    assert talk_editor.local_errors() == {}  # only the date stands in the way
    field = talk_editor.date
    type_date(qtbot, field, typed)
    assert field.text() == typed  # never silently another date
    error = talk_editor.fields["date"].error
    assert error.isVisible() and typed in error.text()
    assert typed in field.accessibleDescription()
    with pytest.raises(ValueError):
        field.value()
    qtbot.keyClick(talk_editor, Qt.Key.Key_S, CTRL)
    assert talk_editor.isVisible()
    assert error.isVisible() and typed in error.text()
    assert list_advice_talks(ctx.db, AdviceTalkFilter()) == []
    # Typing a date over it clears the message.
    type_date(qtbot, field, "6/12/2026")
    assert not error.isVisible() and field.value() == date(2026, 12, 6)


def test_a_required_date_left_empty_says_so(qtbot, talk_editor):
    field = talk_editor.date
    field.setFocus()
    field.selectAll()
    qtbot.keyClick(field, Qt.Key.Key_Delete)
    field.commit()
    assert field.text() == ""
    assert talk_editor.fields["date"].error.isVisible()
    assert "datum" in talk_editor.input_problems()["date"]


def test_delete_empties_an_optional_date(qtbot, trajectory_editor):
    field = trajectory_editor.planned_end
    type_date(qtbot, field, "6/12/2026")
    field.setFocus(Qt.FocusReason.TabFocusReason)
    field.selectAll()
    qtbot.keyClick(field, Qt.Key.Key_Delete)
    field.commit()
    assert field.optional_value() is None and field.problem() == ""
    # Delete at the end of the text (nothing selected) empties it too.
    type_date(qtbot, field, "7/12/2026")
    field.setFocus()
    field.end(False)
    qtbot.keyClick(field, Qt.Key.Key_Delete)
    assert field.optional_value() is None and field.text() == ""


@pytest.mark.parametrize(("key", "modifier"), [(Qt.Key.Key_Down, ALT), (Qt.Key.Key_F4, None)])
def test_the_calendar_opens_from_the_keyboard(qtbot, trajectory_editor, key, modifier):
    field = trajectory_editor.planned_end
    type_date(qtbot, field, "6/12/2026")
    field.setFocus()
    if modifier is None:
        qtbot.keyClick(field, key)
    else:
        qtbot.keyClick(field, key, modifier)
    calendar = field.calendar()
    assert calendar is not None and calendar.isVisible()
    assert calendar.firstDayOfWeek() == Qt.DayOfWeek.Monday
    assert calendar.selectedDate().toPython() == date(2026, 12, 6)
    days = calendar.findChild(QAbstractItemView)  # the day grid, where the keys go
    qtbot.keyClick(days, Qt.Key.Key_Right)  # a day later
    qtbot.keyClick(days, Qt.Key.Key_Return)
    assert not calendar.isVisible()
    assert field.optional_value() == date(2026, 12, 7)
    # Esc closes it without changing the date.
    qtbot.keyClick(field, Qt.Key.Key_F4)
    qtbot.keyClick(days, Qt.Key.Key_Right)
    qtbot.keyClick(days, Qt.Key.Key_Escape)
    assert not calendar.isVisible() and field.optional_value() == date(2026, 12, 7)


def test_up_and_down_move_a_day(qtbot, talk_editor):
    field = talk_editor.date
    type_date(qtbot, field, "28/02/2026")
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_Up)
    assert field.value() == date(2026, 3, 1)
    qtbot.keyClick(field, Qt.Key.Key_Down)
    qtbot.keyClick(field, Qt.Key.Key_Down)
    assert field.value() == date(2026, 2, 27)


def test_a_screen_reader_hears_the_whole_date(qtbot, talk_editor):
    field = talk_editor.date
    assert field.accessibleName() == "Datum"
    type_date(qtbot, field, "6/12/2026")
    assert field.accessibleDescription() == spoken_date(date(2026, 12, 6))
    assert "december 2026" in field.accessibleDescription()
    type_date(qtbot, field, "+1")
    assert field.accessibleDescription() == spoken_date(TODAY + timedelta(days=1))


def test_a_small_dialog_refuses_bad_text(qtbot):
    """``with_message`` and ``check`` for dialogs outside an editor."""
    edit = OptionalDateEdit()
    box = edit.with_message()
    qtbot.addWidget(box)
    box.show()
    type_date(qtbot, edit, "31/02")
    assert not edit.check()
    label = edit.message_label()
    assert label is not None and label.isVisible() and "31/02" in label.text()
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    assert edit.check() and edit.optional_value() is None
