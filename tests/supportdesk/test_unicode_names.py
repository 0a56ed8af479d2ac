"""Lookups by name fold as search does (case, accents, ł/ø/æ/ß, NFC or NFD, a line
break), on SQLite and PostgreSQL: the team member behind ``calendar --as``, the local
governments list's filter (and the trajectories list's filter on the government's name).
Before, these used ``lower()``/``ILIKE``: SQLite folds ASCII only, and neither folds
accents, so "aero" or "ÆRØ" did not find "Ærø Kommune".
"""

from __future__ import annotations

import unicodedata

import pytest

from db.session import Database
from supportdesk.calendar_export import find_member
from supportdesk.errors import DomainError
from supportdesk.queries.local_governments import LocalGovernmentFilter, list_local_governments
from supportdesk.queries.trajectories import TrajectoryFilter, list_trajectories
from supportdesk.services.local_governments import LocalGovernmentInput, create_local_government
from supportdesk.services.team import TeamMemberInput, create_team_member
from supportdesk.services.trajectories import TrajectoryInput, create_trajectory


def _nfd(text: str) -> str:
    return unicodedata.normalize("NFD", text)


@pytest.mark.parametrize(
    "typed", ["Ayşe Özdemir", "AYŞE ÖZDEMIR", "ayse ozdemir", " Ayse  Ozdemir ", "AYSE\nOZDEMIR"]
)
def test_calendar_as_finds_a_team_member_however_typed(db: Database, typed: str) -> None:
    member = create_team_member(db, TeamMemberInput("Ayşe Özdemir")).id
    create_team_member(db, TeamMemberInput("Ayşe Özdemirci"))  # not the same name
    for form in (typed, _nfd(typed)):
        assert find_member(db, form) == (member, "Ayşe Özdemir")
    assert find_member(db, member)[0] == member
    with pytest.raises(DomainError, match="geen medewerker"):
        find_member(db, "Ayse")


@pytest.mark.parametrize("typed", ["ærø", "ÆRØ", "aero", "Aero Kom", "ÆRØ KOMMUNE"])
def test_the_governments_list_filter_folds_the_name(db: Database, typed: str) -> None:
    aero = create_local_government(db, LocalGovernmentInput("Ærø Kommune")).id
    straße = create_local_government(db, LocalGovernmentInput("Großstraße Partners")).id
    for form in (typed, _nfd(typed)):
        found = [r.id for r in list_local_governments(db, LocalGovernmentFilter(text=form))]
        assert found == [aero], form
    found = [r.id for r in list_local_governments(db, LocalGovernmentFilter(text="GROSSSTRASSE"))]
    assert found == [straße]
    # % and _ are no wildcards, and text no record can hold finds nothing
    assert list_local_governments(db, LocalGovernmentFilter(text="%")) == []
    assert list_local_governments(db, LocalGovernmentFilter(text="a\x00")) == []


def test_the_trajectories_list_finds_them_by_the_governments_folded_name(db: Database) -> None:
    aero = create_local_government(db, LocalGovernmentInput("Ærø Kommune")).id
    tid = create_trajectory(db, TrajectoryInput(local_government_id=aero, title="Traject")).id
    for form in ("aero", "ÆRØ", _nfd("ærø kommune")):
        found = [r.id for r in list_trajectories(db, TrajectoryFilter(text=form))]
        assert found == [tid], form


def test_a_governments_contacts_are_listed_in_name_order(db: Database) -> None:
    from supportdesk.services.contacts import ContactInput, create_contact, list_contacts

    lg = create_local_government(db, LocalGovernmentInput("Ærø Kommune")).id
    expected = ["Ærø", "de Smet", "De Wit", "eloise", "Éloïse", "Lucas", "Łukasz", "Özdemir"]
    for last in reversed(expected):
        create_contact(db, ContactInput(lg, last, "X"))
    assert [c.last_name for c in list_contacts(db, lg)] == expected


def test_a_contact_is_found_by_e_mail_in_any_case_of_any_letter(db: Database) -> None:
    from supportdesk.services.contacts import (
        ContactInput,
        create_contact,
        find_contacts_by_email,
    )

    lg = create_local_government(db, LocalGovernmentInput("Ærø Kommune")).id
    emile = create_contact(db, ContactInput(lg, "Dupont", "Émile", email="Émile.Dupont@Ærø.dk")).id
    plain = create_contact(db, ContactInput(lg, "Dupont", "Emile", email="emile.dupont@aero.dk")).id
    for typed in ("émile.dupont@ærø.dk", "ÉMILE.DUPONT@ÆRØ.DK", _nfd("émile.dupont@ærø.dk")):
        assert [c.id for c in find_contacts_by_email(db, typed)] == [emile], typed
    # accents still count: another address
    assert [c.id for c in find_contacts_by_email(db, "EMILE.DUPONT@AERO.DK")] == [plain]


def test_a_trajectorys_coaches_are_named_in_name_order(db: Database) -> None:
    names = ["Ærø Jensen", "de Smet An", "Éloïse Martin", "Łukasz Nowak", "Özdemir Ayşe", "Zeno"]
    ids = tuple(create_team_member(db, TeamMemberInput(n)).id for n in reversed(names))
    lg = create_local_government(db, LocalGovernmentInput("Ærø Kommune")).id
    create_trajectory(db, TrajectoryInput(local_government_id=lg, title="T", coach_ids=ids))
    (row,) = list_trajectories(db, TrajectoryFilter(text="aero"))
    assert list(row.coaches) == names
