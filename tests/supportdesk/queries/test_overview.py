"""Recent activity on the Overzicht page: newest first, all kinds merged, nothing from
the future, LIMITed."""

from __future__ import annotations

from datetime import date

from supportdesk.queries.overview import recent_activity
from tests.supportdesk.queries._data import action, focus_group, talk, trajectory

TODAY = date(2025, 6, 30)


def test_recent_activity_merges_kinds_newest_first(db):
    t = talk(db, "Gent", date(2025, 6, 2), question="Hoe starten we met digihelpers?\nDetails")
    tr = trajectory(db, "Regie in Brugge", start_date=date(2025, 6, 10))
    fg = focus_group(db, "Evaluatie beeldbank", date(2025, 6, 20))
    focus_group(db, "Nog gepland", date(2025, 9, 1))
    a = action(db, "Verslag sturen", date(2025, 6, 1), done=date(2025, 6, 25), talk_id=t)
    action(db, "Nog open", date(2025, 6, 1))

    items = recent_activity(db, today=TODAY)

    assert [(i.kind, i.id) for i in items] == [
        ("follow_up_action", a),
        ("focus_group", fg),
        ("trajectory", tr),
        ("advice_talk", t),
    ]
    done = items[0]
    assert (done.status, done.subject_kind, done.subject_id) == ("done", "advice_talk", t)
    assert items[3].title == "Gent" and items[3].detail == "Hoe starten we met digihelpers?"
    assert items[2].day == date(2025, 6, 10) and items[2].status == "running"


def test_recent_activity_is_limited(db):
    for day in range(1, 20):
        talk(db, "Aalst", date(2025, 5, day))
    items = recent_activity(db, today=TODAY, limit=5)
    assert [i.day.day for i in items] == [19, 18, 17, 16, 15]


def test_recent_activity_on_an_empty_database(db):
    assert recent_activity(db, today=TODAY) == []


def test_a_cancelled_focus_group_is_no_activity(db):
    held = focus_group(db, "Gehouden", date(2025, 6, 20))
    focus_group(db, "Afgelast", date(2025, 6, 22), status="cancelled")
    items = recent_activity(db, today=TODAY)
    assert [(i.kind, i.id) for i in items] == [("focus_group", held)]


def test_activities_of_the_plan_are_activity_and_an_action_done_names_its_activity(db):
    from supportdesk.services.activities import (
        ActivityInput,
        change_activity_status,
        create_activity,
        list_activity_kinds,
    )
    from supportdesk.services.follow_ups import (
        FollowUpInput,
        complete_follow_up,
        create_follow_up,
    )

    kind = list_activity_kinds(db)[0].id
    held = create_activity(
        db, ActivityInput(kind, date(2025, 6, 12), "Infosessie <EAA> & Łukasz"), status="held"
    )
    called_off = create_activity(db, ActivityInput(kind, date(2025, 6, 14), "Afgelast"))
    change_activity_status(db, called_off.id, "cancelled")
    create_activity(db, ActivityInput(kind, date(2025, 9, 1), "Nog gepland"))
    fu = create_follow_up(db, FollowUpInput("Opname delen"), activity_id=held.id)
    complete_follow_up(db, fu.id, date(2025, 6, 20))

    items = recent_activity(db, today=TODAY)

    assert [(i.kind, i.id) for i in items] == [("follow_up_action", fu.id), ("activity", held.id)]
    assert (items[0].subject_kind, items[0].subject_id) == ("activity", held.id)
    assert (items[1].title, items[1].status) == ("Infosessie <EAA> & Łukasz", "held")
