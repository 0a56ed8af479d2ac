from datetime import date

from supportdesk.queries.timeline import timeline


def test_timeline_newest_first_every_kind(db, history):
    entries = timeline(db, history["gent"], today=date(2025, 6, 1))
    kinds = [(e.kind, e.date) for e in entries]
    assert kinds == [
        ("focus_group", date(2025, 4, 1)),
        ("follow_up_action", date(2025, 3, 10)),
        ("follow_up_action", date(2025, 3, 5)),
        ("advice_talk", date(2025, 3, 4)),
        ("trajectory", date(2025, 2, 1)),
        ("advice_talk", date(2024, 11, 5)),
    ]
    states = {e.title: e.state for e in entries}
    assert states["Bel terug"] == "overdue" and states["Mail info"] == "done"
    assert states["Tools evalueren"] == "present"
    assert states["Hoe starten we met digihelpers? <&>"] == "phone"


def test_timeline_of_unknown_or_quiet_government(db, history):
    assert timeline(db, "no-such-id") == []
    assert [e.kind for e in timeline(db, history["aalst"])] == ["advice_talk"]
