"""The action plan per year: its items, what each counts, and milestones.

A plan item's numeric target is the ``target`` row of its year and key
(``Target.indicator == PlanItem.key``), so the targets set before plan items existed
(advice_talks, trajectories, focus_groups) are the OD 3.x items' targets unchanged.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy.orm import Mapped, relationship

from db.base import Base, RecordMixin
from db.tables.plan import plan_item, plan_item_activity_kind

if TYPE_CHECKING:
    from db.models.activity import ActivityKind


class PlanItem(RecordMixin, Base):
    """One item of a year's plan: under goal ``goal`` (SD1) and operational goal
    ``code`` (OD 1.2), the plan's ``text``, and what is counted: ``counted`` names the
    record kind (a ``CountedRecord``), ``activity_kinds`` or ``publication_kind`` narrow
    it, ``held_only`` keeps held activities only, ``measure`` counts records or sums
    participant hours. A ``milestone`` counts nothing: it has a ``milestone_state`` and a
    ``note``. ``report_text`` is the team's short text for the year report. ``key`` is
    the item's stable name within the year (the CLI's ``target set YEAR KEY VALUE``)."""

    __table__ = plan_item

    year: Mapped[int]
    key: Mapped[str]
    position: Mapped[int]
    goal: Mapped[str]
    code: Mapped[str]
    text: Mapped[str]
    counted: Mapped[str]
    publication_kind: Mapped[str | None]
    measure: Mapped[str]
    held_only: Mapped[bool]
    milestone_state: Mapped[str]
    note: Mapped[str]
    report_text: Mapped[str]

    activity_kinds: Mapped[list[ActivityKind]] = relationship(secondary=plan_item_activity_kind)
