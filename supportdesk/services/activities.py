"""Activities (activiteiten): the meetings, sessions and trainings of SD1 and SD2 that the
team organises or supports, with who came, participant hours, feedback and follow-ups.

An activity is gepland (planned), gehouden (held) or geannuleerd (cancelled), like a
focus group: each step keeps its date, only held ones count for the plan
(``supportdesk.indicators``), one that cannot have been held is dated after today, and
a planned one whose date has passed ``needs_attention``.

Participants: a number (``participant_count``), and where known the local governments and
contact persons who came (``attendees``, each with an attendance code); there cannot be
more people present by name than the number given. Participant hours are entered when
people left early, else participants × duration; they are kept in whole minutes, so
23 participants for 2.5 hours are exactly 57.5 participant hours.

Follow-up actions of an activity are made with ``services.follow_ups.create_follow_up(
..., activity_id=...)``; the activity's view lists them.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, time
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from db.models import (
    Activity,
    ActivityKind,
    ActivityParticipant,
    TeamMember,
    Theme,
)
from db.session import Database
from supportdesk.codes import Attendance
from supportdesk.errors import ValidationError
from supportdesk.field_rules import rule
from supportdesk.plan_codes import ACTIVITY_STATUSES, LEADS, TEAM_ROLES, ActivityStatus
from supportdesk.plan_labels import ACTIVITY_STATUSES as STATUS_WORDS
from supportdesk.services._base import (
    Ref,
    Stamped,
    archivers,
    change_record,
    delete_record,
    edit_record,
    find_ref,
    find_refs,
    get_record,
    new_record,
    read_record,
    refs,
    stamps,
    unless_archived,
    write,
)
from supportdesk.services._participants import (
    ParticipantView,
    check_participant,
    checked_attendance,
    participant_views,
)
from supportdesk.services._status_moves import MOVES, first_status, status_changer
from supportdesk.services.follow_ups import FollowUpView, sorted_follow_ups
from supportdesk.validation import Checker, fold

STATUS_NAMES: Mapping[str, str] = STATUS_WORDS
ALLOWED_MOVES: dict[str, tuple[str, ...]] = MOVES
#: the participant rows of the view (the same as a focus group's)
ActivityParticipantView = ParticipantView
MAX_HOURS = Decimal(1_000_000)
_HELD_IN_FUTURE = "Een activiteit die nog moet plaatsvinden, kan niet gehouden zijn."
_MINUTE = Decimal(60)


def minutes_of(value: time | None) -> int | None:
    return None if value is None else value.hour * 60 + value.minute


def time_of(minutes: int | None) -> time | None:
    return None if minutes is None else time(minutes // 60, minutes % 60)


def hours_of(minutes: int | None) -> Decimal | None:
    """Minutes as hours with at most two decimals (150 -> 2.5)."""
    if minutes is None:
        return None
    return (Decimal(minutes) / _MINUTE).quantize(Decimal("0.01"), ROUND_HALF_UP).normalize()


def participant_minutes(
    entered: int | None, participants: int | None, duration: int | None
) -> int | None:
    """The participant time that counts: entered, else participants × duration."""
    if entered is not None:
        return entered
    if participants is None or duration is None:
        return None
    return participants * duration


@dataclass(frozen=True)
class ActivityInput:
    kind_id: str
    date: date
    topic: str
    start_time: time | None = None
    end_time: time | None = None
    duration_minutes: int | None = None
    online: bool = False
    place: str = ""
    description: str = ""
    lead: str = "vvsg"
    lead_partner: str = ""
    team_role: str = "organiser"
    recording_url: str = ""
    participant_count: int | None = None
    participant_hours: Decimal | float | int | None = None  # entered: people left early
    feedback_score: Decimal | float | int | None = None
    feedback_responses: int | None = None
    feedback_text: str = ""
    notes: str = ""
    member_ids: tuple[str, ...] = ()
    theme_ids: tuple[str, ...] = ()


@dataclass(frozen=True)
class ActivityView(Stamped):
    id: str
    version: int
    kind: Ref
    kind_code: str
    status: str
    planned_on: date | None
    cancelled_on: date | None
    date: date
    start_time: time | None
    end_time: time | None
    duration_minutes: int | None
    online: bool
    place: str
    topic: str
    description: str
    lead: str
    lead_partner: str
    team_role: str
    recording_url: str
    participant_count: int | None
    participant_hours_entered: Decimal | None
    participant_hours: Decimal | None
    feedback_score: Decimal | None
    feedback_responses: int | None
    feedback_text: str
    notes: str
    archived: bool
    members: tuple[Ref, ...]
    themes: tuple[Ref, ...]
    attendees: tuple[ParticipantView, ...]
    follow_ups: tuple[FollowUpView, ...]

    @property
    def needs_attention(self) -> bool:
        """Dated before today and still "gepland": was it held, or cancelled?"""
        return self.status == ActivityStatus.PLANNED and self.date < date.today()

    @property
    def allowed_statuses(self) -> tuple[str, ...]:
        return ALLOWED_MOVES.get(self.status, ())

    @property
    def named_present(self) -> int:
        """Attendees marked present (at most ``participant_count``)."""
        return sum(1 for a in self.attendees if a.attendance == Attendance.PRESENT)


def _view(session: Session, a: Activity) -> ActivityView:
    return ActivityView(
        id=a.public_id,
        version=a.version,
        kind=Ref(a.kind.public_id, a.kind.name),
        kind_code=a.kind.code,
        status=a.status,
        planned_on=a.planned_on,
        cancelled_on=a.cancelled_on,
        date=a.date,
        start_time=time_of(a.start_minute),
        end_time=time_of(a.end_minute),
        duration_minutes=a.duration_minutes,
        online=a.online,
        place=a.place,
        topic=a.topic,
        description=a.description,
        lead=a.lead,
        lead_partner=a.lead_partner,
        team_role=a.team_role,
        recording_url=a.recording_url,
        participant_count=a.participant_count,
        participant_hours_entered=hours_of(a.participant_minutes),
        participant_hours=hours_of(
            participant_minutes(a.participant_minutes, a.participant_count, a.duration_minutes)
        ),
        feedback_score=None
        if a.feedback_score_tenths is None
        else Decimal(a.feedback_score_tenths) / 10,
        feedback_responses=a.feedback_responses,
        feedback_text=a.feedback_text,
        notes=a.notes,
        archived=a.archived,
        members=refs(a.members),
        themes=refs(a.themes),
        attendees=participant_views(a.participants),
        follow_ups=sorted_follow_ups(list(a.follow_ups)),
        **stamps(a),
    )


def _decimal(chk: Checker, field: str, value: object, label: str) -> Decimal | None:
    """A number typed as int, float or Decimal (None allowed)."""
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float | Decimal):
        chk.fail(field, f"{label} moet een getal zijn.")
        return None
    try:
        number = Decimal(str(value)) if isinstance(value, float) else Decimal(value)
    except InvalidOperation:
        chk.fail(field, f"{label} moet een getal zijn.")
        return None
    if not number.is_finite():
        chk.fail(field, f"{label} moet een getal zijn.")
        return None
    return number


def _time(chk: Checker, field: str, value: object, label: str) -> time | None:
    if value is None:
        return None
    if not isinstance(value, time):
        chk.fail(field, f"{label} is geen geldig uur.")
        return None
    return value


def _present(a: Activity) -> int:
    return sum(1 for p in a.participants if p.attendance == Attendance.PRESENT)


def _too_many_named(named: int, count: int | None) -> str | None:
    if count is not None and named > count:
        return (
            f"Er zijn {named} deelnemers bij naam aanwezig; het aantal deelnemers kan niet "
            f"kleiner zijn ({count})."
        )
    return None


def _apply(session: Session, a: Activity, data: ActivityInput) -> None:
    """Check the whole form (every problem at once) and fill ``a``."""
    chk = Checker()
    if not isinstance(data, ActivityInput):
        raise ValidationError.single("kind_id", "Ongeldige activiteit.")
    kind = find_ref(chk, session, ActivityKind, data.kind_id, "kind_id", label="soort activiteit")
    when = chk.date("date", data.date)
    topic = rule("activity", "topic").apply(chk, data.topic)
    start = _time(chk, "start_time", data.start_time, "Het beginuur")
    end = _time(chk, "end_time", data.end_time, "Het einduur")
    duration = rule("activity", "duration_minutes").apply(chk, data.duration_minutes)
    if start is not None and end is not None:
        if end <= start:
            chk.fail(
                "end_time",
                "Het einde ligt vóór (of op) het begin. Loopt de activiteit over middernacht, "
                "laat begin en einde dan leeg en vul de duur in.",
            )
        else:
            duration = minutes_of(end) - minutes_of(start)  # type: ignore[operator]
    online = chk.flag("online", data.online)
    place = rule("activity", "place").apply(chk, data.place)
    description = rule("activity", "description").apply(chk, data.description)
    lead = chk.choice("lead", data.lead, LEADS, "trekker")
    lead_partner = rule("activity", "lead_partner").apply(chk, data.lead_partner)
    role = chk.choice("team_role", data.team_role, TEAM_ROLES, "rol van het team")
    recording = rule("activity", "recording_url").apply(chk, data.recording_url)
    count = rule("activity", "participant_count").apply(chk, data.participant_count)
    hours = _decimal(chk, "participant_hours", data.participant_hours, "Het aantal deelnemersuren")
    if hours is not None and hours < 0:
        chk.fail("participant_hours", "Het aantal deelnemersuren kan niet negatief zijn.")
    elif hours is not None and hours > MAX_HOURS:
        chk.fail("participant_hours", "Het aantal deelnemersuren is te groot.")
    score = _decimal(chk, "feedback_score", data.feedback_score, "De score")
    if score is not None and not Decimal(1) <= score <= Decimal(5):
        chk.fail("feedback_score", "De score ligt tussen 1 en 5.")
    responses = rule("activity", "feedback_responses").apply(chk, data.feedback_responses)
    both = not chk.errors.keys() & {"feedback_responses", "participant_count"}
    if both and responses is not None and count is not None and responses > count:
        chk.fail("feedback_responses", "Er zijn meer antwoorden dan deelnemers.")
    feedback_text = rule("activity", "feedback_text").apply(chk, data.feedback_text)
    notes = rule("activity", "notes").apply(chk, data.notes)
    members = find_refs(chk, session, TeamMember, data.member_ids, "member_ids")
    themes = find_refs(chk, session, Theme, data.theme_ids, "theme_ids")
    problem = _too_many_named(_present(a), count) if a.participants else None
    if problem and "participant_count" not in chk.errors:
        chk.fail("participant_count", problem)
    if when is not None and a.status == ActivityStatus.HELD and when > date.today():
        chk.fail("date", _HELD_IN_FUTURE)
    chk.raise_if_any()
    assert kind is not None and when is not None
    a.kind, a.date, a.topic = kind, when, topic
    a.start_minute, a.end_minute = minutes_of(start), minutes_of(end)
    a.duration_minutes = duration
    a.online, a.place, a.description = online, place, description
    a.lead, a.lead_partner, a.team_role, a.recording_url = lead, lead_partner, role, recording
    a.participant_count = count
    a.participant_minutes = None if hours is None else int((hours * _MINUTE).to_integral_value())
    a.feedback_score_tenths = None if score is None else int((score * 10).to_integral_value())
    a.feedback_responses, a.feedback_text, a.notes = responses, feedback_text, notes
    a.members, a.themes = members, themes


def create_activity(db: Database, data: ActivityInput, *, status: str = "planned") -> ActivityView:
    """Plan an activity (``planned_on`` today); ``status="held"`` enters one that already
    took place (its date not after today)."""
    a = Activity(archived=False, **first_status(status), participants=[], follow_ups=[])
    return new_record(db, a, _apply, data, _view)


def update_activity(
    db: Database, public_id: str, data: ActivityInput, expected_version: int | None
) -> ActivityView:
    return edit_record(db, Activity, public_id, expected_version, _apply, data, _view)


#: gepland -> gehouden or geannuleerd; geannuleerd -> gepland (rescheduled), with the
#: step's date as for focus groups (held: on ``on_date`` or its date, not after today)
change_activity_status = status_changer(
    Activity, _view, statuses=ACTIVITY_STATUSES, names=STATUS_NAMES, noun="Een activiteit",
    held_in_future=_HELD_IN_FUTURE,
)  # fmt: skip


archive_activity, unarchive_activity = archivers(Activity, _view)


def delete_activity(db: Database, public_id: str, expected_version: int | None = None) -> None:
    """Remove an activity entered by mistake, with its attendees and follow-up actions."""
    delete_record(db, Activity, public_id, expected_version)


def get_activity(db: Database, public_id: str) -> ActivityView:
    return read_record(db, Activity, public_id, _view)


def add_attendee(
    db: Database,
    activity_id: str,
    local_government_id: str,
    contact_person_id: str | None = None,
    attendance: str = "present",
) -> ActivityView:
    """A local government, or one of its contact persons, at the activity."""
    with write(db) as session, session.no_autoflush:
        a = get_record(session, Activity, activity_id)
        chk = Checker()
        new = check_participant(
            chk, session, a.participants, attendance, local_government_id, contact_person_id,
            already="staat al bij de deelnemers.",
        )  # fmt: skip
        if new.attendance == Attendance.PRESENT and not chk.errors:
            problem = _too_many_named(_present(a) + 1, a.participant_count)
            if problem:
                chk.fail("participant_count", problem)
        chk.raise_if_any()
        a.participants.append(
            ActivityParticipant(
                local_government=new.government,
                contact_person=new.contact,
                attendance=new.attendance,
            )
        )
        session.flush()
        return _view(session, a)


def set_attendee_attendance(
    db: Database, participant_id: str, attendance: str, expected_version: int | None = None
) -> ActivityView:
    """Invited, present, absent or excused."""
    code = checked_attendance(attendance)

    def change(_session: Session, p: ActivityParticipant) -> None:
        a = p.activity
        if code == Attendance.PRESENT and p.attendance != Attendance.PRESENT:
            problem = _too_many_named(_present(a) + 1, a.participant_count)
            if problem:
                raise ValidationError.single("participant_count", problem)
        p.attendance = code

    return change_record(
        db,
        ActivityParticipant,
        participant_id,
        expected_version,
        change,
        lambda session, p: _view(session, p.activity),
    )


def remove_attendee(
    db: Database, participant_id: str, expected_version: int | None = None
) -> ActivityView:
    """Take a government or person off the list (their row goes; the change log keeps it)."""
    activity: list[str] = []

    def before(_session: Session, p: ActivityParticipant) -> None:
        activity.append(p.activity.public_id)
        p.activity.participants.remove(p)  # delete-orphan: the row goes

    delete_record(db, ActivityParticipant, participant_id, expected_version, before)
    return get_activity(db, activity[0])


# -- kinds --------------------------------------------------------------------------------


@dataclass(frozen=True)
class ActivityKindInput:
    name: str
    plan_code: str = ""
    description: str = ""
    default_lead: str = "vvsg"


@dataclass(frozen=True)
class ActivityKindView:
    id: str
    version: int
    code: str
    name: str
    plan_code: str
    description: str
    default_lead: str
    position: int
    archived: bool


def _kind_view(_session: Session, k: ActivityKind) -> ActivityKindView:
    return ActivityKindView(
        k.public_id,
        k.version,
        k.code,
        k.name,
        k.plan_code,
        k.description,
        k.default_lead,
        k.position,
        k.archived,
    )


def _apply_kind(session: Session, k: ActivityKind, data: ActivityKindInput) -> None:
    chk = Checker()
    name = rule("activity_kind", "name").apply(chk, data.name)
    plan_code = rule("activity_kind", "plan_code").apply(chk, data.plan_code)
    description = rule("activity_kind", "description").apply(chk, data.description)
    lead = chk.choice("default_lead", data.default_lead, LEADS, "trekker")
    if name and "name" not in chk.errors:
        for other_id, other in session.execute(select(ActivityKind.id, ActivityKind.name)):
            if other_id != k.id and fold(other) == fold(name):
                chk.fail("name", f"Er is al een soort activiteit “{other}”.")
    chk.raise_if_any()
    k.name, k.plan_code, k.description, k.default_lead = name, plan_code, description, lead


def list_activity_kinds(db: Database, include_archived: bool = False) -> list[ActivityKindView]:
    """The kinds in the team's order (the plan's order for the seeded ones)."""
    with db.read() as session:
        q = select(ActivityKind).order_by(ActivityKind.position, ActivityKind.id)
        q = unless_archived(q, ActivityKind, include_archived)
        return [_kind_view(session, k) for k in session.scalars(q)]


def create_activity_kind(db: Database, data: ActivityKindInput) -> ActivityKindView:
    """A new kind, at the end of the list; its code is made from a new id."""
    with write(db) as session, session.no_autoflush:
        k = ActivityKind(archived=False)
        _apply_kind(session, k, data)
        k.position = int(session.scalar(select(func.max(ActivityKind.position))) or 0) + 1
        k.code = f"kind_{k.position}_{fold(k.name)[:20]}".replace(" ", "_")
        session.add(k)
        session.flush()
        return _kind_view(session, k)


def update_activity_kind(
    db: Database, public_id: str, data: ActivityKindInput, expected_version: int | None
) -> ActivityKindView:
    return edit_record(db, ActivityKind, public_id, expected_version, _apply_kind, data, _kind_view)


archive_activity_kind, unarchive_activity_kind = archivers(ActivityKind, _kind_view)
