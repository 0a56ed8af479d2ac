"""The schema: one module per area, all re-exported here."""

from db.base import Base
from db.models.advice import (
    AdviceTalk,
    advice_talk_contact,
    advice_talk_member,
    advice_talk_theme,
    advice_talk_tool,
)
from db.models.attachment import Attachment, AttachmentContent
from db.models.audit import ChangeLogEntry
from db.models.contacts import ContactPerson
from db.models.feedback import Feedback
from db.models.focus_group import FocusGroup, FocusGroupParticipant, ToolFinding, focus_group_member
from db.models.follow_up import FollowUpAction
from db.models.local_government import LocalGovernment, LocalGovernmentAlias, partnership_member
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
    "SearchDocument",
    "Target",
    "TeamMember",
    "Theme",
    "Tool",
    "ToolFinding",
    "Trajectory",
    "advice_talk_contact",
    "advice_talk_member",
    "advice_talk_theme",
    "advice_talk_tool",
    "contact_moment_contact",
    "contact_moment_member",
    "focus_group_member",
    "partnership_member",
    "trajectory_coach",
    "trajectory_contact",
    "trajectory_theme",
]
