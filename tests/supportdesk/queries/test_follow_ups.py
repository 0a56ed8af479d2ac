"""The follow-up list: grouping by due date (Monday-first weeks), owner filter, paging,
what each action belongs to, and the overdue count."""

from __future__ import annotations

from datetime import date, timedelta

from supportdesk.queries.follow_ups import (
    NO_OWNER,
    follow_up_groups,
    follow_up_rows,
    overdue_count,
    week_end,
)
from tests.supportdesk.queries._data import action, focus_group, member, talk, trajectory

WED = date(2025, 3, 12)  # a Wednesday


def test_week_ends_on_sunday():
    assert week_end(WED) == date(2025, 3, 16)
    assert week_end(date(2025, 3, 10)) == date(2025, 3, 16)  # Monday
    assert week_end(date(2025, 3, 16)) == date(2025, 3, 16)  # Sunday


def test_groups_by_due_date_and_leaves_done_actions_out(db):
    action(db, "te laat", WED - timedelta(days=1))
    action(db, "vandaag", WED)
    action(db, "zondag", date(2025, 3, 16))
    action(db, "volgende maandag", date(2025, 3, 17))
    action(db, "zonder datum", None)
    action(db, "al gedaan", WED - timedelta(days=3), done=WED - timedelta(days=2))

    box = follow_up_groups(db, today=WED)

    assert [g.key for g in box.groups] == ["overdue", "today", "week", "later"]
    assert [r.description for r in box.group("overdue").rows] == ["te laat"]
    assert [r.description for r in box.group("today").rows] == ["vandaag"]
    assert [r.description for r in box.group("week").rows] == ["zondag"]
    # no due date comes last
    assert [r.description for r in box.group("later").rows] == ["volgende maandag", "zonder datum"]
    assert box.overdue_count == 1
    assert overdue_count(db, today=WED) == 1


def test_sorted_by_due_date_and_paged(db):
    for n in range(7):
        action(db, f"actie {n}", WED - timedelta(days=10 - n))
    first = follow_up_groups(db, today=WED, limit=3).group("overdue")
    assert first.count == 7 and first.has_more
    assert [r.description for r in first.rows] == ["actie 0", "actie 1", "actie 2"]
    rest = follow_up_rows(db, "overdue", 3, today=WED, limit=10)
    assert [r.description for r in rest] == ["actie 3", "actie 4", "actie 5", "actie 6"]


def test_owner_filter(db):
    an = member(db, "An Peeters")
    jo = member(db, "Jo Özdemir")
    action(db, "van An", WED, owner=an)
    action(db, "van Jo", WED, owner=jo)
    action(db, "van niemand", WED)

    mine = follow_up_groups(db, today=WED, owner_id=an).group("today")
    assert [(r.description, r.owner_name, r.owner_id) for r in mine.rows] == [
        ("van An", "An Peeters", an)
    ]
    assert [
        r.description
        for r in follow_up_groups(db, today=WED, owner_id=NO_OWNER).group("today").rows
    ] == ["van niemand"]
    assert follow_up_groups(db, today=WED).group("today").count == 3
    assert follow_up_groups(db, today=WED, owner_id="no-such-member").group("today").count == 0
    assert overdue_count(db, today=WED + timedelta(days=1), owner_id=jo) == 1


def test_each_action_names_what_it_belongs_to(db):
    t = talk(db, "Gent", date(2025, 3, 3))
    tr = trajectory(db, "Digihelpers in Brugge", start_date=date(2025, 1, 6))
    fg = focus_group(db, "Evaluatie Digitale Prikkels", date(2025, 2, 20))
    action(db, "bij gesprek", WED, talk_id=t)
    action(db, "bij traject", WED, trajectory_id=tr)
    action(db, "bij focusgroep", WED, focus_group_id=fg, lg_name=None)
    action(db, "bij bestuur", WED, lg_name="Aalst")

    rows = {r.description: r for r in follow_up_groups(db, today=WED).group("today").rows}
    assert (rows["bij gesprek"].subject.kind, rows["bij gesprek"].subject.id) == ("advice_talk", t)
    assert rows["bij gesprek"].subject.title == "Gent"
    assert rows["bij gesprek"].subject.day == date(2025, 3, 3)
    assert rows["bij traject"].subject.kind == "trajectory"
    assert rows["bij traject"].subject.title == "Digihelpers in Brugge"
    assert rows["bij traject"].local_government_name == "Brugge"
    assert rows["bij focusgroep"].subject.kind == "focus_group"
    assert rows["bij focusgroep"].subject.title == "Evaluatie Digitale Prikkels"
    assert rows["bij bestuur"].subject.kind == "local_government"
    assert rows["bij bestuur"].subject.title == "Aalst"


def test_text_comes_back_as_typed(db):
    typed = "Bel Łukasz & Özdemir <terug> 🙂"
    action(db, typed, WED)
    assert follow_up_groups(db, today=WED).group("today").rows[0].description == typed


def test_no_open_follow_ups(db):
    box = follow_up_groups(db, today=WED)
    assert all(g.count == 0 and g.rows == () and not g.has_more for g in box.groups)


def test_later_pages_run_from_dated_to_undated(db):
    for n, due in enumerate([date(2025, 5, 1), None, date(2025, 4, 1), None, date(2025, 6, 1)]):
        action(db, f"later {n}", due)
    first = follow_up_groups(db, today=WED, limit=2).group("later")
    assert first.count == 5
    assert [r.description for r in first.rows] == ["later 2", "later 0"]
    assert [r.description for r in follow_up_rows(db, "later", 2, today=WED, limit=2)] == [
        "later 4",
        "later 1",
    ]
    assert [r.description for r in follow_up_rows(db, "later", 4, today=WED, limit=2)] == [
        "later 3"
    ]
