"""The Dutch words for the stored codes: one table per code set, keyed by its enum.

Reports print these words; the interface translates them (``ui.labels``) with the
context given here, and ``scripts/build_translations.py`` reads this file with
``pyside6-lupdate`` so the English ones stay in ``resources/translations``. Every member
of every code set has a word here (``tests/supportdesk/test_labels.py``).
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import StrEnum

from db.enums import (
    Attendance,
    Channel,
    ContactForm,
    FocusGroupStatus,
    Indicator,
    LgKind,
    OrganisationKind,
    StartingPosition,
    ToolKind,
    ToolStatus,
    TrajectoryStatus,
)

#: the translation context of the code words
CONTEXT = "Labels"
#: the translation context of the plan's indicator titles (first shown on the Overzicht)
INDICATOR_CONTEXT = "OverviewPage"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the name pyside6-lupdate looks for
    """Mark ``text`` for ``pyside6-lupdate`` without Qt: the core stays Qt-free."""
    return text


LG_KINDS: dict[str, str] = {
    LgKind.MUNICIPALITY: QT_TRANSLATE_NOOP("Labels", "gemeente"),
    LgKind.PARTNERSHIP: QT_TRANSLATE_NOOP("Labels", "samenwerkingsverband"),
    LgKind.ORGANISATION: QT_TRANSLATE_NOOP("Labels", "organisatie"),
}
ORGANISATION_KINDS: dict[str, str] = {
    OrganisationKind.PARTNER: QT_TRANSLATE_NOOP("Labels", "partner"),
    OrganisationKind.DIGIBANK: QT_TRANSLATE_NOOP("Labels", "Digibank"),
    OrganisationKind.ADMINISTRATION: QT_TRANSLATE_NOOP("Labels", "overheid of administratie"),
    OrganisationKind.OTHER: QT_TRANSLATE_NOOP("Labels", "andere organisatie"),
}
TOOL_KINDS: dict[str, str] = {
    ToolKind.TOOL: QT_TRANSLATE_NOOP("Labels", "tool"),
    ToolKind.GUIDE: QT_TRANSLATE_NOOP("Labels", "gids"),
    ToolKind.PUBLICATION: QT_TRANSLATE_NOOP("Labels", "publicatie"),
}
TOOL_STATUSES: dict[str, str] = {
    ToolStatus.AVAILABLE: QT_TRANSLATE_NOOP("Labels", "beschikbaar"),
    ToolStatus.IN_DEVELOPMENT: QT_TRANSLATE_NOOP("Labels", "in ontwikkeling"),
    ToolStatus.BEING_UPDATED: QT_TRANSLATE_NOOP("Labels", "in herwerking"),
}
STARTING_POSITIONS: dict[str, str] = {
    StartingPosition.STARTING: QT_TRANSLATE_NOOP("Labels", "startend"),
    StartingPosition.GROWING: QT_TRANSLATE_NOOP("Labels", "groeiend"),
    StartingPosition.EXPERIENCED: QT_TRANSLATE_NOOP("Labels", "ervaren"),
}
CHANNELS: dict[str, str] = {
    Channel.EMAIL: QT_TRANSLATE_NOOP("Labels", "e-mail"),
    Channel.PHONE: QT_TRANSLATE_NOOP("Labels", "telefoon"),
    Channel.ONLINE: QT_TRANSLATE_NOOP("Labels", "online overleg"),
    Channel.ON_SITE: QT_TRANSLATE_NOOP("Labels", "ter plaatse"),
}
CONTACT_FORMS: dict[str, str] = {
    ContactForm.ON_SITE: QT_TRANSLATE_NOOP("Labels", "ter plaatse"),
    ContactForm.ONLINE: QT_TRANSLATE_NOOP("Labels", "online"),
    ContactForm.PHONE: QT_TRANSLATE_NOOP("Labels", "telefoon"),
    ContactForm.EMAIL: QT_TRANSLATE_NOOP("Labels", "e-mail"),
}
TRAJECTORY_STATUSES: dict[str, str] = {
    TrajectoryStatus.REQUEST: QT_TRANSLATE_NOOP("Labels", "aanvraag"),
    TrajectoryStatus.INTAKE: QT_TRANSLATE_NOOP("Labels", "intake"),
    TrajectoryStatus.RUNNING: QT_TRANSLATE_NOOP("Labels", "lopend"),
    TrajectoryStatus.FINISHED: QT_TRANSLATE_NOOP("Labels", "afgerond"),
    TrajectoryStatus.STOPPED: QT_TRANSLATE_NOOP("Labels", "stopgezet"),
}
FOCUS_GROUP_STATUSES: dict[str, str] = {
    FocusGroupStatus.PLANNED: QT_TRANSLATE_NOOP("Labels", "gepland"),
    FocusGroupStatus.HELD: QT_TRANSLATE_NOOP("Labels", "gehouden"),
    FocusGroupStatus.CANCELLED: QT_TRANSLATE_NOOP("Labels", "geannuleerd"),
}
ATTENDANCE: dict[str, str] = {
    Attendance.INVITED: QT_TRANSLATE_NOOP("Labels", "uitgenodigd"),
    Attendance.PRESENT: QT_TRANSLATE_NOOP("Labels", "aanwezig"),
    Attendance.ABSENT: QT_TRANSLATE_NOOP("Labels", "afwezig"),
    Attendance.EXCUSED: QT_TRANSLATE_NOOP("Labels", "verontschuldigd"),
}
#: the plan's words for its three figures (reports, ``supportdesk stats``, the Overzicht)
INDICATORS: dict[str, str] = {
    Indicator.ADVICE_TALKS: QT_TRANSLATE_NOOP(
        "OverviewPage", "Adviesgesprekken met lokale besturen"
    ),
    Indicator.TRAJECTORIES: QT_TRANSLATE_NOOP("OverviewPage", "Ondersteuningstrajecten op maat"),
    Indicator.FOCUS_GROUPS: QT_TRANSLATE_NOOP("OverviewPage", "Focusgroepen met lokale besturen"),
}
#: the action plan's item of each figure
PLAN_ITEMS: dict[str, str] = {
    Indicator.ADVICE_TALKS: "OD 3.2",
    Indicator.TRAJECTORIES: "OD 3.3",
    Indicator.FOCUS_GROUPS: "OD 3.1",
}

#: each code set's table of words (keyed by its members), and their translation context
TABLES: dict[type[StrEnum], tuple[str, Mapping[str, str]]] = {
    LgKind: (CONTEXT, LG_KINDS),
    OrganisationKind: (CONTEXT, ORGANISATION_KINDS),
    ToolKind: (CONTEXT, TOOL_KINDS),
    ToolStatus: (CONTEXT, TOOL_STATUSES),
    StartingPosition: (CONTEXT, STARTING_POSITIONS),
    Channel: (CONTEXT, CHANNELS),
    ContactForm: (CONTEXT, CONTACT_FORMS),
    TrajectoryStatus: (CONTEXT, TRAJECTORY_STATUSES),
    FocusGroupStatus: (CONTEXT, FOCUS_GROUP_STATUSES),
    Attendance: (CONTEXT, ATTENDANCE),
    Indicator: (INDICATOR_CONTEXT, INDICATORS),
}
