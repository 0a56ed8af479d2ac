"""Focus groups (focusgroepen): a meeting with several local governments to evaluate the
team's tools and map the need for new ones. Who was invited and came, what was said per
tool, the needs for new tools, follow-up actions and feedback.

Participants and findings have their own versions; inviting someone or noting a
finding does not change the focus group's version, so the form and the lists can be
saved independently. Those functions return the whole focus group, for the screen.

A focus group is gepland (planned), gehouden (held) or geannuleerd (cancelled); each step
keeps its date: ``planned_on`` (put in the agenda), ``date`` (held on) and
``cancelled_on``. Only held ones count for the plan (``supportdesk.indicators``); one
that cannot be held on a date after today. A planned one whose date has passed
``needs_attention``: someone should say whether it was held. Cancelling is not
archiving: a cancelled focus group stays in the list, marked as cancelled, and a
cancelled one can be planned again.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import (
    FocusGroup,
    FocusGroupParticipant,
    TeamMember,
    Tool,
    ToolFinding,
)
from db.session import Database
from supportdesk.codes import FOCUS_GROUP_STATUSES, Attendance, FocusGroupStatus
from supportdesk.errors import ValidationError
from supportdesk.field_rules import rule
from supportdesk.indicators import focus_group_needs_attention
from supportdesk.labels import FOCUS_GROUP_STATUSES as FOCUS_GROUP_STATUS_WORDS
from supportdesk.services._base import (
    Ref,
    Stamped,
    archivers,
    check_version,
    edit_record,
    find_ref,
    find_refs,
    get_record,
    new_record,
    read_record,
    ref,
    refs,
    set_fields,
    stamps,
    write,
)
from supportdesk.services._feedback_views import FeedbackView, feedback_views
from supportdesk.services._participants import (
    ParticipantView,
    check_participant,
    checked_attendance,
    participant_views,
)
from supportdesk.services._status_moves import MOVES, first_status, status_changer
from supportdesk.services.follow_ups import FollowUpView, sorted_follow_ups
from supportdesk.validation import Checker, fold

_S = FocusGroupStatus
STATUS_NAMES: Mapping[str, str] = FOCUS_GROUP_STATUS_WORDS
#: planned -> held / cancelled; a cancelled one may be planned again (rescheduled)
ALLOWED_MOVES: dict[str, tuple[str, ...]] = MOVES


@dataclass(frozen=True)
class Invitation:
    """A local government, or one of its contact persons, to invite (``attendance`` a
    code of ``ATTENDANCE``)."""

    local_government_id: str
    contact_person_id: str | None = None
    attendance: str = Attendance.INVITED


@dataclass(frozen=True)
class FocusGroupInput:
    date: date
    topic: str
    place: str = ""
    online: bool = False
    new_tool_needs: str = ""
    notes: str = ""
    organiser_ids: tuple[str, ...] = ()
    # Participants to add in the same save (errors named "invitations.<n>.<field>"):
    # the editor lets a new focus group's invitations be typed before its first save.
    invitations: tuple[Invitation, ...] = ()


@dataclass(frozen=True)
class ToolFindingView:
    id: str
    version: int
    tool: Ref
    findings: str


@dataclass(frozen=True)
class FocusGroupView(Stamped):
    id: str
    version: int
    status: str  # (these three before ``date``, which shadows the type's name below)
    planned_on: date | None
    cancelled_on: date | None
    date: date
    topic: str
    place: str
    online: bool
    new_tool_needs: str
    notes: str
    archived: bool
    organisers: tuple[Ref, ...]
    participants: tuple[ParticipantView, ...]
    findings: tuple[ToolFindingView, ...]
    follow_ups: tuple[FollowUpView, ...]
    feedback: tuple[FeedbackView, ...]

    @property
    def needs_attention(self) -> bool:
        """Dated today or earlier and still "gepland": was it held, or cancelled?"""
        return focus_group_needs_attention(self.status, self.date)

    @property
    def allowed_statuses(self) -> tuple[str, ...]:
        """The statuses ``change_focus_group_status`` accepts from here."""
        return ALLOWED_MOVES.get(self.status, ())


def _view(session: Session, fg: FocusGroup) -> FocusGroupView:
    findings = sorted(fg.findings, key=lambda f: fold(f.tool.name))
    return FocusGroupView(
        id=fg.public_id,
        version=fg.version,
        date=fg.date,
        topic=fg.topic,
        place=fg.place,
        online=fg.online,
        new_tool_needs=fg.new_tool_needs,
        notes=fg.notes,
        archived=fg.archived,
        status=fg.status,
        planned_on=fg.planned_on,
        cancelled_on=fg.cancelled_on,
        organisers=refs(fg.organisers),
        participants=participant_views(fg.participants),
        findings=tuple(
            ToolFindingView(f.public_id, f.version, ref(f.tool), f.findings) for f in findings
        ),
        follow_ups=sorted_follow_ups(list(fg.follow_ups)),
        feedback=feedback_views(session, focus_group_id=fg.id),
        **stamps(fg),
    )


def _apply(session: Session, fg: FocusGroup, data: FocusGroupInput) -> None:
    chk = Checker()
    when = chk.date("date", data.date)
    topic = rule("focus_group", "topic").apply(chk, data.topic)
    place = rule("focus_group", "place").apply(chk, data.place)
    online = chk.flag("online", data.online)
    needs = rule("focus_group", "new_tool_needs").apply(chk, data.new_tool_needs)
    notes = rule("focus_group", "notes").apply(chk, data.notes)
    organisers = find_refs(chk, session, TeamMember, data.organiser_ids, "organiser_ids")
    if when is not None and fg.status == _S.HELD and when > date.today():
        chk.fail("date", _HELD_IN_FUTURE)
    chk.raise_if_any()
    assert when is not None
    fg.date, fg.topic, fg.place, fg.online = when, topic, place, online
    fg.new_tool_needs, fg.notes, fg.organisers = needs, notes, organisers
    for n, invitation in enumerate(data.invitations):
        _invite_in(session, fg, invitation, f"invitations.{n}.")


_HELD_IN_FUTURE = "Een focusgroep die nog moet plaatsvinden, kan niet gehouden zijn."


def create_focus_group(
    db: Database, data: FocusGroupInput, *, status: str = _S.PLANNED
) -> FocusGroupView:
    """Plan a focus group (``planned_on`` today); ``status="held"`` enters one that
    already took place (its date not after today)."""
    fg = FocusGroup(
        archived=False,
        **first_status(status),
        participants=[],
        findings=[],
        follow_ups=[],
        feedback=[],
    )
    return new_record(db, fg, _apply, data, _view)


def update_focus_group(
    db: Database, public_id: str, data: FocusGroupInput, expected_version: int | None
) -> FocusGroupView:
    return edit_record(db, FocusGroup, public_id, expected_version, _apply, data, _view)


#: gepland -> gehouden or geannuleerd; geannuleerd -> gepland (rescheduled).
#: Held: on its date, which must not be after today (``on_date`` moves it when it was
#: held on another day). Cancelled: ``cancelled_on`` is ``on_date`` or today; the focus
#: group stays in the lists (cancelling is not archiving). Planned again: ``planned_on``
#: becomes ``on_date`` or today, ``cancelled_on`` is cleared (the change log keeps it).
change_focus_group_status = status_changer(
    FocusGroup, _view, statuses=FOCUS_GROUP_STATUSES, names=STATUS_NAMES,
    noun="Een focusgroep", held_in_future=_HELD_IN_FUTURE,
)  # fmt: skip


archive_focus_group, unarchive_focus_group = archivers(FocusGroup, _view)


def invite(
    db: Database,
    focus_group_id: str,
    local_government_id: str,
    contact_person_id: str | None = None,
    attendance: str = Attendance.INVITED,
) -> FocusGroupView:
    """Invite a local government, or one of its contact persons, to the focus group."""
    with write(db) as session, session.no_autoflush:
        fg = get_record(session, FocusGroup, focus_group_id)
        _invite_in(session, fg, Invitation(local_government_id, contact_person_id, attendance))
        session.flush()
        return _view(session, fg)


def _invite_in(session: Session, fg: FocusGroup, invitation: Invitation, prefix: str = "") -> None:
    """Add ``invitation`` to ``fg`` (checked; errors named ``prefix`` + field)."""
    chk = Checker()
    new = check_participant(
        chk,
        session,
        fg.participants,
        invitation.attendance,
        invitation.local_government_id,
        invitation.contact_person_id,
        already="is al uitgenodigd.",
        prefix=prefix,
    )
    chk.raise_if_any()
    fg.participants.append(
        FocusGroupParticipant(
            local_government=new.government, contact_person=new.contact, attendance=new.attendance
        )
    )


def set_attendance(
    db: Database, participant_id: str, attendance: str, expected_version: int | None = None
) -> FocusGroupView:
    """Invited, present, absent or excused."""
    code = checked_attendance(attendance)
    return set_fields(
        db,
        FocusGroupParticipant,
        participant_id,
        {"attendance": code},
        expected_version,
        lambda session, p: _view(session, p.focus_group),
    )


def remove_participant(
    db: Database, participant_id: str, expected_version: int | None = None
) -> FocusGroupView:
    with write(db) as session:
        p = get_record(session, FocusGroupParticipant, participant_id)
        check_version(p, expected_version)
        fg = p.focus_group
        fg.participants.remove(p)  # delete-orphan: the row goes
        session.flush()
        return _view(session, fg)


def set_tool_finding(
    db: Database, focus_group_id: str, tool_id: str, findings: str
) -> FocusGroupView:
    """What the focus group found about one tool (adds it, or replaces the text)."""
    with write(db) as session, session.no_autoflush:
        fg = get_record(session, FocusGroup, focus_group_id)
        chk = Checker()
        text = rule("tool_finding", "findings").apply(chk, findings)
        tool = find_ref(chk, session, Tool, tool_id, "tool_id")
        chk.raise_if_any()
        assert tool is not None
        existing = next((f for f in fg.findings if f.tool_id == tool.id), None)
        if existing is None:
            fg.findings.append(ToolFinding(tool=tool, findings=text))
        elif existing.findings != text:
            existing.findings = text
        session.flush()
        return _view(session, fg)


def remove_tool_finding(db: Database, focus_group_id: str, tool_id: str) -> FocusGroupView:
    with write(db) as session:
        fg = get_record(session, FocusGroup, focus_group_id)
        tool = session.scalar(select(Tool).where(Tool.public_id == tool_id))
        existing = next((f for f in fg.findings if tool and f.tool_id == tool.id), None)
        if existing is None:
            raise ValidationError.single("tool_id", "Deze tool werd niet besproken.")
        fg.findings.remove(existing)
        session.flush()
        return _view(session, fg)


def get_focus_group(db: Database, public_id: str) -> FocusGroupView:
    return read_record(db, FocusGroup, public_id, _view)
