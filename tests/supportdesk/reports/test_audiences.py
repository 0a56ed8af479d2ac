"""What a focus-group report reveals, and to whom: the participants' version names the
participating governments, tools, findings, needs and agreed steps, and nothing about
who stayed away, no feedback texts, no internal notes; the internal version holds
everything and says "Intern document" on every page. The author is the team member
who exports (``--as`` on the command line), never the operating-system user."""

from __future__ import annotations

import getpass
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from db.session import Database
from supportdesk.errors import NotFoundError
from supportdesk.reports import render_focus_group_report
from supportdesk.reports.data.common import UNNAMED_AUTHOR, report_author
from supportdesk.services.contacts import ContactInput, create_contact
from supportdesk.services.feedback import FeedbackInput, give_feedback
from supportdesk.services.focus_groups import (
    FocusGroupInput,
    create_focus_group,
    invite,
    set_attendance,
    set_tool_finding,
)
from supportdesk.services.follow_ups import FollowUpInput, create_follow_up
from supportdesk.services.team import TeamMemberInput, create_team_member, list_tools
from tests.supportdesk.reports._fixtures import flat, pdf_text
from tests.supportdesk.services.helpers import government_id

ABSENT_PERSON = "Afwezige Persoonsnaam"
FEEDBACK = "FEEDBACKTEKST vertrouwelijk"
GROUP_NOTE = "GROEPSNOTITIE intern"
ACTION_NOTE = "ACTIENOTITIE intern"


@pytest.fixture
def group(db: Database) -> str:
    gent, aalst, brugge = (
        government_id(db, "Gent"),
        government_id(db, "Aalst"),
        government_id(db, "Brugge"),
    )
    fg = create_focus_group(
        db,
        FocusGroupInput(
            date(2025, 5, 20),
            "Evaluatie Ærø <&> tools",
            new_tool_needs="Een tool over cyberveiligheid",
            notes=GROUP_NOTE,
        ),
        status="held",
    ).id
    present = create_contact(db, ContactInput(gent, "Özdemir", "Ayşe")).id
    absent = create_contact(db, ContactInput(aalst, "Persoonsnaam", "Afwezige")).id
    invite(db, fg, gent, present)
    invite(db, fg, aalst, absent)
    view = invite(db, fg, brugge)
    for p in view.participants:
        state = "present" if p.local_government.name in ("Gent", "Brugge") else "absent"
        set_attendance(db, p.id, state)
    set_tool_finding(db, fg, list_tools(db)[0].id, "Handig, maar te lang")
    create_follow_up(
        db,
        FollowUpInput("Verslag rondsturen", due_date=date(2025, 6, 1), notes=ACTION_NOTE),
        focus_group_id=fg,
    )
    give_feedback(
        db, FeedbackInput(score=4, text=FEEDBACK, given_on=date(2025, 5, 21), focus_group_id=fg)
    )
    return fg


def _render(db: Database, fg: str, tmp_path: Path, audience: str) -> tuple[str, PdfReader]:
    path = tmp_path / f"{audience}.pdf"
    render_focus_group_report(db, fg, path, exported_by="Łukasz Nowak", audience=audience)
    reader = PdfReader(str(path))
    return flat(pdf_text(path)), reader


def test_the_participants_version_reveals_only_what_they_may_read(
    db: Database, group: str, tmp_path: Path
) -> None:
    text, reader = _render(db, group, tmp_path, "participants")
    assert "Evaluatie Ærø <&> tools" in text
    assert "Deelnemende lokale besturen" in text and "Brugge, Gent" in text
    assert "Aalst" not in text  # invited, nobody came: not named
    assert "Handig, maar te lang" in text and "cyberveiligheid" in text
    assert "Verslag rondsturen" in text  # the agreed next step
    for hidden in (ABSENT_PERSON, "Ayşe", "afwezig", FEEDBACK, GROUP_NOTE, ACTION_NOTE):
        assert hidden not in text, hidden
    assert "Intern document" not in text
    assert reader.metadata.author == "Łukasz Nowak"


def test_the_internal_version_holds_everything_marked_on_every_page(
    db: Database, group: str, tmp_path: Path
) -> None:
    text, reader = _render(db, group, tmp_path, "internal")
    for shown in (ABSENT_PERSON, "Ayşe Özdemir", "afwezig", FEEDBACK, GROUP_NOTE, ACTION_NOTE):
        assert shown in text, shown
    pages = [page.extract_text() or "" for page in reader.pages]
    assert pages and all("Intern document" in p for p in pages)
    assert "Intern document" in (reader.metadata.subject or "")


def test_an_unknown_audience_is_refused(db: Database, group: str, tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="audience"):
        render_focus_group_report(db, group, tmp_path / "x.pdf", exported_by="x", audience="all")
    assert not (tmp_path / "x.pdf").exists()


def test_the_author_is_a_team_member_never_the_system_user(db: Database) -> None:
    create_team_member(db, TeamMemberInput("Ayşe Özdemir"))
    assert report_author(db, "ayse ozdemir") == "Ayşe Özdemir"
    assert report_author(db, None) == UNNAMED_AUTHOR != getpass.getuser()
    with pytest.raises(NotFoundError, match="Onbekend teamlid"):
        report_author(db, "Iemand Anders")
