"""What the year report shows: every item of the year's plan (SD1-SD3) against its target
with the records it counts (activities with their participants, participant hours and
feedback scores; publications; advice talks, trajectories and focus groups), milestones
with their state and note, the team's short text per item, the themes asked about most,
signals and info-session ideas, feedback scores.

What counts is defined once, in ``supportdesk.indicators`` (see its docstring): the
figures and the lists behind them are selected here with those same conditions, so the
report, the Overzicht and ``stats`` never disagree, and every list's length equals its
figure. Only what happened up to ``today`` counts; the report is as of the day it is made.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased

from db.models import (
    AdviceTalk,
    Feedback,
    FocusGroup,
    FocusGroupParticipant,
    LocalGovernment,
    Target,
    Theme,
    Trajectory,
    advice_talk_theme,
)
from db.session import Database
from supportdesk.indicators import (
    ADVICE_TALKS,
    FOCUS_GROUPS,
    KEYS,
    TRAJECTORIES,
    IndicatorRecord,
    PlanFigure,
    focus_groups_condition,
    mail_only_condition,
    minutes_to_hours,
    plan_item_records,
    talks_condition,
    trajectories_condition,
    year_bounds,
    year_indicators,
    year_plan_figures,
)
from supportdesk.queries.sorting import name_order
from supportdesk.queries.subjects import join_subjects
from supportdesk.reports.data.common import linked_names_by
from supportdesk.reports.labels import INDICATOR_PLAN_ITEMS, INDICATORS

INDICATOR_KEYS = KEYS


@dataclass(frozen=True)
class IndicatorRow:
    key: str
    label: str
    plan_item: str
    value: int
    target: int | None
    #: dated later in the year (not counted yet), and focus groups dated in the past but
    #: still planned (not counted until confirmed as held): the same as the Overzicht's
    planned: int = 0
    attention: int = 0

    @property
    def reached(self) -> bool | None:
        return None if self.target is None else self.value >= self.target


@dataclass(frozen=True)
class TalkRow:
    date: date
    local_government: str
    channel: str
    themes: list[str]


@dataclass(frozen=True)
class TrajectoryRow:
    local_government: str
    title: str
    status: str
    start_date: date | None
    end_date: date | None
    planned_end_date: date | None


@dataclass(frozen=True)
class FocusGroupRow:
    date: date
    topic: str
    governments: int
    present: int


@dataclass(frozen=True)
class FlagRow:
    date: date
    local_government: str
    note: str


@dataclass(frozen=True)
class FeedbackLine:
    given_on: date
    kind: str  # advice_talk, trajectory, focus_group, local_government
    about: str
    score: int
    text: str


#: plan items whose list is one of the report's own richer lists (talks, trajectories,
#: focus groups), not the records of ``plan_item_records``
OWN_LISTS = ("advice_talk", "trajectory", "focus_group")
HOURS = "participant_hours"


@dataclass(frozen=True)
class PlanEntry:
    """One item of the year's plan: its figure against its target and, for activities
    and publications, the records it counts (by date)."""

    figure: PlanFigure
    records: list[IndicatorRecord] = field(default_factory=list)

    @property
    def scores(self) -> list[Decimal]:
        """The feedback scores of the activities it counts that have one."""
        return [r.feedback_score for r in self.records if r.feedback_score is not None]


@dataclass(frozen=True)
class YearReportData:
    year: int
    indicators: list[IndicatorRow]
    talks: list[TalkRow]
    mail_only: int
    trajectories: list[TrajectoryRow]
    focus_groups: list[FocusGroupRow]
    top_themes: list[tuple[str, int]]
    signals: list[FlagRow] = field(default_factory=list)
    info_session_ideas: list[FlagRow] = field(default_factory=list)
    policy_inputs: list[FlagRow] = field(default_factory=list)
    feedback: list[FeedbackLine] = field(default_factory=list)
    plan: list[PlanEntry] = field(default_factory=list)

    def participant_hours(self) -> Decimal:
        """The participant hours of every activity the plan counts, each once."""
        seen: dict[str, int] = {}  # minutes, summed exactly (3 x 9.33 h is 28 h)
        for entry in self.plan:
            for r in entry.records:
                if r.kind == "activity" and r.participant_minutes is not None:
                    seen[r.id] = r.participant_minutes
        return minutes_to_hours(sum(seen.values())) or Decimal(0)

    def feedback_summary(self) -> list[tuple[str, int, float, Counter[int]]]:
        """Per kind of support: (kind, count, mean score, scores 1-5)."""
        kinds: dict[str, list[int]] = {}
        for f in self.feedback:
            kinds.setdefault(f.kind, []).append(f.score)
        return [
            (kind, len(scores), sum(scores) / len(scores), Counter(scores))
            for kind, scores in kinds.items()
        ]


def _bounds(year: int) -> tuple[date, date]:
    return year_bounds(year)


def year_report_data(
    db: Database,
    year: int,
    progress: Callable[[int, int], None] | None = None,
    today: date | None = None,
) -> YearReportData:
    today = today or date.today()
    steps = 7

    def step(n: int) -> None:
        if progress is not None:
            progress(n, steps)

    with db.read() as session:
        talks = _talks(session, year, today)
        step(1)
        trajectories = _trajectories(session, year, today)
        focus_groups = _focus_groups(session, year, today)
        step(2)
        targets = dict(
            session.execute(select(Target.indicator, Target.value).where(Target.year == year)).all()
        )
        step(3)
        mail_only = session.scalar(
            select(func.count()).select_from(AdviceTalk).where(mail_only_condition(year, today))
        )
        top = _top_themes(session, year)
        step(4)
        signals, ideas, policy = _flags(session, year)
        step(5)
        feedback = _feedback(session, year)
        step(6)
    plan = [
        PlanEntry(
            figure,
            []
            if figure.item.is_milestone or figure.item.counted in OWN_LISTS
            else plan_item_records(db, year, figure.item.key, today),
        )
        # by goal (stable: the plan's order within a goal), so an item added later under
        # SD1 is not reported in a second SD1 after SD3
        for figure in sorted(year_plan_figures(db, year, today), key=lambda f: f.item.goal)
    ]
    step(7)
    counts = {
        ADVICE_TALKS: len(talks),
        TRAJECTORIES: len(trajectories),
        FOCUS_GROUPS: len(focus_groups),
    }
    beside = {i.key: (i.planned, i.attention) for i in year_indicators(db, year, today)}
    return YearReportData(
        year=year,
        indicators=_indicators(counts, targets, beside),
        talks=talks,
        mail_only=int(mail_only or 0),
        trajectories=trajectories,
        focus_groups=focus_groups,
        top_themes=top,
        signals=signals,
        info_session_ideas=ideas,
        policy_inputs=policy,
        feedback=feedback,
        plan=plan,
    )


def _indicators(
    counts: dict[str, int],
    targets: dict[str, int],
    beside: dict[str, tuple[int, int]] | None = None,
) -> list[IndicatorRow]:
    """Each figure is the length of the list the report prints, selected with the shared
    rules of ``supportdesk.indicators`` (so it equals ``year_indicators``)."""
    return [
        IndicatorRow(
            key=key,
            label=INDICATORS[key],
            plan_item=INDICATOR_PLAN_ITEMS[key],
            value=counts[key],
            target=targets.get(key),
            planned=(beside or {}).get(key, (0, 0))[0],
            attention=(beside or {}).get(key, (0, 0))[1],
        )
        for key in INDICATOR_KEYS
    ]


def _talks(session: Session, year: int, today: date) -> list[TalkRow]:
    where = [talks_condition(year, today)]
    ids = select(AdviceTalk.id).where(*where)
    themes = linked_names_by(session, advice_talk_theme, "advice_talk_id", Theme, "theme_id", ids)
    rows = session.execute(
        select(AdviceTalk.id, AdviceTalk.date, LocalGovernment.name, AdviceTalk.channel)
        .join(LocalGovernment, LocalGovernment.id == AdviceTalk.local_government_id)
        .where(*where)
        .order_by(AdviceTalk.date, name_order(LocalGovernment.name), AdviceTalk.id)
    )
    return [TalkRow(d, name, channel, themes.get(tid, [])) for tid, d, name, channel in rows]


def _trajectories(session: Session, year: int, today: date) -> list[TrajectoryRow]:
    rows = session.execute(
        select(
            LocalGovernment.name,
            Trajectory.title,
            Trajectory.status,
            Trajectory.start_date,
            Trajectory.end_date,
            Trajectory.planned_end_date,
        )
        .join(LocalGovernment, LocalGovernment.id == Trajectory.local_government_id)
        .where(trajectories_condition(year, today))
        .order_by(Trajectory.start_date, name_order(LocalGovernment.name), Trajectory.id)
    )
    return [TrajectoryRow(*r) for r in rows]


def _focus_groups(session: Session, year: int, today: date) -> list[FocusGroupRow]:
    governments = (
        select(func.count(func.distinct(FocusGroupParticipant.local_government_id)))
        .where(FocusGroupParticipant.focus_group_id == FocusGroup.id)
        .scalar_subquery()
    )
    present = (
        select(func.count())
        .where(
            FocusGroupParticipant.focus_group_id == FocusGroup.id,
            FocusGroupParticipant.attendance == "present",
        )
        .scalar_subquery()
    )
    rows = session.execute(
        select(FocusGroup.date, FocusGroup.topic, governments, present)
        .where(focus_groups_condition(year, today))
        .order_by(FocusGroup.date, FocusGroup.id)
    )
    return [FocusGroupRow(d, topic, int(g or 0), int(p or 0)) for d, topic, g, p in rows]


def _top_themes(session: Session, year: int, limit: int = 10) -> list[tuple[str, int]]:
    """Themes of every question of the year, mail-only answers included."""
    first, last = _bounds(year)
    count = func.count().label("n")
    rows = session.execute(
        select(Theme.name, count)
        .join(advice_talk_theme, advice_talk_theme.c.theme_id == Theme.id)
        .join(AdviceTalk, AdviceTalk.id == advice_talk_theme.c.advice_talk_id)
        .where(AdviceTalk.date.between(first, last))
        .group_by(Theme.name)
        .order_by(count.desc(), name_order(Theme.name))
        .limit(limit)
    )
    return [(name, int(n)) for name, n in rows]


def _flags(session: Session, year: int) -> tuple[list[FlagRow], list[FlagRow], list[FlagRow]]:
    first, last = _bounds(year)
    rows = session.execute(
        select(
            AdviceTalk.date,
            LocalGovernment.name,
            AdviceTalk.signal,
            AdviceTalk.signal_note,
            AdviceTalk.info_session_idea,
            AdviceTalk.info_session_note,
            AdviceTalk.policy_dossier_input,
            AdviceTalk.policy_dossier_note,
        )
        .join(LocalGovernment, LocalGovernment.id == AdviceTalk.local_government_id)
        .where(
            AdviceTalk.date.between(first, last),
            AdviceTalk.signal | AdviceTalk.info_session_idea | AdviceTalk.policy_dossier_input,
        )
        .order_by(AdviceTalk.date, name_order(LocalGovernment.name), AdviceTalk.id)
    )
    signals: list[FlagRow] = []
    ideas: list[FlagRow] = []
    policy: list[FlagRow] = []
    for d, name, sig, sig_note, idea, idea_note, pol, pol_note in rows:
        if sig:
            signals.append(FlagRow(d, name, sig_note or ""))
        if idea:
            ideas.append(FlagRow(d, name, idea_note or ""))
        if pol:
            policy.append(FlagRow(d, name, pol_note or ""))
    return signals, ideas, policy


def _feedback(session: Session, year: int) -> list[FeedbackLine]:
    first, last = _bounds(year)
    talk_lg = aliased(LocalGovernment)
    traj_lg = aliased(LocalGovernment)
    own_lg = aliased(LocalGovernment)
    columns = select(
        Feedback.given_on,
        Feedback.score,
        Feedback.text,
        Feedback.advice_talk_id,
        Feedback.trajectory_id,
        Feedback.focus_group_id,
        talk_lg.name,
        Trajectory.title,
        traj_lg.name,
        FocusGroup.topic,
        own_lg.name,
    ).select_from(Feedback)
    rows = session.execute(
        join_subjects(columns, Feedback)
        .outerjoin(talk_lg, talk_lg.id == AdviceTalk.local_government_id)
        .outerjoin(traj_lg, traj_lg.id == Trajectory.local_government_id)
        .outerjoin(own_lg, own_lg.id == Feedback.local_government_id)
        .where(Feedback.given_on.between(first, last))
        .order_by(Feedback.given_on, Feedback.id)
    )
    out: list[FeedbackLine] = []
    for given, score, text, talk, traj, group, t_lg, t_title, tr_lg, topic, lg in rows:
        if traj is not None:
            kind, about = "trajectory", f"{t_title or 'traject'} ({tr_lg})"
        elif group is not None:
            kind, about = "focus_group", topic or "focusgroep"
        elif talk is not None:
            kind, about = "advice_talk", t_lg or ""
        else:
            kind, about = "local_government", lg or ""
        out.append(FeedbackLine(given, kind, about, int(score), text or ""))
    return out
