"""The action plan per year: its items, what each counts, and milestones (``PlanItem``
in ``db.models.plan`` says what each column means)."""

from __future__ import annotations

from sqlalchemy import Boolean, Column, Integer, String, Table, Text, UniqueConstraint

from db.metadata import metadata, record_columns
from db.tables.links import link_table

plan_item = Table(
    "plan_item",
    metadata,
    Column("year", Integer, nullable=False),
    Column("key", String(50), nullable=False),
    Column("position", Integer, nullable=False, default=0),
    Column("goal", String(3), nullable=False),
    Column("code", String(20), nullable=False),
    Column("text", String(500), nullable=False),
    Column("counted", String(20), nullable=False),
    Column("publication_kind", String(20)),
    Column("measure", String(20), nullable=False, default="count"),
    Column("held_only", Boolean, nullable=False, default=True),
    Column("milestone_state", String(20), nullable=False, default="open"),
    Column("note", Text, nullable=False, default=""),
    Column("report_text", Text, nullable=False, default=""),
    *record_columns(),
    UniqueConstraint("year", "key"),
)

plan_item_activity_kind = link_table(
    "plan_item_activity_kind",
    ("plan_item_id", "plan_item"),
    ("activity_kind_id", "activity_kind"),
)
