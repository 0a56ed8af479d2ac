"""Times and durations typed the ways people type them, with the keys: ``1330`` and
``1600`` without a separator, a duration ``2:30`` (hours:minutes) or ``2,5`` when there
are no times, and 7 people for 1 h 20 min (560 participant minutes, 9,33 hours)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from supportdesk.services.activities import get_activity
from tests.ui.activity_steps import log_info_session
from tests.ui.keyboard import type_text
from ui.editors.activity import ActivityEditor


def _held_session(qtbot, ctx, start: str, end: str, duration: str, count: str) -> ActivityEditor:  # type: ignore[no-untyped-def]
    return log_info_session(
        qtbot, ctx, count, topic="Infosessie", start=start, end=end, duration=duration
    )


@pytest.mark.parametrize(
    ("start", "end", "minutes"),
    [("1330", "1600", 150), ("930", "1100", 90), ("13u", "15u30", 150), ("13.30", "16:00", 150)],
)
def test_clock_times_without_a_separator(qtbot, ctx, start, end, minutes):  # type: ignore[no-untyped-def]
    editor = _held_session(qtbot, ctx, start, end, "", "23")
    assert editor.try_save(), {n: f.error.text() for n, f in editor.fields.items()}
    view = get_activity(ctx.db, editor.record_id or "")
    assert view.duration_minutes == minutes


@pytest.mark.parametrize("duration", ["2:30", "2,5", "2.5"])
def test_a_duration_typed_as_hours_and_minutes_or_a_decimal(qtbot, ctx, duration):  # type: ignore[no-untyped-def]
    editor = _held_session(qtbot, ctx, "", "", duration, "23")
    assert editor.hours_words.text() == "23 deelnemers × 2,5 uur = 57,5 deelnemersuren"
    assert editor.try_save()
    assert get_activity(ctx.db, editor.record_id or "").participant_hours == Decimal("57.5")


def test_seven_people_for_an_hour_and_twenty_minutes(qtbot, ctx):  # type: ignore[no-untyped-def]
    editor = _held_session(qtbot, ctx, "", "", "1:20", "7")
    assert editor.try_save()
    view = get_activity(ctx.db, editor.record_id or "")
    assert view.duration_minutes == 80
    assert view.participant_hours == Decimal("9.33")


@pytest.mark.parametrize("typed", ["1.250", "1,250"])
def test_a_thousands_separator_is_not_read_as_a_decimal_sign(qtbot, ctx, typed):  # type: ignore[no-untyped-def]
    """'1.250' is 1250 to a Dutch reader and 1.25 to the parser: refused beside the field
    rather than 1,25 participant hours saved silently."""
    editor = _held_session(qtbot, ctx, "13:30", "16:00", "", "23")
    type_text(qtbot, editor.hours, typed)
    assert not editor.try_save()
    assert editor.fields["participant_hours"].error.text().startswith("⚠")
    assert editor.record_id is None and editor.hours.text() == typed
