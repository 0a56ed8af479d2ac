"""What a local government's case summary (dossieroverzicht) shows.

Confidentiality: everything is selected by this government's id. Contact persons are
named only when they belong to it; a focus group it took part in shows the names of
the other participating governments and nothing else of them (no persons, notes,
findings or follow-up actions).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session, aliased

from db.models import (
    Activity,
    ActivityKind,
    ActivityParticipant,
    AdviceTalk,
    ContactPerson,
    Feedback,
    FocusGroup,
    FocusGroupParticipant,
    FollowUpAction,
    LocalGovernment,
    Publication,
    Theme,
    Tool,
    Trajectory,
    advice_talk_contact,
    advice_talk_member,
    advice_talk_theme,
    advice_talk_tool,
    article_good_practice,
)
from db.session import Database
from supportdesk.codes import FocusGroupStatus
from supportdesk.plan_codes import PublicationKind
from supportdesk.queries.attached_files import GovernmentFile, government_files
from supportdesk.queries.sorting import name_order
from supportdesk.reports.data.common import (
    FeedbackRow,
    FollowUpRow,
    feedback_by,
    find_local_government,
    follow_ups_by,
    linked_names_by,
    member_names_by,
    names_by,
    overlaps,
    person_name,
)
from supportdesk.reports.data.trajectory import TrajectoryData, load_trajectories


@dataclass(frozen=True)
class ContactRow:
    name: str
    role: str
    email: str
    phone: str
    active: bool
    inactive_since: date | None


@dataclass(frozen=True)
class AdviceTalkEntry:
    date: date
    channel: str
    duration_minutes: int | None
    question: str
    advice: str
    notes: str
    contacts: list[str]
    team_members: list[str]
    themes: list[str]
    tools: list[str]
    follow_ups: list[FollowUpRow]
    info_session_idea: bool
    info_session_note: str
    policy_dossier_input: bool
    policy_dossier_note: str
    signal: bool
    signal_note: str
    experienced_government: str
    feedback: list[FeedbackRow] = field(default_factory=list)


@dataclass(frozen=True)
class FocusGroupEntry:
    public_id: str
    date: date
    topic: str
    place: str
    online: bool
    own_participants: list[tuple[str, str]]  # (contact person or "", attendance code)
    other_governments: list[str]
    follow_ups: list[FollowUpRow]
    #: planned / held / cancelled: a cancelled group did not take place
    status: str = FocusGroupStatus.HELD


@dataclass(frozen=True)
class ActivityEntry:
    """An activity (meeting, info session, training) this government's people were at:
    only its own people are named, never the other governments'."""

    public_id: str
    date: date
    kind: str
    topic: str
    place: str
    online: bool
    status: str  # planned / held / cancelled
    own_participants: list[tuple[str, str]]  # (contact person or "", attendance code)
    follow_ups: list[FollowUpRow] = field(default_factory=list)


@dataclass(frozen=True)
class GoodPracticeEntry:
    """A good practice published about the government, and the articles about it."""

    published_on: date
    title: str
    link: str
    articles: list[str] = field(default_factory=list)


HistoryEntry = AdviceTalkEntry | TrajectoryData | FocusGroupEntry | ActivityEntry


@dataclass(frozen=True)
class CaseSummaryData:
    public_id: str
    name: str
    kind: str
    nis_code: str
    province: str
    starting_position: str | None
    email: str
    phone: str
    date_from: date | None
    date_to: date | None
    contacts: list[ContactRow]
    history: list[HistoryEntry]  # newest first
    other_follow_ups: list[FollowUpRow] = field(default_factory=list)
    # Feedback given about the government itself (not on a talk, trajectory or group).
    own_feedback: list[FeedbackRow] = field(default_factory=list)
    attachments: list[GovernmentFile] = field(default_factory=list)  # names and sizes
    good_practices: list[GoodPracticeEntry] = field(default_factory=list)

    @property
    def advice_talks(self) -> list[AdviceTalkEntry]:
        return [e for e in self.history if isinstance(e, AdviceTalkEntry)]

    @property
    def trajectories(self) -> list[TrajectoryData]:
        return [e for e in self.history if isinstance(e, TrajectoryData)]

    @property
    def focus_groups(self) -> list[FocusGroupEntry]:
        return [e for e in self.history if isinstance(e, FocusGroupEntry)]

    @property
    def activities(self) -> list[ActivityEntry]:
        return [e for e in self.history if isinstance(e, ActivityEntry)]

    def all_follow_ups(self) -> list[FollowUpRow]:
        rows = list(self.other_follow_ups)
        for e in self.history:
            rows.extend(e.follow_ups)
        return rows


