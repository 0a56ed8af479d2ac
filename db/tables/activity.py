"""The activity area's Core tables (temporary: taken from the ORM models)."""

from db.models.activity import (
    Activity,
    ActivityKind,
    ActivityParticipant,
    activity_member,
    activity_theme,
)

activity = Activity.__table__
activity_kind = ActivityKind.__table__
activity_participant = ActivityParticipant.__table__

__all__ = ["activity", "activity_kind", "activity_member", "activity_participant", "activity_theme"]
