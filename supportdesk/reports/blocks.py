"""Pieces several reports print the same way: follow-up actions, feedback, a
trajectory's body, a summary-figures strip."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from reportlab.platypus import Flowable, Paragraph, Table, TableStyle

from supportdesk.reports.data.common import FeedbackRow, FollowUpRow, join_names
from supportdesk.reports.data.trajectory import TrajectoryData
from supportdesk.reports.labels import (
    CONTACT_FORMS,
    STARTING_POSITIONS,
    TRAJECTORY_STATUSES,
    fmt_date,
    label,
    yes_no,
)
from supportdesk.reports.layout import CONTENT_W, cells, fields, gap, para, table, text_block
from supportdesk.reports.styles import ACCENT_LIGHT, FONT, RULE, Styles
from supportdesk.reports.text import esc


def follow_up_table(rows: Sequence[FollowUpRow], styles: Styles, today: date) -> list[Flowable]:
    if not rows:
        return []
    body = []
    for f in rows:
        state = f.state(today)
        if f.done_date is not None:
            state = f"afgerond op {fmt_date(f.done_date)}"
        text = f.description if not f.notes.strip() else f"{f.description}\n{f.notes}"
        row: list[Any] = cells([text, f.owner or "—", fmt_date(f.due_date)], styles)
        style = styles.cell_alert if state == "te laat" else styles.cell
        row.append(Paragraph(esc(state), style))
        body.append(row)
    widths = [0.50, 0.18, 0.14, 0.18]
    t = table(["Opvolgactie", "Eigenaar", "Deadline", "Stand"], body, widths, styles)
    return [Paragraph("Opvolgacties", styles.label), t]


def _one_line(value: object) -> str:
    return "" if value is None else " ".join(str(value).split())


# The compact forms below are for long histories: each is a paragraph in ONE style,
# which ReportLab breaks into lines on its fast path (a paragraph mixing fonts or
# colours, or a table of paragraphs, costs several times more).


def facts_para(pairs: Sequence[tuple[str, object]], styles: Styles) -> Paragraph:
    """Label: value pairs on one muted line (compact form of ``fields``)."""
    return para("  ·  ".join(f"{k}: {_one_line(v) or '—'}" for k, v in pairs), styles.facts)


def labelled_para(label_text: str, value: str, styles: Styles) -> list[Flowable]:
    """Free text with its label in the left margin (compact form of ``text_block``):
    the label is the paragraph's bullet, so the text stays one single-style paragraph."""
    if not value.strip():
        return []
    return [para(value, styles.hanging, bullet=label_text)]


def follow_up_lines(rows: Sequence[FollowUpRow], styles: Styles, today: date) -> list[Flowable]:
    """Follow-up actions as a list, overdue ones in the alert colour (compact table)."""
    if not rows:
        return []
    out: list[Flowable] = [Paragraph("Opvolgacties", styles.label)]
    for f in rows:
        state = f.state(today)
        if f.done_date is not None:
            state = f"afgerond op {fmt_date(f.done_date)}"
        bits = [f.owner, f"deadline {fmt_date(f.due_date)}" if f.due_date else "", state]
        text = f.description + (f" ({f.notes})" if f.notes.strip() else "")
        line = f"{text} — {' · '.join(b for b in bits if b)}"
        style = styles.bullet_alert if f.state(today) == "te laat" else styles.bullet
        out.append(para(_one_line(line), style, bullet="•"))
    return out


def feedback_block(rows: Sequence[FeedbackRow], styles: Styles) -> list[Flowable]:
    if not rows:
        return []
    out: list[Flowable] = [Paragraph("Feedback", styles.label)]
    for f in rows:
        line = f"<b>{f.score}/5</b> · {fmt_date(f.given_on)}"
        if f.text.strip():
            line += f" — {esc(f.text)}"
        out.append(Paragraph(line, styles.text))
    return out


