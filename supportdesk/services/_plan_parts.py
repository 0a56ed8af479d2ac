"""What the plan services share inside their transaction (``services.plan``,
``services.targets`` and the welcome's ``services.first_start``): a year's plan made on
first use, and an item's target written (``set_target_in``: ``set_target`` inside a
larger save)."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import ActivityKind, PlanItem, Target
from supportdesk.field_rules import rule
from supportdesk.plan_items import (
    PlanItemView,
    prospective_year,
    read_year,
    stored_items,
    year_targets,
)
from supportdesk.validation import Checker


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


def _item_key(session: Session, year: int, indicator: object) -> str | None:
    """The key of the item ``indicator`` names in ``year`` (its key, or a code that
    names exactly one counted item), or None."""
    if not isinstance(indicator, str):
        return None
    items = [i for i in read_year(session, year) if not i.is_milestone]
    wanted = indicator.strip()
    by_key = [i.key for i in items if i.key == wanted]
    if by_key:
        return by_key[0]
    folded = wanted.replace(" ", "").casefold()
    by_code = [i.key for i in items if i.code.replace(" ", "").casefold() == folded]
    return by_code[0] if len(by_code) == 1 else None


def _unknown(session: Session, year: int, indicator: object) -> str:
    keys = ", ".join(i.key for i in read_year(session, year) if not i.is_milestone)
    return (
        f"Onbekende indicator: {indicator!r} staat niet in het jaarplan van {year}; "
        f"kies uit: {keys}."
    )


def set_target_in(session: Session, year: int, indicator: str, value: int) -> dict[str, int]:
    """``set_target`` inside a transaction of a larger save (the welcome's)."""
    chk = Checker()
    y = rule("target", "year").apply(chk, year)
    v = rule("target", "value").apply(chk, value)
    if y is None:
        chk.raise_if_any()
    assert y is not None
    key = _item_key(session, y, indicator)
    if key is None:
        chk.fail("indicator", _unknown(session, y, indicator))
    chk.raise_if_any()
    assert key is not None and v is not None
    ensure_in(session, y)
    set_item_target(session, y, key, v)
    session.flush()
    return year_targets(session, y)