def entry_date(entry: HistoryEntry) -> date:
    if isinstance(entry, TrajectoryData):
        return entry.sort_date or date.min
    return entry.date


def case_summary_data(
    db: Database,
    local_government: str,
    *,
    date_from: date | None = None,
    date_to: date | None = None,
) -> CaseSummaryData:
    """Gather a government's summary; ``local_government`` is a public id, NIS code or name."""
    with db.read() as session:
        lg = find_local_government(session, local_government)
        talks = _advice_talks(session, lg.id, date_from, date_to)
        trajectories = _trajectories(session, lg.id, date_from, date_to)
        groups = _focus_groups(session, lg.id, date_from, date_to)
        activities = _activities(session, lg.id, date_from, date_to)
        history: list[HistoryEntry] = [*talks, *trajectories, *groups, *activities]
        history.sort(key=entry_date, reverse=True)
        return CaseSummaryData(
            public_id=lg.public_id,
            name=lg.name,
            kind=lg.kind,
            nis_code=lg.nis_code or "",
            province=lg.province or "",
            starting_position=lg.starting_position,
            email=lg.email or "",
            phone=lg.phone or "",
            date_from=date_from,
            date_to=date_to,
            contacts=_contacts(session, lg.id),
            history=history,
            other_follow_ups=_own_follow_ups(session, lg.id, date_from, date_to),
            own_feedback=_own_feedback(session, lg.id, date_from, date_to),
            attachments=government_files(session, lg.id),
            good_practices=_good_practices(session, lg.id, date_from, date_to),
        )


def _contacts(session: Session, lg_id: int) -> list[ContactRow]:
    rows = session.execute(
        select(
            ContactPerson.first_name,
            ContactPerson.last_name,
            ContactPerson.role,
            ContactPerson.email,
            ContactPerson.phone,
            ContactPerson.active,
            ContactPerson.inactive_since,
        )
        .where(ContactPerson.local_government_id == lg_id)
        .order_by(ContactPerson.active.desc(), *_by_person_name())
    )
    return [
        ContactRow(person_name(f, la), role, email, phone, active, since)
        for f, la, role, email, phone, active, since in rows
    ]


def _by_person_name() -> tuple[Any, Any]:
    """Contact persons in name order: last name, then first name."""
    return name_order(ContactPerson.last_name), name_order(ContactPerson.first_name)


def _own_person(contact_person_id: Any, lg_id: int) -> Any:
    """Join a participant's contact person only when the person is one of this
    government's: the people of the other governments at a meeting are never named."""
    return and_(ContactPerson.id == contact_person_id, ContactPerson.local_government_id == lg_id)


def _in_range(col: Any, date_from: date | None, date_to: date | None) -> list[Any]:
    conds = []
    if date_from is not None:
        conds.append(col >= date_from)
    if date_to is not None:
        conds.append(col <= date_to)
    return conds


_TALK_COLUMNS = (
    "id",
    "date",
    "channel",
    "duration_minutes",
    "question",
    "advice",
    "notes",
    "info_session_idea",
    "info_session_note",
    "policy_dossier_input",
    "policy_dossier_note",
    "signal",
    "signal_note",
)


