"""What the team services share inside a transaction (``services.team`` and the
welcome's ``services.first_start``): a name or e-mail that is taken (case, accents and
spacing ignored), a team member's input and view, and adding members within a larger save
(``add_team_members``)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import not_, select
from sqlalchemy.orm import Session

from db.models import TeamMember, Theme, Tool
from supportdesk.field_rules import rule
from supportdesk.validation import Checker, fold, name_key


def _taken(session: Session, column: Any, value: str, own_id: int | None) -> bool | None:
    """Whether another row of ``column``'s table holds ``value`` (``name_key``: case,
    accents and spacing ignored) and is put away (archived, or an inactive member);
    None when no other row holds it (the lists are short: the team, ~10 themes, ~20 tools)."""
    wanted = name_key(value)
    model = column.class_
    away = model.archived if hasattr(model, "archived") else not_(model.active)
    for row_id, other, is_away in session.execute(select(model.id, column, away)):
        if row_id != own_id and other and name_key(other) == wanted:
            return bool(is_away)
    return None


#: said after a duplicate name when the row holding it is not in the list on screen
_PUT_AWAY: dict[type, str] = {
    TeamMember: " Die medewerker is niet meer actief: vink „Toon wie niet meer actief is” "
    "aan en maak hem of haar weer actief.",
}
_PUT_AWAY[Theme] = _PUT_AWAY[Tool] = (
    " Die staat in het archief: vink „Toon gearchiveerd” aan en zet die terug."
)


def _unique(
    chk: Checker, session: Session, column: Any, value: str, own_id: int | None, message: str
) -> None:
    field = column.key
    if not value.strip() or field in chk.errors:
        return
    away = _taken(session, column, value, own_id)
    if away is not None:
        hint = _PUT_AWAY.get(column.class_, "") if away else ""
        chk.fail(field, message.format(value.strip()) + hint)


# --- team members -------------------------------------------------------------------


@dataclass(frozen=True)
class TeamMemberInput:
    name: str
    email: str = ""


@dataclass(frozen=True)
class TeamMemberView:
    id: str
    version: int
    name: str
    email: str
    active: bool


def _member_view(_session: Session | None, m: TeamMember) -> TeamMemberView:
    return TeamMemberView(m.public_id, m.version, m.name, m.email, m.active)


def _check_member(
    session: Session, m: TeamMember, data: TeamMemberInput, others: Sequence[tuple[str, str]] = ()
) -> Checker:
    """The input's problems; ``others`` are (name, e-mail) of members being added in the
    same save (the welcome's rows), which count as taken too."""
    chk = Checker()
    name = rule("team_member", "name").apply(chk, data.name)
    email = rule("team_member", "email").apply(chk, data.email)
    _unique(chk, session, TeamMember.name, name, m.id, "Er is al een medewerker “{}”.")
    _unique(
        chk, session, TeamMember.email, email, m.id, "Het e-mailadres {} is al van een medewerker."
    )
    if "name" not in chk.errors and name_key(name) in {name_key(n) for n, _ in others}:
        chk.fail("name", f"“{name.strip()}” staat hierboven al.")
    if (
        email
        and "email" not in chk.errors
        and fold(email) in {fold(e.strip()) for _, e in others if e.strip()}
    ):
        chk.fail("email", f"Het e-mailadres {email} staat hierboven al.")
    if not chk.errors:
        m.name, m.email = name, email
    return chk


def add_team_members(session: Session, people: Sequence[TeamMemberInput]) -> list[TeamMemberView]:
    """``create_team_members`` inside a transaction of a larger save (the welcome's)."""
    chk, made = _check_people(session, people)
    chk.raise_if_any()
    session.add_all(made)
    session.flush()
    return [_member_view(session, m) for m in made]


def _check_people(
    session: Session, people: Sequence[TeamMemberInput]
) -> tuple[Checker, list[TeamMember]]:
    chk = Checker()
    made: list[TeamMember] = []
    seen: list[tuple[str, str]] = []
    for index, data in enumerate(people):
        m = TeamMember(active=True)
        one = _check_member(session, m, data, seen)
        chk.merge("" if len(people) == 1 else f"people.{index}.", one)
        seen.append((data.name or "", data.email or ""))
        made.append(m)
    return chk, made
