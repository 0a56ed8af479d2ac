"""Archiveren / Terugzetten in the editor base: every editor of an archivable record has
it, it checks the version like a save, asks about unsaved changes, and is logged."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from supportdesk.safety.audit import record_history
from supportdesk.services.advice import (
    AdviceTalkInput,
    create_advice_talk,
    get_advice_talk,
    update_advice_talk,
)
from supportdesk.services.contacts import ContactInput, create_contact, get_contact
from supportdesk.services.focus_groups import FocusGroupInput, create_focus_group, get_focus_group
from supportdesk.services.local_governments import complete_local_governments
from supportdesk.services.trajectories import TrajectoryInput, create_trajectory, get_trajectory
from tests.ui.pages.admin.keys import press
from ui.editors.advice_talk import AdviceTalkEditor
from ui.editors.contact_person import ContactPersonEditor
from ui.editors.focus_group import FocusGroupEditor
from ui.editors.trajectory import TrajectoryEditor
from ui.widgets import questions


def gent(ctx) -> str:
    return complete_local_governments(ctx.db, "Gent", 1)[0].id


def talk_input(ctx, question: str = "Hoe start een digipunt?") -> AdviceTalkInput:
    return AdviceTalkInput(
        date=date(2025, 3, 4), local_government_id=gent(ctx), channel="phone", question=question
    )


def open_editor(qtbot, editor, view):
    qtbot.addWidget(editor)
    editor.edit(view)
    editor.present()
    qtbot.waitUntil(editor.isVisible)
    return editor


def test_archive_and_bring_back_a_talk_from_its_editor(qtbot, ctx):
    talk = create_advice_talk(ctx.db, talk_input(ctx))
    editor = open_editor(qtbot, AdviceTalkEditor(ctx), get_advice_talk(ctx.db, talk.id))
    changed: list[str] = []
    ctx.changed.connect(changed.append)
    assert editor.archive_button.isVisibleTo(editor)
    assert editor.archive_button.text() == "Archiveren"
    assert not editor.archived_note.isVisibleTo(editor)

    press(qtbot, editor.archive_button)
    stored = get_advice_talk(ctx.db, talk.id)
    assert stored.archived and stored.version == talk.version + 1
    assert editor.isVisible()  # stays open: bringing it back is one key away
    assert editor.archive_button.text() == "Terugzetten uit archief"
    assert editor.archived_note.isVisibleTo(editor)
    assert "Gearchiveerd" in editor.archived_note.text()
    assert changed == ["advice_talk"]

    press(qtbot, editor.archive_button)
    assert not get_advice_talk(ctx.db, talk.id).archived
    assert editor.archive_button.text() == "Archiveren"
    assert editor.expected_version == talk.version + 2
    actions = [entry.action for entry in record_history(ctx.db, talk.id)]
    assert "archive" in actions and "unarchive" in actions


def test_a_new_record_has_no_archive_button(qtbot, ctx):
    editor = AdviceTalkEditor(ctx)
    qtbot.addWidget(editor)
    editor.present()
    assert not editor.archive_button.isVisibleTo(editor)


def test_someone_else_saved_meanwhile_gives_the_conflict_question(qtbot, ctx, monkeypatch):
    talk = create_advice_talk(ctx.db, talk_input(ctx))
    editor = open_editor(qtbot, AdviceTalkEditor(ctx), get_advice_talk(ctx.db, talk.id))
    update_advice_talk(ctx.db, talk.id, talk_input(ctx, "Door een collega"), talk.version)
    asked: list[bool] = []
    monkeypatch.setattr(questions, "ask_conflict", lambda _p: asked.append(True) or questions.KEEP)

    press(qtbot, editor.archive_button)
    assert asked == [True]
    assert not get_advice_talk(ctx.db, talk.id).archived  # nothing changed
    assert "Iemand anders" in editor.general_error.text()
    press(qtbot, editor.archive_button)  # knowingly, on their version now
    assert get_advice_talk(ctx.db, talk.id).archived


@pytest.mark.parametrize(("answer", "question"), [("save", "Getypt"), ("discard", "Oud")])
def test_unsaved_changes_are_asked_about_first(qtbot, ctx, monkeypatch, answer, question):
    talk = create_advice_talk(ctx.db, talk_input(ctx, "Oud"))
    editor = open_editor(qtbot, AdviceTalkEditor(ctx), get_advice_talk(ctx.db, talk.id))
    editor.question.selectAll()
    qtbot.keyClicks(editor.question, "Getypt")
    monkeypatch.setattr(questions, "ask_unsaved", lambda _p: answer)

    press(qtbot, editor.archive_button)
    stored = get_advice_talk(ctx.db, talk.id)
    assert stored.archived
    assert stored.question == question
    assert editor.question.toPlainText() == question
    assert not editor.is_dirty()
    assert editor.isVisible()


def test_staying_keeps_what_was_typed_and_archives_nothing(qtbot, ctx, monkeypatch):
    talk = create_advice_talk(ctx.db, talk_input(ctx, "Oud"))
    editor = open_editor(qtbot, AdviceTalkEditor(ctx), get_advice_talk(ctx.db, talk.id))
    editor.question.selectAll()
    qtbot.keyClicks(editor.question, "Getypt")
    monkeypatch.setattr(questions, "ask_unsaved", lambda _p: questions.CANCEL)
    press(qtbot, editor.archive_button)
    assert not get_advice_talk(ctx.db, talk.id).archived
    assert editor.question.toPlainText() == "Getypt" and editor.is_dirty()


def test_trajectory_and_focus_group_editors_archive_too(qtbot, ctx):
    trajectory = create_trajectory(ctx.db, TrajectoryInput(local_government_id=gent(ctx)))
    editor = open_editor(qtbot, TrajectoryEditor(ctx), get_trajectory(ctx.db, trajectory.id))
    press(qtbot, editor.archive_button)
    assert get_trajectory(ctx.db, trajectory.id).archived

    group = create_focus_group(ctx.db, FocusGroupInput(date(2025, 3, 4), "Digitale drempels"))
    editor2 = open_editor(qtbot, FocusGroupEditor(ctx), get_focus_group(ctx.db, group.id))
    press(qtbot, editor2.archive_button)
    assert get_focus_group(ctx.db, group.id).archived
    # an archived record opened later shows it at once
    editor3 = open_editor(qtbot, FocusGroupEditor(ctx), get_focus_group(ctx.db, group.id))
    assert editor3.archive_button.text() == "Terugzetten uit archief"


def test_a_contact_person_is_made_inactive_and_active_again(qtbot, ctx):
    contact = create_contact(
        ctx.db, ContactInput(local_government_id=gent(ctx), last_name="Özdemir")
    )
    editor = ContactPersonEditor(ctx, gent(ctx), "Gent")
    open_editor(qtbot, editor, get_contact(ctx.db, contact.id))
    assert editor.archive_button.text() == "Niet meer actief"
    press(qtbot, editor.archive_button)
    assert not get_contact(ctx.db, contact.id).active
    assert editor.archive_button.text() == "Weer actief maken"
    assert "Niet meer actief" in editor.archived_note.text()
    press(qtbot, editor.archive_button)
    assert get_contact(ctx.db, contact.id).active


def test_an_error_of_the_service_is_shown_in_the_editor(qtbot, ctx, monkeypatch):
    from supportdesk.errors import StorageError
    from ui.widgets import archiving

    talk = create_advice_talk(ctx.db, talk_input(ctx))
    editor = open_editor(qtbot, AdviceTalkEditor(ctx), get_advice_talk(ctx.db, talk.id))

    def locked(*_a):
        raise StorageError(
            "De database is bezet door een andere gebruiker; probeer het zo opnieuw."
        )

    assert editor.archive_actions is archiving.ACTIONS["advice_talk"]
    editor.archive_actions = replace(editor.archive_actions, archive=locked)
    press(qtbot, editor.archive_button)
    assert "bezet" in editor.general_error.text()
    assert not get_advice_talk(ctx.db, talk.id).archived


def test_activity_and_publication_editors_archive_too(qtbot, ctx):
    from supportdesk.services.activities import (
        ActivityInput,
        create_activity,
        get_activity,
        list_activity_kinds,
    )
    from supportdesk.services.publications import (
        PublicationInput,
        create_publication,
        get_publication,
    )
    from ui.editors.activity import ActivityEditor
    from ui.editors.publication import PublicationEditor

    kind = list_activity_kinds(ctx.db)[0].id
    activity = create_activity(ctx.db, ActivityInput(kind, date(2025, 3, 4), "Infosessie"))
    editor = open_editor(qtbot, ActivityEditor(ctx), get_activity(ctx.db, activity.id))
    press(qtbot, editor.archive_button)
    assert get_activity(ctx.db, activity.id).archived
    press(qtbot, editor.archive_button)
    assert not get_activity(ctx.db, activity.id).archived

    item = create_publication(
        ctx.db, PublicationInput("newsletter", date(2025, 3, 4), "Nieuwsbrief maart")
    )
    editor2 = open_editor(qtbot, PublicationEditor(ctx), get_publication(ctx.db, item.id))
    press(qtbot, editor2.archive_button)
    assert get_publication(ctx.db, item.id).archived
