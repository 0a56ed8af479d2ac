"""The list behind each figure of the year report: the advice talks, trajectories,
focus groups, activities or publications an item of the plan counts, as a ruled table
(or, when it counts nothing, a line that says so)."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from typing import Any

from reportlab.platypus import Flowable, Paragraph

from supportdesk.indicators import minutes_to_hours
from supportdesk.reports.blocks import none_line
from supportdesk.reports.data.common import join_names
from supportdesk.reports.data.year import PlanEntry, YearReportData
from supportdesk.reports.labels import CHANNELS, TRAJECTORY_STATUSES, fmt_date, fmt_score, label
from supportdesk.reports.language import tr
from supportdesk.reports.layout import cells, table
from supportdesk.reports.styles import Styles

#: what an item's list holds, said when it counts nothing
NOTHING: dict[str, str] = {
    "activity": "Nog geen activiteiten die meetellen.",
    "publication": "Nog geen publicaties die meetellen.",
}


def fmt_hours(value: Decimal | int | None) -> str:
    """Participant hours with a decimal comma: 57,5; 100; empty for none."""
    if value is None:
        return ""
    text = f"{Decimal(value):.2f}".rstrip("0").rstrip(".")
    return text.replace(".", ",")


def item_list(entry: PlanEntry, data: YearReportData, styles: Styles) -> list[Flowable]:
    """The list of what ``entry`` counts, by the kind of record it counts."""
    lists = {
        "advice_talk": _talk_list,
        "trajectory": _trajectory_list,
        "focus_group": _focus_group_list,
        "publication": _publication_list,
    }
    return lists.get(entry.figure.item.counted, _activity_list)(entry, data, styles)


def _listed(
    intro: list[Flowable],
    empty: str,
    headers: Sequence[str],
    rows: Sequence[Sequence[Any]],
    widths: Sequence[float],
    styles: Styles,
    numeric: Sequence[int] = (),
) -> list[Flowable]:
    """What an item's list is (``intro``), then its table, or ``empty`` in words."""
    if not rows:
        return [*intro, *none_line(empty, styles)]  # none_line translates
    return [
        *intro,
        table(headers, rows, widths, styles, split_rows=False, numeric=numeric),
    ]


def _talk_list(entry: PlanEntry, data: YearReportData, styles: Styles) -> list[Flowable]:
    intro = Paragraph(
        tr(
            "Adviesgesprekken gedateerd in {year}. Vragen die enkel per e-mail "
            "beantwoord werden, tellen niet mee ({n} in {year})."
        ).format(year=data.year, n=data.mail_only),
        styles.text,
    )
    rows = [
        [
            fmt_date(t.date),
            *cells([t.local_government, label(CHANNELS, t.channel), join_names(t.themes)], styles),
        ]
        for t in data.talks
    ]
    headers = ["Datum", "Lokaal bestuur", "Kanaal", "Thema's"]
    widths = [0.14, 0.26, 0.17, 0.43]
    return _listed([intro], "Geen adviesgesprekken.", headers, rows, widths, styles)


def _trajectory_list(entry: PlanEntry, data: YearReportData, styles: Styles) -> list[Flowable]:
    intro = Paragraph(
        tr(
            "Trajecten die in {year} liepen: gestart op of voor 31/12/{year} en "
            "niet afgelopen voor 01/01/{year}."
        ).format(year=data.year),
        styles.text,
    )
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
    headers = ["Lokaal bestuur", "Traject", "Status", "Periode"]
    widths = [0.22, 0.40, 0.12, 0.26]
    return _listed([intro], "Geen trajecten.", headers, rows, widths, styles)


def _focus_group_list(entry: PlanEntry, data: YearReportData, styles: Styles) -> list[Flowable]:
    intro = Paragraph(tr("Focusgroepen gehouden in {year}.").format(year=data.year), styles.text)
    rows = [
        [fmt_date(g.date), *cells([g.topic], styles), str(g.governments), str(g.present)]
        for g in data.focus_groups
    ]
    headers = ["Datum", "Onderwerp", "Besturen", "Aanwezig"]
    widths = [0.14, 0.58, 0.14, 0.14]
    return _listed([intro], "Geen focusgroepen.", headers, rows, widths, styles, (2, 3))


def _activity_list(entry: PlanEntry, data: YearReportData, styles: Styles) -> list[Flowable]:
    """The activities an item counts, with participants, participant hours and the
    feedback score; a line with the sums under it."""
    if not entry.records:
        return none_line(NOTHING["activity"], styles)
    rows: list[list[Any]] = [
        [
            fmt_date(r.date),
            *cells([r.title, r.government], styles),
            "" if r.participants is None else str(r.participants),
            fmt_hours(r.participant_hours),
            fmt_score(float(r.feedback_score)) if r.feedback_score is not None else "—",
        ]
        for r in entry.records
    ]
    # summed in minutes as the figure is, not the lines' hours rounded to hundredths
    hours = minutes_to_hours(sum(r.participant_minutes or 0 for r in entry.records))
    people = sum(r.participants or 0 for r in entry.records)
    scores = entry.scores
    mean = float(sum(scores) / len(scores)) if scores else None
    rows.append(
        [
            Paragraph(tr("Samen"), styles.cell_bold),
            "",
            "",
            str(people),
            fmt_hours(hours),
            fmt_score(mean),
        ]
    )
    headers = ["Datum", "Activiteit", "Lokale besturen", "Deelnemers", "Deelnemersuren", "Feedback"]
    widths = [0.13, 0.275, 0.14, 0.145, 0.19, 0.12]  # heads and dates unbroken (8.5 pt bold)
    return _listed([], NOTHING["activity"], headers, rows, widths, styles, (3, 4, 5))


def _publication_list(entry: PlanEntry, data: YearReportData, styles: Styles) -> list[Flowable]:
    rows = [[fmt_date(r.date), *cells([r.title, r.government], styles)] for r in entry.records]
    headers = ["Gepubliceerd", "Titel", "Over"]
    return _listed([], NOTHING["publication"], headers, rows, [0.16, 0.58, 0.26], styles)
