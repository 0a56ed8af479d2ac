"""The participants' version of a focus-group report, checked with a marker in every
field it must not reveal: the name, role, e-mail, phone and notes of every invited
person whatever their attendance (absent, excused, invited without answer, present),
the government that only stayed away, every feedback text on the group, the group's
notes and every follow-up action's notes. The internal version holds them all and says
"Intern document" on every one of its pages (made several pages long). A cancelled
focus group's report says it was cancelled, in both versions."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from pypdf import PdfReader

from db.session import Database
from supportdesk.reports import render_focus_group_report
from supportdesk.services.contacts import ContactInput, create_contact
from supportdesk.services.feedback import FeedbackInput, give_feedback
from supportdesk.services.focus_groups import (
    FocusGroupInput,
    change_focus_group_status,
    create_focus_group,
    invite,
    set_attendance,
    set_tool_finding,
)
from supportdesk.services.follow_ups import FollowUpInput, create_follow_up
from supportdesk.services.team import list_tools
from tests.supportdesk.reports._fixtures import flat
from tests.supportdesk.services.helpers import government_id

ATTENDANCES = ("absent", "excused", "invited", "present")
LONG_NOTE = "\n".join(f"GROEPNOTITIEMARKER regel {i}: intern verslag." for i in range(140))


def _build(db: Database) -> tuple[str, list[str], list[str]]:
    """The focus group, the markers only the internal version may show, and what both
    versions show."""
    gent, aalst = government_id(db, "Gent"), government_id(db, "Aalst")
    fg = create_focus_group(
        db,
        FocusGroupInput(
            date(2025, 5, 20),
            "Evaluatie tools",
            new_tool_needs="NOODMARKER cyberveiligheid",
            notes=LONG_NOTE,
        ),
        status="held",
    ).id
    hidden: list[str] = ["GROEPNOTITIEMARKER"]
    for i, attendance in enumerate(ATTENDANCES):
        tag = attendance.upper()
        person = create_contact(
            db,
            ContactInput(
                gent,
                f"Achternaam{tag}",
                f"Voornaam{tag}",
                role=f"ROLMARKER{tag}",
                email=f"mail{i}@marker.example",
                phone=f"0499 00 00 0{i}",
            ),
        ).id
        view = invite(db, fg, gent, person)
        participant = next(
            p
            for p in view.participants
            if p.contact_person is not None and p.contact_person.id == person
        )
        set_attendance(db, participant.id, attendance)
        hidden += [
            f"Achternaam{tag}",
            f"Voornaam{tag}",
            f"ROLMARKER{tag}",
            f"mail{i}@marker.example",
        ]
    # a government whose only invitee stayed away is not a participant
    away = create_contact(db, ContactInput(aalst, "Wegblijver", "Anton")).id
    view = invite(db, fg, aalst, away)
    set_attendance(
        db, next(p for p in view.participants if p.local_government.name == "Aalst").id, "absent"
    )
    hidden += ["Aalst", "Wegblijver"]
    set_tool_finding(db, fg, list_tools(db)[0].id, "BEVINDINGMARKER handig")
    create_follow_up(
        db,
        FollowUpInput(
            "STAPMARKER verslag rondsturen", due_date=date(2025, 6, 1), notes="ACTIENOTITIEMARKER"
        ),
        focus_group_id=fg,
    )
    for n in range(2):
        give_feedback(
            db,
            FeedbackInput(
                score=3 + n,
                text=f"FEEDBACKMARKER{n}",
                given_on=date(2025, 5, 21),
                focus_group_id=fg,
            ),
        )
    hidden += [
        "ACTIENOTITIEMARKER",
        "FEEDBACKMARKER0",
        "FEEDBACKMARKER1",
        "afwezig",
        "verontschuldigd",
    ]
    shown = ["Evaluatie tools", "Gent", "NOODMARKER", "BEVINDINGMARKER", "STAPMARKER"]
    return fg, hidden, shown


def _render(db: Database, fg: str, path: Path, audience: str) -> tuple[str, PdfReader]:
    render_focus_group_report(db, fg, path, exported_by="Test", audience=audience)
    reader = PdfReader(str(path))
    text = flat("\n".join(p.extract_text() or "" for p in reader.pages))
    return text, reader


def test_participants_version_hides_every_marker(db: Database, tmp_path: Path) -> None:
    fg, hidden, shown = _build(db)
    text, reader = _render(db, fg, tmp_path / "p.pdf", "participants")
    meta = " ".join(str(v) for v in (reader.metadata or {}).values())
    for marker in hidden:
        assert marker not in text, marker
        assert marker not in meta, marker
    for marker in shown:
        assert marker in text, marker
    assert "0499" not in text and "Intern document" not in text


def test_internal_version_shows_them_and_is_marked_on_every_page(
    db: Database, tmp_path: Path
) -> None:
    fg, hidden, shown = _build(db)
    text, reader = _render(db, fg, tmp_path / "i.pdf", "internal")
    for marker in [*hidden, *shown]:
        if "@marker.example" not in marker:  # e-mail is not in either version
            assert marker in text, marker
    assert len(reader.pages) >= 3
    for number, page in enumerate(reader.pages, start=1):
        assert "Intern document" in (page.extract_text() or ""), number


def test_a_cancelled_focus_group_says_so_in_both_versions(db: Database, tmp_path: Path) -> None:
    fg = create_focus_group(db, FocusGroupInput(date(2025, 6, 1), "Afgelast")).id
    change_focus_group_status(db, fg, "cancelled", date(2025, 5, 20))
    for audience in ("participants", "internal"):
        text, _reader = _render(db, fg, tmp_path / f"{audience}.pdf", audience)
        assert "Status geannuleerd op 20/05/2025" in text.replace(":", ""), audience
