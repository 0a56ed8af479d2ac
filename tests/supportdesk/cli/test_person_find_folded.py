"""``person find`` folds as search does and lists people in a Dutch reader's order;
after ``person erase`` the name is gone and ``check`` finds nothing wrong."""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from pathlib import Path

from supportdesk.database import open_app_database
from supportdesk.services.contacts import ContactInput, create_contact
from supportdesk.services.local_governments import LocalGovernmentInput, create_local_government
from tests.supportdesk.cli.conftest import Run

PEOPLE = [  # (first, last) in the order a Dutch reader expects, by last name
    ("Jan", "Ærø"),
    ("Anna", "de Smet"),
    ("Piet", "De Wit"),
    ("Marie", "eloise"),
    ("Marc", "Éloïse"),
    ("Tom", "Lucas"),
    ("Łukasz", "Łukasz"),
    ("Ayşe", "Özdemir"),
    ("Wim", "Zwavelblauwers"),
]


def _people(db_file: Path) -> dict[str, str]:
    db = open_app_database(str(db_file), actor="test")
    try:
        lg = create_local_government(db, LocalGovernmentInput("Ærø Kommune")).id
        return {
            last: create_contact(db, ContactInput(lg, last, first, email="")).id
            for first, last in reversed(PEOPLE)
        }
    finally:
        db.dispose()


def test_find_folds_and_sorts(cli: Callable[..., Run], db_file: Path) -> None:
    ids = _people(db_file)
    run = cli("--db", str(db_file), "person", "find", "")
    assert run.code == 0, run.err
    order = [line.split()[0] for line in run.out.splitlines()]
    assert order == [ids[last] for _first, last in PEOPLE]
    for typed in ("ŁUKASZ ŁUKASZ", "lukasz lukasz", "Łukasz\nŁukasz", "AYSE OZDEMIR"):
        for form in (typed, unicodedata.normalize("NFD", typed)):
            run = cli("--db", str(db_file), "person", "find", form)
            assert run.code == 0, run.err
            found = [line.split()[0] for line in run.out.splitlines()]
            want = ids["Özdemir"] if "OZDEMIR" in typed else ids["Łukasz"]
            assert found == [want], form


def test_erase_then_check_is_clean(cli: Callable[..., Run], db_file: Path) -> None:
    ids = _people(db_file)
    run = cli("--db", str(db_file), "person", "erase", ids["Özdemir"], "--yes")
    assert run.code == 0, run.err
    assert cli("--db", str(db_file), "person", "find", "ozdemir").out == ""
    run = cli("--db", str(db_file), "check")
    assert run.code == 0, run.out + run.err
