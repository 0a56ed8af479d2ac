"""Helpers for the search tests: records made with the ORM (one unit of work each)."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from sqlalchemy import select

from db.models import AdviceTalk, ContactPerson, LocalGovernment
from db.session import Database


class Maker:
    """Adds records the way a service would: one ``db.write()`` per call."""

    def __init__(self, db: Database) -> None:
        self.db = db

    def lg_id(self, name: str) -> int:
        with self.db.read() as s:
            found = s.scalar(select(LocalGovernment.id).where(LocalGovernment.name == name))
        assert found is not None, name
        return found

    def add(self, obj: Any) -> Any:
        with self.db.write() as s:
            s.add(obj)
            s.flush()
            return obj

    def contact(self, lg: str, first: str, last: str, **kw: Any) -> ContactPerson:
        obj = self.add(
            ContactPerson(
                local_government_id=self.lg_id(lg), first_name=first, last_name=last, **kw
            )
        )
        assert isinstance(obj, ContactPerson)
        return obj

    def talk(self, lg: str, question: str, *, day: date | None = None, **kw: Any) -> AdviceTalk:
        kw.setdefault("channel", "phone")
        obj = self.add(
            AdviceTalk(
                local_government_id=self.lg_id(lg),
                date=day or date(2025, 3, 4),
                question=question,
                **kw,
            )
        )
        assert isinstance(obj, AdviceTalk)
        return obj


@pytest.fixture
def make(db: Database) -> Maker:
    return Maker(db)
