"""The advice-talk text filter decides "broad" by the talk documents a text matches,
not by matches of every kind: a name on thousands of contacts but few talks ("oz":
Özdemir) still takes the full-text index's short list, never a LIKE walk."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import event, select

from db.models import AdviceTalk, ContactPerson, LocalGovernment
from db.session import Database
from supportdesk.queries import advice_talks
from supportdesk.queries.advice_talks import AdviceTalkFilter, list_advice_talks


def _statements(db: Database, fn: Any) -> tuple[Any, list[str]]:
    seen: list[str] = []

    def remember(conn: Any, cursor: Any, statement: str, *args: Any) -> None:
        seen.append(statement)

    event.listen(db.engine, "before_cursor_execute", remember)
    try:
        return fn(), seen
    finally:
        event.remove(db.engine, "before_cursor_execute", remember)


def test_contacts_do_not_make_a_talk_text_broad(
    db: Database, history: dict[str, Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    with db.write() as s:
        lg = s.scalar(select(LocalGovernment).where(LocalGovernment.nis_code == "11002"))
        for i in range(6):
            s.add(ContactPerson(local_government=lg, first_name=f"Ozan{i}", last_name="Özdemir"))
    monkeypatch.setattr(advice_talks, "BROAD", 3)

    def ids(text: str) -> set[int]:
        return {r.id for r in list_advice_talks(db, AdviceTalkFilter(text=text))}

    with db.write() as s:
        talk = s.scalar(select(AdviceTalk).where(AdviceTalk.public_id == history["t2"]))
        assert talk is not None
        talk.question = "Vraag van Ozan over de website"
    found, statements = _statements(db, lambda: ids("oz"))
    assert history["t2"] in found and history["t3"] not in found
    assert not any("LIKE" in sql for sql in statements), statements
    monkeypatch.setattr(advice_talks, "BROAD", 0)  # the walk gives the same answer
    assert ids("oz") == found
