"""Feedback: a score from 1 to 5 and words, about one piece of support."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from sqlalchemy import CheckConstraint, Date, ForeignKey, Integer, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from db.base import Base, RecordMixin

if TYPE_CHECKING:
    from db.models.focus_group import FocusGroup
    from db.models.trajectory import Trajectory


class Feedback(RecordMixin, Base):
    __tablename__ = "feedback"

    score: Mapped[int] = mapped_column(Integer, nullable=False)
    text: Mapped[str] = mapped_column(Text, nullable=False, default="")
    given_on: Mapped[date] = mapped_column(Date, nullable=False)
    local_government_id: Mapped[int | None] = mapped_column(
        ForeignKey("local_government.id"), index=True
    )
    contact_person_id: Mapped[int | None] = mapped_column(ForeignKey("contact_person.id"))
    advice_talk_id: Mapped[int | None] = mapped_column(
        ForeignKey("advice_talk.id", ondelete="CASCADE"), index=True
    )
    trajectory_id: Mapped[int | None] = mapped_column(
        ForeignKey("trajectory.id", ondelete="CASCADE"), index=True
    )
    focus_group_id: Mapped[int | None] = mapped_column(
        ForeignKey("focus_group.id", ondelete="CASCADE"), index=True
    )

    trajectory: Mapped[Trajectory | None] = relationship(back_populates="feedback")
    focus_group: Mapped[FocusGroup | None] = relationship(back_populates="feedback")

    __table_args__ = (
        CheckConstraint("score BETWEEN 1 AND 5", name="score_range"),
        CheckConstraint(
            "advice_talk_id IS NOT NULL OR trajectory_id IS NOT NULL"
            " OR focus_group_id IS NOT NULL OR local_government_id IS NOT NULL",
            name="has_subject",
        ),
    )
