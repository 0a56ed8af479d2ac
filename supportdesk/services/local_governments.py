"""Local governments: municipalities (pre-loaded), partnerships and other organisations.

Add, edit, set the starting position, archive, say which municipalities a partnership
covers (a partnership always has at least one), say what an organisation is (partner,
Digibank, administration) and keep a government's former names, which search and the
completer find. Also the quick look-ups a form's completer and pickers need.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import NamedTuple

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import LocalGovernment, LocalGovernmentAlias
from db.session import Database
from supportdesk.codes import LG_KINDS, ORGANISATION_KINDS, STARTING_POSITIONS, LgKind
from supportdesk.field_rules import rule
from supportdesk.services._base import (
    Ref,
    archivers,
    change_record,
    edit_record,
    find_refs,
    read_record,
    refs,
    sessionless,
    set_fields,
    unless_archived,
    write,
)
from supportdesk.validation import Checker, fold, name_key


@dataclass(frozen=True)
class LocalGovernmentInput:
    name: str
    kind: str = LgKind.ORGANISATION
    nis_code: str | None = None
    province: str = ""
    arrondissement: str = ""
    starting_position: str | None = None
    email: str = ""
    phone: str = ""
    notes: str = ""
    #: for an organisation: partner, digibank, administration, other (or None: not said)
    organisation_kind: str | None = None
    #: for a partnership: its member municipalities (required when adding one; None on
    #: an update leaves them as they are)
    member_ids: tuple[str, ...] | None = None


@dataclass(frozen=True)
class Alias:
    """A former name (a merged municipality) that still finds this government."""

    name: str
    nis_code: str | None


@dataclass(frozen=True)
class LocalGovernmentView:
    id: str
    version: int
    name: str
    kind: str
    nis_code: str | None
    province: str
    arrondissement: str
    starting_position: str | None
    email: str
    phone: str
    notes: str
    archived: bool
    aliases: tuple[Alias, ...]
    members: tuple[Ref, ...]
    partnerships: tuple[Ref, ...]
    organisation_kind: str | None = None


def _view(lg: LocalGovernment) -> LocalGovernmentView:
    return LocalGovernmentView(
        id=lg.public_id,
        version=lg.version,
        name=lg.name,
        kind=lg.kind,
        nis_code=lg.nis_code,
        province=lg.province or "",
        arrondissement=lg.arrondissement or "",
        starting_position=lg.starting_position,
        email=lg.email or "",
        phone=lg.phone or "",
        notes=lg.notes,
        archived=lg.archived,
        aliases=tuple(Alias(a.name, a.nis_code) for a in sorted(lg.aliases, key=lambda a: a.name)),
        members=refs(sorted(lg.members, key=lambda m: fold(m.name))),
        partnerships=refs(sorted(lg.partnerships, key=lambda m: fold(m.name))),
        organisation_kind=lg.organisation_kind,
    )


def _apply(session: Session, lg: LocalGovernment, data: LocalGovernmentInput) -> None:
    chk = Checker()
    name = rule("local_government", "name").apply(chk, data.name)
    kind = chk.choice("kind", data.kind, LG_KINDS, "soort bestuur")
    nis = rule("local_government", "nis_code").apply(chk, data.nis_code)
    province = rule("local_government", "province").apply(chk, data.province)
    arrondissement = rule("local_government", "arrondissement").apply(chk, data.arrondissement)
    position = chk.optional_choice(
        "starting_position", data.starting_position, STARTING_POSITIONS, "startpositie"
    )
    email = rule("local_government", "email").apply(chk, data.email)
    phone = rule("local_government", "phone").apply(chk, data.phone)
    notes = rule("local_government", "notes").apply(chk, data.notes)
    org_kind = chk.optional_choice(
        "organisation_kind", data.organisation_kind, ORGANISATION_KINDS, "soort organisatie"
    )
    if org_kind and kind != LgKind.ORGANISATION and "kind" not in chk.errors:
        chk.fail("organisation_kind", "Alleen een organisatie heeft een soort organisatie.")
    _unique_name(chk, session, lg, name, kind)
    members = None
    if kind == LgKind.PARTNERSHIP and (data.member_ids is not None or lg.id is None):
        members = _members(chk, session, lg, data.member_ids or ())
    elif data.member_ids and "kind" not in chk.errors:
        chk.fail("member_ids", "Alleen een samenwerkingsverband heeft leden.")
    if nis is not None and "nis_code" not in chk.errors:
        other = session.scalar(select(LocalGovernment).where(LocalGovernment.nis_code == nis))
        if other is not None and other is not lg:
            chk.fail("nis_code", f"De NIS-code {nis} is al in gebruik door {other.name}.")
    if lg.id is not None and kind != LgKind.PARTNERSHIP and lg.members and "kind" not in chk.errors:
        chk.fail("kind", "Dit samenwerkingsverband heeft nog leden; haal ze eerst weg.")
    if (
        lg.id is not None
        and kind != LgKind.MUNICIPALITY
        and lg.partnerships
        and "kind" not in chk.errors
    ):
        chk.fail("kind", "Dit bestuur is lid van een samenwerkingsverband en blijft een gemeente.")
    chk.raise_if_any()
    lg.name, lg.kind, lg.nis_code = name, kind, nis
    lg.province, lg.arrondissement = province or None, arrondissement or None
    lg.starting_position = position
    lg.email, lg.phone, lg.notes = email or None, phone or None, notes
    lg.organisation_kind = org_kind if kind == LgKind.ORGANISATION else None
    if members is not None:
        lg.members = members


def _unique_name(chk: Checker, session: Session, lg: LocalGovernment, name: str, kind: str) -> None:
    """A partnership or organisation's name is not another one's of the same kind, case
    and accents ignored (two "Digibank Gent"s would be the same place twice)."""
    if "name" in chk.errors or "kind" in chk.errors or kind == LgKind.MUNICIPALITY:
        return
    wanted = name_key(name)
    q = select(LocalGovernment.id, LocalGovernment.name).where(LocalGovernment.kind == kind)
    for row_id, other in session.execute(q):
        if row_id != lg.id and name_key(other) == wanted:
            what = "samenwerkingsverband" if kind == LgKind.PARTNERSHIP else "organisatie"
            chk.fail("name", f"Er is al een {what} “{other}”.")
            return


def _members(
    chk: Checker, session: Session, lg: LocalGovernment, member_ids: object
) -> list[LocalGovernment]:
    """A partnership's member municipalities: at least one, each a municipality."""
    members = find_refs(chk, session, LocalGovernment, member_ids, "member_ids")
    not_municipal = [m.name for m in members if m.kind != LgKind.MUNICIPALITY]
    if not_municipal:
        chk.fail("member_ids", f"Alleen gemeenten kunnen lid zijn; niet: {not_municipal[0]}.")
    if not members and "member_ids" not in chk.errors:
        chk.fail(
            "member_ids", "Kies minstens één gemeente die lid is van het samenwerkingsverband."
        )
    return members


