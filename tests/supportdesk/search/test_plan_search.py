"""Search finds activities and publications (issue 14), by their own words and by the
names they hold (kind, government, participants), and keeps them current."""

from __future__ import annotations

from datetime import date

from supportdesk.search import search
from supportdesk.search.kinds import KIND_CODES, KIND_SLOTS, KINDS
from supportdesk.services.activities import (
    ActivityInput,
    ActivityKindInput,
    add_attendee,
    create_activity,
    list_activity_kinds,
    update_activity,
    update_activity_kind,
)
from supportdesk.services.publications import PublicationInput, create_publication
from tests.supportdesk.services.helpers import GENT, lg_id


def test_every_kind_has_its_own_code():
    assert len(set(KIND_CODES.values())) == len(KINDS) <= KIND_SLOTS
    # the six kinds of before keep their codes (their documents keep their ids)
    assert [KIND_CODES[k] for k in KINDS[:6]] == [1, 2, 3, 4, 5, 6]


def test_activities_and_publications_are_found(db):
    kind = next(k.id for k in list_activity_kinds(db) if k.code == "info_session")
    a = create_activity(
        db, ActivityInput(kind, date(2025, 3, 13), "Zwartwitgestreepte toegankelijkheid")
    )
    gent = lg_id(db, GENT)
    add_attendee(db, a.id, gent)
    p = create_publication(
        db,
        PublicationInput(
            "good_practice", date(2025, 4, 1), "Digicafé Łódź-stijl", local_government_id=gent
        ),
    )
    hits = [(h.kind, h.id) for h in search(db, "zwartwitgestreepte")]
    assert hits == [("activity", a.id)]
    assert ("publication", p.id) in [(h.kind, h.id) for h in search(db, "digicafe lodz")]
    # by the kind's name and a participant's government
    assert ("activity", a.id) in [(h.kind, h.id) for h in search(db, "infosessie zwartwit")]
    assert ("activity", a.id) in [(h.kind, h.id) for h in search(db, "gent zwartwit")]
    # kept current: an edit, and a renamed government
    v = update_activity(db, a.id, ActivityInput(kind, date(2025, 3, 13), "Kwallenkunde"), a.version)
    assert search(db, "zwartwitgestreepte") == []
    assert [h.id for h in search(db, "kwallenkunde")] == [v.id]
    k = next(k for k in list_activity_kinds(db) if k.id == kind)
    update_activity_kind(db, kind, ActivityKindInput("Snelsessie", k.plan_code), k.version)
    assert [h.id for h in search(db, "snelsessie kwallenkunde")] == [v.id]
