"""The year report for the Flemish administration: per strategic goal (SD1-SD3) and item
of the year's plan the figure against the target (a chart beside the table), the team's
short text about the item, and the list behind the figure — activities with their
participants, participant hours and feedback scores, publications, advice talks,
trajectories, focus groups — or a milestone's state and note; then the themes asked
about most, signals and info-session ideas from advice talks, and all feedback scores.

It is handed over on paper, so every list is a ruled table whose header repeats on the
next page, and every section starts with a sentence that says what it counts.
"""

from __future__ import annotations

import os
from collections.abc import Iterator, Sequence
from datetime import datetime
from decimal import Decimal
from pathlib import Path
from typing import Any, Unpack

from reportlab.platypus import Flowable, KeepTogether, PageBreak, Paragraph, TableStyle

from db.session import Database
from supportdesk.indicators import PlanFigure
from supportdesk.plan_labels import GOALS, MILESTONE_STATES
from supportdesk.reports.blocks import figure_strip, long_text, none_line, text_rows
from supportdesk.reports.charts import count_chart, target_chart
from supportdesk.reports.data.year import (
    HOURS,
    FlagRow,
    PlanEntry,
    YearReportData,
    year_report_data,
)
from supportdesk.reports.labels import (
    fmt_date,
    fmt_datetime,
    fmt_long_date,
    fmt_score,
    label,
)
from supportdesk.reports.language import tr
from supportdesk.reports.layout import (
    CONTENT_W,
    ExportOptions,
    cells,
    fields,
    gap,
    render_report,
    table,
)
from supportdesk.reports.styles import FONT_BOLD, Styles
from supportdesk.reports.text import esc
from supportdesk.reports.year_lists import fmt_hours, item_list

FEEDBACK_ABOUT = {
    "advice_talk": "Adviesgesprek",
    "trajectory": "Traject",
    "focus_group": "Focusgroep",
    "local_government": "Ondersteuning",
}
FEEDBACK_KINDS = {
    "advice_talk": "Adviesgesprekken",
    "trajectory": "Ondersteuningstrajecten",
    "focus_group": "Focusgroepen",
    "local_government": "Andere ondersteuning",
}


def _number(entry: PlanEntry, value: Decimal | int | None) -> str:
    """A count, or participant hours with a decimal comma (57,5)."""
    if entry.figure.unit == HOURS:
        return fmt_hours(value)
    return str(int(value or 0))


def _target_text(entry: PlanEntry) -> str:
    if entry.figure.item.is_milestone:
        return tr("mijlpaal")
    target = entry.figure.target
    return "—" if target is None else _number(entry, target)


def _standing(entry: PlanEntry) -> str:
    fig = entry.figure
    if fig.item.is_milestone:
        return label(MILESTONE_STATES, fig.item.milestone_state)
    if fig.target is None:
        return tr("geen doel bepaald")
    done = fig.value or 0
    if done >= fig.target:
        return tr("doel bereikt")
    return tr("nog {n} te gaan").format(n=_number(entry, fig.target - done))


ATTENTION_WORDS: dict[str, tuple[str, str]] = {
    "focus_group": ("focusgroep staat", "focusgroepen staan"),
    "activity": ("activiteit staat", "activiteiten staan"),
}


def _not_counted(fig: PlanFigure, year: int, styles: Styles) -> list[Flowable]:
    """What the figure leaves out and why, as the Overzicht says it beside the figure."""
    out: list[Flowable] = []
    if fig.planned:
        out.append(
            Paragraph(
                tr("Gepland later in {year}: {n} (telt nog niet mee).").format(
                    year=year, n=fig.planned
                ),
                styles.text,
            )
        )
    if fig.attention:
        one, more = ATTENTION_WORDS.get(fig.item.counted, ("record staat", "records staan"))
        word = tr(one if fig.attention == 1 else more)
        text = tr(
            "Te bevestigen: {n} {word} met een voorbije datum nog als "
            "gepland en telt pas mee wanneer bevestigd is dat ze gehouden werd."
        )
        out.append(
            Paragraph(
                esc(text.format(n=fig.attention, word=word)),
                styles.cell_alert,
            )
        )
    return out


