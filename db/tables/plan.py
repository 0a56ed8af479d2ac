"""The plan area's Core tables (temporary: taken from the ORM models)."""

from db.models.plan import PlanItem, plan_item_activity_kind

plan_item = PlanItem.__table__

__all__ = ["plan_item", "plan_item_activity_kind"]
