"""The Lokale besturen page, used as a person would: filter, pick, look, edit contacts."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from supportdesk.services.advice import AdviceTalkInput, create_advice_talk
from supportdesk.services.contacts import ContactInput, create_contact
from supportdesk.services.follow_ups import FollowUpInput
from supportdesk.services.local_governments import get_local_government
from tests.supportdesk.services.helpers import government_id
from tests.ui.keyboard import type_text
from tests.ui.windows import show_page
from ui.pages.local_governments import COL_LAST, COL_NAME, COL_OPEN, LocalGovernmentsPage


def make_page(qtbot, ctx):
    return show_page(qtbot, LocalGovernmentsPage(ctx), 1200, 800, active=False)


def type_filter(qtbot, page, text):
    page.filters.search.setFocus()
    with qtbot.waitSignal(page.filters.changed, timeout=2000):
        qtbot.keyClicks(page.filters.search, text)


def test_list_filters_and_shows_the_detail(qtbot, ctx):
    gent = government_id(ctx.db, "Antwerpen")
    create_advice_talk(
        ctx.db,
        AdviceTalkInput(
            date=date(2025, 3, 4),
            local_government_id=gent,
            channel="phone",
            question="Hoe starten we met digihelpers?",
            new_follow_ups=(FollowUpInput("Bel terug", due_date=date(2025, 3, 10)),),
        ),
    )
    page = make_page(qtbot, ctx)
    # every row counts (a screen reader hears 285), only the first page is read
    assert page.model.rowCount() == 285 == page.model.total() and page.model.fetched() == 200
    type_filter(qtbot, page, "borsbeek")  # a former municipality finds Antwerpen
    assert page.model.rowCount() == 1
    assert page.model.index(0, COL_NAME).data() == "Antwerpen"
    assert page.model.index(0, COL_OPEN).data() == "1"
    assert page.model.index(0, COL_LAST).data() == "04/03/2025"
    assert "1" in page.filters.count_label.text()
    qtbot.keyClick(page.filters.search, Qt.Key.Key_Return)
    assert page.detail.current_id() == gent
    assert page.detail.title.text() == "Antwerpen"
    view = page.detail.timeline
    kinds = [view.entry(row).kind for row in range(view.model.rowCount())]
    assert kinds == ["follow_up_action", "advice_talk"]
    assert "adviesgesprek" in view.model.index(1).data()  # what a screen reader says


def test_province_filter_and_sort(qtbot, ctx):
    page = make_page(qtbot, ctx)
    page.filters.set_value("province", "Limburg")
    assert page.model.total() == 38
    assert {page.model.row_at(r).province for r in range(page.model.rowCount())} == {"Limburg"}
    page.table.sortByColumn(COL_NAME, Qt.SortOrder.DescendingOrder)
    names = [page.model.row_at(r).name for r in range(page.model.rowCount())]
    assert names == sorted(names, key=str.lower, reverse=True)
    page.filters.reset()
    assert page.model.total() == 285


def test_starting_position_saved_and_shown(qtbot, ctx):
    gent = government_id(ctx.db, "Gent")
    page = make_page(qtbot, ctx)
    page.open_record(gent)
    combo = page.detail.position
    combo.setFocus()
    index = combo.findText("groeiend")
    combo.setCurrentIndex(index)
    combo.activated.emit(index)
    assert get_local_government(ctx.db, gent).starting_position == "growing"
    page.filters.set_value("starting_position", "growing")
    assert [page.model.row_at(r).name for r in range(page.model.rowCount())] == ["Gent"]


def test_contacts_add_edit_make_inactive(qtbot, ctx):
    aalst = government_id(ctx.db, "Aalst")
    create_contact(ctx.db, ContactInput(aalst, "Peeters", "An", role="schepen"))
    page = make_page(qtbot, ctx)
    page.open_record(aalst)
    panel = page.detail.contacts
    open_contacts_tab(qtbot, page)
    assert panel.active.count() == 1
    editor = panel.add_contact()
    qtbot.waitUntil(editor.isActiveWindow)
    type_text(qtbot, editor.first_name, "Łukasz")
    type_text(qtbot, editor.last_name, "Özdemir <&>")
    qtbot.keyClicks(editor.email, "lukasz@aalst")  # no dot in the domain
    qtbot.keyClick(editor, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert editor.fields["email"].error.isVisible()
    assert "geldig e-mailadres" in editor.fields["email"].error.text()
    assert editor.first_name.text() == "Łukasz"  # nothing typed is lost
    editor.email.clear()
    qtbot.keyClicks(editor.email, "lukasz@aalst.be")
    qtbot.keyClick(editor, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert panel.active.count() == 2
    texts = [panel.active.item(i).text() for i in range(2)]
    assert any(t.startswith("Łukasz Özdemir <&>") for t in texts)
    panel.active.setCurrentRow(next(i for i, t in enumerate(texts) if t.startswith("Łukasz")))
    qtbot.mouseClick(panel.deactivate_button, Qt.MouseButton.LeftButton)
    assert panel.active.count() == 1 and panel.inactive.count() == 1
    assert "inactief sinds" in panel.inactive.item(0).text()
    panel.inactive.setCurrentRow(0)
    qtbot.mouseClick(panel.activate_button, Qt.MouseButton.LeftButton)
    assert panel.active.count() == 2 and not panel.inactive.isVisible()


def open_contacts_tab(qtbot, page):
    """Click the Contactpersonen tab of the detail, as a person would."""
    tabs = page.detail.tabs
    bar = tabs.tabBar()
    index = tabs.indexOf(page.detail.contacts)
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())
    assert tabs.currentWidget() is page.detail.contacts


def test_contacts_are_counted_at_once_and_listed_when_their_tab_opens(qtbot, ctx):
    """The busiest government has hundreds of contacts: the closed tab says how many,
    its lists are filled when it is opened, and again for the next government chosen."""
    aalst, gent = government_id(ctx.db, "Aalst"), government_id(ctx.db, "Gent")
    for last in ("Peeters", "Janssens", "Özdemir"):
        create_contact(ctx.db, ContactInput(aalst, last, "An"))
    create_contact(ctx.db, ContactInput(gent, "Wójcik", "Łukasz"))
    page = make_page(qtbot, ctx)
    page.open_record(aalst)
    detail, panel = page.detail, page.detail.contacts
    tab = detail.tabs.indexOf(panel)
    assert detail.tabs.tabText(tab) == "&Contactpersonen (3)"
    assert panel.active.count() == 0  # not read while nobody looks at it
    open_contacts_tab(qtbot, page)
    texts = [panel.active.item(i).text() for i in range(panel.active.count())]
    assert texts == ["An Janssens", "An Özdemir", "An Peeters"]
    page.open_record(gent)  # the tab is open: filled at once
    assert [panel.active.item(i).text() for i in range(panel.active.count())] == ["Łukasz Wójcik"]
    assert detail.tabs.tabText(tab) == "&Contactpersonen (1)"


def test_partnership_shows_members_and_members_show_it(qtbot, ctx):
    from supportdesk.services.local_governments import (
        LocalGovernmentInput,
        create_local_government,
        set_partnership_members,
    )

    aalst, gent = government_id(ctx.db, "Aalst"), government_id(ctx.db, "Gent")
    p = create_local_government(
        ctx.db, LocalGovernmentInput("Welzijnsregio Zuid", kind="partnership", member_ids=(aalst,))
    )
    set_partnership_members(ctx.db, p.id, [aalst, gent], p.version)
    page = make_page(qtbot, ctx)
    page.open_record(p.id)
    links = page.detail.links
    assert [links.item(i).text() for i in range(links.count())] == ["Aalst", "Gent"]
    assert "samenwerkingsverband" in page.detail.links_box.title().lower()
    opened = []
    ctx.open_requested.connect(lambda kind, pid: opened.append((kind, pid)))
    links.setCurrentRow(1)
    links.itemActivated.emit(links.item(1))
    assert opened == [("local_government", gent)]
    page.open_record(gent)
    assert [links.item(i).text() for i in range(links.count())] == ["Welzijnsregio Zuid"]


def test_new_talk_from_the_detail_has_the_government_filled_in(qtbot, ctx):
    from supportdesk.queries.advice_talks import list_advice_talks
    from ui.editors.advice_talk import AdviceTalkEditor

    gent = government_id(ctx.db, "Gent")
    page = make_page(qtbot, ctx)
    page.open_record(gent)
    qtbot.mouseClick(page.detail.new_talk_button, Qt.MouseButton.LeftButton)
    [editor] = page.findChildren(AdviceTalkEditor)
    qtbot.waitUntil(editor.isActiveWindow)
    assert editor.government.value() == gent and not editor.is_dirty()
    assert editor.question.hasFocus()  # Gent has no contacts yet: straight to the question
    qtbot.keyClicks(editor.question, "Vraag over digihelpers")
    qtbot.keyClick(editor.question, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert not editor.isVisible()
    [row] = list_advice_talks(ctx.db)
    assert row.local_government == "Gent"
    assert page.detail.timeline.entry(0).kind == "advice_talk"


def test_history_button_shows_the_governments_change_log(qtbot, ctx, monkeypatch):
    gent = government_id(ctx.db, "Gent")
    page = make_page(qtbot, ctx)
    page.open_record(gent)
    combo = page.detail.position
    index = combo.findText("ervaren")
    combo.setCurrentIndex(index)
    combo.activated.emit(index)
    shown = []
    monkeypatch.setattr(
        "ui.safety.change_log.ChangeLogDialog.exec",
        lambda dialog: shown.append(dialog.view.entry_count()) or 0,
    )
    qtbot.mouseClick(page.detail.history_button, Qt.MouseButton.LeftButton)
    assert shown and shown[0] >= 1  # the starting-position change is in the log
