"""What the plan services share inside their transaction (``services.plan`` and
``services.targets``): a year's plan made on first use, and an item's target written."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import ActivityKind, PlanItem, Target
from supportdesk.plan_items import PlanItemView, prospective_year, stored_items


def set_item_target(session: Session, year: int, key: str, value: int | None) -> None:
    row = session.scalar(select(Target).where(Target.year == year, Target.indicator == key))
    if value is None:
        if row is not None:
            session.delete(row)
    elif row is None:
        session.add(Target(year=year, indicator=key, value=value))
    elif row.value != value:
        row.value = value


def copy_into(session: Session, year: int, views: list[PlanItemView]) -> list[PlanItem]:
    """New items for ``year`` from ``views`` (a prospective plan), with their targets."""
    kind_ids = {k.id for v in views for k in v.activity_kinds}
    kinds = {
        k.public_id: k
        for k in session.scalars(select(ActivityKind).where(ActivityKind.public_id.in_(kind_ids)))
    }
    items = []
    for v in views:
        item = PlanItem(
            year=year,
            key=v.key,
            position=v.position,
            goal=v.goal,
            code=v.code,
            text=v.text,
            counted=v.counted,
            publication_kind=v.publication_kind,
            measure=v.measure,
            held_only=v.held_only,
            milestone_state="open",
            note="",
            report_text="",
            activity_kinds=[kinds[k.id] for k in v.activity_kinds if k.id in kinds],
        )
        session.add(item)
        set_item_target(session, year, v.key, v.target)
        items.append(item)
    session.flush()
    return items


def ensure_in(session: Session, year: int) -> None:
    """``ensure_year`` inside a caller's transaction (``services.targets`` uses it)."""
    if not stored_items(session, year):
        copy_into(session, year, prospective_year(session, year))
