"""The list pages share ListPage; a page hidden behind another reloads when shown,
once, not on every save made while it was out of sight."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from supportdesk.services.advice import AdviceTalkInput, create_advice_talk
from supportdesk.services.local_governments import complete_local_governments
from ui.pages.advice_talks import COL_QUESTION
from ui.pages.list_page import ListPage

CTRL = Qt.KeyboardModifier.ControlModifier


def count_refreshes(monkeypatch, page) -> list[int]:
    calls: list[int] = []
    original = page.refresh

    def counted() -> None:
        calls.append(1)
        original()

    monkeypatch.setattr(page, "refresh", counted)
    return calls


def test_the_list_pages_share_list_page(window):
    for key in ("local_government", "advice_talk", "trajectory", "focus_group"):
        assert isinstance(window.page(key), ListPage), key


def test_a_hidden_page_reloads_once_when_shown(qtbot, ctx, window, monkeypatch):
    government = complete_local_governments(ctx.db, "Gent", 1)[0].id
    talk = create_advice_talk(
        ctx.db,
        AdviceTalkInput(
            date=date(2025, 3, 4), local_government_id=government, channel="phone", question="Oud"
        ),
    )
    talks = window.show_page("advice_talk")
    trajectories = window.show_page("trajectory")  # the talks page is now hidden
    talk_reloads = count_refreshes(monkeypatch, talks)
    trajectory_reloads = count_refreshes(monkeypatch, trajectories)

    editor = talks.open_record(talk.id)
    assert editor is not None
    qtbot.waitUntil(editor.isActiveWindow)
    for text in ("Nieuw", "Nieuwer"):
        editor.question.selectAll()
        qtbot.keyClicks(editor.question, text)
        qtbot.keyClick(editor.question, Qt.Key.Key_S, CTRL)  # saves and closes
        if text == "Nieuw":
            editor = talks.open_record(talk.id)
            assert editor is not None
            qtbot.waitUntil(editor.isActiveWindow)
    assert not talk_reloads, "the hidden page reloaded on a save"
    assert talks.stale
    assert trajectory_reloads, "the page on screen did not reload"

    window.show_page("advice_talk")
    assert len(talk_reloads) == 1
    assert not talks.stale
    row = talks.model.row_of(talk.id)
    assert talks.model.index(row, COL_QUESTION).data() == "Nieuwer"
    assert talks.table.current_id() == talk.id  # the saved talk is selected
    window.show_page("trajectory")
    window.show_page("advice_talk")
    assert len(talk_reloads) == 1  # nothing changed since: no second reload
