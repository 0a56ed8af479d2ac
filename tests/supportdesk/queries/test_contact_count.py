"""A government's number of contact persons, read without the persons."""

from supportdesk.queries.contact_count import count_contacts
from supportdesk.queries.local_governments import LocalGovernmentFilter, list_local_governments


def test_count_contacts_counts_active_and_inactive_of_one_government(db):
    from supportdesk.services.contacts import (
        ContactInput,
        create_contact,
        list_contacts,
        set_contact_active,
    )

    [aalst] = list_local_governments(db, LocalGovernmentFilter(text="aalst"), limit=1)
    [gent] = list_local_governments(db, LocalGovernmentFilter(text="gent"), limit=1)
    assert count_contacts(db, aalst.id) == 0
    an = create_contact(db, ContactInput(aalst.id, "Özdemir", "Łukasz"))
    create_contact(db, ContactInput(aalst.id, "Peeters", "An"))
    create_contact(db, ContactInput(gent.id, "Janssens", "Bo"))
    set_contact_active(db, an.id, False, expected_version=an.version)
    assert count_contacts(db, aalst.id) == len(list_contacts(db, aalst.id)) == 2
    assert count_contacts(db, gent.id) == 1
    assert count_contacts(db, "no-such-government") == 0
