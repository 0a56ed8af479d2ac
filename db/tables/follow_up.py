"""The follow_up area's Core tables (temporary: taken from the ORM models)."""

from db.models.follow_up import FollowUpAction

follow_up_action = FollowUpAction.__table__

__all__ = ["follow_up_action"]
