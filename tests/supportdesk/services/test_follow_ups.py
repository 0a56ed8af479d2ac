from __future__ import annotations

from datetime import date

import pytest

from supportdesk.errors import ConflictError, NotFoundError, ValidationError
from supportdesk.services.advice import AdviceTalkInput, create_advice_talk
from supportdesk.services.follow_ups import (
    FollowUpInput,
    complete_follow_up,
    create_follow_up,
    delete_follow_up,
    get_follow_up,
    reopen_follow_up,
    reschedule_follow_up,
    update_follow_up,
)
from tests.supportdesk.services.helpers import GENT, dump, lg_id, member_id


def test_on_a_government_complete_reopen_reschedule(db):
    gent = lg_id(db, GENT)
    me = member_id(db)
    f = create_follow_up(
        db,
        FollowUpInput("Bel Łukasz <b>&amp;</b> 👋", due_date=date(2025, 4, 1), owner_id=me),
        local_government_id=gent,
    )
    assert f.subject_kind == "local_government" and f.subject.name == "Gent"
    assert f.description == "Bel Łukasz <b>&amp;</b> 👋" and f.owner and f.owner.id == me
    assert f.is_overdue(date(2025, 4, 2)) and not f.is_overdue(date(2025, 4, 1))
    done = complete_follow_up(db, f.id, date(2025, 4, 3), f.version)
    assert done.is_done and done.done_date == date(2025, 4, 3) and done.version == 2
    with pytest.raises(ConflictError):
        complete_follow_up(db, f.id, None, f.version)
    today = complete_follow_up(db, f.id)
    assert today.done_date == date.today()
    open_again = reopen_follow_up(db, f.id, today.version)
    assert open_again.done_date is None
    moved = reschedule_follow_up(db, f.id, date(2025, 5, 1))
    assert moved.due_date == date(2025, 5, 1)
    assert reschedule_follow_up(db, f.id, None).due_date is None
    edited = update_follow_up(db, f.id, FollowUpInput("Anders", notes="n"), moved.version + 1)
    assert edited.description == "Anders" and edited.owner is None
    done = update_follow_up(
        db, f.id, FollowUpInput("Anders", done_date=date(2025, 6, 1)), edited.version
    )
    assert done.done_date == date(2025, 6, 1)
    delete_follow_up(db, f.id)
    with pytest.raises(NotFoundError):
        get_follow_up(db, f.id)


def test_on_a_talk_takes_its_government(db):
    talk = create_advice_talk(
        db, AdviceTalkInput(date(2025, 1, 2), lg_id(db, GENT), "online", "Vraag")
    )
    f = create_follow_up(db, FollowUpInput("Doen"), advice_talk_id=talk.id)
    assert f.advice_talk_id == talk.id and f.local_government and f.local_government.name == "Gent"


def test_subject_and_field_errors(db):
    gent = lg_id(db, GENT)
    before = dump(db)
    with pytest.raises(ValidationError) as e:
        create_follow_up(db, FollowUpInput("x"))
    assert e.value.field == "subject"
    with pytest.raises(ValidationError) as e:
        create_follow_up(db, FollowUpInput("x"), local_government_id=gent, focus_group_id="y")
    assert e.value.field == "subject"
    with pytest.raises(ValidationError) as e:
        create_follow_up(db, FollowUpInput("x"), advice_talk_id="onbekend")
    assert e.value.field == "advice_talk_id"
    with pytest.raises(ValidationError) as e:
        create_follow_up(
            db,
            FollowUpInput("", due_date="morgen", owner_id="z"),  # type: ignore[arg-type]
            local_government_id=gent,
        )
    assert set(e.value.errors) == {"description", "due_date", "owner_id"}
    with pytest.raises(ValidationError):
        reschedule_follow_up(db, "whatever", "2025-01-01")  # type: ignore[arg-type]
    assert dump(db) == before
