"""Every stored code has one owner (its enum) and a Dutch word in every core table."""

from __future__ import annotations

import pytest

from supportdesk import indicators, labels
from supportdesk.codes import CODE_SETS, STEP_DATE_COLUMNS, TrajectoryStatus
from supportdesk.reports import labels as report_labels
from supportdesk.tables.labels import LABELS as TABLE_LABELS

# The report tables by the code set they label.
REPORT_TABLES = {
    "LgKind": report_labels.LG_KINDS,
    # the catalogue's and organisations' words (migration 0011) are in no report yet
    "OrganisationKind": labels.ORGANISATION_KINDS,
    "ToolKind": labels.TOOL_KINDS,
    "ToolStatus": labels.TOOL_STATUSES,
    "StartingPosition": report_labels.STARTING_POSITIONS,
    "Channel": report_labels.CHANNELS,
    "ContactForm": report_labels.CONTACT_FORMS,
    "TrajectoryStatus": report_labels.TRAJECTORY_STATUSES,
    "FocusGroupStatus": report_labels.FOCUS_GROUP_STATUSES,
    "Attendance": report_labels.ATTENDANCE,
    "Indicator": report_labels.INDICATORS,
}
TABLE_GROUPS = {
    "LgKind": "lg_kind",
    "StartingPosition": "starting_position",
    "Channel": "channel",
    "TrajectoryStatus": "trajectory_status",
    "FocusGroupStatus": "focus_group_status",
}


@pytest.mark.parametrize("codes", CODE_SETS, ids=lambda c: c.__name__)
def test_every_code_has_a_dutch_word_in_every_core_table(codes):
    _context, table = labels.TABLES[codes]
    assert set(table) == set(codes)
    assert all(table[m].strip() for m in codes)
    report = REPORT_TABLES[codes.__name__]
    assert {m: report_labels.label(report, m) for m in codes} == dict(table)
    group = TABLE_GROUPS.get(codes.__name__)
    if group:
        assert TABLE_LABELS[group] == {m.value: table[m] for m in codes}


def test_a_code_is_its_stored_string():
    for codes in CODE_SETS:
        for member in codes:
            assert member == member.value and f"{member}" == member.value


def test_the_plan_words_have_one_owner():
    assert indicators.LABELS is labels.INDICATORS
    assert report_labels.INDICATORS is labels.INDICATORS
    assert set(indicators.PLAN_ITEMS) == set(indicators.KEYS)


def test_every_trajectory_status_records_a_date():
    assert set(STEP_DATE_COLUMNS) == set(TrajectoryStatus)


def test_mail_only_is_the_email_channel():
    assert indicators.is_mail_only("email")
    assert not any(indicators.is_mail_only(c) for c in ("phone", "online", "on_site", None))
