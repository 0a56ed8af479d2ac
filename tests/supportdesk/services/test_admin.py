"""The administration a real team needs on its first day (issue 12): team members,
themes and tools (order, archive, catalogue fields), organisations, partnerships and
former names. Bad input is a Dutch message keyed by field, and nothing is saved."""

from __future__ import annotations

import pytest

from supportdesk.errors import ConflictError, ValidationError
from supportdesk.safety.audit import record_history
from supportdesk.search import search
from supportdesk.services.local_governments import (
    LocalGovernmentInput,
    complete_local_governments,
    create_local_government,
    get_local_government,
    set_aliases,
    set_partnership_members,
    update_local_government,
)
from supportdesk.services.team import (
    TeamMemberInput,
    ThemeInput,
    ToolInput,
    archive_theme,
    archive_tool,
    create_team_member,
    create_team_members,
    create_theme,
    create_tool,
    deactivate_team_member,
    find_team_member,
    has_team_members,
    list_team_members,
    list_themes,
    list_tools,
    reactivate_team_member,
    reorder_themes,
    reorder_tools,
    unarchive_theme,
    update_tool,
)
from tests.supportdesk.services.helpers import ANTWERPEN, GENT, LEUVEN, dump, lg_id


def test_a_new_database_has_no_team_and_the_welcome_adds_two_at_once(db):
    assert not has_team_members(db)
    me, colleague = create_team_members(
        db, [TeamMemberInput("Łukasz Wójcik", "lukasz@vvsg.be"), TeamMemberInput("An Özdemir")]
    )
    assert has_team_members(db)
    assert [m.name for m in list_team_members(db)] == ["An Özdemir", "Łukasz Wójcik"]
    assert find_team_member(db, "LUKASZ WOJCIK") == me
    assert find_team_member(db, "Lukasz@VVSG.be") == me
    assert find_team_member(db, colleague.id) == colleague
    assert find_team_member(db, "niemand") is None


@pytest.mark.parametrize(
    ("people", "errors"),
    [
        # the same name twice in one welcome, accents and case aside
        (
            [TeamMemberInput("Łukasz Wójcik"), TeamMemberInput("lukasz wojcik")],
            {"people.1.name"},
        ),
        # the same e-mail twice
        (
            [TeamMemberInput("A", "x@vvsg.be"), TeamMemberInput("B", "X@VVSG.be")],
            {"people.1.email"},
        ),
        # a bad address and a missing name: both reported at once
        (
            [TeamMemberInput("A", "geen adres"), TeamMemberInput("  ")],
            {"people.0.email", "people.1.name"},
        ),
    ],
)
def test_bad_team_rows_save_nobody(db, people, errors):
    before = dump(db)
    with pytest.raises(ValidationError) as e:
        create_team_members(db, people)
    assert set(e.value.errors) == errors
    assert dump(db) == before


def test_duplicate_member_name_or_email_of_someone_already_there(db):
    create_team_member(db, TeamMemberInput("Ésther Peeters", "esther@vvsg.be"))
    before = dump(db)
    with pytest.raises(ValidationError) as e:
        create_team_member(db, TeamMemberInput("ESTHER PEETERS"))
    assert e.value.errors == {"name": "Er is al een medewerker “ESTHER PEETERS”."}
    with pytest.raises(ValidationError) as e:
        create_team_member(db, TeamMemberInput("Andere Esther", " Esther@VVSG.be "))
    assert set(e.value.errors) == {"email"} and "al van een medewerker" in e.value.errors["email"]
    assert dump(db) == before


def test_an_inactive_member_leaves_the_pickers_and_stays_in_history(db):
    m = create_team_member(db, TeamMemberInput("Vertrokken Collega"))
    off = deactivate_team_member(db, m.id, m.version)
    assert not off.active and m.id not in {x.id for x in list_team_members(db)}
    assert m.id in {x.id for x in list_team_members(db, include_inactive=True)}
    with pytest.raises(ConflictError):
        reactivate_team_member(db, m.id, m.version)
    assert reactivate_team_member(db, m.id, off.version).active
    assert [h.action for h in record_history(db, m.id)][-2:] == ["archive", "unarchive"]


@pytest.mark.parametrize("name", ["digitale inclusié", "DIGITALE INCLUSIE ", "Digitale Inclusie"])
def test_a_theme_name_that_exists_case_and_accent_insensitively(db, name):
    create_theme(db, ThemeInput("Digitale Inclusie"))
    before = dump(db)
    with pytest.raises(ValidationError) as e:
        create_theme(db, ThemeInput(name))
    assert e.value.field == "name" and "Er is al een thema" in e.value.errors["name"]
    assert dump(db) == before


