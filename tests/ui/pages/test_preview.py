"""Lists show the selected record in a preview pane, as typed, without opening it
(issue 19.3); "Voorbeeld" hides or shows it, remembered per list."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt

from supportdesk.queries.preview import preview
from supportdesk.services.advice import AdviceTalkInput, create_advice_talk
from supportdesk.services.follow_ups import FollowUpInput, create_follow_up
from supportdesk.services.local_governments import complete_local_governments
from ui.pages.advice_talks import AdviceTalksPage

QUESTION = "Hoe starten we? <b>niet vet</b> & Łukasz 😀\ntweede regel"


def _talk(ctx):
    gent = complete_local_governments(ctx.db, "Gent", 1)[0].id
    talk = create_advice_talk(
        ctx.db,
        AdviceTalkInput(
            date=date(2025, 3, 4),
            local_government_id=gent,
            channel="phone",
            question=QUESTION,
            advice="Met digihelpers.",
        ),
    )
    create_follow_up(
        ctx.db,
        FollowUpInput("Bel terug <&>", due_date=date.today() - timedelta(days=1)),
        advice_talk_id=talk.id,
    )
    return talk


def _page(qtbot, ctx):
    page = AdviceTalksPage(ctx)
    qtbot.addWidget(page)
    page.resize(1200, 700)
    page.show()
    page.refresh()
    return page


def test_the_selected_talk_is_read_in_the_pane_as_typed(qtbot, ctx):
    talk = _talk(ctx)
    page = _page(qtbot, ctx)
    assert page.preview is not None and page.preview.isVisible()
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Home)
    qtbot.waitUntil(lambda: page.preview.shown is not None, timeout=2000)
    assert page.preview.shown.id == talk.id
    body = page.preview.body.toPlainText()
    assert "Hoe starten we? <b>niet vet</b> & Łukasz 😀\ntweede regel" in body
    assert "Met digihelpers." in body
    assert "Bel terug <&>" in body and "te laat" in body
    assert page.preview.status.text() == "telefonisch" or page.preview.status.text()


def test_voorbeeld_hides_the_pane_and_is_remembered(qtbot, ctx):
    _talk(ctx)
    page = _page(qtbot, ctx)
    toggle = page.preview_toggle
    toggle.setFocus()
    qtbot.keyClick(toggle, Qt.Key.Key_Space)
    assert not page.preview.isVisible()
    again = _page(qtbot, ctx)
    assert not again.preview_toggle.isChecked() and not again.preview.isVisible()


def test_preview_of_each_kind_and_of_nothing(db):
    assert preview(db, "advice_talk", "no-such-id") is None
    assert preview(db, "local_government", "x") is None


def test_a_list_just_opened_previews_its_first_row(qtbot, ctx):
    talk = _talk(ctx)
    page = _page(qtbot, ctx)
    assert page.table.current_id() == ""
    qtbot.waitUntil(lambda: page.preview.shown is not None, timeout=2000)
    assert page.preview.shown.id == talk.id
