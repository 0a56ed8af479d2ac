"""The trajectory area's Core tables (temporary: taken from the ORM models)."""

from db.models.trajectory import (
    ContactMoment,
    Trajectory,
    contact_moment_contact,
    contact_moment_member,
    trajectory_coach,
    trajectory_contact,
    trajectory_theme,
)

contact_moment = ContactMoment.__table__
trajectory = Trajectory.__table__

__all__ = [
    "contact_moment",
    "contact_moment_contact",
    "contact_moment_member",
    "trajectory",
    "trajectory_coach",
    "trajectory_contact",
    "trajectory_theme",
]
