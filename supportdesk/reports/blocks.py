"""Pieces several reports print the same way: follow-up actions, feedback, a
trajectory's body, a summary-figures strip."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from reportlab.lib.styles import ParagraphStyle
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
from supportdesk.reports.language import tr
from supportdesk.reports.layout import (
    BODY_W,
    CELL_PADDING,
    CONTENT_W,
    MARGIN_BOTTOM,
    MARGIN_TOP,
    PAGE_H,
    cells,
    fields,
    gap,
    markup,
    para,
    table,
    text_block,
)
from supportdesk.reports.styles import ACCENT_LIGHT, FONT, RULE, Styles
from supportdesk.reports.text import esc, pieces, printable

# One text prints on at most this many pages; the rest is left to the app. The longest
# text the services accept (100,000 characters) fills some 25 pages as prose, so only
# text of a degenerate shape (tens of thousands of near-empty lines) is ever cut.
MAX_PAGES_PER_TEXT = 30
TRUNCATED = "(ingekort, zie de app)"
_FRAME_H = PAGE_H - MARGIN_TOP - MARGIN_BOTTOM


def follow_up_table(rows: Sequence[FollowUpRow], styles: Styles, today: date) -> list[Flowable]:
    if not rows:
        return []
    body: list[list[Any]] = []
    widths = [0.50, 0.18, 0.14, 0.18]
    for f in rows:
        state = tr(f.state(today))
        if f.done_date is not None:
            state = tr("afgerond op {date}").format(date=fmt_date(f.done_date))
        text = f.description if not f.notes.strip() else f"{f.description}\n{f.notes}"
        row: list[Any] = cells(["", f.owner or "—", fmt_date(f.due_date)], styles)
        style = styles.cell_alert if f.state(today) == "te laat" else styles.cell
        row.append(Paragraph(esc(state), style))
        body += text_rows(row, 0, text, widths[0] * CONTENT_W, styles)
    t = table(["Opvolgactie", "Eigenaar", "Deadline", "Stand"], body, widths, styles)
    return [para(tr("Opvolgacties"), styles.label), t]


def text_rows(row: list[Any], at: int, text: str, width: float, styles: Styles) -> list[list[Any]]:
    """``row`` with ``text`` in column ``at`` (``width`` wide); a long text goes on in
    rows below, a piece each, so a table never holds one giant cell (ReportLab splits
    such a row over pages at a cost that grows much faster than the text)."""
    if not text.strip():
        return [[*row[:at], text, *row[at + 1 :]]]
    parts, cut = text_pieces(text, styles.cell, width - CELL_PADDING)
    if len(parts) == 1 and not cut:
        return [[*row[:at], text, *row[at + 1 :]]]  # the table prints it as before
    blank = [""] * len(row)
    out = [[*row[:at], parts[0], *row[at + 1 :]]]
    out += [[*blank[:at], piece, *blank[at + 1 :]] for piece in parts[1:]]
    if cut:
        out.append([*blank[:at], para(tr(TRUNCATED), styles.muted), *blank[at + 1 :]])
    return out


def _one_line(value: object) -> str:
    return "" if value is None else " ".join(str(value).split())


# The compact forms below are for long histories: each is a paragraph in ONE style,
# which ReportLab breaks into lines on its fast path (a paragraph mixing fonts or
# colours, or a table of paragraphs, costs several times more).


def facts_para(pairs: Sequence[tuple[str, object]], styles: Styles) -> Paragraph:
    """Label: value pairs on one muted line (compact form of ``fields``)."""
    return para("  ·  ".join(f"{tr(k)}: {_one_line(v) or '—'}" for k, v in pairs), styles.facts)


def labelled_para(label_text: str, value: str, styles: Styles) -> list[Flowable]:
    """Free text with its label in the left margin (compact form of ``text_block``):
    the label is the bullet of the text's first paragraph, each one single-style."""
    if not value.strip():
        return []
    return long_text(value, styles.hanging, styles, bullet=tr(label_text))


_PIECE_STYLES: dict[tuple[int, bool, bool], tuple[ParagraphStyle, ParagraphStyle]] = {}


def _piece_style(style: ParagraphStyle, first: bool, last: bool) -> ParagraphStyle:
    """``style`` for one piece of a text: the space before only above the first piece,
    the space after only below the last, so the pieces read as one paragraph."""
    if first and last:
        return style
    key = (id(style), first, last)
    cached = _PIECE_STYLES.get(key)
    if cached is None or cached[0] is not style:  # an id is only unique while in use
        derived = ParagraphStyle(
            f"{style.name}-piece-{int(first)}{int(last)}",
            parent=style,
            spaceBefore=style.spaceBefore if first else 0,
            spaceAfter=style.spaceAfter if last else 0,
        )
        cached = _PIECE_STYLES[key] = (style, derived)
    return cached[1]


