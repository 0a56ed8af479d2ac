"""Custom support trajectories (ondersteuningstrajecten op maat).

Status moves request -> intake -> running -> finished, or to stopped from any step
before finished; each move records its date (``requested_on``, ``intake_on``,
``start_date``, ``end_date``) and no step is dated before the one it follows. Stopping
at request or intake is "stopped without starting": a planned start date is cleared, so
the end date is never before the start and the trajectory never counts (what counts is
defined in ``supportdesk.indicators``).
Contact moments live in ``contact_moments`` and are re-exported here.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import AdviceTalk, LocalGovernment, TeamMember, Theme, Trajectory
from db.session import Database
from supportdesk.codes import (
    STARTING_POSITIONS,
    STEP_DATE_COLUMNS,
    TRAJECTORY_STATUSES,
    TrajectoryStatus,
    planned_end_passed,
)
from supportdesk.errors import DomainError, ValidationError
from supportdesk.field_rules import rule
from supportdesk.labels import TRAJECTORY_STATUSES as TRAJECTORY_STATUS_WORDS
from supportdesk.services._base import (
    Ref,
    Stamped,
    archivers,
    change_record,
    contacts_of,
    edit_record,
    find_ref,
    find_refs,
    get_record,
    read_record,
    ref,
    refs,
    set_fields,
    stamps,
    write,
)
from supportdesk.services._feedback_views import FeedbackView, feedback_views
from supportdesk.services._follow_up_parts import (
    FollowUpInput,
    check_new_follow_ups,
    keep_follow_ups,
)
from supportdesk.services._status import check_move
from supportdesk.services.contact_moments import (
    ContactMomentInput,
    ContactMomentView,
    add_contact_moment,
    contact_moment_view,
    get_contact_moment,
    remove_contact_moment,
    update_contact_moment,
)
from supportdesk.services.follow_ups import (
    FollowUpView,
    first_line,
    sorted_follow_ups,
    talk_ref,
    trajectory_ref,
)
from supportdesk.validation import Checker

__all__ = [
    "ALLOWED_MOVES",
    "ContactMomentInput",
    "ContactMomentView",
    "TrajectoryInput",
    "TrajectoryView",
    "add_contact_moment",
    "archive_trajectory",
    "change_status",
    "create_trajectory",
    "get_contact_moment",
    "get_trajectory",
    "remove_contact_moment",
    "set_feedback_expected",
    "start_trajectory_from_advice_talk",
    "unarchive_trajectory",
    "update_contact_moment",
    "update_trajectory",
]

_T = TrajectoryStatus
STATUS_NAMES: Mapping[str, str] = TRAJECTORY_STATUS_WORDS
ALLOWED_MOVES: dict[str, tuple[str, ...]] = {
    _T.REQUEST: (_T.INTAKE, _T.STOPPED),
    _T.INTAKE: (_T.RUNNING, _T.STOPPED),
    _T.RUNNING: (_T.FINISHED, _T.STOPPED),
    _T.FINISHED: (),
    _T.STOPPED: (),
}
_DATE_NAMES = {
    "requested_on": "De datum van de aanvraag",
    "intake_on": "De datum van de intake",
    "start_date": "De startdatum",
    "end_date": "De einddatum",
}
# The date column each status records (``supportdesk.codes``), in the order of the steps.
_STEP_DATES = tuple((c, _DATE_NAMES[c]) for c in dict.fromkeys(STEP_DATE_COLUMNS.values()))


@dataclass(frozen=True)
class TrajectoryInput:
    local_government_id: str
    title: str = ""
    requested_on: date | None = None
    intake_on: date | None = None
    start_date: date | None = None
    planned_end_date: date | None = None
    end_date: date | None = None
    starting_position: str | None = None
    needs: str = ""
    goals: str = ""
    approach: str = ""
    partner_involvement: str = ""
    mediawijs_involved: bool = False
    feedback_expected: bool = True
    notes: str = ""
    coach_ids: tuple[str, ...] = ()
    contact_ids: tuple[str, ...] = ()
    theme_ids: tuple[str, ...] = ()
    # Actions to add in the same save (errors are named "new_follow_ups.<n>.<field>").
    new_follow_ups: tuple[FollowUpInput, ...] = ()


@dataclass(frozen=True)
class TrajectoryView(Stamped):
    id: str
    version: int
    name: str  # the title, or "Traject <government>" when it has none
    local_government: Ref
    title: str
    status: str
    requested_on: date | None
    intake_on: date | None
    start_date: date | None
    planned_end_date: date | None
    end_date: date | None
    starting_position: str | None
    needs: str
    goals: str
    approach: str
    partner_involvement: str
    mediawijs_involved: bool
    feedback_expected: bool
    notes: str
    archived: bool
    coaches: tuple[Ref, ...]
    contacts: tuple[Ref, ...]
    themes: tuple[Ref, ...]
    origin_advice_talk: Ref | None
    contact_moments: tuple[ContactMomentView, ...]
    follow_ups: tuple[FollowUpView, ...]
    feedback: tuple[FeedbackView, ...]

    @property
    def local_government_id(self) -> str:
        return self.local_government.id

    @property
    def origin_advice_talk_id(self) -> str | None:
        return self.origin_advice_talk.id if self.origin_advice_talk else None

    @property
    def feedback_missing(self) -> bool:
        """Finished, feedback expected, and none recorded yet: someone should ask for it."""
        return (
            self.status == TrajectoryStatus.FINISHED
            and self.feedback_expected
            and not self.feedback
        )

    @property
    def stopped_without_starting(self) -> bool:
        """Stopped at request or intake: it never ran and never counts for the plan."""
        return self.status == TrajectoryStatus.STOPPED and self.start_date is None

    @property
    def step_date(self) -> date | None:
        """The date of the step its status records (the start of a running one, ...)."""
        column = STEP_DATE_COLUMNS.get(self.status)
        return getattr(self, column) if column else None

    def planned_end_passed(self, today: date) -> bool:
        """Still open and its planned end date is behind ``today``: it needs a look."""
        return planned_end_passed(self.status, self.planned_end_date, today)

    @property
    def allowed_statuses(self) -> tuple[str, ...]:
        """The statuses ``change_status`` accepts from here."""
        return ALLOWED_MOVES.get(self.status, ())


def _view(session: Session, t: Trajectory) -> TrajectoryView:
    return TrajectoryView(
        id=t.public_id,
        version=t.version,
        name=trajectory_ref(t).name,
        local_government=ref(t.local_government),
        title=t.title,
        status=t.status,
        requested_on=t.requested_on,
        intake_on=t.intake_on,
        start_date=t.start_date,
        planned_end_date=t.planned_end_date,
        end_date=t.end_date,
        starting_position=t.starting_position,
        needs=t.needs,
        goals=t.goals,
        approach=t.approach,
        partner_involvement=t.partner_involvement,
        mediawijs_involved=t.mediawijs_involved,
        feedback_expected=t.feedback_expected,
        notes=t.notes,
        archived=t.archived,
        coaches=refs(t.coaches),
        contacts=refs(t.contacts),
        themes=refs(t.themes),
        origin_advice_talk=talk_ref(t.origin_advice_talk) if t.origin_advice_talk else None,
        contact_moments=tuple(contact_moment_view(m) for m in t.contact_moments),
        follow_ups=sorted_follow_ups(list(t.follow_ups)),
        feedback=feedback_views(session, trajectory_id=t.id),
        **stamps(t),
    )


def _check_step_dates(chk: Checker, dates: dict[str, date | None]) -> None:
    """No step dated before an earlier step; the planned end not before the start."""
    earlier: list[tuple[str, date]] = []
    for column, label in _STEP_DATES:
        value = dates.get(column)
        if value is None:
            continue
        late = [(c, d) for c, d in earlier if d > value]
        if late:
            chk.fail(column, f"{label} ligt vóór een eerdere stap ({late[0][1]:%d/%m/%Y}).")
        earlier.append((column, value))
    chk.date_order(
        "planned_end_date",
        dates.get("start_date"),
        dates.get("planned_end_date"),
        "De geplande einddatum",
    )


def _apply(session: Session, t: Trajectory, data: TrajectoryInput) -> None:
    chk = Checker()
    title = rule("trajectory", "title").apply(chk, data.title)
    dates: dict[str, date | None] = {}
    for column, label in (*_STEP_DATES, ("planned_end_date", "De geplande einddatum")):
        dates[column] = chk.date(column, getattr(data, column), label, required=False)
    _check_step_dates(chk, dates)
    position = chk.optional_choice(
        "starting_position", data.starting_position, STARTING_POSITIONS, "startpositie"
    )
    texts = {
        name: rule("trajectory", name).apply(chk, getattr(data, name))
        for name in ("needs", "goals", "approach", "partner_involvement", "notes")
    }
    mediawijs = chk.flag("mediawijs_involved", data.mediawijs_involved)
    feedback_expected = chk.flag("feedback_expected", data.feedback_expected)
    lg = find_ref(chk, session, LocalGovernment, data.local_government_id, "local_government_id")
    coaches = find_refs(chk, session, TeamMember, data.coach_ids, "coach_ids")
    contacts = contacts_of(chk, session, data.contact_ids, lg, "contact_ids")
    themes = find_refs(chk, session, Theme, data.theme_ids, "theme_ids")
    new_actions = check_new_follow_ups(chk, session, data.new_follow_ups)
    chk.raise_if_any()
    assert lg is not None
    t.local_government, t.title, t.starting_position = lg, title, position
    for column, when in dates.items():
        setattr(t, column, when)
    for name, text in texts.items():
        setattr(t, name, text)
    t.mediawijs_involved, t.feedback_expected = mediawijs, feedback_expected
    t.coaches, t.contacts, t.themes = coaches, contacts, themes
    keep_follow_ups(t, lg, new_actions)


def create_trajectory(
    db: Database, data: TrajectoryInput, *, status: str = _T.REQUEST
) -> TrajectoryView:
    """Register a trajectory. It starts as a request (dated today unless given); another
    ``status`` is for entering one that is already under way (its dates as given)."""
    chk = Checker()
    chk.choice("status", status, TRAJECTORY_STATUSES, "status")
    chk.raise_if_any()
    with write(db) as session, session.no_autoflush:
        t = Trajectory(archived=False, status=status, follow_ups=[])
        _apply(session, t, data)
        if status == _T.REQUEST and t.requested_on is None:
            t.requested_on = date.today()
        session.add(t)
        session.flush()
        return _view(session, t)


def update_trajectory(
    db: Database, public_id: str, data: TrajectoryInput, expected_version: int | None
) -> TrajectoryView:
    """Save the edited form; the status changes only through ``change_status``."""
    return edit_record(db, Trajectory, public_id, expected_version, _apply, data, _view)


def change_status(
    db: Database,
    public_id: str,
    new_status: str,
    on_date: date | None = None,
    expected_version: int | None = None,
) -> TrajectoryView:
    """Move to the next step (see ``ALLOWED_MOVES``), recording its date (today by default)."""
    chk = Checker()
    chk.choice("new_status", new_status, TRAJECTORY_STATUSES, "status")
    when = chk.date("on_date", on_date or date.today())
    chk.raise_if_any()
    assert when is not None

    def change(_session: Session, t: Trajectory) -> None:
        check_move(ALLOWED_MOVES, STATUS_NAMES, t.status, new_status, "Een traject in status “{}”")
        # The steps already taken; a planned start of a trajectory not yet running is not one.
        running = t.status == TrajectoryStatus.RUNNING
        taken = ["requested_on", "intake_on"] + (["start_date"] if running else [])
        previous = [d for d in (getattr(t, c) for c in taken) if d is not None]
        if previous and when < max(previous):
            raise ValidationError.single(
                "on_date", f"De datum ligt vóór de vorige stap ({max(previous):%d/%m/%Y})."
            )
        column = STEP_DATE_COLUMNS[new_status]
        if new_status == TrajectoryStatus.STOPPED and not running:
            # Stopped without starting: the planned start never happened, so it is not
            # kept as a start date (it would end before it began, and look as if it ran).
            # The change log keeps the planned date. See supportdesk.indicators.
            t.start_date = None
        setattr(t, column, when)
        t.status = new_status

    return change_record(db, Trajectory, public_id, expected_version, change, _view)


def set_feedback_expected(
    db: Database, public_id: str, expected: bool, expected_version: int | None = None
) -> TrajectoryView:
    """Whether closing feedback is still to be asked (off when it will not come)."""
    chk = Checker()
    value = chk.flag("feedback_expected", expected)
    chk.raise_if_any()
    values = {"feedback_expected": value}
    return set_fields(db, Trajectory, public_id, values, expected_version, _view)


archive_trajectory, unarchive_trajectory = archivers(Trajectory, _view)


def start_trajectory_from_advice_talk(
    db: Database, talk_id: str, *, requested_on: date | None = None
) -> TrajectoryView:
    """A talk that asks for more becomes a trajectory request: the government, contacts,
    themes and team members carry over, the question becomes the first need, and the
    two stay linked (``origin_advice_talk``)."""
    with write(db) as session:
        talk = get_record(session, AdviceTalk, talk_id)
        started = session.scalar(
            select(Trajectory.id).where(Trajectory.origin_advice_talk_id == talk.id).limit(1)
        )
        if started is not None:
            raise DomainError("Vanuit dit adviesgesprek is al een traject gestart.")
        chk = Checker()
        when = chk.date("requested_on", requested_on or talk.date, "De datum van de aanvraag")
        chk.raise_if_any()
        lg = talk.local_government
        t = Trajectory(
            local_government=lg,
            title=first_line(talk.question, 300),
            status=_T.REQUEST,
            requested_on=when,
            starting_position=lg.starting_position,
            needs=talk.question,
            origin_advice_talk=talk,
            archived=False,
        )
        t.contacts = list(talk.contacts)
        t.themes = list(talk.themes)
        t.coaches = list(talk.team_members)
        session.add(t)
        session.flush()
        return _view(session, t)


def get_trajectory(db: Database, public_id: str) -> TrajectoryView:
    return read_record(db, Trajectory, public_id, _view)
