"""Advice talks (adviesgesprekken) and mail-only answers."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from sqlalchemy.orm import Mapped, relationship

from db.base import Base, RecordMixin
from db.tables.advice import (
    advice_talk,
    advice_talk_contact,
    advice_talk_member,
    advice_talk_theme,
    advice_talk_tool,
)

if TYPE_CHECKING:
    from db.models.contacts import ContactPerson
    from db.models.follow_up import FollowUpAction
    from db.models.local_government import LocalGovernment
    from db.models.team import TeamMember, Theme, Tool


class AdviceTalk(RecordMixin, Base):
    """A question from a local government and the advice given.

    ``channel == "email"`` is a question answered by mail alone: it is kept like any
    talk but does not count toward the plan's target of advice talks.
    """

    __table__ = advice_talk

    date: Mapped[date]
    local_government_id: Mapped[int]
    channel: Mapped[str]
    duration_minutes: Mapped[int | None]
    question: Mapped[str]
    advice: Mapped[str]
    notes: Mapped[str]
    # The plan's flags.
    info_session_idea: Mapped[bool]
    info_session_note: Mapped[str]
    policy_dossier_input: Mapped[bool]
    policy_dossier_note: Mapped[str]
    signal: Mapped[bool]
    signal_note: Mapped[str]
    experienced_government_id: Mapped[int | None]
    archived: Mapped[bool]

    local_government: Mapped[LocalGovernment] = relationship(
        foreign_keys=[advice_talk.c.local_government_id]
    )
    experienced_government: Mapped[LocalGovernment | None] = relationship(
        foreign_keys=[advice_talk.c.experienced_government_id]
    )
    contacts: Mapped[list[ContactPerson]] = relationship(secondary=advice_talk_contact)
    team_members: Mapped[list[TeamMember]] = relationship(secondary=advice_talk_member)
    themes: Mapped[list[Theme]] = relationship(secondary=advice_talk_theme)
    tools: Mapped[list[Tool]] = relationship(secondary=advice_talk_tool)
    follow_ups: Mapped[list[FollowUpAction]] = relationship(back_populates="advice_talk")
