"""Communication (OD 1.3): good practices, articles, newsletters and website updates.

One kind of record, ``Publication``, with a kind: a good practice names the local
government it is about; an article names its medium (the magazine Lokaal) and may be
about a good practice (``good_practice_id``); a newsletter lists its items. Archiving
hides one from the lists; it was published all the same and still counts.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import NamedTuple

from sqlalchemy import ColumnElement, extract, func, or_, select
from sqlalchemy.orm import Session

from db.models import LocalGovernment, Publication, article_good_practice
from db.session import Database
from supportdesk.field_rules import rule
from supportdesk.plan_codes import PUBLICATION_KINDS, PublicationKind
from supportdesk.queries._common import contains
from supportdesk.services._base import (
    Ref,
    Stamped,
    archivers,
    delete_record,
    edit_record,
    find_ref,
    new_record,
    opt_ref,
    read_record,
    refs,
    stamps,
)
from supportdesk.validation import Checker


@dataclass(frozen=True)
class PublicationInput:
    kind: str
    published_on: date
    title: str
    link: str = ""
    local_government_id: str | None = None
    medium: str = ""
    items: str = ""
    notes: str = ""
    good_practice_id: str | None = None  # an article about a good practice


@dataclass(frozen=True)
class PublicationView(Stamped):
    id: str
    version: int
    kind: str
    published_on: date
    title: str
    link: str
    local_government: Ref | None
    medium: str
    items: str
    notes: str
    good_practice: Ref | None
    articles: tuple[Ref, ...]  # articles about this good practice
    archived: bool


def _articles_about(session: Session, p: Publication) -> list[Publication]:
    ids = select(article_good_practice.c.article_id).where(
        article_good_practice.c.good_practice_id == p.id
    )
    return list(
        session.scalars(
            select(Publication).where(Publication.id.in_(ids)).order_by(Publication.published_on)
        )
    )


def _view(session: Session, p: Publication) -> PublicationView:
    return PublicationView(
        id=p.public_id,
        version=p.version,
        kind=p.kind,
        published_on=p.published_on,
        title=p.title,
        link=p.link,
        local_government=opt_ref(p.local_government),
        medium=p.medium,
        items=p.items,
        notes=p.notes,
        good_practice=opt_ref(p.good_practice),
        articles=refs(_articles_about(session, p)) if p.id else (),
        archived=p.archived,
        **stamps(p),
    )


def _apply(session: Session, p: Publication, data: PublicationInput) -> None:
    chk = Checker()
    kind = chk.choice("kind", data.kind, PUBLICATION_KINDS, "soort publicatie")
    when = chk.date("published_on", data.published_on, "De publicatiedatum")
    title = rule("publication", "title").apply(chk, data.title)
    link = rule("publication", "link").apply(chk, data.link)
    medium = rule("publication", "medium").apply(chk, data.medium)
    items = rule("publication", "items").apply(chk, data.items)
    notes = rule("publication", "notes").apply(chk, data.notes)
    lg = find_ref(
        chk,
        session,
        LocalGovernment,
        data.local_government_id,
        "local_government_id",
        required=False,
        label="lokaal bestuur",
    )
    practice = find_ref(
        chk,
        session,
        Publication,
        data.good_practice_id,
        "good_practice_id",
        required=False,
        label="goede praktijk",
    )
    if practice is not None:
        if kind != PublicationKind.ARTICLE:
            chk.fail("good_practice_id", "Enkel een artikel kan over een goede praktijk gaan.")
        elif practice.kind != PublicationKind.GOOD_PRACTICE:
            chk.fail("good_practice_id", f"“{practice.title}” is geen goede praktijk.")
    chk.raise_if_any()
    assert when is not None
    p.kind, p.published_on, p.title, p.link = kind, when, title, link
    p.local_government, p.medium, p.items, p.notes = lg, medium, items, notes
    p.good_practice = practice


def create_publication(db: Database, data: PublicationInput) -> PublicationView:
    return new_record(db, Publication(archived=False), _apply, data, _view)


def update_publication(
    db: Database, public_id: str, data: PublicationInput, expected_version: int | None
) -> PublicationView:
    return edit_record(db, Publication, public_id, expected_version, _apply, data, _view)


archive_publication, unarchive_publication = archivers(Publication, _view)


def delete_publication(db: Database, public_id: str, expected_version: int | None = None) -> None:
    """Remove one entered by mistake (an article about it loses the link, not itself)."""
    delete_record(db, Publication, public_id, expected_version)


def get_publication(db: Database, public_id: str) -> PublicationView:
    return read_record(db, Publication, public_id, _view)


# -- the list ----------------------------------------------------------------------------


@dataclass(frozen=True)
class PublicationFilter:
    """What the list shows; None or empty means any. ``text`` matches the title, the
    medium, the items or the notes."""

    kind: str | None = None
    year: int | None = None
    local_government_id: str | None = None
    text: str = ""
    include_archived: bool = False


class PublicationRow(NamedTuple):
    id: str
    kind: str
    published_on: date
    title: str
    link: str
    local_government: str
    medium: str
    archived: bool


def _conditions(f: PublicationFilter) -> list[ColumnElement[bool]]:
    p = Publication
    cond: list[ColumnElement[bool]] = []
    if not f.include_archived:
        cond.append(p.archived.is_(False))
    if f.kind:
        cond.append(p.kind == f.kind)
    if f.year is not None:
        cond.append(p.published_on.between(date(f.year, 1, 1), date(f.year, 12, 31)))
    if f.local_government_id:
        lg = select(LocalGovernment.id).where(LocalGovernment.public_id == f.local_government_id)
        cond.append(p.local_government_id == lg.scalar_subquery())
    if f.text.strip():
        cond.append(or_(*(contains(c, f.text) for c in (p.title, p.medium, p.items, p.notes))))
    return cond


def publications_page(
    db: Database, f: PublicationFilter | None = None, offset: int = 0, limit: int | None = None
) -> tuple[list[PublicationRow], int]:
    """One page of publications, newest first, and how many there are in all."""
    f = f or PublicationFilter()
    p, lg = Publication, LocalGovernment
    cond = _conditions(f)
    stmt = (
        select(p.public_id, p.kind, p.published_on, p.title, p.link, lg.name, p.medium, p.archived)
        .outerjoin(lg, lg.id == p.local_government_id)
        .where(*cond)
        .order_by(p.published_on.desc(), p.id.desc())
        .offset(offset)
        .limit(limit)
    )
    with db.read() as session:
        rows = [
            PublicationRow(pid, kind, day, title, link, gov or "", medium, archived)
            for pid, kind, day, title, link, gov, medium, archived in session.execute(stmt)
        ]
        total = int(session.scalar(select(func.count()).select_from(p).where(*cond)) or 0)
    return rows, total


def publication_years(db: Database) -> list[int]:
    """The years that have publications, newest first."""
    with db.read() as session:
        years = session.scalars(select(extract("year", Publication.published_on)).distinct())
        return sorted({int(y) for y in years}, reverse=True)
