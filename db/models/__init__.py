"""The schema: one module per area, all re-exported here."""

from db.base import Base
from db.models.activity import (
    Activity,
    ActivityKind,
    ActivityParticipant,
    activity_member,
    activity_theme,
)
from db.models.advice import (
    AdviceTalk,
    advice_talk_contact,
    advice_talk_member,
    advice_talk_theme,
    advice_talk_tool,
)
from db.models.attachment import Attachment, AttachmentContent
from db.models.audit import ChangeLogEntry
from db.models.communication import Publication, article_good_practice
from db.models.contacts import ContactPerson
from db.models.feedback import Feedback
from db.models.focus_group import FocusGroup, FocusGroupParticipant, ToolFinding, focus_group_member
from db.models.follow_up import FollowUpAction
from db.models.local_government import LocalGovernment, LocalGovernmentAlias, partnership_member
from db.models.network import NetworkMembership
from db.models.plan import PlanItem, plan_item_activity_kind
from db.models.search import SearchDocument
from db.models.targets import Target
from db.models.team import TeamMember, Theme, Tool
from db.models.trajectory import (
    ContactMoment,
    Trajectory,
    contact_moment_contact,
    contact_moment_member,
    trajectory_coach,
    trajectory_contact,
    trajectory_theme,
)

__all__ = [
    "Activity",
    "ActivityKind",
    "ActivityParticipant",
    "AdviceTalk",
    "Attachment",
    "AttachmentContent",
    "Base",
    "ChangeLogEntry",
    "ContactMoment",
    "ContactPerson",
    "Feedback",
    "FocusGroup",
    "FocusGroupParticipant",
    "FollowUpAction",
    "LocalGovernment",
    "LocalGovernmentAlias",
    "NetworkMembership",
    "PlanItem",
    "Publication",
    "SearchDocument",
    "Target",
    "TeamMember",
    "Theme",
    "Tool",
    "ToolFinding",
    "Trajectory",
    "activity_member",
    "activity_theme",
    "advice_talk_contact",
    "advice_talk_member",
    "advice_talk_theme",
    "advice_talk_tool",
    "article_good_practice",
    "contact_moment_contact",
    "contact_moment_member",
    "focus_group_member",
    "partnership_member",
    "plan_item_activity_kind",
    "trajectory_coach",
    "trajectory_contact",
    "trajectory_theme",
]
