from __future__ import annotations

from datetime import date

import pytest

from supportdesk.errors import ConflictError, ValidationError
from supportdesk.services.contacts import (
    ContactInput,
    create_contact,
    get_contact,
    list_contacts,
    set_contact_active,
    update_contact,
)
from tests.supportdesk.services.helpers import ANTWERPEN, GENT, UNICODE_TEXTS, dump, lg_id


def test_contact_round_trip_inactive_and_conflict(db):
    lg = lg_id(db, ANTWERPEN)
    v = create_contact(
        db, ContactInput(lg, "Özdemir", "Łukasz", email="l@x.be", notes=UNICODE_TEXTS[1])
    )
    assert v.full_name == "Łukasz Özdemir" and v.notes == UNICODE_TEXTS[1]
    v2 = update_contact(db, v.id, ContactInput(lg, "Özdemir <&>"), v.version)
    assert v2.last_name == "Özdemir <&>" and v2.version == 2
    with pytest.raises(ConflictError):
        update_contact(db, v.id, ContactInput(lg, "X"), v.version)
    off = set_contact_active(db, v.id, False, on=date(2025, 6, 1), expected_version=2)
    assert not off.active and off.inactive_since == date(2025, 6, 1)
    other = create_contact(db, ContactInput(lg, "Aerts"))
    assert [c.id for c in list_contacts(db, lg)] == [other.id, v.id]  # active ones first
    on = set_contact_active(db, v.id, True)
    assert on.active and on.inactive_since is None
    assert get_contact(db, v.id) == on


def test_contact_errors(db):
    before = dump(db)
    with pytest.raises(ValidationError) as e:
        create_contact(db, ContactInput(lg_id(db, GENT), "", email="nope"))
    assert set(e.value.errors) == {"last_name", "email"}
    assert "geen geldig e-mailadres" in e.value.errors["email"]
    assert "verplicht" in e.value.errors["last_name"]
    with pytest.raises(ValidationError) as e:
        create_contact(db, ContactInput("onbekend", "Peeters"))
    assert e.value.errors == {"local_government_id": "Onbekend lokaal bestuur."}
    assert dump(db) == before
