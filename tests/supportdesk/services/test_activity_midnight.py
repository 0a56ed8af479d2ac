"""An evening activity that runs past midnight (22:00 to 01:00) cannot be written as a
start and an end on one date: the message beside the end says how to enter it (the
duration, without times), and the duration entered that way counts."""

from __future__ import annotations

from datetime import date, time

import pytest

from db.session import Database
from supportdesk.errors import ValidationError
from supportdesk.services.activities import ActivityInput, create_activity, list_activity_kinds


def test_past_midnight_is_refused_with_a_way_to_enter_it(db: Database) -> None:
    kind = next(k.id for k in list_activity_kinds(db) if k.code == "network_general")
    late = ActivityInput(
        kind, date(2025, 3, 3), "Netwerkavond", start_time=time(22), end_time=time(1)
    )
    with pytest.raises(ValidationError) as refused:
        create_activity(db, late, status="held")
    assert "middernacht" in refused.value.errors["end_time"]
    assert "duur" in refused.value.errors["end_time"]
    entered = ActivityInput(kind, date(2025, 3, 3), "Netwerkavond", duration_minutes=180)
    assert create_activity(db, entered, status="held").duration_minutes == 180
