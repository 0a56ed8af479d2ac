"""The case summary (dossieroverzicht) of one local government: who it is, its
contact persons, summary figures, then its history newest first."""

from __future__ import annotations

import os
from datetime import date, datetime
from pathlib import Path
from typing import Unpack

from reportlab.platypus import Flowable, Paragraph

from db.session import Database
from supportdesk.indicators import is_mail_only
from supportdesk.plan_labels import ACTIVITY_STATUSES
from supportdesk.queries.attached_files import KIND_WORDS as ATTACHMENT_PLACES
from supportdesk.queries.attached_files import GovernmentFile
from supportdesk.reports.blocks import (
    facts_para,
    feedback_block,
    figure_strip,
    follow_up_lines,
    follow_up_table,
    labelled_para,
    none_line,
    trajectory_body,
)
from supportdesk.reports.data.case import (
    ActivityEntry,
    AdviceTalkEntry,
    CaseSummaryData,
    FocusGroupEntry,
    GoodPracticeEntry,
    case_summary_data,
)
from supportdesk.reports.data.common import join_names
from supportdesk.reports.data.trajectory import TrajectoryData
from supportdesk.reports.labels import (
    ATTENDANCE,
    CHANNELS,
    FOCUS_GROUP_STATUSES,
    LG_KINDS,
    STARTING_POSITIONS,
    exported_line,
    fmt_date,
    label,
)
from supportdesk.reports.language import current_language, tr
from supportdesk.reports.layout import (
    ExportOptions,
    cells,
    fields,
    gap,
    para,
    render_report,
    table,
)
from supportdesk.reports.styles import Styles
from supportdesk.reports.text import esc
from supportdesk.services.attachment_files import format_size


def period_text(date_from: date | None, date_to: date | None) -> str:
    if date_from and date_to:
        text = tr("van {start} tot en met {end}")
        return text.format(start=fmt_date(date_from), end=fmt_date(date_to))
    if date_from:
        return tr("vanaf {start}").format(start=fmt_date(date_from))
    if date_to:
        return tr("tot en met {end}").format(end=fmt_date(date_to))
    return tr("volledige geschiedenis")


