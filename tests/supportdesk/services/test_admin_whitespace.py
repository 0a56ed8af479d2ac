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
    create_team_member,
    create_team_members,
    create_theme,
    create_tool,
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
