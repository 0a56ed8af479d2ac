"""Advice talks (adviesgesprekken): a question from a local government and the advice
given, logged in under a minute, with its follow-up actions in the same save.

A question answered by mail alone is an advice talk with channel ``email``: it is kept
the same way but does not count toward the plan's target (``is_mail_only``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.enums import CHANNELS
from db.models import (
    AdviceTalk,
    LocalGovernment,
    TeamMember,
    Theme,
    Tool,
    Trajectory,
)
from db.session import Database
from supportdesk.errors import DomainError
from supportdesk.field_rules import rule
from supportdesk.indicators import is_mail_only
from supportdesk.services._attach import attach_in_session
from supportdesk.services._base import (
    Ref,
    Stamped,
    archivers,
    contacts_of,
    delete_record,
    edit_record,
    find_ref,
    find_refs,
    opt_ref,
    read_record,
    ref,
    refs,
    stamps,
    write,
)
from supportdesk.services._feedback_views import FeedbackView, feedback_views
from supportdesk.services._follow_up_parts import (
    FollowUpInput,
    check_new_follow_ups,
    keep_follow_ups,
)
from supportdesk.services.attachment_files import NewFile
from supportdesk.services.follow_ups import FollowUpView, sorted_follow_ups
from supportdesk.validation import Checker


@dataclass(frozen=True)
class AdviceTalkInput:
    date: date
    local_government_id: str
    channel: str
    question: str
    advice: str = ""
    notes: str = ""
    duration_minutes: int | None = None
    info_session_idea: bool = False
    info_session_note: str = ""
    policy_dossier_input: bool = False
    policy_dossier_note: str = ""
    signal: bool = False
    signal_note: str = ""
    experienced_government_id: str | None = None
    contact_ids: tuple[str, ...] = ()
    team_member_ids: tuple[str, ...] = ()
    theme_ids: tuple[str, ...] = ()
    tool_ids: tuple[str, ...] = ()
    # Actions to add in the same save (errors are named "new_follow_ups.<n>.<field>").
    new_follow_ups: tuple[FollowUpInput, ...] = ()


@dataclass(frozen=True)
class AdviceTalkView(Stamped):
    id: str
    version: int
    date: date
    local_government: Ref
    channel: str
    duration_minutes: int | None
    question: str
    advice: str
    notes: str
    info_session_idea: bool
    info_session_note: str
    policy_dossier_input: bool
    policy_dossier_note: str
    signal: bool
    signal_note: str
    experienced_government: Ref | None
    contacts: tuple[Ref, ...]
    team_members: tuple[Ref, ...]
    themes: tuple[Ref, ...]
    tools: tuple[Ref, ...]
    follow_ups: tuple[FollowUpView, ...]
    feedback: tuple[FeedbackView, ...]
    archived: bool
    trajectory_id: str | None

    @property
    def local_government_id(self) -> str:
        return self.local_government.id

    @property
    def is_mail_only(self) -> bool:
        """A question answered by mail alone: kept, but not counted as an advice talk."""
        return is_mail_only(self.channel)


def _view(session: Session, t: AdviceTalk) -> AdviceTalkView:
    trajectory_id = session.scalar(
        select(Trajectory.public_id)
        .where(Trajectory.origin_advice_talk_id == t.id)
        .order_by(Trajectory.id)
        .limit(1)
    )
    return AdviceTalkView(
        id=t.public_id,
        version=t.version,
        date=t.date,
        local_government=ref(t.local_government),
        channel=t.channel,
        duration_minutes=t.duration_minutes,
        question=t.question,
        advice=t.advice,
        notes=t.notes,
        info_session_idea=t.info_session_idea,
        info_session_note=t.info_session_note,
        policy_dossier_input=t.policy_dossier_input,
        policy_dossier_note=t.policy_dossier_note,
        signal=t.signal,
        signal_note=t.signal_note,
        experienced_government=opt_ref(t.experienced_government),
        contacts=refs(t.contacts),
        team_members=refs(t.team_members),
        themes=refs(t.themes),
        tools=refs(t.tools),
        follow_ups=sorted_follow_ups(list(t.follow_ups)),
        feedback=feedback_views(session, advice_talk_id=t.id),
        archived=t.archived,
        trajectory_id=trajectory_id,
        **stamps(t),
    )


def _apply(session: Session, t: AdviceTalk, data: AdviceTalkInput) -> None:
    """Check the whole input (collecting every problem), then fill ``t`` and its actions."""
    chk = Checker()
    when = chk.date("date", data.date)
    channel = chk.choice("channel", data.channel, CHANNELS, "manier van contact")
    duration = rule("advice_talk", "duration_minutes").apply(chk, data.duration_minutes)
    question = rule("advice_talk", "question").apply(chk, data.question)
    texts = {
        name: rule("advice_talk", name).apply(chk, getattr(data, name))
        for name in (
            "advice",
            "notes",
            "info_session_note",
            "policy_dossier_note",
            "signal_note",
        )
    }
    flags = {
        name: chk.flag(name, getattr(data, name))
        for name in ("info_session_idea", "policy_dossier_input", "signal")
    }
    lg = find_ref(chk, session, LocalGovernment, data.local_government_id, "local_government_id")
    experienced = find_ref(
        chk,
        session,
        LocalGovernment,
        data.experienced_government_id,
        "experienced_government_id",
        required=False,
    )
    if experienced is not None and lg is not None and experienced.id == lg.id:
        chk.fail(
            "experienced_government_id",
            "Kies een ander lokaal bestuur dan het bestuur dat de vraag stelt.",
        )
    contacts = contacts_of(chk, session, data.contact_ids, lg, "contact_ids")
    members = find_refs(chk, session, TeamMember, data.team_member_ids, "team_member_ids")
    themes = find_refs(chk, session, Theme, data.theme_ids, "theme_ids")
    tools = find_refs(chk, session, Tool, data.tool_ids, "tool_ids")
    new_actions = check_new_follow_ups(chk, session, data.new_follow_ups)
    chk.raise_if_any()
    assert when is not None and lg is not None

    t.date, t.channel, t.duration_minutes, t.question = when, channel, duration, question
    t.advice, t.notes = texts["advice"], texts["notes"]
    t.info_session_idea, t.info_session_note = (
        flags["info_session_idea"],
        texts["info_session_note"],
    )
    t.policy_dossier_input = flags["policy_dossier_input"]
    t.policy_dossier_note = texts["policy_dossier_note"]
    t.signal, t.signal_note = flags["signal"], texts["signal_note"]
    t.local_government, t.experienced_government = lg, experienced
    t.contacts, t.team_members, t.themes, t.tools = contacts, members, themes, tools
    keep_follow_ups(t, lg, new_actions)


def create_advice_talk(
    db: Database, data: AdviceTalkInput, files: Sequence[NewFile] = ()
) -> AdviceTalkView:
    """Log a talk (or a mail-only answer), its new follow-up actions and ``files`` (the
    mail it came from), in one save."""
    with write(db) as session, session.no_autoflush:
        t = AdviceTalk(archived=False, follow_ups=[])
        _apply(session, t, data)
        session.add(t)
        session.flush()
        attach_in_session(session, t, files)
        return _view(session, t)


def update_advice_talk(
    db: Database, public_id: str, data: AdviceTalkInput, expected_version: int | None
) -> AdviceTalkView:
    """Save an edited talk; ``data.new_follow_ups`` are added, existing actions stay."""
    return edit_record(db, AdviceTalk, public_id, expected_version, _apply, data, _view)


archive_advice_talk, unarchive_advice_talk = archivers(AdviceTalk, _view)


def delete_advice_talk(db: Database, public_id: str, expected_version: int | None = None) -> None:
    """Remove a talk entered by mistake, with its follow-up actions and feedback.

    Refused when a trajectory was started from it: that talk is history, archive it.
    """

    def before(session: Session, t: AdviceTalk) -> None:
        started = session.scalar(
            select(Trajectory.id).where(Trajectory.origin_advice_talk_id == t.id).limit(1)
        )
        if started is not None:
            raise DomainError(
                "Vanuit dit adviesgesprek is een traject gestart; archiveer het gesprek "
                "in plaats van het te verwijderen."
            )
        for fu in list(t.follow_ups):
            session.delete(fu)

    # feedback on the talk goes with it (ON DELETE CASCADE)
    delete_record(db, AdviceTalk, public_id, expected_version, before)


def get_advice_talk(db: Database, public_id: str) -> AdviceTalkView:
    return read_record(db, AdviceTalk, public_id, _view)
