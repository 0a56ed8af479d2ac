"""A focus group's follow-up action can name the government it concerns and then shows
in that government's case summary and timeline (not in another's); feedback about a
government itself and on its advice talks shows in its case summary."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from db.session import Database
from supportdesk.errors import ValidationError
from supportdesk.queries.timeline import timeline
from supportdesk.reports import render_case_summary
from supportdesk.reports.data.case import case_summary_data
from supportdesk.services.advice import AdviceTalkInput, create_advice_talk
from supportdesk.services.feedback import FeedbackInput, give_feedback
from supportdesk.services.focus_groups import FocusGroupInput, create_focus_group, invite
from supportdesk.services.follow_ups import (
    FollowUpInput,
    create_follow_up,
    get_follow_up,
    update_follow_up,
)
from tests.supportdesk.reports._fixtures import flat, pdf_text
from tests.supportdesk.services.helpers import government_id


@pytest.fixture
def govs(db: Database) -> dict[str, str]:
    return {name: government_id(db, name) for name in ("Gent", "Aalst", "Brugge")}


def test_a_focus_group_action_naming_a_government_shows_in_its_summary_and_timeline(
    db: Database, govs: dict[str, str], tmp_path: Path
) -> None:
    fg = create_focus_group(db, FocusGroupInput(date(2025, 5, 20), "Evaluatie"), status="held")
    invite(db, fg.id, govs["Gent"])
    for_aalst = create_follow_up(
        db,
        FollowUpInput("Demo geven bij Aalst", government_id=govs["Aalst"]),
        focus_group_id=fg.id,
    )
    create_follow_up(db, FollowUpInput("Algemeen verslag"), focus_group_id=fg.id)
    assert for_aalst.local_government is not None and for_aalst.subject_kind == "focus_group"

    aalst = case_summary_data(db, govs["Aalst"])
    [entry] = aalst.focus_groups  # not invited, but the action names it
    assert [f.description for f in entry.follow_ups] == ["Demo geven bij Aalst"]
    assert entry.other_governments == ["Gent"]
    gent = case_summary_data(db, govs["Gent"])
    assert [f.description for g in gent.focus_groups for f in g.follow_ups] == []
    assert case_summary_data(db, govs["Brugge"]).focus_groups == []

    entries = {(e.kind, e.title) for e in timeline(db, govs["Aalst"])}
    assert ("follow_up_action", "Demo geven bij Aalst") in entries
    assert ("follow_up_action", "Algemeen verslag") not in entries
    assert ("follow_up_action", "Demo geven bij Aalst") not in {
        (e.kind, e.title) for e in timeline(db, govs["Gent"])
    }
    path = tmp_path / "aalst.pdf"
    render_case_summary(db, govs["Aalst"], path, exported_by="Test")
    text = flat(pdf_text(path))
    assert "Demo geven bij Aalst" in text and "Algemeen verslag" not in text

    # Editing the action keeps, changes or clears the government it names.
    view = get_follow_up(db, for_aalst.id)
    moved = update_follow_up(
        db,
        view.id,
        FollowUpInput(view.description, government_id=govs["Brugge"]),
        view.version,
    )
    assert moved.local_government is not None and moved.local_government.id == govs["Brugge"]
    assert case_summary_data(db, govs["Aalst"]).focus_groups == []
    cleared = update_follow_up(db, view.id, FollowUpInput(view.description), moved.version)
    assert cleared.local_government is None


def test_only_a_focus_group_action_names_another_government(
    db: Database, govs: dict[str, str]
) -> None:
    talk = create_advice_talk(
        db, AdviceTalkInput(date(2025, 3, 1), govs["Gent"], "phone", "Vraag")
    ).id
    with pytest.raises(ValidationError) as err:
        create_follow_up(
            db, FollowUpInput("Actie", government_id=govs["Aalst"]), advice_talk_id=talk
        )
    assert "government_id" in err.value.errors


def test_feedback_about_the_government_and_on_its_talks_is_in_its_summary(
    db: Database, govs: dict[str, str], tmp_path: Path
) -> None:
    talk = create_advice_talk(
        db, AdviceTalkInput(date(2025, 3, 1), govs["Gent"], "phone", "Vraag over digihelpers")
    ).id
    other = create_advice_talk(
        db, AdviceTalkInput(date(2025, 3, 2), govs["Aalst"], "phone", "Vraag van Aalst")
    ).id
    give_feedback(
        db, FeedbackInput(5, "Heel nuttig gesprek", date(2025, 3, 5), advice_talk_id=talk)
    )
    give_feedback(
        db,
        FeedbackInput(
            4, "Fijne samenwerking met het team", date(2025, 6, 1), local_government_id=govs["Gent"]
        ),
    )
    give_feedback(db, FeedbackInput(2, "GEHEIM van Aalst", date(2025, 3, 6), advice_talk_id=other))
    data = case_summary_data(db, govs["Gent"])
    assert [f.text for t in data.advice_talks for f in t.feedback] == ["Heel nuttig gesprek"]
    assert [f.text for f in data.own_feedback] == ["Fijne samenwerking met het team"]
    assert case_summary_data(db, govs["Gent"], date_to=date(2025, 5, 1)).own_feedback == []
    path = tmp_path / "gent.pdf"
    render_case_summary(db, govs["Gent"], path, exported_by="Test")
    text = flat(pdf_text(path))
    assert "Heel nuttig gesprek" in text and "Fijne samenwerking met het team" in text
    assert "Feedback over het bestuur" in text and "GEHEIM" not in text