def _advice_talks(
    session: Session, lg_id: int, date_from: date | None, date_to: date | None
) -> list[AdviceTalkEntry]:
    where = [
        AdviceTalk.local_government_id == lg_id,
        AdviceTalk.archived.is_(False),
        *_in_range(AdviceTalk.date, date_from, date_to),
    ]
    ids = select(AdviceTalk.id).where(*where)
    contacts: dict[int, list[str]] = defaultdict(list)
    for tid, first, last in session.execute(
        select(
            advice_talk_contact.c.advice_talk_id, ContactPerson.first_name, ContactPerson.last_name
        )
        # Driven from the talks (by index), each talk's contacts by key: with an
        # ``IN (talk ids)`` test instead, SQLite went through the government's contacts
        # and probed every talk id for each one (640 x 1,700 probes, 0.6 s at 100k).
        .select_from(AdviceTalk)
        .join(advice_talk_contact, advice_talk_contact.c.advice_talk_id == AdviceTalk.id)
        .join(ContactPerson, ContactPerson.id == advice_talk_contact.c.contact_person_id)
        .where(*where, ContactPerson.local_government_id == lg_id)
        .order_by(*_by_person_name())
    ):
        contacts[tid].append(person_name(first, last))
    members = member_names_by(session, advice_talk_member, "advice_talk_id", ids)
    themes = linked_names_by(session, advice_talk_theme, "advice_talk_id", Theme, "theme_id", ids)
    tools = linked_names_by(session, advice_talk_tool, "advice_talk_id", Tool, "tool_id", ids)
    follow_ups = follow_ups_by(session, FollowUpAction.advice_talk_id, ids)
    feedback = feedback_by(session, Feedback.advice_talk_id, ids)
    expert = LocalGovernment
    # The columns shown, not whole AdviceTalk objects: rows are cheaper to make than
    # mapped instances, and a busy government has thousands of talks.
    rows = session.execute(
        select(
            *(getattr(AdviceTalk, c) for c in _TALK_COLUMNS),
            expert.name.label("experienced_government"),
        )
        .outerjoin(expert, expert.id == AdviceTalk.experienced_government_id)
        .where(*where)
        .order_by(AdviceTalk.date.desc(), AdviceTalk.id.desc())
    )
    return [
        AdviceTalkEntry(
            date=t.date,
            channel=t.channel,
            duration_minutes=t.duration_minutes,
            question=t.question,
            advice=t.advice,
            notes=t.notes,
            contacts=contacts.get(t.id, []),
            team_members=members.get(t.id, []),
            themes=themes.get(t.id, []),
            tools=tools.get(t.id, []),
            follow_ups=follow_ups.get(t.id, []),
            info_session_idea=t.info_session_idea,
            info_session_note=t.info_session_note,
            policy_dossier_input=t.policy_dossier_input,
            policy_dossier_note=t.policy_dossier_note,
            signal=t.signal,
            signal_note=t.signal_note,
            experienced_government=t.experienced_government or "",
            feedback=feedback.get(t.id, []),
        )
        for t in rows
    ]


def _trajectories(
    session: Session, lg_id: int, date_from: date | None, date_to: date | None
) -> list[TrajectoryData]:
    start = func.coalesce(Trajectory.start_date, Trajectory.intake_on, Trajectory.requested_on)
    ids = select(Trajectory.id).where(
        Trajectory.local_government_id == lg_id,
        Trajectory.archived.is_(False),
        *overlaps(start, Trajectory.end_date, date_from, date_to),
    )
    return load_trajectories(session, ids)


def _focus_groups(
    session: Session, lg_id: int, date_from: date | None, date_to: date | None
) -> list[FocusGroupEntry]:
    # The groups it was invited to, and those with an action that names it.
    invited = select(FocusGroupParticipant.focus_group_id).where(
        FocusGroupParticipant.local_government_id == lg_id
    )
    named = select(FollowUpAction.focus_group_id).where(
        FollowUpAction.local_government_id == lg_id, FollowUpAction.focus_group_id.is_not(None)
    )
    ids = select(FocusGroup.id).where(
        or_(FocusGroup.id.in_(invited), FocusGroup.id.in_(named)),
        FocusGroup.archived.is_(False),
        *_in_range(FocusGroup.date, date_from, date_to),
    )
    own: dict[int, list[tuple[str, str]]] = defaultdict(list)
    others: dict[int, list[str]] = defaultdict(list)
    for gid, p_lg, p_name, first, last, attendance in session.execute(
        select(
            FocusGroupParticipant.focus_group_id,
            FocusGroupParticipant.local_government_id,
            LocalGovernment.name,
            ContactPerson.first_name,
            ContactPerson.last_name,
            FocusGroupParticipant.attendance,
        )
        .join(LocalGovernment, LocalGovernment.id == FocusGroupParticipant.local_government_id)
        .outerjoin(ContactPerson, _own_person(FocusGroupParticipant.contact_person_id, lg_id))
        .where(FocusGroupParticipant.focus_group_id.in_(ids))
        .order_by(name_order(LocalGovernment.name), *_by_person_name())
    ):
        if p_lg == lg_id:
            own[gid].append((person_name(first, last), attendance))
        elif p_name not in others[gid]:
            others[gid].append(p_name)
    # Only the actions that are this government's: a group's other actions may
    # concern the other participants.
    follow_ups = follow_ups_by(
        session,
        FollowUpAction.focus_group_id,
        ids,
        FollowUpAction.local_government_id == lg_id,
    )
    groups = session.scalars(
        select(FocusGroup).where(FocusGroup.id.in_(ids)).order_by(FocusGroup.date.desc())
    )
    return [
        FocusGroupEntry(
            public_id=g.public_id,
            date=g.date,
            topic=g.topic,
            place=g.place,
            online=g.online,
            own_participants=own.get(g.id, []),
            other_governments=others.get(g.id, []),
            follow_ups=follow_ups.get(g.id, []),
            status=g.status,
        )
        for g in groups
    ]