def create_local_government(db: Database, data: LocalGovernmentInput) -> LocalGovernmentView:
    """Add a partnership (with its members) or another organisation (or a municipality
    the list misses); one transaction."""
    with write(db) as session:
        lg = LocalGovernment(aliases=[], members=[], partnerships=[])
        with session.no_autoflush:
            _apply(session, lg, data)
        session.add(lg)
        session.flush()
        return _view(lg)


def update_local_government(
    db: Database, public_id: str, data: LocalGovernmentInput, expected_version: int | None
) -> LocalGovernmentView:
    return edit_record(db, LocalGovernment, public_id, expected_version, _apply, data, _view_of)


_view_of = sessionless(_view)


def set_starting_position(
    db: Database, public_id: str, position: str | None, expected_version: int | None = None
) -> LocalGovernmentView:
    """Starting, growing or experienced (startend, groeiend, ervaren), or None: unknown."""
    chk = Checker()
    value = chk.optional_choice("starting_position", position, STARTING_POSITIONS, "startpositie")
    chk.raise_if_any()
    values = {"starting_position": value}
    return set_fields(db, LocalGovernment, public_id, values, expected_version, _view_of)


archive_local_government, unarchive_local_government = archivers(LocalGovernment, _view_of)


def set_partnership_members(
    db: Database,
    partnership_id: str,
    member_ids: tuple[str, ...] | list[str],
    expected_version: int | None = None,
) -> LocalGovernmentView:
    """The municipalities a partnership (samenwerkingsverband) covers, replacing the old list."""

    def change(session: Session, lg: LocalGovernment) -> None:
        chk = Checker()
        if lg.kind != LgKind.PARTNERSHIP:
            chk.fail("kind", "Alleen een samenwerkingsverband heeft leden.")
        members = _members(chk, session, lg, member_ids)
        chk.raise_if_any()
        lg.members = members

    return change_record(db, LocalGovernment, partnership_id, expected_version, change, _view_of)


