"""Local governments: municipalities, partnerships and other organisations."""

from __future__ import annotations

from sqlalchemy import Boolean, Column, Index, Integer, String, Table, Text

from db.metadata import metadata, record_columns, reference
from db.tables.links import link_table

#: a municipality (with its OCMW), a partnership of them, or another organisation
local_government = Table(
    "local_government",
    metadata,
    Column("name", String(200), nullable=False),
    Column("kind", String(20), nullable=False, default="municipality"),
    # for an organisation only: an ``OrganisationKind`` code (partner, Digibank, ...)
    Column("organisation_kind", String(20)),
    Column("nis_code", String(5), unique=True),
    Column("province", String(50)),
    Column("arrondissement", String(50)),
    Column("starting_position", String(20)),
    Column("email", String(200)),
    Column("phone", String(50)),
    Column("notes", Text, nullable=False, default=""),
    Column("archived", Boolean, nullable=False, default=False),
    *record_columns(),
    Index("ix_local_government_name", "name"),
)

#: another name search should find: a former municipality merged into this one
local_government_alias = Table(
    "local_government_alias",
    metadata,
    Column("id", Integer, primary_key=True),
    reference("local_government", ondelete="CASCADE", nullable=False, index=True),
    Column("name", String(200), nullable=False),
    Column("nis_code", String(5)),
)

#: the municipalities (members) of a partnership
partnership_member = link_table(
    "partnership_member",
    ("partnership_id", "local_government"),
    ("member_id", "local_government"),
)
