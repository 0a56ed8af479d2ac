"""Building advice-talk input for the safety tests (from scratch or from a view)."""

from __future__ import annotations

from datetime import date

from supportdesk.services.advice import AdviceTalkInput, AdviceTalkView


def new_talk(gov_id: str, question: str = "Hoe starten we met digihelpers?") -> AdviceTalkInput:
    return AdviceTalkInput(
        date=date(2025, 3, 4), local_government_id=gov_id, channel="phone", question=question
    )


def talk_input(v: AdviceTalkView) -> AdviceTalkInput:
    """The input that saves ``v`` unchanged (what an edit form starts from)."""
    return AdviceTalkInput(
        date=v.date,
        local_government_id=v.local_government.id,
        channel=v.channel,
        question=v.question,
        advice=v.advice,
        notes=v.notes,
        duration_minutes=v.duration_minutes,
        info_session_idea=v.info_session_idea,
        info_session_note=v.info_session_note,
        policy_dossier_input=v.policy_dossier_input,
        policy_dossier_note=v.policy_dossier_note,
        signal=v.signal,
        signal_note=v.signal_note,
        experienced_government_id=v.experienced_government.id if v.experienced_government else None,
        contact_ids=tuple(r.id for r in v.contacts),
        team_member_ids=tuple(r.id for r in v.team_members),
        theme_ids=tuple(r.id for r in v.themes),
        tool_ids=tuple(r.id for r in v.tools),
    )
