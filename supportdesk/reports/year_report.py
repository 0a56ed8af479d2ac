"""The year report for the Flemish administration: each indicator against its target
with a chart, the records behind each figure, the themes asked about most, signals and
info-session ideas from advice talks, and feedback scores.

It is handed over on paper, so every list is a ruled table whose header repeats on the
next page, and every section starts with a sentence that says what it counts.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path
from typing import Any

from reportlab.platypus import Flowable, KeepTogether, PageBreak, Paragraph, TableStyle

from db.session import Database
from supportdesk.reports.blocks import figure_strip, none_line, text_rows
from supportdesk.reports.charts import count_chart, target_chart
from supportdesk.reports.data.common import join_names
from supportdesk.reports.data.year import FlagRow, IndicatorRow, YearReportData, year_report_data
from supportdesk.reports.labels import (
    CHANNELS,
    TRAJECTORY_STATUSES,
    fmt_date,
    fmt_datetime,
    fmt_long_date,
    fmt_score,
    label,
)
from supportdesk.reports.layout import (
    CONTENT_W,
    Progress,
    ReportMeta,
    build_pdf,
    cells,
    check_writable,
    fields,
    gap,
    table,
)
from supportdesk.reports.styles import FONT_BOLD, Styles, shared_styles
from supportdesk.reports.text import esc

CHART_LABELS = {
    "advice_talks": "adviesgesprekken",
    "trajectories": "trajecten op maat",
    "focus_groups": "focusgroepen",
}
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


def _standing(ind: IndicatorRow) -> str:
    if ind.target is None:
        return "geen doel bepaald"
    if ind.value >= ind.target:
        return "doel bereikt"
    return f"nog {ind.target - ind.value} te gaan"


def _not_counted(ind: IndicatorRow, year: int, styles: Styles) -> list[Flowable]:
    """What the figure leaves out and why, as the Overzicht says it beside the figure."""
    out: list[Flowable] = []
    if ind.planned:
        out.append(
            Paragraph(f"Gepland later in {year}: {ind.planned} (telt nog niet mee).", styles.text)
        )
    if ind.attention:
        word = "focusgroep staat" if ind.attention == 1 else "focusgroepen staan"
        out.append(
            Paragraph(
                f"Te bevestigen: {ind.attention} {word} met een voorbije datum nog als "
                "gepland en telt pas mee wanneer bevestigd is dat ze gehouden werd.",
                styles.cell_alert,
            )
        )
    return out


def build_year_report(
    data: YearReportData, styles: Styles, *, exported_by: str, exported_at: datetime
) -> list[Flowable]:
    story: list[Flowable] = [
        Paragraph(f"Jaarrapport {data.year}", styles.title),
        Paragraph("Actieplan digitale inclusie bij lokale besturen", styles.subtitle),
        fields(
            [
                ("Jaar", f"1 januari – 31 december {data.year}"),
                ("Stand op", fmt_long_date(exported_at.date())),
                ("Opgemaakt door", exported_by),
                ("Geëxporteerd", fmt_datetime(exported_at)),
            ],
            styles,
        ),
        gap(3),
    ]
    story += _targets(data, styles)
    story += _indicator_lists(data, styles)
    story += _themes(data, styles)
    story += _flags(data, styles)
    story += _feedback(data, styles)
    return story


def _targets(data: YearReportData, styles: Styles) -> list[Flowable]:
    rows = [
        [
            *cells([ind.plan_item, ind.label], styles),
            str(ind.value),
            "—" if ind.target is None else str(ind.target),
            Paragraph(esc(_standing(ind)), styles.cell if ind.reached else styles.cell_alert),
        ]
        for ind in data.indicators
    ]
    chart = target_chart(
        [
            (f"{i.plan_item} {CHART_LABELS.get(i.key, i.label)}", i.value, i.target)
            for i in data.indicators
        ],
        CONTENT_W,
    )
    summary = table(
        ["Plan", "Indicator", "Realisatie", "Doel", "Stand"],
        rows,
        [0.10, 0.45, 0.14, 0.10, 0.21],
        styles,
        numeric=(2, 3),
    )
    summary.setStyle(TableStyle([("FONTNAME", (2, 1), (2, -1), FONT_BOLD)]))
    return [
        Paragraph("Doelstellingen en realisaties", styles.h1),
        Paragraph(
            "Wat het team dit jaar deed, naast de doelstellingen van het actieplan. "
            "Achter elk cijfer staat verderop de lijst van wat meetelt.",
            styles.text,
        ),
        gap(1),
        summary,
        gap(5),
        KeepTogether([chart]),
    ]


def _indicator_lists(data: YearReportData, styles: Styles) -> list[Flowable]:
    by_key = {i.key: i for i in data.indicators}
    out: list[Flowable] = [PageBreak()]

    ind = by_key["advice_talks"]
    out += [
        Paragraph(f"{ind.plan_item} · {esc(ind.label)}: {ind.value}", styles.h1),
        Paragraph(
            f"Adviesgesprekken gedateerd in {data.year}. Vragen die enkel per e-mail "
            f"beantwoord werden, tellen niet mee ({data.mail_only} in {data.year}).",
            styles.text,
        ),
        *_not_counted(ind, data.year, styles),
    ]
    if data.talks:
        rows = [
            [
                fmt_date(t.date),
                *cells(
                    [t.local_government, label(CHANNELS, t.channel), join_names(t.themes)], styles
                ),
            ]
            for t in data.talks
        ]
        out.append(
            table(
                ["Datum", "Lokaal bestuur", "Kanaal", "Thema's"],
                rows,
                [0.14, 0.26, 0.17, 0.43],
                styles,
                split_rows=False,
            )
        )
    else:
        out += none_line("Geen adviesgesprekken.", styles)

    ind = by_key["trajectories"]
    out += [
        Paragraph(f"{ind.plan_item} · {esc(ind.label)}: {ind.value}", styles.h1),
        Paragraph(
            f"Trajecten die in {data.year} liepen: gestart op of voor 31/12/{data.year} en "
            f"niet afgelopen voor 01/01/{data.year}.",
            styles.text,
        ),
        *_not_counted(ind, data.year, styles),
    ]
    if data.trajectories:
        rows = [
            cells(
                [
                    t.local_government,
                    t.title,
                    label(TRAJECTORY_STATUSES, t.status),
                    f"{fmt_date(t.start_date)} – {fmt_date(t.end_date or t.planned_end_date, '…')}",
                ],
                styles,
            )
            for t in data.trajectories
        ]
        out.append(
            table(
                ["Lokaal bestuur", "Traject", "Status", "Periode"],
                rows,
                [0.22, 0.40, 0.12, 0.26],
                styles,
                split_rows=False,
            )
        )
    else:
        out += none_line("Geen trajecten.", styles)

    ind = by_key["focus_groups"]
    out += [
        Paragraph(f"{ind.plan_item} · {esc(ind.label)}: {ind.value}", styles.h1),
        Paragraph(f"Focusgroepen gehouden in {data.year}.", styles.text),
        *_not_counted(ind, data.year, styles),
    ]
    if data.focus_groups:
        rows = [
            [
                fmt_date(g.date),
                *cells([g.topic], styles),
                str(g.governments),
                str(g.present),
            ]
            for g in data.focus_groups
        ]
        out.append(
            table(
                ["Datum", "Onderwerp", "Besturen", "Aanwezig"],
                rows,
                [0.14, 0.58, 0.14, 0.14],
                styles,
                split_rows=False,
                numeric=(2, 3),
            )
        )
    else:
        out += none_line("Geen focusgroepen.", styles)
    return out


def _themes(data: YearReportData, styles: Styles) -> list[Flowable]:
    intro: list[Flowable] = [
        Paragraph("Meest gevraagde thema's", styles.h1),
        Paragraph(
            f"Thema's van alle vragen van {data.year}, ook die per e-mail; "
            "een vraag kan meerdere thema's hebben.",
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
        body += text_rows(row, 2, r.note or "(geen toelichting)", widths[2] * CONTENT_W, styles)
    return [table(["Datum", "Lokaal bestuur", "Toelichting"], body, widths, styles)]


def _flags(data: YearReportData, styles: Styles) -> list[Flowable]:
    return [
        Paragraph("Signalen uit de adviesgesprekken", styles.h1),
        Paragraph(
            "Wat adviseurs bij een gesprek aanvinkten als signaal voor een ander bestuur of "
            "een dienstverlener, als idee voor een infosessie of als input voor een "
            "beleidsdossier.",
            styles.text,
        ),
        figure_strip(
            [
                (str(len(data.signals)), "signalen voor andere besturen of dienstverleners"),
                (str(len(data.info_session_ideas)), "ideeën voor infosessies"),
                (str(len(data.policy_inputs)), "inputs voor beleidsdossiers"),
            ],
            styles,
        ),
        Paragraph("Signalen voor andere besturen of dienstverleners", styles.h2),
        *_flag_table(data.signals, styles, "Geen signalen."),
        Paragraph("Ideeën voor infosessies", styles.h2),
        *_flag_table(data.info_session_ideas, styles, "Geen ideeën."),
        Paragraph("Input voor beleidsdossiers", styles.h2),
        *_flag_table(data.policy_inputs, styles, "Geen input."),
    ]


def _feedback(data: YearReportData, styles: Styles) -> list[Flowable]:
    out: list[Flowable] = [
        Paragraph("Feedback van de lokale besturen", styles.h1),
        Paragraph(
            f"Scores van 1 (slecht) tot 5 (uitstekend), gegeven in {data.year}.",
            styles.text,
        ),
    ]
    summary = data.feedback_summary()
    if not summary:
        return [*out, *none_line("Geen feedback ontvangen.", styles)]
    order = list(FEEDBACK_KINDS)
    summary.sort(key=lambda s: order.index(s[0]) if s[0] in order else len(order))
    rows = [
        [
            *cells([FEEDBACK_KINDS.get(kind, kind)], styles),
            str(n),
            fmt_score(mean),
            *(str(dist.get(score, 0)) for score in range(1, 6)),
        ]
        for kind, n, mean, dist in summary
    ]
    total = sum(f.score for f in data.feedback) / len(data.feedback)
    rows.append(
        [
            Paragraph("Samen", styles.cell_bold),
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
        out.append(Paragraph("Wat de lokale besturen schreven", styles.h2))
        widths = [0.14, 0.28, 0.09, 0.49]
        body: list[list[Any]] = []
        for f in with_text:  # a long text goes on in rows below (text_rows)
            row = [
                fmt_date(f.given_on),
                *cells([f"{FEEDBACK_ABOUT.get(f.kind, f.kind)}: {f.about}"], styles),
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


def render_year_report(
    db: Database,
    year: int,
    out_path: str | os.PathLike[str],
    *,
    exported_by: str,
    progress: Progress | None = None,
    exported_at: datetime | None = None,
) -> Path:
    """Write the year report of ``year``."""
    check_writable(out_path)
    exported_at = exported_at or datetime.now().replace(microsecond=0)
    data = year_report_data(db, year)
    story = build_year_report(
        data, shared_styles(), exported_by=exported_by, exported_at=exported_at
    )
    meta = ReportMeta(
        title=f"Jaarrapport {year} digitale inclusie",
        subject=f"Jaarrapport {year} · actieplan digitale inclusie",
        author=exported_by,
        exported_at=exported_at,
    )
    return build_pdf(out_path, meta, story, progress)
