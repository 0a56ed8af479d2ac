"""Activities used as the team would: log a held info session with its times, the number
of participants and the governments who came; participant hours said as you type; bad
input said beside its field with nothing saved and nothing typed lost."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox

from supportdesk.services.activities import get_activity
from tests.ui.activity_steps import add_governments, log_info_session, open_editor
from tests.ui.editor_windows import no_hanging_questions  # noqa: F401
from tests.ui.keyboard import type_text
from ui.editors.activity import ActivityEditor

pytestmark = pytest.mark.usefixtures("no_hanging_questions")


def test_a_held_info_session_of_23_people_from_3_governments(qtbot, ctx):
    editor = log_info_session(qtbot, ctx)
    assert editor.duration.text() == "2,5" and not editor.duration.isEnabled()
    assert editor.hours_words.text() == "23 deelnemers × 2,5 uur = 57,5 deelnemersuren"
    assert editor.participants.isHidden()  # named participants need the activity saved
    assert editor.save_and_stay()
    add_governments(qtbot, editor, ["Gent", "Brugge", "Aalst"])
    assert [r[0] for r in editor.participants.row_texts()] == ["Aalst", "Brugge", "Gent"]
    assert {r[2] for r in editor.participants.row_texts()} == {"aanwezig"}
    with qtbot.waitSignal(editor.saved, timeout=3000):
        qtbot.keyClick(editor, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    view = get_activity(ctx.db, editor.record_id or "")
    assert view.status == "held" and view.kind_code == "info_session"
    assert view.topic == "Toegankelijke websites <&> 🙂 Łukasz"
    assert view.duration_minutes == 150 and view.participant_count == 23
    assert view.participant_hours == Decimal("57.5")
    assert len(view.attendees) == 3


def test_hours_entered_when_people_left_early(qtbot, ctx):
    editor = log_info_session(qtbot, ctx)
    type_text(qtbot, editor.hours, "50,5")
    assert editor.hours_words.text() == "50,5 deelnemersuren (ingevuld)"
    assert editor.try_save()
    assert get_activity(ctx.db, editor.record_id or "").participant_hours == Decimal("50.5")


def errors_shown(editor: ActivityEditor) -> dict[str, str]:
    return {
        name: field.error.text()
        for name, field in editor.fields.items()
        if field.error.isVisibleTo(editor) or field.error.text()
    }


def test_an_end_before_the_start_is_said_beside_it(qtbot, ctx):
    editor = log_info_session(qtbot, ctx)
    editor.end.clear()
    type_text(qtbot, editor.end, "12:00")
    assert not editor.try_save()
    assert "end_time" in errors_shown(editor)
    assert editor.record_id is None
    assert (editor.start.text(), editor.end.text(), editor.count.text()) == ("13:30", "12:00", "23")
    assert editor.tabs.currentIndex() == 0  # the tab with the field in error is shown


@pytest.mark.parametrize(
    ("field", "text"),
    [("participant_count", "-3"), ("participant_hours", "-2"), ("participant_count", "drie")],
)
def test_negative_or_unreadable_numbers_are_said_beside_them(qtbot, ctx, field, text):
    editor = log_info_session(qtbot, ctx, count="23" if field != "participant_count" else text)
    if field == "participant_hours":
        type_text(qtbot, editor.hours, text)
    assert not editor.try_save()
    shown = errors_shown(editor)
    assert field in shown and shown[field].startswith("⚠")
    assert editor.record_id is None
    widget = editor.count if field == "participant_count" else editor.hours
    assert widget.text() == text
    assert editor.tabs.currentIndex() == 1


def test_more_named_participants_than_the_number(qtbot, ctx):
    editor = log_info_session(qtbot, ctx, count="3")
    assert editor.save_and_stay()
    add_governments(qtbot, editor, ["Gent", "Brugge", "Aalst"])
    editor.count.selectAll()
    type_text(qtbot, editor.count, "2")
    version = get_activity(ctx.db, editor.record_id or "").version
    assert not editor.try_save()
    assert "participant_count" in errors_shown(editor)
    assert editor.count.text() == "2"
    stored = get_activity(ctx.db, editor.record_id or "")
    assert stored.participant_count == 3 and stored.version == version


def test_every_field_has_a_name_and_its_own_mnemonic_per_tab(qtbot, ctx):
    """Each field is named for a screen reader; Alt+letter reaches each field of a tab."""
    editor = open_editor(qtbot, ctx)
    per_tab: dict[int, list[str]] = {}
    for field in editor.fields.values():
        own_text = field.widget.text() if isinstance(field.widget, QCheckBox) else ""
        assert field.widget.accessibleName() or own_text, field.name
        text = field.label.text()
        if "&" in text:
            letter = text[text.index("&") + 1].lower()
            per_tab.setdefault(editor.tab_of(field.widget), []).append(letter)
    for letters in per_tab.values():
        assert len(letters) == len(set(letters)), letters
    editor.topic.setFocus()
    qtbot.keyClick(editor, Qt.Key.Key_M, Qt.KeyboardModifier.AltModifier)
    assert editor.recording.hasFocus()
