"""Status chips: the word is always there, and every tone is readable (contrast ≥ 4.5:1)
in the light and the dark scheme."""

from __future__ import annotations

from PySide6.QtGui import QColor

from supportdesk.codes import Attendance, FocusGroupStatus, TrajectoryStatus
from ui.style.chips import COLOURS, TONES, ChipLabel, Tone, colours, contrast, tone_of


def test_every_tone_has_enough_contrast_in_both_schemes():
    for tone in Tone:
        for dark in (False, True):
            fore, back = colours(tone, dark)
            assert contrast(fore, back) >= 4.5, (tone, dark)
    assert set(COLOURS) == set(Tone)


def test_contrast_is_the_wcag_ratio():
    assert round(contrast(QColor("#000000"), QColor("#ffffff")), 1) == 21.0
    assert contrast(QColor("#777777"), QColor("#777777")) == 1.0


def test_every_status_code_has_a_tone():
    assert set(TONES["trajectory_status"]) == set(TrajectoryStatus)
    assert set(TONES["focus_group_status"]) == set(FocusGroupStatus)
    assert set(TONES["attendance"]) == set(Attendance)
    assert tone_of("action_state", "overdue") is Tone.BAD
    assert tone_of("channel", "phone") is Tone.NEUTRAL


def test_a_chip_widget_says_its_word(qtbot):
    chip = ChipLabel("te laat", Tone.BAD)
    qtbot.addWidget(chip)
    assert chip.text() == chip.accessibleName() == "te laat"
    chip.set_status("", Tone.GOOD)
    assert chip.isHidden()


def test_list_pages_paint_their_status_column_as_chips(qtbot, ctx):
    from types import SimpleNamespace

    from ui.pages.focus_groups import FocusGroupsPage
    from ui.pages.focus_groups import status_tone as fg_tone
    from ui.pages.trajectories import TrajectoriesPage
    from ui.pages.trajectories import status_tone as traj_tone
    from ui.style.chip_delegate import ChipDelegate

    for page_class in (TrajectoriesPage, FocusGroupsPage):
        page = page_class(ctx)
        qtbot.addWidget(page)
        page.resize(1000, 500)
        page.show()
        page.refresh()
        column = [c.sort_key for c in page.model.columns].index("status")
        assert isinstance(page.table.itemDelegateForColumn(column), ChipDelegate)
        assert not page.grab().isNull()  # painting the (empty) list works
    late = SimpleNamespace(needs_attention=True, status="running")
    assert traj_tone(late) is Tone.WARN
    assert traj_tone(SimpleNamespace(needs_attention=False, status="stopped")) is Tone.BAD
    assert fg_tone(SimpleNamespace(needs_attention=False, status="held")) is Tone.GOOD
