"""A government's case summary includes the activities its people attended (only its own
people named) and the good practices published about it, with the articles about them;
another government's activity and practice stay out."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from db.session import Database
from supportdesk.reports import render_case_summary
from supportdesk.reports.data.case import ActivityEntry, case_summary_data
from supportdesk.services.activities import (
    ActivityInput,
    add_attendee,
    create_activity,
    list_activity_kinds,
)
from supportdesk.services.contacts import ContactInput, create_contact
from supportdesk.services.publications import PublicationInput, create_publication
from tests.supportdesk.reports._fixtures import check_pdf, flat, pdf_text
from tests.supportdesk.services.helpers import government_id


def test_activities_attended_and_good_practices_in_the_case_summary(
    db: Database, tmp_path: Path
) -> None:
    gent, brugge = government_id(db, "Gent"), government_id(db, "Brugge")
    info = next(k.id for k in list_activity_kinds(db) if k.code == "info_session")
    ayse = create_contact(db, ContactInput(gent, "Özdemir", "Ayşe"))
    brugse = create_contact(db, ContactInput(brugge, "Peeters", "Bram"))
    held = create_activity(
        db,
        ActivityInput(info, date(2025, 3, 4), "Toegankelijke websites <&>", participant_count=23),
        status="held",
    )
    add_attendee(db, held.id, gent, ayse.id)
    add_attendee(db, held.id, brugge, brugse.id)
    other = create_activity(
        db, ActivityInput(info, date(2025, 4, 1), "Enkel voor Brugge"), status="held"
    )
    add_attendee(db, other.id, brugge)
    practice = create_publication(
        db,
        PublicationInput(
            "good_practice", date(2025, 2, 1), "Digibank in Gent", local_government_id=gent
        ),
    )
    create_publication(
        db,
        PublicationInput(
            "article",
            date(2025, 5, 1),
            "Zo pakt Gent het aan",
            medium="Lokaal",
            good_practice_id=practice.id,
        ),
    )
    create_publication(
        db,
        PublicationInput(
            "good_practice", date(2025, 2, 2), "Brugge doet het", local_government_id=brugge
        ),
    )

    data = case_summary_data(db, gent)
    assert [(a.topic, a.own_participants) for a in data.activities] == [
        ("Toegankelijke websites <&>", [("Ayşe Özdemir", "present")])
    ]
    assert isinstance(data.history[0], ActivityEntry)
    assert [(g.title, g.articles) for g in data.good_practices] == [
        ("Digibank in Gent", ["Zo pakt Gent het aan"])
    ]

    out = tmp_path / "gent.pdf"
    render_case_summary(db, gent, out, exported_by="Test")
    check_pdf(out, tmp_path)
    text = flat(pdf_text(out))
    assert "Toegankelijke websites <&>" in text and "Ayşe Özdemir: aanwezig" in text
    assert "Goede praktijken over het bestuur" in text and "Zo pakt Gent het aan" in text
    for absent in ("Enkel voor Brugge", "Bram Peeters", "Brugge doet het"):
        assert absent not in text
