"""Activities: a held info session with named participants of three governments, its
participant hours, status moves like focus groups, and bad input refused per field with
nothing saved."""

from __future__ import annotations

from datetime import date, time, timedelta
from decimal import Decimal

import pytest

from supportdesk.errors import ConflictError, ValidationError
from supportdesk.services.activities import (
    ActivityInput,
    ActivityKindInput,
    add_attendee,
    archive_activity,
    change_activity_status,
    create_activity,
    create_activity_kind,
    get_activity,
    list_activity_kinds,
    remove_attendee,
    set_attendee_attendance,
    update_activity,
    update_activity_kind,
)
from supportdesk.services.contacts import ContactInput, create_contact
from supportdesk.services.follow_ups import FollowUpInput, create_follow_up
from tests.supportdesk.services.helpers import (
    ANTWERPEN,
    GENT,
    LEUVEN,
    UNICODE_TEXTS,
    dump,
    lg_id,
    member_id,
    theme_ids,
)

HELD_DAY = date(2025, 3, 13)


def kind_id(db, code: str = "info_session") -> str:  # type: ignore[no-untyped-def]
    return next(k.id for k in list_activity_kinds(db) if k.code == code)


def info_session(db, **changes):  # type: ignore[no-untyped-def]
    values = dict(
        kind_id=kind_id(db),
        date=HELD_DAY,
        topic="De European Accessibility Act",
        start_time=time(13, 30),
        end_time=time(16, 0),
        online=True,
        place="Teams",
        participant_count=23,
    )
    values.update(changes)
    return ActivityInput(**values)


def test_the_plan_kinds_are_seeded_in_the_plans_order(db):
    kinds = list_activity_kinds(db)
    assert [k.code for k in kinds] == [
        "network_general",
        "network_specific",
        "info_session",
        "inspiration",
        "talk_on_request",
        "multi_day_training",
        "integrated_training",
        "thematic_training",
    ]
    assert {k.plan_code for k in kinds} == {"OD 1.1", "OD 1.2", "OD 1.3", "OD 2.1", "OD 2.2"}


def test_a_held_info_session_of_23_for_two_and_a_half_hours(db):
    me = member_id(db)
    a = create_activity(
        db, info_session(db, member_ids=(me,), theme_ids=tuple(theme_ids(db)[:1])), status="held"
    )
    assert a.status == "held" and a.duration_minutes == 150
    assert a.participant_hours == Decimal("57.5")
    assert a.start_time == time(13, 30) and a.end_time == time(16, 0)
    govs = [lg_id(db, n) for n in (GENT, ANTWERPEN, LEUVEN)]
    c = create_contact(db, ContactInput(govs[0], "Özdemir", "Łukasz"))
    add_attendee(db, a.id, govs[0], c.id)
    add_attendee(db, a.id, govs[1])
    v = add_attendee(db, a.id, govs[2])
    assert v.named_present == 3
    assert {p.local_government.id for p in v.attendees} == set(govs)
    # people left early: the hours are entered, not computed
    v = update_activity(db, a.id, info_session(db, participant_hours=50.25), v.version)
    assert v.participant_hours == Decimal("50.25") and v.participant_hours_entered == Decimal(
        "50.25"
    )
    # feedback summary
    v = update_activity(
        db,
        a.id,
        info_session(db, feedback_score=Decimal("4.3"), feedback_responses=12, feedback_text="Top"),
        v.version,
    )
    assert v.feedback_score == Decimal("4.3") and v.feedback_responses == 12
    fu = create_follow_up(db, FollowUpInput("Opname delen"), activity_id=a.id)
    assert fu.subject_kind == "activity" and fu.activity_id == a.id
    assert [f.description for f in get_activity(db, a.id).follow_ups] == ["Opname delen"]


