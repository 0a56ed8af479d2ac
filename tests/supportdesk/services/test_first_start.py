"""The first start's core (no Qt): the targets proposed for a year, the welcome's save
(all checked before anything is written) and where the demo database lives."""

from __future__ import annotations

from pathlib import Path

import pytest

from db.engine import sqlite_url
from supportdesk.demo_file import is_demo_database
from supportdesk.errors import ValidationError
from supportdesk.queries.start import has_team_members
from supportdesk.queries.status import has_user_records
from supportdesk.services.first_start import (
    check_target_text,
    demo_location,
    save_welcome,
    starting_targets,
)
from supportdesk.services.targets import get_targets, set_target
from supportdesk.services.team import TeamMemberInput, list_team_members
from tests.supportdesk.services.helpers import dump


@pytest.mark.parametrize(
    ("text", "value", "problem"),
    [
        ("8", 8, None),
        (" 12 ", 12, None),
        ("0", 0, None),
        ("", None, None),
        ("-1", None, "kleiner"),
        ("acht", None, "geheel getal"),
        ("2.5", None, "geheel getal"),
        ("1e3", None, "geheel getal"),
        ("99999999", None, "groter"),
    ],
)
def test_a_target_as_typed(text, value, problem):
    got, message = check_target_text(text)
    assert got == value
    assert (message is None) if problem is None else (problem in message)


def test_the_targets_proposed_are_read_without_writing(db):
    start = starting_targets(db, 2025)
    assert start.stored
    assert {k: start.values[k] for k in ("advice_talks", "trajectories", "focus_groups")} == {
        "advice_talks": 8,
        "trajectories": 3,
        "focus_groups": 1,
    }
    set_target(db, 2029, "advice_talks", 21)
    later = starting_targets(db, 2033)  # a year without a plan: a copy of the nearest one
    assert not later.stored and later.values["advice_talks"] == 21
    before = dump(db)
    starting_targets(db, 2034)
    assert dump(db) == before


def test_the_welcome_saves_everything_or_nothing(db):
    assert not has_team_members(db) and not has_user_records(db)
    before = dump(db)
    with pytest.raises(ValidationError) as e:
        save_welcome(
            db,
            TeamMemberInput("Łukasz Wójcik", "lukasz@vvsg.be"),
            [TeamMemberInput(""), TeamMemberInput("LUKASZ WOJCIK")],  # a blank row is skipped
            2031,
            {"advice_talks": "acht", "trajectories": "", "focus_groups": "-1"},
        )
    assert set(e.value.errors) == {
        "others.1.name",
        "target.advice_talks",
        "target.trajectories",  # proposed, so it may not be emptied
        "target.focus_groups",
    }
    assert dump(db) == before
    me = save_welcome(
        db,
        TeamMemberInput("Łukasz Wójcik", "lukasz@vvsg.be"),
        [TeamMemberInput(""), TeamMemberInput("An Özdemir")],
        2031,
        {"advice_talks": "11", "trajectories": "3", "focus_groups": "0"},
    )
    assert me.name == "Łukasz Wójcik"
    assert [m.name for m in list_team_members(db)] == ["An Özdemir", "Łukasz Wójcik"]
    saved = get_targets(db, 2031)
    assert (saved["advice_talks"], saved["trajectories"], saved["focus_groups"]) == (11, 3, 0)
    assert has_team_members(db)


def test_the_demo_database_lives_beside_the_real_one(tmp_path: Path, sqlite_db):
    real = tmp_path / "team data" / "supportdesk.sqlite3"
    assert demo_location(sqlite_url(real)) == sqlite_url(
        tmp_path / "team data" / "supportdesk-demo.sqlite3"
    )
    demo = sqlite_url(tmp_path / "supportdesk-demo.sqlite3")
    assert demo_location(demo) == demo  # the demo's demo is itself
    assert demo_location("postgresql+psycopg://me@server/sd").endswith("-demo.sqlite3")
    assert not is_demo_database(sqlite_db)
