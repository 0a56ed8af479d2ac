"""The Dutch words for the stored codes in the lists, the same words the interface
shows (``ui.labels``, context "Labels"; a test keeps the two equal), so the
interface's translator turns them into its English."""

from __future__ import annotations

from supportdesk.reports import labels as report_labels
from supportdesk.tables.model import Translate

LABELS: dict[str, dict[str, str]] = {
    "lg_kind": dict(report_labels.LG_KINDS),
    "starting_position": dict(report_labels.STARTING_POSITIONS),
    "channel": dict(report_labels.CHANNELS),
    "trajectory_status": dict(report_labels.TRAJECTORY_STATUSES),
    "focus_group_status": dict(report_labels.FOCUS_GROUP_STATUSES),
    "flag": {
        "info_session_idea": "idee voor infosessie",
        "policy_dossier_input": "input voor beleidsdossier",
        "signal": "signaal",
        "experienced_government": "ervaren bestuur betrokken",
    },
}
CONTEXT = "Labels"


def label(tr: Translate, group: str, code: str | None) -> str:
    """The word for ``code`` (translated by ``tr``); an unknown code as it is."""
    if not code:
        return ""
    text = LABELS.get(group, {}).get(code)
    return tr(CONTEXT, text) if text else code


#: the interface's translation context of how the lists word a meeting
#: (ui/pages/meeting_words.py)
MEETING = "MeetingWords"


def meeting_place(place: str, online: bool, tr: Translate) -> str:
    """``Zaal 1``, ``online`` or ``online · Zaal 1``, as the lists word it."""
    if not online:
        return place
    word = tr(MEETING, "online")
    return f"{word} · {place}" if place else word


def meeting_status(status: str, needs_attention: bool, tr: Translate) -> str:
    """The meeting's status word, or ``⚠ te bevestigen`` when the date of a planned one
    has passed (in words, never colour alone)."""
    return "⚠ " + tr(MEETING, "te bevestigen") if needs_attention else status
