"""The navigation bar: an icon per page, the shortcut in the tooltip, and live counts
(my open and overdue actions) that a screen reader hears in words (issue 19.1)."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt

from supportdesk.queries.navigation import navigation_counts
from supportdesk.services.follow_ups import FollowUpInput, create_follow_up
from supportdesk.services.local_governments import complete_local_governments
from supportdesk.services.team import TeamMemberInput, create_team_member
from ui.navigation import BADGE_ROLE, NavigationBar
from ui.pages.registry import PAGES


def _bar(qtbot, ctx):
    bar = NavigationBar(ctx, PAGES)
    qtbot.addWidget(bar)
    bar.show()
    return bar


def test_every_page_has_an_icon_and_its_shortcut_in_the_tooltip(qtbot, ctx):
    bar = _bar(qtbot, ctx)
    for row, entry in enumerate(PAGES):
        item = bar.item(row)
        assert not item.icon().isNull(), entry.key
        if row < 9:
            assert f"Ctrl+{row + 1}" in item.toolTip()
    assert bar.item(0).data(BADGE_ROLE) is None  # nothing to count yet


def test_my_overdue_actions_are_counted_and_said_in_words(qtbot, ctx):
    me = create_team_member(ctx.db, TeamMemberInput("Łukasz Özdemir", "lukasz@example.be"))
    other = create_team_member(ctx.db, TeamMemberInput("Ann", "ann@example.be"))
    ctx.settings().setValue("user/team_member_id", me.id)
    gent = complete_local_governments(ctx.db, "Gent", 1)[0].id
    yesterday = date.today() - timedelta(days=1)
    for owner, due in ((me.id, yesterday), (me.id, None), (other.id, yesterday)):
        create_follow_up(
            ctx.db,
            FollowUpInput("Bel terug <&>", due_date=due, owner_id=owner),
            local_government_id=gent,
        )
    bar = _bar(qtbot, ctx)
    item = bar.item([e.key for e in PAGES].index("follow_up_action"))
    text, _tone = item.data(BADGE_ROLE)
    assert text == "1"  # my overdue ones, not Ann's
    spoken = item.data(Qt.ItemDataRole.AccessibleTextRole)
    assert spoken.startswith("Opvolgacties, 2 open")
    assert "1 te laat" in spoken and "1 te laat" in item.toolTip()
    # a change elsewhere updates the count
    create_follow_up(
        ctx.db,
        FollowUpInput("Nog één", due_date=yesterday, owner_id=me.id),
        local_government_id=gent,
    )
    ctx.notify_changed("follow_up_action")
    qtbot.waitUntil(lambda: item.data(BADGE_ROLE)[0] == "2", timeout=3000)
    assert navigation_counts(ctx.db, me.id).overdue_actions == 2
