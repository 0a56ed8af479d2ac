"""Filling an empty database with realistic Dutch demo data, fast enough for benchmarks.

At scale 1: seven team members, about seventy contact persons at some forty-five
municipalities, forty advice talks (some answered by mail alone, some with the plan's
flags), six trajectories in every status with contact moments, follow-up actions (some
overdue) and feedback, two focus groups, a partnership and Mediawijs as partner; and for
the action plan (``demo.plan``) this year's plan, activities of every kind, good
practices, articles, newsletters, website updates and the network's members.
``scale`` multiplies the records (the team stays a handful): ``scale=2500`` gives
100,000 advice talks and well over 100,000 follow-up actions.

All rows are planned in memory with ids chosen up front and written in one transaction
with Core executemany; then the search index is rebuilt once.
"""

from __future__ import annotations

import random
import time
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import Connection, Table, bindparam, select, update

from db.models import Base, LocalGovernment, Target, Theme, Tool
from db.session import Database
from supportdesk.bulk import (
    insert_rows,
    max_ids,
    record_tables,
    refuse_unless_empty,
    reset_sequences,
)
from supportdesk.demo.builder import Workbench
from supportdesk.demo.people import (
    Municipality,
    make_contacts,
    make_partner,
    make_partnerships,
    make_team,
    set_positions,
)
from supportdesk.demo.plan import (
    PlanCatalog,
    make_activities,
    make_network,
    make_publications,
    make_year_plan,
    read_plan_catalog,
)
from supportdesk.demo.talks import Catalog, make_talks
from supportdesk.demo.tracks import make_focus_groups, make_trajectories
from supportdesk.errors import DomainError
from supportdesk.services._base import storage_errors

DEFAULT_SEED = 2025
MAX_SCALE = 10_000


@dataclass(frozen=True)
class DemoSummary:
    """What was added, per table, and how long it took."""

    counts: dict[str, int]
    seconds: float

    @property
    def advice_talks(self) -> int:
        return self.counts.get("advice_talk", 0)


def generate_demo(
    db: Database, *, scale: int = 1, seed: int = DEFAULT_SEED, today: date | None = None
) -> DemoSummary:
    """Fill ``db`` (which must hold no user records) with demo data; one transaction.

    The same ``seed`` and ``today`` give the same data. Raises NotEmptyError when the
    database already holds records, ValueError for a scale outside 1..10,000.
    """
    if not 1 <= scale <= MAX_SCALE:
        raise ValueError(f"scale must be between 1 and {MAX_SCALE}")
    started = time.perf_counter()
    with storage_errors(), db.write() as session:
        conn = session.connection()
        refuse_unless_empty(conn, "demogegevens gaan enkel in een lege databank.")
        tables = record_tables()
        wb = Workbench(random.Random(seed), today or date.today(), max_ids(conn, tables))
        munis = [
            Municipality(id_, name, province or "")
            for id_, name, province in conn.execute(
                select(LocalGovernment.id, LocalGovernment.name, LocalGovernment.province)
                .where(LocalGovernment.nis_code.is_not(None))
                .order_by(LocalGovernment.nis_code)
            )
        ]
        if not munis:
            raise DomainError("De databank mist de referentiegegevens (gemeenten).")
        catalog = Catalog(
            target_years=set(conn.scalars(select(Target.year).distinct())),
            themes={n: i for n, i in conn.execute(select(Theme.name, Theme.id).order_by(Theme.id))},
            tools={
                n: i
                for n, i in conn.execute(
                    select(Tool.name, Tool.id).where(Tool.archived.is_(False)).order_by(Tool.id)
                )
            },
        )
        _plan(wb, scale, munis, catalog, read_plan_catalog(conn))
        _write(conn, wb, tables)
    _reindex(db)
    counts = {name: len(rows) for name, rows in wb.rows.items()}
    return DemoSummary(dict(sorted(counts.items())), time.perf_counter() - started)


def _plan(
    wb: Workbench, scale: int, munis: list[Municipality], catalog: Catalog, plan: PlanCatalog
) -> None:
    start = date(wb.today.year - 1, 1, 2)
    team = make_team(wb, start)
    used = wb.rng.sample(munis, min(len(munis), 40 + 5 * scale))
    set_positions(wb, used, team)
    make_contacts(wb, used, 70 * scale, team)
    partnerships = make_partnerships(wb, scale, munis, team)
    partner = make_partner(wb, team)
    make_talks(wb, 40 * scale, start, used, [*partnerships, partner], team, catalog)
    make_trajectories(wb, 6 * scale, used, team, catalog)
    make_focus_groups(wb, 2 * scale, used, team, catalog)
    # the whole action plan: this year's plan, activities, communication, the network
    make_year_plan(wb, plan, team[0].name)
    make_activities(wb, scale, used, team, plan, list(catalog.themes.values()))
    make_publications(wb, scale, used, team)
    make_network(wb, wb.rows.get("contact_person", []), team)


def _write(conn: Connection, wb: Workbench, tables: list[Table]) -> None:
    for table in tables:
        rows = wb.rows.get(table.name)
        if rows:
            keys = set().union(*(r.keys() for r in rows[:1]))
            if any(r.keys() != keys for r in rows):
                full = set().union(*(r.keys() for r in rows))
                rows = [{k: r.get(k) for k in full} for r in rows]
            insert_rows(conn, table, rows)
    for name, changes in wb.updates.items():
        table = Base.metadata.tables[name]
        values: dict[str, Any] = {k: bindparam(k) for k in changes[0] if k != "b_id"}
        values.setdefault("updated_at", table.c.created_at)
        conn.execute(update(table).where(table.c.id == bindparam("b_id")).values(values), changes)
    reset_sequences(conn, [t for t in tables if t.name in wb.rows])


def _reindex(db: Database) -> None:
    """Rebuild the search index once: Core inserts bypass the index's flush listener."""
    from supportdesk.search import reindex_all

    reindex_all(db)
