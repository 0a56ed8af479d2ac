"""Targets of the action plan per year, as a view on the year's plan items: a target is
the number (or participant hours) one item asks for (``db.models.plan``). The command
line's ``target set YEAR INDICATOR VALUE`` names the item by its key (``info_sessions``,
and the figures of before: ``advice_talks``, ``trajectories``, ``focus_groups``) or by
its code when that names one counted item of the year (``OD 3.2``). Setting a target in
a year without a plan makes that year's plan first (``services.plan.ensure_year``)."""

from __future__ import annotations

from sqlalchemy.orm import Session

from db.session import Database
from supportdesk.field_rules import rule
from supportdesk.plan_items import read_year, stored_items, year_targets
from supportdesk.services._base import write
from supportdesk.services._plan_parts import ensure_in, set_item_target
from supportdesk.validation import Checker


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


def set_target(db: Database, year: int, indicator: str, value: int) -> dict[str, int]:
    """Set (or change) one target; returns that year's targets (key -> value)."""
    with write(db) as session:
        return set_target_in(session, year, indicator, value)


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


def get_targets(db: Database, year: int) -> dict[str, int]:
    """Item key -> target for ``year`` (only the items that have one; nothing for a year
    without a plan yet: ``services.plan.list_plan_items`` shows what it would start with)."""
    with db.read() as session:
        return year_targets(session, year) if stored_items(session, year) else {}
