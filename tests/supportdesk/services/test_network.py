"""The network's members: joined/left dates, an inactive contact leaves the current
members by itself, counts per government and in total, the CSV for the newsletter."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest

from supportdesk.errors import ValidationError
from supportdesk.safety.output_files import OutputRefused, check_output
from supportdesk.services.contacts import ContactInput, create_contact, set_contact_active
from supportdesk.services.network import (
    MembershipInput,
    add_member,
    end_membership,
    export_members_csv,
    list_members,
    member_counts,
    members_csv_rows,
    update_membership,
)
from tests.supportdesk.services.helpers import ANTWERPEN, GENT, dump, lg_id

DAY = date(2025, 2, 1)


def _people(db):  # type: ignore[no-untyped-def]
    gent, antw = lg_id(db, GENT), lg_id(db, ANTWERPEN)
    return (
        create_contact(db, ContactInput(gent, "Özdemir", "Łukasz", email="lukasz@gent.be")),
        create_contact(db, ContactInput(gent, "Peeters", "An", email="an@gent.be")),
        create_contact(db, ContactInput(antw, "=Janssens", "Bo", email="bo@antwerpen.be")),
    )


def test_current_members_per_government_and_in_total(db):
    lukasz, an, bo = _people(db)
    for c in (lukasz, an, bo):
        add_member(db, MembershipInput(c.id, DAY))
    counts = member_counts(db)
    assert counts.total == 3
    assert [(r.name, n) for r, n in counts.per_government] == [("Antwerpen", 1), ("Gent", 2)]
    # a contact made inactive leaves the current members without anyone ending it
    set_contact_active(db, an.id, False)
    assert member_counts(db).total == 2
    assert [m.contact_person.name for m in list_members(db)] == ["Bo =Janssens", "Łukasz Özdemir"]
    everyone = list_members(db, current_only=False)
    assert len(everyone) == 3 and not next(m for m in everyone if not m.active_contact).current
    # leaving ends it; the history stays
    m = next(m for m in list_members(db) if m.contact_person.id == bo.id)
    end_membership(db, m.id, date.today())
    assert member_counts(db).total == 1
    assert len(list_members(db, current_only=False)) == 3
    assert [m.contact_person.name for m in list_members(db, lg_id(db, GENT))] == ["Łukasz Özdemir"]


def test_bad_memberships_are_refused_and_nothing_saved(db):
    lukasz, _an, _bo = _people(db)
    m = add_member(db, MembershipInput(lukasz.id, DAY))
    before = dump(db)
    with pytest.raises(ValidationError) as info:
        add_member(db, MembershipInput(lukasz.id, DAY))
    assert "contact_person_id" in info.value.errors  # already a member
    with pytest.raises(ValidationError) as info:
        update_membership(db, m.id, MembershipInput(lukasz.id, DAY, DAY - timedelta(1)), 1)
    assert "left_on" in info.value.errors
    with pytest.raises(ValidationError) as info:
        add_member(db, MembershipInput("nope", DAY))
    assert "contact_person_id" in info.value.errors
    with pytest.raises(ValidationError):
        end_membership(db, m.id, DAY - timedelta(days=3))
    assert dump(db) == before


def test_csv_of_the_current_members(db, tmp_path: Path):
    lukasz, an, bo = _people(db)
    for c in (lukasz, an, bo):
        add_member(db, MembershipInput(c.id, DAY))
    set_contact_active(db, an.id, False)
    assert members_csv_rows(db) == [
        ("Bo =Janssens", "bo@antwerpen.be", "Antwerpen"),
        ("Łukasz Özdemir", "lukasz@gent.be", "Gent"),
    ]
    out = tmp_path / "leden.csv"
    assert export_members_csv(db, check_output(out)) == 2
    text = out.read_bytes().decode("utf-8")
    assert text.startswith("\ufeffNaam;E-mailadres;Lokaal bestuur\r\n")
    assert "Łukasz Özdemir;lukasz@gent.be;Gent" in text
    assert "'=Janssens" not in text  # only a cell that starts with = is guarded
    assert "Bo =Janssens" in text and "an@gent.be" not in text
    assert out.stat().st_mode & 0o777 == 0o600
    with pytest.raises(OutputRefused):
        check_output(out)  # exists: needs force
