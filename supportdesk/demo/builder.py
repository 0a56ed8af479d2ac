"""The demo generator's workbench: a seeded random, ids chosen up front, rows per table.

Everything random comes from one ``random.Random(seed)``, public ids included, so the
same seed and day give the same database (and the same export) every time.
"""

from __future__ import annotations

import random
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any, TypeVar

T = TypeVar("T")

# Version 4 and the RFC 4122 variant, as uuid.UUID(int=..., version=4) sets them.
_UUID_MASK = ~((0xF000 << 64) | (0xC000 << 48)) & ((1 << 128) - 1)
_UUID_BITS = (0x4000 << 64) | (0x8000 << 48)
_ASCII = str.maketrans({"ł": "l", "Ł": "L", "ı": "i", "ø": "o", "Ø": "O", "ß": "ss", "'": ""})


def email_part(text: str) -> str:
    """A name as the local part of an e-mail address: lower case, ASCII, no spaces."""
    folded = unicodedata.normalize("NFKD", text.translate(_ASCII))
    return "".join(c for c in folded if c.isascii() and (c.isalnum() or c in "-.")).lower()


@dataclass
class Workbench:
    """Rows to insert per table, with ids continuing after what the database holds."""

    rng: random.Random
    today: date
    next_id: dict[str, int]
    rows: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    updates: dict[str, list[dict[str, Any]]] = field(default_factory=dict)

    # -- randomness -----------------------------------------------------------------
    # random.randint and uuid.UUID cost microseconds each; at 1,000,000 rows that is
    # most of the time, so these use rng.random() and string formatting instead.
    def pick(self, seq: Sequence[T]) -> T:
        return seq[int(self.rng.random() * len(seq))]

    def chance(self, p: float) -> bool:
        return self.rng.random() < p

    def between(self, low: int, high: int) -> int:
        return low + int(self.rng.random() * (high - low + 1))

    def public_id(self) -> str:
        """A random (version 4) UUID, as ``str(uuid.uuid4())`` writes it."""
        n = self.rng.getrandbits(128) & _UUID_MASK | _UUID_BITS
        h = f"{n:032x}"
        return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"

    def day_between(self, start: date, end: date) -> date:
        """A working day in [start, end] (weekends move to the nearest weekday inside)."""
        if end < start:
            return start
        d = start + timedelta(days=self.between(0, (end - start).days))
        if d.weekday() == 5:
            d = d - timedelta(days=1) if d - timedelta(days=1) >= start else d + timedelta(days=2)
        elif d.weekday() == 6:
            d = d + timedelta(days=1) if d + timedelta(days=1) <= end else d - timedelta(days=2)
        return d

    def moment(self, day: date) -> datetime:
        """A time during office hours on ``day`` (when the record was typed)."""
        minute = int(self.rng.random() * 600)
        return datetime(day.year, day.month, day.day, 8 + minute // 60, minute % 60)

    def clamp(self, day: date) -> date:
        return min(day, self.today)

    # -- rows -----------------------------------------------------------------------
    def new_id(self, table: str) -> int:
        value = self.next_id.get(table, 0) + 1
        self.next_id[table] = value
        return value

    def record(self, table: str, day: date, actor: str, **values: Any) -> dict[str, Any]:
        """A record row with id, public id and the stamps of who typed it on ``day``.

        One in five was edited later (version 2, updated some days after, not past today).
        """
        created = self.moment(min(day, self.today))
        updated, version = created, 1
        if self.chance(0.2):
            later = self.clamp(created.date() + timedelta(days=self.between(1, 30)))
            if later > created.date():
                updated, version = self.moment(later), 2
        row = {
            "id": self.new_id(table),
            "public_id": self.public_id(),
            "created_at": created,
            "created_by": actor,
            "updated_at": updated,
            "updated_by": actor,
            "version": version,
            **values,
        }
        self.rows.setdefault(table, []).append(row)
        return row

    def link(self, table: str, **values: Any) -> None:
        self.rows.setdefault(table, []).append(values)

    def update(self, table: str, **values: Any) -> None:
        """A change to an existing row (``b_id`` names it); applied after the inserts."""
        self.updates.setdefault(table, []).append(values)

    def count(self, table: str) -> int:
        return len(self.rows.get(table, []))
