"""Who came to a meeting: the participants that focus groups and activities share (a
local government, or one of its contact persons, with an attendance code). The view
of one, the list in its order, and the check of one to add."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

from db.models import ContactPerson, LocalGovernment
from supportdesk.codes import ATTENDANCE
from supportdesk.services._base import Ref, find_ref, opt_ref, ref
from supportdesk.validation import Checker, fold


@dataclass(frozen=True)
class ParticipantView:
    id: str
    version: int
    local_government: Ref
    contact_person: Ref | None
    attendance: str


def participant_views(participants: Iterable[Any]) -> tuple[ParticipantView, ...]:
    """By government, the government itself before its persons, persons by name."""
    ordered = sorted(
        participants,
        key=lambda p: (
            fold(p.local_government.name),
            p.contact_person is not None,
            fold(p.contact_person.full_name) if p.contact_person else "",
        ),
    )
    return tuple(
        ParticipantView(
            p.public_id,
            p.version,
            ref(p.local_government),
            opt_ref(p.contact_person),
            p.attendance,
        )
        for p in ordered
    )


@dataclass(frozen=True)
class NewParticipant:
    """A participant to add that passed its checks (``government`` None when it did not)."""

    attendance: str
    government: LocalGovernment | None
    contact: ContactPerson | None


def check_participant(
    chk: Checker,
    session: Session,
    present: Iterable[Any],
    attendance: str,
    government_id: object,
    contact_id: object,
    *,
    already: str,
    prefix: str = "",
) -> NewParticipant:
    """Check one participant to add beside ``present``: a known attendance code and
    government, a contact person of that government, and not on the list yet (``already``
    ends the refusal: "{who} is al uitgenodigd."). Problems go to ``chk`` under
    ``prefix`` + field; the caller raises them."""
    code = chk.choice(prefix + "attendance", attendance, ATTENDANCE, "aanwezigheid")
    lg = find_ref(chk, session, LocalGovernment, government_id, prefix + "local_government_id")
    contact = find_ref(
        chk, session, ContactPerson, contact_id, prefix + "contact_person_id", required=False
    )
    if lg is not None and contact is not None and contact.local_government_id != lg.id:
        chk.fail(
            prefix + "contact_person_id",
            f"{contact.full_name} is geen contactpersoon van {lg.name}.",
        )
    if lg is not None and not chk.errors:
        for p in present:  # (one added in this save has no id yet)
            same = p.local_government_id == lg.id or p.local_government is lg
            if same and p.contact_person is contact:
                field = "contact_person_id" if contact else "local_government_id"
                who = contact.full_name if contact else lg.name
                chk.fail(prefix + field, f"{who} {already}")
    return NewParticipant(code, lg, contact)


def checked_attendance(attendance: str) -> str:
    """An attendance code (invited, present, absent, excused), or a ValidationError."""
    chk = Checker()
    code = chk.choice("attendance", attendance, ATTENDANCE, "aanwezigheid")
    chk.raise_if_any()
    return code
