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
    activity_member,
    activity_theme,
    advice_talk_contact,
    advice_talk_member,
    advice_talk_theme,
    advice_talk_tool,
    focus_group_member,
    partnership_member,
    trajectory_coach,
    trajectory_contact,
    trajectory_theme,
)
from supportdesk.search.documents import (
    ACTIVITY,
    ADVICE_TALK,
    CONTACT_PERSON,
    FOCUS_GROUP,
    FOLLOW_UP_ACTION,
    LOCAL_GOVERNMENT,
    PUBLICATION,
    TRAJECTORY,
)

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
            ADVICE_TALK,
            lambda ids: select(advice_talk_contact.c.advice_talk_id).where(
                advice_talk_contact.c.contact_person_id.in_(ids)
            ),
        ),
        (
            TRAJECTORY,
            lambda ids: select(trajectory_contact.c.trajectory_id).where(
                trajectory_contact.c.contact_person_id.in_(ids)
            ),
        ),
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
            ADVICE_TALK,
            lambda ids: select(advice_talk_member.c.advice_talk_id).where(
                advice_talk_member.c.team_member_id.in_(ids)
            ),
        ),
        (
            TRAJECTORY,
            lambda ids: select(trajectory_coach.c.trajectory_id).where(
                trajectory_coach.c.team_member_id.in_(ids)
            ),
        ),
        (
            FOCUS_GROUP,
            lambda ids: select(focus_group_member.c.focus_group_id).where(
                focus_group_member.c.team_member_id.in_(ids)
            ),
        ),
        (
            FOLLOW_UP_ACTION,
            lambda ids: select(FollowUpAction.id).where(FollowUpAction.owner_id.in_(ids)),
        ),
        (
            ACTIVITY,
            lambda ids: select(activity_member.c.activity_id).where(
                activity_member.c.team_member_id.in_(ids)
            ),
        ),
    ],
    Theme: [
        (
            ADVICE_TALK,
            lambda ids: select(advice_talk_theme.c.advice_talk_id).where(
                advice_talk_theme.c.theme_id.in_(ids)
            ),
        ),
        (
            TRAJECTORY,
            lambda ids: select(trajectory_theme.c.trajectory_id).where(
                trajectory_theme.c.theme_id.in_(ids)
            ),
        ),
        (
            ACTIVITY,
            lambda ids: select(activity_theme.c.activity_id).where(
                activity_theme.c.theme_id.in_(ids)
            ),
        ),
    ],
    ActivityKind: [
        (ACTIVITY, lambda ids: select(Activity.id).where(Activity.kind_id.in_(ids))),
    ],
    Tool: [
        (
            ADVICE_TALK,
            lambda ids: select(advice_talk_tool.c.advice_talk_id).where(
                advice_talk_tool.c.tool_id.in_(ids)
            ),
        ),
        (
            FOCUS_GROUP,
            lambda ids: select(ToolFinding.focus_group_id).where(ToolFinding.tool_id.in_(ids)),
        ),
    ],
}

# Deleting one of these can delete follow-up actions by ON DELETE CASCADE, unseen by
# the ORM; their documents are then removed as orphans.
CASCADES_TO_ACTIONS = (AdviceTalk, Trajectory, FocusGroup, Activity)
