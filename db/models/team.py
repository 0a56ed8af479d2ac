"""The team's own lists: team members, themes and tools (tables in ``db.tables.team``)."""

from __future__ import annotations

from sqlalchemy.orm import Mapped

from db.base import Base, RecordMixin
from db.tables.team import team_member, theme, tool


class TeamMember(RecordMixin, Base):
    """Someone who uses the app (medewerker); records name the members who own them."""

    __table__ = team_member

    name: Mapped[str]
    email: Mapped[str]
    active: Mapped[bool]


class Theme(RecordMixin, Base):
    """A subject of advice (thema), from an editable list."""

    __table__ = theme

    name: Mapped[str]
    description: Mapped[str]
    archived: Mapped[bool]
    #: the order of the lists and pickers (the team's own, not alphabetical)
    position: Mapped[int]


class Tool(RecordMixin, Base):
    """A tool or guide of the team's catalogue; focus groups evaluate them."""

    __table__ = tool

    name: Mapped[str]
    #: a ``ToolKind`` code: tool, guide, publication
    kind: Mapped[str]
    #: the kind in the team's own words ("inspiratiegids", "beleidstool"); free text
    kind_detail: Mapped[str]
    description: Mapped[str]
    #: a ``ToolStatus`` code: available, in development ("in ontwikkeling"), being updated
    status: Mapped[str]
    #: the organisation that owns or publishes it (Mediawijs, VVSG, ...); free text
    owner: Mapped[str]
    #: where to find it (a web address)
    link: Mapped[str]
    archived: Mapped[bool]
    position: Mapped[int]
