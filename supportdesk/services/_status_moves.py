"""The planned -> held / cancelled steps that focus groups and activities share, each
step keeping its date (``planned_on``, ``date``, ``cancelled_on``)."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from datetime import date
from typing import Any, Protocol

from sqlalchemy.orm import Session

from db.session import Database
from supportdesk.errors import ValidationError
from supportdesk.services._base import R, V, V_co, change_record
from supportdesk.services._status import check_move
from supportdesk.validation import Checker

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


def first_status(status: str) -> dict[str, Any]:
    """The status fields of a new record: planned (``planned_on`` today), or held when it
    is entered afterwards; another ``status`` is refused on ``status``."""
    chk = Checker()
    chk.choice("status", status, (PLANNED, HELD), "status")
    chk.raise_if_any()
    return {"status": status, "planned_on": date.today() if status == PLANNED else None}


def change_status_of(
    db: Database,
    model: type[R],
    public_id: str,
    new_status: str,
    on_date: date | None,
    expected_version: int | None,
    view: Callable[[Session, R], V],
    *,
    statuses: Iterable[str],
    names: Mapping[str, str],
    noun: str,
    held_in_future: str,
) -> V:
    """A service's status step: ``new_status`` one of ``statuses`` and ``on_date`` a date
    (or None), checked before anything is read; then ``move_status`` on the stored
    record, saved as every change (version check, change log)."""
    chk = Checker()
    chk.choice("new_status", new_status, statuses, "status")
    when = chk.date("on_date", on_date, required=False)
    chk.raise_if_any()

    def change(_session: Session, obj: R) -> None:
        move_status(obj, new_status, when, names=names, noun=noun, held_in_future=held_in_future)

    return change_record(db, model, public_id, expected_version, change, view)


class StatusChanger(Protocol[V_co]):
    """``change_x_status(db, public_id, new_status, on_date=None, expected_version=None)``."""

    def __call__(
        self,
        db: Database,
        public_id: str,
        new_status: str,
        on_date: date | None = None,
        expected_version: int | None = None,
    ) -> V_co: ...


def status_changer(
    model: type[R],
    view: Callable[[Session, R], V],
    *,
    statuses: Iterable[str],
    names: Mapping[str, str],
    noun: str,
    held_in_future: str,
) -> StatusChanger[V]:
    """The status function of a kind of record that moves planned -> held / cancelled
    (``change_status_of`` with the kind's model, view, codes and words)."""

    def change_status(
        db: Database,
        public_id: str,
        new_status: str,
        on_date: date | None = None,
        expected_version: int | None = None,
    ) -> V:
        return change_status_of(
            db, model, public_id, new_status, on_date, expected_version, view,
            statuses=statuses, names=names, noun=noun, held_in_future=held_in_future,
        )  # fmt: skip

    return change_status
