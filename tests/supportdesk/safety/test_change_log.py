"""The change log: one entry per create, change, archive and delete, same transaction."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import func, select

from db.models import ChangeLogEntry, ContactPerson
from db.session import Database
from supportdesk.errors import ConflictError, ValidationError
from supportdesk.safety.audit import recent_changes, record_history
from supportdesk.services.contacts import (
    ContactInput,
    create_contact,
    set_contact_active,
    update_contact,
)


def test_create_change_archive_are_logged_with_old_and_new(db: Database, lg_ids: list[str]):
    db.actor = "An Adviseur"
    c = create_contact(db, ContactInput(lg_ids[0], "Özdemir", "Łukasz", email="l@x.be"))
    c = update_contact(
        db, c.id, ContactInput(lg_ids[1], "Özdemir", "Łukasz", email="l@y.be"), c.version
    )
    set_contact_active(db, c.id, False, expected_version=c.version)

    history = record_history(db, c.id, resolve_names=False)
    assert [h.action for h in history] == ["create", "change", "archive"]
    assert {h.actor for h in history} == {"An Adviseur"}
    assert all(h.table_name == "contact_person" and h.record_id == c.id for h in history)
    created = {ch.field: (ch.old, ch.new) for ch in history[0].changes}
    assert created["last_name"] == (None, "Özdemir")
    assert created["local_government_id"] == (None, lg_ids[0])  # references as public ids
    changed = {ch.field: (ch.old, ch.new) for ch in history[1].changes}
    assert changed == {
        "email": ("l@x.be", "l@y.be"),
        "local_government_id": (lg_ids[0], lg_ids[1]),
    }
    archived = {ch.field: (ch.old, ch.new) for ch in history[2].changes}
    assert archived["active"] == (True, False)


def test_history_shows_names_of_references(db: Database, lg_ids: list[str]):
    c = create_contact(db, ContactInput(lg_ids[0], "Peeters"))
    created = {ch.field: ch.new for ch in record_history(db, c.id)[0].changes}
    assert created["local_government_id"] == c.local_government_name


def test_refused_saves_leave_no_entry(db: Database, lg_ids: list[str]):
    c = create_contact(db, ContactInput(lg_ids[0], "Peeters"))
    with pytest.raises(ValidationError):
        update_contact(db, c.id, ContactInput(lg_ids[0], ""), c.version)
    update_contact(db, c.id, ContactInput(lg_ids[0], "Janssens"), c.version)
    with pytest.raises(ConflictError):
        update_contact(db, c.id, ContactInput(lg_ids[0], "Maes"), c.version)
    assert [h.action for h in record_history(db, c.id)] == ["create", "change"]


def test_save_without_change_writes_nothing(db: Database, lg_ids: list[str]):
    c = create_contact(db, ContactInput(lg_ids[0], "Peeters", "Jan"))
    update_contact(db, c.id, ContactInput(lg_ids[0], "Peeters", "Jan"), c.version)
    assert len(record_history(db, c.id)) == 1


def test_delete_is_logged_with_the_values_it_removed(db: Database, lg_ids: list[str]):
    c = create_contact(db, ContactInput(lg_ids[0], "Weg", "Mevrouw", phone="09 123"))
    db.actor = "beheerder"
    with db.write() as s:
        s.delete(s.scalar(select(ContactPerson).where(ContactPerson.public_id == c.id)))
    last = record_history(db, c.id, resolve_names=False)[-1]
    assert last.action == "delete" and last.actor == "beheerder"
    assert {ch.field: ch.old for ch in last.changes}["phone"] == "09 123"


def test_reference_data_is_not_logged(db: Database):
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(ChangeLogEntry)) == 0


def test_text_is_stored_exactly(db: Database, lg_ids: list[str]):
    odd = 'Özdemir <&> "quote" 🙂 \\ \t'
    c = create_contact(db, ContactInput(lg_ids[0], "X", notes=odd))
    with db.read() as s:
        raw = s.scalar(select(ChangeLogEntry.changes).where(ChangeLogEntry.record_id == c.id))
    assert json.loads(raw)["notes"] == [None, odd]
    assert recent_changes(db, 1)[0].record_id == c.id


def test_change_log_is_kept_in_export_and_import(
    db: Database, lg_ids: list[str], sqlite_template: Path, tmp_path: Path
):
    from supportdesk.exchange import export_json, import_document, parse_document
    from tests.conftest import make_sqlite_db

    db.actor = "An"
    c = create_contact(db, ContactInput(lg_ids[0], "Özdemir", "Łukasz"))
    update_contact(db, c.id, ContactInput(lg_ids[0], "Özdemir <&>", "Łukasz"), c.version)
    before = record_history(db, c.id)
    doc = parse_document(export_json(db))
    assert len(doc["tables"]["change_log"]) == 2
    (tmp_path / "copy").mkdir()
    target = make_sqlite_db(sqlite_template, tmp_path / "copy")
    try:
        import_document(target, doc)
        after = record_history(target, c.id)
    finally:
        target.dispose()
    strip = [(h.at, h.actor, h.action, h.table_name, h.record_id, h.changes) for h in before]
    assert [(h.at, h.actor, h.action, h.table_name, h.record_id, h.changes) for h in after] == strip
