from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from supportdesk.errors import ConflictError, DomainError, NotFoundError, ValidationError
from supportdesk.services.advice import (
    AdviceTalkInput,
    archive_advice_talk,
    create_advice_talk,
    delete_advice_talk,
    get_advice_talk,
    unarchive_advice_talk,
    update_advice_talk,
)
from supportdesk.services.contacts import ContactInput, create_contact
from supportdesk.services.follow_ups import FollowUpInput, get_follow_up
from supportdesk.services.trajectories import start_trajectory_from_advice_talk
from tests.supportdesk.services.helpers import (
    ANTWERPEN,
    GENT,
    UNICODE_TEXTS,
    dump,
    lg_id,
    member_id,
    theme_ids,
    tool_ids,
)


def _talk(db, **kw) -> AdviceTalkInput:
    base = AdviceTalkInput(
        date=date(2025, 3, 12),
        local_government_id=lg_id(db, GENT),
        channel="phone",
        question="Hoe starten we met digihelpers?",
    )
    return replace(base, **kw)


def test_create_with_everything(db):
    gent = lg_id(db, GENT)
    c = create_contact(db, ContactInput(gent, "Özdemir", "Łukasz", email="l@gent.be"))
    me = member_id(db)
    themes, tools = theme_ids(db), tool_ids(db)
    v = create_advice_talk(
        db,
        _talk(
            db,
            duration_minutes=45,
            advice="Gebruik de gids.",
            info_session_idea=True,
            info_session_note="infosessie over digihelpers",
            signal=True,
            signal_note="signaal aan Digibanken",
            experienced_government_id=lg_id(db, ANTWERPEN),
            contact_ids=(c.id,),
            team_member_ids=(me,),
            theme_ids=(themes[0], themes[1]),
            tool_ids=(tools[1],),
            new_follow_ups=(
                FollowUpInput("Gids mailen", due_date=date(2025, 3, 20), owner_id=me),
                FollowUpInput("Terugbellen"),
            ),
        ),
    )
    assert v.version == 1 and v.local_government.name == "Gent" and v.local_government_id == gent
    assert v.contacts[0].name == "Łukasz Özdemir" and v.team_members[0].name == "An Adviseur"
    assert [t.id for t in v.themes] == themes[:2] and v.tools[0].id == tools[1]
    assert v.experienced_government and v.experienced_government.name == "Antwerpen"
    assert not v.is_mail_only and v.trajectory_id is None and v.created_by == "test"
    assert [f.description for f in v.follow_ups] == ["Gids mailen", "Terugbellen"]
    fu = get_follow_up(db, v.follow_ups[0].id)
    assert fu.local_government and fu.local_government.id == gent
    assert fu.subject_kind == "advice_talk" and fu.advice_talk_id == v.id
    assert fu.subject.name == "Hoe starten we met digihelpers?" and fu.owner
    assert get_advice_talk(db, v.id) == v


def test_mail_only_answer(db):
    v = create_advice_talk(db, _talk(db, channel="email"))
    assert v.is_mail_only


def test_text_round_trips_exactly(db):
    for text in UNICODE_TEXTS:
        v = create_advice_talk(db, _talk(db, question=text, advice=text, notes=text))
        got = get_advice_talk(db, v.id)
        assert (got.question, got.advice, got.notes) == (text, text, text)


def test_validation_names_every_field(db):
    antwerp_contact = create_contact(db, ContactInput(lg_id(db, ANTWERPEN), "Peeters"))
    before = dump(db)
    with pytest.raises(ValidationError) as e:
        create_advice_talk(
            db,
            AdviceTalkInput(
                date=None,  # type: ignore[arg-type]
                local_government_id="bestaat-niet",
                channel="fax",
                question="   ",
                duration_minutes=-5,
                team_member_ids=("nope",),
            ),
        )
    errs = e.value.errors
    assert set(errs) == {
        "date",
        "local_government_id",
        "channel",
        "question",
        "duration_minutes",
        "team_member_ids",
    }
    assert "Onbekend lokaal bestuur" in errs["local_government_id"]
    assert "verplicht" in errs["question"] and "verplicht" in errs["date"]
    with pytest.raises(ValidationError) as e:
        create_advice_talk(db, _talk(db, contact_ids=(antwerp_contact.id,)))
    assert "geen contactpersoon van Gent" in e.value.errors["contact_ids"]
    with pytest.raises(ValidationError) as e:
        create_advice_talk(db, _talk(db, experienced_government_id=lg_id(db, GENT)))
    assert e.value.field == "experienced_government_id"
    assert dump(db) == before


