"""Dutch labels (translatable) for the codes the core stores (``db/models/enums.py``).

The core keeps short English codes ("phone", "growing"); what a person reads is here,
marked with ``QT_TRANSLATE_NOOP`` so ``pyside6-lupdate`` finds it, and translated when
asked for, so a language switch at start applies everywhere.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ui.i18n import QT_TRANSLATE_NOOP

CONTEXT = "Labels"

_LABELS: dict[str, dict[str, str]] = {
    "lg_kind": {
        "municipality": QT_TRANSLATE_NOOP("Labels", "gemeente"),
        "partnership": QT_TRANSLATE_NOOP("Labels", "samenwerkingsverband"),
        "organisation": QT_TRANSLATE_NOOP("Labels", "organisatie"),
    },
    "starting_position": {
        "starting": QT_TRANSLATE_NOOP("Labels", "startend"),
        "growing": QT_TRANSLATE_NOOP("Labels", "groeiend"),
        "experienced": QT_TRANSLATE_NOOP("Labels", "ervaren"),
    },
    "channel": {
        "email": QT_TRANSLATE_NOOP("Labels", "e-mail"),
        "phone": QT_TRANSLATE_NOOP("Labels", "telefoon"),
        "online": QT_TRANSLATE_NOOP("Labels", "online overleg"),
        "on_site": QT_TRANSLATE_NOOP("Labels", "ter plaatse"),
    },
    "contact_form": {
        "on_site": QT_TRANSLATE_NOOP("Labels", "ter plaatse"),
        "online": QT_TRANSLATE_NOOP("Labels", "online"),
        "phone": QT_TRANSLATE_NOOP("Labels", "telefoon"),
        "email": QT_TRANSLATE_NOOP("Labels", "e-mail"),
    },
    "trajectory_status": {
        "request": QT_TRANSLATE_NOOP("Labels", "aanvraag"),
        "intake": QT_TRANSLATE_NOOP("Labels", "intake"),
        "running": QT_TRANSLATE_NOOP("Labels", "lopend"),
        "finished": QT_TRANSLATE_NOOP("Labels", "afgerond"),
        "stopped": QT_TRANSLATE_NOOP("Labels", "stopgezet"),
    },
    "focus_group_status": {
        "planned": QT_TRANSLATE_NOOP("Labels", "gepland"),
        "held": QT_TRANSLATE_NOOP("Labels", "gehouden"),
        "cancelled": QT_TRANSLATE_NOOP("Labels", "geannuleerd"),
    },
    "attendance": {
        "invited": QT_TRANSLATE_NOOP("Labels", "uitgenodigd"),
        "present": QT_TRANSLATE_NOOP("Labels", "aanwezig"),
        "absent": QT_TRANSLATE_NOOP("Labels", "afwezig"),
        "excused": QT_TRANSLATE_NOOP("Labels", "verontschuldigd"),
    },
    "indicator": {
        "advice_talks": QT_TRANSLATE_NOOP("Labels", "adviesgesprekken"),
        "trajectories": QT_TRANSLATE_NOOP("Labels", "ondersteuningstrajecten"),
        "focus_groups": QT_TRANSLATE_NOOP("Labels", "focusgroepen"),
    },
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
    },
    "flag": {
        "info_session_idea": QT_TRANSLATE_NOOP("Labels", "idee voor infosessie"),
        "policy_dossier_input": QT_TRANSLATE_NOOP("Labels", "input voor beleidsdossier"),
        "signal": QT_TRANSLATE_NOOP("Labels", "signaal"),
        "experienced_government": QT_TRANSLATE_NOOP("Labels", "ervaren bestuur betrokken"),
    },
}

#: the groups of codes this module labels
GROUPS = tuple(_LABELS)


def label(group: str, code: str | None) -> str:
    """The translated label of ``code``; an unknown code is shown as it is, never lost."""
    if code is None or code == "":
        return ""
    text = _LABELS.get(group, {}).get(code)
    return QCoreApplication.translate(CONTEXT, text) if text else code


def choices(group: str) -> list[tuple[str, str]]:
    """(label, code) pairs of a group, in the order the core defines them."""
    return [
        (QCoreApplication.translate(CONTEXT, text), code) for code, text in _LABELS[group].items()
    ]
