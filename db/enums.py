"""Allowed values of the coded columns, stored as short English codes.

Each code set is a ``StrEnum``: a member *is* its stored string (``Channel.EMAIL ==
"email"``), so rows, JSON exports and SQL comparisons keep the same values. The tuples
below are derived from the enums, in the enum's order (the order lists and choices show),
for the places that check a value against the allowed ones. The Dutch (and English)
labels belong to the reports and the interface, keyed by these members; the core keeps
the codes. The interface reaches them through ``supportdesk.codes``.
"""

from __future__ import annotations

from enum import StrEnum


class LgKind(StrEnum):
    MUNICIPALITY = "municipality"
    PARTNERSHIP = "partnership"
    ORGANISATION = "organisation"


class OrganisationKind(StrEnum):
    """What an organisation (``LgKind.ORGANISATION``) is: a partner such as Mediawijs, a
    Digibank, (a part of) the administration, or something else."""

    PARTNER = "partner"
    DIGIBANK = "digibank"
    ADMINISTRATION = "administration"
    OTHER = "other"


class ToolKind(StrEnum):
    """What an item of the team's catalogue is: a tool, a guide, a publication."""

    TOOL = "tool"
    GUIDE = "guide"
    PUBLICATION = "publication"


class ToolStatus(StrEnum):
    """Where a catalogue item stands: available, being made ("in ontwikkeling"), or
    being updated ("in herwerking")."""

    AVAILABLE = "available"
    IN_DEVELOPMENT = "in_development"
    BEING_UPDATED = "being_updated"


def tool_kind_of_text(text: str) -> ToolKind:
    """The code for a catalogue item's kind written as free text before migration 0011
    ("inspiratiegids", "publicatie", "beleidstool"): used by that migration, the
    reference data and the import of older exports, so all three agree."""
    folded = text.casefold()
    if "publicatie" in folded or "publication" in folded:
        return ToolKind.PUBLICATION
    if "gids" in folded or "guide" in folded or "handleiding" in folded:
        return ToolKind.GUIDE
    return ToolKind.TOOL


class StartingPosition(StrEnum):
    STARTING = "starting"  # startend
    GROWING = "growing"  # groeiend
    EXPERIENCED = "experienced"  # ervaren


class Channel(StrEnum):
    """How an advice talk went; ``EMAIL`` alone is a question answered by mail."""

    EMAIL = "email"
    PHONE = "phone"
    ONLINE = "online"
    ON_SITE = "on_site"


class ContactForm(StrEnum):
    ON_SITE = "on_site"
    ONLINE = "online"
    PHONE = "phone"
    EMAIL = "email"


class TrajectoryStatus(StrEnum):
    REQUEST = "request"
    INTAKE = "intake"
    RUNNING = "running"
    FINISHED = "finished"
    STOPPED = "stopped"


class FocusGroupStatus(StrEnum):
    """gepland, gehouden, geannuleerd; only ``HELD`` counts (supportdesk.indicators)."""

    PLANNED = "planned"
    HELD = "held"
    CANCELLED = "cancelled"


class Attendance(StrEnum):
    INVITED = "invited"
    PRESENT = "present"
    ABSENT = "absent"
    EXCUSED = "excused"


class Indicator(StrEnum):
    """The three figures of the action plan (supportdesk.indicators counts them)."""

    ADVICE_TALKS = "advice_talks"
    TRAJECTORIES = "trajectories"
    FOCUS_GROUPS = "focus_groups"


def values_of(codes: type[StrEnum]) -> tuple[str, ...]:
    """The plain stored strings of a code set, in its order (``plan_enums`` too)."""
    return tuple(member.value for member in codes)


LG_KINDS: tuple[str, ...] = values_of(LgKind)
ORGANISATION_KINDS: tuple[str, ...] = values_of(OrganisationKind)
TOOL_KINDS: tuple[str, ...] = values_of(ToolKind)
TOOL_STATUSES: tuple[str, ...] = values_of(ToolStatus)
STARTING_POSITIONS: tuple[str, ...] = values_of(StartingPosition)
CHANNELS: tuple[str, ...] = values_of(Channel)
CONTACT_FORMS: tuple[str, ...] = values_of(ContactForm)
TRAJECTORY_STATUSES: tuple[str, ...] = values_of(TrajectoryStatus)
FOCUS_GROUP_STATUSES: tuple[str, ...] = values_of(FocusGroupStatus)
ATTENDANCE: tuple[str, ...] = values_of(Attendance)
INDICATORS: tuple[str, ...] = values_of(Indicator)

#: every code set, for the tests that every member has a label in every table
CODE_SETS: tuple[type[StrEnum], ...] = (
    LgKind,
    OrganisationKind,
    ToolKind,
    ToolStatus,
    StartingPosition,
    Channel,
    ContactForm,
    TrajectoryStatus,
    FocusGroupStatus,
    Attendance,
    Indicator,
)
