"""How a follow-up action is worded on screen: its due date with words (never colour
alone), and what it belongs to. Shared by the Opvolgacties and Overzicht pages."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication

from supportdesk.queries.follow_ups import FollowUpRow, Subject
from ui.formatting import format_date
from ui.i18n import QT_TRANSLATE_NOOP

CONTEXT = "FollowUps"

GROUP_TITLES: dict[str, str] = {
    "overdue": QT_TRANSLATE_NOOP("FollowUps", "Achterstallig"),
    "today": QT_TRANSLATE_NOOP("FollowUps", "Vandaag"),
    "week": QT_TRANSLATE_NOOP("FollowUps", "Deze week"),
    "later": QT_TRANSLATE_NOOP("FollowUps", "Later"),
}


def group_title(key: str) -> str:
    return QCoreApplication.translate(CONTEXT, GROUP_TITLES.get(key, key))


def due_text(row: FollowUpRow, today: date) -> str:
    """``11/03/2025 · 3 dagen te laat``, ``vandaag``, ``14/03/2025`` or ``geen datum``."""
    due = row.due_date
    if due is None:
        return QCoreApplication.translate("FollowUps", "geen datum")
    if due == today:
        return QCoreApplication.translate("FollowUps", "vandaag") + " · " + format_date(due)
    if due < today:
        days = (today - due).days
        late = (
            QCoreApplication.translate("FollowUps", "1 dag te laat")
            if days == 1
            else QCoreApplication.translate("FollowUps", "%1 dagen te laat").replace(
                "%1", str(days)
            )
        )
        return f"{format_date(due)} · {late}"
    return format_date(due)


def subject_text(subject: Subject) -> str:
    """What the action belongs to, e.g. ``Adviesgesprek Gent, 03/03/2025``."""
    day = format_date(subject.day)
    if subject.kind == "advice_talk":
        text = QCoreApplication.translate("FollowUps", "Adviesgesprek %1").replace(
            "%1", subject.title
        )
        return f"{text}, {day}" if day else text
    if subject.kind == "trajectory":
        return QCoreApplication.translate("FollowUps", "Traject: %1").replace("%1", subject.title)
    if subject.kind == "focus_group":
        text = QCoreApplication.translate("FollowUps", "Focusgroep: %1").replace(
            "%1", subject.title
        )
        return f"{text}, {day}" if day else text
    if subject.kind == "activity":
        text = QCoreApplication.translate("FollowUps", "Activiteit: %1").replace(
            "%1", subject.title
        )
        return f"{text}, {day}" if day else text
    return QCoreApplication.translate("FollowUps", "Lokaal bestuur: %1").replace(
        "%1", subject.title
    )
