"""Each list's table holds what its page shows: the page's query, filter and sort,
every row; the year's figures as ``stats`` counts them."""

from __future__ import annotations

from datetime import date

import pytest

from supportdesk.indicators import year_indicators
from supportdesk.queries.focus_groups import FocusGroupFilter, list_focus_groups
from supportdesk.queries.follow_ups import NO_OWNER
from supportdesk.queries.local_governments import LocalGovernmentFilter, list_local_governments
from supportdesk.queries.trajectories import TrajectoryFilter, list_trajectories
from supportdesk.tables import (
    figures,
    focus_groups,
    follow_ups,
    local_governments,
    trajectories,
)
from supportdesk.tables.model import DATE, INTEGER
from tests.supportdesk.queries import _data
from tests.supportdesk.queries.conftest import history  # noqa: F401  (a fixture)


def test_local_governments_as_filtered_and_sorted(db, history, monkeypatch):  # noqa: F811
    monkeypatch.setattr(local_governments, "CHUNK", 7)
    f = LocalGovernmentFilter(province="Oost-Vlaanderen")
    for sort, desc in (("name", False), ("open_actions", True), ("last_contact", True)):
        table = local_governments.table(db, f, sort=sort, descending=desc)
        rows = list(table.rows)
        expected = list_local_governments(db, f, sort=sort, descending=desc, limit=None)
        assert [r[0] for r in rows] == [e.name for e in expected]
        assert table.total == len(rows) > 7
    gent = next(r for r in local_governments.table(db, LocalGovernmentFilter(text="Gent")).rows)
    assert gent[0] == "Gent" and gent[1] == "44021" and gent[3] == "gemeente"
    assert gent[5] == 1 and gent[6] == date(2025, 5, 6)  # open actions, last contact


def test_trajectories_with_the_next_action_as_a_date(db, history):  # noqa: F811
    _data.action(db, "Plan intake", date(2025, 6, 1), trajectory_id=history["traj"])
    f = TrajectoryFilter(statuses=("running",), today=date(2025, 7, 1))
    table = trajectories.table(db, f)
    assert [c.type for c in table.columns][5:8] == [DATE, DATE, DATE]
    rows = list(table.rows)
    assert [r[3] for r in rows] == [t.title for t in list_trajectories(db, f, limit=None)]
    row = rows[0]
    assert row[0] == "lopend" and row[2] == "Gent" and row[3] == "Traject Gent"
    assert row[1] == "⚠ 1 actie te laat"
    assert row[5] == date(2025, 2, 1) and row[7] == date(2025, 6, 1) and row[8] == "Plan intake"


def test_focus_groups(db, history):  # noqa: F811
    table = focus_groups.table(db, FocusGroupFilter(year=2025))
    rows = list(table.rows)
    assert len(rows) == len(list_focus_groups(db, FocusGroupFilter(year=2025), limit=None)) == 1
    assert rows[0][:6] == (date(2025, 4, 1), "⚠ te bevestigen", "Tools evalueren", "", 1, 1)
    assert table.columns[4].type == INTEGER


def test_meeting_words_are_translated_where_the_interface_keeps_them():
    """ "online" and "te bevestigen" of the focus-group and activity sheets are looked up
    in the interface's context of those words (MeetingWords), as the pages show them."""
    from supportdesk.tables.labels import meeting_place, meeting_status

    def tr(context: str, text: str) -> str:
        return {
            ("MeetingWords", "online"): "online!",
            ("MeetingWords", "te bevestigen"): "to confirm",
        }.get((context, text), f"?{context}?")

    assert meeting_place("Zaal <&> 1", True, tr) == "online! · Zaal <&> 1"
    assert meeting_place("", True, tr) == "online!"
    assert meeting_place("Zaal 1", False, tr) == "Zaal 1"
    assert meeting_status("gepland", True, tr) == "⚠ to confirm"
    assert meeting_status("gepland", False, tr) == "gepland"


def test_follow_ups_group_by_group_open_only(db, monkeypatch):
    monkeypatch.setattr(follow_ups, "CHUNK", 1)
    ann = _data.member(db, "Ann")
    talk = _data.talk(db, "Gent", date(2025, 3, 3))
    today = date(2025, 3, 12)
    _data.action(db, "later zonder datum", None, owner=ann)
    _data.action(db, "te laat <&>", date(2025, 3, 1), owner=ann, talk_id=talk)
    _data.action(db, "te laat 2", date(2025, 3, 2))
    _data.action(db, "vandaag", today, owner=ann)
    _data.action(db, "al gedaan", date(2025, 3, 1), owner=ann, done=date(2025, 3, 2))
    table = follow_ups.table(db, None, today=today)
    rows = list(table.rows)
    assert table.total == len(rows) == 4
    assert [(r[0], r[2]) for r in rows] == [
        ("Achterstallig", "te laat <&>"),
        ("Achterstallig", "te laat 2"),
        ("Vandaag", "vandaag"),
        ("Later", "later zonder datum"),
    ]
    assert rows[0][1] == date(2025, 3, 1) and rows[3][1] is None
    assert rows[0][3] == "Adviesgesprek Gent, 03/03/2025" and rows[0][5] == "Ann"
    mine = [r[2] for r in follow_ups.table(db, ann, today=today).rows]
    assert mine == ["te laat <&>", "vandaag", "later zonder datum"]
    assert [r[2] for r in follow_ups.table(db, NO_OWNER, today=today).rows] == ["te laat 2"]


def test_figures_as_stats_counts_them(db, history):  # noqa: F811
    table = figures.table(db, 2025)
    rows = list(table.rows)
    expected = year_indicators(db, 2025)
    assert [r[3] for r in rows] == [i.value for i in expected]
    assert [r[1] for r in rows] == [i.label for i in expected]
    assert rows[0][0] == 2025 and rows[0][2] == "OD 3.2"
    assert table.title == "Cijfers 2025"


def test_headers_translate_through_the_given_translator(db, history):  # noqa: F811
    seen = []

    def tr(context, text):
        seen.append(context)
        return text.upper()

    table = local_governments.table(db, tr=tr)
    assert table.headers[0] == "NAAM" and "LocalGovernmentsPage" in seen
    gent = next(r for r in table.rows if r[0] == "Gent")
    assert gent[3] == "GEMEENTE" and "Labels" in seen


@pytest.mark.parametrize("bad", ["nope"])
def test_unknown_sort_key_is_refused(db, bad):
    with pytest.raises(ValueError):
        list(local_governments.table(db, sort=bad).rows)
