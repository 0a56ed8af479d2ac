"""Measure the Trajecten and Focusgroepen lists at 10,000 and 100,000 records.

    .venv/bin/python benchmarks/bench_lists.py              # 10,000 and 100,000
    .venv/bin/python benchmarks/bench_lists.py --sizes 10000 --repeat 7

The demo generator makes six trajectories per scale unit, too few for 100,000, so the
databases are built here with bulk Core inserts (ids chosen up front): N trajectories
with one or two coaches, three follow-up actions each (one overdue, one open, one done),
a contact moment, feedback on a third of the finished ones; N focus groups with three
invited governments, a tool finding and an open action. They are kept in
``bench-data/lists-issue4-<N>.sqlite3`` (ignored by git) and reused.

What is timed, with the real pages offscreen (median of ``--repeat`` runs, ms):

- **first page**: the page's ``refresh()``: filter choices, the first 200 rows and the
  count, as when the page is first shown or after a save;
- **filter keystroke**: one more character in the filter box, from the key until the
  list shows its new first rows (the typing pause is not counted);
- for trajectories also "mine" (a coach's list), the attention filter (overdue or
  feedback missing), and sorting by the next action's due date and by status;
- for focus groups also the tool filter and sorting by governments invited.

"mine", the attention filter and the tool filter are timed as two changes (off, on),
so each is two list reads. Wall clock and the process's CPU time are both shown; on a
busy machine the CPU time says more.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from datetime import date, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

BENCH_DIR = ROOT / "bench-data"
TODAY = date.today()
STATUSES = ("request", "intake", "running", "running", "finished", "stopped")
WORDS = [
    "digihelpers",
    "vrijwilligers",
    "toegankelijke",
    "website",
    "HR-beleid",
    "kwetsbare",
    "burgers",
    "regie",
    "cyberveiligheid",
    "Digibank",
    "beleidsplan",
    "netwerk",
    "vorming",
    "bibliotheek",
    "OCMW",
]


def _stamp(n: int) -> dict[str, object]:
    now = datetime(2025, 1, 1, 9, 0)
    return {
        "id": n,
        "public_id": str(uuid.UUID(int=random.getrandbits(128))),
        "created_at": now,
        "created_by": "bench",
        "updated_at": now,
        "updated_by": "bench",
        "version": 1,
    }


def build(path: Path, n: int) -> None:
    """Fill a new database with ``n`` trajectories and ``n`` focus groups."""
    from sqlalchemy import select

    from db.models import Base, LocalGovernment, TeamMember, Tool
    from supportdesk.bulk import insert_rows
    from supportdesk.database import open_app_database

    random.seed(n)
    db = open_app_database(str(path))
    t = Base.metadata.tables
    with db.write() as session:
        conn = session.connection()
        members = []
        for k, name in enumerate(("Ann Peeters", "Bob Janssens", "Chloé Maes", "Dirk Wouters")):
            row = _stamp(k + 1) | {"name": name, "email": "", "active": True}
            members.append(row)
        insert_rows(conn, t["team_member"], members)
        member_ids = list(conn.scalars(select(TeamMember.id)))
        lg_ids = list(conn.scalars(select(LocalGovernment.id)))
        tool_ids = list(conn.scalars(select(Tool.id)))
        trajectories, coaches, actions, moments, feedback = [], [], [], [], []
        action_id = 0
        for i in range(1, n + 1):
            status = STATUSES[i % len(STATUSES)]
            start = TODAY - timedelta(days=random.randint(30, 900))
            words = " ".join(random.sample(WORDS, 3))
            trajectories.append(
                _stamp(i)
                | {
                    "local_government_id": random.choice(lg_ids),
                    "title": f"Traject {words} {i}",
                    "status": status,
                    "requested_on": start - timedelta(days=40),
                    "intake_on": None if status == "request" else start - timedelta(days=20),
                    "start_date": start if status not in ("request", "intake") else None,
                    "planned_end_date": start + timedelta(days=300),
                    "end_date": start + timedelta(days=280)
                    if status in ("finished", "stopped")
                    else None,
                    "starting_position": random.choice(("starting", "growing", "experienced")),
                    "needs": f"Noden rond {words}",
                    "goals": "",
                    "approach": "",
                    "partner_involvement": "",
                    "mediawijs_involved": False,
                    "feedback_expected": True,
                    "origin_advice_talk_id": None,
                    "notes": "",
                    "archived": False,
                }
            )
            for m in random.sample(member_ids, random.choice((1, 1, 2))):
                coaches.append({"trajectory_id": i, "team_member_id": m})
            for due, done in (
                (TODAY - timedelta(days=random.randint(1, 60)), None),
                (TODAY + timedelta(days=random.randint(0, 90)), None),
                (TODAY - timedelta(days=100), TODAY - timedelta(days=95)),
            ):
                action_id += 1
                actions.append(
                    _stamp(action_id)
                    | {
                        "description": f"Opvolging {words}",
                        "owner_id": random.choice(member_ids),
                        "due_date": due,
                        "done_date": done,
                        "notes": "",
                        "local_government_id": trajectories[-1]["local_government_id"],
                        "advice_talk_id": None,
                        "trajectory_id": i,
                        "focus_group_id": None,
                    }
                )
            moments.append(
                _stamp(i) | {"trajectory_id": i, "date": start, "form": "online", "notes": words}
            )
            if status == "finished" and i % 3 == 0:
                feedback.append(
                    _stamp(len(feedback) + 1)
                    | {
                        "score": 4,
                        "text": "Goed",
                        "given_on": start + timedelta(days=290),
                        "trajectory_id": i,
                        "local_government_id": trajectories[-1]["local_government_id"],
                    }
                )
        groups, participants, findings, organisers = [], [], [], []
        for i in range(1, n + 1):
            words = " ".join(random.sample(WORDS, 3))
            groups.append(
                _stamp(i)
                | {
                    "date": TODAY - timedelta(days=random.randint(-90, 1500)),
                    "topic": f"Focusgroep {words} {i}",
                    "place": random.choice(("Brussel", "Gent", "Leuven", "")),
                    "online": i % 4 == 0,
                    "new_tool_needs": f"Nood aan een tool over {words}",
                    "notes": "",
                    "archived": False,
                }
            )
            organisers.append({"focus_group_id": i, "team_member_id": random.choice(member_ids)})
            for k, lg in enumerate(random.sample(lg_ids, 3)):
                participants.append(
                    _stamp(3 * (i - 1) + k + 1)
                    | {
                        "focus_group_id": i,
                        "local_government_id": lg,
                        "contact_person_id": None,
                        "attendance": random.choice(("invited", "present", "absent", "excused")),
                    }
                )
            findings.append(
                _stamp(i)
                | {"focus_group_id": i, "tool_id": random.choice(tool_ids), "findings": words}
            )
            action_id += 1
            actions.append(
                _stamp(action_id)
                | {
                    "description": f"Verslag {words}",
                    "owner_id": random.choice(member_ids),
                    "due_date": TODAY + timedelta(days=random.randint(-30, 60)),
                    "done_date": None,
                    "notes": "",
                    "local_government_id": None,
                    "advice_talk_id": None,
                    "trajectory_id": None,
                    "focus_group_id": i,
                }
            )
        for name, rows in (
            ("trajectory", trajectories),
            ("trajectory_coach", coaches),
            ("contact_moment", moments),
            ("focus_group", groups),
            ("focus_group_member", organisers),
            ("focus_group_participant", participants),
            ("tool_finding", findings),
            ("follow_up_action", actions),
            ("feedback", feedback),
        ):
            insert_rows(conn, t[name], rows)
    with db.write() as session:
        session.connection().exec_driver_sql("ANALYZE")
    db.dispose()


def database(n: int) -> Path:
    BENCH_DIR.mkdir(exist_ok=True)
    path = BENCH_DIR / f"lists-issue4-{n}.sqlite3"
    if not path.exists():
        started = time.perf_counter()
        partial = path.with_suffix(".partial")
        partial.unlink(missing_ok=True)
        build(partial, n)
        partial.rename(path)
        print(f"  built {path.name} in {time.perf_counter() - started:.1f} s")
    return path


Timing = tuple[float, float]  # median wall-clock ms, median CPU ms of this process


def timed(repeat: int, action: Callable[[], object]) -> Timing:
    wall, cpu = [], []
    for _ in range(repeat):
        started, cpu_started = time.perf_counter(), time.process_time()
        action()
        wall.append((time.perf_counter() - started) * 1000)
        cpu.append((time.process_time() - cpu_started) * 1000)
    return statistics.median(wall), statistics.median(cpu)


def keystroke(page: object, repeat: int) -> Timing:
    """One character more in the filter box, until the first rows are shown."""
    filters = page.filters  # type: ignore[attr-defined]
    wall, cpu = [], []
    for _ in range(repeat):
        filters.search.clear()
        filters.flush()
        page.apply_filter()  # type: ignore[attr-defined]
        filters.search.setText("digi")
        filters.flush()
        started, cpu_started = time.perf_counter(), time.process_time()
        filters.search.setText("digih")  # the one more character
        filters.flush()
        wall.append((time.perf_counter() - started) * 1000)
        cpu.append((time.process_time() - cpu_started) * 1000)
    filters.search.clear()
    filters.flush()
    return statistics.median(wall), statistics.median(cpu)


def bench(n: int, repeat: int) -> None:
    from PySide6.QtCore import QSettings

    from supportdesk.database import open_app_database
    from supportdesk.services.team import list_team_members
    from ui.app import create_application
    from ui.context import AppContext
    from ui.pages.focus_groups import FocusGroupsPage
    from ui.pages.trajectories import TrajectoriesPage

    app = create_application(["bench"])
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, tempfile.mkdtemp(prefix="sd-")
    )
    db = open_app_database(str(database(n)))
    ctx = AppContext(db)
    me = list_team_members(db)[0].id
    ctx.settings().setValue("user/team_member_id", "")
    results: list[tuple[str, Timing]] = []

    page = TrajectoriesPage(ctx)
    page.resize(1280, 800)
    page.show()
    app.processEvents()
    results.append(("trajectories: first page (all)", timed(repeat, page.refresh)))
    results.append(("trajectories: filter keystroke", keystroke(page, repeat)))
    ctx.settings().setValue("user/team_member_id", me)

    def mine_on() -> None:
        page.mine.setChecked(False)
        page.mine.setChecked(True)

    results.append(("trajectories: mine (toggle off+on)", timed(repeat, mine_on)))
    page.mine.setChecked(False)

    def attention() -> None:
        page.filters.set_value("attention", None)
        page.filters.set_value("attention", "any")

    results.append(("trajectories: attention filter", timed(repeat, attention)))
    page.filters.reset()
    for key, column in (("next_due", 7), ("status", 0)):
        results.append(
            (
                f"trajectories: sort by {key} (desc)",
                timed(repeat, lambda c=column: _resort(page, c)),
            )
        )
    page.close()

    fg = FocusGroupsPage(ctx)
    fg.resize(1280, 800)
    fg.show()
    app.processEvents()
    results.append(("focus groups: first page", timed(repeat, fg.refresh)))
    results.append(("focus groups: filter keystroke", keystroke(fg, repeat)))
    tool = fg.filters.combo("tool")

    def tool_filter() -> None:
        tool.setCurrentIndex(0)
        tool.setCurrentIndex(1)

    results.append(("focus groups: tool filter", timed(repeat, tool_filter)))
    fg.filters.reset()
    results.append(("focus groups: sort by invited", timed(repeat, lambda: _resort(fg, 3))))
    fg.close()
    db.dispose()

    print(f"\n{n:,} trajectories and {n:,} focus groups (median of {repeat}, ms)")
    print(f"  {'':<40} {'wall':>8} {'CPU':>8}")
    for name, (wall, cpu) in results:
        print(f"  {name:<40} {wall:8.1f} {cpu:8.1f}")


def _resort(page: object, column: int) -> None:
    from PySide6.QtCore import Qt

    model = page.model  # type: ignore[attr-defined]
    model.sort_key = ""  # force a new query each time
    model.sort(column, Qt.SortOrder.DescendingOrder)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    for n in args.sizes:
        bench(n, args.repeat)


if __name__ == "__main__":
    main()
