from datetime import date

from supportdesk.queries.timeline import timeline, timeline_page
from supportdesk.services.trajectories import TrajectoryInput, create_trajectory


def test_timeline_newest_first_every_kind(db, history):
    entries = timeline(db, history["gent"], today=date(2025, 6, 1))
    kinds = [(e.kind, e.date) for e in entries]
    assert kinds == [
        ("contact_moment", date(2025, 5, 6)),
        ("focus_group", date(2025, 4, 1)),
        ("follow_up_action", date(2025, 3, 10)),
        ("follow_up_action", date(2025, 3, 5)),
        ("advice_talk", date(2025, 3, 4)),
        ("trajectory", date(2025, 2, 1)),
        ("advice_talk", date(2024, 11, 5)),
    ]
    states = {e.title: e.state for e in entries if e.kind != "contact_moment"}
    assert states["Bel terug"] == "overdue" and states["Mail info"] == "done"
    assert states["Tools evalueren"] == "present"
    assert states["Hoe starten we met digihelpers? <&>"] == "phone"
    assert states["Traject Gent"] == "running"
    # what Enter opens: a contact moment opens its trajectory
    moment = entries[0]
    assert (moment.opens, moment.open_id) == ("trajectory", history["traj"])
    assert moment.title == "Traject Gent" and moment.state == "online"


def test_people_and_text_come_with_each_entry(db, history):
    entries = {e.title: e for e in timeline(db, history["gent"], today=date(2025, 6, 1))}
    talk = entries["Hoe starten we met digihelpers? <&>"]
    assert talk.people == ("Ann Özdemir",) and talk.text == "Zo."
    assert entries["Bel terug"].people == ("Ann Özdemir",)
    assert entries["Toegankelijke website"].people == ("Bob",)


def test_timeline_of_unknown_or_quiet_government(db, history):
    assert timeline(db, "no-such-id") == []
    assert [e.kind for e in timeline(db, history["aalst"])] == ["advice_talk"]


def test_pages_kinds_and_period(db, history):
    today = date(2025, 6, 1)
    whole = timeline(db, history["gent"], today=today)
    first = timeline_page(db, history["gent"], limit=3, today=today)
    second = timeline_page(db, history["gent"], offset=3, limit=3, today=today)
    third = timeline_page(db, history["gent"], offset=6, limit=3, today=today)
    assert first.total == second.total == len(whole) == 7
    assert first.entries + second.entries + third.entries == whole
    talks = timeline_page(db, history["gent"], kinds=["advice_talk"], today=today)
    assert [e.date for e in talks.entries] == [date(2025, 3, 4), date(2024, 11, 5)]
    spring = timeline_page(
        db, history["gent"], since=date(2025, 3, 1), until=date(2025, 4, 30), today=today
    )
    assert [e.date for e in spring.entries] == [
        date(2025, 4, 1),
        date(2025, 3, 10),
        date(2025, 3, 5),
        date(2025, 3, 4),
    ]
    assert spring.total == 4
    assert timeline_page(db, history["gent"], kinds=[], today=today).total == 0


def test_each_step_of_a_trajectory_is_an_entry_but_a_planned_start_is_not(db, history):
    view = create_trajectory(
        db,
        TrajectoryInput(
            local_government_id=history["gent"],
            title="Nog niet gestart",
            requested_on=date(2025, 5, 1),
            start_date=date(2025, 9, 1),  # planned: it is still a request
        ),
    )
    steps = [
        (e.date, e.state)
        for e in timeline(db, history["gent"], today=date(2025, 6, 1))
        if e.id == view.id
    ]
    assert steps == [(date(2025, 5, 1), "request")]


def test_activities_its_people_came_to_and_its_good_practices_are_entries(db, history):
    from sqlalchemy import select

    from db.models import LocalGovernment, Publication
    from supportdesk.services.activities import (
        ActivityInput,
        add_attendee,
        create_activity,
        list_activity_kinds,
    )

    kind = list_activity_kinds(db)[0]
    session_ = create_activity(
        db,
        ActivityInput(kind_id=kind.id, date=date(2025, 4, 20), topic="Infosessie <&> 😀"),
        status="held",
    )
    add_attendee(db, session_.id, history["gent"], attendance="present")
    add_attendee(db, session_.id, history["aalst"], attendance="present")
    with db.write() as s:
        gent = s.scalar(select(LocalGovernment).where(LocalGovernment.public_id == history["gent"]))
        s.add(
            Publication(
                kind="good_practice",
                published_on=date(2025, 5, 1),
                title="Digibank in Gent",
                local_government=gent,
            )
        )
    entries = timeline(db, history["gent"], today=date(2025, 6, 1))
    found = {(e.kind, e.title): e for e in entries}
    activity = found[("activity", "Infosessie <&> 😀")]
    assert (activity.state, activity.status, activity.opens) == ("present", "held", "activity")
    practice = found[("publication", "Digibank in Gent")]
    assert practice.state == "good_practice" and practice.date == date(2025, 5, 1)
    # Aalst came to the session too; the good practice is about Gent only
    aalst = {(e.kind, e.title) for e in timeline(db, history["aalst"])}
    assert ("activity", "Infosessie <&> 😀") in aalst and (
        "publication",
        "Digibank in Gent",
    ) not in aalst
