"""Names sort as a Dutch reader expects on PostgreSQL: the ICU collation ``sd_nl``.

``CREATE COLLATION sd_nl (provider = icu, locale = 'nl-BE')``: accents and case are
ignored first and used as tie-breakers after (ICU's default strength), so "Özdemir"
sorts among the O's and "Ærø" among the A's, never after Z. Lists use it as
``ORDER BY name COLLATE sd_nl`` (``supportdesk.queries.sorting``), which PostgreSQL
sorts natively. A server built without ICU gets a copy of the libc collation for
nl_BE (or en_US) if it has one, else of "C" (byte order: accented names after Z); which
one it got can be read from pg_collation (collprovider 'i' is ICU). SQLite needs nothing stored: its connections get ``sd_sort_key`` and the
``sd_nl`` collation when they open (``db.collation.register``).

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-29
"""

from __future__ import annotations

from alembic import op
from sqlalchemy import text

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

COLLATION = "sd_nl"
LIBC_FALLBACKS = ("nl_BE.utf8", "nl_BE.UTF-8", "en_US.utf8", "en_US.UTF-8", "C.utf8")


def upgrade() -> None:
    conn = op.get_bind()
    if conn.dialect.name != "postgresql":
        return
    exists = conn.scalar(
        text("SELECT count(*) FROM pg_collation WHERE collname = :n"), {"n": COLLATION}
    )
    if exists:
        return
    has_icu = conn.scalar(text("SELECT count(*) FROM pg_collation WHERE collprovider = 'i'"))
    if has_icu:
        op.execute(f"CREATE COLLATION {COLLATION} (provider = icu, locale = 'nl-BE')")
        return
    for name in LIBC_FALLBACKS:
        found = conn.scalar(
            text("SELECT count(*) FROM pg_collation WHERE collname = :n"), {"n": name}
        )
        if found:
            op.execute(f'CREATE COLLATION {COLLATION} FROM "{name}"')
            return
    op.execute(f'CREATE COLLATION {COLLATION} FROM "C"')


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute(f"DROP COLLATION IF EXISTS {COLLATION}")
