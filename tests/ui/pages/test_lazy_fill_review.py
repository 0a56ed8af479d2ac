"""Review (issue 15): parts filled when first used or shown are current after a save
made elsewhere, and reached by keyboard: the government detail's contacts tab, the
Lokale besturen list's open actions, the Focusgroepen government filter."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from supportdesk.services.advice import AdviceTalkInput, create_advice_talk
from supportdesk.services.contacts import ContactInput, create_contact
from supportdesk.services.focus_groups import FocusGroupInput, create_focus_group, invite
from supportdesk.services.follow_ups import FollowUpInput
from tests.supportdesk.services.helpers import government_id
from tests.ui.pages.test_local_governments_page import make_page, open_contacts_tab
from ui.pages.focus_groups import COL_TOPIC, FocusGroupsPage
from ui.pages.local_governments import COL_NAME, COL_OPEN


def _names(panel) -> list[str]:
    return [panel.active.item(i).text() for i in range(panel.active.count())]


def test_contacts_tab_shows_a_contact_saved_elsewhere_open_or_closed(qtbot, ctx):
    aalst = government_id(ctx.db, "Aalst")
    create_contact(ctx.db, ContactInput(aalst, "Peeters", "An"))
    page = make_page(qtbot, ctx)
    page.open_record(aalst)
    detail, panel = page.detail, page.detail.contacts
    tab = detail.tabs.indexOf(panel)
    open_contacts_tab(qtbot, page)
    assert _names(panel) == ["An Peeters"]
    # saved elsewhere (an import, another window) while the tab is open
    create_contact(ctx.db, ContactInput(aalst, "Özdemir", "Łukasz"))
    ctx.notify_changed("contact_person")
    qtbot.waitUntil(lambda: panel.active.count() == 2)
    assert _names(panel) == ["Łukasz Özdemir", "An Peeters"]  # by last name
    assert detail.tabs.tabText(tab) == "&Contactpersonen (2)"
    # the tab closed (the timeline shown), then another contact saved elsewhere
    detail.tabs.setCurrentIndex(detail.tabs.indexOf(detail.timeline))
    create_contact(ctx.db, ContactInput(aalst, "Wójcik", "<Ann & Co>"))
    ctx.notify_changed("contact_person")
    qtbot.waitUntil(lambda: detail.tabs.tabText(tab) == "&Contactpersonen (3)")
    open_contacts_tab(qtbot, page)
    assert _names(panel) == ["Łukasz Özdemir", "An Peeters", "<Ann & Co> Wójcik"]


def test_open_actions_column_follows_a_talk_saved_elsewhere(qtbot, ctx):
    page = make_page(qtbot, ctx)
    page.table.sortByColumn(COL_OPEN, Qt.SortOrder.DescendingOrder)  # figures now kept
    brugge = government_id(ctx.db, "Brugge")
    create_advice_talk(
        ctx.db,
        AdviceTalkInput(
            date(2025, 5, 6),
            brugge,
            "phone",
            "Vraag",
            new_follow_ups=(FollowUpInput("Bel terug"), FollowUpInput("Mail")),
        ),
    )
    ctx.notify_changed("advice_talk")
    qtbot.waitUntil(lambda: page.model.index(0, COL_NAME).data() == "Brugge")
    assert page.model.index(0, COL_OPEN).data() == "2"


def test_focus_group_government_filter_reached_by_tab_and_typed_in(qtbot, ctx):
    gent = government_id(ctx.db, "Gent")
    held = create_focus_group(ctx.db, FocusGroupInput(date(2025, 3, 4), "Łukasz <&> tools"))
    invite(ctx.db, held.id, gent)
    create_focus_group(ctx.db, FocusGroupInput(date(2024, 5, 1), "Digihelpers"))
    page = FocusGroupsPage(ctx)
    qtbot.addWidget(page)
    page.resize(1200, 600)
    page.refresh()
    page.show()
    qtbot.waitExposed(page)
    combo = page.filters.combo("government")
    before = page.filters.combo("organiser")
    before.setFocus()
    qtbot.waitUntil(before.hasFocus)
    qtbot.keyClick(before, Qt.Key.Key_Tab)  # Tab into the government box
    qtbot.waitUntil(combo.hasFocus)
    assert combo.count() == 1 + 285
    qtbot.keyClicks(combo, "Gent")
    assert combo.currentText() == "Gent"
    qtbot.waitUntil(lambda: page.model.total() == 1)
    assert page.model.index(0, COL_TOPIC).data() == "Łukasz <&> tools"
