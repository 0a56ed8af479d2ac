"""The plan per year: the seeded 2025 plan, a new year as a copy of the last, items
edited with their target in one transaction, milestones, and bad input refused."""

from __future__ import annotations

import pytest

from supportdesk.errors import ConflictError, ValidationError
from supportdesk.services.activities import list_activity_kinds
from supportdesk.services.plan import (
    PlanItemInput,
    copy_plan,
    create_plan_item,
    delete_plan_item,
    ensure_year,
    list_plan_items,
    plan_years,
    set_milestone,
    set_report_text,
    update_plan_item,
)
from supportdesk.services.targets import get_targets
from tests.supportdesk.services.helpers import UNICODE_TEXTS, dump


def _input(view, **changes):  # type: ignore[no-untyped-def]
    values = dict(
        goal=view.goal,
        code=view.code,
        text=view.text,
        counted=view.counted,
        activity_kind_ids=tuple(k.id for k in view.activity_kinds),
        publication_kind=view.publication_kind,
        measure=view.measure,
        held_only=view.held_only,
        target=view.target,
        milestone_state=view.milestone_state,
        note=view.note,
        report_text=view.report_text,
    )
    values.update(changes)
    return PlanItemInput(**values)


def test_the_2025_plan_holds_every_figure_of_the_seed(db):
    items = {i.key: i for i in list_plan_items(db, 2025)}
    expected = {
        "general_meetings": 3,
        "specific_meetings": 2,
        "info_sessions": 2,
        "info_session_hours": 100,
        "inspiration_days": 2,
        "good_practices": 4,
        "articles": 2,
        "newsletters": 9,
        "talks_on_request": 5,
        "multi_day_trainings": 1,
        "integrated_trainings": 1,
        "thematic_trainings": 1,
        "thematic_training_hours": 160,
        "focus_groups": 1,
        "advice_talks": 8,
        "trajectories": 3,
    }
    assert {k: i.target for k, i in items.items() if i.target is not None} == expected
    assert [i.goal for i in items.values()] == sorted(i.goal for i in items.values())
    assert items["info_session_hours"].unit == "participant_hours"
    assert [k.name for k in items["info_sessions"].activity_kinds] == ["Infosessie"]
    milestones = [i for i in items.values() if i.is_milestone]
    assert len(milestones) == 3 and all(i.code == "OD 3.1" for i in milestones)
    assert items["newsletters"].publication_kind == "newsletter"
    assert plan_years(db) == [2025]


def test_a_new_year_starts_as_a_copy_of_the_last(db):
    before = dump(db)
    shown = list_plan_items(db, 2027)  # reading writes nothing
    assert dump(db) == before and all(i.id == "" for i in shown)
    item = next(i for i in list_plan_items(db, 2025) if i.key == "newsletters")
    update_plan_item(db, item.id, _input(item, target=11, report_text="Tien verstuurd"), 1)
    made = ensure_year(db, 2027)
    assert [i.key for i in made] == [i.key for i in shown]
    copied = next(i for i in made if i.key == "newsletters")
    assert copied.target == 11 and copied.report_text == "" and copied.id
    assert ensure_year(db, 2027) == made  # once
    assert plan_years(db) == [2027, 2025]
    with pytest.raises(ValidationError) as info:
        copy_plan(db, 2025, 2027)
    assert "to_year" in info.value.errors
    with pytest.raises(ValidationError) as info:
        copy_plan(db, 2019, 2030)
    assert "from_year" in info.value.errors
    assert get_targets(db, 2030) == {}
    assert copy_plan(db, 2027, 2030)[0].year == 2030


def test_an_item_is_edited_with_its_target_and_texts_as_typed(db):
    item = next(i for i in list_plan_items(db, 2025) if i.key == "info_sessions")
    for text in UNICODE_TEXTS:
        item = update_plan_item(
            db, item.id, _input(item, target=3, text=text, report_text=text), item.version
        )
        assert item.text == text and item.report_text == text and item.target == 3
    item = update_plan_item(db, item.id, _input(item, target=None), item.version)
    assert item.target is None and "info_sessions" not in get_targets(db, 2025)
    with pytest.raises(ConflictError):
        update_plan_item(db, item.id, _input(item, target=4), item.version - 1)
    item = set_report_text(db, item.id, "Twee sessies, 57,5 uur")
    assert item.report_text == "Twee sessies, 57,5 uur"


def test_milestones_have_a_state_and_a_note_not_a_number(db):
    m = next(i for i in list_plan_items(db, 2025) if i.key == "publication_update")
    m = set_milestone(db, m.id, "done", "Publicatie verschenen in mei")
    assert (m.milestone_state, m.note) == ("done", "Publicatie verschenen in mei")
    with pytest.raises(ValidationError) as info:
        update_plan_item(db, m.id, _input(m, target=2), m.version)
    assert "target" in info.value.errors
    with pytest.raises(ValidationError):
        set_milestone(db, m.id, "half", "")


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"activity_kind_ids": ("onbekend",)}, "activity_kind_ids"),
        ({"activity_kind_ids": ()}, "activity_kind_ids"),
        ({"counted": "tweets"}, "counted"),
        ({"goal": "SD9"}, "goal"),
        ({"target": -1}, "target"),
        ({"text": " "}, "text"),
        ({"code": "OD 1.2 " * 5}, "code"),
        ({"counted": "publication"}, "publication_kind"),
        ({"counted": "advice_talk", "measure": "participant_hours"}, "measure"),
        ({"publication_kind": "tweet", "counted": "publication"}, "publication_kind"),
    ],
)
def test_bad_input_is_refused_per_field_and_nothing_is_saved(db, changes, field):
    item = next(i for i in list_plan_items(db, 2025) if i.key == "info_sessions")
    before = dump(db)
    with pytest.raises(ValidationError) as info:
        update_plan_item(db, item.id, _input(item, **changes), item.version)
    assert field in info.value.errors, info.value.errors
    with pytest.raises(ValidationError):
        create_plan_item(db, 2025, _input(item, **changes))
    assert dump(db) == before


def test_new_items_and_removal(db):
    kind = next(k for k in list_activity_kinds(db) if k.code == "network_general")
    data = PlanItemInput(
        "SD1", "OD 1.1", "Online bijeenkomsten met opname", "activity", (kind.id,), target=2
    )
    item = create_plan_item(db, 2025, data, key="recorded_meetings")
    assert item.key == "recorded_meetings" and get_targets(db, 2025)["recorded_meetings"] == 2
    assert create_plan_item(db, 2025, data).key.startswith("item_")
    with pytest.raises(ValidationError) as info:
        create_plan_item(db, 2025, data, key="recorded_meetings")
    assert "key" in info.value.errors
    delete_plan_item(db, item.id)
    assert "recorded_meetings" not in get_targets(db, 2025)
