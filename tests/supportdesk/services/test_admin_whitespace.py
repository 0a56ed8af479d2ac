"""Names that differ only by white space (a double space inside, spaces at the ends) are
the same name: the team, the catalogue, organisations, partnerships and former names
refuse such a duplicate as they refuse one in other case or accents (issue 12, bad input)."""

from __future__ import annotations

import pytest

from supportdesk.errors import ValidationError
from supportdesk.services.local_governments import (
    LocalGovernmentInput,
    create_local_government,
    set_aliases,
)
from supportdesk.services.team import (
    TeamMemberInput,
    ThemeInput,
    ToolInput,
    archive_theme,
    create_team_member,
    create_team_members,
    create_theme,
    create_tool,
    deactivate_team_member,
    find_team_member,
)
from tests.supportdesk.services.helpers import dump


@pytest.mark.parametrize("typed", ["Łukasz  Özdemir", " lukasz\tozdemir ", "ŁUKASZ   ÖZDEMIR"])
def test_a_team_member_name_with_other_spacing_is_a_duplicate(db, typed):
    create_team_member(db, TeamMemberInput("Łukasz Özdemir"))
    before = dump(db)
    with pytest.raises(ValidationError) as e:
        create_team_member(db, TeamMemberInput(typed))
    assert "Er is al een medewerker" in e.value.errors["name"]
    with pytest.raises(ValidationError) as e:
        create_team_members(db, [TeamMemberInput("Ann"), TeamMemberInput("ann  ")])
    assert "staat hierboven al" in e.value.errors["people.1.name"]
    assert dump(db) == before
    assert find_team_member(db, typed) is not None


def test_a_theme_or_tool_name_with_other_spacing_is_a_duplicate(db):
    create_theme(db, ThemeInput("Digitale inclusie"))
    create_tool(db, ToolInput("Digibank Toolkit"))
    before = dump(db)
    with pytest.raises(ValidationError):
        create_theme(db, ThemeInput("digitale   inclusié"))
    with pytest.raises(ValidationError):
        create_tool(db, ToolInput(" digibank  toolkit"))
    assert dump(db) == before


def test_an_organisation_or_former_name_with_other_spacing_is_a_duplicate(db):
    org = create_local_government(db, LocalGovernmentInput("Digibank Gent Zuid"))
    before = dump(db)
    with pytest.raises(ValidationError) as e:
        create_local_government(db, LocalGovernmentInput("digibank  gent zuid"))
    assert "Er is al een organisatie" in e.value.errors["name"]
    with pytest.raises(ValidationError) as e:
        set_aliases(db, org.id, ["Oude  Naam", "oude naam", "Digibank Gent  Zuid"], org.version)
    assert set(e.value.errors) == {"aliases.1", "aliases.2"}
    assert dump(db) == before


def test_a_name_held_by_an_archived_or_inactive_row_says_where_it_is(db):
    """The list on screen hides archived themes and tools and inactive members: the
    message says where the name is and how to bring it back."""
    theme = create_theme(db, ThemeInput("Senioren"))
    archive_theme(db, theme.id, theme.version)
    ann = create_team_member(db, TeamMemberInput("Ann Peeters", "ann@vvsg.be"))
    deactivate_team_member(db, ann.id, ann.version)
    before = dump(db)
    with pytest.raises(ValidationError) as e:
        create_theme(db, ThemeInput("SENIOREN"))
    assert "Er is al een thema" in e.value.errors["name"]
    assert "Toon gearchiveerd" in e.value.errors["name"]
    with pytest.raises(ValidationError) as e:
        create_team_member(db, TeamMemberInput("ann  peeters", "ANN@vvsg.be"))
    assert all("Toon wie niet meer actief is" in m for m in e.value.errors.values())
    assert set(e.value.errors) == {"name", "email"}
    assert dump(db) == before
    # an active one says nothing more
    create_theme(db, ThemeInput("Jongeren"))
    with pytest.raises(ValidationError) as e:
        create_theme(db, ThemeInput("jongeren"))
    assert e.value.errors["name"] == "Er is al een thema “jongeren”."
