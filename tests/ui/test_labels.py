"""Every stored code is labelled in the interface, in Dutch and (through the compiled
translation) in English, from the core's one table per code set."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QTranslator

from supportdesk import labels as words
from supportdesk.codes import CODE_SETS
from ui.i18n import QM_FILE, ensure_qm
from ui.labels import choices, label

GROUPS = {
    "LgKind": "lg_kind",
    "OrganisationKind": "organisation_kind",
    "ToolKind": "tool_kind",
    "ToolStatus": "tool_status",
    "StartingPosition": "starting_position",
    "Channel": "channel",
    "ContactForm": "contact_form",
    "TrajectoryStatus": "trajectory_status",
    "FocusGroupStatus": "focus_group_status",
    "Attendance": "attendance",
    "Indicator": "indicator",
}


@pytest.fixture(scope="module")
def english(qapp):
    assert ensure_qm()
    translator = QTranslator()
    assert translator.load(str(QM_FILE))
    return translator


@pytest.mark.parametrize("codes", CODE_SETS, ids=lambda c: c.__name__)
def test_every_code_has_a_dutch_and_an_english_label(codes, english):
    group = GROUPS[codes.__name__]
    context, table = words.TABLES[codes]
    assert [code for _text, code in choices(group)] == [m.value for m in codes]
    for member in codes:
        dutch = label(group, member.value)
        assert dutch == table[member]
        assert english.translate(context, table[member]).strip(), (context, table[member])


def test_an_unknown_code_is_shown_as_it_is():
    assert label("channel", "pigeon") == "pigeon"
