"""A year's plan items as the core and the interface read them, and where a year's plan
comes from when it has none yet (a copy of the nearest year that has one, else the
seeded plan): shared by ``services.plan`` (which writes) and ``indicators`` (which
counts), so neither imports the other.

A plan item's numeric target is the ``target`` row of its year and key (``db.models.plan``).
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from db.models import ActivityKind, PlanItem, Target
from db.plan_reference import default_items
from supportdesk.plan_codes import CountedRecord, Measure
from supportdesk.services._base import Ref


@dataclass(frozen=True)
class PlanItemView:
    """One item of a year's plan. A view of a year that has no plan yet (what
    ``ensure_year`` would make) has ``id`` "" and ``version`` 0."""

    id: str
    version: int
    year: int
    key: str
    position: int
    goal: str
    code: str
    text: str
    counted: str
    activity_kinds: tuple[Ref, ...]
    publication_kind: str | None
    measure: str
    held_only: bool
    target: int | None
    milestone_state: str
    note: str
    report_text: str

    @property
    def is_milestone(self) -> bool:
        return self.counted == CountedRecord.MILESTONE

    @property
    def unit(self) -> str:
        """ "count" or "participant_hours" (what the figure and the target are in)."""
        return self.measure

    @property
    def counts_hours(self) -> bool:
        return self.measure == Measure.PARTICIPANT_HOURS and not self.is_milestone


def item_view(item: PlanItem, target: int | None) -> PlanItemView:
    return PlanItemView(
        id=item.public_id,
        version=item.version,
        year=item.year,
        key=item.key,
        position=item.position,
        goal=item.goal,
        code=item.code,
        text=item.text,
        counted=item.counted,
        activity_kinds=tuple(Ref(k.public_id, k.name) for k in item.activity_kinds),
        publication_kind=item.publication_kind,
        measure=item.measure,
        held_only=item.held_only,
        target=target,
        milestone_state=item.milestone_state,
        note=item.note,
        report_text=item.report_text,
    )


def stored_items(session: Session, year: int) -> list[PlanItem]:
    """The items of ``year`` with their activity kinds, read in one more statement (not
    one per item: the Overzicht and ``stats`` read ~20 items at every start)."""
    return list(
        session.scalars(
            select(PlanItem)
            .where(PlanItem.year == year)
            .order_by(PlanItem.position, PlanItem.id)
            .options(selectinload(PlanItem.activity_kinds))
        )
    )


def year_targets(session: Session, year: int) -> dict[str, int]:
    rows = session.execute(select(Target.indicator, Target.value).where(Target.year == year))
    return {key: value for key, value in rows}


def source_year(session: Session, year: int) -> int | None:
    """The year a new plan for ``year`` is copied from: the last year before it that has
    items, else the first one after it; None when no year has any."""
    before = session.scalar(
        select(PlanItem.year).where(PlanItem.year < year).order_by(PlanItem.year.desc()).limit(1)
    )
    if before is not None:
        return int(before)
    after = session.scalar(
        select(PlanItem.year).where(PlanItem.year > year).order_by(PlanItem.year).limit(1)
    )
    return None if after is None else int(after)


def read_year(session: Session, year: int) -> list[PlanItemView]:
    """The plan of ``year``: its items, or what a new plan for it would hold."""
    items = stored_items(session, year)
    if items:
        targets = year_targets(session, year)
        return [item_view(i, targets.get(i.key)) for i in items]
    return prospective_year(session, year)


def prospective_year(session: Session, year: int) -> list[PlanItemView]:
    """What ``ensure_year`` would make for ``year``: a copy of the source year's items
    and targets (milestones open again, no texts), or the seeded plan."""
    source = source_year(session, year)
    if source is not None:
        targets = year_targets(session, source)
        views = [item_view(i, targets.get(i.key)) for i in stored_items(session, source)]
    else:
        views = _seeded(session)
    return [
        replace(v, id="", version=0, year=year, milestone_state="open", note="", report_text="")
        for v in views
    ]


def _seeded(session: Session) -> list[PlanItemView]:
    """The seeded plan's items (``db.plan_reference``) as views."""
    kinds = {k.code: Ref(k.public_id, k.name) for k in session.scalars(select(ActivityKind))}
    fields = ("key", "goal", "code", "text", "counted", "publication_kind", "measure")
    return [
        PlanItemView(
            id="",
            version=0,
            year=0,
            position=position,
            **{f: d[f] for f in fields},
            activity_kinds=tuple(kinds[c] for c in d["kinds"] if c in kinds),
            held_only=d["held_only"],
            target=d["target"],
            milestone_state="open",
            note="",
            report_text="",
        )
        for position, d in enumerate(default_items(), start=1)
    ]
