"""The consistency rules of the action plan's records, for ``supportdesk check`` and
import (``supportdesk.integrity.RULES`` takes them in): codes within their allowed
values, date and time order, a target that names an item of its year's plan, a plan
item that counts what it can count."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from sqlalchemy import and_, or_, select

from db import plan_enums as codes
from db.enums import ATTENDANCE
from db.models import Activity, ActivityParticipant, PlanItem, Publication, Target
from supportdesk.field_rules import rule


def unknown_code(column: Any, allowed: tuple[str, ...], nullable: bool = False) -> Any:
    """Rows whose ``column`` holds no code of ``allowed`` (empty counts as unknown unless
    ``nullable``); the rule of every "onbekende …" check, here and in ``integrity``."""
    wrong = column.not_in(allowed)
    return and_(column.is_not(None), wrong) if nullable else or_(column.is_(None), wrong)


Rule = tuple[str, str, Callable[[], Any]]


def code_rule(message: str, column: Any, allowed: tuple[str, ...], nullable: bool = False) -> Rule:
    """The "codes" check of one column: the ids of its table's rows holding no code of
    ``allowed`` (``unknown_code``), reported as ``message``."""
    return (
        "codes",
        message,
        lambda: select(column.class_.id).where(unknown_code(column, allowed, nullable)),
    )


def cancelled_undated(model: Any, plural: str) -> Rule:
    """A record moving planned -> held / cancelled (``services._status_moves``) that is
    cancelled has its cancel date."""
    return (
        "dates",
        f"geannuleerde {plural} zonder annulatiedatum",
        lambda: select(model.id).where(
            model.status == codes.ActivityStatus.CANCELLED, model.cancelled_on.is_(None)
        ),
    )


def held_in_future(model: Any, plural: str) -> Rule:
    """Such a record that is held is not dated after today."""
    return (
        "dates",
        f"gehouden {plural} met een datum na vandaag",
        lambda: select(model.id).where(
            model.status == codes.ActivityStatus.HELD, model.date > date.today()
        ),
    )


def _target_without_item() -> Any:
    """Targets of a year within the field rule's range whose key names no plan item of
    that year (a year outside the range is the field rule's problem, reported once)."""
    options = dict(rule("target", "year").options)
    keys = select(PlanItem.key).where(PlanItem.year == Target.year)
    return select(Target.id).where(
        Target.indicator.not_in(keys.scalar_subquery()),
        Target.year.between(options["minimum"], options["maximum"]),
    )


# (check name, message, the table's rows that break the rule)
PLAN_RULES: list[Rule] = [
    ("codes", "doelstellingen die geen item van het jaarplan noemen", _target_without_item),
    code_rule("activiteiten met een onbekende status", Activity.status, codes.ACTIVITY_STATUSES),
    code_rule("activiteiten met een onbekende trekker", Activity.lead, codes.LEADS),
    code_rule(
        "activiteiten met een onbekende rol van het team", Activity.team_role, codes.TEAM_ROLES
    ),
    code_rule(
        "deelnemers aan activiteiten met een onbekende aanwezigheid",
        ActivityParticipant.attendance,
        ATTENDANCE,
    ),
    code_rule("publicaties met een onbekende soort", Publication.kind, codes.PUBLICATION_KINDS),
    code_rule("items van het jaarplan met een onbekende doelstelling", PlanItem.goal, codes.GOALS),
    (
        "codes",
        "items van het jaarplan die iets onbekends tellen",
        lambda: select(PlanItem.id).where(
            or_(
                unknown_code(PlanItem.counted, codes.COUNTED_RECORDS),
                unknown_code(PlanItem.measure, codes.MEASURES),
                unknown_code(PlanItem.publication_kind, codes.PUBLICATION_KINDS, nullable=True),
                unknown_code(PlanItem.milestone_state, codes.MILESTONE_STATES),
            )
        ),
    ),
    (
        "dates",
        "activiteiten die eindigen voor ze beginnen",
        lambda: select(Activity.id).where(Activity.end_minute < Activity.start_minute),
    ),
    cancelled_undated(Activity, "activiteiten"),
    held_in_future(Activity, "activiteiten"),
]
