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
