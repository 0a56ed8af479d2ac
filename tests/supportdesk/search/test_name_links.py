"""Every name a document takes through a link table (``links.NAME_LINKS``) is in that
document, and renaming the named record rebuilds it: the documents and the dependents
read the one list, checked here for each link on demo data (talks, trajectories,
focus groups, activities)."""

from __future__ import annotations

from sqlalchemy import select

from db.models import ContactPerson, SearchDocument
from db.session import Database
from supportdesk.demo import generate_demo
from supportdesk.search.kinds import document_id
from supportdesk.search.links import NAME_LINKS


def _body(db: Database, kind: str, record_id: int) -> str:
    with db.read() as s:
        doc = s.get(SearchDocument, document_id(kind, record_id))
        assert doc is not None
        return doc.body


def test_each_link_puts_the_name_in_the_document_and_a_rename_reaches_it(
    sqlite_db: Database,
) -> None:
    db = sqlite_db
    generate_demo(db, scale=1)
    from supportdesk.search import reindex_all

    reindex_all(db)  # the demo writes with Core
    checked = 0
    for links in NAME_LINKS.values():
        for i, link in enumerate(links):
            owner, target = link.table.c[link.owner], link.table.c[link.target]
            with db.read() as s:
                row = s.execute(select(owner, target).order_by(owner).limit(1)).first()
            if row is None:
                continue
            record_id, named_id = row
            new = f"Zzqx{link.kind.replace('_', '')}{i}"
            with db.write() as s:
                named = s.get(link.model, named_id)
                assert named is not None
                if link.model is ContactPerson:
                    named.last_name = new
                else:
                    named.name = new
            assert new.lower() in _body(db, link.kind, record_id).split(), link
            checked += 1
    assert checked >= 8  # the demo links most kinds of names
