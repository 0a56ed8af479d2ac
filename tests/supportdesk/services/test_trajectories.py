from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from supportdesk.errors import ConflictError, DomainError, ValidationError
from supportdesk.services.advice import AdviceTalkInput, create_advice_talk
from supportdesk.services.contacts import ContactInput, create_contact
from supportdesk.services.feedback import FeedbackInput, give_feedback
from supportdesk.services.follow_ups import FollowUpInput
from supportdesk.services.trajectories import (
    ContactMomentInput,
    TrajectoryInput,
    add_contact_moment,
    archive_trajectory,
    change_status,
    create_trajectory,
    get_trajectory,
    remove_contact_moment,
    set_feedback_expected,
    start_trajectory_from_advice_talk,
    update_contact_moment,
    update_trajectory,
)
from tests.supportdesk.services.helpers import (
    ANTWERPEN,
    GENT,
    UNICODE_TEXTS,
    dump,
    lg_id,
    member_id,
    theme_ids,
)


def _input(db, **kw) -> TrajectoryInput:
    return replace(TrajectoryInput(lg_id(db, GENT), title="Regie Gent"), **kw)


def test_create_update_and_conflict(db):
    me = member_id(db)
    c = create_contact(db, ContactInput(lg_id(db, GENT), "Özdemir", "Łukasz"))
    t = create_trajectory(
        db,
        _input(
            db,
            needs=UNICODE_TEXTS[1],
            goals=UNICODE_TEXTS[2],
            starting_position="starting",
            coach_ids=(me,),
            contact_ids=(c.id,),
            theme_ids=tuple(theme_ids(db)[:2]),
            new_follow_ups=(FollowUpInput("Intake plannen", due_date=date(2025, 2, 1)),),
        ),
    )
    assert t.status == "request" and t.requested_on == date.today() and t.version == 1
    assert t.needs == UNICODE_TEXTS[1] and t.goals == UNICODE_TEXTS[2]
    assert t.coaches[0].id == me and t.contacts[0].name == "Łukasz Özdemir" and len(t.themes) == 2
    assert t.follow_ups[0].trajectory_id == t.id and t.follow_ups[0].local_government
    assert t.allowed_statuses == ("intake", "stopped") and not t.feedback_missing
    t2 = update_trajectory(
        db, t.id, _input(db, title="Nieuwe titel", requested_on=date(2025, 1, 5)), 1
    )
    assert t2.title == "Nieuwe titel" and t2.version == 2 and t2.coaches == ()
    assert len(t2.follow_ups) == 1  # existing actions stay
    with pytest.raises(ConflictError):
        update_trajectory(db, t.id, _input(db), 1)
    assert archive_trajectory(db, t.id).archived


def test_date_errors(db):
    before = dump(db)
    with pytest.raises(ValidationError) as e:
        create_trajectory(
            db, _input(db, start_date=date(2025, 5, 1), planned_end_date=date(2025, 4, 30))
        )
    assert set(e.value.errors) == {"planned_end_date"}
    assert "vóór de begindatum" in e.value.errors["planned_end_date"]
    with pytest.raises(ValidationError) as e:
        create_trajectory(db, _input(db, requested_on=date(2025, 3, 1), intake_on=date(2025, 2, 1)))
    assert e.value.field == "intake_on"
    with pytest.raises(ValidationError) as e:
        create_trajectory(db, _input(db, local_government_id="", starting_position="x"))
    assert set(e.value.errors) == {"local_government_id", "starting_position"}
    with pytest.raises(ValidationError) as e:
        create_trajectory(db, _input(db), status="paused")
    assert e.value.field == "status"
    assert dump(db) == before


