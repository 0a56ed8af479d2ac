"""What text each kind of searchable record contributes to the search index.

One builder per kind reads the records (and the names they refer to) with Core
statements and returns one ``Document`` per record. The same builders serve the
listener that keeps the index in step after every flush (a handful of ids) and
``reindex_all`` (every record, in id ranges), so the two can never disagree.

Documents are self-contained: an advice talk's body holds its government's name, its
contacts', team members', themes' and tools' names, so "gent digihelpers" finds the talks
of Gent about digihelpers with one full-text lookup. When such a name changes, the
indexer refreshes the documents that include it (see ``indexer.dependents``).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Collection, Hashable, Iterable, Iterator
from dataclasses import dataclass
from typing import Any, cast

from sqlalchemy import ColumnElement, Connection, bindparam, select
from sqlalchemy.orm import aliased

from db.models import (
    Activity,
    ActivityKind,
    ActivityParticipant,
    AdviceTalk,
    ContactMoment,
    ContactPerson,
    FocusGroup,
    FocusGroupParticipant,
    FollowUpAction,
    LocalGovernment,
    LocalGovernmentAlias,
    Publication,
    TeamMember,
    Tool,
    ToolFinding,
    Trajectory,
    partnership_member,
)
from supportdesk.search.folding import fold_all, fold_words
from supportdesk.search.kinds import (
    ACTIVITY,
    ADVICE_TALK,
    CONTACT_PERSON,
    FOCUS_GROUP,
    FOLLOW_UP_ACTION,
    LOCAL_GOVERNMENT,
    PUBLICATION,
    TRAJECTORY,
)
from supportdesk.search.links import NAME_LINKS, NameLink
from supportdesk.search.titles import first_line


@dataclass(frozen=True)
class Document:
    """One row of ``search_document``: ``title`` as typed, the rest folded.

    ``title_folded`` is what the title weight applies to; for a local government it also
    holds the former municipalities' names, so "Gooik" ranks Pajottegem like a name match.
    """

    kind: str
    record_id: int
    title: str
    title_folded: str
    body: str


@dataclass(frozen=True)
class Selector:
    """Which records a builder reads: ids (``by_ids``) or an id range (``by_range``).

    Called on an id column it gives the condition with bound parameters, so that a
    statement is built once per place and kind of selector (``run``) and executed with
    ``params``: building the statements of one talk's document on every save cost more
    than executing them (~1 ms of a 5 ms save at 100,000 talks)."""

    mode: str  # "ids" or "range"
    params: dict[str, Any]

    def __call__(self, col: Any) -> ColumnElement[bool]:
        if self.mode == "ids":
            return cast(ColumnElement[bool], col.in_(bindparam("sel_ids", expanding=True)))
        return cast(ColumnElement[bool], col.between(bindparam("sel_low"), bindparam("sel_high")))


def by_ids(ids: Collection[int]) -> Selector:
    """Select records whose id column is one of ``ids``."""
    return Selector("ids", {"sel_ids": sorted(ids)})


def by_range(low: int, high: int) -> Selector:
    """Select records whose id column lies between ``low`` and ``high`` (inclusive)."""
    return Selector("range", {"sel_low": low, "sel_high": high})


_STATEMENTS: dict[tuple[Hashable, str], Any] = {}


def run(conn: Connection, sel: Selector, key: Hashable, make: Callable[[Selector], Any]) -> Any:
    """Execute the statement ``make(sel)`` builds, built once per ``key`` (the place
    that asks, and what varies there) and kind of selector."""
    stmt = _STATEMENTS.get((key, sel.mode))
    if stmt is None:
        stmt = _STATEMENTS[(key, sel.mode)] = make(sel)
    return conn.execute(stmt, sel.params)


def _doc(kind: str, record_id: int, title: str, body: Iterable[str | None]) -> Document:
    return Document(kind, record_id, title, fold_words(title), fold_all(body))


def _grouped(
    conn: Connection, sel: Selector, key: Hashable, make: Callable[[Selector], Any]
) -> dict[int, list[str]]:
    """Rows ``(owner id, text, text...)`` of the statement ``make`` builds (see ``run``)
    as owner id -> the texts, each row joined."""
    out: dict[int, list[str]] = defaultdict(list)
    for owner, *parts in run(conn, sel, key, make):
        out[owner].append(" ".join(str(p) for p in parts if p))
    return out


def _through(conn: Connection, link: NameLink, sel: Selector) -> dict[int, list[str]]:
    """The names of the records ``link`` names (a contact's first and last name), per
    owner."""
    table, model = link.table, link.model
    names = (model.first_name, model.last_name) if model is ContactPerson else (model.name,)
    return _grouped(
        conn,
        sel,
        ("names", table.name),
        lambda s: (
            select(table.c[link.owner], *names)
            .join(model, model.id == table.c[link.target])
            .where(s(table.c[link.owner]))
        ),
    )


def _linked_names(conn: Connection, kind: str, sel: Selector) -> list[dict[int, list[str]]]:
    """Per link of ``kind`` (``links.NAME_LINKS``, in its order): owner id -> names."""
    return [_through(conn, link, sel) for link in NAME_LINKS[kind]]


def _attendees(conn: Connection, model: Any, owner: Any, sel: Selector) -> dict[int, list[str]]:
    """The governments and contact persons of a focus group's or an activity's
    participant rows (``model``), per owner."""
    return _grouped(
        conn,
        sel,
        ("attendees", model),
        lambda s: (
            select(owner, LocalGovernment.name, ContactPerson.first_name, ContactPerson.last_name)
            .join(LocalGovernment, LocalGovernment.id == model.local_government_id)
            .outerjoin(ContactPerson, ContactPerson.id == model.contact_person_id)
            .where(s(owner))
        ),
    )


# Made once: an alias made per call rebuilt its column proxies on every save (~3 ms).
_TALK_LG = aliased(LocalGovernment)
_TALK_EXPERIENCED = aliased(LocalGovernment)
_MEMBER_LG = aliased(LocalGovernment)


def local_governments(conn: Connection, sel: Selector) -> Iterator[Document]:
    lg = LocalGovernment
    al = LocalGovernmentAlias
    aliases = _grouped(
        conn,
        sel,
        "government aliases",
        lambda s: select(al.local_government_id, al.name).where(s(al.local_government_id)),
    )
    alias_codes = _grouped(
        conn,
        sel,
        "government alias codes",
        lambda s: select(al.local_government_id, al.nis_code).where(s(al.local_government_id)),
    )
    member = _MEMBER_LG
    members = _grouped(
        conn,
        sel,
        "partnership members",
        lambda s: (
            select(partnership_member.c.partnership_id, member.name)
            .join(member, member.id == partnership_member.c.member_id)
            .where(s(partnership_member.c.partnership_id))
        ),
    )
    rows = run(
        conn,
        sel,
        "governments",
        lambda s: select(
            lg.id,
            lg.name,
            lg.nis_code,
            lg.province,
            lg.arrondissement,
            lg.email,
            lg.phone,
            lg.notes,
        ).where(s(lg.id)),
    )
    for r in rows:
        title_folded = fold_all([r.name, *aliases[r.id]])
        body = fold_all(
            [
                r.nis_code,
                *alias_codes[r.id],
                r.province,
                r.arrondissement,
                r.email,
                r.phone,
                r.notes,
                *members[r.id],
            ]
        )
        yield Document(LOCAL_GOVERNMENT, r.id, r.name, title_folded, body)


def contact_persons(conn: Connection, sel: Selector) -> Iterator[Document]:
    cp = ContactPerson
    rows = run(
        conn,
        sel,
        "contacts",
        lambda s: (
            select(
                cp.id,
                cp.first_name,
                cp.last_name,
                cp.role,
                cp.email,
                cp.phone,
                cp.notes,
                LocalGovernment.name.label("government"),
            )
            .join(LocalGovernment, LocalGovernment.id == cp.local_government_id)
            .where(s(cp.id))
        ),
    )
    for r in rows:
        title = f"{r.first_name} {r.last_name}".strip()
        yield _doc(CONTACT_PERSON, r.id, title, [r.role, r.email, r.phone, r.notes, r.government])


def advice_talks(conn: Connection, sel: Selector) -> Iterator[Document]:
    t = AdviceTalk
    lg = _TALK_LG
    exp = _TALK_EXPERIENCED
    contacts, members, themes, tools = _linked_names(conn, ADVICE_TALK, sel)
    rows = run(
        conn,
        sel,
        "talks",
        lambda s: (
            select(
                t.id,
                t.question,
                t.advice,
                t.notes,
                t.info_session_note,
                t.policy_dossier_note,
                t.signal_note,
                lg.name.label("government"),
                exp.name.label("experienced"),
            )
            .join(lg, lg.id == t.local_government_id)
            .outerjoin(exp, exp.id == t.experienced_government_id)
            .where(s(t.id))
        ),
    )
    for r in rows:
        title = first_line(r.question) or "Adviesgesprek"
        body = [
            r.government,
            r.experienced,
            r.question,
            r.advice,
            r.notes,
            r.info_session_note,
            r.policy_dossier_note,
            r.signal_note,
            *contacts[r.id],
            *members[r.id],
            *themes[r.id],
            *tools[r.id],
        ]
        yield _doc(ADVICE_TALK, r.id, title, body)


def trajectories(conn: Connection, sel: Selector) -> Iterator[Document]:
    t = Trajectory
    coaches, contacts, themes = _linked_names(conn, TRAJECTORY, sel)
    moments = _grouped(
        conn,
        sel,
        "contact moments",
        lambda s: select(ContactMoment.trajectory_id, ContactMoment.notes).where(
            s(ContactMoment.trajectory_id)
        ),
    )
    rows = run(
        conn,
        sel,
        "trajectories",
        lambda s: (
            select(
                t.id,
                t.title,
                t.needs,
                t.goals,
                t.approach,
                t.partner_involvement,
                t.notes,
                LocalGovernment.name.label("government"),
            )
            .join(LocalGovernment, LocalGovernment.id == t.local_government_id)
            .where(s(t.id))
        ),
    )
    for r in rows:
        title = r.title or "Ondersteuningstraject"
        body = [
            r.government,
            r.needs,
            r.goals,
            r.approach,
            r.partner_involvement,
            r.notes,
            *coaches[r.id],
            *contacts[r.id],
            *themes[r.id],
            *moments[r.id],
        ]
        yield _doc(TRAJECTORY, r.id, title, body)


def focus_groups(conn: Connection, sel: Selector) -> Iterator[Document]:
    f = FocusGroup
    p = FocusGroupParticipant
    (organisers,) = _linked_names(conn, FOCUS_GROUP, sel)
    participants = _attendees(conn, p, p.focus_group_id, sel)
    findings = _grouped(
        conn,
        sel,
        "tool findings",
        lambda s: (
            select(ToolFinding.focus_group_id, Tool.name, ToolFinding.findings)
            .join(Tool, Tool.id == ToolFinding.tool_id)
            .where(s(ToolFinding.focus_group_id))
        ),
    )
    rows = run(
        conn,
        sel,
        "focus groups",
        lambda s: select(f.id, f.topic, f.place, f.new_tool_needs, f.notes).where(s(f.id)),
    )
    for r in rows:
        body = [
            r.place,
            r.new_tool_needs,
            r.notes,
            *organisers[r.id],
            *participants[r.id],
            *findings[r.id],
        ]
        yield _doc(FOCUS_GROUP, r.id, r.topic or "Focusgroep", body)


def follow_up_actions(conn: Connection, sel: Selector) -> Iterator[Document]:
    a = FollowUpAction
    rows = run(
        conn,
        sel,
        "follow-up actions",
        lambda s: (
            select(
                a.id,
                a.description,
                a.notes,
                TeamMember.name.label("owner"),
                LocalGovernment.name.label("government"),
            )
            .outerjoin(TeamMember, TeamMember.id == a.owner_id)
            .outerjoin(LocalGovernment, LocalGovernment.id == a.local_government_id)
            .where(s(a.id))
        ),
    )
    for r in rows:
        title = first_line(r.description) or "Opvolgactie"
        yield _doc(FOLLOW_UP_ACTION, r.id, title, [r.description, r.notes, r.owner, r.government])


def activities(conn: Connection, sel: Selector) -> Iterator[Document]:
    a = Activity
    p = ActivityParticipant
    members, themes = _linked_names(conn, ACTIVITY, sel)
    participants = _attendees(conn, p, p.activity_id, sel)
    rows = run(conn, sel, "activities", lambda s: (
        select(
            a.id, a.topic, a.place, a.description, a.lead_partner, a.feedback_text, a.notes,
            ActivityKind.name.label("kind"),
        )
        .join(ActivityKind, ActivityKind.id == a.kind_id)
        .where(s(a.id))
    ))  # fmt: skip
    for r in rows:
        body = [
            r.kind, r.place, r.description, r.lead_partner, r.feedback_text, r.notes,
            *members[r.id], *themes[r.id], *participants[r.id],
        ]  # fmt: skip
        yield _doc(ACTIVITY, r.id, r.topic or r.kind, body)


def publications(conn: Connection, sel: Selector) -> Iterator[Document]:
    p = Publication
    rows = run(
        conn,
        sel,
        "publications",
        lambda s: (
            select(p.id, p.title, p.medium, p.items, p.notes, p.link, LocalGovernment.name)
            .outerjoin(LocalGovernment, LocalGovernment.id == p.local_government_id)
            .where(s(p.id))
        ),
    )
    for r in rows:
        yield _doc(PUBLICATION, r.id, r.title, [r.medium, r.items, r.notes, r.link, r.name])


BUILDERS: dict[str, Callable[[Connection, Selector], Iterator[Document]]] = {
    LOCAL_GOVERNMENT: local_governments,
    CONTACT_PERSON: contact_persons,
    ADVICE_TALK: advice_talks,
    TRAJECTORY: trajectories,
    FOCUS_GROUP: focus_groups,
    FOLLOW_UP_ACTION: follow_up_actions,
    ACTIVITY: activities,
    PUBLICATION: publications,
}


def build(conn: Connection, kind: str, sel: Selector) -> list[Document]:
    """The documents of the ``kind`` records that ``sel`` picks."""
    return list(BUILDERS[kind](conn, sel))
