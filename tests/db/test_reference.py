"""Reference data: the 285 municipalities with their former names, themes, tools and
the 2025 targets, loaded once."""

from __future__ import annotations

from sqlalchemy import func, select

from db.models import LocalGovernment, LocalGovernmentAlias, Target, Theme, Tool
from db.plan_reference import default_items
from db.reference import ensure_reference_data, read_municipalities, read_reference
from db.session import Database


def test_municipalities_and_their_former_names(db: Database) -> None:
    with db.read() as s:
        count = s.scalar(select(func.count()).where(LocalGovernment.nis_code.is_not(None)))
        assert count == 285 == len(read_municipalities())
        antwerpen = s.scalar(select(LocalGovernment).where(LocalGovernment.nis_code == "11002"))
        assert antwerpen is not None and antwerpen.name == "Antwerpen"
        assert antwerpen.province == "Antwerpen"
        assert [a.name for a in antwerpen.aliases] == ["Borsbeek"]  # not itself
        pajottegem = s.scalar(select(LocalGovernment).where(LocalGovernment.name == "Pajottegem"))
        assert pajottegem is not None
        assert sorted(a.name for a in pajottegem.aliases) == ["Galmaarden", "Gooik", "Herne"]
        assert s.scalar(select(func.count()).select_from(LocalGovernmentAlias)) > 20


def test_themes_tools_and_targets(db: Database) -> None:
    ref = read_reference()
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(Theme)) == len(ref["themes"])
        assert s.scalar(select(func.count()).select_from(Tool)) == len(ref["tools"])
        targets = dict(
            s.execute(select(Target.indicator, Target.value).where(Target.year == 2025)).all()
        )
    # every figure of the 2025 plan (db.plan_reference), the three of before included
    assert targets["advice_talks"] == 8
    assert targets["trajectories"] == 3
    assert targets["focus_groups"] == 1
    assert targets["info_session_hours"] == 100
    assert targets["thematic_training_hours"] == 160
    assert targets["newsletters"] == 9
    assert targets == {i["key"]: i["target"] for i in default_items() if i["target"] is not None}


def test_loading_again_adds_nothing(db: Database) -> None:
    with db.read() as s:
        before = s.scalar(select(func.count()).select_from(LocalGovernment))
    assert ensure_reference_data(db) is False
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(LocalGovernment)) == before


def test_reference_text_is_kept_as_typed(db: Database) -> None:
    with db.read() as s:
        names = set(s.scalars(select(LocalGovernment.name)))
    assert {"Sint-Niklaas", "Sint-Martens-Latem", "Ronse", "Kortrijk"} <= names
