"""Archiving a follow-up action (issue 12.3): version-checked and in the change log like
every save; an archived action leaves every daily list and count (the Opvolgacties
groups, the overdue count, the per-record counts of the talk, trajectory, focus group and
government lists, the calendar, the timeline, a record's own actions and the reports)
and comes back with "Toon gearchiveerd" (``include_archived``) marked as archived, and
in all of them again after ``unarchive_follow_up``."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from db.session import Database
from supportdesk.calendar_export import build_calendar
from supportdesk.errors import ConflictError
from supportdesk.queries.advice_talks import advice_talks_page
from supportdesk.queries.focus_groups import focus_groups_page
from supportdesk.queries.follow_ups import follow_up_groups, open_counts, overdue_count
from supportdesk.queries.local_governments import local_governments_page
from supportdesk.queries.timeline import timeline
from supportdesk.queries.trajectories import trajectories_page
from supportdesk.safety.audit import record_history
from supportdesk.services.follow_ups import (
    archive_follow_up,
    get_follow_up,
    unarchive_follow_up,
)
from supportdesk.services.trajectories import get_trajectory
from tests.supportdesk.queries._data import action, focus_group, government, talk, trajectory

WED = date(2025, 3, 12)
LATE = WED - timedelta(days=2)


def _seen(db: Database) -> dict[str, object]:
    """Where the actions show, everywhere a daily list or count shows them."""
    talks, _ = advice_talks_page(db, limit=None)
    trajs, _ = trajectories_page(db, limit=None)
    groups, _ = focus_groups_page(db, limit=None)
    lgs, _ = local_governments_page(db, limit=None)
    return {
        "list": sorted(
            r.description for g in follow_up_groups(db, today=WED).groups for r in g.rows
        ),
        "overdue": overdue_count(db, today=WED),
        "open": sum(open_counts(db, today=WED).values()),
        "talk": [r.open_actions for r in talks],
        "trajectory": [(r.open_actions, r.overdue_actions) for r in trajs],
        "trajectory_view": [
            f.description for t in trajs for f in get_trajectory(db, t.id).follow_ups
        ],
        "focus_group": [r.open_actions for r in groups],
        "gent": next(r.open_actions for r in lgs if r.name == "Gent"),
        "calendar": build_calendar(db, today=WED).actions,
        "timeline": sorted(e.id for e in timeline(db, government(db, "Brugge"), today=WED)),
    }  # fmt: skip


def test_archived_actions_leave_every_list_and_count_and_come_back(db: Database):
    t = talk(db)
    tr = trajectory(db, "Traject Łódź")
    fg = focus_group(db, "Focus <&>", WED)
    ids = [
        action(db, "bij gesprek", LATE, talk_id=t),
        action(db, "bij traject 😀", LATE, trajectory_id=tr),
        action(db, "bij focusgroep", LATE, focus_group_id=fg),
        action(db, "bij Gent", LATE),
    ]
    before = _seen(db)
    assert before["overdue"] == 4 and before["calendar"] == 4
    assert before["trajectory_view"] == ["bij traject 😀"]
    assert ids[1] in before["timeline"]  # type: ignore[operator]
    for public_id in ids:
        archive_follow_up(db, public_id, get_follow_up(db, public_id).version)
    after = _seen(db)
    assert after == {
        "list": [], "overdue": 0, "open": 0, "talk": [0], "trajectory": [(0, 0)],
        "trajectory_view": [], "focus_group": [0], "gent": 0, "calendar": 0,
        "timeline": [e for e in before["timeline"] if e not in ids],  # type: ignore[attr-defined]
    }  # fmt: skip
    # "Toon gearchiveerd": all four again, each marked
    shown = [r for g in follow_up_groups(db, today=WED, include_archived=True).groups
             for r in g.rows]  # fmt: skip
    assert sorted(r.id for r in shown) == sorted(ids) and all(r.archived for r in shown)
    for public_id in ids:
        unarchive_follow_up(db, public_id, get_follow_up(db, public_id).version)
    assert _seen(db) == before


def test_archive_checks_the_version_and_is_logged(db: Database):
    public_id = action(db, "Bellen", LATE)
    old = get_follow_up(db, public_id)
    archived = archive_follow_up(db, public_id, old.version)
    assert archived.archived and not archived.is_overdue(WED)
    with pytest.raises(ConflictError):
        unarchive_follow_up(db, public_id, old.version)
    assert get_follow_up(db, public_id).archived
    back = unarchive_follow_up(db, public_id, archived.version)
    assert not back.archived and back.version == archived.version + 1
    history = record_history(db, public_id, resolve_names=False)
    assert [h.action for h in history][-2:] == ["archive", "unarchive"]
    assert {c.field: (c.old, c.new) for c in history[-1].changes}["archived"] == (True, False)
