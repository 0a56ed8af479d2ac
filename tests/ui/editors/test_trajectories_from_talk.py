"""From advice talk to trajectory in one action, and back: the main window opens the
trajectory's editor; the talk and the trajectory link to each other."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from supportdesk.services.advice import AdviceTalkInput, create_advice_talk, get_advice_talk
from supportdesk.services.contacts import ContactInput, create_contact
from supportdesk.services.follow_ups import FollowUpInput
from supportdesk.services.local_governments import complete_local_governments
from supportdesk.services.team import list_themes
from supportdesk.services.trajectories import TrajectoryInput, create_trajectory
from ui.main_window import MainWindow
from ui.widgets import questions


def test_start_a_trajectory_from_a_talk_and_open_it(qtbot, ctx, monkeypatch):
    monkeypatch.setattr(questions, "ask_unsaved", lambda *_a: questions.DISCARD)
    gent = complete_local_governments(ctx.db, "Gent", 1)[0].id
    contact = create_contact(ctx.db, ContactInput(gent, "Peeters", "An")).id
    theme = list_themes(ctx.db)[0].id
    talk = create_advice_talk(
        ctx.db,
        AdviceTalkInput(
            date=date(2025, 3, 4),
            local_government_id=gent,
            channel="phone",
            question="Kunnen jullie ons begeleiden bij een plan <&>?",
            contact_ids=(contact,),
            theme_ids=(theme,),
        ),
    )
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    talk_editor = window.show_page("advice_talk").open_record(talk.id)
    assert talk_editor.trajectory_button.text() == "Tra&ject starten…"
    qtbot.mouseClick(talk_editor.trajectory_button, Qt.MouseButton.LeftButton)
    stored = get_advice_talk(ctx.db, talk.id)
    assert stored.trajectory_id
    page = window.page("trajectory")
    editor = next(e for e in page.editors if e.record_id == stored.trajectory_id)
    assert editor.government.value() == gent
    assert editor.contacts.checked_ids() == [contact]
    assert editor.themes.checked_ids() == [theme]
    assert editor.needs.toPlainText() == "Kunnen jullie ons begeleiden bij een plan <&>?"
    assert editor.status_bar.words.text() == "aanvraag, aangevraagd op 04/03/2025"
    assert editor.origin_field.widget.isVisibleTo(editor)
    # The button now opens that trajectory instead of starting a second one.
    assert talk_editor.trajectory_button.text() == "Tra&ject openen"
    # And back: the trajectory opens the talk it came from.
    qtbot.mouseClick(editor.origin_button, Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is window.page("advice_talk")
    for e in [*page.editors, *window.page("advice_talk").editors]:
        e.close_without_asking()


def test_actions_in_the_follow_ups_open_their_trajectory(qtbot, ctx):
    gent = complete_local_governments(ctx.db, "Gent", 1)[0].id
    view = create_trajectory(
        ctx.db,
        TrajectoryInput(
            gent, title="Digihelpers", new_follow_ups=(FollowUpInput("Bellen", date(2025, 1, 1)),)
        ),
    )
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    follow_ups = window.show_page("follow_up_action")
    follow_ups.refresh()
    row = follow_ups.current_row()
    assert row is not None and row.subject.kind == "trajectory"
    follow_ups.open_current()
    page = window.page("trajectory")
    assert [e.record_id for e in page.editors] == [view.id]
    page.editors[0].close_without_asking()
