"""Shared helpers of the service tests: ids of seeded records and a dump of every table."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select, text

from db.models import Base, LocalGovernment, TeamMember, Theme, Tool
from db.session import Database
from supportdesk.services.local_governments import complete_local_governments

GENT = "44021"
ANTWERPEN = "11002"
LEUVEN = "24062"

UNICODE_TEXTS = ("Łukasz Özdemir", "<b>&amp;</b> <script>x</script>", "👩‍💻 ok ✓", "é\u0301 ﬁ")


def lg_id(db: Database, nis: str) -> str:
    with db.read() as s:
        pid = s.scalar(select(LocalGovernment.public_id).where(LocalGovernment.nis_code == nis))
    assert pid, nis
    return pid


def government_id(db: Database, name: str) -> str:
    """The id of the government offered first for ``name``, as a person picks it."""
    return complete_local_governments(db, name, 1)[0].id


def theme_ids(db: Database) -> list[str]:
    with db.read() as s:
        return list(s.scalars(select(Theme.public_id).order_by(Theme.id)))


def tool_ids(db: Database) -> list[str]:
    with db.read() as s:
        return list(s.scalars(select(Tool.public_id).order_by(Tool.id)))


def member_id(db: Database, name: str = "An Adviseur") -> str:
    with db.write() as s:
        m = s.scalar(select(TeamMember).where(TeamMember.name == name))
        if m is None:
            m = TeamMember(name=name)
            s.add(m)
            s.flush()
        return m.public_id


def dump(db: Database) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table (ordered), to prove a failed action changed nothing."""
    out: dict[str, list[tuple[Any, ...]]] = {}
    with db.read() as s:
        for table in Base.metadata.sorted_tables:
            cols = ", ".join(f'"{c.name}"' for c in table.columns)
            order = ", ".join(str(i + 1) for i in range(len(table.columns)))
            rows = s.execute(text(f'SELECT {cols} FROM "{table.name}" ORDER BY {order}'))
            out[table.name] = [tuple(r) for r in rows]
    return out
