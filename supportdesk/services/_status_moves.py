"""The planned -> held / cancelled steps that focus groups and activities share, each
step keeping its date (``planned_on``, ``date``, ``cancelled_on``)."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from supportdesk.errors import ValidationError
from supportdesk.services._status import check_move

PLANNED, HELD, CANCELLED = "planned", "held", "cancelled"
#: the moves a record in one status may make (a cancelled one may be planned again)
MOVES: dict[str, tuple[str, ...]] = {
    PLANNED: (HELD, CANCELLED),
    HELD: (),
    CANCELLED: (PLANNED,),
}


def move_status(
    obj: Any,
    new_status: str,
    when: date | None,
    *,
    names: Mapping[str, str],
    noun: str,
    held_in_future: str,
) -> None:
    """Move ``obj`` to ``new_status``: held on ``when`` (or its date), not after today;
    cancelled on ``when`` or today; planned again on ``when`` or today, the cancel date
    cleared (the change log keeps it). A move not allowed from its status is refused
    on ``new_status``, one held after today on ``on_date``; ``noun`` is "Een activiteit"."""
    check_move(MOVES, names, obj.status, new_status, noun + " die {} is,")
    today = date.today()
    if new_status == HELD:
        held_on = when or obj.date
        if held_on > today:
            raise ValidationError.single("on_date", held_in_future)
        obj.date = held_on
    elif new_status == CANCELLED:
        obj.cancelled_on = when or today
    else:
        obj.planned_on, obj.cancelled_on = when or today, None
    obj.status = new_status
