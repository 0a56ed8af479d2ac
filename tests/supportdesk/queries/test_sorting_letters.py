"""Æ, Ø and Ł sort the same on SQLite (folded to AE, O, L, then as tie-breakers) and on
PostgreSQL (the ICU nl-BE collation ``sd_nl``): next to the letters they are read as,
never after Z. The exact order is pinned so a server whose collation differs (no ICU,
a libc fallback) shows up here."""

from __future__ import annotations

from sqlalchemy import select, text

from db.session import Database
from supportdesk.queries.local_governments import LocalGovernmentFilter, list_local_governments
from supportdesk.services.local_governments import LocalGovernmentInput, create_local_government

ORDER = ["Ad", "Aeb", "Ærø", "Aez", "Af", "Lo", "Łodz", "Lp", "Lz", "Os", "Øst", "Ot", "Oz"]


def test_ae_o_slash_and_l_stroke_sort_alike_on_both_databases(db: Database) -> None:
    if db.engine.dialect.name == "postgresql":
        with db.read() as s:
            provider = s.execute(
                select(text("collprovider"))
                .select_from(text("pg_collation"))
                .where(text("collname = 'sd_nl'"))
            ).scalar()
        assert provider == "i", "sd_nl is not an ICU collation on this server"
    for name in reversed(ORDER):
        create_local_government(db, LocalGovernmentInput(name))
    rows = list_local_governments(db, LocalGovernmentFilter(kind="organisation"), limit=None)
    assert [r.name for r in rows] == ORDER
