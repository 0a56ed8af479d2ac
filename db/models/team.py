"""The team's own lists: team members, themes and tools."""

from __future__ import annotations

from sqlalchemy import Boolean, String, Text
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


class Tool(RecordMixin, Base):
    """A tool or guide of the team's catalogue; focus groups evaluate them."""

    __tablename__ = "tool"

    name: Mapped[str] = mapped_column(String(300), nullable=False, unique=True)
    kind: Mapped[str] = mapped_column(String(100), nullable=False, default="")
    description: Mapped[str] = mapped_column(Text, nullable=False, default="")
    planned: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    archived: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
