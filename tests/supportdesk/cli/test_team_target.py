"""``supportdesk team`` and ``supportdesk target``: an administrator sets up a team and
the year's targets from the command line; bad input is one line and changes nothing."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.supportdesk.cli.conftest import Run, digest
from tests.supportdesk.cli.test_bad_input import assert_refused


def test_a_team_is_set_up_listed_and_someone_leaves(cli: Callable[..., Run], db_file: Path):
    db = str(db_file)
    r = cli("--db", db, "team", "list")
    assert r.code == 0 and "Nog geen medewerkers" in r.out
    r = cli("--db", db, "team", "add", "Łukasz Wójcik", "--email", "lukasz@vvsg.be")
    assert r.code == 0 and r.out.startswith("Toegevoegd: Łukasz Wójcik ("), r.err
    assert cli("--db", db, "team", "add", "An <Özdemir> & co").code == 0
    r = cli("--db", db, "team", "list", "--json")
    rows = json.loads(r.out)
    assert [(m["name"], m["email"], m["active"]) for m in rows] == [
        ("An <Özdemir> & co", "", True),
        ("Łukasz Wójcik", "lukasz@vvsg.be", True),
    ]
    # by e-mail, case and accents ignored
    r = cli("--db", db, "team", "deactivate", "LUKASZ@vvsg.be")
    assert r.code == 0 and "Łukasz Wójcik is nu inactief" in r.out
    assert [m["name"] for m in json.loads(cli("--db", db, "team", "list", "--json").out)] == [
        "An <Özdemir> & co"
    ]
    r = cli("--db", db, "team", "list", "--all")
    assert "Łukasz Wójcik" in r.out and "(inactief)" in r.out
    # by name, accents ignored
    assert cli("--db", db, "team", "reactivate", "lukasz wojcik").code == 0
    assert len(json.loads(cli("--db", db, "team", "list", "--json").out)) == 2


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (("team", "add", "łukasz WÓJCIK"), ("naam:", "Er is al een medewerker")),
        (("team", "add", "Iemand", "--email", "Lukasz@VVSG.be"), ("e-mail:", "al van")),
        (("team", "add", "Iemand", "--email", "geen-adres"), ("e-mail:", "geen geldig")),
        (("team", "add", "   "), ("naam:", "verplicht")),
        (("team", "deactivate", "Niemand"), ("geen medewerker", "Niemand")),
    ],
)
def test_bad_team_input_is_one_line_and_changes_nothing(
    cli: Callable[..., Run], db_file: Path, args: tuple[str, ...], words: tuple[str, ...]
):
    db = str(db_file)
    assert cli("--db", db, "team", "add", "Łukasz Wójcik", "--email", "lukasz@vvsg.be").code == 0
    before = digest(db_file)
    r = cli("--db", db, *args)
    assert_refused(r, *words)
    assert r.code == 1
    assert digest(db_file) == before


def test_targets_are_set_and_listed(cli: Callable[..., Run], db_file: Path):
    db = str(db_file)
    r = cli("--db", db, "target", "list", "--year", "2031")
    assert r.code == 0 and "Geen doelen voor 2031" in r.out and "geen doel" in r.out
    r = cli("--db", db, "target", "set", "2031", "advice_talks", "12")
    assert r.code == 0, r.err
    assert "Doel 2031 voor advice_talks: 12" in r.out
    assert cli("--db", db, "target", "set", "2031", "focus_groups", "0").code == 0
    data = json.loads(cli("--db", db, "target", "list", "--year", "2031", "--json").out)
    got = {row["indicator"]: row["target"] for row in data["targets"]}
    assert data["year"] == 2031
    # a new year's plan starts as a copy of the last one (issue 14): 2025's trajectories
    assert (got["advice_talks"], got["focus_groups"], got["trajectories"]) == (12, 0, 3)
    # the seeded 2025 plan
    r = cli("--db", db, "target", "list", "--year", "2025")
    assert "advice_talks" in r.out and " 8 " in r.out
    # each target named by its year-plan item; a plan item's key is an INDICATOR too
    assert "OD 1.2 Infosessies over een actueel thema" in r.out
    assert cli("--db", db, "target", "set", "2025", "info_sessions", "5").code == 0
    data = json.loads(cli("--db", db, "target", "list", "--year", "2025", "--json").out)
    assert {row["indicator"]: row["target"] for row in data["targets"]}["info_sessions"] == 5


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (("2026", "advice_talks", "-3"), ("doel:", "kleiner zijn dan 0")),
        (("2026", "advice_talks", "acht"), ("doel", "acht", "geen geheel getal")),
        (("2026", "advice_talks", "2.5"), ("geen geheel getal",)),
        (("2026", "advice_talks", "1_000"), ("geen geheel getal",)),
        (("٢٠٢٦", "advice_talks", "３"), ("jaar", "geen geheel getal")),
        (("2026", "praatjes", "3"), ("indicator:", "praatjes")),
        (("twintig", "advice_talks", "3"), ("jaar", "geen geheel getal")),
        (("1850", "advice_talks", "3"), ("jaar 1850",)),
    ],
)
def test_bad_targets_are_refused(
    cli: Callable[..., Run], db_file: Path, args: tuple[str, ...], words: tuple[str, ...]
):
    before = digest(db_file)
    r = cli("--db", str(db_file), "target", "set", *args)
    assert_refused(r, *words)
    assert r.code == 2
    assert digest(db_file) == before


def test_target_help_names_the_indicator_codes(cli: Callable[..., Run]):
    r = cli("target", "set", "--help")
    assert r.code == 0
    for code in ("advice_talks", "trajectories", "focus_groups", "plan-item"):
        assert code in r.out