def build_year_report(
    data: YearReportData, styles: Styles, *, exported_by: str, exported_at: datetime
) -> list[Flowable]:
    story: list[Flowable] = [
        Paragraph(tr("Jaarrapport {year}").format(year=data.year), styles.title),
        Paragraph(tr("Actieplan digitale inclusie bij lokale besturen"), styles.subtitle),
        fields(
            [
                ("Jaar", tr("1 januari – 31 december {year}").format(year=data.year)),
                ("Stand op", fmt_long_date(exported_at.date())),
                ("Opgemaakt door", exported_by),
                ("Geëxporteerd", fmt_datetime(exported_at)),
            ],
            styles,
        ),
        gap(3),
    ]
    story += _targets(data, styles)
    story += _plan(data, styles)
    story += _themes(data, styles)
    story += _flags(data, styles)
    story += _feedback(data, styles)
    return story


def _targets(data: YearReportData, styles: Styles) -> list[Flowable]:
    rows: list[list[Any]] = []
    goal_rows: list[int] = []
    for goal, entry in _by_goal(data.plan):
        item = entry.figure.item
        if goal:
            goal_rows.append(len(rows) + 1)  # + the header row
            rows.append([Paragraph(esc(label(GOALS, goal)), styles.cell_bold), "", "", "", ""])
        fig = entry.figure
        milestone = item.is_milestone
        rows.append(
            [
                *cells([item.code, item.text], styles),
                "—" if milestone else _number(entry, fig.value),
                tr("mijlpaal")
                if milestone
                else "—"
                if fig.target is None
                else _number(entry, fig.target),
                Paragraph(
                    esc(_standing(entry)),
                    styles.cell if fig.reached or milestone else styles.cell_alert,
                ),
            ]
        )
    summary = table(
        ["Plan", "Wat het plan vraagt", "Realisatie", "Doel", "Stand"],
        rows,
        [0.10, 0.47, 0.13, 0.10, 0.20],
        styles,
        numeric=(2, 3),
    )
    summary.setStyle(
        TableStyle(
            [("FONTNAME", (2, 1), (2, -1), FONT_BOLD)]
            + [("SPAN", (0, r), (-1, r)) for r in goal_rows]
        )
    )
    # counts only: participant hours (hundreds) on the same scale would flatten them
    charted = [
        e
        for e in data.plan
        if not e.figure.item.is_milestone and e.figure.target and e.figure.unit != HOURS
    ]
    chart = target_chart(
        [
            (
                f"{e.figure.item.code} {e.figure.item.text}",
                int(e.figure.value or 0),
                e.figure.target,
            )
            for e in charted
        ],
        CONTENT_W,
    )
    activities = len({r.id for e in data.plan for r in e.records if r.kind == "activity"})
    no_plan = Paragraph(esc(tr("Geen jaarplan voor {year}.").format(year=data.year)), styles.muted)
    return [
        Paragraph(tr("Doelstellingen en realisaties"), styles.h1),
        Paragraph(
            tr(
                "Wat het team dit jaar deed, naast elk item van het actieplan. Enkel wat "
                "plaatsvond telt mee; achter elk cijfer staat verderop de lijst van wat meetelt."
            ),
            styles.text,
        ),
        figure_strip(
            [
                (str(activities), tr("activiteiten van het plan gehouden")),
                (fmt_hours(data.participant_hours()), tr("deelnemersuren aan die activiteiten")),
                (
                    str(sum(1 for e in data.plan if e.figure.reached)),
                    tr("items met het doel bereikt"),
                ),
            ],
            styles,
        ),
        gap(1),
        summary if rows else no_plan,
        gap(5),
        *([KeepTogether([chart])] if charted else []),
    ]


def _plan(data: YearReportData, styles: Styles) -> list[Flowable]:
    """Per goal and item: the figure, the team's text, and the list behind it."""
    out: list[Flowable] = []
    for goal, entry in _by_goal(data.plan):
        if goal:
            out += [PageBreak(), Paragraph(esc(label(GOALS, goal)), styles.h1)]
        out += _item(entry, data, styles)
    return out


