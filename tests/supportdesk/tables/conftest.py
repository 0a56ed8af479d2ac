"""Records with hostile text for the spreadsheet tests, made straight in the database."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from db.models import AdviceTalk, LocalGovernment, TeamMember, Theme

#: text that must come back exactly as typed (accents, emoji, markup, formulas)
HOSTILE = 'Łukasz & Özdemir <b>vraagt</b> 😀 "quoted"; a,b'
FORMULA = "=1+1"


@pytest.fixture
def talks(db):
    """Five talks at Gent and Aalst, one with every hostile text; public ids, newest first."""
    with db.write() as s:
        gent = s.scalar(select(LocalGovernment).where(LocalGovernment.nis_code == "44021"))
        aalst = s.scalar(select(LocalGovernment).where(LocalGovernment.nis_code == "41002"))
        theme = s.scalars(select(Theme).order_by(Theme.name)).first()
        ann = TeamMember(name="Ann Özdemir")
        s.add(ann)
        made = []
        for n, (day, lg, question, minutes) in enumerate(
            [
                (date(2025, 3, 4), gent, HOSTILE + "\ntweede regel", 35),
                (date(2025, 2, 1), aalst, FORMULA, None),
                (date(2024, 12, 31), gent, "#N/A", 5),
                (date(2025, 1, 15), aalst, "-min ervoor", 50),
                (date(2025, 3, 1), gent, "gewoon", 10),
            ]
        ):
            t = AdviceTalk(
                date=day,
                local_government=lg,
                channel="phone" if n % 2 else "email",
                question=question,
                duration_minutes=minutes,
                signal=n == 0,
            )
            if n == 0:
                t.themes = [theme]
                t.team_members = [ann]
            made.append(t)
        s.add_all(made)
        s.flush()
        return {
            "ids": [t.public_id for t in sorted(made, key=lambda t: t.date, reverse=True)],
            "ann": ann.public_id,
            "gent": gent.public_id,
        }
