"""Translated labels for the codes the core stores (``supportdesk.codes``).

The core keeps short English codes ("phone", "growing"); what a person reads is here,
marked with ``QT_TRANSLATE_NOOP`` so ``pyside6-lupdate`` finds it, and translated when
asked for, so a language switch at start applies everywhere.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication

from supportdesk import labels as words
from supportdesk import plan_labels as plan_words
from ui.i18n import QT_TRANSLATE_NOOP

CONTEXT = "Labels"

_LABELS: dict[str, Mapping[str, str]] = {
    # The stored codes' words are the core's tables (``supportdesk.labels``), keyed by
    # the code enums; their contexts are those tables' contexts.
    "lg_kind": words.LG_KINDS,
    "organisation_kind": words.ORGANISATION_KINDS,
    "tool_kind": words.TOOL_KINDS,
    "tool_status": words.TOOL_STATUSES,
    "starting_position": words.STARTING_POSITIONS,
    "channel": words.CHANNELS,
    "contact_form": words.CONTACT_FORMS,
    "trajectory_status": words.TRAJECTORY_STATUSES,
    "focus_group_status": words.FOCUS_GROUP_STATUSES,
    "attendance": words.ATTENDANCE,
    "indicator": words.INDICATORS,
    "action_state": {
        "open": QT_TRANSLATE_NOOP("Labels", "open"),
        "overdue": QT_TRANSLATE_NOOP("Labels", "te laat"),
        "done": QT_TRANSLATE_NOOP("Labels", "afgehandeld"),
    },
    "record_kind": {
        "local_government": QT_TRANSLATE_NOOP("Labels", "lokaal bestuur"),
        "contact_person": QT_TRANSLATE_NOOP("Labels", "contactpersoon"),
        "advice_talk": QT_TRANSLATE_NOOP("Labels", "adviesgesprek"),
        "trajectory": QT_TRANSLATE_NOOP("Labels", "traject"),
        "focus_group": QT_TRANSLATE_NOOP("Labels", "focusgroep"),
        "follow_up_action": QT_TRANSLATE_NOOP("Labels", "opvolgactie"),
        "contact_moment": QT_TRANSLATE_NOOP("Labels", "contactmoment"),
        "team_member": QT_TRANSLATE_NOOP("Labels", "medewerker"),
        "theme": QT_TRANSLATE_NOOP("Labels", "thema"),
        "tool": QT_TRANSLATE_NOOP("Labels", "tool"),
        "activity": QT_TRANSLATE_NOOP("Labels", "activiteit"),
        "publication": QT_TRANSLATE_NOOP("Labels", "publicatie"),
    },
    # the action plan's codes (issue 14): the core's tables (``supportdesk.plan_labels``)
    "activity_status": plan_words.ACTIVITY_STATUSES,
    "lead": plan_words.LEADS,
    "team_role": plan_words.TEAM_ROLES,
    "publication_kind": plan_words.PUBLICATION_KINDS,
    "goal": plan_words.GOALS,
    "counted_record": plan_words.COUNTED_RECORDS,
    "measure": plan_words.MEASURES,
    "milestone_state": plan_words.MILESTONE_STATES,
    "flag": {
        "info_session_idea": QT_TRANSLATE_NOOP("Labels", "idee voor infosessie"),
        "policy_dossier_input": QT_TRANSLATE_NOOP("Labels", "input voor beleidsdossier"),
        "signal": QT_TRANSLATE_NOOP("Labels", "signaal"),
        "experienced_government": QT_TRANSLATE_NOOP("Labels", "ervaren bestuur betrokken"),
    },
}

#: the groups of codes this module labels
GROUPS = tuple(_LABELS)
#: the translation context of each group's words (``CONTEXT`` unless the core says other)
_CONTEXTS: dict[str, str] = {"indicator": words.INDICATOR_CONTEXT}


def label(group: str, code: str | None) -> str:
    """The translated label of ``code``; an unknown code is shown as it is, never lost."""
    if code is None or code == "":
        return ""
    text = _LABELS.get(group, {}).get(code)
    return QCoreApplication.translate(_CONTEXTS.get(group, CONTEXT), text) if text else code


def choices(group: str) -> list[tuple[str, str]]:
    """(label, code) pairs of a group, in the order the core defines them."""
    context = _CONTEXTS.get(group, CONTEXT)
    return [
        (QCoreApplication.translate(context, text), str(code))
        for code, text in _LABELS[group].items()
    ]