def test_themes_reorder_archive_and_come_back(db):
    themes = list_themes(db)
    new = create_theme(db, ThemeInput("Nieuw thema"))
    assert list_themes(db)[-1].id == new.id  # a new theme comes last
    wanted = [new.id, themes[1].id]
    ordered = reorder_themes(db, wanted)
    assert [t.id for t in ordered[:2]] == wanted
    assert [t.id for t in ordered[2:]] == [t.id for t in themes if t.id != themes[1].id]
    assert [t.id for t in list_themes(db)] == [t.id for t in ordered]
    moved = next(t for t in ordered if t.id == new.id)
    assert moved.version == new.version + 1
    gone = archive_theme(db, new.id, moved.version)
    assert gone.archived and new.id not in {t.id for t in list_themes(db)}
    with pytest.raises(ConflictError):
        unarchive_theme(db, new.id, moved.version)
    back = unarchive_theme(db, new.id, gone.version)
    assert not back.archived and list_themes(db)[0].id == new.id
    assert [h.action for h in record_history(db, new.id)][-2:] == ["archive", "unarchive"]


def test_the_tool_catalogue_has_kind_owner_link_and_status(db):
    seeded = {t.name: t for t in list_tools(db)}
    assert seeded["Digitale Inclusie in Vlaanderen"].kind == "publication"
    assert seeded["Werken met vrijwillige digihelpers"].kind == "guide"
    assert seeded["Werken met vrijwillige digihelpers"].kind_detail == "inspiratiegids"
    assert seeded["Cyberveiligheid voor digitale starters"].status == "in_development"
    t = create_tool(
        db,
        ToolInput(
            "Gids <digitale> & veilig",
            kind="guide",
            status="in_development",
            owner="Mediawijs",
            link="https://www.mediawijs.be/nl/gids",
        ),
    )
    assert (t.kind, t.status, t.owner, t.link) == (
        "guide",
        "in_development",
        "Mediawijs",
        "https://www.mediawijs.be/nl/gids",
    )
    before = dump(db)
    with pytest.raises(ValidationError) as e:
        update_tool(
            db,
            t.id,
            ToolInput("digitale prikkels", kind="boek", status="klaar", link="mediawijs"),
            t.version,
        )
    assert set(e.value.errors) == {"name", "kind", "status", "link"}
    assert dump(db) == before
    first = reorder_tools(db, [t.id])[0]
    assert first.id == t.id
    assert archive_tool(db, t.id).archived and t.id not in {x.id for x in list_tools(db)}


def test_an_organisation_says_what_it_is(db):
    org = create_local_government(
        db, LocalGovernmentInput("Digibank Gent-Zuid", organisation_kind="digibank")
    )
    assert (org.kind, org.organisation_kind) == ("organisation", "digibank")
    before = dump(db)
    for bad, field in (
        (LocalGovernmentInput("digibank gent-zuid"), "name"),
        (LocalGovernmentInput("X", organisation_kind="bank"), "organisation_kind"),
        (
            LocalGovernmentInput("Y", kind="partnership", organisation_kind="partner"),
            "organisation_kind",
        ),
    ):
        with pytest.raises(ValidationError) as e:
            create_local_government(db, bad)
        assert field in e.value.errors
    assert dump(db) == before


def test_a_partnership_needs_member_municipalities(db):
    before = dump(db)
    with pytest.raises(ValidationError) as e:
        create_local_government(db, LocalGovernmentInput("Regio Zonder Leden", kind="partnership"))
    assert e.value.errors == {
        "member_ids": "Kies minstens één gemeente die lid is van het samenwerkingsverband."
    }
    assert dump(db) == before
    ids = (lg_id(db, GENT), lg_id(db, ANTWERPEN), lg_id(db, LEUVEN))
    p = create_local_government(
        db, LocalGovernmentInput("Regio Drie", kind="partnership", member_ids=ids)
    )
    assert sorted(m.name for m in p.members) == ["Antwerpen", "Gent", "Leuven"]
    with pytest.raises(ValidationError) as e:
        set_partnership_members(db, p.id, ())
    assert "member_ids" in e.value.errors
    # an update without member_ids keeps them
    p2 = update_local_government(
        db, p.id, LocalGovernmentInput("Regio Drie (hernoemd)", kind="partnership"), p.version
    )
    assert len(p2.members) == 3


def test_former_names_are_found_by_search_and_logged(db):
    org = create_local_government(db, LocalGovernmentInput("Vlaams Netwerk Digitaal"))
    v = set_aliases(db, org.id, ["Oude Naam Ærø", "", "Tweede Łódź"], org.version)
    assert sorted(a.name for a in v.aliases) == ["Oude Naam Ærø", "Tweede Łódź"]
    assert v.version == org.version + 1
    assert org.id in {h.id for h in search(db, "aero")}
    assert org.id in {h.id for h in search(db, "lodz")}
    assert complete_local_governments(db, "tweede")[0].matched_alias == "Tweede Łódź"
    last = record_history(db, org.id)[-1]
    assert {c.field: (c.old, c.new) for c in last.changes}["aliases"] == (
        [],
        ["Oude Naam Ærø", "Tweede Łódź"],
    )
    v2 = set_aliases(db, org.id, ["Tweede Łódź"], v.version)
    assert org.id not in {h.id for h in search(db, "aero")}
    before = dump(db)
    with pytest.raises(ValidationError) as e:
        set_aliases(db, org.id, ["Gent", "x", "X", "vlaams netwerk digitaal"], v2.version)
    assert set(e.value.errors) == {"aliases.0", "aliases.2", "aliases.3"}
    assert dump(db) == before
    assert get_local_government(db, org.id).aliases[0].name == "Tweede Łódź"
