"""The plan per year (jaarplan): its items, what each counts, its target, milestones and
the short report text the team writes per item.

A year's plan is made on first use (``ensure_year``) as a copy of the nearest year that
has one (the last year before it, else the first after it), targets included, the
milestones open again and the texts empty; without any plan the seeded 2025 plan is the
model. Reading a year that has no plan yet (``list_plan_items``) shows what it would be
and writes nothing. The figures are counted by ``supportdesk.indicators``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from db.models import ActivityKind, PlanItem, Target
from db.session import Database
from supportdesk.errors import ValidationError
from supportdesk.field_rules import rule
from supportdesk.plan_codes import (
    COUNTED_RECORDS,
    GOALS,
    MEASURES,
    MILESTONE_STATES,
    PUBLICATION_KINDS,
    CountedRecord,
    Measure,
)
from supportdesk.plan_items import PlanItemView, item_view, read_year, stored_items, year_targets
from supportdesk.services._base import (
    delete_record,
    edit_record,
    find_refs,
    read_record,
    set_fields,
    write,
)
from supportdesk.services._plan_parts import copy_into, ensure_in, set_item_target
from supportdesk.validation import Checker

__all__ = [
    "PlanItemInput",
    "PlanItemView",
    "copy_plan",
    "create_plan_item",
    "delete_plan_item",
    "ensure_year",
    "get_plan_item",
    "list_plan_items",
    "plan_years",
    "set_milestone",
    "set_report_text",
    "update_plan_item",
]

_KEY = re.compile(r"^[a-z0-9_]{1,50}$")


@dataclass(frozen=True)
class PlanItemInput:
    """An item's form. ``activity_kind_ids`` (public ids) for an item counting activities,
    ``publication_kind`` for one counting publications; ``target`` None: no target."""

    goal: str
    code: str
    text: str
    counted: str
    activity_kind_ids: tuple[str, ...] = ()
    publication_kind: str | None = None
    measure: str = Measure.COUNT
    held_only: bool = True
    target: int | None = None
    milestone_state: str = "open"
    note: str = ""
    report_text: str = ""


def _check_year(chk: Checker, field: str, year: object) -> int | None:
    value: int | None = rule("target", "year").apply(chk, year, field)
    return value


def _apply(session: Session, item: PlanItem, data: PlanItemInput) -> int | None:
    """Check the whole form (every problem at once), fill ``item``; returns the target."""
    if not isinstance(data, PlanItemInput):
        raise ValidationError.single("text", "Ongeldig item van het jaarplan.")
    chk = Checker()
    goal = chk.choice("goal", data.goal, GOALS, "strategische doelstelling")
    code = rule("plan_item", "code").apply(chk, data.code)
    text = rule("plan_item", "text").apply(chk, data.text)
    counted = chk.choice("counted", data.counted, COUNTED_RECORDS, "wat geteld wordt")
    kinds = find_refs(chk, session, ActivityKind, data.activity_kind_ids, "activity_kind_ids")
    measure = chk.choice("measure", data.measure, MEASURES, "eenheid")
    held_only = chk.flag("held_only", data.held_only)
    publication_kind = chk.optional_choice(
        "publication_kind", data.publication_kind, PUBLICATION_KINDS, "soort publicatie"
    )
    target = (
        None if data.target is None else rule("target", "value").apply(chk, data.target, "target")
    )
    state = chk.choice("milestone_state", data.milestone_state, MILESTONE_STATES, "stand")
    note = rule("plan_item", "note").apply(chk, data.note)
    report_text = rule("plan_item", "report_text").apply(chk, data.report_text)
    if "counted" not in chk.errors:
        _coherent(chk, counted, kinds, publication_kind, measure, data.target)
    chk.raise_if_any()
    item.goal, item.code, item.text, item.counted = goal, code, text, counted
    item.activity_kinds = kinds if counted == CountedRecord.ACTIVITY else []
    item.publication_kind = publication_kind if counted == CountedRecord.PUBLICATION else None
    item.measure, item.held_only = measure, held_only
    item.milestone_state, item.note, item.report_text = state, note, report_text
    return target


def _coherent(
    chk: Checker,
    counted: str,
    kinds: list[ActivityKind],
    publication_kind: str | None,
    measure: str,
    target: object,
) -> None:
    """What is counted fits: activities name their kinds, publications their kind,
    participant hours are of activities, a milestone has no number."""
    if counted == CountedRecord.ACTIVITY:
        if not kinds and "activity_kind_ids" not in chk.errors:
            chk.fail("activity_kind_ids", "Kies minstens één soort activiteit om te tellen.")
    elif kinds:
        chk.fail("activity_kind_ids", "Enkel een item dat activiteiten telt, kiest soorten.")
    if counted == CountedRecord.PUBLICATION:
        if not publication_kind and "publication_kind" not in chk.errors:
            chk.fail("publication_kind", "Kies de soort publicatie om te tellen.")
    elif publication_kind:
        chk.fail("publication_kind", "Enkel een item dat publicaties telt, kiest een soort.")
    if measure == Measure.PARTICIPANT_HOURS and counted != CountedRecord.ACTIVITY:
        chk.fail("measure", "Enkel activiteiten hebben deelnemersuren.")
    if counted == CountedRecord.MILESTONE and target is not None:
        chk.fail("target", "Een mijlpaal heeft geen streefcijfer; geef een stand en een noot.")


def _view(session: Session, item: PlanItem) -> PlanItemView:
    return item_view(item, year_targets(session, item.year).get(item.key))


def list_plan_items(db: Database, year: int) -> list[PlanItemView]:
    """The items of ``year``'s plan in order (read only: a year without a plan shows
    what ``ensure_year`` would make, with id "" and version 0)."""
    with db.read() as session:
        return read_year(session, year)


def plan_years(db: Database) -> list[int]:
    """The years that have a plan, newest first."""
    with db.read() as session:
        return sorted({int(y) for y in session.scalars(select(PlanItem.year).distinct())})[::-1]


def ensure_year(db: Database, year: int) -> list[PlanItemView]:
    """The plan of ``year``, made first when it has none (see the module's docstring)."""
    chk = Checker()
    y = _check_year(chk, "year", year)
    chk.raise_if_any()
    assert y is not None
    with write(db) as session:
        ensure_in(session, y)
        return read_year(session, y)


def copy_plan(db: Database, from_year: int, to_year: int) -> list[PlanItemView]:
    """A new plan for ``to_year`` as a copy of ``from_year``'s (which must have one);
    ``to_year`` must have none yet."""
    chk = Checker()
    source = _check_year(chk, "from_year", from_year)
    target = _check_year(chk, "to_year", to_year)
    chk.raise_if_any()
    assert source is not None and target is not None
    with write(db) as session:
        if not stored_items(session, source):
            chk.fail("from_year", f"{source} heeft geen jaarplan om over te nemen.")
        if stored_items(session, target):
            chk.fail("to_year", f"Het jaarplan van {target} bestaat al.")
        chk.raise_if_any()
        targets = year_targets(session, source)
        views = [item_view(i, targets.get(i.key)) for i in stored_items(session, source)]
        copy_into(session, target, views)
        return read_year(session, target)


def create_plan_item(
    db: Database, year: int, data: PlanItemInput, key: str | None = None
) -> PlanItemView:
    """A new item at the end of ``year``'s plan (made first if the year has none).
    ``key`` (lower-case letters, digits, _) names it for ``target set``; by default
    ``item_<n>``."""
    chk = Checker()
    y = _check_year(chk, "year", year)
    if key is not None and (not isinstance(key, str) or not _KEY.match(key)):
        chk.fail("key", "Een sleutel bestaat uit kleine letters, cijfers en _ (ten hoogste 50).")
    chk.raise_if_any()
    assert y is not None
    with write(db) as session, session.no_autoflush:
        ensure_in(session, y)
        last = int(
            session.scalar(select(func.max(PlanItem.position)).where(PlanItem.year == y)) or 0
        )
        taken = {i.key for i in stored_items(session, y)}
        name = key or next(
            f"item_{n}" for n in range(last + 1, last + 1000) if f"item_{n}" not in taken
        )
        if name in taken:
            raise ValidationError.single("key", f"Het jaarplan van {y} heeft al een item “{name}”.")
        item = PlanItem(year=y, key=name, position=last + 1, activity_kinds=[])
        value = _apply(session, item, data)
        session.add(item)
        set_item_target(session, y, name, value)
        session.flush()
        return _view(session, item)


def update_plan_item(
    db: Database, public_id: str, data: PlanItemInput, expected_version: int | None
) -> PlanItemView:
    """Save an item's form, its target included (one transaction)."""

    def apply(session: Session, item: PlanItem, form: PlanItemInput) -> None:
        set_item_target(session, item.year, item.key, _apply(session, item, form))

    return edit_record(db, PlanItem, public_id, expected_version, apply, data, _view)


def _change(
    db: Database, public_id: str, expected_version: int | None, **values: str
) -> PlanItemView:
    return set_fields(db, PlanItem, public_id, values, expected_version, _view)


def set_report_text(
    db: Database, public_id: str, text: str, expected_version: int | None = None
) -> PlanItemView:
    """The team's short text on this item for the year report."""
    chk = Checker()
    value = rule("plan_item", "report_text").apply(chk, text)
    chk.raise_if_any()
    return _change(db, public_id, expected_version, report_text=value)


def set_milestone(
    db: Database, public_id: str, state: str, note: str, expected_version: int | None = None
) -> PlanItemView:
    """A milestone's state (open, started, done) and note."""
    chk = Checker()
    code = chk.choice("milestone_state", state, MILESTONE_STATES, "stand")
    text = rule("plan_item", "note").apply(chk, note)
    chk.raise_if_any()
    return _change(db, public_id, expected_version, milestone_state=code, note=text)


def delete_plan_item(db: Database, public_id: str, expected_version: int | None = None) -> None:
    """Remove an item from its year's plan, with its target (the records stay)."""

    def with_target(session: Session, item: PlanItem) -> None:
        session.execute(
            delete(Target).where(Target.year == item.year, Target.indicator == item.key)
        )

    delete_record(db, PlanItem, public_id, expected_version, with_target)


def get_plan_item(db: Database, public_id: str) -> PlanItemView:
    return read_record(db, PlanItem, public_id, _view)
