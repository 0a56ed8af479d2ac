"""Preview outcomes per row, the import in one transaction, and merging two people."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from supportdesk.contacts_import import (
    Decision,
    Outcome,
    guess_mapping,
    import_contacts,
    plan_import,
    read_table,
)
from supportdesk.contacts_import.apply import ImportRowError
from supportdesk.contacts_import.mapping import Mapping
from supportdesk.contacts_import.reading import Sheet
from supportdesk.safety.audit import record_history
from supportdesk.services.advice import AdviceTalkInput, create_advice_talk, get_advice_talk
from supportdesk.services.attachments import NewFile, add_attachments, list_attachments
from supportdesk.services.contact_moments import ContactMomentInput, add_contact_moment
from supportdesk.services.contacts import (
    ContactInput,
    create_contact,
    get_contact,
    list_contacts,
    merge_contacts,
    update_contact,
)
from supportdesk.services.feedback import FeedbackInput, give_feedback
from supportdesk.services.focus_groups import FocusGroupInput, create_focus_group, invite
from supportdesk.services.trajectories import get_trajectory, start_trajectory_from_advice_talk
from tests.supportdesk.services.helpers import ANTWERPEN, GENT, LEUVEN, dump, lg_id

DATA = Path(__file__).parent.parent.parent / "data" / "contacts"
HEADER = ("Naam", "Voornaam", "Functie", "E-mail", "Telefoon", "Gemeente")


def _sheet(*rows: tuple[str, ...]) -> tuple[Sheet, Mapping]:
    sheet = Sheet("Blad1", (HEADER, *rows))
    return sheet, guess_mapping(sheet)


def test_file_preview_finds_governments_by_name_nis_and_former_name(db):
    [sheet] = read_table(DATA / "contacten_puntkomma_bom.csv")
    plans = plan_import(db, sheet, guess_mapping(sheet))
    assert [p.row_number for p in plans] == [2, 3, 4, 5, 6]
    assert [p.outcome for p in plans] == [Outcome.NEW] * 3 + [Outcome.ERROR] * 2
    assert plans[0].values.government_name == "Antwerpen"  # Borsbeek, a former name
    assert plans[1].values.government_id == lg_id(db, GENT)  # NIS code 44021
    assert plans[2].values.government_id == lg_id(db, LEUVEN)  # "Stad Leuven"
    assert "niet-een-adres" in plans[3].reason
    assert "Atlantis" in plans[4].reason


def test_preview_outcomes_new_update_unchanged_duplicate_error(db):
    ant, gent = lg_id(db, ANTWERPEN), lg_id(db, GENT)
    same = create_contact(db, ContactInput(ant, "Peeters", "An", email="an@antwerpen.be"))
    create_contact(db, ContactInput(ant, "Maes", "Eva", "Schepen", email="eva@antwerpen.be"))
    create_contact(db, ContactInput(gent, "Claes", "Jan", email="jan@gent.be"))
    create_contact(db, ContactInput(ant, "Vermeulen", "Élodie"))
    sheet, mapping = _sheet(
        ("Peeters", "An", "Coördinator", "AN@antwerpen.be", "", "Antwerpen"),  # update
        ("Maes", "Eva", "Schepen", "eva@antwerpen.be", "", "Antwerpen"),  # unchanged
        ("Claessens", "Jan", "", "jan@gent.be", "", "Leuven"),  # same mail, elsewhere
        ("Vermeulen", "Elodie", "", "elodie@antwerpen.be", "", "Antwerpen"),  # similar name
        ("", "Niemand", "", "", "", "Antwerpen"),  # no last name
        ("Nieuw", "Nora", "", "an@antwerpen.be", "", "Gent"),  # same mail as row 2 (file)
        ("", "", "", "", "", ""),  # empty: left out
        ("Nieuwe", "Nele", "", "", "", "Borsbeek"),
    )
    plans = {p.row_number: p for p in plan_import(db, sheet, mapping)}
    assert sorted(plans) == [2, 3, 4, 5, 6, 7, 9]
    assert plans[2].outcome == Outcome.UPDATE and plans[2].target.id == same.id
    assert plans[2].changes == {
        "role": ("", "Coördinator"),
        "email": ("an@antwerpen.be", "AN@antwerpen.be"),
    }
    assert plans[3].outcome == Outcome.UNCHANGED
    assert plans[4].outcome == Outcome.DUPLICATE and "bij Gent" in plans[4].reason
    assert plans[5].outcome == Outcome.DUPLICATE and "Élodie Vermeulen" in plans[5].reason
    assert plans[6].outcome == Outcome.ERROR and "familienaam" in plans[6].reason.lower()
    assert plans[7].outcome == Outcome.ERROR and "rij 2" in plans[7].reason
    assert plans[9].outcome == Outcome.NEW


def test_import_writes_as_decided_in_one_transaction(db):
    ant = lg_id(db, ANTWERPEN)
    elodie = create_contact(db, ContactInput(ant, "Vermeulen", "Élodie"))
    sheet, mapping = _sheet(
        ("Nieuwe", "Nele", "Schepen", "nele@x.be", "03 1", "Antwerpen"),
        ("Vermeulen", "Elodie", "Beleid", "elodie@antwerpen.be", "", "Antwerpen"),
        ("Vermeulen", "Elodie", "", "", "", "Gent"),
        ("Fout", "", "", "geen-adres", "", "Antwerpen"),
    )
    plans = plan_import(db, sheet, mapping)
    result = import_contacts(db, plans, {3: Decision.MERGE, 4: Decision.SKIP})
    assert (result.created, result.updated, result.skipped) == (1, 1, 2)
    merged = get_contact(db, elodie.id)
    assert (merged.first_name, merged.role, merged.email) == (
        "Elodie",
        "Beleid",
        "elodie@antwerpen.be",
    )
    names = sorted(c.full_name for c in list_contacts(db, ant))
    assert names == ["Elodie Vermeulen", "Nele Nieuwe"]
    assert [e.action for e in record_history(db, elodie.id)] == ["create", "change"]


def test_keep_both_creates_a_second_person(db):
    ant = lg_id(db, ANTWERPEN)
    create_contact(db, ContactInput(ant, "Vermeulen", "Élodie"))
    sheet, mapping = _sheet(("Vermeulen", "Elodie", "", "", "", "Antwerpen"))
    plans = plan_import(db, sheet, mapping)
    import_contacts(db, plans, {2: Decision.CREATE})
    assert len(list_contacts(db, ant)) == 2


def test_nothing_is_half_imported_when_a_row_fails(db):
    ant = lg_id(db, ANTWERPEN)
    an = create_contact(db, ContactInput(ant, "Peeters", "An", email="an@antwerpen.be"))
    sheet, mapping = _sheet(
        ("Eerste", "Nieuw", "", "", "", "Antwerpen"),
        ("Peeters", "An", "Schepen", "an@antwerpen.be", "", "Antwerpen"),
    )
    plans = plan_import(db, sheet, mapping)
    update_contact(db, an.id, ContactInput(ant, "Peeters", "Anna"), an.version)  # meanwhile
    before = dump(db)
    with pytest.raises(ImportRowError, match=r"Rij 3: .*intussen gewijzigd.*niets geïmporteerd"):
        import_contacts(db, plans)
    assert dump(db) == before
    bad = replace(plans[0], values=replace(plans[0].values, email="kapot"))
    with pytest.raises(ImportRowError, match="Rij 2"):
        import_contacts(db, [bad])
    assert dump(db) == before


def test_merge_keeps_every_link_and_logs_it(db):
    ant = lg_id(db, ANTWERPEN)
    keep = create_contact(db, ContactInput(ant, "Özdemir", "Łukasz", email="l@antwerpen.be"))
    other = create_contact(db, ContactInput(ant, "Ozdemir", "Lukasz", "Schepen", phone="03 1"))
    talk = create_advice_talk(
        db,
        AdviceTalkInput(date(2025, 3, 1), ant, "phone", "Vraag", contact_ids=(other.id,)),
    )
    both = create_advice_talk(
        db,
        AdviceTalkInput(date(2025, 3, 2), ant, "phone", "V2", contact_ids=(keep.id, other.id)),
    )
    trajectory = start_trajectory_from_advice_talk(db, talk.id)
    add_contact_moment(
        db, trajectory.id, ContactMomentInput(date(2025, 3, 5), "phone", contact_ids=(other.id,))
    )
    group = create_focus_group(db, FocusGroupInput(date(2025, 4, 1), "Tools"))
    invite(db, group.id, ant, other.id, "present")
    give_feedback(db, FeedbackInput(4, "goed", advice_talk_id=talk.id, contact_person_id=other.id))
    add_attachments(
        db, "advice_talk", talk.id, [NewFile("m.eml", b"x", contact_person_id=other.id)]
    )

    report = merge_contacts(db, keep.id, other.id)
    assert report.moved == {
        "advice_talk": 2,
        "trajectory": 1,
        "contact_moment": 1,
        "focus_group_participant": 1,
        "feedback": 1,
        "attachment": 1,
    }
    kept = get_contact(db, keep.id)
    assert (kept.role, kept.phone, kept.email) == ("Schepen", "03 1", "l@antwerpen.be")
    assert "Samengevoegd met Lukasz Ozdemir" in kept.notes
    assert [c.id for c in get_advice_talk(db, talk.id).contacts] == [keep.id]
    assert [c.id for c in get_advice_talk(db, both.id).contacts] == [keep.id]
    assert [c.id for c in get_trajectory(db, trajectory.id).contacts] == [keep.id]
    assert [a.contact_person_id for a in list_attachments(db, "advice_talk", talk.id)] == [keep.id]
    assert [c.id for c in list_contacts(db, ant)] == [keep.id]
    assert record_history(db, other.id)[-1].action == "delete"
    talk_log = record_history(db, talk.id, resolve_names=False)[-1]
    assert talk_log.action == "change"
    assert [ch.field for ch in talk_log.changes] == ["contacts"]


def test_a_sheet_with_both_municipality_and_nis_code_uses_the_code_when_the_name_is_empty(db):
    """Real lists often have "Gemeente" and "NIS-code" side by side, each filled on some
    rows only: the first names the government, the second is used where it is empty."""
    header = ("E-MAILADRES", "Gemeente", "NIS-code", "Voornaam", "NAAM")
    sheet = Sheet(
        "Blad1",
        (
            ("Contactenlijst", "", "", "", ""),
            header,
            ("els@x.be", "", "44021", "Els", "Vos"),
            ("jan@x.be", "borsbeek", "", "Jan", "Janssens"),
            ("an@x.be", "Leuven", "44021", "An", "Wouters"),
            ("tom@x.be", "", "", "Tom", "Smet"),
        ),
    )
    mapping = guess_mapping(sheet)
    assert mapping.header_row == 1 and mapping.columns["government"] == 1
    assert mapping.government_fallbacks == (2,)
    plans = plan_import(db, sheet, mapping)
    assert [p.values.government_id for p in plans[:3]] == [
        lg_id(db, GENT),  # from the NIS code
        lg_id(db, ANTWERPEN),  # Borsbeek, a former name
        lg_id(db, LEUVEN),  # the name wins over the code beside it
    ]
    assert [p.outcome for p in plans] == [Outcome.NEW] * 3 + [Outcome.ERROR]
