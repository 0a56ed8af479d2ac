"""A follow-up action's editor that nobody typed in closes without asking: offering
"me" as the owner of a new action is no unsaved change."""

from __future__ import annotations

from supportdesk.services.local_governments import complete_local_governments
from supportdesk.services.team import TeamMemberInput, create_team_member
from ui.editors.follow_up import FollowUpEditor
from ui.widgets import questions


def test_an_untouched_new_action_closes_without_a_question(qtbot, ctx, monkeypatch):
    me = create_team_member(ctx.db, TeamMemberInput("An Peeters"))
    ctx.settings().setValue("user/team_member_id", me.id)
    gent = complete_local_governments(ctx.db, "Gent", 1)[0].id
    asked: list[bool] = []
    monkeypatch.setattr(questions, "ask_unsaved", lambda _p: asked.append(True) or "cancel")
    editor = FollowUpEditor(ctx, "local_government", gent)
    qtbot.addWidget(editor)
    editor.present()
    assert editor.owner.currentText() == "An Peeters"
    assert not editor.is_dirty()
    editor.reject()  # Esc
    assert asked == []
    assert not editor.isVisible()