def build_case_summary(
    data: CaseSummaryData, styles: Styles, *, exported_by: str, exported_at: datetime
) -> list[Flowable]:
    today = exported_at.date()
    story: list[Flowable] = [
        Paragraph(esc(tr("Dossieroverzicht {name}").format(name=data.name)), styles.title),
        Paragraph(
            esc(" · ".join(p for p in (label(LG_KINDS, data.kind), data.province) if p)),
            styles.subtitle,
        ),
    ]
    facts: list[tuple[str, object]] = [
        ("Naam", data.name),
        ("NIS-code", data.nis_code or "—"),
        ("Provincie", data.province or "—"),
        ("Startpositie", label(STARTING_POSITIONS, data.starting_position, "niet bepaald")),
    ]
    if data.email:
        facts.append(("E-mail", data.email))
    if data.phone:
        facts.append(("Telefoon", data.phone))
    facts += [
        ("Periode", period_text(data.date_from, data.date_to)),
        ("Geëxporteerd", exported_line(exported_at, exported_by)),
    ]
    story += [fields(facts, styles), gap(2)]

    story.append(Paragraph(tr("Contactpersonen"), styles.h1))
    if data.contacts:
        rows = [
            cells(
                [
                    c.name
                    if c.active
                    else f"{c.name}\n({_contact_state(False, c.inactive_since)})",
                    c.role,
                    c.email,
                    c.phone,
                ],
                styles,
            )
            for c in data.contacts
        ]
        widths = [0.23, 0.27, 0.35, 0.15]
        story.append(table(["Naam", "Rol", "E-mail", "Telefoon"], rows, widths, styles))
    else:
        story += none_line("Geen contactpersonen geregistreerd.", styles)

    talks = data.advice_talks
    follow_ups = data.all_follow_ups()
    open_ = [f for f in follow_ups if f.done_date is None]
    late = [f for f in open_ if f.state(today) == "te laat"]
    mail = sum(1 for t in talks if is_mail_only(t.channel))
    talk_caption = tr("adviesgesprekken")
    if mail:
        talk_caption += " " + tr("(waarvan {n} per e-mail)").format(n=mail)
    story += [
        Paragraph(tr("Samenvatting"), styles.h1),
        figure_strip(
            [
                (str(len(talks)), talk_caption),
                (str(len(data.trajectories)), tr("trajecten")),
                (str(len(data.focus_groups)), tr("focusgroepen")),
                # activities its people were at, when there were any (six figures are
                # too narrow for the words under them)
                *([(str(len(data.activities)), tr("activiteiten"))] if data.activities else []),
                (str(len(open_)), tr("open opvolgacties")),
                (str(len(late)), tr("opvolgacties te laat")),
            ],
            styles,
        ),
    ]

    if data.other_follow_ups:
        story.append(Paragraph(tr("Opvolgacties bij het bestuur"), styles.h1))
        story += follow_up_table(data.other_follow_ups, styles, today)[1:]

    if data.own_feedback:
        story.append(Paragraph(tr("Feedback over het bestuur"), styles.h1))
        story += feedback_block(data.own_feedback, styles)[1:]

    if data.good_practices:
        story.append(Paragraph(tr("Goede praktijken over het bestuur"), styles.h1))
        story += good_practice_lines(data.good_practices, styles)

    if data.attachments:  # names and sizes, never the contents
        story.append(Paragraph(tr("Bijlagen"), styles.h1))
        story += [Paragraph(esc(attachment_line(f)), styles.text) for f in data.attachments]

    story.append(Paragraph(tr("Geschiedenis, nieuwste eerst"), styles.h1))
    if not data.history:
        story += none_line("Geen adviesgesprekken, trajecten of focusgroepen.", styles)
    for entry in data.history:
        if isinstance(entry, AdviceTalkEntry):
            story += advice_talk_entry(entry, styles, today)
        elif isinstance(entry, TrajectoryData):
            story += trajectory_entry(entry, styles, today)
        elif isinstance(entry, ActivityEntry):
            story += activity_entry(entry, styles, today)
        else:
            story += focus_group_entry(entry, styles, today)
    return story


def attachment_line(f: GovernmentFile) -> str:
    """A government's file in the report's language: name (size) · where, when."""
    size = format_size(f.size, "." if current_language() == "en" else ",")
    line = f"{f.file_name} ({size}) · {tr(ATTACHMENT_PLACES.get(f.kind, f.kind))}"
    if f.record_date:
        line += " " + tr("van {date}").format(date=fmt_date(f.record_date))
    return line


def _contact_state(active: bool, since: date | None) -> str:
    if active:
        return tr("actief")
    if since:
        return tr("niet meer actief sinds {date}").format(date=fmt_date(since))
    return tr("niet meer actief")


def _heading(when: str, kind: str, what: str, styles: Styles) -> Paragraph:
    # One style only: ReportLab lays out single-style paragraphs on its fast path.
    return para(" · ".join(p for p in (when, kind, what) if p), styles.entry)


def advice_talk_entry(t: AdviceTalkEntry, styles: Styles, today: date) -> list[Flowable]:
    """One talk as a handful of paragraphs (a history may hold a thousand of them)."""
    how = label(CHANNELS, t.channel)
    if t.duration_minutes:
        how += f", {t.duration_minutes} min"
    kind = tr("Vraag per e-mail" if is_mail_only(t.channel) else "Adviesgesprek")
    facts: list[tuple[str, object]] = [
        ("Contactpersonen", join_names(t.contacts) or "—"),
        ("Medewerkers", join_names(t.team_members) or "—"),
        ("Thema's", join_names(t.themes) or "—"),
    ]
    if t.tools:
        facts.append(("Aanbevolen tools", join_names(t.tools)))
    out: list[Flowable] = [_heading(fmt_date(t.date), kind, how, styles), facts_para(facts, styles)]
    out += labelled_para("Vraag", t.question, styles)
    out += labelled_para("Advies", t.advice, styles)
    out += labelled_para("Notities", t.notes, styles)
    flags = []
    if t.info_session_idea:
        flags.append(("Idee voor een infosessie", t.info_session_note or tr("ja")))
    if t.policy_dossier_input:
        flags.append(("Input voor een beleidsdossier", t.policy_dossier_note or tr("ja")))
    if t.signal:
        flags.append(
            ("Signaal voor een ander bestuur of dienstverlener", t.signal_note or tr("ja"))
        )
    if t.experienced_government:
        flags.append(("Ervaren lokaal bestuur betrokken", t.experienced_government))
    if flags:
        out.append(facts_para(flags, styles))
    out += feedback_block(t.feedback, styles)
    out += follow_up_lines(t.follow_ups, styles, today)
    return out


