"""The Dutch words for the action plan's codes, one table per code set keyed by its
enum (as ``supportdesk.labels`` for the other codes). Reports and the command line print
them; the interface translates them with the context ``Labels``."""

from __future__ import annotations

from collections.abc import Mapping
from enum import StrEnum

from db.plan_enums import (
    ActivityStatus,
    CountedRecord,
    Goal,
    Lead,
    Measure,
    MilestoneState,
    PublicationKind,
    TeamRole,
)
from supportdesk.labels import FOCUS_GROUP_STATUSES, QT_TRANSLATE_NOOP

CONTEXT = "Labels"

#: an activity moves through a focus group's statuses (``ActivityStatus`` has the same
#: codes), so it has their words: one table
ACTIVITY_STATUSES: dict[str, str] = FOCUS_GROUP_STATUSES
LEADS: dict[str, str] = {
    Lead.VVSG: QT_TRANSLATE_NOOP("Labels", "VVSG"),
    Lead.MEDIAWIJS: QT_TRANSLATE_NOOP("Labels", "Mediawijs"),
    Lead.OTHER: QT_TRANSLATE_NOOP("Labels", "andere partner"),
}
TEAM_ROLES: dict[str, str] = {
    TeamRole.ORGANISER: QT_TRANSLATE_NOOP("Labels", "organisator"),
    TeamRole.SUPPORT: QT_TRANSLATE_NOOP("Labels", "ondersteuning"),
    TeamRole.SPEAKER: QT_TRANSLATE_NOOP("Labels", "spreker"),
}
PUBLICATION_KINDS: dict[str, str] = {
    PublicationKind.GOOD_PRACTICE: QT_TRANSLATE_NOOP("Labels", "goede praktijk"),
    PublicationKind.ARTICLE: QT_TRANSLATE_NOOP("Labels", "artikel"),
    PublicationKind.NEWSLETTER: QT_TRANSLATE_NOOP("Labels", "nieuwsbrief"),
    PublicationKind.WEBSITE_UPDATE: QT_TRANSLATE_NOOP("Labels", "website-update"),
}
GOALS: dict[str, str] = {
    Goal.SD1: QT_TRANSLATE_NOOP(
        "Labels", "SD1 Kennisdeling en uitwisseling voor lokale besturen en hun partners"
    ),
    Goal.SD2: QT_TRANSLATE_NOOP("Labels", "SD2 Opleidingen voor lokale besturen"),
    Goal.SD3: QT_TRANSLATE_NOOP("Labels", "SD3 Tools, ondersteuning en advies"),
}
COUNTED_RECORDS: dict[str, str] = {
    CountedRecord.ACTIVITY: QT_TRANSLATE_NOOP("Labels", "activiteiten"),
    CountedRecord.PUBLICATION: QT_TRANSLATE_NOOP("Labels", "publicaties"),
    CountedRecord.FOCUS_GROUP: QT_TRANSLATE_NOOP("Labels", "focusgroepen"),
    CountedRecord.ADVICE_TALK: QT_TRANSLATE_NOOP("Labels", "adviesgesprekken"),
    CountedRecord.TRAJECTORY: QT_TRANSLATE_NOOP("Labels", "trajecten"),
    CountedRecord.MILESTONE: QT_TRANSLATE_NOOP("Labels", "mijlpaal (geen aantal)"),
}
MEASURES: dict[str, str] = {
    Measure.COUNT: QT_TRANSLATE_NOOP("Labels", "aantal"),
    Measure.PARTICIPANT_HOURS: QT_TRANSLATE_NOOP("Labels", "deelnemersuren"),
}
MILESTONE_STATES: dict[str, str] = {
    MilestoneState.OPEN: QT_TRANSLATE_NOOP("Labels", "nog niet begonnen"),
    MilestoneState.STARTED: QT_TRANSLATE_NOOP("Labels", "bezig"),
    MilestoneState.DONE: QT_TRANSLATE_NOOP("Labels", "gerealiseerd"),
}

#: each code set's table of words, and their translation context
TABLES: dict[type[StrEnum], tuple[str, Mapping[str, str]]] = {
    ActivityStatus: (CONTEXT, ACTIVITY_STATUSES),
    Lead: (CONTEXT, LEADS),
    TeamRole: (CONTEXT, TEAM_ROLES),
    PublicationKind: (CONTEXT, PUBLICATION_KINDS),
    Goal: (CONTEXT, GOALS),
    CountedRecord: (CONTEXT, COUNTED_RECORDS),
    Measure: (CONTEXT, MEASURES),
    MilestoneState: (CONTEXT, MILESTONE_STATES),
}
