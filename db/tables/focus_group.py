"""The focus_group area's Core tables (temporary: taken from the ORM models)."""

from db.models.focus_group import FocusGroup, FocusGroupParticipant, ToolFinding, focus_group_member

focus_group = FocusGroup.__table__
focus_group_participant = FocusGroupParticipant.__table__
tool_finding = ToolFinding.__table__

__all__ = ["focus_group", "focus_group_member", "focus_group_participant", "tool_finding"]
