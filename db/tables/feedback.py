"""Feedback: a score from 1 to 5 and words, about one piece of support."""

from __future__ import annotations

from sqlalchemy import CheckConstraint, Column, Date, Integer, Table, Text

from db.metadata import metadata, record_columns, reference

feedback = Table(
    "feedback",
    metadata,
    Column("score", Integer, nullable=False),
    Column("text", Text, nullable=False, default=""),
    Column("given_on", Date, nullable=False),
    reference("local_government", index=True),
    reference("contact_person"),
    *(
        reference(subject, ondelete="CASCADE", index=True)
        for subject in ("advice_talk", "trajectory", "focus_group")
    ),
    *record_columns(),
    CheckConstraint("score BETWEEN 1 AND 5", name="score_range"),
    CheckConstraint(
        "advice_talk_id IS NOT NULL OR trajectory_id IS NOT NULL"
        " OR focus_group_id IS NOT NULL OR local_government_id IS NOT NULL",
        name="has_subject",
    ),
)