def test_duration_without_times_and_text_as_typed(db):
    for text in UNICODE_TEXTS:
        a = create_activity(
            db,
            ActivityInput(
                kind_id(db, "multi_day_training"),
                HELD_DAY,
                text,
                duration_minutes=900,
                participant_count=12,
                place=text,
            ),
        )
        assert a.topic == text and a.place == text
        assert a.participant_hours == Decimal(180) and a.start_time is None


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"start_time": time(16, 0), "end_time": time(13, 30)}, "end_time"),
        ({"participant_count": -1}, "participant_count"),
        ({"participant_hours": -0.5}, "participant_hours"),
        ({"participant_hours": float("nan")}, "participant_hours"),
        ({"duration_minutes": -5, "start_time": None, "end_time": None}, "duration_minutes"),
        ({"feedback_score": 6}, "feedback_score"),
        ({"feedback_responses": 30}, "feedback_responses"),
        ({"kind_id": "nope"}, "kind_id"),
        ({"topic": "  "}, "topic"),
        ({"lead": "x"}, "lead"),
        ({"team_role": "boss"}, "team_role"),
        ({"member_ids": ("nope",)}, "member_ids"),
    ],
)
def test_bad_input_is_refused_per_field_and_nothing_is_saved(db, changes, field):
    before = dump(db)
    with pytest.raises(ValidationError) as info:
        create_activity(db, info_session(db, **changes))
    assert field in info.value.errors
    assert info.value.errors[field].endswith(".")
    assert dump(db) == before


def test_more_named_participants_than_the_number_given(db):
    a = create_activity(db, info_session(db, participant_count=2), status="held")
    govs = [lg_id(db, n) for n in (GENT, ANTWERPEN, LEUVEN)]
    add_attendee(db, a.id, govs[0])
    v = add_attendee(db, a.id, govs[1])
    before = dump(db)
    with pytest.raises(ValidationError) as info:
        add_attendee(db, a.id, govs[2])
    assert "participant_count" in info.value.errors
    # lowering the number below the people present by name is refused too
    with pytest.raises(ValidationError) as info:
        update_activity(db, a.id, info_session(db, participant_count=1), v.version)
    assert "2 deelnemers bij naam" in info.value.errors["participant_count"]
    assert dump(db) == before
    # one invited (not present) does not count; making them present does
    v = add_attendee(db, a.id, govs[2], attendance="invited")
    invited = next(p for p in v.attendees if p.attendance == "invited")
    with pytest.raises(ValidationError):
        set_attendee_attendance(db, invited.id, "present")
    v = remove_attendee(db, invited.id)
    assert len(v.attendees) == 2


def test_status_moves_like_a_focus_group(db):
    later = date.today() + timedelta(days=20)
    a = create_activity(db, info_session(db, date=later))
    assert a.status == "planned" and a.planned_on == date.today()
    with pytest.raises(ValidationError) as info:
        change_activity_status(db, a.id, "held")
    assert "on_date" in info.value.errors
    with pytest.raises(ValidationError):
        create_activity(db, info_session(db, date=later), status="held")
    v = change_activity_status(db, a.id, "cancelled", expected_version=a.version)
    assert v.status == "cancelled" and v.cancelled_on == date.today()
    v = change_activity_status(db, a.id, "planned")
    assert v.status == "planned" and v.cancelled_on is None
    past = create_activity(db, info_session(db, date=date.today() - timedelta(days=3)))
    assert past.needs_attention
    v = change_activity_status(db, past.id, "held")
    assert v.status == "held" and not v.needs_attention
    with pytest.raises(ValidationError):
        change_activity_status(db, past.id, "cancelled")


def test_a_stale_version_is_refused_and_archive_keeps_it(db):
    a = create_activity(db, info_session(db))
    update_activity(db, a.id, info_session(db, topic="Nieuw"), a.version)
    with pytest.raises(ConflictError):
        update_activity(db, a.id, info_session(db, topic="Oud"), a.version)
    v = archive_activity(db, a.id)
    assert v.archived and get_activity(db, a.id).topic == "Nieuw"


def test_kinds_are_editable(db):
    k = create_activity_kind(db, ActivityKindInput("Webinar Łódź", "OD 1.2"))
    assert k.name == "Webinar Łódź" and k.position == 9
    with pytest.raises(ValidationError) as info:
        create_activity_kind(db, ActivityKindInput("infosessie"))
    assert "name" in info.value.errors
    k = update_activity_kind(db, k.id, ActivityKindInput("Webinar"), k.version)
    assert k.name == "Webinar" and k.code.startswith("kind_9")


def test_every_save_is_in_the_change_log(db):
    from supportdesk.safety.audit import record_history

    a = create_activity(db, info_session(db))
    a = update_activity(db, a.id, info_session(db, topic="Łukasz <&>"), a.version)
    change_activity_status(db, a.id, "held")
    archive_activity(db, a.id)
    history = record_history(db, a.id)
    assert [e.table_name for e in history] == ["activity"] * 4
    assert len({e.action for e in history}) >= 3  # created, changed, archived
    assert any("Łukasz <&>" in str(c) for e in history for c in e.changes)
