"""The action plan per year: its items, what each counts, and milestones.

A plan item's numeric target is the ``target`` row of its year and key
(``Target.indicator == PlanItem.key``), so the targets set before plan items existed
(advice_talks, trajectories, focus_groups) are the OD 3.x items' targets unchanged.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import Boolean, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from db.base import Base, RecordMixin
from db.models.links import link_table

if TYPE_CHECKING:
    from db.models.activity import ActivityKind

plan_item_activity_kind = link_table(
    "plan_item_activity_kind",
    ("plan_item_id", "plan_item"),
    ("activity_kind_id", "activity_kind"),
)


class PlanItem(RecordMixin, Base):
    """One item of a year's plan: under goal ``goal`` (SD1) and operational goal
    ``code`` (OD 1.2), the plan's ``text``, and what is counted: ``counted`` names the
    record kind (a ``CountedRecord``), ``activity_kinds`` or ``publication_kind`` narrow
    it, ``held_only`` keeps held activities only, ``measure`` counts records or sums
    participant hours. A ``milestone`` counts nothing: it has a ``milestone_state`` and a
    ``note``. ``report_text`` is the team's short text for the year report. ``key`` is
    the item's stable name within the year (the CLI's ``target set YEAR KEY VALUE``)."""

    __tablename__ = "plan_item"

    year: Mapped[int] = mapped_column(Integer, nullable=False)
    key: Mapped[str] = mapped_column(String(50), nullable=False)
    position: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    goal: Mapped[str] = mapped_column(String(3), nullable=False)
    code: Mapped[str] = mapped_column(String(20), nullable=False)
    text: Mapped[str] = mapped_column(String(500), nullable=False)
    counted: Mapped[str] = mapped_column(String(20), nullable=False)
    publication_kind: Mapped[str | None] = mapped_column(String(20))
    measure: Mapped[str] = mapped_column(String(20), nullable=False, default="count")
    held_only: Mapped[bool] = mapped_column(Boolean, nullable=False, default=True)
    milestone_state: Mapped[str] = mapped_column(String(20), nullable=False, default="open")
    note: Mapped[str] = mapped_column(Text, nullable=False, default="")
    report_text: Mapped[str] = mapped_column(Text, nullable=False, default="")

    activity_kinds: Mapped[list[ActivityKind]] = relationship(secondary=plan_item_activity_kind)

    __table_args__ = (UniqueConstraint("year", "key"),)
