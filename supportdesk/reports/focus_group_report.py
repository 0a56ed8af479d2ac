"""A focus group: who took part, what was found per tool, which new tools are needed,
feedback and follow-up actions, in one of two versions (``AUDIENCES``):

- ``participants`` ("voor de deelnemers", the default): the participating local
  governments (those with someone present), the tools and what was found, the needs
  for new tools and the agreed next steps (description, owner, deadline, state). No
  list of who was invited or absent, no feedback texts, no internal notes (the focus
  group's notes, an action's notes).
- ``internal`` ("intern"): everything, each person's attendance, feedback and notes
  included, and "Intern document" in the running header of every page, in the PDF's
  subject and at the top of the first page.
"""

from __future__ import annotations

import os
from dataclasses import replace
from datetime import datetime
from pathlib import Path
from typing import Unpack

from reportlab.platypus import Flowable, Paragraph

from db.session import Database
from supportdesk.codes import Attendance, FocusGroupStatus
from supportdesk.labels import TOOL_KINDS
from supportdesk.reports.blocks import (
    feedback_block,
    figure_strip,
    follow_up_table,
    long_text,
    none_line,
)
from supportdesk.reports.data.common import join_names
from supportdesk.reports.data.focus_group import FocusGroupData, focus_group_report_data
from supportdesk.reports.labels import (
    ATTENDANCE,
    FOCUS_GROUP_STATUSES,
    exported_line,
    fmt_date,
    label,
)
from supportdesk.reports.language import tr
from supportdesk.reports.layout import (
    ExportOptions,
    cells,
    fields,
    render_report,
    table,
    text_block,
)
from supportdesk.reports.styles import Styles
from supportdesk.reports.text import esc

PARTICIPANTS = "participants"
INTERNAL = "internal"
#: the versions of the report and how the app and the PDF name them
AUDIENCES: dict[str, str] = {PARTICIPANTS: "voor de deelnemers", INTERNAL: "intern"}
INTERNAL_MARK = "Intern document"


def check_audience(audience: str) -> str:
    if audience not in AUDIENCES:
        raise ValueError(f"unknown audience {audience!r}; expected one of {', '.join(AUDIENCES)}")
    return audience


def status_text(g: FocusGroupData) -> str:
    """ "gehouden", "gepland" or "geannuleerd op 20/05/2025": a cancelled group's report
    must not read as if it took place."""
    text = label(FOCUS_GROUP_STATUSES, g.status)
    if g.status == FocusGroupStatus.CANCELLED and g.cancelled_on is not None:
        text += " " + tr("op {date}").format(date=fmt_date(g.cancelled_on))
    return text


def build_focus_group_report(
    g: FocusGroupData,
    styles: Styles,
    *,
    exported_by: str,
    exported_at: datetime,
    audience: str = PARTICIPANTS,
) -> list[Flowable]:
    if check_audience(audience) == PARTICIPANTS:
        return _for_participants(g, styles, exported_by=exported_by, exported_at=exported_at)
    story: list[Flowable] = [
        Paragraph(
            f"<b>{esc(tr(INTERNAL_MARK))}</b> — {esc(tr('niet voor de deelnemers'))}",
            styles.subtitle,
        ),
        Paragraph(esc(g.topic), styles.title),
        Paragraph(esc(tr("Focusgroep van {date}").format(date=fmt_date(g.date))), styles.subtitle),
        fields(
            [*_facts(g, exported_by, exported_at), ("Referentie", g.public_id)],
            styles,
        ),
    ]
    counts = g.attendance_counts()
    story += [
        Paragraph(tr("Deelnemers en aanwezigheid"), styles.h1),
        figure_strip(
            [
                (str(g.government_count), tr("uitgenodigde lokale besturen")),
                (str(counts.get(Attendance.PRESENT, 0)), tr("aanwezig")),
                (str(counts.get(Attendance.EXCUSED, 0)), tr("verontschuldigd")),
                (str(counts.get(Attendance.ABSENT, 0)), tr("afwezig")),
            ],
            styles,
        ),
    ]
    if g.participants:
        rows = [
            cells(
                [
                    p.local_government,
                    p.contact or tr("(het bestuur)"),
                    p.role,
                    label(ATTENDANCE, p.attendance),
                ],
                styles,
            )
            for p in g.participants
        ]
        widths = [0.27, 0.25, 0.28, 0.20]
        story.append(
            table(["Lokaal bestuur", "Contactpersoon", "Rol", "Aanwezigheid"], rows, widths, styles)
        )
    else:
        story += none_line("Nog geen deelnemers geregistreerd.", styles)

    story += _findings_and_needs(g, styles)
    story += text_block("Notities", g.notes, styles)

    story.append(Paragraph(tr("Feedback en opvolging"), styles.h1))
    if not g.feedback and not g.follow_ups:
        story += none_line("Nog geen feedback of opvolgacties.", styles)
    story += feedback_block(g.feedback, styles)
    story += follow_up_table(g.follow_ups, styles, exported_at.date())
    return story


