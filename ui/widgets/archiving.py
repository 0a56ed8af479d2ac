"""Which service archives (or makes inactive) each kind of record an editor shows, and
the words for it: the editor base (``ui.widgets.editor``) reads this table by the
editor's ``kind``, so every editor of such a record gets Archiveren / Terugzetten.

Records that happened (talks, trajectories, focus groups) and organisations are
*archived*: they leave the daily lists and pickers and stay findable ("Toon
gearchiveerd"), counted and in the change log. People (contact persons, team members)
are made *inactive*: they leave the pickers, and the records that name them keep them.

The buttons have no mnemonic: every letter of "Archiveren" is already one in some
editor; they are reached with Tab like Annuleren.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication

from supportdesk.database import Database
from supportdesk.services import (
    activities,
    advice,
    contacts,
    focus_groups,
    follow_ups,
    local_governments,
    publications,
    trajectories,
)
from supportdesk.services import team as team_service
from ui.i18n import QT_TRANSLATE_NOOP

CONTEXT = "Archiving"

# ``change(db, public_id, expected_version)`` -> the record's View after the change
Change = Callable[[Database, str, int | None], Any]


@dataclass(frozen=True)
class ArchiveActions:
    """How one kind of record is archived and brought back, and what the editor says."""

    archive: Change
    bring_back: Change
    is_archived: Callable[[Any], bool]
    archive_text: str  # the buttons' texts, marked in CONTEXT
    bring_back_text: str
    state_text: str  # the line an archived record's editor shows

    def text(self, which: str) -> str:
        return QCoreApplication.translate(CONTEXT, getattr(self, which))


_ARCHIVE = QT_TRANSLATE_NOOP("Archiving", "Archiveren")
_BRING_BACK = QT_TRANSLATE_NOOP("Archiving", "Terugzetten uit archief")
_ARCHIVED = QT_TRANSLATE_NOOP(
    "Archiving",
    "Gearchiveerd: staat niet meer in de dagelijkse lijsten en telt nog mee. "
    "Terug te vinden met “Toon gearchiveerd”.",
)
_INACTIVATE = QT_TRANSLATE_NOOP("Archiving", "Niet meer actief")
_ACTIVATE = QT_TRANSLATE_NOOP("Archiving", "Weer actief maken")
_INACTIVE = QT_TRANSLATE_NOOP(
    "Archiving",
    "Niet meer actief: wordt niet meer aangeboden bij nieuwe records; "
    "bestaande records houden deze persoon.",
)


def _archived(view: Any) -> bool:
    return bool(getattr(view, "archived", False))


def _inactive(view: Any) -> bool:
    return not bool(getattr(view, "active", True))


def _archiving(archive: Change, bring_back: Change) -> ArchiveActions:
    return ArchiveActions(archive, bring_back, _archived, _ARCHIVE, _BRING_BACK, _ARCHIVED)


def _activity(set_active: Callable[[Database, str, bool, int | None], Any]) -> ArchiveActions:
    return ArchiveActions(
        lambda db, pid, version: set_active(db, pid, False, version),
        lambda db, pid, version: set_active(db, pid, True, version),
        _inactive,
        _INACTIVATE,
        _ACTIVATE,
        _INACTIVE,
    )


def _contact_active(db: Database, pid: str, active: bool, version: int | None) -> Any:
    return contacts.set_contact_active(db, pid, active, expected_version=version)


ACTIONS: dict[str, ArchiveActions] = {
    "advice_talk": _archiving(advice.archive_advice_talk, advice.unarchive_advice_talk),
    "trajectory": _archiving(trajectories.archive_trajectory, trajectories.unarchive_trajectory),
    "focus_group": _archiving(focus_groups.archive_focus_group, focus_groups.unarchive_focus_group),
    "activity": _archiving(activities.archive_activity, activities.unarchive_activity),
    "follow_up_action": _archiving(follow_ups.archive_follow_up, follow_ups.unarchive_follow_up),
    "publication": _archiving(publications.archive_publication, publications.unarchive_publication),
    "local_government": _archiving(
        local_governments.archive_local_government, local_governments.unarchive_local_government
    ),
    "theme": _archiving(team_service.archive_theme, team_service.unarchive_theme),
    "tool": _archiving(team_service.archive_tool, team_service.unarchive_tool),
    "contact_person": _activity(_contact_active),
    "team_member": _activity(team_service.set_team_member_active),
}


def actions_for(kind: str) -> ArchiveActions | None:
    """The archive actions of records of ``kind``, or None (such records are not archived)."""
    return ACTIONS.get(kind)
