"""Feedback: a score from 1 to 5 and words, about one piece of support."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from sqlalchemy.orm import Mapped, relationship

from db.base import Base, RecordMixin
from db.tables.feedback import feedback

if TYPE_CHECKING:
    from db.models.focus_group import FocusGroup
    from db.models.trajectory import Trajectory


class Feedback(RecordMixin, Base):
    __table__ = feedback

    score: Mapped[int]
    text: Mapped[str]
    given_on: Mapped[date]
    local_government_id: Mapped[int | None]
    contact_person_id: Mapped[int | None]
    advice_talk_id: Mapped[int | None]
    trajectory_id: Mapped[int | None]
    focus_group_id: Mapped[int | None]

    trajectory: Mapped[Trajectory | None] = relationship(back_populates="feedback")
    focus_group: Mapped[FocusGroup | None] = relationship(back_populates="feedback")
