"""Overzicht: the year's figures against the targets in words and bars, the overdue
follow-up actions and recent activity, each opened with Enter."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from tests.supportdesk.queries._data import action, focus_group, member, talk, trajectory
from tests.ui.reads import wait_read
from tests.ui.windows import show_page
from ui.pages.overview import OverviewPage
from ui.pages.overview_plan import NBSP

TODAY = date(2025, 6, 30)


def make_page(qtbot, ctx) -> OverviewPage:
    page = OverviewPage(ctx)
    page.today_override = TODAY
    page.year.setValue(2025)
    show_page(qtbot, page, 1100, 700)
    wait_read(qtbot, page)  # the figures and lists, read in a worker thread
    return page


def test_figures_against_the_targets_in_words(qtbot, ctx):
    talk(ctx.db, "Gent", date(2025, 3, 4))
    talk(ctx.db, "Aalst", date(2025, 5, 6))
    trajectory(ctx.db, "Regie", start_date=date(2025, 2, 1))
    focus_group(ctx.db, "Evaluatie tools", date(2025, 4, 1))
    page = make_page(qtbot, ctx)

    assert page.plan.words["advice_talks"] == "2 van 8 gehouden (25 %) — doel nog niet bereikt"
    assert page.plan.words["trajectories"] == "1 van 3 gestart (33 %) — doel nog niet bereikt"
    assert page.plan.words["focus_groups"] == "1 van 1 gehouden (100 %) — doel bereikt"
    bar = page.plan.bars["advice_talks"]
    assert (bar.value(), bar.maximum()) == (2, 8)
    assert bar.accessibleName().endswith("2 van 8 gehouden (25 %) — doel nog niet bereikt")


def test_what_is_planned_after_today_is_said_beside_the_figure(qtbot, ctx):
    """Dated after today (30/06): planned, not counted; a past one still planned: to
    confirm; a cancelled one: nothing."""
    talk(ctx.db, "Gent", date(2025, 6, 30))
    talk(ctx.db, "Gent", date(2025, 7, 1))
    trajectory(ctx.db, "Later", start_date=date(2025, 9, 1))
    focus_group(ctx.db, "Gehouden", date(2025, 4, 1))
    focus_group(ctx.db, "Volgende week", date(2025, 7, 7), status="planned")
    focus_group(ctx.db, "Niet bevestigd", date(2025, 6, 1), status="planned")
    focus_group(ctx.db, "Afgelast", date(2025, 8, 1), status="cancelled")
    page = make_page(qtbot, ctx)

    assert page.plan.words["advice_talks"].replace(NBSP, " ") == (
        "1 van 8 gehouden (12 %) — doel nog niet bereikt · 1 gepland"
    )
    assert page.plan.words["trajectories"].replace(NBSP, " ") == (
        "0 van 3 gestart (0 %) — doel nog niet bereikt · 1 gepland"
    )
    assert page.plan.words["focus_groups"].replace(NBSP, " ") == (
        "1 van 1 gehouden (100 %) — doel bereikt · 1 gepland · 1 te bevestigen"
    )
    assert page.plan.bars["focus_groups"].accessibleName().endswith("1\u00a0te\u00a0bevestigen")
    # the count and its word stay together when the words wrap (a narrow window)
    assert "1\u00a0gepland" in page.plan.words["focus_groups"]


def test_another_year_by_keyboard(qtbot, ctx):
    talk(ctx.db, "Gent", date(2024, 3, 4))
    page = make_page(qtbot, ctx)
    page.year.setFocus()
    qtbot.keyClick(page.year, Qt.Key.Key_Down)
    assert page.year.value() == 2024
    wait_read(qtbot, page)
    assert page.targets_box.title() == "Actieplan 2024"
    assert page.plan.words["advice_talks"].startswith("1")


def test_overdue_actions_open_what_they_belong_to(qtbot, ctx):
    t = talk(ctx.db, "Gent", date(2025, 6, 1))
    action(ctx.db, "Brochure sturen", date(2025, 6, 20), talk_id=t)
    action(ctx.db, "Nog niet te laat", date(2025, 7, 20))
    page = make_page(qtbot, ctx)
    assert page.overdue_title.text() == "&Achterstallige opvolgacties (1)"
    item = page.overdue.topLevelItem(0)
    assert item.text(0) == "20/06/2025 · 10 dagen te laat"
    assert item.text(1) == "Brochure sturen"
    page.overdue.setFocus()
    page.overdue.setCurrentItem(item)
    with qtbot.waitSignal(ctx.open_requested) as signal:
        qtbot.keyClick(page.overdue, Qt.Key.Key_Return)
    assert signal.args == ["advice_talk", t]


def test_mine_once_i_chose_who_i_am(qtbot, ctx):
    me = member(ctx.db, "An")
    action(ctx.db, "Van mij", date(2025, 6, 1), owner=me)
    action(ctx.db, "Van iemand anders", date(2025, 6, 1))
    ctx.settings().setValue("user/team_member_id", me)
    page = make_page(qtbot, ctx)
    assert page.overdue_title.text() == "&Mijn achterstallige opvolgacties (1)"
    assert page.overdue.topLevelItem(0).text(1) == "Van mij"


def test_recent_activity_and_its_button(qtbot, ctx):
    t = talk(ctx.db, "Gent", date(2025, 6, 2), question="Hoe werven we digihelpers?")
    tr = trajectory(ctx.db, "Regie in Brugge", start_date=date(2025, 6, 10))
    page = make_page(qtbot, ctx)
    rows = [
        [page.recent.topLevelItem(i).text(c) for c in range(4)]
        for i in range(page.recent.topLevelItemCount())
    ]
    assert rows == [
        ["10/06/2025", "Traject", "Regie in Brugge", "Brugge · lopend"],
        ["02/06/2025", "Adviesgesprek", "Gent", "Hoe werven we digihelpers?"],
    ]
    page.recent.setFocus()
    page.recent.setCurrentItem(page.recent.topLevelItem(1))
    with qtbot.waitSignal(ctx.open_requested) as signal:
        qtbot.keyClick(page.recent, Qt.Key.Key_Return)
    assert signal.args == ["advice_talk", t]
    assert tr
    with qtbot.waitSignal(ctx.open_requested) as signal:
        qtbot.keyClick(page, Qt.Key.Key_O, Qt.KeyboardModifier.AltModifier)
    assert signal.args == ["follow_up_action", ""]


def test_empty_database(qtbot, ctx):
    page = make_page(qtbot, ctx)
    assert page.overdue.topLevelItem(0).text(0) == "Niets achterstallig."
    assert page.recent.topLevelItem(0).text(0) == "Nog geen activiteit."
    assert page.plan.words["advice_talks"] == "0 van 8 gehouden (0 %) — doel nog niet bereikt"


def test_the_figures_fit_a_narrow_window(qtbot, ctx):
    """With "· 1 gepland · 1 te bevestigen" beside the figure, the words wrap instead
    of widening the page past a 1024-pixel screen (the window's minimum was ~1190 px)."""
    focus_group(ctx.db, "Gehouden", date(2025, 4, 1))
    focus_group(ctx.db, "Volgende week", date(2025, 7, 7), status="planned")
    focus_group(ctx.db, "Niet bevestigd", date(2025, 6, 1), status="planned")
    page = make_page(qtbot, ctx)
    assert "te\u00a0bevestigen" in page.plan.words["focus_groups"]
    assert page.minimumSizeHint().width() <= 1024 - 230  # the navigation list beside it


def test_recent_activity_marks_a_focus_group_not_confirmed_as_held(qtbot, ctx):
    """Dated before today and still planned: it shows, but says "te bevestigen"."""
    focus_group(ctx.db, "Gehouden", date(2025, 6, 1))
    focus_group(ctx.db, "Niet bevestigd", date(2025, 6, 2), status="planned")
    focus_group(ctx.db, "Vandaag gepland", TODAY, status="planned")
    page = make_page(qtbot, ctx)
    details = {
        page.recent.topLevelItem(i).text(2): page.recent.topLevelItem(i).text(3)
        for i in range(page.recent.topLevelItemCount())
    }
    assert details["Niet bevestigd"].endswith("⚠ te bevestigen")
    assert "bevestigen" not in details["Gehouden"]
    assert "bevestigen" not in details["Vandaag gepland"]


def test_planned_and_to_confirm_in_english(qtbot, ctx):
    from ui.i18n import choose_language, install_translation, remove_translation

    focus_group(ctx.db, "Gehouden", date(2025, 4, 1))
    focus_group(ctx.db, "Volgende week", date(2025, 7, 7), status="planned")
    focus_group(ctx.db, "Niet bevestigd", date(2025, 6, 1), status="planned")
    translators = install_translation(choose_language("en", ctx.settings()))
    try:
        page = make_page(qtbot, ctx)
        words = page.plan.words["focus_groups"].replace(NBSP, " ")
        assert words == "1 of 1 held (100 %) — target reached · 1 planned · 1 to confirm"
    finally:
        remove_translation(translators)


def test_an_activity_of_the_plan_is_recent_activity_and_opens(qtbot, ctx):
    """A held info session and one still planned (te bevestigen) show; Enter opens it."""
    from supportdesk.services.activities import ActivityInput, create_activity, list_activity_kinds

    kind = list_activity_kinds(ctx.db)[0].id
    held = create_activity(
        ctx.db, ActivityInput(kind, date(2025, 6, 3), "Infosessie <EAA>", place="Zaal 1"),
        status="held",
    )  # fmt: skip
    create_activity(ctx.db, ActivityInput(kind, date(2025, 6, 5), "Niet bevestigd"))
    page = make_page(qtbot, ctx)
    rows = {
        page.recent.topLevelItem(i).text(2): [page.recent.topLevelItem(i).text(c) for c in (1, 3)]
        for i in range(page.recent.topLevelItemCount())
    }
    assert rows["Infosessie <EAA>"] == ["Activiteit", "Zaal 1"]
    assert rows["Niet bevestigd"][1].endswith("⚠ te bevestigen")
    page.recent.setFocus()
    page.recent.setCurrentItem(page.recent.topLevelItem(1))
    with qtbot.waitSignal(ctx.open_requested) as signal:
        qtbot.keyClick(page.recent, Qt.Key.Key_Return)
    assert signal.args == ["activity", held.id]