def _activities(
    session: Session, lg_id: int, date_from: date | None, date_to: date | None
) -> list[ActivityEntry]:
    """The activities its people were at (or it was named at), with only its own people."""
    ap, a = ActivityParticipant, Activity
    ids = select(a.id).where(
        a.id.in_(select(ap.activity_id).where(ap.local_government_id == lg_id)),
        a.archived.is_(False),
        *_in_range(a.date, date_from, date_to),
    )
    own: dict[int, list[tuple[str, str]]] = defaultdict(list)
    for aid, first, last, attendance in session.execute(
        select(ap.activity_id, ContactPerson.first_name, ContactPerson.last_name, ap.attendance)
        .outerjoin(ContactPerson, _own_person(ap.contact_person_id, lg_id))
        .where(ap.activity_id.in_(ids), ap.local_government_id == lg_id)
        .order_by(*_by_person_name())
    ):
        own[aid].append((person_name(first, last), attendance))
    follow_ups = follow_ups_by(
        session, FollowUpAction.activity_id, ids, FollowUpAction.local_government_id == lg_id
    )
    rows = session.execute(
        select(a, ActivityKind.name)
        .join(ActivityKind, ActivityKind.id == a.kind_id)
        .where(a.id.in_(ids))
        .order_by(a.date.desc(), a.id.desc())
    )
    return [
        ActivityEntry(
            public_id=act.public_id,
            date=act.date,
            kind=kind,
            topic=act.topic,
            place=act.place,
            online=act.online,
            status=act.status,
            own_participants=own.get(act.id, []),
            follow_ups=follow_ups.get(act.id, []),
        )
        for act, kind in rows
    ]


def _good_practices(
    session: Session, lg_id: int, date_from: date | None, date_to: date | None
) -> list[GoodPracticeEntry]:
    """Good practices published about the government, newest first, with the titles of
    the articles about each."""
    p = Publication
    practices = session.scalars(
        select(p)
        .where(
            p.kind == PublicationKind.GOOD_PRACTICE,
            p.local_government_id == lg_id,
            p.archived.is_(False),
            *_in_range(p.published_on, date_from, date_to),
        )
        .order_by(p.published_on.desc(), p.id.desc())
    ).all()
    article = aliased(Publication)
    articles = names_by(
        session,
        select(article_good_practice.c.good_practice_id, article.title)
        .join(article, article.id == article_good_practice.c.article_id)
        .where(article_good_practice.c.good_practice_id.in_([g.id for g in practices]))
        .order_by(article.published_on),
    )
    return [
        GoodPracticeEntry(g.published_on, g.title, g.link, articles.get(g.id, []))
        for g in practices
    ]


def _own_feedback(
    session: Session, lg_id: int, date_from: date | None, date_to: date | None
) -> list[FeedbackRow]:
    """Feedback about the government itself (not on one of its talks, trajectories or
    focus groups), given in the period if one is set, oldest first."""
    rows = session.execute(
        select(Feedback.given_on, Feedback.score, Feedback.text)
        .where(
            Feedback.local_government_id == lg_id,
            Feedback.advice_talk_id.is_(None),
            Feedback.trajectory_id.is_(None),
            Feedback.focus_group_id.is_(None),
            *_in_range(Feedback.given_on, date_from, date_to),
        )
        .order_by(Feedback.given_on, Feedback.id)
    )
    return [FeedbackRow(given_on, score, text or "") for given_on, score, text in rows]


def _own_follow_ups(
    session: Session, lg_id: int, date_from: date | None, date_to: date | None
) -> list[FollowUpRow]:
    """Actions attached to the government itself (not to a talk, trajectory or group).
    With a date range, those due in it and those without a due date."""
    where = [
        FollowUpAction.local_government_id == lg_id,
        FollowUpAction.advice_talk_id.is_(None),
        FollowUpAction.trajectory_id.is_(None),
        FollowUpAction.focus_group_id.is_(None),
    ]
    if date_from is not None or date_to is not None:
        where.append(
            or_(
                FollowUpAction.due_date.is_(None),
                and_(*_in_range(FollowUpAction.due_date, date_from, date_to)),
            )
        )
    ids = select(FollowUpAction.local_government_id).where(
        FollowUpAction.local_government_id == lg_id
    )
    return follow_ups_by(session, FollowUpAction.local_government_id, ids, *where).get(lg_id, [])
