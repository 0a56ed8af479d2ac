from datetime import date

import pytest

from supportdesk.queries.local_governments import (
    SORT_KEYS,
    LocalGovernmentFilter,
    count_local_governments,
    list_local_governments,
    provinces,
)


def test_all_285_municipalities_listed_in_pages(db):
    assert count_local_governments(db) == 285
    first = list_local_governments(db, limit=100)
    rest = list_local_governments(db, offset=100, limit=None)
    names = [r.name for r in first + rest]
    assert len(names) == 285 and len(set(names)) == 285
    assert names[0] == "Aalst"


def test_open_actions_and_last_contact(db, history):
    [gent] = list_local_governments(db, LocalGovernmentFilter(text="gent"), limit=1)
    assert gent.name == "Gent"
    assert gent.open_actions == 1
    assert gent.last_contact == date(2025, 5, 6)  # the trajectory's contact moment
    rows = list_local_governments(db, sort="last_contact", descending=True, limit=3)
    assert [r.name for r in rows[:2]] == ["Gent", "Aalst"]
    rows = list_local_governments(db, sort="last_contact", limit=3)
    assert [r.name for r in rows[:2]] == ["Aalst", "Gent"]  # never-contacted ones last
    top = list_local_governments(db, sort="open_actions", descending=True, limit=1)
    assert top[0].name == "Gent"


def test_filters(db):
    assert {
        r.province
        for r in list_local_governments(db, LocalGovernmentFilter(province="Limburg"), limit=None)
    } == {"Limburg"}
    by_alias = list_local_governments(db, LocalGovernmentFilter(text="borsbeek"))
    assert [r.name for r in by_alias] == ["Antwerpen"]
    by_nis = list_local_governments(db, LocalGovernmentFilter(text="4402"))
    assert "Gent" in [r.name for r in by_nis]
    assert list_local_governments(db, LocalGovernmentFilter(text="100%_")) == []
    none_set = LocalGovernmentFilter(starting_position="")
    assert count_local_governments(db, none_set) == 285
    assert count_local_governments(db, LocalGovernmentFilter(kind="partnership")) == 0
    assert "West-Vlaanderen" in provinces(db)


@pytest.mark.parametrize("key", SORT_KEYS)
def test_every_sort_key_runs_both_ways(db, history, key):
    asc = list_local_governments(db, sort=key, limit=None)
    desc = list_local_governments(db, sort=key, descending=True, limit=None)
    assert len(asc) == len(desc) == 285


def test_unknown_sort_key_refused(db):
    with pytest.raises(ValueError):
        list_local_governments(db, sort="drop table")


def _names(rows):
    return [r.name for r in rows]


def test_figure_sorts_follow_every_save_and_break_ties_by_name(db, history):
    """The figures kept between sorts (read_cache) are read again after a save: a new
    talk and a new open action move a government up at once; equal figures stay in
    name order in both directions, governments never contacted last in both."""
    from supportdesk.services.advice import AdviceTalkInput, create_advice_talk
    from supportdesk.services.follow_ups import FollowUpInput

    top = _names(list_local_governments(db, sort="last_contact", descending=True, limit=2))
    assert top == ["Gent", "Aalst"]
    assert _names(list_local_governments(db, sort="open_actions", descending=True, limit=1)) == [
        "Gent"
    ]
    [brugge] = list_local_governments(db, LocalGovernmentFilter(text="brugge"), limit=1)
    create_advice_talk(
        db,
        AdviceTalkInput(
            date(2025, 5, 6),  # the same day as Gent's last contact
            brugge.id,
            "phone",
            "Vraag van Łukasz <&>",
            new_follow_ups=(FollowUpInput("Bel terug"), FollowUpInput("Mail")),
        ),
    )
    rows = list_local_governments(db, sort="last_contact", descending=True, limit=3)
    assert _names(rows) == ["Brugge", "Gent", "Aalst"]  # a tie: by name
    assert rows[0].last_contact == date(2025, 5, 6) and rows[0].open_actions == 2
    rows = list_local_governments(db, sort="last_contact", limit=None)
    top = _names(rows[:3])
    assert _names(rows[:3]) == ["Aalst", "Brugge", "Gent"]
    assert all(r.last_contact is None for r in rows[3:])
    by_name = [n for n in _names(list_local_governments(db, limit=None)) if n not in top]
    assert _names(rows[3:]) == by_name  # never contacted: by name
    most = list_local_governments(db, sort="open_actions", descending=True, limit=3)
    assert _names(most) == ["Brugge", "Gent", "Aalst"]
    # a page further on, and a plain sort after the figures were kept, agree
    page = list_local_governments(db, sort="last_contact", descending=True, offset=1, limit=1)
    assert _names(page) == ["Gent"]
    [gent] = list_local_governments(db, LocalGovernmentFilter(text="gent"), sort="kind", limit=1)
    assert (gent.open_actions, gent.last_contact) == (1, date(2025, 5, 6))
