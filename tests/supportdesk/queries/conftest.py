"""A few records made directly in the database, so the list queries have something to list."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from db.models import (
    AdviceTalk,
    ContactMoment,
    FocusGroup,
    FocusGroupParticipant,
    FollowUpAction,
    LocalGovernment,
    TeamMember,
    Theme,
    Trajectory,
)


@pytest.fixture
def history(db):
    """Gent: two talks (one with an open and a done action), a trajectory with a contact
    moment, a focus group; Aalst: one mail-only answer. Returns public ids by name."""
    with db.write() as s:
        gent = s.scalar(select(LocalGovernment).where(LocalGovernment.nis_code == "44021"))
        aalst = s.scalar(select(LocalGovernment).where(LocalGovernment.nis_code == "41002"))
        theme = s.scalars(select(Theme).order_by(Theme.name)).first()
        ann = TeamMember(name="Ann Özdemir")
        bob = TeamMember(name="Bob")
        s.add_all([ann, bob])
        t1 = AdviceTalk(
            date=date(2025, 3, 4),
            local_government=gent,
            channel="phone",
            question="Hoe starten we met digihelpers? <&>",
            advice="Zo.",
            signal=True,
            duration_minutes=20,
        )
        t1.themes = [theme]
        t1.team_members = [ann]
        t2 = AdviceTalk(
            date=date(2024, 11, 5),
            local_government=gent,
            channel="on_site",
            question="Toegankelijke website",
            experienced_government=aalst,
        )
        t2.team_members = [bob]
        t3 = AdviceTalk(
            date=date(2025, 1, 2), local_government=aalst, channel="email", question="Łukasz vraagt"
        )
        s.add_all([t1, t2, t3])
        s.add(
            FollowUpAction(
                description="Bel terug",
                advice_talk=t1,
                local_government=gent,
                due_date=date(2025, 3, 10),
                owner=ann,
            )
        )
        s.add(
            FollowUpAction(
                description="Mail info",
                advice_talk=t1,
                local_government=gent,
                done_date=date(2025, 3, 5),
            )
        )
        traj = Trajectory(
            local_government=gent,
            title="Traject Gent",
            status="running",
            start_date=date(2025, 2, 1),
        )
        traj.contact_moments = [ContactMoment(date=date(2025, 5, 6), form="online")]
        s.add(traj)
        fg = FocusGroup(date=date(2025, 4, 1), topic="Tools evalueren")
        fg.participants = [FocusGroupParticipant(local_government=gent, attendance="present")]
        s.add(fg)
        s.flush()
        return {
            "gent": gent.public_id, "aalst": aalst.public_id, "t1": t1.public_id,
            "t2": t2.public_id, "t3": t3.public_id, "theme": theme.public_id,
            "ann": ann.public_id, "bob": bob.public_id, "traj": traj.public_id,
            "fg": fg.public_id,
        }  # fmt: skip
