"""The advice area's Core tables (temporary: taken from the ORM models)."""

from db.models.advice import (
    AdviceTalk,
    advice_talk_contact,
    advice_talk_member,
    advice_talk_theme,
    advice_talk_tool,
)

advice_talk = AdviceTalk.__table__

__all__ = [
    "advice_talk",
    "advice_talk_contact",
    "advice_talk_member",
    "advice_talk_theme",
    "advice_talk_tool",
]
