"""Advice talks (adviesgesprekken) and mail-only answers."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from sqlalchemy import Boolean, Date, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from db.base import Base, RecordMixin
from db.models.links import link_table

if TYPE_CHECKING:
    from db.models.contacts import ContactPerson
    from db.models.follow_up import FollowUpAction
    from db.models.local_government import LocalGovernment
    from db.models.team import TeamMember, Theme, Tool


_TALK = ("advice_talk_id", "advice_talk")
advice_talk_contact = link_table(
    "advice_talk_contact", _TALK, ("contact_person_id", "contact_person")
)
advice_talk_member = link_table("advice_talk_member", _TALK, ("team_member_id", "team_member"))
advice_talk_theme = link_table("advice_talk_theme", _TALK, ("theme_id", "theme"))
advice_talk_tool = link_table("advice_talk_tool", _TALK, ("tool_id", "tool"))


class AdviceTalk(RecordMixin, Base):
    """A question from a local government and the advice given.

    ``channel == "email"`` is a question answered by mail alone: it is kept like any
    talk but does not count toward the plan's target of advice talks.
    """

    __tablename__ = "advice_talk"

    date: Mapped[date] = mapped_column(Date, nullable=False)
    local_government_id: Mapped[int] = mapped_column(
        ForeignKey("local_government.id"), nullable=False
    )
    channel: Mapped[str] = mapped_column(String(20), nullable=False)
    duration_minutes: Mapped[int | None] = mapped_column(Integer)
    question: Mapped[str] = mapped_column(Text, nullable=False)
    advice: Mapped[str] = mapped_column(Text, nullable=False, default="")
    notes: Mapped[str] = mapped_column(Text, nullable=False, default="")
    # The plan's flags.
    info_session_idea: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    info_session_note: Mapped[str] = mapped_column(Text, nullable=False, default="")
    policy_dossier_input: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    policy_dossier_note: Mapped[str] = mapped_column(Text, nullable=False, default="")
    signal: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    signal_note: Mapped[str] = mapped_column(Text, nullable=False, default="")
    experienced_government_id: Mapped[int | None] = mapped_column(ForeignKey("local_government.id"))
    archived: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)

    local_government: Mapped[LocalGovernment] = relationship(foreign_keys=[local_government_id])
    experienced_government: Mapped[LocalGovernment | None] = relationship(
        foreign_keys=[experienced_government_id]
    )
    contacts: Mapped[list[ContactPerson]] = relationship(secondary=advice_talk_contact)
    team_members: Mapped[list[TeamMember]] = relationship(secondary=advice_talk_member)
    themes: Mapped[list[Theme]] = relationship(secondary=advice_talk_theme)
    tools: Mapped[list[Tool]] = relationship(secondary=advice_talk_tool)
    follow_ups: Mapped[list[FollowUpAction]] = relationship(back_populates="advice_talk")

    __table_args__ = (
        Index("ix_advice_talk_date", "date"),
        # migration 0005: the year's count of talks (mail-only excluded) is index-only
        Index("ix_advice_talk_date_channel", "date", "channel"),
        Index("ix_advice_talk_lg_date", "local_government_id", "date"),
    )
