"""Test data for the reports: two local governments, one with every awkward character
and markup in its texts, the other with secrets that must never reach the first's PDF.

Made with the ORM models directly, so the tests depend on nothing but the schema.
"""

from __future__ import annotations

import shutil
import subprocess
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from pypdf import PdfReader
from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import (
    AdviceTalk,
    ContactMoment,
    ContactPerson,
    Feedback,
    FocusGroup,
    FocusGroupParticipant,
    FollowUpAction,
    LocalGovernment,
    TeamMember,
    Theme,
    Tool,
    ToolFinding,
    Trajectory,
)
from db.session import Database

# Point 5 of the issue: names that must print, and markup that must print as typed.
NAMES = ["Łukasz Wiśniewski", "Ayşe Özdemir", "Ğülşen", "Straße", "€ 250", "“quote” ‘single’"]
MARKUP = ["<b>vet</b>", "&amp;", "</para>", "A & B", "x < y", "<font size=40>"]
TRICKY = " ".join(NAMES + MARKUP)
EMOJI = "👍🏽"  # not in DejaVu: replaced, never a crash or a black box


@dataclass
class Ids:
    home: str  # public id of the government the report is about
    home_nis: str
    other: str
    trajectory: str
    focus_group: str


def gent(session: Session) -> LocalGovernment:
    """Gent (NIS 44021), read in ``session``."""
    lg = session.scalar(select(LocalGovernment).where(LocalGovernment.nis_code == "44021"))
    assert lg is not None
    return lg


def gent_phone_talk(session: Session, **texts: object) -> AdviceTalk:
    """A phone talk of Gent on 1 March 2025 with ``texts`` (question, notes, flags, …),
    added to ``session``."""
    talk = AdviceTalk(
        date=date(2025, 3, 1), local_government=gent(session), channel="phone", **texts
    )
    session.add(talk)
    return talk


def build_two_governments(db: Database) -> Ids:
    with db.write() as s:
        home = s.scalar(select(LocalGovernment).where(LocalGovernment.nis_code == "44021"))
        other = s.scalar(select(LocalGovernment).where(LocalGovernment.nis_code == "11002"))
        assert home is not None and other is not None
        home.starting_position = "growing"
        theme = s.scalars(select(Theme).order_by(Theme.id)).first()
        tool = s.scalars(select(Tool).order_by(Tool.id)).first()
        coach = TeamMember(name="Łukasz Nowak")
        s.add(coach)
        me = ContactPerson(
            local_government=home, first_name="Ayşe", last_name="Özdemir", role=TRICKY
        )
        secret = ContactPerson(
            local_government=other, first_name="Geheime", last_name="Persoon", role="schepen"
        )
        s.add_all([me, secret])
        talk = AdviceTalk(
            date=date(2025, 3, 14),
            local_government=home,
            channel="phone",
            duration_minutes=25,
            question=f"Vraag met {TRICKY} {EMOJI}\nTweede regel.",
            advice=f"Advies: {TRICKY}",
            notes="<b>not bold</b> & <i>not italic</i>",
            signal=True,
            signal_note=f"Signaal {MARKUP[2]}",
            info_session_idea=True,
            info_session_note="Infosessie over “digihelpers”",
            contacts=[me],
            team_members=[coach],
            themes=[theme] if theme else [],
        )
        mail = AdviceTalk(
            date=date(2025, 1, 5), local_government=home, channel="email", question="Per mail"
        )
        secret_talk = AdviceTalk(
            date=date(2025, 3, 15),
            local_government=other,
            channel="on_site",
            question="GEHEIME VRAAG van een ander bestuur",
            notes="GEHEIME NOTITIE",
            contacts=[secret],
        )
        s.add_all([talk, mail, secret_talk])
        s.flush()
        s.add_all(
            [
                FollowUpAction(
                    description=f"Actie {TRICKY}",
                    owner=coach,
                    due_date=date(2025, 4, 1),
                    advice_talk=talk,
                    local_government=home,
                ),
                FollowUpAction(
                    description="GEHEIME ACTIE", advice_talk=secret_talk, local_government=other
                ),
                FollowUpAction(description="Bestuursactie zonder datum", local_government=home),
            ]
        )
        traj = Trajectory(
            local_government=home,
            title=f"Traject {NAMES[0]} <b>",
            status="running",
            start_date=date(2025, 2, 1),
            planned_end_date=date(2025, 12, 1),
            starting_position="starting",
            needs=f"Noden {TRICKY}",
            goals="Doelen & meer",
            coaches=[coach],
            contacts=[me, secret],  # a wrong link: the other's person must not print
        )
        s.add(traj)
        s.flush()
        s.add(
            ContactMoment(
                trajectory=traj, date=date(2025, 2, 10), form="on_site", notes=f"Moment {TRICKY}"
            )
        )
        s.add(FollowUpAction(description="Trajectactie", trajectory=traj, local_government=home))
        s.add(
            Feedback(score=4, text=f"Goed {NAMES[1]}", given_on=date(2025, 6, 1), trajectory=traj)
        )
        group = FocusGroup(
            date=date(2025, 5, 20),
            topic=f"Focus {NAMES[2]} & tools",
            place="Brussel <zaal>",
            new_tool_needs=f"Nood {TRICKY}",
            notes="GROEPSNOTITIE",
        )
        s.add(group)
        s.flush()
        s.add_all(
            [
                FocusGroupParticipant(
                    focus_group=group,
                    local_government=home,
                    contact_person=me,
                    attendance="present",
                ),
                FocusGroupParticipant(
                    focus_group=group,
                    local_government=other,
                    contact_person=secret,
                    attendance="excused",
                ),
            ]
        )
        if tool is not None:
            s.add(ToolFinding(focus_group=group, tool=tool, findings=f"Bevinding {TRICKY}"))
        s.add(
            FollowUpAction(
                description="GEHEIME GROEPSACTIE", focus_group=group, local_government=other
            )
        )
        s.add(Feedback(score=5, text="Top", given_on=date(2025, 5, 21), focus_group=group))
        s.flush()
        return Ids(home.public_id, "44021", other.public_id, traj.public_id, group.public_id)


def pdf_text(path: Path) -> str:
    reader = PdfReader(str(path))
    return "\n".join(page.extract_text() or "" for page in reader.pages)


def flat(text: str) -> str:
    """Extracted text with line breaks and repeated spaces folded, for phrase checks."""
    return " ".join(text.split())


def check_pdf(path: Path, tmp: Path) -> list[Path]:
    """qpdf --check passes and every page renders to PNG; the PNGs."""
    assert shutil.which("qpdf") and shutil.which("pdftoppm") and shutil.which("pdffonts")
    qpdf = subprocess.run(["qpdf", "--check", str(path)], capture_output=True, text=True)
    assert qpdf.returncode == 0, qpdf.stdout + qpdf.stderr
    # Every font is one of the shipped ones, embedded (no viewer substitutes a font that
    # lacks a character).
    fonts = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True)
    rows = [line.split() for line in fonts.stdout.splitlines()[2:] if line.strip()]
    assert rows, fonts.stdout
    for row in rows:
        assert "DejaVuSans" in row[0] and row[-5:-2] == ["yes", "yes", "yes"], fonts.stdout
    out = tmp / f"{path.stem}-png"
    out.mkdir(exist_ok=True)
    done = subprocess.run(
        ["pdftoppm", "-r", "40", "-png", str(path), str(out / "p")], capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr
    pngs = sorted(out.glob("p-*.png"))
    assert len(pngs) == len(PdfReader(str(path)).pages)
    for png in pngs:
        assert png.stat().st_size > 1000
    return pngs
