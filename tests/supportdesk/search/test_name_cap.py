"""A broad query orders at most ``NAME_CAP`` names (the newest), not ``BROAD``: the
walk through the title matches is what made "van be" slow at 100,000 talks."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import event

import supportdesk.search.query as query
from db.session import Database
from supportdesk.search import search
from tests.supportdesk.search.conftest import Maker


def test_broad_query_orders_only_the_newest_names(
    db: Database, make: Maker, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(query, "BROAD", 4)
    monkeypatch.setattr(query, "NAME_CAP", 2)
    for i in range(6):
        make.talk("Gent", f"Vraag {i} over de vrijwilligers van Gent")
    for last in ("Gentil", "Gentens", "Gentbrugge"):
        make.contact("Gent", "Gert", last)
    caps: list[Any] = []

    def remember(conn: Any, cursor: Any, statement: str, params: Any, *args: Any) -> None:
        if isinstance(params, dict) and "cap" in params:
            caps.append(params["cap"])
        elif isinstance(params, (list, tuple)) and "FROM search_fts_names" in statement:
            caps.append(params[-1])  # SQLite: the names-only table (migration 0015)

    event.listen(db.engine, "before_cursor_execute", remember)
    try:
        found = search(db, "gent")
    finally:
        event.remove(db.engine, "before_cursor_execute", remember)
    assert caps == [2]
    assert found[0].title == "Gent"
    names = [h.title for h in found if h.kind == "contact_person"]
    assert "Gert Gentbrugge" in names  # the newest contact is among the names
