"""The names a document takes from other records through a link table: a talk's
contact persons, team members, themes and tools; a trajectory's coaches, contacts and
themes; a focus group's organisers; an activity's team members and themes.

One list, read both ways: ``documents`` puts these names in the linked record's
document, ``dependents`` finds the documents to rebuild when one of these names changes.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import Table

from db.models import (
    ContactPerson,
    TeamMember,
    Theme,
    Tool,
    activity_member,
    activity_theme,
    advice_talk_contact,
    advice_talk_member,
    advice_talk_theme,
    advice_talk_tool,
    focus_group_member,
    trajectory_coach,
    trajectory_contact,
    trajectory_theme,
)
from supportdesk.search.kinds import ACTIVITY, ADVICE_TALK, FOCUS_GROUP, TRAJECTORY


@dataclass(frozen=True)
class NameLink:
    """Records of ``kind`` name ``model`` records through ``table``: its column
    ``owner`` holds the record's id, ``target`` the named record's."""

    kind: str
    table: Table
    owner: str
    model: Any
    target: str


def _links(kind: str, owner: str, *pairs: tuple[Table, Any]) -> list[NameLink]:
    column = {ContactPerson: "contact_person_id", TeamMember: "team_member_id"}
    column |= {Theme: "theme_id", Tool: "tool_id"}
    return [NameLink(kind, table, owner, model, column[model]) for table, model in pairs]


#: per kind, in the order the names stand in its document
NAME_LINKS: dict[str, list[NameLink]] = {
    ADVICE_TALK: _links(
        ADVICE_TALK,
        "advice_talk_id",
        (advice_talk_contact, ContactPerson),
        (advice_talk_member, TeamMember),
        (advice_talk_theme, Theme),
        (advice_talk_tool, Tool),
    ),
    TRAJECTORY: _links(
        TRAJECTORY,
        "trajectory_id",
        (trajectory_coach, TeamMember),
        (trajectory_contact, ContactPerson),
        (trajectory_theme, Theme),
    ),
    FOCUS_GROUP: _links(FOCUS_GROUP, "focus_group_id", (focus_group_member, TeamMember)),
    ACTIVITY: _links(
        ACTIVITY, "activity_id", (activity_member, TeamMember), (activity_theme, Theme)
    ),
}
