"""The statements that build the documents are built once per place and kind of
selector and executed with bound ids (building them on every save cost more than
running them); by ids and by range they give the same documents."""

from __future__ import annotations

from datetime import date

from db.session import Database
from supportdesk.search import documents
from supportdesk.search.documents import build, by_ids, by_range
from supportdesk.search.kinds import KINDS, TABLES


def test_saving_again_builds_no_statement_and_both_selectors_agree(db: Database) -> None:
    from sqlalchemy import select

    from supportdesk.search import search
    from supportdesk.services.advice import AdviceTalkInput, create_advice_talk
    from supportdesk.services.follow_ups import FollowUpInput

    lg = search(db, "Gent", kinds=["local_government"])[0].id

    def save(question: str) -> None:
        follow = (FollowUpInput("Gids mailen"),)
        talk = AdviceTalkInput(date(2025, 4, 1), lg, "phone", question, new_follow_ups=follow)
        create_advice_talk(db, talk)

    save("Eerste vraag over digihelpers")
    built = dict(documents._STATEMENTS)
    save("Tweede vraag over de bibliotheek")
    assert built == documents._STATEMENTS  # nothing new was built...
    assert all(documents._STATEMENTS[k] is v for k, v in built.items())  # ...or rebuilt
    assert [h.kind for h in search(db, "bibliotheek gent")] == ["advice_talk"]
    with db.read() as s:
        conn = s.connection()
        for kind in KINDS:
            ids = list(conn.scalars(select(TABLES[kind].c.id).order_by(TABLES[kind].c.id)))
            if not ids:
                continue
            assert build(conn, kind, by_ids(ids)) == build(conn, kind, by_range(ids[0], ids[-1]))
            one = build(conn, kind, by_ids(ids[-1:]))
            assert [d.record_id for d in one] == ids[-1:]