def test_status_moves_record_dates(db):
    t = create_trajectory(db, _input(db, requested_on=date(2025, 1, 10)))
    with pytest.raises(ValidationError) as e:
        change_status(db, t.id, "running", date(2025, 1, 20))
    assert e.value.field == "new_status" and "intake" in e.value.errors["new_status"]
    with pytest.raises(ValidationError) as e:
        change_status(db, t.id, "intake", date(2025, 1, 9))
    assert e.value.field == "on_date"
    t = change_status(db, t.id, "intake", date(2025, 1, 20), t.version)
    assert (t.status, t.intake_on) == ("intake", date(2025, 1, 20))
    with pytest.raises(ConflictError):
        change_status(db, t.id, "running", date(2025, 2, 1), t.version - 1)
    t = change_status(db, t.id, "running", date(2025, 2, 1), t.version)
    assert t.start_date == date(2025, 2, 1)
    t = change_status(db, t.id, "finished", date(2025, 6, 30))
    assert (t.status, t.end_date) == ("finished", date(2025, 6, 30))
    assert t.feedback_missing
    with pytest.raises(ValidationError):
        change_status(db, t.id, "stopped")
    give_feedback(db, FeedbackInput(4, "Goed", date(2025, 7, 1), trajectory_id=t.id))
    t = get_trajectory(db, t.id)
    assert not t.feedback_missing and t.feedback[0].score == 4
    t2 = create_trajectory(db, _input(db), status="running")
    t2 = change_status(db, t2.id, "finished")
    assert t2.feedback_missing
    assert not set_feedback_expected(db, t2.id, False, t2.version).feedback_missing
    t3 = create_trajectory(db, _input(db))
    assert change_status(db, t3.id, "stopped").status == "stopped"


def test_contact_moments(db):
    t = create_trajectory(db, _input(db))
    gent_c = create_contact(db, ContactInput(lg_id(db, GENT), "Peeters"))
    other = create_contact(db, ContactInput(lg_id(db, ANTWERPEN), "Janssens"))
    me = member_id(db)
    m = add_contact_moment(
        db,
        t.id,
        ContactMomentInput(date(2025, 2, 3), "on_site", (gent_c.id,), (me,), "Łukasz 👍 <i>&</i>"),
    )
    assert m.trajectory_id == t.id and m.contacts[0].name == "Peeters" and m.notes.endswith("</i>")
    before = dump(db)
    with pytest.raises(ValidationError) as e:
        add_contact_moment(db, t.id, ContactMomentInput(None, "fax", (other.id,)))  # type: ignore[arg-type]
    assert set(e.value.errors) == {"date", "form", "contact_ids"}
    assert dump(db) == before
    m2 = update_contact_moment(db, m.id, ContactMomentInput(date(2025, 2, 4), "online"), m.version)
    assert m2.form == "online" and m2.contacts == () and m2.version == 2
    with pytest.raises(ConflictError):
        update_contact_moment(db, m.id, ContactMomentInput(date(2025, 2, 4), "phone"), 1)
    assert get_trajectory(db, t.id).contact_moments == (m2,)
    remove_contact_moment(db, m.id)
    assert get_trajectory(db, t.id).contact_moments == ()


def test_start_from_advice_talk(db):
    gent = lg_id(db, GENT)
    c = create_contact(db, ContactInput(gent, "Peeters"))
    me = member_id(db)
    talk = create_advice_talk(
        db,
        AdviceTalkInput(
            date(2025, 3, 1),
            gent,
            "on_site",
            "Kunnen jullie ons begeleiden?\nMeer uitleg.",
            contact_ids=(c.id,),
            team_member_ids=(me,),
            theme_ids=tuple(theme_ids(db)[:1]),
        ),
    )
    t = start_trajectory_from_advice_talk(db, talk.id)
    assert t.local_government.id == gent and t.status == "request"
    assert t.needs == talk.question and t.title == "Kunnen jullie ons begeleiden?"
    assert t.requested_on == date(2025, 3, 1) and t.origin_advice_talk_id == talk.id
    assert [r.id for r in t.contacts] == [c.id] and t.themes == talk.themes
    assert [r.id for r in t.coaches] == [me]
    with pytest.raises(DomainError):
        start_trajectory_from_advice_talk(db, talk.id)
