"""The team area's Core tables (temporary: taken from the ORM models)."""

from db.models.team import TeamMember, Theme, Tool

team_member = TeamMember.__table__
theme = Theme.__table__
tool = Tool.__table__

__all__ = ["team_member", "theme", "tool"]