def long_text(
    value: str,
    style: ParagraphStyle,
    styles: Styles,
    *,
    bullet: str | None = None,
    max_pages: int = MAX_PAGES_PER_TEXT,
) -> list[Flowable]:
    """A free text of any length and shape as paragraphs, in time linear in its length.

    ReportLab measures and splits a paragraph as a whole, at a cost that grows much
    faster than its length (8,000 short lines took 23 s, 50,000 never finished), so the
    text is printed as paragraph-sized pieces (``text.pieces``); see ``text_pieces``.
    """
    parts, cut = text_pieces(value, style, BODY_W, bullet=bullet, max_pages=max_pages)
    return [*parts, para(tr(TRUNCATED), styles.muted)] if cut else list(parts)


def text_pieces(
    value: str,
    style: ParagraphStyle,
    width: float,
    *,
    bullet: str | None = None,
    max_pages: int = MAX_PAGES_PER_TEXT,
) -> tuple[list[Paragraph], bool]:
    """``value`` as paragraph-sized pieces ``width`` wide, and whether it was cut short.

    Each piece is measured once; when the text would take more than ``max_pages`` pages,
    it stops at a piece boundary: what is printed is always exactly the start of the
    text as typed, and the caller says "(ingekort, zie de app)".
    """
    text = printable(value.replace("\r\n", "\n")).replace("\t", "    ")
    parts = pieces(text)
    budget = max_pages * _FRAME_H
    used = 0.0
    out: list[Paragraph] = []
    for i, part in enumerate(parts):
        piece = para(part, _piece_style(style, i == 0, i == len(parts) - 1), bullet=bullet)
        bullet = None  # only on the first piece
        used += piece.wrap(width, _FRAME_H)[1] + piece.getSpaceBefore()
        if used > budget and out:
            return out, True
        out.append(piece)
    return out, False


def follow_up_lines(rows: Sequence[FollowUpRow], styles: Styles, today: date) -> list[Flowable]:
    """Follow-up actions as a list, overdue ones in the alert colour (compact table)."""
    if not rows:
        return []
    out: list[Flowable] = [para(tr("Opvolgacties"), styles.label)]
    for f in rows:
        state = tr(f.state(today))
        if f.done_date is not None:
            state = tr("afgerond op {date}").format(date=fmt_date(f.done_date))
        due = tr("deadline {date}").format(date=fmt_date(f.due_date)) if f.due_date else ""
        bits = [f.owner, due, state]
        text = f.description + (f" ({f.notes})" if f.notes.strip() else "")
        line = f"{text} — {' · '.join(b for b in bits if b)}"
        style = styles.bullet_alert if f.state(today) == "te laat" else styles.bullet
        out += long_text(_one_line(line), style, styles, bullet="•")
    return out


def feedback_block(rows: Sequence[FeedbackRow], styles: Styles) -> list[Flowable]:
    if not rows:
        return []
    out: list[Flowable] = [para(tr("Feedback"), styles.label)]
    for f in rows:
        line = f"<b>{f.score}/5</b> · {fmt_date(f.given_on)}"
        text = long_text(f.text, styles.text, styles) if f.text.strip() else []
        if len(text) == 1:  # the usual short feedback: on the score's line
            line += f" — {esc(f.text)}"
            text = []
        out.append(markup(line, styles.text))
        out += text
    return out


def period(start: date | None, end: date | None, planned_end: date | None) -> str:
    if start is None:
        return tr("nog niet gestart")
    if end is not None:
        return f"{fmt_date(start)} – {fmt_date(end)}"
    if planned_end is not None:
        text = tr("sinds {start} (gepland tot {end})")
        return text.format(start=fmt_date(start), end=fmt_date(planned_end))
    return tr("sinds {start}").format(start=fmt_date(start))


def trajectory_facts(t: TrajectoryData) -> list[tuple[str, object]]:
    steps = []
    if t.requested_on:
        steps.append(tr("aanvraag {date}").format(date=fmt_date(t.requested_on)))
    if t.intake_on:
        steps.append(tr("intake {date}").format(date=fmt_date(t.intake_on)))
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
        talk = tr("adviesgesprek van {date}").format(date=fmt_date(t.origin_talk))
        pairs.append(("Vloeit voort uit", talk))
    return pairs


def contact_moment_table(t: TrajectoryData, styles: Styles) -> list[Flowable]:
    if not t.contact_moments:
        return [
            para(tr("Contactmomenten"), styles.label),
            Paragraph(tr("Nog geen."), styles.muted),
        ]
    widths = [0.14, 0.13, 0.25, 0.48]
    rows: list[list[Any]] = []
    for m in t.contact_moments:
        facts = [
            fmt_date(m.date),
            label(CONTACT_FORMS, m.form),
            join_names([*m.contacts, *m.team_members]) or "—",
            "",
        ]
        rows += text_rows(cells(facts, styles), 3, m.notes, widths[3] * CONTENT_W, styles)
    return [
        para(tr("Contactmomenten ({n})").format(n=len(t.contact_moments)), styles.label),
        table(["Datum", "Vorm", "Wie", "Notities"], rows, widths, styles),
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
    return [Paragraph(esc(tr(text)), styles.muted), gap(1)]
