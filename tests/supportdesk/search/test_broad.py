"""The plans that keep a broad query quick (see ``query.py``), tried on a small
database by making "broad" mean more than three matches."""

from __future__ import annotations

from datetime import date

import pytest

import supportdesk.search.query as query
from db.models import Trajectory
from db.session import Database
from supportdesk.search import search
from tests.supportdesk.search.conftest import Maker


@pytest.fixture
def broad(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(query, "BROAD", 3)


def test_broad_query_puts_matching_names_first_then_ranks_the_newest(
    db: Database, make: Maker, broad: None
) -> None:
    for i in range(6):
        make.talk("Gent", f"Vraag {i} over vrijwilligers", day=date(2025, 1, 1 + i))
    make.contact("Gent", "Gert", "Gentil")
    found = search(db, "gent")
    assert found[0].title == "Gent"  # exact name
    assert found[1].title == "Gert Gentil"  # a name starting with the word
    # Only the newest matches (highest document ids) were ranked: here the
    # governments with "Gent" as arrondissement, not the six talks (low record ids).
    assert len(found) <= 2 + 3
    scores = [h.score for h in found]
    assert scores == sorted(scores, reverse=True)
    query.BROAD = 1000
    assert len([h for h in search(db, "gent") if h.kind == "advice_talk"]) == 6


def test_complete_and_broad_plans_agree_on_a_narrow_query(
    db: Database, make: Maker, broad: None
) -> None:
    make.talk("Leuven", "Vraag over kaartlezers")
    assert [h.title for h in search(db, "kaartlezers")] == ["Vraag over kaartlezers"]


def test_one_letter_words_filter_the_other_words(db: Database, make: Maker, broad: None) -> None:
    for i in range(5):
        make.talk("Gent", f"Vraag {i} over laptops")
    make.talk("Gent", "Vraag over zitbanken")
    assert [h.title for h in search(db, "vraag z")] == ["Vraag over zitbanken"]
    assert [h.title for h in search(db, "z vraag")] == ["Vraag over zitbanken"]


def test_one_letter_queries_list_government_names(db: Database, make: Maker) -> None:
    make.contact("Gent", "Zoë", "Geerts")
    make.talk("Gent", "Zomerschool over zitbanken")
    found = search(db, "z")
    assert [h.title for h in found][:3] == ["Zele", "Zemst", "Zulte"]  # shorter first
    assert {h.kind for h in found} == {"local_government"}
    two = search(db, "melle m")
    assert [h.title for h in two][:1] == ["Merelbeke-Melle"]
    both = [h.title for h in search(db, "n s")]
    assert "Sint-Niklaas" in both and "Sint-Truiden" not in both
    assert search(db, "z", kinds=["contact_person"]) == []


def test_broad_query_limited_to_rare_kinds_still_finds_them(
    db: Database, make: Maker, broad: None
) -> None:
    gent = make.lg_id("Gent")
    make.add(Trajectory(local_government_id=gent, title="Digitale regie"))
    for i in range(6):
        make.talk("Gent", f"Vraag {i}")
    found = search(db, "gent", kinds=["trajectory"])
    assert [(h.kind, h.title) for h in found] == [("trajectory", "Digitale regie")]
    found = search(db, "gent", kinds=["trajectory", "local_government"])
    assert found[0].title == "Gent"
    assert {h.kind for h in found} <= {"trajectory", "local_government"}
