"""Codes of the action plan's own records (activities, publications, network, plan
items), stored as short English strings like the codes in ``db.enums``.

Kept apart from ``enums`` so the two sets can grow independently; the words for them
are in ``supportdesk.plan_labels``.
"""

from __future__ import annotations

from enum import StrEnum

from db.enums import values_of


class ActivityStatus(StrEnum):
    """gepland, gehouden, geannuleerd (like a focus group); only ``HELD`` counts."""

    PLANNED = "planned"
    HELD = "held"
    CANCELLED = "cancelled"


class Lead(StrEnum):
    """Who leads (trekt) an activity."""

    VVSG = "vvsg"
    MEDIAWIJS = "mediawijs"
    OTHER = "other"


class TeamRole(StrEnum):
    """The team's role in an activity."""

    ORGANISER = "organiser"
    SUPPORT = "support"
    SPEAKER = "speaker"


class PublicationKind(StrEnum):
    """OD 1.3 communication: a good practice, an article, a newsletter, a website update."""

    GOOD_PRACTICE = "good_practice"
    ARTICLE = "article"
    NEWSLETTER = "newsletter"
    WEBSITE_UPDATE = "website_update"


class Goal(StrEnum):
    """The plan's strategic goals (strategische doelstellingen)."""

    SD1 = "SD1"
    SD2 = "SD2"
    SD3 = "SD3"


class CountedRecord(StrEnum):
    """What a plan item counts; ``MILESTONE`` counts nothing (a state and a note)."""

    ACTIVITY = "activity"
    PUBLICATION = "publication"
    FOCUS_GROUP = "focus_group"
    ADVICE_TALK = "advice_talk"
    TRAJECTORY = "trajectory"
    MILESTONE = "milestone"


class Measure(StrEnum):
    """How a counted plan item is measured: a number of records or participant hours."""

    COUNT = "count"
    PARTICIPANT_HOURS = "participant_hours"


class MilestoneState(StrEnum):
    """Where a milestone (a plan item without a number) stands."""

    OPEN = "open"
    STARTED = "started"
    DONE = "done"


ACTIVITY_STATUSES: tuple[str, ...] = values_of(ActivityStatus)
LEADS: tuple[str, ...] = values_of(Lead)
TEAM_ROLES: tuple[str, ...] = values_of(TeamRole)
PUBLICATION_KINDS: tuple[str, ...] = values_of(PublicationKind)
GOALS: tuple[str, ...] = values_of(Goal)
COUNTED_RECORDS: tuple[str, ...] = values_of(CountedRecord)
MEASURES: tuple[str, ...] = values_of(Measure)
MILESTONE_STATES: tuple[str, ...] = values_of(MilestoneState)

PLAN_CODE_SETS: tuple[type[StrEnum], ...] = (
    ActivityStatus,
    Lead,
    TeamRole,
    PublicationKind,
    Goal,
    CountedRecord,
    Measure,
    MilestoneState,
)
