from __future__ import annotations

from datetime import date

import pytest

from supportdesk.errors import ConflictError, ValidationError
from supportdesk.services.contacts import ContactInput, create_contact
from supportdesk.services.focus_groups import (
    FocusGroupInput,
    archive_focus_group,
    create_focus_group,
    get_focus_group,
    invite,
    remove_participant,
    remove_tool_finding,
    set_attendance,
    set_tool_finding,
    update_focus_group,
)
from supportdesk.services.follow_ups import FollowUpInput, create_follow_up
from tests.supportdesk.services.helpers import ANTWERPEN, GENT, dump, lg_id, member_id, tool_ids


def test_focus_group_flow(db):
    me = member_id(db)
    fg = create_focus_group(
        db,
        FocusGroupInput(date(2025, 5, 20), "Evaluatie tools", place="Brussel", organiser_ids=(me,)),
    )
    assert fg.topic == "Evaluatie tools" and fg.organisers[0].id == me and fg.version == 1
    gent, antw = lg_id(db, GENT), lg_id(db, ANTWERPEN)
    c = create_contact(db, ContactInput(gent, "Özdemir", "Łukasz"))
    invite(db, fg.id, gent)
    v = invite(db, fg.id, gent, c.id)
    v = invite(db, fg.id, antw, attendance="excused")
    assert [
        (p.local_government.name, p.contact_person and p.contact_person.name)
        for p in v.participants
    ] == [
        ("Antwerpen", None),
        ("Gent", None),
        ("Gent", "Łukasz Özdemir"),
    ]
    with pytest.raises(ValidationError) as e:
        invite(db, fg.id, gent)
    assert (
        e.value.field == "local_government_id" and "al uitgenodigd" in e.value.errors[e.value.field]
    )
    with pytest.raises(ValidationError) as e:
        invite(db, fg.id, gent, c.id)
    assert e.value.field == "contact_person_id"
    with pytest.raises(ValidationError) as e:
        invite(db, fg.id, antw, c.id)
    assert "geen contactpersoon van Antwerpen" in e.value.errors["contact_person_id"]
    with pytest.raises(ValidationError) as e:
        invite(db, fg.id, "onbekend")
    assert e.value.field == "local_government_id"
    p = v.participants[2]
    v = set_attendance(db, p.id, "present", p.version)
    assert v.participants[2].attendance == "present"
    with pytest.raises(ConflictError):
        set_attendance(db, p.id, "absent", p.version)
    with pytest.raises(ValidationError) as e:
        set_attendance(db, p.id, "maybe")
    assert e.value.field == "attendance"
    v = remove_participant(db, v.participants[0].id)
    assert len(v.participants) == 2

    tools = tool_ids(db)
    v = set_tool_finding(db, fg.id, tools[0], "Handig <b>&amp;</b> 👍")
    v = set_tool_finding(db, fg.id, tools[1], "Te lang")
    v = set_tool_finding(db, fg.id, tools[0], "Handig, maar verouderd")
    assert {f.tool.id: f.findings for f in v.findings} == {
        tools[0]: "Handig, maar verouderd",
        tools[1]: "Te lang",
    }
    v = remove_tool_finding(db, fg.id, tools[1])
    assert len(v.findings) == 1
    with pytest.raises(ValidationError):
        remove_tool_finding(db, fg.id, tools[1])
    with pytest.raises(ValidationError):
        set_tool_finding(db, fg.id, "onbekend", "x")
    create_follow_up(db, FollowUpInput("Verslag sturen"), focus_group_id=fg.id)
    got = get_focus_group(db, fg.id)
    assert got.follow_ups[0].subject.name == "Evaluatie tools" and got.version == 1
    u = update_focus_group(
        db, fg.id, FocusGroupInput(date(2025, 5, 21), "Evaluatie", online=True), got.version
    )
    assert u.online and u.organisers == () and len(u.participants) == 2
    with pytest.raises(ConflictError):
        update_focus_group(db, fg.id, FocusGroupInput(date(2025, 5, 21), "X"), got.version)
    assert archive_focus_group(db, fg.id).archived


def test_focus_group_validation(db):
    before = dump(db)
    with pytest.raises(ValidationError) as e:
        create_focus_group(
            db,
            FocusGroupInput(None, " ", online="ja", organiser_ids=("x",)),  # type: ignore[arg-type]
        )
    assert set(e.value.errors) == {"date", "topic", "online", "organiser_ids"}
    assert "verplicht" in e.value.errors["topic"]
    assert dump(db) == before
