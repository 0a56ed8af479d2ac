"""The parts of a follow-up action that the services of its subjects share: the input,
its check inside their transaction, and the new row (``follow_ups`` is the service).

Advice talks and trajectories create their actions in their own save, so they use
these directly rather than through another service module.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy.orm import Session

from db.models import FollowUpAction, LocalGovernment, TeamMember
from supportdesk.field_rules import rule
from supportdesk.services._base import find_ref
from supportdesk.validation import Checker


@dataclass(frozen=True)
class FollowUpInput:
    """What to do. The subject is given separately (see ``create_follow_up``)."""

    description: str
    due_date: date | None = None
    owner_id: str | None = None
    notes: str = ""
    done_date: date | None = None
    # For an action of a focus group: the local government it concerns (public id), if
    # any. Other actions belong to their talk's, trajectory's or own government.
    government_id: str | None = None


@dataclass(frozen=True)
class CheckedFollowUp:
    """A follow-up input that passed every check, ready to be stored."""

    description: str
    due_date: date | None
    owner: TeamMember | None
    notes: str
    done_date: date | None
    government: LocalGovernment | None = None

    def apply(self, fu: FollowUpAction) -> None:
        fu.description, fu.due_date, fu.owner = self.description, self.due_date, self.owner
        fu.notes, fu.done_date = self.notes, self.done_date


def check_follow_up(
    chk: Checker, session: Session, data: FollowUpInput, prefix: str = ""
) -> CheckedFollowUp:
    """Check one follow-up input; problems go to ``chk`` under ``prefix + field``."""
    sub = Checker()
    if not isinstance(data, FollowUpInput):
        sub.fail("description", "Ongeldige opvolgactie.")
        chk.merge(prefix, sub)
        return CheckedFollowUp("", None, None, "", None)
    description = rule("follow_up_action", "description").apply(sub, data.description)
    due = sub.date("due_date", data.due_date, "De vervaldatum", required=False)
    done = sub.date("done_date", data.done_date, "De datum van afwerking", required=False)
    notes = rule("follow_up_action", "notes").apply(sub, data.notes)
    owner = find_ref(
        sub, session, TeamMember, data.owner_id, "owner_id", required=False, label="medewerker"
    )
    government = find_ref(
        sub,
        session,
        LocalGovernment,
        data.government_id,
        "government_id",
        required=False,
        label="lokaal bestuur",
    )
    chk.merge(prefix, sub)
    return CheckedFollowUp(description, due, owner, notes, done, government)


def new_follow_up(checked: CheckedFollowUp, **subject: Any) -> FollowUpAction:
    fu = FollowUpAction(**subject)
    checked.apply(fu)
    return fu


def check_new_follow_ups(chk: Checker, session: Session, items: object) -> list[CheckedFollowUp]:
    """The actions typed with a talk or trajectory, to add in its save; problems go to
    ``chk`` named "new_follow_ups.<n>.<field>"."""
    if not isinstance(items, (tuple, list)):
        chk.fail("new_follow_ups", "Een lijst van opvolgacties verwacht.")
        return []
    return [
        check_follow_up(chk, session, item, f"new_follow_ups.{i}.") for i, item in enumerate(items)
    ]


def keep_follow_ups(subject: Any, lg: LocalGovernment, new: list[CheckedFollowUp]) -> None:
    """A talk's or trajectory's actions follow it to its (corrected) government, and the
    ``new`` ones are added to it."""
    for fu in subject.follow_ups:
        fu.local_government = lg
    for checked in new:
        subject.follow_ups.append(new_follow_up(checked, local_government=lg))
