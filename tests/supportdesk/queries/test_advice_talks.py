from datetime import date

import pytest

from supportdesk.queries.advice_talks import (
    SORT_KEYS,
    AdviceTalkFilter,
    advice_talk_years,
    count_advice_talks,
    list_advice_talks,
)


def test_list_newest_first_with_themes_members_and_counts(db, history):
    rows = list_advice_talks(db)
    assert [r.id for r in rows] == [history["t1"], history["t3"], history["t2"]]
    t1 = rows[0]
    assert t1.question == "Hoe starten we met digihelpers? <&>"
    assert t1.local_government == "Gent" and t1.open_actions == 1 and t1.signal
    assert t1.team_members == ("Ann Özdemir",) and len(t1.themes) == 1
    assert rows[2].experienced_government


def test_filters(db, history):
    def ids(**kw):
        return {r.id for r in list_advice_talks(db, AdviceTalkFilter(**kw))}

    assert ids(year=2025) == {history["t1"], history["t3"]}
    assert ids(local_government_id=history["gent"]) == {history["t1"], history["t2"]}
    assert ids(theme_id=history["theme"]) == {history["t1"]}
    assert ids(team_member_id=history["bob"]) == {history["t2"]}
    assert ids(channel="email") == {history["t3"]}
    assert ids(flags=("signal",)) == {history["t1"]}
    assert ids(flags=("experienced_government",)) == {history["t2"]}
    # Text: every word starts a word of the talk, accents and case ignored.
    assert ids(text="łukasz") == {history["t3"]} == ids(text="LUKASZ")
    assert ids(text="aalst") == {history["t2"], history["t3"]}  # t2 brought Aalst in
    assert ids(text="digihelp star") == {history["t1"]}
    assert ids(text="<&>") == ids()  # no words: no text filter
    assert ids(text="zzzz") == set()
    assert count_advice_talks(db, AdviceTalkFilter(year=2024)) == 1
    assert count_advice_talks(db, cap=1) == 2  # "more than 1"
    with pytest.raises(ValueError):
        list_advice_talks(db, AdviceTalkFilter(flags=("nope",)))


@pytest.mark.parametrize("key", SORT_KEYS)
def test_every_sort_key_and_paging(db, history, key):
    both = list_advice_talks(db, sort=key, descending=False)
    first = list_advice_talks(db, sort=key, descending=False, limit=2)
    second = list_advice_talks(db, sort=key, descending=False, offset=2, limit=2)
    assert [r.id for r in first + second] == [r.id for r in both]


def test_years(db, history):
    years = advice_talk_years(db)
    assert years[0] >= 2025 and years[-1] == 2024
    assert years == sorted(years, reverse=True)


def test_years_on_empty_database(db):
    assert advice_talk_years(db) == [date.today().year]


def test_broad_text_walks_the_talks_with_the_same_result(db, history, monkeypatch):
    """A text matching many documents is checked talk by talk (LIKE on the folded
    document) instead of through the full-text list; the answer must not change."""
    from supportdesk.queries import advice_talks

    def ids(text):
        return {r.id for r in list_advice_talks(db, AdviceTalkFilter(text=text))}

    narrow = {t: ids(t) for t in ("aalst", "łukasz", "digihelp star", "zzzz")}
    monkeypatch.setattr(advice_talks, "BROAD", 0)
    assert {t: ids(t) for t in narrow} == narrow
