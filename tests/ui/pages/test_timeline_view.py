"""A government's history as a timeline: a page at a time, filtered by kind and period
with the keyboard, Enter opens the record, and a screen reader hears one sentence."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt

from supportdesk.services.advice import AdviceTalkInput, create_advice_talk
from supportdesk.services.local_governments import complete_local_governments
from ui.pages import timeline_view
from ui.pages.local_government_detail import LocalGovernmentDetail


def _gent_with_talks(ctx, count: int) -> str:
    gent = complete_local_governments(ctx.db, "Gent", 1)[0].id
    first = date.today() - timedelta(days=count)
    for i in range(count):
        create_advice_talk(
            ctx.db,
            AdviceTalkInput(
                date=first + timedelta(days=i),
                local_government_id=gent,
                channel="phone",
                question=f"Vraag {i} <&> Łukasz 😀\ntweede regel",
                advice="Zo doen we het.",
            ),
        )
    return gent


def _detail(qtbot, ctx, gent):
    detail = LocalGovernmentDetail(ctx)
    qtbot.addWidget(detail)
    detail.resize(900, 700)
    detail.show()
    detail.show_government(gent)
    return detail


def test_a_long_history_comes_a_page_at_a_time(qtbot, ctx, monkeypatch):
    monkeypatch.setattr(timeline_view, "PAGE", 10)
    gent = _gent_with_talks(ctx, 25)
    detail = _detail(qtbot, ctx, gent)
    view = detail.timeline
    assert view.model.rowCount() == 10 and view.model.total == 25
    assert view.count.text().startswith("25 gebeurtenis")
    newest = view.entry(0)
    assert newest.title == "Vraag 24 <&> Łukasz 😀" and newest.text == "Zo doen we het."
    # End of the list by keyboard: the rest is fetched as the list scrolls
    view.list.setFocus()
    for _ in range(3):
        qtbot.keyClick(view.list, Qt.Key.Key_End)
    assert view.model.rowCount() == 25
    assert [view.entry(i).title.split()[1] for i in (0, 24)] == ["24", "0"]


def test_filter_by_kind_and_period_with_the_keyboard(qtbot, ctx):
    gent = _gent_with_talks(ctx, 3)
    detail = _detail(qtbot, ctx, gent)
    view = detail.timeline
    view.kind.setFocus()
    qtbot.keyClick(view.kind, Qt.Key.Key_Down)  # advice talks only
    assert view.kind.currentData() == "advice_talk"
    assert view.model.total == 3
    qtbot.keyClick(view.kind, Qt.Key.Key_Down)  # trajectories: none
    assert view.model.total == 0 and view.list.isHidden() and view.empty.isVisible()
    assert "Alle soorten" in view.empty.text()
    qtbot.keyClick(view.kind, Qt.Key.Key_Home)
    view.period.setFocus()
    qtbot.keyClick(view.period, Qt.Key.Key_End)  # last year: the talks are this month
    last_year = date.today().year - 1
    expected = sum(1 for d in range(1, 4) if (date.today() - timedelta(days=d)).year == last_year)
    assert view.model.total == expected


def test_enter_opens_the_record_and_a_screen_reader_hears_one_sentence(qtbot, ctx):
    gent = _gent_with_talks(ctx, 2)
    detail = _detail(qtbot, ctx, gent)
    view = detail.timeline
    opened = []
    ctx.open_requested.connect(lambda kind, pid: opened.append((kind, pid)))
    view.list.setFocus()
    qtbot.keyClick(view.list, Qt.Key.Key_Down)
    qtbot.keyClick(view.list, Qt.Key.Key_Return)
    entry = view.entry(1)
    assert opened == [("advice_talk", entry.id)]
    spoken = view.model.index(1).data(Qt.ItemDataRole.AccessibleTextRole)
    assert spoken.startswith(date.today().strftime("%d/%m/%Y")[:2]) or "/" in spoken
    assert "adviesgesprek" in spoken and "Vraag 0 <&> Łukasz 😀" in spoken
    assert "telefonisch" in spoken or "telefoon" in spoken


def test_the_detail_fits_beside_the_list_on_a_small_screen(qtbot, ctx):
    gent = _gent_with_talks(ctx, 1)
    detail = _detail(qtbot, ctx, gent)
    assert detail.minimumSizeHint().width() <= 480
