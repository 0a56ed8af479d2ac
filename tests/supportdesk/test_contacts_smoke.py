from sqlalchemy import select

from db.models import LocalGovernment
from supportdesk.errors import ConflictError, ValidationError
from supportdesk.services.contacts import ContactInput, create_contact, update_contact


def test_contact_round_trip_and_conflict(db):
    with db.read() as s:
        lg = s.scalar(select(LocalGovernment.public_id).where(LocalGovernment.nis_code == "11002"))
    v = create_contact(db, ContactInput(lg, "Özdemir", "Łukasz", email="l@x.be"))
    assert v.full_name == "Łukasz Özdemir"
    v2 = update_contact(db, v.id, ContactInput(lg, "Özdemir <&>"), v.version)
    assert v2.last_name == "Özdemir <&>" and v2.version == 2
    try:
        update_contact(db, v.id, ContactInput(lg, "X"), v.version)
    except ConflictError:
        pass
    else:
        raise AssertionError("second save on an old version must fail")
    try:
        create_contact(db, ContactInput(lg, "", email="nope"))
    except ValidationError as e:
        assert set(e.errors) == {"last_name", "email"}
