"""The team's own lists: team members, themes and tools."""

from __future__ import annotations

from sqlalchemy import Boolean, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from db.base import Base, RecordMixin


class TeamMember(RecordMixin, Base):
    """Someone who uses the app (medewerker); records name the members who own them."""

    __tablename__ = "team_member"

    name: Mapped[str] = mapped_column(String(200), nullable=False, unique=True)
    email: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    active: Mapped[bool] = mapped_column(Boolean, nullable=False, default=True)


class Theme(RecordMixin, Base):
    """A subject of advice (thema), from an editable list."""

    __tablename__ = "theme"

    name: Mapped[str] = mapped_column(String(200), nullable=False, unique=True)
    description: Mapped[str] = mapped_column(Text, nullable=False, default="")
    archived: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    #: the order of the lists and pickers (the team's own, not alphabetical)
    position: Mapped[int] = mapped_column(Integer, nullable=False, default=0, server_default="0")


class Tool(RecordMixin, Base):
    """A tool or guide of the team's catalogue; focus groups evaluate them."""

    __tablename__ = "tool"

    name: Mapped[str] = mapped_column(String(300), nullable=False, unique=True)
    #: a ``ToolKind`` code: tool, guide, publication
    kind: Mapped[str] = mapped_column(String(100), nullable=False, default="tool")
    #: the kind in the team's own words ("inspiratiegids", "beleidstool"); free text
    kind_detail: Mapped[str] = mapped_column(
        String(100), nullable=False, default="", server_default=""
    )
    description: Mapped[str] = mapped_column(Text, nullable=False, default="")
    #: a ``ToolStatus`` code: available, in development ("in ontwikkeling"), being updated
    status: Mapped[str] = mapped_column(
        String(20), nullable=False, default="available", server_default="available"
    )
    #: the organisation that owns or publishes it (Mediawijs, VVSG, ...); free text
    owner: Mapped[str] = mapped_column(String(200), nullable=False, default="", server_default="")
    #: where to find it (a web address)
    link: Mapped[str] = mapped_column(String(500), nullable=False, default="", server_default="")
    archived: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    position: Mapped[int] = mapped_column(Integer, nullable=False, default=0, server_default="0")