def period(start: date | None, end: date | None, planned_end: date | None) -> str:
    if start is None:
        return "nog niet gestart"
    if end is not None:
        return f"{fmt_date(start)} – {fmt_date(end)}"
    if planned_end is not None:
        return f"sinds {fmt_date(start)} (gepland tot {fmt_date(planned_end)})"
    return f"sinds {fmt_date(start)}"


def trajectory_facts(t: TrajectoryData) -> list[tuple[str, object]]:
    steps = []
    if t.requested_on:
        steps.append(f"aanvraag {fmt_date(t.requested_on)}")
    if t.intake_on:
        steps.append(f"intake {fmt_date(t.intake_on)}")
    pairs: list[tuple[str, object]] = [
        ("Status", label(TRAJECTORY_STATUSES, t.status)),
        ("Periode", period(t.start_date, t.end_date, t.planned_end_date)),
    ]
    if steps:
        pairs.append(("Voorafgaand", ", ".join(steps)))
    pairs += [
        ("Startpositie", label(STARTING_POSITIONS, t.starting_position)),
        ("Begeleiding", join_names(t.coaches) or "—"),
        ("Contactpersonen", join_names(t.contacts) or "—"),
        ("Thema's", join_names(t.themes) or "—"),
        ("Mediawijs betrokken", yes_no(t.mediawijs_involved)),
    ]
    if t.origin_talk:
        pairs.append(("Vloeit voort uit", f"adviesgesprek van {fmt_date(t.origin_talk)}"))
    return pairs


def contact_moment_table(t: TrajectoryData, styles: Styles) -> list[Flowable]:
    if not t.contact_moments:
        return [Paragraph("Contactmomenten", styles.label), Paragraph("Nog geen.", styles.muted)]
    rows = [
        cells(
            [
                fmt_date(m.date),
                label(CONTACT_FORMS, m.form),
                join_names([*m.contacts, *m.team_members]) or "—",
                m.notes,
            ],
            styles,
        )
        for m in t.contact_moments
    ]
    return [
        Paragraph(f"Contactmomenten ({len(rows)})", styles.label),
        table(["Datum", "Vorm", "Wie", "Notities"], rows, [0.14, 0.13, 0.25, 0.48], styles),
    ]


def trajectory_body(
    t: TrajectoryData, styles: Styles, today: date, *, compact: bool = False
) -> list[Flowable]:
    """Everything of a trajectory below its heading; ``compact`` for a long history."""
    block = labelled_para if compact else text_block
    partners = "Partners" if compact else "Betrokkenheid van partners"
    out: list[Flowable] = [
        facts_para(trajectory_facts(t), styles) if compact else fields(trajectory_facts(t), styles)
    ]
    out += block("Noden", t.needs, styles)
    out += block("Doelen", t.goals, styles)
    out += block("Aanpak", t.approach, styles)
    out += block(partners, t.partner_involvement, styles)
    out += block("Notities", t.notes, styles)
    out += contact_moment_table(t, styles)
    if compact:
        out += follow_up_lines(t.follow_ups, styles, today)
    else:
        out += follow_up_table(t.follow_ups, styles, today)
    out += feedback_block(t.feedback, styles)
    return out


def figure_strip(figures: Sequence[tuple[str, str]], styles: Styles) -> Table:
    """Big numbers in a row of boxes: (figure, caption)."""
    top = [Paragraph(esc(f), styles.figure) for f, _ in figures]
    bottom = [Paragraph(esc(c), styles.small) for _, c in figures]
    width = CONTENT_W / len(figures)
    t = Table([top, bottom], colWidths=[width] * len(figures), hAlign="LEFT")
    t.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), FONT),
                ("BACKGROUND", (0, 0), (-1, -1), ACCENT_LIGHT),
                ("LINEAFTER", (0, 0), (-2, -1), 2, "white"),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, 0), 6),
                ("BOTTOMPADDING", (0, -1), (-1, -1), 7),
                ("BOX", (0, 0), (-1, -1), 0.4, RULE),
            ]
        )
    )
    return t


def none_line(text: str, styles: Styles) -> list[Flowable]:
    return [Paragraph(esc(text), styles.muted), gap(1)]
