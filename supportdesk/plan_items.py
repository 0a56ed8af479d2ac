"""A year's plan items as the core and the interface read them, and where a year's plan
comes from when it has none yet (a copy of the nearest year that has one, else the
seeded plan): shared by ``services.plan`` (which writes) and ``indicators`` (which
counts), so neither imports the other.

A year's plan is read with Core statements, from a Core connection (``stats``, the
Overzicht: no ORM loaded) or from a service's session (which flushes what it holds
first, as for any statement). Only ``stored_items`` and ``item_view``, for the services
that change items, deal in ``PlanItem`` objects.

A plan item's numeric target is the ``target`` row of its year and key (``db.models.plan``).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any, TypeAlias

from sqlalchemy import Connection, select

from db.plan_reference import default_items
from db.tables.activity import activity_kind
from db.tables.plan import plan_item, plan_item_activity_kind
from db.tables.targets import target as target_table
from supportdesk.plan_codes import CountedRecord, Measure
from supportdesk.refs import Ref

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from db.models import PlanItem

    #: where a plan is read from: a Core connection or a service's session
    Reader: TypeAlias = Connection | Session


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


_p = plan_item.c
#: the columns a view is made of (a row of these and a ``PlanItem`` share the names)
_VIEW_COLUMNS = (
    _p.id, _p.public_id, _p.version, _p.year, _p.key, _p.position, _p.goal, _p.code, _p.text,
    _p.counted, _p.publication_kind, _p.measure, _p.held_only, _p.milestone_state, _p.note,
    _p.report_text,
)  # fmt: skip


def _view(item: Any, kinds: tuple[Ref, ...], target: int | None) -> PlanItemView:
    """The view of a stored item: a row of ``_VIEW_COLUMNS`` or a ``PlanItem``."""
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
        activity_kinds=kinds,
        publication_kind=item.publication_kind,
        measure=item.measure,
        held_only=item.held_only,
        target=target,
        milestone_state=item.milestone_state,
        note=item.note,
        report_text=item.report_text,
    )


def item_view(item: PlanItem, target: int | None) -> PlanItemView:
    """The view of a ``PlanItem`` a service holds."""
    return _view(item, tuple(Ref(k.public_id, k.name) for k in item.activity_kinds), target)


def stored_items(session: Session, year: int) -> list[PlanItem]:
    """The ``PlanItem`` objects of ``year`` with their activity kinds (one more
    statement, not one per item), for the services that change them."""
    from sqlalchemy.orm import selectinload

    from db.models import PlanItem

    return list(
        session.scalars(
            select(PlanItem)
            .where(PlanItem.year == year)
            .order_by(PlanItem.position, PlanItem.id)
            .options(selectinload(PlanItem.activity_kinds))
        )
    )


def _stored_views(reader: Reader, year: int) -> list[PlanItemView]:
    """The views of ``year``'s stored items in the plan's order: the items, their
    activity kinds and the year's targets, three statements (the Overzicht and ``stats``
    read the ~20 items at every start)."""
    rows = reader.execute(
        select(*_VIEW_COLUMNS).where(_p.year == year).order_by(_p.position, _p.id)
    ).all()
    if not rows:
        return []
    link, k = plan_item_activity_kind.c, activity_kind.c
    kinds: dict[int, list[Ref]] = defaultdict(list)
    for item_id, public_id, name in reader.execute(
        select(link.plan_item_id, k.public_id, k.name)
        .join_from(plan_item_activity_kind, activity_kind, k.id == link.activity_kind_id)
        .where(link.plan_item_id.in_([r.id for r in rows]))
    ):
        kinds[item_id].append(Ref(public_id, name))
    targets = year_targets(reader, year)
    return [_view(r, tuple(kinds[r.id]), targets.get(r.key)) for r in rows]


def year_targets(reader: Reader, year: int) -> dict[str, int]:
    t = target_table.c
    rows = reader.execute(select(t.indicator, t.value).where(t.year == year))
    return {key: value for key, value in rows}


def source_year(reader: Reader, year: int) -> int | None:
    """The year a new plan for ``year`` is copied from: the last year before it that has
    items, else the first one after it; None when no year has any."""
    before = reader.scalar(select(_p.year).where(_p.year < year).order_by(_p.year.desc()).limit(1))
    if before is not None:
        return int(before)
    after = reader.scalar(select(_p.year).where(_p.year > year).order_by(_p.year).limit(1))
    return None if after is None else int(after)


def read_year(reader: Reader, year: int) -> list[PlanItemView]:
    """The plan of ``year``: its items, or what a new plan for it would hold."""
    return _stored_views(reader, year) or prospective_year(reader, year)


def prospective_year(reader: Reader, year: int) -> list[PlanItemView]:
    """What ``ensure_year`` would make for ``year``: a copy of the source year's items
    and targets (milestones open again, no texts), or the seeded plan."""
    source = source_year(reader, year)
    views = _stored_views(reader, source) if source is not None else _seeded(reader)
    return [
        replace(v, id="", version=0, year=year, milestone_state="open", note="", report_text="")
        for v in views
    ]


def _seeded(reader: Reader) -> list[PlanItemView]:
    """The seeded plan's items (``db.plan_reference``) as views."""
    k = activity_kind.c
    kinds = {
        code: Ref(pid, name)
        for code, pid, name in reader.execute(select(k.code, k.public_id, k.name))
    }
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
