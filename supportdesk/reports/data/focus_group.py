"""What a focus-group report shows: participants and attendance, findings per tool,
needs for new tools, feedback and follow-up actions."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from datetime import date as _date  # a field below is named "date"

from sqlalchemy import and_, select

from db.models import (
    ContactPerson,
    Feedback,
    FocusGroup,
    FocusGroupParticipant,
    FollowUpAction,
    LocalGovernment,
    Tool,
    ToolFinding,
    focus_group_member,
)
from db.session import Database
from supportdesk.codes import Attendance, FocusGroupStatus
from supportdesk.queries.sorting import name_order
from supportdesk.reports.data.common import (
    FeedbackRow,
    FollowUpRow,
    by_public_id,
    feedback_by,
    follow_ups_by,
    member_names_by,
    person_name,
)


@dataclass(frozen=True)
class ParticipantRow:
    local_government: str
    contact: str  # empty when the government as such was invited
    role: str
    attendance: str


@dataclass(frozen=True)
class FindingRow:
    tool: str
    kind: str
    findings: str


@dataclass(frozen=True)
class FocusGroupData:
    public_id: str
    date: date
    topic: str
    place: str
    online: bool
    new_tool_needs: str
    notes: str
    organisers: list[str] = field(default_factory=list)
    participants: list[ParticipantRow] = field(default_factory=list)
    findings: list[FindingRow] = field(default_factory=list)
    follow_ups: list[FollowUpRow] = field(default_factory=list)
    feedback: list[FeedbackRow] = field(default_factory=list)
    #: planned / held / cancelled, and the day it was cancelled
    status: str = FocusGroupStatus.HELD
    cancelled_on: _date | None = None

    @property
    def government_count(self) -> int:
        return len({p.local_government for p in self.participants})

    def participating_governments(self) -> list[str]:
        """Governments with someone present (or present as such), in list order."""
        out: list[str] = []
        for p in self.participants:
            if p.attendance == Attendance.PRESENT and p.local_government not in out:
                out.append(p.local_government)
        return out

    def attendance_counts(self) -> dict[str, int]:
        counts: dict[str, int] = {}
        for p in self.participants:
            counts[p.attendance] = counts.get(p.attendance, 0) + 1
        return counts


def focus_group_report_data(db: Database, focus_group_id: str) -> FocusGroupData:
    """One focus group by public id (NotFoundError when there is none)."""
    with db.read() as session:
        g = by_public_id(session, FocusGroup, focus_group_id, "Onbekende focusgroep")
        ids = select(FocusGroup.id).where(FocusGroup.id == g.id)
        participants = [
            ParticipantRow(lg_name, person_name(first, last), role or "", attendance)
            for lg_name, first, last, role, attendance in session.execute(
                select(
                    LocalGovernment.name,
                    ContactPerson.first_name,
                    ContactPerson.last_name,
                    ContactPerson.role,
                    FocusGroupParticipant.attendance,
                )
                .join(
                    LocalGovernment,
                    LocalGovernment.id == FocusGroupParticipant.local_government_id,
                )
                .outerjoin(
                    ContactPerson,
                    and_(
                        ContactPerson.id == FocusGroupParticipant.contact_person_id,
                        ContactPerson.local_government_id
                        == FocusGroupParticipant.local_government_id,
                    ),
                )
                .where(FocusGroupParticipant.focus_group_id == g.id)
                .order_by(
                    name_order(LocalGovernment.name),
                    name_order(ContactPerson.last_name),
                    name_order(ContactPerson.first_name),
                )
            )
        ]
        findings = [
            FindingRow(name, kind or "", text or "")
            for name, kind, text in session.execute(
                select(Tool.name, Tool.kind, ToolFinding.findings)
                .join(Tool, Tool.id == ToolFinding.tool_id)
                .where(ToolFinding.focus_group_id == g.id)
                .order_by(name_order(Tool.name))
            )
        ]
        return FocusGroupData(
            public_id=g.public_id,
            date=g.date,
            topic=g.topic,
            place=g.place,
            online=g.online,
            new_tool_needs=g.new_tool_needs,
            notes=g.notes,
            organisers=member_names_by(session, focus_group_member, "focus_group_id", ids).get(
                g.id, []
            ),
            participants=participants,
            findings=findings,
            follow_ups=follow_ups_by(session, FollowUpAction.focus_group_id, ids).get(g.id, []),
            feedback=feedback_by(session, Feedback.focus_group_id, ids).get(g.id, []),
            status=g.status,
            cancelled_on=g.cancelled_on,
        )
