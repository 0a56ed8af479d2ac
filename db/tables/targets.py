"""Targets of the action plan, per year and indicator (editable: next year's plan differs)."""

from __future__ import annotations

from sqlalchemy import Column, Integer, String, Table, UniqueConstraint

from db.metadata import metadata, record_columns

target = Table(
    "target",
    metadata,
    Column("year", Integer, nullable=False),
    Column("indicator", String(50), nullable=False),
    Column("value", Integer, nullable=False),
    *record_columns(),
    UniqueConstraint("year", "indicator"),
)
