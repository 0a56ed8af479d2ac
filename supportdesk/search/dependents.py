"""Which documents a change reaches: the parts kept in their owner's document, and the
documents that include a name (a government's, a contact's, a team member's, a theme's
or a tool's), to be rebuilt when that name changes."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sqlalchemy import Select, or_, select

from db.models import (
    Activity,
    ActivityKind,
    ActivityParticipant,
    AdviceTalk,
    ContactMoment,
    ContactPerson,
    FocusGroup,
    FocusGroupParticipant,
    FollowUpAction,
    LocalGovernment,
    LocalGovernmentAlias,
    Publication,
    TeamMember,
    Theme,
    Tool,
    ToolFinding,
    Trajectory,
    partnership_member,
)
from supportdesk.search.kinds import (
    ACTIVITY,
    ADVICE_TALK,
    CONTACT_PERSON,
    FOCUS_GROUP,
    FOLLOW_UP_ACTION,
    LOCAL_GOVERNMENT,
    PUBLICATION,
    TRAJECTORY,
)
from supportdesk.search.links import NAME_LINKS, NameLink

# Parts kept in their owner's document: class -> (owner kind, column naming the owner).
PARTS: dict[type, tuple[str, str]] = {
    LocalGovernmentAlias: (LOCAL_GOVERNMENT, "local_government_id"),
    ContactMoment: (TRAJECTORY, "trajectory_id"),
    FocusGroupParticipant: (FOCUS_GROUP, "focus_group_id"),
    ToolFinding: (FOCUS_GROUP, "focus_group_id"),
    ActivityParticipant: (ACTIVITY, "activity_id"),
}

# Names that other documents include: class -> the attributes holding the name.
NAMES: dict[type, tuple[str, ...]] = {
    LocalGovernment: ("name",),
    ContactPerson: ("first_name", "last_name"),
    TeamMember: ("name",),
    Theme: ("name",),
    Tool: ("name",),
    ActivityKind: ("name",),
}

Ids = list[int]
Dependents = list[tuple[str, Callable[[Ids], Select[Any]]]]

# Which documents include a name: class -> [(kind, ids -> SELECT of that kind's ids)].
DEPENDENTS: dict[type, Dependents] = {
    LocalGovernment: [
        (
            ADVICE_TALK,
            lambda ids: select(AdviceTalk.id).where(
                or_(
                    AdviceTalk.local_government_id.in_(ids),
                    AdviceTalk.experienced_government_id.in_(ids),
                )
            ),
        ),
        (
            TRAJECTORY,
            lambda ids: select(Trajectory.id).where(Trajectory.local_government_id.in_(ids)),
        ),
        (
            CONTACT_PERSON,
            lambda ids: select(ContactPerson.id).where(ContactPerson.local_government_id.in_(ids)),
        ),
        (
            FOLLOW_UP_ACTION,
            lambda ids: select(FollowUpAction.id).where(
                FollowUpAction.local_government_id.in_(ids)
            ),
        ),
        (
            FOCUS_GROUP,
            lambda ids: select(FocusGroupParticipant.focus_group_id).where(
                FocusGroupParticipant.local_government_id.in_(ids)
            ),
        ),
        (
            LOCAL_GOVERNMENT,
            lambda ids: select(partnership_member.c.partnership_id).where(
                partnership_member.c.member_id.in_(ids)
            ),
        ),
        (
            ACTIVITY,
            lambda ids: select(ActivityParticipant.activity_id).where(
                ActivityParticipant.local_government_id.in_(ids)
            ),
        ),
        (
            PUBLICATION,
            lambda ids: select(Publication.id).where(Publication.local_government_id.in_(ids)),
        ),
    ],
    ContactPerson: [
        (
            FOCUS_GROUP,
            lambda ids: select(FocusGroupParticipant.focus_group_id).where(
                FocusGroupParticipant.contact_person_id.in_(ids)
            ),
        ),
        (
            ACTIVITY,
            lambda ids: select(ActivityParticipant.activity_id).where(
                ActivityParticipant.contact_person_id.in_(ids)
            ),
        ),
    ],
    TeamMember: [
        (
            FOLLOW_UP_ACTION,
            lambda ids: select(FollowUpAction.id).where(FollowUpAction.owner_id.in_(ids)),
        ),
    ],
    Theme: [],
    ActivityKind: [
        (ACTIVITY, lambda ids: select(Activity.id).where(Activity.kind_id.in_(ids))),
    ],
    Tool: [
        (
            FOCUS_GROUP,
            lambda ids: select(ToolFinding.focus_group_id).where(ToolFinding.tool_id.in_(ids)),
        ),
    ],
}


def _named_through(link: NameLink) -> Callable[[Ids], Select[Any]]:
    """The ids of the records that name one of ``ids`` through ``link``."""
    owner, target = link.table.c[link.owner], link.table.c[link.target]
    return lambda ids: select(owner).where(target.in_(ids))


# ... and every record that names one through a link table (a talk its contacts, team
# members, themes and tools; see ``links.NAME_LINKS``, which the documents read too).
for _links in NAME_LINKS.values():
    for _link in _links:
        DEPENDENTS[_link.model].append((_link.kind, _named_through(_link)))


# Deleting one of these can delete follow-up actions by ON DELETE CASCADE, unseen by
# the ORM; their documents are then removed as orphans.
CASCADES_TO_ACTIONS = (AdviceTalk, Trajectory, FocusGroup, Activity)