def _by_goal(plan: Sequence[PlanEntry]) -> Iterator[tuple[str, PlanEntry]]:
    """Each entry of the plan (ordered by goal), with its goal when it is the first of
    that goal, else with ""."""
    goal = ""
    for entry in plan:
        starts = entry.figure.item.goal != goal
        goal = entry.figure.item.goal
        yield (goal if starts else ""), entry


def _item(entry: PlanEntry, data: YearReportData, styles: Styles) -> list[Flowable]:
    fig = entry.figure
    item = fig.item
    if item.is_milestone:
        head = f"{item.code} · {esc(item.text)}"
    else:
        head = f"{item.code} · {esc(item.text)}: {_number(entry, fig.value)}"
    out: list[Flowable] = [Paragraph(head, styles.h2)]
    if item.is_milestone:
        state = tr("Stand: {state}.").format(state=_standing(entry))
        out.append(Paragraph(esc(state), styles.text))
        if item.note.strip():
            out += long_text(item.note, styles.text, styles)
    elif fig.target is not None:
        out.append(
            Paragraph(
                esc(
                    tr("Doel: {target} — {state}.").format(
                        target=_number(entry, fig.target), state=_standing(entry)
                    )
                ),
                styles.text,
            )
        )
    if item.report_text.strip():
        out += long_text(item.report_text, styles.text, styles)
    if item.is_milestone:
        return out
    out += _not_counted(fig, data.year, styles)
    return out + item_list(entry, data, styles)


def _themes(data: YearReportData, styles: Styles) -> list[Flowable]:
    intro: list[Flowable] = [
        Paragraph(tr("Meest gevraagde thema's"), styles.h1),
        Paragraph(
            tr(
                "Thema's van alle vragen van {year}, ook die per e-mail; "
                "een vraag kan meerdere thema's hebben."
            ).format(year=data.year),
            styles.text,
        ),
        gap(1),
    ]
    if not data.top_themes:
        return [*intro, *none_line("Geen thema's geregistreerd.", styles)]
    return [KeepTogether([*intro, count_chart(data.top_themes, CONTENT_W)])]


def _flag_table(rows: Sequence[FlagRow], styles: Styles, empty: str) -> list[Flowable]:
    if not rows:
        return none_line(empty, styles)
    widths = [0.14, 0.24, 0.62]
    body: list[list[Any]] = []
    for r in rows:  # a long note goes on in rows below (text_rows): linear in its length
        row = [fmt_date(r.date), *cells([r.local_government, ""], styles)]
        body += text_rows(row, 2, r.note or tr("(geen toelichting)"), widths[2] * CONTENT_W, styles)
    return [table(["Datum", "Lokaal bestuur", "Toelichting"], body, widths, styles)]


def _flags(data: YearReportData, styles: Styles) -> list[Flowable]:
    return [
        Paragraph(tr("Signalen uit de adviesgesprekken"), styles.h1),
        Paragraph(
            tr(
                "Wat adviseurs bij een gesprek aanvinkten als signaal voor een ander bestuur of "
                "een dienstverlener, als idee voor een infosessie of als input voor een "
                "beleidsdossier."
            ),
            styles.text,
        ),
        figure_strip(
            [
                (str(len(data.signals)), tr("signalen voor andere besturen of dienstverleners")),
                (str(len(data.info_session_ideas)), tr("ideeën voor infosessies")),
                (str(len(data.policy_inputs)), tr("inputs voor beleidsdossiers")),
            ],
            styles,
        ),
        Paragraph(tr("Signalen voor andere besturen of dienstverleners"), styles.h2),
        *_flag_table(data.signals, styles, "Geen signalen."),
        Paragraph(tr("Ideeën voor infosessies"), styles.h2),
        *_flag_table(data.info_session_ideas, styles, "Geen ideeën."),
        Paragraph(tr("Input voor beleidsdossiers"), styles.h2),
        *_flag_table(data.policy_inputs, styles, "Geen input."),
    ]


