from __future__ import annotations

import pytest

from supportdesk.errors import ConflictError, NotFoundError, ValidationError
from supportdesk.services.local_governments import (
    LocalGovernmentInput,
    archive_local_government,
    complete_local_governments,
    create_local_government,
    get_local_government,
    list_local_governments_brief,
    set_partnership_members,
    set_starting_position,
    unarchive_local_government,
    update_local_government,
)
from tests.supportdesk.services.helpers import ANTWERPEN, GENT, LEUVEN, dump, lg_id


def test_create_partnership_with_members(db):
    gent, antw, leuven = lg_id(db, GENT), lg_id(db, ANTWERPEN), lg_id(db, LEUVEN)
    p = create_local_government(
        db,
        LocalGovernmentInput(
            "Welzijnsregio Özdemir <&>", kind="partnership", email="a@b.be", member_ids=(leuven,)
        ),
    )
    assert p.kind == "partnership" and p.name == "Welzijnsregio Özdemir <&>" and p.version == 1
    assert [m.name for m in p.members] == ["Leuven"]
    p2 = set_partnership_members(db, p.id, (gent, antw), p.version)
    assert {m.name for m in p2.members} == {"Gent", "Antwerpen"}
    assert p2.version == 2
    g = get_local_government(db, gent)
    assert [r.name for r in g.partnerships] == ["Welzijnsregio Özdemir <&>"]
    assert [a.name for a in get_local_government(db, antw).aliases] == ["Borsbeek"]
    # A partnership cannot hold another partnership; a municipality holds no members.
    with pytest.raises(ValidationError) as e:
        set_partnership_members(db, p.id, (p.id,))
    assert e.value.field == "member_ids" and "gemeenten" in e.value.errors["member_ids"]
    with pytest.raises(ValidationError) as e:
        set_partnership_members(db, gent, (antw,))
    assert e.value.field == "kind"
    with pytest.raises(ValidationError) as e:
        set_partnership_members(db, p.id, ("no-such-id",))
    assert e.value.field == "member_ids"


def test_validation_messages_name_fields(db):
    before = dump(db)
    with pytest.raises(ValidationError) as e:
        create_local_government(
            db,
            LocalGovernmentInput(
                "", kind="city", nis_code="1234", email="geen-adres", starting_position="x"
            ),
        )
    errs = e.value.errors
    assert set(errs) == {"name", "kind", "nis_code", "email", "starting_position"}
    assert "verplicht" in errs["name"] and "e-mailadres" in errs["email"]
    with pytest.raises(ValidationError) as e:
        create_local_government(db, LocalGovernmentInput("Dubbel", nis_code=GENT))
    assert "Gent" in e.value.errors["nis_code"]
    with pytest.raises(ValidationError):
        create_local_government(db, LocalGovernmentInput("Nul\x00teken"))
    assert dump(db) == before


def test_update_starting_position_archive_and_conflict(db):
    org = create_local_government(db, LocalGovernmentInput("Mediawijs", nis_code=None))
    v2 = update_local_government(
        db, org.id, LocalGovernmentInput("Mediawijs vzw", notes="Łukasz 👩‍💻"), org.version
    )
    assert v2.name == "Mediawijs vzw" and v2.notes == "Łukasz 👩‍💻" and v2.version == 2
    with pytest.raises(ConflictError):
        update_local_government(db, org.id, LocalGovernmentInput("Oud"), org.version)
    v3 = set_starting_position(db, org.id, "growing", v2.version)
    assert v3.starting_position == "growing"
    with pytest.raises(ValidationError) as e:
        set_starting_position(db, org.id, "expert")
    assert e.value.field == "starting_position"
    a = archive_local_government(db, org.id, v3.version)
    assert a.archived
    assert org.id not in {b.id for b in list_local_governments_brief(db)}
    assert org.id in {b.id for b in list_local_governments_brief(db, include_archived=True)}
    assert not unarchive_local_government(db, org.id).archived
    with pytest.raises(NotFoundError):
        get_local_government(db, "00000000-0000-0000-0000-000000000000")


def test_municipality_cannot_leave_kind_while_member(db):
    create_local_government(
        db, LocalGovernmentInput("Regio", kind="partnership", member_ids=(lg_id(db, LEUVEN),))
    )
    leuven = get_local_government(db, lg_id(db, LEUVEN))
    with pytest.raises(ValidationError) as e:
        update_local_government(
            db,
            leuven.id,
            LocalGovernmentInput("Leuven", kind="organisation", nis_code=LEUVEN),
            leuven.version,
        )
    assert e.value.field == "kind"


def test_complete_by_prefix_word_nis_and_alias(db):
    names = [c.name for c in complete_local_governments(db, "gen")]
    assert names[0] == "Genk" or "Gent" in names[:3]
    # accent- and case-insensitive; word prefix inside a hyphenated name
    assert any(c.name == "Sint-Niklaas" for c in complete_local_governments(db, "NIKLAAS"))
    by_nis = complete_local_governments(db, "4402")
    assert any(c.nis_code == GENT for c in by_nis)
    alias = complete_local_governments(db, "borsb")
    assert alias and alias[0].name == "Antwerpen" and alias[0].matched_alias == "Borsbeek"
    assert complete_local_governments(db, "herne")[0].name == "Pajottegem"
    assert complete_local_governments(db, "   ") == []
    assert len(complete_local_governments(db, "s", limit=5)) == 5
    org = create_local_government(db, LocalGovernmentInput("Śląsk Ærø test"))
    assert complete_local_governments(db, "slask")[0].id == org.id
    assert complete_local_governments(db, "aero")[0].id == org.id


def test_brief_list_is_sorted_and_complete(db):
    rows = list_local_governments_brief(db)
    assert len(rows) >= 285
    assert all(r.kind == "municipality" for r in rows)
    folded = [r.name.casefold() for r in rows]
    assert folded[0] <= folded[-1]
