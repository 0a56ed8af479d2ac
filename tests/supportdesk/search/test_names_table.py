"""The names-only full-text table (SQLite, migration 0015) holds exactly the titles of
the governments' and contacts' documents after every way a document is written: the
services, the ORM, ``reindex_all`` after Core writes, an erasure, a deletion. And a
broad search lists the same names first as the walk over the whole index did."""

from __future__ import annotations

import pytest
from sqlalchemy import Connection, delete, text

from db.models import ContactPerson, LocalGovernment, SearchDocument
from db.session import Database
from supportdesk.search import reindex_all, search
from supportdesk.search.kinds import CONTACT_PERSON, LOCAL_GOVERNMENT
from tests.supportdesk.search.conftest import Maker

NAME_KINDS = (LOCAL_GOVERNMENT, CONTACT_PERSON)


def _in_step(conn: Connection) -> None:
    """Every name document is in the table under its own words, and nothing else is."""
    docs = conn.execute(
        text("SELECT id, title_folded FROM search_document WHERE kind IN (:a, :b)"),
        {"a": LOCAL_GOVERNMENT, "b": CONTACT_PERSON},
    ).all()
    held = sorted(conn.execute(text("SELECT rowid FROM search_fts_names")).scalars())
    assert held == sorted(d.id for d in docs)
    words = {w for d in docs for w in d.title_folded.split()}
    for word in sorted(words)[:: max(1, len(words) // 60)]:  # a spread of the words
        found = conn.execute(
            text("SELECT rowid FROM search_fts_names WHERE search_fts_names MATCH :q"),
            {"q": f'"{word}"'},
        ).scalars()
        assert sorted(found) == sorted(d.id for d in docs if word in d.title_folded.split())


def check(db: Database) -> None:
    with db.read() as s:
        _in_step(s.connection())


def test_every_way_of_writing_keeps_the_names_in_step(sqlite_db: Database) -> None:
    from supportdesk.safety.personal_data import erase_person
    from supportdesk.services.contacts import (
        ContactInput,
        create_contact,
        merge_contacts,
        update_contact,
    )

    db, make = sqlite_db, Maker(sqlite_db)
    check(db)  # the reference data: every government
    lg = search(db, "Gent", kinds=[LOCAL_GOVERNMENT])[0].id
    a = create_contact(db, ContactInput(lg, "Łukasz", "Özdemir", role="schepen"))
    b = create_contact(db, ContactInput(lg, "Ann", "De Rycke"))
    check(db)
    a = update_contact(db, a.id, ContactInput(lg, "Łukasz", "Öztürk"), a.version)
    check(db)
    c = create_contact(db, ContactInput(lg, "Ann", "Derycke"))
    merge_contacts(db, b.id, c.id)  # the other one is removed
    check(db)
    make.contact("Gent", "Jan", "Peeters", notes="verhuist")
    erase_person(db, a.id)
    check(db)
    with db.write() as s:  # a government renamed: its document changes, talks too
        gent = s.get(LocalGovernment, make.lg_id("Gent"))
        assert gent is not None
        gent.name = "Gent-Stad"
    check(db)
    with db.write() as s:  # Core writes skip the listener; reindex_all repairs
        s.execute(delete(SearchDocument).where(SearchDocument.kind == CONTACT_PERSON))
        s.execute(text("UPDATE search_document SET title_folded = 'niets'"))
    check(db)
    reindex_all(db)
    check(db)
    assert [h.title for h in search(db, "peeters", kinds=[CONTACT_PERSON])] == ["Jan Peeters"]
    with db.write() as s:
        s.execute(delete(ContactPerson))
    reindex_all(db)
    check(db)


def test_broad_search_lists_the_same_names_as_the_walk_over_every_document(
    sqlite_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The names query reads the names table; the ids it finds, in order, equal the
    title-only match over the full index that it replaces (for both kinds and each)."""
    import supportdesk.search.query as query

    make = Maker(sqlite_db)
    for i in range(12):
        make.talk("Gent", f"Vraag {i} van de digihelpers over De Rycke en Van Belle")
    for first, last in [("Ann", "De Rycke"), ("Piet", "Van Belle"), ("Dirk", "Digimans")]:
        for lg in ("Gent", "Antwerpen", "Brugge"):
            make.contact(lg, first, last)
    old_sql = (
        "SELECT rowid FROM search_fts WHERE search_fts MATCH :q{kinds} "
        "ORDER BY rowid DESC LIMIT :cap"
    )
    with sqlite_db.read() as s:
        conn = s.connection()
        for words in (["de"], ["van", "be"], ["digi"], ["de", "ryc"], ["ge"], ["b"]):
            for kinds in (NAME_KINDS, (CONTACT_PERSON,), (LOCAL_GOVERNMENT,)):
                q = query.fts5_query(words, title_only=True)
                params = {"q": q, "cap": 5}
                test = query._kind_test("rowid", kinds)
                new = conn.execute(text(query._SQLITE_NEWEST_IDS.replace("{kinds}", test)), params)
                old = conn.execute(text(old_sql.replace("{kinds}", test)), params)
                assert list(new.scalars()) == list(old.scalars()), (words, kinds)
    monkeypatch.setattr(query, "BROAD", 5)
    hits = search(sqlite_db, "de ryc")
    assert [h.title for h in hits[:3]] == ["Ann De Rycke"] * 3
