"""The Focusgroepen page opens without reading every government for its filter box:
the box is filled when it is first used, and then filters as before."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from supportdesk.services.focus_groups import FocusGroupInput, create_focus_group, invite
from supportdesk.services.local_governments import complete_local_governments
from tests.ui.windows import show_page
from ui.pages.focus_groups import COL_TOPIC, FocusGroupsPage


def make_page(qtbot, ctx):
    return show_page(qtbot, FocusGroupsPage(ctx), 1200, 600, active=False)


def test_government_box_is_filled_when_first_used_and_then_filters(qtbot, ctx):
    gent = complete_local_governments(ctx.db, "Gent", 1)[0].id
    held = create_focus_group(ctx.db, FocusGroupInput(date(2025, 3, 4), "Łukasz <&> tools"))
    invite(ctx.db, held.id, gent)
    create_focus_group(ctx.db, FocusGroupInput(date(2024, 5, 1), "Digihelpers"))
    page = make_page(qtbot, ctx)
    combo = page.filters.combo("government")
    assert [combo.itemText(i) for i in range(combo.count())] == ["alle besturen"]
    assert page.model.total() == 2
    qtbot.keyClick(combo, Qt.Key.Key_Down)  # the first key reaching the box fills it
    assert combo.count() == 1 + 285 and combo.currentText() == "Aalst"
    assert page.model.total() == 0  # Aalst was invited to none
    qtbot.keyClicks(combo, "Gent")  # the box's own search by letters
    assert combo.currentText() == "Gent"
    assert page.model.total() == 1
    assert page.model.index(0, COL_TOPIC).data() == "Łukasz <&> tools"
    page.refresh()  # after a save: still filled, the choice kept
    assert combo.count() == 1 + 285 and combo.currentText() == "Gent"
    assert page.model.total() == 1
