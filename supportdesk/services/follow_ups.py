"""Follow-up actions (opvolgacties): something to do, with an owner, a due date and a
done date, attached to exactly one advice talk, trajectory, focus group or local
government.

For an action of a talk or a trajectory ``local_government_id`` is filled with that
government too, so "everything still to do for Gent" is one indexed lookup. An action
of a focus group may name the government it concerns (``FollowUpInput.government_id``):
it then appears in that government's timeline and case summary as well. Done actions
keep their done date and stay; only a mistaken action is deleted.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy.orm import Session

from db.models import (
    Activity,
    AdviceTalk,
    FocusGroup,
    FollowUpAction,
    LocalGovernment,
    Trajectory,
)
from db.session import Database
from supportdesk.services._base import (
    Ref,
    archivers,
    change_record,
    delete_record,
    find_ref,
    opt_ref,
    read_record,
    sessionless,
    set_fields,
    write,
)
from supportdesk.services._follow_up_parts import (
    CheckedFollowUp,
    FollowUpInput,
    check_follow_up,
)
from supportdesk.validation import Checker


@dataclass(frozen=True)
class FollowUpView:
    id: str
    version: int
    description: str
    owner: Ref | None
    due_date: date | None
    done_date: date | None
    notes: str
    # "advice_talk", "trajectory", "focus_group", "activity" or "local_government"
    subject_kind: str
    subject: Ref
    local_government: Ref | None
    advice_talk_id: str | None
    trajectory_id: str | None
    focus_group_id: str | None
    activity_id: str | None = None
    archived: bool = False

    @property
    def is_done(self) -> bool:
        return self.done_date is not None

    def is_overdue(self, today: date | None = None) -> bool:
        """Open, not archived and due before today."""
        today = today or date.today()
        return (
            self.done_date is None
            and not self.archived
            and self.due_date is not None
            and self.due_date < today
        )


def first_line(text: str, limit: int = 80) -> str:
    """The first line of a long text, shortened, to name a record in a list."""
    line = next((part.strip() for part in text.splitlines() if part.strip()), "")
    return line if len(line) <= limit else line[: limit - 1].rstrip() + "…"


def talk_ref(talk: AdviceTalk) -> Ref:
    return Ref(talk.public_id, first_line(talk.question) or talk.date.isoformat())


def trajectory_ref(t: Trajectory) -> Ref:
    return Ref(t.public_id, t.title or f"Traject {t.local_government.name}")


def _subject(fu: FollowUpAction) -> tuple[str, Ref]:
    if fu.advice_talk is not None:
        return "advice_talk", talk_ref(fu.advice_talk)
    if fu.trajectory is not None:
        return "trajectory", trajectory_ref(fu.trajectory)
    if fu.focus_group is not None:
        return "focus_group", Ref(fu.focus_group.public_id, fu.focus_group.topic)
    if fu.activity is not None:
        return "activity", Ref(fu.activity.public_id, fu.activity.topic)
    lg = fu.local_government
    assert lg is not None  # the table's check constraint: there is always a subject
    return "local_government", Ref(lg.public_id, lg.name)


def follow_up_view(fu: FollowUpAction) -> FollowUpView:
    kind, subject = _subject(fu)
    return FollowUpView(
        id=fu.public_id,
        version=fu.version,
        description=fu.description,
        owner=opt_ref(fu.owner),
        due_date=fu.due_date,
        done_date=fu.done_date,
        notes=fu.notes,
        subject_kind=kind,
        subject=subject,
        local_government=opt_ref(fu.local_government),
        advice_talk_id=fu.advice_talk.public_id if fu.advice_talk else None,
        trajectory_id=fu.trajectory.public_id if fu.trajectory else None,
        focus_group_id=fu.focus_group.public_id if fu.focus_group else None,
        activity_id=fu.activity.public_id if fu.activity else None,
        archived=fu.archived,
    )


def sorted_follow_ups(items: list[FollowUpAction]) -> tuple[FollowUpView, ...]:
    """Open ones first by due date (no date last), then done ones, newest first;
    archived ones are left out (they come back through the Opvolgacties page)."""

    def key(fu: FollowUpAction) -> tuple[Any, ...]:
        if fu.done_date is None:
            return (0, fu.due_date is None, fu.due_date or date.min, fu.id or 0)
        return (1, -fu.done_date.toordinal(), fu.id or 0)

    kept = [fu for fu in items if not fu.archived]
    return tuple(follow_up_view(fu) for fu in sorted(kept, key=key))


_ONLY_FOCUS_GROUPS = (
    "Enkel een opvolgactie van een focusgroep kan een lokaal bestuur noemen; die van een "
    "adviesgesprek of traject hoort bij hun bestuur."
)


def _set_government(chk: Checker, fu: FollowUpAction, checked: CheckedFollowUp) -> None:
    """A focus group's or an activity's action takes the government it concerns (or
    none); another action keeps its own and may not name a different one."""
    if fu.focus_group is not None or fu.activity is not None:
        fu.local_government = checked.government
    elif checked.government is not None and checked.government is not fu.local_government:
        chk.fail("government_id", _ONLY_FOCUS_GROUPS)


_SUBJECTS: tuple[tuple[str, type[Any]], ...] = (
    ("advice_talk_id", AdviceTalk),
    ("trajectory_id", Trajectory),
    ("focus_group_id", FocusGroup),
    ("activity_id", Activity),
    ("local_government_id", LocalGovernment),
)


def create_follow_up(
    db: Database,
    data: FollowUpInput,
    *,
    advice_talk_id: str | None = None,
    trajectory_id: str | None = None,
    focus_group_id: str | None = None,
    local_government_id: str | None = None,
    activity_id: str | None = None,
) -> FollowUpView:
    """Add an action to exactly one subject (a talk, trajectory, focus group, activity
    or government)."""
    given = {
        "advice_talk_id": advice_talk_id,
        "trajectory_id": trajectory_id,
        "focus_group_id": focus_group_id,
        "activity_id": activity_id,
        "local_government_id": local_government_id,
    }
    named = [k for k, v in given.items() if v]
    chk = Checker()
    if len(named) != 1:
        chk.fail(
            "subject",
            "Een opvolgactie hoort bij precies één adviesgesprek, traject, focusgroep, "
            "activiteit of lokaal bestuur.",
        )
        chk.raise_if_any()
    field = named[0]
    model = dict(_SUBJECTS)[field]
    with write(db) as session:
        subject = find_ref(chk, session, model, given[field], field)
        checked = check_follow_up(chk, session, data)
        chk.raise_if_any()
        fu = FollowUpAction()
        checked.apply(fu)
        if isinstance(subject, AdviceTalk):
            fu.advice_talk, fu.local_government = subject, subject.local_government
        elif isinstance(subject, Trajectory):
            fu.trajectory, fu.local_government = subject, subject.local_government
        elif isinstance(subject, FocusGroup):
            fu.focus_group = subject
        elif isinstance(subject, Activity):
            fu.activity = subject
        else:
            fu.local_government = subject
        _set_government(chk, fu, checked)
        chk.raise_if_any()
        session.add(fu)
        session.flush()
        return follow_up_view(fu)


def update_follow_up(
    db: Database, public_id: str, data: FollowUpInput, expected_version: int | None
) -> FollowUpView:
    """Save the edit form: what, who, when, notes and the done date (all as given, so
    pass the current done date to keep it); the subject stays."""

    def change(session: Session, fu: FollowUpAction) -> None:
        chk = Checker()
        checked = check_follow_up(chk, session, data)
        chk.raise_if_any()
        _set_government(chk, fu, checked)
        chk.raise_if_any()
        checked.apply(fu)

    return change_record(db, FollowUpAction, public_id, expected_version, change, _view_of)


def _change(
    db: Database, public_id: str, expected_version: int | None, **values: date | None
) -> FollowUpView:
    return set_fields(db, FollowUpAction, public_id, values, expected_version, _view_of)


_view_of = sessionless(follow_up_view)


def complete_follow_up(
    db: Database,
    public_id: str,
    done_date: date | None = None,
    expected_version: int | None = None,
) -> FollowUpView:
    """Mark the action done (today unless a date is given); it stays in the history."""
    chk = Checker()
    done = chk.date("done_date", done_date or date.today(), "De datum van afwerking")
    chk.raise_if_any()
    return _change(db, public_id, expected_version, done_date=done)


def reopen_follow_up(
    db: Database, public_id: str, expected_version: int | None = None
) -> FollowUpView:
    """Undo "done": the action is open again."""
    return _change(db, public_id, expected_version, done_date=None)


def reschedule_follow_up(
    db: Database, public_id: str, due_date: date | None, expected_version: int | None = None
) -> FollowUpView:
    """A new due date (None: no due date)."""
    chk = Checker()
    due = chk.date("due_date", due_date, "De vervaldatum", required=False)
    chk.raise_if_any()
    return _change(db, public_id, expected_version, due_date=due)


def delete_follow_up(db: Database, public_id: str, expected_version: int | None = None) -> None:
    """Remove an action entered by mistake (a done action is completed, not deleted)."""
    delete_record(db, FollowUpAction, public_id, expected_version)


# Archiving takes an action out of every daily list and count (open, overdue, per
# record, calendar, reports); "Toon gearchiveerd" shows it again. Version-checked and
# in the change log, as every save.
archive_follow_up, unarchive_follow_up = archivers(FollowUpAction, _view_of)


def get_follow_up(db: Database, public_id: str) -> FollowUpView:
    return read_record(db, FollowUpAction, public_id, _view_of)
