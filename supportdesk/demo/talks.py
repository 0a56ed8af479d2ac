"""Demo advice talks with their follow-up actions and feedback."""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from datetime import date, timedelta

from supportdesk.demo.builder import Workbench
from supportdesk.demo.people import Municipality, Person
from supportdesk.demo.phrases import (
    ADVICE_CLOSERS,
    BY_THEME,
    CONTEXTS,
    FEEDBACK_ON_TALK,
    FOLLOW_UP_NOTES,
    GENERIC,
    INFO_SESSION_NOTES,
    OPENERS,
    POLICY_NOTES,
    SIGNAL_NOTES,
)

CHANNELS = ("email", "phone", "phone", "online", "online", "online", "on_site", "email")
DURATIONS = {"email": None, "phone": (10, 45), "online": (30, 90), "on_site": (60, 150)}


@dataclass(frozen=True)
class Catalog:
    """Ids of the reference lists the demo refers to, by name."""

    target_years: set[int]
    themes: dict[str, int]
    tools: dict[str, int]


def follow_up(
    wb: Workbench,
    start: date,
    owner: Person,
    description: str,
    *,
    lg: int | None,
    talk: int | None = None,
    trajectory: int | None = None,
    focus_group: int | None = None,
    due_in: tuple[int, int] = (5, 40),
    overdue_share: float = 0.3,
) -> None:
    """An action due some days after ``start``: past ones mostly done, some overdue
    (mostly recent ones: a team closes what lingers, so few are months late)."""
    due = start + timedelta(days=wb.between(*due_in))
    done: date | None = None
    if due <= wb.today:
        late = (wb.today - due).days
        if not wb.chance(overdue_share if late < 90 else overdue_share / 15):
            done = wb.clamp(max(start, due + timedelta(days=wb.between(-6, 5))))
    elif wb.chance(0.15):
        done = wb.day_between(start, wb.today)
    wb.record(
        "follow_up_action",
        start,
        owner.name,
        description=description,
        owner_id=owner.id,
        due_date=due,
        done_date=done,
        notes=wb.pick(FOLLOW_UP_NOTES),
        local_government_id=lg,
        advice_talk_id=talk,
        trajectory_id=trajectory,
        focus_group_id=focus_group,
    )


def make_talks(
    wb: Workbench,
    n: int,
    start: date,
    munis: list[Municipality],
    others: list[Municipality],
    team: list[Person],
    catalog: Catalog,
) -> None:
    """``n`` advice talks between ``start`` and today; about one in five answered by mail."""
    active_team = team[:6]
    theme_names = list(catalog.themes)
    experienced = [m for m in munis if m.position == "experienced"] or munis
    # Some municipalities ask far more often than others.
    weights = list(itertools.accumulate(1.0 / (1 + (i % 17)) for i in range(len(munis))))
    asking = wb.rng.choices(munis, cum_weights=weights, k=n)
    for i in range(n):
        lg = asking[i] if not (others and wb.chance(0.05)) else wb.pick(others)
        day = wb.day_between(start, wb.today)
        channel = wb.pick(CHANNELS)
        span = DURATIONS[channel]
        advisor = wb.pick(active_team)
        theme = wb.pick(theme_names)
        themes = [theme]
        if wb.chance(0.3):
            second = wb.pick(theme_names)
            if second != theme:
                themes.append(second)
        bank = BY_THEME.get(theme, GENERIC)
        question = (
            f"{wb.pick(OPENERS).format(gemeente=lg.name)} {wb.pick(bank['questions'])} "
            f"{wb.pick(CONTEXTS)}"
        )
        advice = f"{wb.pick(bank['advice'])} {wb.pick(ADVICE_CLOSERS)}"
        info = wb.chance(0.1)
        policy = wb.chance(0.07)
        signal = wb.chance(0.08)
        peer = wb.pick(experienced) if wb.chance(0.1) else None
        if peer is not None and peer.id == lg.id:
            peer = None
        talk = wb.record(
            "advice_talk",
            day,
            advisor.name,
            date=day,
            local_government_id=lg.id,
            channel=channel,
            duration_minutes=None if span is None else 5 * (wb.between(*span) // 5),
            question=question,
            advice=advice,
            notes="" if wb.chance(0.7) else "Vraag kwam binnen via het algemene adres.",
            info_session_idea=info,
            info_session_note=wb.pick(INFO_SESSION_NOTES) if info else "",
            policy_dossier_input=policy,
            policy_dossier_note=wb.pick(POLICY_NOTES) if policy else "",
            signal=signal,
            signal_note=wb.pick(SIGNAL_NOTES) if signal else "",
            experienced_government_id=peer.id if peer else None,
            archived=wb.chance(0.01),
        )
        tid = talk["id"]
        lg.talk_ids.append(tid)
        contacts = lg.contacts[:]
        if contacts:
            first = wb.pick(contacts)
            wb.link("advice_talk_contact", advice_talk_id=tid, contact_person_id=first)
            if len(contacts) > 1 and wb.chance(0.2):
                second_c = wb.pick(contacts)
                if second_c != first:
                    wb.link("advice_talk_contact", advice_talk_id=tid, contact_person_id=second_c)
        wb.link("advice_talk_member", advice_talk_id=tid, team_member_id=advisor.id)
        if channel != "email" and wb.chance(0.15):
            colleague = wb.pick(active_team)
            if colleague.id != advisor.id:
                wb.link("advice_talk_member", advice_talk_id=tid, team_member_id=colleague.id)
        for name in themes:
            wb.link("advice_talk_theme", advice_talk_id=tid, theme_id=catalog.themes[name])
        if wb.chance(0.5):
            tool = catalog.tools.get(wb.pick(bank["tools"]))
            if tool is not None:
                wb.link("advice_talk_tool", advice_talk_id=tid, tool_id=tool)
        r = wb.rng.random()
        actions = 0 if r < 0.25 else 1 if r < 0.7 else 2 if r < 0.95 else 3
        descriptions = bank["follow_ups"]
        for k in range(actions):
            follow_up(wb, day, advisor, descriptions[k % len(descriptions)], lg=lg.id, talk=tid)
        if channel != "email" and wb.chance(0.12) and lg.contacts:
            given = wb.clamp(day + timedelta(days=wb.between(2, 20)))
            wb.record(
                "feedback",
                given,
                advisor.name,
                score=wb.pick((3, 4, 4, 5, 5, 5)),
                text=wb.pick(FEEDBACK_ON_TALK),
                given_on=given,
                local_government_id=lg.id,
                contact_person_id=wb.pick(lg.contacts),
                advice_talk_id=tid,
                trajectory_id=None,
                focus_group_id=None,
            )
