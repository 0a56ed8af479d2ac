"""The index stays in step with every create, change and delete, whoever makes it:
the ORM directly, the services, or Core statements followed by ``reindex_all``."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from sqlalchemy import delete, func, insert, select, text

from db.models import (
    AdviceTalk,
    ContactMoment,
    ContactPerson,
    FocusGroup,
    FocusGroupParticipant,
    FollowUpAction,
    LocalGovernment,
    LocalGovernmentAlias,
    SearchDocument,
    TeamMember,
    Theme,
    Tool,
    ToolFinding,
    Trajectory,
)
from db.session import Database
from supportdesk.search import reindex_all, search
from tests.supportdesk.search.conftest import Maker


def kinds(db: Database, text_: str) -> list[str]:
    return [h.kind for h in search(db, text_)]


def doc_count(db: Database) -> int:
    with db.read() as s:
        return int(s.scalar(select(func.count()).select_from(SearchDocument)) or 0)


def test_create_update_delete_contact(db: Database, make: Maker) -> None:
    c = make.contact("Gent", "Ayşe", "Kılıç", notes="kent de wijkwerking")
    assert kinds(db, "kilic") == ["contact_person"]
    with db.write() as s:
        obj = s.get(ContactPerson, c.id)
        assert obj is not None
        obj.last_name = "Yıldız"
    assert kinds(db, "kilic") == []
    assert kinds(db, "yildiz") == ["contact_person"]
    assert kinds(db, "wijkwerking") == ["contact_person"]
    with db.write() as s:
        s.delete(s.get(ContactPerson, c.id))
    assert kinds(db, "yildiz") == []


def test_renaming_a_government_refreshes_documents_that_name_it(db: Database, make: Maker) -> None:
    make.talk("Gent", "Vraag over zitbanken")
    make.contact("Gent", "Piet", "Pieters")
    assert "advice_talk" in kinds(db, "zitbanken gent")
    with db.write() as s:
        lg = s.scalar(select(LocalGovernment).where(LocalGovernment.name == "Gent"))
        assert lg is not None
        lg.name = "Stad Gentbrugge"
    assert kinds(db, "zitbanken gentbrugge") == ["advice_talk"]
    assert "contact_person" in kinds(db, "pieters gentbrugge")
    hit = search(db, "zitbanken")[0]
    assert hit.subtitle.startswith("Stad Gentbrugge · ")


def test_alias_changes_reach_the_government(db: Database, make: Maker) -> None:
    gent = make.lg_id("Gent")
    make.add(LocalGovernmentAlias(local_government_id=gent, name="Ledeberg"))
    assert search(db, "ledeberg")[0].title == "Gent"
    with db.write() as s:
        s.execute(select(LocalGovernmentAlias))  # no-op read in the same unit of work
        alias = s.scalar(
            select(LocalGovernmentAlias).where(LocalGovernmentAlias.name == "Ledeberg")
        )
        assert alias is not None
        s.delete(alias)
    assert search(db, "ledeberg") == []


def test_parts_of_a_record_are_in_its_document(db: Database, make: Maker) -> None:
    gent = make.lg_id("Gent")
    tr = make.add(Trajectory(local_government_id=gent, title="Regie digitale inclusie"))
    with db.write() as s:
        s.add(
            ContactMoment(
                trajectory_id=tr.id, date=date(2025, 2, 3), form="phone", notes="Olifantenpaadje"
            )
        )
    assert kinds(db, "olifant") == ["trajectory"]
    fg = make.add(FocusGroup(date=date(2025, 6, 1), topic="Evaluatie tools"))
    with db.read() as s:
        tool_id = s.scalar(select(Tool.id).limit(1))
    with db.write() as s:
        s.add(
            FocusGroupParticipant(
                focus_group_id=fg.id, local_government_id=make.lg_id("Pajottegem")
            )
        )
        s.add(ToolFinding(focus_group_id=fg.id, tool_id=tool_id, findings="Te lange brochure"))
    assert "focus_group" in kinds(db, "pajottegem")
    assert kinds(db, "brochure") == ["focus_group"]
    with db.write() as s:
        for f in s.scalars(select(ToolFinding)):
            s.delete(f)
    assert kinds(db, "brochure") == []


def test_names_of_team_members_themes_and_tools(db: Database, make: Maker) -> None:
    with db.write() as s:
        member = TeamMember(name="Wannes Wollewinkel")
        theme = s.scalar(select(Theme).limit(1))
        talk = AdviceTalk(
            local_government_id=make.lg_id("Gent"), date=date(2025, 1, 9), channel="phone",
            question="Vraag", team_members=[member], themes=[theme] if theme else [],
        )  # fmt: skip
        s.add(talk)
    assert kinds(db, "wollewinkel") == ["advice_talk"]
    with db.write() as s:
        m = s.scalar(select(TeamMember).where(TeamMember.name == "Wannes Wollewinkel"))
        assert m is not None
        m.name = "Wannes Vanderhaeghen"
    assert kinds(db, "wollewinkel") == []
    assert kinds(db, "vanderhaeghen") == ["advice_talk"]
    with db.write() as s:
        t = s.scalar(select(AdviceTalk))
        assert t is not None
        t.team_members = []  # a change of links only
    assert kinds(db, "vanderhaeghen") == []


def follow_up_docs(db: Database) -> int:
    with db.read() as s:
        return int(
            s.scalar(
                select(func.count())
                .select_from(SearchDocument)
                .where(SearchDocument.kind == "follow_up_action")
            )
            or 0
        )


def test_deleting_a_talk_removes_its_documents(db: Database, make: Maker) -> None:
    from supportdesk.services.advice import delete_advice_talk

    talk = make.talk("Gent", "Vraag over formulieren")
    with db.write() as s:
        s.add(FollowUpAction(description="Stuur de checklist", advice_talk_id=talk.id))
    assert kinds(db, "checklist") == ["follow_up_action"]
    delete_advice_talk(db, talk.public_id)
    assert kinds(db, "checklist formulieren") == []
    assert follow_up_docs(db) == 0


def test_core_deletes_leave_documents_that_search_skips(db: Database, make: Maker) -> None:
    talk = make.talk("Gent", "Vraag over formulieren")
    with db.write() as s:
        s.add(FollowUpAction(description="Stuur de checklist", advice_talk_id=talk.id))
    with db.write() as s:
        # The database removes the action (ON DELETE CASCADE); the ORM never sees it.
        s.execute(delete(AdviceTalk).where(AdviceTalk.id == talk.id))
    assert kinds(db, "checklist") == []  # its record is gone, so is the hit
    assert follow_up_docs(db) == 1
    reindex_all(db)
    assert follow_up_docs(db) == 0


def test_rollback_leaves_the_index_untouched(db: Database, make: Maker) -> None:
    before = doc_count(db)
    try:
        with db.write() as s:
            s.add(ContactPerson(local_government_id=make.lg_id("Gent"), last_name="Spookmans"))
            s.flush()
            raise RuntimeError("the user pressed cancel")
    except RuntimeError:
        pass
    assert doc_count(db) == before
    assert search(db, "spookmans") == []


def test_services_keep_the_index_in_step(db: Database) -> None:
    from supportdesk.services.contacts import ContactInput, create_contact, update_contact

    lg = search(db, "Gent", kinds=["local_government"])[0].id
    v = create_contact(db, ContactInput(lg, "Özdemir", "Łukasz", role="schepen"))
    assert [h.id for h in search(db, "lukasz ozdemir")] == [v.id]
    update_contact(db, v.id, ContactInput(lg, "Öztürk", "Łukasz"), v.version)
    assert [h.id for h in search(db, "ozturk")] == [v.id]
    assert search(db, "ozdemir") == []


def test_advice_service_keeps_the_index_in_step(db: Database) -> None:
    from supportdesk.services.advice import AdviceTalkInput, create_advice_talk

    lg = search(db, "Gent", kinds=["local_government"])[0].id
    v = create_advice_talk(
        db, AdviceTalkInput(date(2025, 4, 1), lg, "phone", "Hoe starten we een digicafé?")
    )
    hits = search(db, "digicafe gent")
    assert [(h.kind, h.id) for h in hits] == [("advice_talk", v.id)]


def test_reindex_all_builds_what_core_inserts_skipped(db: Database, make: Maker) -> None:
    gent = make.lg_id("Gent")
    with db.write() as s:
        conn = s.connection()
        conn.execute(
            insert(AdviceTalk),
            [
                {"local_government_id": gent, "date": date(2025, 1, 2), "channel": "phone",
                 "question": f"Bulkvraag nummer {i} over kaartlezers"}
                for i in range(30)
            ],
        )  # fmt: skip
    assert search(db, "kaartlezers") == []  # Core writes skip the listener
    written = reindex_all(db)
    assert written == 30
    assert len(search(db, "kaartlezers")) == 30
    assert reindex_all(db) == 0  # a sound index needs no writes


def test_reindex_all_repairs_a_damaged_index(db: Database, make: Maker) -> None:
    make.talk("Gent", "Vraag over wifi in de bib")
    expected = [(h.kind, h.id) for h in search(db, "wifi")]
    with db.write() as s:
        s.execute(text("UPDATE search_document SET body = 'niets', title_folded = 'niets'"))
        s.execute(delete(SearchDocument).where(SearchDocument.kind == "local_government"))
    assert search(db, "wifi") == []
    reindex_all(db)
    assert [(h.kind, h.id) for h in search(db, "wifi")] == expected
    assert search(db, "borsbeek")[0].title == "Antwerpen"


def test_opening_builds_an_empty_index(tmp_path: Path) -> None:
    from supportdesk.database import open_app_database

    path = tmp_path / "x.sqlite3"
    db = open_app_database(str(path), actor="test")
    try:
        with db.write() as s:
            s.execute(delete(SearchDocument))
        assert search(db, "gent") == []
    finally:
        db.dispose()
    db = open_app_database(str(path), actor="test")
    try:
        assert search(db, "gent")[0].title == "Gent"
    finally:
        db.dispose()