def test_failed_save_leaves_database_exactly_as_it_was(db):
    """The second new follow-up is invalid: nothing of the talk or the first action stays."""
    before = dump(db)
    with pytest.raises(ValidationError) as e:
        create_advice_talk(
            db,
            _talk(
                db,
                new_follow_ups=(
                    FollowUpInput("Eerste, goed"),
                    FollowUpInput("", owner_id="onbekend"),
                ),
            ),
        )
    assert set(e.value.errors) == {"new_follow_ups.1.description", "new_follow_ups.1.owner_id"}
    assert dump(db) == before
    v = create_advice_talk(db, _talk(db))
    before = dump(db)
    with pytest.raises(ValidationError):
        update_advice_talk(
            db,
            v.id,
            _talk(db, question="Nieuw", new_follow_ups=(FollowUpInput("ok"), FollowUpInput(""))),
            v.version,
        )
    assert dump(db) == before


def test_update_conflict_archive_delete(db):
    v = create_advice_talk(db, _talk(db, new_follow_ups=(FollowUpInput("Actie"),)))
    antw = lg_id(db, ANTWERPEN)
    v2 = update_advice_talk(
        db,
        v.id,
        _talk(db, local_government_id=antw, new_follow_ups=(FollowUpInput("Tweede"),)),
        v.version,
    )
    assert v2.version == 2 and v2.local_government.id == antw and len(v2.follow_ups) == 2
    assert all(f.local_government and f.local_government.id == antw for f in v2.follow_ups)
    with pytest.raises(ConflictError):
        update_advice_talk(db, v.id, _talk(db), v.version)
    # a change of the links alone still moves the version on
    v3 = update_advice_talk(
        db, v.id, _talk(db, local_government_id=antw, theme_ids=tuple(theme_ids(db)[:1])), 2
    )
    assert v3.version == 3
    a = archive_advice_talk(db, v.id, v3.version)
    assert a.archived and not unarchive_advice_talk(db, v.id).archived
    with pytest.raises(ConflictError):
        delete_advice_talk(db, v.id, expected_version=1)
    delete_advice_talk(db, v.id)
    with pytest.raises(NotFoundError):
        get_advice_talk(db, v.id)
    with pytest.raises(NotFoundError):
        get_follow_up(db, v2.follow_ups[0].id)


def test_delete_refused_when_a_trajectory_started_from_it(db):
    v = create_advice_talk(db, _talk(db))
    t = start_trajectory_from_advice_talk(db, v.id)
    assert get_advice_talk(db, v.id).trajectory_id == t.id
    with pytest.raises(DomainError):
        delete_advice_talk(db, v.id)


def test_failure_after_rows_were_written_rolls_everything_back(db, monkeypatch):
    """A failure after the flush (rows sent to the database) still leaves nothing."""
    import supportdesk.services.advice as advice

    def broken_view(*_args, **_kw):
        raise RuntimeError("stroomuitval")

    before = dump(db)
    monkeypatch.setattr(advice, "_view", broken_view)
    with pytest.raises(RuntimeError):
        create_advice_talk(db, _talk(db, new_follow_ups=(FollowUpInput("a"), FollowUpInput("b"))))
    assert dump(db) == before
    monkeypatch.undo()
    create_advice_talk(db, _talk(db))
    after = dump(db)
    assert len(after["advice_talk"]) == len(before["advice_talk"]) + 1  # the dump does see rows


def test_save_racing_another_save_is_refused_by_the_version_column(db):
    """Even past ``check_version`` (two saves at once), the UPDATE names the version it read."""
    from sqlalchemy import select

    from db.models import AdviceTalk
    from supportdesk.services._base import storage_errors

    v = create_advice_talk(db, _talk(db))
    with db.read() as s:
        stale = s.scalar(select(AdviceTalk).where(AdviceTalk.public_id == v.id))
        s.commit()  # objects stay loaded (expire_on_commit=False), at version 1
        update_advice_talk(db, v.id, _talk(db, question="Eerst bewaard"), v.version)
        stale.question = "Later bewaard"
        with pytest.raises(ConflictError), storage_errors():
            s.flush()
    assert get_advice_talk(db, v.id).question == "Eerst bewaard"
