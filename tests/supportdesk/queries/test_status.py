from supportdesk.queries.status import has_user_records
from supportdesk.services.contacts import ContactInput, create_contact
from supportdesk.services.local_governments import complete_local_governments, set_starting_position


def test_reference_data_alone_is_no_user_record(db):
    assert not has_user_records(db)


def test_a_contact_is(db):
    gent = complete_local_governments(db, "Gent", 1)[0].id
    create_contact(db, ContactInput(gent, "Peeters"))
    assert has_user_records(db)


def test_a_changed_municipality_is(db):
    gent = complete_local_governments(db, "Gent", 1)[0].id
    set_starting_position(db, gent, "growing")
    assert has_user_records(db)
