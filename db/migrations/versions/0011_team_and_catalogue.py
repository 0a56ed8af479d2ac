"""The team's own lists become manageable in the app: a tool catalogue with a kind,
status, owner and link; a chosen order of themes and tools; organisations by kind.

- tool.kind becomes a code (``ToolKind``: tool, guide, publication). What it held was
  free text ("inspiratiegids", "beleidstool", "tool (gepland)"); that text stays, in the
  new column tool.kind_detail, and the code is derived from it
  (``enums.tool_kind_of_text``: "...gids" is a guide, "publicatie" a publication, the
  rest a tool).
- tool.status (``ToolStatus``: available, in_development, being_updated) replaces the
  flag tool.planned: a planned tool is "in ontwikkeling", any other "beschikbaar".
- tool.owner (the organisation that owns it, such as Mediawijs) and tool.link.
- theme.position and tool.position: the order the team chose for lists and pickers;
  existing rows keep the order they were added in (by id), which for the reference
  data is the order of the action plan.
- local_government.organisation_kind (``OrganisationKind``: partner, digibank,
  administration, other) for organisations; empty for municipalities and partnerships,
  and for organisations made before (nobody said what they are).

Revision ID: 0011
Revises: 0010
Create Date: 2026-11-29
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from db.enums import tool_kind_of_text

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None

# Plain ADD/DROP COLUMN throughout, no batch copy: on SQLite a batch copy drops and
# recreates the table, and dropping tool would cascade-delete its findings and links.


#: the tool table's columns both directions read and write
TOOL = sa.table(
    "tool",
    sa.column("id", sa.Integer()),
    sa.column("kind", sa.String()),
    sa.column("kind_detail", sa.String()),
    sa.column("planned", sa.Boolean()),
    sa.column("status", sa.String()),
    sa.column("position", sa.Integer()),
)


def _text(name: str, length: int, default: str) -> sa.Column[str]:
    return sa.Column(name, sa.String(length), nullable=False, server_default=default)


def upgrade() -> None:
    op.add_column("tool", _text("kind_detail", 100, ""))
    op.add_column("tool", _text("status", 20, "available"))
    op.add_column("tool", _text("owner", 200, ""))
    op.add_column("tool", _text("link", 500, ""))
    op.add_column("tool", sa.Column("position", sa.Integer(), nullable=False, server_default="0"))
    op.add_column("theme", sa.Column("position", sa.Integer(), nullable=False, server_default="0"))
    op.add_column("local_government", sa.Column("organisation_kind", sa.String(20), nullable=True))

    conn = op.get_bind()
    tool = TOOL
    rows = conn.execute(sa.select(tool.c.id, tool.c.kind, tool.c.planned).order_by(tool.c.id))
    for position, (row_id, kind, planned) in enumerate(rows.all(), start=1):
        conn.execute(
            tool.update()
            .where(tool.c.id == row_id)
            .values(
                kind=tool_kind_of_text(kind or "").value,
                kind_detail=kind or "",
                status="in_development" if planned else "available",
                position=position,
            )
        )
    theme = sa.table("theme", sa.column("id", sa.Integer()), sa.column("position", sa.Integer()))
    ids = conn.execute(sa.select(theme.c.id).order_by(theme.c.id)).scalars().all()
    for position, row_id in enumerate(ids, start=1):
        conn.execute(theme.update().where(theme.c.id == row_id).values(position=position))
    op.drop_column("tool", "planned")


def downgrade() -> None:
    op.add_column(
        "tool", sa.Column("planned", sa.Boolean(), nullable=False, server_default=sa.false())
    )
    tool = TOOL
    op.execute(tool.update().where(tool.c.status == "in_development").values(planned=True))
    op.execute(tool.update().where(tool.c.kind_detail != "").values(kind=tool.c.kind_detail))
    op.drop_column("local_government", "organisation_kind")
    op.drop_column("theme", "position")
    for column in ("position", "link", "owner", "status", "kind_detail"):
        op.drop_column("tool", column)