def trajectory_entry(t: TrajectoryData, styles: Styles, today: date) -> list[Flowable]:
    when = fmt_date(t.sort_date) if t.sort_date else tr("zonder datum")
    return [
        _heading(when, tr("Ondersteuningstraject"), t.title, styles),
        *trajectory_body(t, styles, today, compact=True),
    ]


def _attendance(own_participants: list[tuple[str, str]]) -> str:
    """Who of the government was at a meeting and whether they came ("—" for nobody);
    a person left out is the government as such."""
    people = [
        f"{name or tr('het bestuur')}: {label(ATTENDANCE, attendance)}"
        for name, attendance in own_participants
    ]
    return ", ".join(people) or "—"


def _place(online: bool, place: str) -> str:
    return tr("online") if online else (place or "—")


def focus_group_entry(g: FocusGroupEntry, styles: Styles, today: date) -> list[Flowable]:
    facts: list[tuple[str, object]] = [
        # a cancelled (or still planned) group must not read as if it took place
        ("Status", label(FOCUS_GROUP_STATUSES, g.status)),
        ("Plaats", _place(g.online, g.place)),
        ("Deelname", _attendance(g.own_participants)),
        ("Andere deelnemende besturen", join_names(g.other_governments) or tr("geen")),
    ]
    return [
        _heading(fmt_date(g.date), tr("Focusgroep"), g.topic, styles),
        facts_para(facts, styles),
        *follow_up_lines(g.follow_ups, styles, today),
    ]


def activity_entry(a: ActivityEntry, styles: Styles, today: date) -> list[Flowable]:
    """An activity its people were at: only its own people, with their attendance."""
    facts: list[tuple[str, object]] = [
        ("Status", label(ACTIVITY_STATUSES, a.status)),
        ("Plaats", _place(a.online, a.place)),
        ("Deelname", _attendance(a.own_participants)),
    ]
    return [
        _heading(fmt_date(a.date), a.kind, a.topic, styles),
        facts_para(facts, styles),
        *follow_up_lines(a.follow_ups, styles, today),
    ]


def good_practice_lines(rows: list[GoodPracticeEntry], styles: Styles) -> list[Flowable]:
    out: list[Flowable] = []
    for g in rows:
        facts: list[tuple[str, object]] = [("Gepubliceerd", fmt_date(g.published_on))]
        if g.link:
            facts.append(("Link", g.link))
        if g.articles:
            facts.append(("Artikels erover", join_names(g.articles)))
        out += [Paragraph(esc(g.title), styles.h2), facts_para(facts, styles)]
    return out


def render_case_summary(
    db: Database,
    local_government: str,
    out_path: str | os.PathLike[str],
    *,
    date_from: date | None = None,
    date_to: date | None = None,
    **options: Unpack[ExportOptions],
) -> Path:
    """Write the case summary of ``local_government`` (public id, NIS code or name)."""

    return render_report(
        out_path,
        lambda: case_summary_data(db, local_government, date_from=date_from, date_to=date_to),
        build_case_summary,
        _titles,
        **options,
    )


def _titles(data: CaseSummaryData) -> tuple[str, str]:
    title = tr("Dossieroverzicht {name}").format(name=data.name)
    subject = title + (f" ({data.nis_code})" if data.nis_code else "")
    if data.date_from or data.date_to:
        subject += f" · {period_text(data.date_from, data.date_to)}"
    return title, subject