def set_aliases(
    db: Database, public_id: str, names: Sequence[str], expected_version: int | None = None
) -> LocalGovernmentView:
    """A government's former names (merged municipalities, an organisation's old name),
    replacing the old list; search and the completer find the government by each.

    Empty rows are skipped; errors are keyed ``aliases.n`` (the n-th name, from 0). A
    name kept keeps its NIS code. One transaction, with a change-log entry that lists the
    names before and after."""

    def change(session: Session, lg: LocalGovernment) -> None:
        chk = Checker()
        own = name_key(lg.name)
        others = {
            name_key(n): n
            for n in session.scalars(
                select(LocalGovernment.name).where(LocalGovernment.id != lg.id)
            )
        }
        kept: dict[str, str] = {}
        for index, raw in enumerate(names):
            field = f"aliases.{index}"
            one = Checker()  # a former name is a line of at most 200, as a name
            name = one.line("name", raw, max_len=200).strip()
            if one.errors:
                chk.fail(field, one.errors["name"])
            if not name or field in chk.errors:
                continue
            key = name_key(name)
            if key == own:
                chk.fail(field, f"“{name}” is de huidige naam zelf.")
            elif key in kept:
                chk.fail(field, f"“{name}” staat er al.")
            elif key in others:
                chk.fail(field, f"“{others[key]}” is de naam van een ander lokaal bestuur.")
            kept[key] = name
        chk.raise_if_any()
        old = {a.name: a for a in lg.aliases}
        lg.aliases = [old.get(n) or LocalGovernmentAlias(name=n) for n in kept.values()]

    return change_record(db, LocalGovernment, public_id, expected_version, change, _view_of)


def get_local_government(db: Database, public_id: str) -> LocalGovernmentView:
    return read_record(db, LocalGovernment, public_id, _view_of)


class LocalGovernmentBrief(NamedTuple):
    """One line of a picker (a tuple, so ``id, name, nis, kind = row`` works too)."""

    id: str
    name: str
    nis_code: str | None
    kind: str


def list_local_governments_brief(
    db: Database, *, include_archived: bool = False
) -> list[LocalGovernmentBrief]:
    """Every local government as (id, name, nis_code, kind), sorted by name, for pickers."""
    with db.read() as session:
        lg = LocalGovernment
        q = select(lg.public_id, lg.name, lg.nis_code, lg.kind)
        q = unless_archived(q, lg, include_archived)
        rows = [LocalGovernmentBrief(*r) for r in session.execute(q)]
    rows.sort(key=lambda r: (fold(r.name), r.name))
    return rows


class Completion(NamedTuple):
    """A completer's suggestion; ``matched_alias`` is the former name that matched, if any."""

    id: str
    name: str
    nis_code: str | None
    matched_alias: str | None


_WORD = re.compile(r"[^\W_]+")


def _rank(folded_query: str, folded_name: str) -> int | None:
    """0 exact, 1 prefix, 2 a later word's prefix, None no match."""
    if folded_name == folded_query:
        return 0
    if folded_name.startswith(folded_query):
        return 1
    if any(w.startswith(folded_query) for w in _WORD.findall(folded_name)[1:]):
        return 2
    return None


def complete_local_governments(
    db: Database, text: str, limit: int = 20, *, include_archived: bool = False
) -> list[Completion]:
    """Suggestions for what was typed: name or word prefix, NIS-code prefix, or a former
    municipality's name (Sint-Amandsberg is Gent's), case- and accent-insensitive.

    Reads the ~300 names and ~600 aliases and matches in Python: a few milliseconds, and
    always current when colleagues add organisations.
    """
    query = fold(text.strip())
    if not query:
        return []
    with db.read() as session:
        lg = LocalGovernment
        q = select(lg.id, lg.public_id, lg.name, lg.nis_code)
        q = unless_archived(q, lg, include_archived)
        govs = session.execute(q).all()
        aliases = session.execute(
            select(LocalGovernmentAlias.local_government_id, LocalGovernmentAlias.name)
        ).all()
    best: dict[int, tuple[tuple[int, str, str], Completion]] = {}

    def offer(rank: int, row_id: int, item: Completion) -> None:
        key = (rank, fold(item.name), item.name)
        if row_id not in best or key < best[row_id][0]:
            best[row_id] = (key, item)

    by_id = {g.id: g for g in govs}
    for g in govs:
        r = _rank(query, fold(g.name))
        if r is not None:
            offer(r, g.id, Completion(g.public_id, g.name, g.nis_code, None))
        elif query.isdigit() and g.nis_code and g.nis_code.startswith(query):
            offer(3, g.id, Completion(g.public_id, g.name, g.nis_code, None))
    for lg_id, alias_name in aliases:
        owner = by_id.get(lg_id)
        if owner is None:
            continue
        r = _rank(query, fold(alias_name))
        if r is not None:
            offer(
                4 + r, owner.id, Completion(owner.public_id, owner.name, owner.nis_code, alias_name)
            )
    ordered = sorted(best.values(), key=lambda kv: kv[0])
    return [item for _key, item in ordered[: max(limit, 0)]]
