"""Merging two records of one person who share links: both invited to one focus group,
both on one talk. One link stays, the better attendance wins, no integrity error, and
``supportdesk check`` finds nothing afterwards."""

from __future__ import annotations

from datetime import date

import pytest

from db.migrate import schema_state
from supportdesk.integrity import check_database
from supportdesk.safety.audit import record_history
from supportdesk.services.advice import AdviceTalkInput, create_advice_talk, get_advice_talk
from supportdesk.services.contacts import ContactInput, create_contact, merge_contacts
from supportdesk.services.focus_groups import (
    FocusGroupInput,
    create_focus_group,
    get_focus_group,
    invite,
)
from tests.supportdesk.services.helpers import ANTWERPEN, lg_id


@pytest.mark.parametrize(
    ("keep_attendance", "other_attendance", "kept"),
    [
        ("invited", "excused", "excused"),
        ("excused", "present", "present"),
        ("present", "absent", "present"),
        ("absent", "excused", "excused"),
        ("invited", "invited", "invited"),
    ],
)
def test_both_invited_to_one_focus_group_and_on_one_talk(
    db, keep_attendance, other_attendance, kept
):
    ant = lg_id(db, ANTWERPEN)
    keep = create_contact(db, ContactInput(ant, "Peeters", "Ann", email="ann@antwerpen.be"))
    other = create_contact(db, ContactInput(ant, "Peeters", "An", email="ANN@antwerpen.be"))
    group = create_focus_group(db, FocusGroupInput(date(2025, 4, 1), "Tools"))
    invite(db, group.id, ant, keep.id, keep_attendance)
    invite(db, group.id, ant, other.id, other_attendance)
    talk = create_advice_talk(
        db,
        AdviceTalkInput(date(2025, 3, 2), ant, "phone", "V", contact_ids=(keep.id, other.id)),
    )

    merge_contacts(db, keep.id, other.id)

    parts = [p for p in get_focus_group(db, group.id).participants if p.contact_person]
    assert [(p.contact_person.id, p.attendance) for p in parts] == [(keep.id, kept)]
    assert [c.id for c in get_advice_talk(db, talk.id).contacts] == [keep.id]
    assert record_history(db, other.id)[-1].action == "delete"
    report = check_database(db.engine, schema_state(db.engine))
    assert report.problems == []