def _facts(g: FocusGroupData, exported_by: str, exported_at: datetime) -> list[tuple[str, str]]:
    """The facts both versions open with: date, status, place, organisers, export."""
    return [
        ("Datum", fmt_date(g.date)),
        ("Status", status_text(g)),
        ("Plaats", tr("online") if g.online else (g.place or "—")),
        ("Organisatie", join_names(g.organisers) or "—"),
        ("Geëxporteerd", exported_line(exported_at, exported_by)),
    ]


def _findings_and_needs(g: FocusGroupData, styles: Styles) -> list[Flowable]:
    """What both versions say of the tools: each tool's findings, then the need for new
    tools (long texts go on over pages, ``blocks.long_text``)."""
    story: list[Flowable] = [Paragraph(tr("Bevindingen per tool"), styles.h1)]
    if not g.findings:
        story += none_line("Geen tools geëvalueerd.", styles)
    for f in g.findings:
        kind = label(TOOL_KINDS, f.kind, "")  # the kind's word, never its stored code
        heading = esc(f.tool) + (f" <font color='#52606d'>· {esc(kind)}</font>" if kind else "")
        story.append(Paragraph(heading, styles.h2))
        story += long_text(f.findings, styles.text, styles) or [
            Paragraph(tr("Geen bevindingen genoteerd."), styles.text)
        ]
    story.append(Paragraph(tr("Nood aan nieuwe tools"), styles.h1))
    if g.new_tool_needs.strip():
        story += long_text(g.new_tool_needs, styles.text, styles)  # linear, page-limited
    else:
        story += none_line("Niets genoteerd.", styles)
    return story


def _for_participants(
    g: FocusGroupData, styles: Styles, *, exported_by: str, exported_at: datetime
) -> list[Flowable]:
    """What the participating governments may read (see the module docstring)."""
    present = g.participating_governments()
    story: list[Flowable] = [
        Paragraph(esc(g.topic), styles.title),
        Paragraph(
            esc(tr("Focusgroep van {date}").format(date=fmt_date(g.date)))
            + " — "
            + esc(tr("verslag voor de deelnemers")),
            styles.subtitle,
        ),
        fields(_facts(g, exported_by, exported_at), styles),
        Paragraph(tr("Deelnemende lokale besturen"), styles.h1),
    ]
    if present:
        story.append(Paragraph(esc(join_names(present)), styles.text))
    else:
        story += none_line("Nog geen deelnemers geregistreerd.", styles)
    story += _findings_and_needs(g, styles)
    story.append(Paragraph(tr("Afgesproken volgende stappen"), styles.h1))
    steps = [replace(f, notes="") for f in g.follow_ups]  # an action's notes are internal
    if steps:
        story += follow_up_table(steps, styles, exported_at.date())
    else:
        story += none_line("Geen volgende stappen afgesproken.", styles)
    return story


def render_focus_group_report(
    db: Database,
    focus_group_id: str,
    out_path: str | os.PathLike[str],
    *,
    audience: str = PARTICIPANTS,
    **options: Unpack[ExportOptions],
) -> Path:
    """Write the report of the focus group with this public id, in the version for
    ``audience`` (``participants``, the default, or ``internal``)."""
    check_audience(audience)

    def build(
        g: FocusGroupData, styles: Styles, *, exported_by: str, exported_at: datetime
    ) -> list[Flowable]:
        return build_focus_group_report(
            g, styles, exported_by=exported_by, exported_at=exported_at, audience=audience
        )

    def titles(g: FocusGroupData) -> tuple[str, str]:
        mark = f"{tr(INTERNAL_MARK)} · " if audience == INTERNAL else ""
        kind = tr("Focusgroep")
        return (
            f"{kind} {fmt_date(g.date)}: {g.topic}",
            f"{mark}{kind} {fmt_date(g.date)} · {g.topic}",
        )

    return render_report(
        out_path, lambda: focus_group_report_data(db, focus_group_id), build, titles, **options
    )
