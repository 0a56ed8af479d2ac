"""Advice talks (adviesgesprekken) and mail-only answers, and who and what they were about.

``channel == "email"`` is a question answered by mail alone: it is kept like any talk but
does not count toward the plan's target of advice talks.
"""

from __future__ import annotations

from sqlalchemy import Boolean, Column, Date, Index, Integer, String, Table, Text

from db.metadata import metadata, record_columns, reference
from db.tables.links import link_table

advice_talk = Table(
    "advice_talk",
    metadata,
    Column("date", Date, nullable=False),
    reference("local_government", nullable=False),
    Column("channel", String(20), nullable=False),
    Column("duration_minutes", Integer),
    Column("question", Text, nullable=False),
    Column("advice", Text, nullable=False, default=""),
    Column("notes", Text, nullable=False, default=""),
    # the plan's flags
    Column("info_session_idea", Boolean, nullable=False, default=False),
    Column("info_session_note", Text, nullable=False, default=""),
    Column("policy_dossier_input", Boolean, nullable=False, default=False),
    Column("policy_dossier_note", Text, nullable=False, default=""),
    Column("signal", Boolean, nullable=False, default=False),
    Column("signal_note", Text, nullable=False, default=""),
    reference("local_government", "experienced_government_id"),
    Column("archived", Boolean, nullable=False, default=False),
    *record_columns(),
    Index("ix_advice_talk_date", "date"),
    # migration 0005: the year's count of talks (mail-only excluded) is index-only
    Index("ix_advice_talk_date_channel", "date", "channel"),
    Index("ix_advice_talk_lg_date", "local_government_id", "date"),
)

_TALK = ("advice_talk_id", "advice_talk")
advice_talk_contact = link_table(
    "advice_talk_contact", _TALK, ("contact_person_id", "contact_person")
)
advice_talk_member = link_table("advice_talk_member", _TALK, ("team_member_id", "team_member"))
advice_talk_theme = link_table("advice_talk_theme", _TALK, ("theme_id", "theme"))
advice_talk_tool = link_table("advice_talk_tool", _TALK, ("tool_id", "tool"))
