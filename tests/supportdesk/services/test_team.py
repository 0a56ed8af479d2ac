from __future__ import annotations

import pytest

from supportdesk.errors import ConflictError, ValidationError
from supportdesk.services.team import (
    TeamMemberInput,
    ThemeInput,
    ToolInput,
    archive_theme,
    archive_tool,
    create_team_member,
    create_theme,
    create_tool,
    list_team_members,
    list_themes,
    list_tools,
    set_team_member_active,
    update_team_member,
    update_theme,
    update_tool,
)
from tests.supportdesk.services.helpers import dump


def test_team_members(db):
    m = create_team_member(db, TeamMemberInput("Łukasz Özdemir", "lukasz@vvsg.be"))
    assert m.name == "Łukasz Özdemir" and m.active
    with pytest.raises(ValidationError) as e:
        create_team_member(db, TeamMemberInput(" łukasz özdemir "))
    assert e.value.field == "name" and "al" in e.value.errors["name"]
    with pytest.raises(ValidationError) as e:
        create_team_member(db, TeamMemberInput("", "geen@adres"))
    assert set(e.value.errors) == {"name", "email"}
    m2 = update_team_member(db, m.id, TeamMemberInput("Łukasz Ö.", ""), m.version)
    assert m2.version == m.version + 1
    # renaming to its own name (other case) is not a duplicate
    m3 = update_team_member(db, m.id, TeamMemberInput("łukasz ö."), m2.version)
    with pytest.raises(ConflictError):
        update_team_member(db, m.id, TeamMemberInput("X"), m2.version)
    off = set_team_member_active(db, m.id, False, m3.version)
    assert not off.active
    assert m.id not in {x.id for x in list_team_members(db)}
    assert m.id in {x.id for x in list_team_members(db, include_inactive=True)}
    assert set_team_member_active(db, m.id, True).active


def test_themes(db):
    seeded = list_themes(db)
    assert any(t.name == "Digibanken" for t in seeded)
    before = dump(db)
    with pytest.raises(ValidationError) as e:
        create_theme(db, ThemeInput("DIGIBANKEN"))
    assert e.value.field == "name"
    assert dump(db) == before
    t = create_theme(db, ThemeInput("<b>&amp;</b> 👩‍💻", "beschrijving"))
    assert t.name == "<b>&amp;</b> 👩‍💻"
    t2 = update_theme(db, t.id, ThemeInput("Nieuw thema"), t.version)
    assert t2.name == "Nieuw thema"
    with pytest.raises(ValidationError) as e:
        update_theme(db, t.id, ThemeInput("Digibanken"), t2.version)
    assert e.value.field == "name"
    a = archive_theme(db, t.id, t2.version)
    assert a.archived and t.id not in {x.id for x in list_themes(db)}
    assert t.id in {x.id for x in list_themes(db, include_archived=True)}


def test_tools(db):
    assert len(list_tools(db)) >= 7
    t = create_tool(db, ToolInput("Nieuwe gids", kind="guide", status="in_development"))
    assert t.planned and t.kind == "guide"
    with pytest.raises(ValidationError) as e:
        create_tool(db, ToolInput("nieuwe gids"))
    assert e.value.field == "name"
    with pytest.raises(ValidationError) as e:
        create_tool(db, ToolInput("Regel\nbreuk"))
    assert e.value.field == "name"
    t2 = update_tool(db, t.id, ToolInput("Nieuwe gids", status="available"), t.version)
    assert not t2.planned
    assert archive_tool(db, t.id).archived
    assert t.id not in {x.id for x in list_tools(db)}


def test_too_long_names_are_field_errors_not_database_errors(db):
    with pytest.raises(ValidationError) as e:
        create_team_member(db, TeamMemberInput("é" * 201))
    assert e.value.errors == {"name": "Maximaal 200 tekens (nu 201)."}
    assert create_team_member(db, TeamMemberInput("é" * 200)).name == "é" * 200
