"""Targets of the action plan per year and indicator (next year's plan will differ)."""

from __future__ import annotations

from sqlalchemy import select

from db.models import Target
from db.models.enums import INDICATORS
from db.session import Database
from supportdesk.field_rules import rule
from supportdesk.services._base import write
from supportdesk.validation import Checker


def set_target(db: Database, year: int, indicator: str, value: int) -> dict[str, int]:
    """Set (or change) one target; returns that year's targets."""
    chk = Checker()
    y = rule("target", "year").apply(chk, year)
    code = chk.choice("indicator", indicator, INDICATORS, "indicator")
    v = rule("target", "value").apply(chk, value)
    chk.raise_if_any()
    assert y is not None and v is not None
    with write(db) as session:
        target = session.scalar(select(Target).where(Target.year == y, Target.indicator == code))
        if target is None:
            session.add(Target(year=y, indicator=code, value=v))
        elif target.value != v:
            target.value = v
        session.flush()
        rows = session.scalars(select(Target).where(Target.year == y))
        return {t.indicator: t.value for t in rows}


def get_targets(db: Database, year: int) -> dict[str, int]:
    """Indicator code -> target for ``year`` (only the indicators that have one)."""
    with db.read() as session:
        rows = session.scalars(select(Target).where(Target.year == year))
        return {t.indicator: t.value for t in rows}
