from __future__ import annotations

from datetime import date

import pytest

from supportdesk.errors import ConflictError, NotFoundError, ValidationError
from supportdesk.services.advice import AdviceTalkInput, create_advice_talk, delete_advice_talk
from supportdesk.services.contacts import ContactInput, create_contact
from supportdesk.services.feedback import (
    FeedbackInput,
    delete_feedback,
    get_feedback,
    give_feedback,
    update_feedback,
)
from supportdesk.services.focus_groups import FocusGroupInput, create_focus_group
from supportdesk.services.targets import get_targets, set_target
from tests.supportdesk.services.helpers import ANTWERPEN, GENT, UNICODE_TEXTS, dump, lg_id


def test_feedback_on_each_subject(db):
    gent = lg_id(db, GENT)
    c = create_contact(db, ContactInput(gent, "Peeters"))
    talk = create_advice_talk(db, AdviceTalkInput(date(2025, 1, 5), gent, "phone", "Vraag?"))
    fb = give_feedback(
        db,
        FeedbackInput(
            5, UNICODE_TEXTS[0], date(2025, 1, 6), advice_talk_id=talk.id, contact_person_id=c.id
        ),
    )
    assert fb.subject_kind == "advice_talk" and fb.subject.name == "Vraag?"
    assert fb.local_government and fb.local_government.id == gent
    assert fb.contact_person and fb.contact_person.name == "Peeters" and fb.text == UNICODE_TEXTS[0]
    fg = create_focus_group(db, FocusGroupInput(date(2025, 2, 1), "Tools"))
    fb2 = give_feedback(db, FeedbackInput(3, focus_group_id=fg.id))
    assert fb2.subject_kind == "focus_group" and fb2.given_on == date.today()
    assert fb2.local_government is None
    fb3 = give_feedback(db, FeedbackInput(1, "<b>&amp;</b>", local_government_id=gent))
    assert fb3.subject_kind == "local_government" and fb3.text == "<b>&amp;</b>"
    u = update_feedback(
        db, fb3.id, FeedbackInput(2, "beter", local_government_id=gent), fb3.version
    )
    assert u.score == 2 and u.version == fb3.version + 1
    with pytest.raises(ConflictError):
        update_feedback(db, fb3.id, FeedbackInput(3, local_government_id=gent), fb3.version)
    delete_feedback(db, fb3.id)
    with pytest.raises(NotFoundError):
        get_feedback(db, fb3.id)
    delete_advice_talk(db, talk.id)  # feedback on a deleted talk goes with it
    with pytest.raises(NotFoundError):
        get_feedback(db, fb.id)


def test_feedback_errors(db):
    gent = lg_id(db, GENT)
    other = create_contact(db, ContactInput(lg_id(db, ANTWERPEN), "Janssens"))
    before = dump(db)
    for score in (0, 6, None, 2.5, True):
        with pytest.raises(ValidationError) as e:
            give_feedback(db, FeedbackInput(score, local_government_id=gent))  # type: ignore[arg-type]
        assert e.value.field == "score" and "1 tot en met 5" in e.value.errors["score"]
    with pytest.raises(ValidationError) as e:
        give_feedback(db, FeedbackInput(3))
    assert e.value.field == "subject"
    with pytest.raises(ValidationError) as e:
        give_feedback(db, FeedbackInput(3, local_government_id=gent, focus_group_id="x"))
    assert e.value.field == "subject"
    with pytest.raises(ValidationError) as e:
        give_feedback(db, FeedbackInput(3, local_government_id="onbekend"))
    assert e.value.errors == {"local_government_id": "Onbekend lokaal bestuur."}
    with pytest.raises(ValidationError) as e:
        give_feedback(db, FeedbackInput(3, local_government_id=gent, contact_person_id=other.id))
    assert e.value.field == "contact_person_id"
    assert dump(db) == before


def test_targets(db):
    """Targets are a view on the plan items: a new year's plan starts as a copy of the
    last one (its targets too), then each is set by item key or by an unambiguous code."""
    assert get_targets(db, 2025)["advice_talks"] == 8
    assert get_targets(db, 2025)["info_session_hours"] == 100
    assert get_targets(db, 2026) == {}  # no plan for 2026 yet
    targets = set_target(db, 2026, "advice_talks", 10)
    assert targets["advice_talks"] == 10 and targets["newsletters"] == 9  # copied from 2025
    assert set_target(db, 2026, "advice_talks", 12)["advice_talks"] == 12
    assert set_target(db, 2026, "focus_groups", 0)["focus_groups"] == 0
    assert set_target(db, 2026, "OD 3.3", 4)["trajectories"] == 4  # one counted item
    assert get_targets(db, 2026)["advice_talks"] == 12
    assert get_targets(db, 2025)["advice_talks"] == 8  # the year copied from is unchanged
    assert get_targets(db, 1999) == {}
    with pytest.raises(ValidationError) as e:
        set_target(db, 2026, "OD 1.2", 5)  # three items of OD 1.2: which one?
    assert "info_sessions" in e.value.errors["indicator"]
    with pytest.raises(ValidationError) as e:
        set_target(db, 2026, "tweets", -1)
    assert set(e.value.errors) == {"indicator", "value"}
