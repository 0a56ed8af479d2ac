"""A person's data: export everything that names them; erase them without changing counts."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select, text

from db.models import ChangeLogEntry, SearchDocument, advice_talk_contact
from db.session import Database
from supportdesk.errors import ConflictError, NotFoundError
from supportdesk.safety.audit import record_history
from supportdesk.safety.personal_data import (
    ERASED_NAME,
    erase_person,
    export_person,
    export_person_json,
)
from supportdesk.services.advice import AdviceTalkInput, create_advice_talk, get_advice_talk
from supportdesk.services.contacts import ContactInput, create_contact, get_contact, update_contact

EMAIL = "jan.peeters@gent.be"
SECRETS = ("Peeters", EMAIL, "0499 12 34 56", "verhuist in maart")


def _person(db: Database, lg: str) -> tuple[str, str]:
    c = create_contact(
        db,
        ContactInput(
            lg, "Peeters", "Jan", role="schepen", email="jan@oud.be", phone="0499 12 34 56"
        ),
    )
    c = update_contact(
        db,
        c.id,
        ContactInput(
            lg,
            "Peeters",
            "Jan",
            role="schepen",
            email=EMAIL,
            phone="0499 12 34 56",
            notes="verhuist in maart",
        ),
        c.version,
    )
    talk = create_advice_talk(
        db,
        AdviceTalkInput(
            date=date(2025, 3, 4),
            local_government_id=lg,
            channel="phone",
            question="Hoe starten we met digihelpers?",
            notes=f"Gesprek met Jan Peeters; mail naar {EMAIL} volgt.",
            contact_ids=(c.id,),
        ),
    )
    return c.id, talk.id


def _count_links(db: Database) -> int:
    with db.read() as s:
        return s.scalar(select(func.count()).select_from(advice_talk_contact)) or 0


def test_export_names_everything_about_the_person(db: Database, lg_ids: list[str]):
    person, talk = _person(db, lg_ids[0])
    data = export_person(db, person)
    assert data["person"]["last_name"] == "Peeters"
    assert data["person"]["email"] == EMAIL
    assert any(r["table"] == "advice_talk" and r["id"] == talk for r in data["linked_records"])
    mentioned = [r for r in data["mentioned_in"] if r["id"] == talk]
    assert mentioned and mentioned[0]["mentioning_fields"] == ["notes"]
    assert [e["action"] for e in data["change_log"]] == ["create", "change"]
    assert json.loads(export_person_json(db, person))["person"]["first_name"] == "Jan"
    with pytest.raises(NotFoundError):
        export_person(db, "00000000-0000-0000-0000-000000000000")


def test_erase_keeps_counts_and_leaves_no_value_in_the_log(db: Database, lg_ids: list[str]):
    person, talk = _person(db, lg_ids[0])
    links = _count_links(db)
    db.actor = "privacy-verantwoordelijke"
    report = erase_person(db, person)
    assert report.records_changed == 1 and report.log_entries_rewritten >= 2

    c = get_contact(db, person)
    assert (c.first_name, c.last_name, c.email, c.phone, c.notes, c.role) == (
        "",
        ERASED_NAME,
        "",
        "",
        "",
        "",
    )
    assert not c.active
    assert _count_links(db) == links  # the talk still has its contact: counts unchanged
    t = get_advice_talk(db, talk)
    assert [r.id for r in t.contacts] == [person]
    assert "Peeters" not in t.notes and EMAIL not in t.notes
    assert t.question == "Hoe starten we met digihelpers?"

    history = record_history(db, person, resolve_names=False)
    assert [h.action for h in history] == ["create", "change", "erase"]
    assert history[-1].actor == "privacy-verantwoordelijke"
    erased_fields = {ch.field for ch in history[-1].changes}
    assert {"last_name", "email", "phone", "notes"} <= erased_fields
    with db.read() as s:
        log = " ".join(s.scalars(select(ChangeLogEntry.changes)))
        docs = " ".join(
            f"{d.title} {d.title_folded} {d.body}" for d in s.scalars(select(SearchDocument))
        )
    for secret in SECRETS:
        assert secret not in log
        assert secret.lower() not in docs.lower()
    assert "jan@oud.be" not in log  # an old value, overwritten before the erasure


def test_erase_leaves_no_trace_in_the_sqlite_file(sqlite_db: Database, tmp_path: Path):
    lg = _lg(sqlite_db)
    person, _ = _person(sqlite_db, lg)
    erase_person(sqlite_db, person)
    sqlite_db.dispose()
    path = Path(sqlite_db.url.removeprefix("sqlite:///"))
    raw = b"".join(p.read_bytes() for p in path.parent.glob(path.name + "*"))
    for secret in SECRETS:
        assert secret.encode() not in raw, secret
        assert secret.lower().encode() not in raw, secret


def _lg(db: Database) -> str:
    with db.read() as s:
        return str(s.scalar(text("SELECT public_id FROM local_government ORDER BY nis_code")))


def test_erase_respects_the_version(db: Database, lg_ids: list[str]):
    person, _ = _person(db, lg_ids[0])
    with pytest.raises(ConflictError):
        erase_person(db, person, expected_version=1)
    assert get_contact(db, person).last_name == "Peeters"
    erase_person(db, person, expected_version=get_contact(db, person).version)
    erase_person(db, person)  # erasing twice is harmless
    assert get_contact(db, person).last_name == ERASED_NAME
