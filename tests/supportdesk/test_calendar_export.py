"""Open follow-up actions and planned focus groups as .ics, parsed back with icalendar:
one all-day event each with a stable UID; a second export updates, never duplicates."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from icalendar import Calendar
from sqlalchemy import select

from db.models import FocusGroup, TeamMember
from supportdesk.calendar_export import build_calendar, find_member, uid, write_calendar
from supportdesk.errors import DomainError
from supportdesk.safety.output_files import OutputRefused, check_output
from supportdesk.services.follow_ups import complete_follow_up, reschedule_follow_up
from tests.supportdesk.queries import _data

TODAY = date(2025, 3, 12)


@pytest.fixture
def agenda(db):
    ann = _data.member(db, "Ann Özdemir")
    bob = _data.member(db, "Bob")
    talk = _data.talk(db, "Gent", date(2025, 3, 3))
    ids = {
        "ann": ann,
        "bob": bob,
        "late": _data.action(
            db, "Bel terug <&> 😀\nmet details", date(2025, 3, 1), owner=ann, talk_id=talk
        ),
        "bob_action": _data.action(
            db, "Mail Brugge", date(2025, 4, 2), owner=bob, lg_name="Brugge"
        ),
        "undated": _data.action(db, "Ooit", None, owner=ann),
        "done": _data.action(db, "Gedaan", date(2025, 3, 1), owner=ann, done=date(2025, 3, 2)),
    }
    with db.write() as s:
        member = s.scalar(select(TeamMember).where(TeamMember.public_id == ann))
        planned = FocusGroup(topic="Tools & noden", date=TODAY + timedelta(days=10), place="Gent")
        planned.organisers = [member]
        held = FocusGroup(topic="Voorbij", date=TODAY - timedelta(days=3), status="held")
        s.add_all([planned, held])
        s.flush()
        ids["planned"] = planned.public_id
    return ids


def _events(data: bytes) -> dict[str, object]:
    cal = Calendar.from_ical(data)
    return {str(e["UID"]): e for e in cal.walk("VEVENT")}


def test_open_actions_and_planned_focus_groups_as_all_day_events(db, agenda):
    export = build_calendar(db, today=TODAY)
    assert (export.actions, export.focus_groups, export.undated) == (2, 1, 1)
    events = _events(export.data)
    assert set(events) == {uid(agenda["late"]), uid(agenda["bob_action"]), uid(agenda["planned"])}
    late = events[uid(agenda["late"])]
    assert late.decoded("DTSTART") == date(2025, 3, 1)
    assert late.decoded("DTEND") == date(2025, 3, 2)
    assert str(late["SUMMARY"]) == "Opvolgactie: Bel terug <&> 😀"
    description = str(late["DESCRIPTION"])
    assert "Bel terug <&> 😀\nmet details" in description
    assert "Hoort bij: Adviesgesprek Gent, 03/03/2025" in description
    assert "Lokaal bestuur: Gent" in description and "Eigenaar: Ann Özdemir" in description
    assert int(late["SEQUENCE"]) == 1 and "LAST-MODIFIED" in late and "DTSTAMP" in late
    group = events[uid(agenda["planned"])]
    assert str(group["SUMMARY"]) == "Focusgroep: Tools & noden"
    assert str(group["LOCATION"]) == "Gent"
    assert group.decoded("DTSTART") == TODAY + timedelta(days=10)


def test_a_second_export_updates_rather_than_duplicates(db, agenda):
    first = build_calendar(db, today=TODAY)
    assert build_calendar(db, today=TODAY).data == first.data  # nothing changed: same bytes
    reschedule_follow_up(db, agenda["late"], date(2025, 3, 20), 1)
    complete_follow_up(db, agenda["bob_action"], TODAY, 1)
    events = _events(build_calendar(db, today=TODAY).data)
    moved = events[uid(agenda["late"])]  # the same UID, a higher SEQUENCE
    assert int(moved["SEQUENCE"]) == 2 and moved.decoded("DTSTART") == date(2025, 3, 20)
    assert uid(agenda["bob_action"]) not in events  # done: absent
    assert uid(agenda["done"]) not in events


def test_mine(db, agenda):
    member_id, name = find_member(db, "ann özdemir")
    assert (member_id, name) == (agenda["ann"], "Ann Özdemir")
    events = _events(build_calendar(db, member_id=member_id, today=TODAY).data)
    assert set(events) == {uid(agenda["late"]), uid(agenda["planned"])}
    bob = _events(build_calendar(db, member_id=agenda["bob"], today=TODAY).data)
    assert set(bob) == {uid(agenda["bob_action"])}
    with pytest.raises(DomainError, match="geen medewerker"):
        find_member(db, "Niemand")


def test_written_whole_and_only_to_an_ics_name(db, agenda, tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    export = build_calendar(db, today=TODAY)
    path = write_calendar(export, check_output(out / "acties.ics"))
    assert path.read_bytes() == export.data
    with pytest.raises(OutputRefused, match="bestaat al"):
        write_calendar(export, check_output(out / "acties.ics"))
    with pytest.raises(DomainError, match=r"\.ics"):
        write_calendar(export, check_output(out / "acties.txt"))
    with pytest.raises(OutputRefused, match="bestaat niet"):
        write_calendar(export, check_output(out / "nergens" / "a.ics"))
    assert [p.name for p in out.iterdir()] == ["acties.ics"]
