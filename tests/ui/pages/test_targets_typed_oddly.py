"""A target is typed in the digits 0-9: "1_000", "٣" (Arabic-Indic three) or "７"
(full-width seven), which Python's int() takes, are refused like "1e3" and "2,5" in
the Jaarplan tab, the welcome and ``supportdesk target set``; " 7 ", "+5" and "-0" are
plain numbers (issue 12, bad input)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from supportdesk.services.first_start import check_target_text
from supportdesk.validation import whole_number
from tests.ui.keyboard import type_text
from tests.ui.pages.test_year_plan import choose, make_tab, stored

ODD = ["1_000", "٣", "７", "1e3", "2,5", "", "abc"]


@pytest.mark.parametrize("typed", ODD)
def test_not_a_whole_number_in_digits(typed):
    assert whole_number(typed) is None
    value, problem = check_target_text(typed)
    assert value is None and (problem or not typed)


@pytest.mark.parametrize(("typed", "value"), [(" 7 ", 7), ("+5", 5), ("-0", 0), ("12", 12)])
def test_plain_numbers(typed, value):
    assert whole_number(typed) == value == check_target_text(typed)[0]


def test_the_jaarplan_tab_refuses_other_digits_beside_the_field(qtbot, ctx):
    tab = make_tab(qtbot, ctx)
    choose(qtbot, tab, "newsletters")
    for typed in ("1_000", "٣"):
        tab.target.selectAll()
        type_text(qtbot, tab.target, typed)
        qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
        assert (
            tab.errors["target"].isVisibleTo(tab) and "geheel getal" in tab.errors["target"].text()
        )
        assert tab.target.text() == typed
    assert stored(ctx, 2025, "newsletters").target == 9
