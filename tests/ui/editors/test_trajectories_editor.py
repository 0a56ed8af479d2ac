"""The trajectory editor used as a coach would: type, save, take status steps, log
contact moments, actions and feedback; errors beside the field, nothing typed lost."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt

from supportdesk.services.contacts import ContactInput, create_contact
from supportdesk.services.team import TeamMemberInput, create_team_member
from supportdesk.services.trajectories import (
    TrajectoryInput,
    create_trajectory,
    get_trajectory,
    update_trajectory,
)
from tests.supportdesk.services.helpers import government_id
from tests.ui.editor_windows import no_hanging_questions, open_active  # noqa: F401
from tests.ui.keyboard import type_text
from tests.ui.windows import show_active
from ui.editors import trajectory_status
from ui.editors.trajectory import TrajectoryEditor
from ui.widgets import questions

TODAY = date.today()
# a test that leaves an editor with changes must not wait for an answer at teardown
pytestmark = pytest.mark.usefixtures("no_hanging_questions")


@pytest.fixture
def me(ctx):
    member = create_team_member(ctx.db, TeamMemberInput("Łukasz Özdemir")).id
    ctx.settings().setValue("user/team_member_id", member)
    return member


def open_editor(qtbot, ctx, view=None):
    return open_active(qtbot, ctx, TrajectoryEditor, view)


def running(ctx, me, **kw):
    gent = government_id(ctx.db, "Gent")
    contact = create_contact(ctx.db, ContactInput(gent, "Peeters", "An")).id
    data = dict(
        title="Digihelpers",
        requested_on=TODAY - timedelta(days=60),
        intake_on=TODAY - timedelta(days=50),
        start_date=TODAY - timedelta(days=40),
        coach_ids=(me,),
        contact_ids=(contact,),
    )
    data.update(kw)
    return create_trajectory(ctx.db, TrajectoryInput(gent, **data), status="running"), contact


def test_new_trajectory_by_keyboard_with_a_first_action(qtbot, ctx, me):
    editor = open_editor(qtbot, ctx)
    assert not editor.save_button.isEnabled()
    assert "Lokaal bestuur" in editor.missing_label.text()
    type_text(qtbot, editor.government, "Gent")
    editor.government.choose_first()
    type_text(qtbot, editor.title_edit, "Inclusief HR-beleid <&> 🙂")
    assert editor.coaches.checked_ids() == [me]  # I coach what I start
    editor.tabs.setCurrentIndex(1)
    type_text(qtbot, editor.needs, "Vrijwilligers vinden in Sint-Amandsberg")
    editor.tabs.setCurrentIndex(3)
    row = editor.new_actions.add_row(focus=True)
    type_text(qtbot, row.description, "Intake plannen")
    with qtbot.waitSignal(editor.saved, timeout=3000) as saved:
        qtbot.keyClick(editor, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    view = get_trajectory(ctx.db, saved.args[0].id)
    assert view.title == "Inclusief HR-beleid <&> 🙂" and view.status == "request"
    assert view.needs == "Vrijwilligers vinden in Sint-Amandsberg"
    assert view.requested_on == TODAY
    assert [a.description for a in view.follow_ups] == ["Intake plannen"]


def test_save_and_stay_opens_the_lists(qtbot, ctx, me):
    editor = open_editor(qtbot, ctx)
    editor.government.set_value(government_id(ctx.db, "Aalst"), "Aalst")
    editor.tabs.setCurrentIndex(2)
    assert not editor.moments.isVisible()
    assert editor.save_and_stay()
    assert editor.isVisible() and editor.record_id and not editor.is_dirty()
    assert editor.moments.isVisible() and editor.moments.new_button.isEnabled()
    assert editor.status_bar.words.text().startswith("aanvraag")


def test_errors_beside_the_field_on_its_tab_and_typing_kept(qtbot, ctx, me):
    view, _contact = running(ctx, me)
    editor = open_editor(qtbot, ctx, view)
    editor.tabs.setCurrentIndex(1)
    type_text(qtbot, editor.goals, "Een plan <b>")
    editor.tabs.setCurrentIndex(0)
    editor.planned_end.set_optional(TODAY - timedelta(days=100))  # before the start
    assert not editor.try_save()
    field = editor.fields["planned_end_date"]
    assert field.error.isVisibleTo(editor) and "einddatum" in field.error.text().lower()
    assert editor.tabs.currentIndex() == 0 and editor.tabs.tabText(0).startswith("⚠")
    assert editor.goals.toPlainText() == "Een plan <b>"
    editor.planned_end.set_optional(TODAY + timedelta(days=100))
    assert editor.try_save()
    assert get_trajectory(ctx.db, view.id).goals == "Een plan <b>"


def test_status_steps_ask_the_date_and_finishing_asks_for_feedback(qtbot, ctx, me, monkeypatch):
    view, _contact = running(ctx, me)
    editor = open_editor(qtbot, ctx, view)
    type_text(qtbot, editor.title_edit, " (typed)")
    assert editor.status_bar.step_buttons["finished"].isVisible()
    assert not editor.status_bar.step_buttons["intake"].isVisible()
    monkeypatch.setattr(trajectory_status, "ask_step_date", lambda *_a: TODAY - timedelta(days=1))
    asked = []
    monkeypatch.setattr(
        trajectory_status,
        "ask_feedback_coming",
        lambda *_a: asked.append(True) or trajectory_status.COMING,
    )
    qtbot.mouseClick(editor.status_bar.step_buttons["finished"], Qt.MouseButton.LeftButton)
    assert asked == [True]
    stored = get_trajectory(ctx.db, view.id)
    assert stored.status == "finished" and stored.end_date == TODAY - timedelta(days=1)
    assert stored.feedback_missing
    assert "feedback ontbreekt" in editor.status_bar.attention.text()
    assert editor.end_date.optional_value() == TODAY - timedelta(days=1)
    assert editor.title_edit.text() == "Digihelpers (typed)"  # typing kept
    assert editor.try_save()  # the step moved the version on; the form saves on top
    assert get_trajectory(ctx.db, view.id).title == "Digihelpers (typed)"


def test_finishing_without_feedback_to_come(qtbot, ctx, me, monkeypatch):
    view, _contact = running(ctx, me)
    editor = open_editor(qtbot, ctx, view)
    monkeypatch.setattr(trajectory_status, "ask_step_date", lambda *_a: TODAY)
    monkeypatch.setattr(
        trajectory_status, "ask_feedback_coming", lambda *_a: trajectory_status.NONE
    )
    assert editor.move_to("finished")
    stored = get_trajectory(ctx.db, view.id)
    assert not stored.feedback_expected and not stored.feedback_missing
    assert not editor.feedback_expected.isChecked() and not editor.is_dirty()


def test_a_step_dated_too_early_is_refused_beside_the_status(qtbot, ctx, me, monkeypatch):
    view, _contact = running(ctx, me)
    editor = open_editor(qtbot, ctx, view)
    monkeypatch.setattr(trajectory_status, "ask_step_date", lambda *_a: TODAY - timedelta(days=90))
    assert not editor.move_to("stopped")
    assert "vorige stap" in editor.fields["status"].error.text()
    assert get_trajectory(ctx.db, view.id).status == "running"


def test_contact_moments_added_edited_removed(qtbot, ctx, me, monkeypatch):
    view, contact = running(ctx, me)
    editor = open_editor(qtbot, ctx, view)
    editor.tabs.setCurrentIndex(2)
    moment_editor = editor.moments.add_moment()
    show_active(qtbot, moment_editor)
    moment_editor.form_box.setCurrentIndex(2)  # telefoon
    moment_editor.contacts.set_checked(contact, True)
    type_text(qtbot, moment_editor.notes, "Gebeld met An: alles loopt ✓")
    with qtbot.waitSignal(moment_editor.saved, timeout=3000):
        qtbot.mouseClick(moment_editor.save_button, Qt.MouseButton.LeftButton)
    rows = editor.moments.row_texts()
    assert rows[0][1] == "telefoon" and "An Peeters" in rows[0][2] and "Łukasz" in rows[0][2]
    assert rows[0][3] == "Gebeld met An: alles loopt ✓"
    # Enter edits; Delete removes after a question.
    editor.moments.tree.setFocus()
    qtbot.keyClick(editor.moments.tree, Qt.Key.Key_Return)
    assert editor.moments.editor.record_id == editor.moments.current_id()
    editor.moments.editor.close_without_asking()
    monkeypatch.setattr(questions, "confirm", lambda *_a: True)
    qtbot.keyClick(editor.moments.tree, Qt.Key.Key_Delete)
    assert get_trajectory(ctx.db, view.id).contact_moments == ()
    assert editor.moments.empty.isVisibleTo(editor)


def test_follow_up_actions_and_feedback(qtbot, ctx, me):
    view, _contact = running(ctx, me)
    editor = open_editor(qtbot, ctx, view)
    action_editor = editor.action_list.add_action()
    type_text(qtbot, action_editor.description, "Verslag sturen")
    action_editor.due.set_optional(TODAY - timedelta(days=2))
    assert action_editor.try_save()
    row = editor.action_list.row_texts()[0]
    assert row[0] == "Verslag sturen" and row[4] == "⚠ 2 dagen te laat"
    assert "1 opvolgactie te laat" in editor.status_bar.attention.text()
    qtbot.mouseClick(editor.action_list.done_button, Qt.MouseButton.LeftButton)
    assert editor.action_list.row_texts()[0][4] == "afgewerkt"
    assert editor.action_list.done_button.text() == "Terug &open"
    assert not editor.status_bar.attention.isVisibleTo(editor)
    fb_editor = editor.feedback.add_feedback()
    assert not fb_editor.save_button.isEnabled()  # a score is needed
    fb_editor.score.setCurrentIndex(4)
    fb_editor.contact.setCurrentIndex(1)
    type_text(qtbot, fb_editor.text, "Heel nuttig, dank!")
    assert fb_editor.try_save()
    assert editor.feedback.row_texts()[0][1:] == ["4 van 5", "An Peeters", "Heel nuttig, dank!"]
    assert get_trajectory(ctx.db, view.id).feedback[0].score == 4


def test_someone_else_saved_meanwhile_keeps_my_typing(qtbot, ctx, me, monkeypatch):
    view, _contact = running(ctx, me)
    editor = open_editor(qtbot, ctx, view)
    editor.title_edit.clear()
    type_text(qtbot, editor.title_edit, "Mijn titel")
    theirs = TrajectoryInput(
        view.local_government.id,
        title="Hun titel",
        start_date=view.start_date,
        requested_on=view.requested_on,
        intake_on=view.intake_on,
    )
    update_trajectory(ctx.db, view.id, theirs, view.version)
    monkeypatch.setattr(questions, "ask_conflict", lambda *_a: questions.KEEP)
    assert not editor.try_save()
    assert editor.title_edit.text() == "Mijn titel"
    assert get_trajectory(ctx.db, view.id).title == "Hun titel"
    assert editor.try_save()  # knowingly replaces theirs
    assert get_trajectory(ctx.db, view.id).title == "Mijn titel"


def test_escape_with_changes_asks_first(qtbot, ctx, me, monkeypatch):
    view, _contact = running(ctx, me)
    editor = open_editor(qtbot, ctx, view)
    type_text(qtbot, editor.title_edit, "!")
    monkeypatch.setattr(questions, "ask_unsaved", lambda *_a: questions.CANCEL)
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    assert editor.isVisible() and editor.title_edit.text() == "Digihelpers!"
    monkeypatch.setattr(questions, "ask_unsaved", lambda *_a: questions.SAVE)
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    assert not editor.isVisible()
    assert get_trajectory(ctx.db, view.id).title == "Digihelpers!"
