"""The team's own lists: team members, themes and tools."""

from __future__ import annotations

from sqlalchemy import Boolean, Column, Integer, String, Table, Text

from db.metadata import metadata, record_columns

#: someone who uses the app (medewerker); records name the members who own them
team_member = Table(
    "team_member",
    metadata,
    Column("name", String(200), nullable=False, unique=True),
    Column("email", String(200), nullable=False, default=""),
    Column("active", Boolean, nullable=False, default=True),
    *record_columns(),
)

#: a subject of advice (thema), from an editable list
theme = Table(
    "theme",
    metadata,
    Column("name", String(200), nullable=False, unique=True),
    Column("description", Text, nullable=False, default=""),
    Column("archived", Boolean, nullable=False, default=False),
    # the order of the lists and pickers (the team's own, not alphabetical)
    Column("position", Integer, nullable=False, default=0, server_default="0"),
    *record_columns(),
)

#: a tool or guide of the team's catalogue; focus groups evaluate them
tool = Table(
    "tool",
    metadata,
    Column("name", String(300), nullable=False, unique=True),
    # a ``ToolKind`` code: tool, guide, publication
    Column("kind", String(100), nullable=False, default="tool"),
    # the kind in the team's own words ("inspiratiegids", "beleidstool"); free text
    Column("kind_detail", String(100), nullable=False, default="", server_default=""),
    Column("description", Text, nullable=False, default=""),
    # a ``ToolStatus`` code: available, in development ("in ontwikkeling"), being updated
    Column("status", String(20), nullable=False, default="available", server_default="available"),
    # the organisation that owns or publishes it (Mediawijs, VVSG, ...); free text
    Column("owner", String(200), nullable=False, default="", server_default=""),
    # where to find it (a web address)
    Column("link", String(500), nullable=False, default="", server_default=""),
    Column("archived", Boolean, nullable=False, default=False),
    Column("position", Integer, nullable=False, default=0, server_default="0"),
    *record_columns(),
)
