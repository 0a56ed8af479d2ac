"""Reference data a new database starts with: municipalities, themes, tools, targets.

Read from ``resources/data`` (copied from the shared data set, see its SOURCES file).
Loading is idempotent: each part is loaded only when its table holds nothing of it yet.
Whether anything is missing is asked with Core on every open; the models (and the ORM)
are loaded only to add what is missing.
"""

from __future__ import annotations

import csv
import json
import re
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, func, select

from db.enums import ToolStatus, tool_kind_of_text
from db.paths import resource
from db.session import Database
from db.tables.local_government import local_government
from db.tables.targets import target
from db.tables.team import theme, tool

REFERENCE_ACTOR = "SupportDesk (referentiegegevens)"
_FORMER = re.compile(r"^(?P<name>.+) \((?P<nis>\d{5})\)$")


@dataclass(frozen=True)
class Municipality:
    nis_code: str
    name: str
    province: str
    arrondissement: str
    former: tuple[tuple[str, str], ...]  # (name, old NIS code)


def read_municipalities() -> list[Municipality]:
    """The 285 Flemish municipalities of 2025, with the former ones merged into them."""
    path = resource("data", "municipalities-flanders-2025.csv")
    rows: list[Municipality] = []
    with path.open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            former: list[tuple[str, str]] = []
            for part in filter(None, (row["merged_from"] or "").split(";")):
                m = _FORMER.match(part.strip())
                if m:
                    former.append((m["name"], m["nis"]))
            rows.append(
                Municipality(
                    nis_code=row["nis_code"],
                    name=row["name"],
                    province=row["province"],
                    arrondissement=row["arrondissement"],
                    former=tuple(former),
                )
            )
    return rows


def read_reference() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(resource("data", "reference.json").read_text("utf-8"))
    return data


def _something_missing(conn: Connection) -> bool:
    """True when a part of the reference data is not there (index or rowid probes)."""
    probes = (
        select(local_government.c.id).where(local_government.c.nis_code.is_not(None)),
        select(theme.c.id),
        select(tool.c.id),
        select(target.c.id),
    )
    return any(conn.scalar(probe.limit(1)) is None for probe in probes)


def ensure_reference_data(db: Database) -> bool:
    """Load whatever part of the reference data is missing; True if anything was added.

    Looked at in a read transaction first: on every start of an existing database
    nothing is missing, and a write transaction would wait (up to the busy timeout,
    15 s) for any other program writing to the file, before the app's window shows.
    """
    with db.read_connection() as conn:
        if not _something_missing(conn):
            return False
    return _add_missing(db)


def _add_missing(db: Database) -> bool:
    """Add each part of the reference data its table holds nothing of (one write)."""
    from db.models import LocalGovernment, LocalGovernmentAlias, Target, Theme, Tool

    added = False
    ref = read_reference()
    with db.write() as session:
        session.info["actor"] = REFERENCE_ACTOR
        if not session.scalar(select(func.count()).where(LocalGovernment.nis_code.is_not(None))):
            for m in read_municipalities():
                lg = LocalGovernment(
                    name=m.name,
                    kind="municipality",
                    nis_code=m.nis_code,
                    province=m.province,
                    arrondissement=m.arrondissement,
                )
                lg.aliases = [
                    LocalGovernmentAlias(name=name, nis_code=nis)
                    for name, nis in m.former
                    if not (name == m.name and nis == m.nis_code)
                ]
                session.add(lg)
            added = True
        if not session.scalar(select(func.count()).select_from(Theme)):
            for position, (name, description) in enumerate(ref["themes"], start=1):
                session.add(Theme(name=name, description=description, position=position))
            added = True
        if not session.scalar(select(func.count()).select_from(Tool)):
            for position, (name, kind, planned) in enumerate(ref["tools"], start=1):
                session.add(
                    Tool(
                        name=name,
                        kind=tool_kind_of_text(kind),
                        kind_detail=kind,
                        status=ToolStatus.IN_DEVELOPMENT if planned else ToolStatus.AVAILABLE,
                        position=position,
                    )
                )
            added = True
        if not session.scalar(select(func.count()).select_from(Target)):
            for year, values in ref["targets"].items():
                for indicator, value in values.items():
                    session.add(Target(year=int(year), indicator=indicator, value=value))
            added = True
    return added