def _feedback(data: YearReportData, styles: Styles) -> list[Flowable]:
    out: list[Flowable] = [
        Paragraph(tr("Feedback van de lokale besturen"), styles.h1),
        Paragraph(
            tr("Scores van 1 (slecht) tot 5 (uitstekend), gegeven in {year}.").format(
                year=data.year
            ),
            styles.text,
        ),
    ]
    out += _activity_feedback(data, styles)
    summary = data.feedback_summary()
    if not summary:
        return [*out, *none_line("Geen feedback ontvangen.", styles)]
    order = list(FEEDBACK_KINDS)
    summary.sort(key=lambda s: order.index(s[0]) if s[0] in order else len(order))
    rows = [
        [
            *cells([tr(FEEDBACK_KINDS.get(kind, kind))], styles),
            str(n),
            fmt_score(mean),
            *(str(dist.get(score, 0)) for score in range(1, 6)),
        ]
        for kind, n, mean, dist in summary
    ]
    total = sum(f.score for f in data.feedback) / len(data.feedback)
    rows.append(
        [
            Paragraph(tr("Samen"), styles.cell_bold),
            str(len(data.feedback)),
            fmt_score(total),
            *(str(sum(1 for f in data.feedback if f.score == s)) for s in range(1, 6)),
        ]
    )
    out.append(
        table(
            ["Soort ondersteuning", "Aantal", "Gemiddeld", "1", "2", "3", "4", "5"],
            rows,
            [0.31, 0.11, 0.13, 0.09, 0.09, 0.09, 0.09, 0.09],
            styles,
            numeric=tuple(range(1, 8)),
        )
    )
    with_text = [f for f in data.feedback if f.text.strip()]
    if with_text:
        out.append(Paragraph(tr("Wat de lokale besturen schreven"), styles.h2))
        widths = [0.14, 0.28, 0.09, 0.49]
        body: list[list[Any]] = []
        for f in with_text:  # a long text goes on in rows below (text_rows)
            row = [
                fmt_date(f.given_on),
                *cells([f"{tr(FEEDBACK_ABOUT.get(f.kind, f.kind))}: {f.about}"], styles),
                f"{f.score}/5",
                "",
            ]
            body += text_rows(row, 3, f.text, widths[3] * CONTENT_W, styles)
        out.append(
            table(
                ["Datum", "Over", "Score", "Feedback"],
                body,
                widths,
                styles,
                numeric=(2,),
            )
        )
    return out


def _activity_feedback(data: YearReportData, styles: Styles) -> list[Flowable]:
    """Per item of activities: how many had a feedback survey and the mean score."""
    rows = []
    for entry in data.plan:
        scores = entry.scores
        if entry.figure.unit == HOURS or not scores:
            continue
        item = entry.figure.item
        rows.append(
            [
                *cells([item.code, item.text], styles),
                str(len(scores)),
                fmt_score(float(sum(scores) / len(scores))),
            ]
        )
    if not rows:
        return []
    return [
        Paragraph(tr("Feedback op activiteiten"), styles.h2),
        Paragraph(
            tr(
                "De gemiddelde score van de bevraging na elke activiteit (1 tot 5), per item "
                "van het plan."
            ),
            styles.text,
        ),
        table(
            ["Plan", "Activiteiten", "Met feedback", "Gemiddeld"],
            rows,
            [0.10, 0.60, 0.15, 0.15],
            styles,
            numeric=(2, 3),
        ),
        Paragraph(tr("Feedback van de lokale besturen op de ondersteuning"), styles.h2),
    ]


def render_year_report(
    db: Database,
    year: int,
    out_path: str | os.PathLike[str],
    **options: Unpack[ExportOptions],
) -> Path:
    """Write the year report of ``year``."""
    return render_report(
        out_path, lambda: year_report_data(db, year), build_year_report, _titles, **options
    )


def _titles(data: YearReportData) -> tuple[str, str]:
    return (
        tr("Jaarrapport {year} digitale inclusie").format(year=data.year),
        tr("Jaarrapport {year} · actieplan digitale inclusie").format(year=data.year),
    )
