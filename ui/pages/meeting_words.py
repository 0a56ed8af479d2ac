"""How the Activiteiten and Focusgroepen lists word a meeting: where it is (a place,
online, or online with a place) and its status, or ``⚠ te bevestigen`` when a planned
one's date has passed (in words, never colour alone)."""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QCoreApplication

from ui.labels import label


class Meeting(Protocol):
    """A list row of an activity or a focus group."""

    @property
    def place(self) -> str: ...
    @property
    def online(self) -> bool: ...
    @property
    def status(self) -> str: ...
    @property
    def needs_attention(self) -> bool: ...


def place_text(row: Meeting) -> str:
    """``Zaal 1``, ``online`` or ``online · Zaal 1``."""
    if row.online:
        online = QCoreApplication.translate("MeetingWords", "online")
        return f"{online} · {row.place}" if row.place else online
    return row.place


def status_text(row: Meeting, group: str) -> str:
    """The status in the words of the code ``group`` (``gehouden``, ``geannuleerd``,
    ``gepland``), or ``⚠ te bevestigen`` when the date of a planned one has passed."""
    if row.needs_attention:
        return "⚠ " + QCoreApplication.translate("MeetingWords", "te bevestigen")
    return label(group, row.status)
