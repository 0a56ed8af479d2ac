"""A new focus group saved with its first participants in one transaction (the editor
takes invitations before the first save, issue 13.4)."""

from __future__ import annotations

from datetime import date

import pytest

from supportdesk.errors import ValidationError
from supportdesk.queries.focus_groups import FocusGroupFilter, list_focus_groups
from supportdesk.services.contacts import ContactInput, create_contact
from supportdesk.services.focus_groups import (
    FocusGroupInput,
    Invitation,
    create_focus_group,
    invite,
    update_focus_group,
)
from tests.supportdesk.services.helpers import government_id

WHEN = date(2026, 12, 1)


def test_created_with_its_invitations(db):
    gent, genk = government_id(db, "Gent"), government_id(db, "Genk")
    anna = create_contact(db, ContactInput(genk, "Özdemir", "Anna")).id
    fg = create_focus_group(
        db,
        FocusGroupInput(
            WHEN, "Digitale drempels", invitations=(Invitation(gent), Invitation(genk, anna))
        ),
    )
    got = [
        (p.local_government.name, p.contact_person and p.contact_person.name)
        for p in fg.participants
    ]
    assert sorted(got, key=str) == sorted([("Gent", None), ("Genk", "Anna Özdemir")], key=str)
    assert {p.attendance for p in fg.participants} == {"invited"}
    # Inviting afterwards still refuses a second invitation of the same one.
    with pytest.raises(ValidationError):
        invite(db, fg.id, gent)


@pytest.mark.parametrize(
    "invitations",
    [
        ("no-such-government",),
        ("GENT", "GENT"),  # twice the same
    ],
)
def test_a_bad_invitation_stores_nothing(db, invitations):
    gent = government_id(db, "Gent")
    wanted = tuple(Invitation(gent if i == "GENT" else i) for i in invitations)
    with pytest.raises(ValidationError) as caught:
        create_focus_group(db, FocusGroupInput(WHEN, "Digitale drempels", invitations=wanted))
    assert all(name.startswith("invitations.") for name in caught.value.errors)
    assert list_focus_groups(db, FocusGroupFilter()) == []


def test_an_update_can_bring_invitations_too(db):
    fg = create_focus_group(db, FocusGroupInput(WHEN, "Digitale drempels"))
    fg = update_focus_group(
        db,
        fg.id,
        FocusGroupInput(
            WHEN, "Digitale drempels", invitations=(Invitation(government_id(db, "Gent")),)
        ),
        fg.version,
    )
    assert [p.local_government.name for p in fg.participants] == ["Gent"]
