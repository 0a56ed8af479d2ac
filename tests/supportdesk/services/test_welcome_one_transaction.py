"""The welcome's save is one transaction (issue 12.1, "every save is one transaction"):
the team members, the year's plan and each changed target are written together, so a
database failure in the last part (the last changed target) leaves nothing saved: no
member, no plan, no target; the same welcome saved again then succeeds."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy.exc import OperationalError

from db.session import Database
from supportdesk.errors import StorageError
from supportdesk.queries.start import has_team_members
from supportdesk.services import _plan_parts as targets_module  # where set_target_in writes
from supportdesk.services.first_start import save_welcome
from supportdesk.services.targets import get_targets
from supportdesk.services.team import TeamMemberInput, list_team_members
from tests.supportdesk.services.helpers import dump

ME = TeamMemberInput("Łukasz Wójcik", "lukasz@vvsg.be")
OTHERS = [TeamMemberInput("An Özdemir <&>", "an@vvsg.be")]
TYPED = {"advice_talks": "11", "trajectories": "4", "focus_groups": "2"}


def test_a_failure_in_the_last_target_leaves_nothing_saved(db: Database, monkeypatch):
    real = targets_module.set_item_target
    calls: list[str] = []

    def fail_on_the_last(session: Any, year: int, key: str, value: int) -> None:
        calls.append(key)
        if len(calls) == len(TYPED):  # members, plan and the other targets are written
            raise OperationalError("UPDATE target", {}, Exception("disk I/O error"))
        real(session, year, key, value)

    monkeypatch.setattr(targets_module, "set_item_target", fail_on_the_last)
    before = dump(db)
    with pytest.raises(StorageError):
        save_welcome(db, ME, OTHERS, 2031, TYPED)
    assert len(calls) == len(TYPED)  # it did get to the last part
    assert dump(db) == before
    assert not has_team_members(db) and list_team_members(db) == [] and get_targets(db, 2031) == {}

    monkeypatch.setattr(targets_module, "set_item_target", real)
    me = save_welcome(db, ME, OTHERS, 2031, TYPED)
    assert me.name == "Łukasz Wójcik"
    assert sorted(m.name for m in list_team_members(db)) == ["An Özdemir <&>", "Łukasz Wójcik"]
    saved = get_targets(db, 2031)
    assert (saved["advice_talks"], saved["trajectories"], saved["focus_groups"]) == (11, 4, 2)
