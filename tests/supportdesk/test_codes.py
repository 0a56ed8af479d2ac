"""The rules that follow from the stored codes, each in one place (``supportdesk.codes``)."""

from __future__ import annotations

from datetime import date

import pytest

from supportdesk.codes import (
    CLOSED_TRAJECTORY_STATUSES,
    OPEN_TRAJECTORY_STATUSES,
    STARTED_TRAJECTORY_STATUSES,
    TRAJECTORY_STATUSES,
    TrajectoryStatus,
    planned_end_passed,
)

TODAY = date(2026, 11, 29)


def test_open_and_closed_divide_the_statuses():
    assert set(OPEN_TRAJECTORY_STATUSES) | set(CLOSED_TRAJECTORY_STATUSES) == set(
        TRAJECTORY_STATUSES
    )
    assert not set(OPEN_TRAJECTORY_STATUSES) & set(CLOSED_TRAJECTORY_STATUSES)
    assert set(STARTED_TRAJECTORY_STATUSES) == {"running", "finished", "stopped"}


@pytest.mark.parametrize("status", list(TrajectoryStatus))
def test_a_passed_planned_end_matters_only_while_open(status):
    yesterday, tomorrow = date(2026, 11, 28), date(2026, 11, 30)
    is_open = status in ("request", "intake", "running")
    assert planned_end_passed(status, yesterday, TODAY) is is_open
    assert planned_end_passed(status, TODAY, TODAY) is False
    assert planned_end_passed(status, tomorrow, TODAY) is False
    assert planned_end_passed(status, None, TODAY) is False
