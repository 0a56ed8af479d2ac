"""Open follow-up actions and planned focus groups as an .ics calendar file
(icalendar) that Outlook, Thunderbird and other agendas import.

Each open action with a due date becomes an all-day VEVENT on that date; each planned
focus group (status "planned", dated today or later) an all-day VEVENT on its day.
VEVENT rather than VTODO: Outlook imports an .ics's VTODOs poorly or not at all (they
do not become tasks), while every agenda shows an all-day event; TRANSP:TRANSPARENT
keeps such a reminder from marking the day as busy.

A second export updates rather than duplicates: the UID is the record's public id
(``<id>@supportdesk``), SEQUENCE its version (it goes up with every save) and
DTSTAMP/LAST-MODIFIED its last change, so an agenda that imports the file again
replaces the events it has with their newer versions. The file is the same, byte for
byte, as long as nothing changed. What an import cannot do is remove: an action done
since the last export is no longer in the file (done actions are left out), and the
event already imported stays until it is removed in the agenda.

Actions without a due date have no day to stand on and are left out (counted in
``CalendarExport.undated``). Activities (the plan's other events) do not exist as
records in SupportDesk yet, so they cannot be exported.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from icalendar import Calendar, Event
from sqlalchemy import func, select

from db.models import (
    FocusGroup,
    FocusGroupParticipant,
    FollowUpAction,
    TeamMember,
)
from db.models.focus_group import focus_group_member
from db.session import Database
from supportdesk.codes import FocusGroupStatus
from supportdesk.errors import DomainError
from supportdesk.queries.follow_ups import follow_up_select, subject_of
from supportdesk.queries.sorting import name_order
from supportdesk.safety.output_files import OutputRefused, OutputTarget, output_file
from supportdesk.search.folding import fold
from supportdesk.tables.follow_ups import subject_text
from supportdesk.tables.model import date_text

PRODID = "-//SupportDesk//Opvolgacties//NL"
UID_DOMAIN = "supportdesk"
CALENDAR_NAME = "SupportDesk: opvolgacties en focusgroepen"


@dataclass(frozen=True)
class CalendarExport:
    """What a calendar holds: the .ics bytes and how many of each went in."""

    data: bytes
    actions: int
    focus_groups: int
    undated: int  # open actions left out: no due date


def uid(public_id: str) -> str:
    return f"{public_id}@{UID_DOMAIN}"


def _utc(value: datetime) -> datetime:
    """Stored times are UTC without a zone (``db.base.utcnow``)."""
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def _first_line(text: str) -> str:
    stripped = text.strip()
    return stripped.splitlines()[0] if stripped else ""


def find_member(db: Database, who: str) -> tuple[str, str]:
    """A team member named by public id or by name (folded like search): (id, name).
    A DomainError names the problem when none or several match."""
    wanted = who.strip()
    if not wanted:
        raise DomainError("geen medewerker opgegeven")
    with db.read() as session:
        rows = session.execute(
            select(TeamMember.public_id, TeamMember.name).where(TeamMember.public_id == wanted)
        ).all()
        if not rows:
            # names compare folded, as search does: case, accents, ł/ø/æ, NFC or NFD
            # (runs of white space, a line break included, count as one space)
            key = " ".join(fold(wanted).split())
            rows = [
                r
                for r in session.execute(select(TeamMember.public_id, TeamMember.name)).all()
                if " ".join(fold(r[1]).split()) == key
            ]
    if not rows:
        raise DomainError(f"geen medewerker {wanted!r}")
    if len(rows) > 1:
        raise DomainError(f"meer dan één medewerker heet {wanted!r}; geef de id")
    return str(rows[0][0]), str(rows[0][1])


def _action_events(session: Any, owner_id: str | None) -> tuple[list[Event], int]:
    stmt = (
        follow_up_select()
        .add_columns(FollowUpAction.updated_at, FollowUpAction.created_at, FollowUpAction.notes)
        .where(FollowUpAction.done_date.is_(None), FollowUpAction.archived.is_(False))
        .order_by(FollowUpAction.due_date, FollowUpAction.id)
    )
    if owner_id is not None:
        stmt = stmt.where(TeamMember.public_id == owner_id)
    events: list[Event] = []
    undated = 0
    for r in session.execute(stmt):
        if r.due_date is None:
            undated += 1
            continue
        government = r.lg_name or r.talk_lg_name or ""
        lines = [r.description.strip(), "", f"Hoort bij: {subject_text(subject_of(r))}"]
        if government:
            lines.append(f"Lokaal bestuur: {government}")
        lines.append(f"Eigenaar: {r.owner_name or 'niemand'}")
        if r.notes and r.notes.strip():
            lines += ["", r.notes.strip()]
        summary = _first_line(r.description) or "Opvolgactie"
        events.append(
            _event(
                r.public_id,
                r.version,
                r.updated_at,
                r.created_at,
                r.due_date,
                f"Opvolgactie: {summary}",
                lines,
            )
        )
    return events, undated


def _focus_group_events(session: Any, organiser_id: str | None, today: date) -> list[Event]:
    invited = (
        select(func.count(func.distinct(FocusGroupParticipant.local_government_id)))
        .where(FocusGroupParticipant.focus_group_id == FocusGroup.id)
        .correlate(FocusGroup)
        .scalar_subquery()
    )
    stmt = (
        select(
            FocusGroup.id,
            FocusGroup.public_id,
            FocusGroup.version,
            FocusGroup.updated_at,
            FocusGroup.created_at,
            FocusGroup.date,
            FocusGroup.topic,
            FocusGroup.place,
            FocusGroup.online,
            invited,
        )
        .where(
            FocusGroup.status == FocusGroupStatus.PLANNED,
            FocusGroup.date >= today,
            FocusGroup.archived.is_(False),
        )
        .order_by(FocusGroup.date, FocusGroup.id)
    )
    if organiser_id is not None:
        organised = (
            select(focus_group_member.c.focus_group_id)
            .join(TeamMember, TeamMember.id == focus_group_member.c.team_member_id)
            .where(TeamMember.public_id == organiser_id)
        )
        stmt = stmt.where(FocusGroup.id.in_(organised))
    rows = session.execute(stmt).all()
    organisers: dict[int, list[str]] = {}
    if rows:
        for fg_id, name in session.execute(
            select(focus_group_member.c.focus_group_id, TeamMember.name)
            .join(TeamMember, TeamMember.id == focus_group_member.c.team_member_id)
            .where(focus_group_member.c.focus_group_id.in_([r[0] for r in rows]))
            .order_by(name_order(TeamMember.name))
        ):
            organisers.setdefault(fg_id, []).append(name)
    events = []
    for fg_id, pid, version, updated, created, day, topic, place, online, count in rows:
        where = ("online · " + place if place else "online") if online else place
        lines = [f"Focusgroep over {topic}", f"Datum: {date_text(day)}"]
        if where:
            lines.append(f"Plaats: {where}")
        lines.append(f"Uitgenodigde besturen: {int(count or 0)}")
        if organisers.get(fg_id):
            lines.append("Organisatoren: " + ", ".join(organisers[fg_id]))
        event = _event(pid, version, updated, created, day, f"Focusgroep: {topic}", lines)
        if where:
            event.add("location", where)
        events.append(event)
    return events


def _event(
    public_id: str,
    version: int,
    updated: datetime,
    created: datetime,
    day: date,
    summary: str,
    lines: list[str],
) -> Event:
    event = Event()
    event.add("uid", uid(public_id))
    event.add("sequence", int(version))
    event.add("dtstamp", _utc(updated))
    event.add("last-modified", _utc(updated))
    event.add("created", _utc(created))
    event.add("dtstart", day)  # a date: an all-day event
    event.add("dtend", day + timedelta(days=1))  # exclusive, as RFC 5545 wants
    event.add("summary", summary)
    event.add("description", "\n".join(lines).strip())
    event.add("categories", ["SupportDesk"])
    event.add("transp", "TRANSPARENT")
    event.add("X-MICROSOFT-CDO-BUSYSTATUS", "FREE")
    event.add("X-MICROSOFT-CDO-ALLDAYEVENT", "TRUE")
    return event


def build_calendar(
    db: Database,
    *,
    member_id: str | None = None,
    today: date | None = None,
    focus_groups: bool = True,
) -> CalendarExport:
    """The calendar of ``member_id``'s open actions and the focus groups they organise
    (None: the whole team's)."""
    today = today or date.today()
    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    cal.add("X-WR-CALNAME", CALENDAR_NAME)
    with db.read() as session:
        actions, undated = _action_events(session, member_id)
        groups = _focus_group_events(session, member_id, today) if focus_groups else []
    for event in actions + groups:
        cal.add_component(event)
    return CalendarExport(cal.to_ical(), len(actions), len(groups), undated)


def write_calendar(export: CalendarExport, target: OutputTarget) -> Path:
    """Write the .ics whole or not at all (``supportdesk.safety.output_files``)."""
    if Path(os.fspath(target.path)).suffix.lower() != ".ics":
        raise DomainError(f"{target.shown}: kies een naam op .ics")
    try:
        with output_file(target) as out:
            out.write(export.data)
    except OutputRefused:
        raise
    except OSError as exc:
        raise OutputRefused(f"{target.shown}: kan niet schrijven ({exc.strerror or exc})") from exc
    return target.path
