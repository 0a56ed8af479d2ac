"""``supportdesk stats`` as a process reads with Core only: it loads neither
``sqlalchemy.orm`` nor the models (issue 15: ~0.2 s of its start), and prints the
figures the plan's rules give for records of known dates, kinds and numbers."""

from __future__ import annotations

import json
from datetime import date, time
from pathlib import Path

import pytest

from supportdesk.database import open_app_database
from supportdesk.services.activities import ActivityInput, create_activity, list_activity_kinds
from supportdesk.services.advice import AdviceTalkInput, create_advice_talk
from supportdesk.services.focus_groups import FocusGroupInput, create_focus_group
from supportdesk.services.plan import list_plan_items, set_milestone
from supportdesk.services.publications import PublicationInput, create_publication
from supportdesk.services.trajectories import TrajectoryInput, create_trajectory
from tests.fresh_process import run_python
from tests.supportdesk.services.helpers import GENT, LEUVEN, lg_id

# main.py as a user runs it, then which of these the process had loaded
WRAPPER = """
import runpy, sys
sys.argv = ["main.py", *sys.argv[1:]]
try:
    runpy.run_path("main.py", run_name="__main__")
finally:
    watched = ("sqlalchemy.orm", "db.models", "db.base", "supportdesk.services")
    loaded = sorted(m for m in watched if m in sys.modules)
    print("LOADED", loaded, file=sys.stderr)
"""


@pytest.fixture(scope="module")
def known_file(sqlite_template: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Records of 2025 whose figures are worked out by hand in the test below."""
    import shutil

    path = tmp_path_factory.mktemp("known") / "bekend.sqlite3"
    shutil.copyfile(sqlite_template, path)
    db = open_app_database(str(path), actor="test")
    try:
        gent, leuven = lg_id(db, GENT), lg_id(db, LEUVEN)
        for day, gov, channel in (
            (date(2025, 1, 1), gent, "phone"),  # the year's first day counts
            (date(2025, 12, 31), leuven, "on_site"),  # and its last
            (date(2025, 6, 2), gent, "email"),  # answered by mail alone: not counted
            (date(2024, 12, 31), gent, "phone"),  # the year before
        ):
            create_advice_talk(db, AdviceTalkInput(day, gov, channel, "Vraag Łukasz <&>"))
        create_trajectory(
            db,
            TrajectoryInput(gent, "Traject Özdemir", start_date=date(2025, 2, 1)),
            status="running",
        )
        create_trajectory(db, TrajectoryInput(leuven, "Aanvraag"))  # not started
        create_focus_group(db, FocusGroupInput(date(2025, 5, 1), "Gehouden"), status="held")
        create_focus_group(db, FocusGroupInput(date(2025, 6, 1), "Nooit bevestigd"))
        kind = next(k.id for k in list_activity_kinds(db) if k.code == "info_session")
        for day, count, end in (
            (date(2025, 3, 13), 23, time(16, 0)),
            (date(2025, 9, 9), 10, time(15, 0)),
        ):
            session = ActivityInput(
                kind,
                day,
                "Infosessie",
                start_time=time(13, 30),
                end_time=end,
                participant_count=count,
            )
            create_activity(db, session, status="held")
        create_activity(db, ActivityInput(kind, date(2025, 10, 1), "Nog te bevestigen"))
        for day in (date(2025, 3, 1), date(2025, 4, 1)):
            create_publication(db, PublicationInput("newsletter", day, "Nieuwsbrief"))
        milestone = next(i for i in list_plan_items(db, 2025) if i.key == "cyber_safety_tool")
        set_milestone(db, milestone.id, "started", "Eerste versie klaar\nmeer volgt")
    finally:
        db.dispose()
    return path


def _stats(path: Path, *args: str) -> tuple[str, str]:
    done = run_python(WRAPPER, "--db", str(path), "stats", "--year", "2025", *args)
    return done.stdout, done.stderr


def test_stats_loads_no_orm_and_prints_the_known_figures(known_file: Path) -> None:
    out, err = _stats(known_file)
    assert "LOADED []" in err, err
    lines = [line.strip() for line in out.splitlines()]
    after = {lines[i]: lines[i + 1] for i in range(len(lines) - 1)}

    def figure(text: str) -> str:
        return next(v for k, v in after.items() if k.endswith(text))

    # 23 x 2.5 h + 10 x 1.5 h = 57.5 + 15 = 72.5 participant hours
    hours = "72,5 deelnemersuren (doel 100) · 1 te bevestigen"
    assert figure("Deelnemersuren aan de infosessies") == hours
    assert figure("Infosessies over een actueel thema") == "2 (doel 2)  ✓ · 1 te bevestigen"
    assert figure("VVSG-nieuwsbrieven digitale inclusie") == "2 (doel 9)"
    assert figure("Focusgroepen met lokale besturen") == "1 (doel 1)  ✓ · 1 te bevestigen"
    assert figure("Adviesgesprekken met lokale besturen") == "2 (doel 8)"
    assert figure("Ondersteuningstrajecten op maat") == "1 (doel 3)"
    assert figure("nieuwe tool over cyberveiligheid van digistarters") == (
        "mijlpaal: bezig — Eerste versie klaar"
    )
    assert lines[0] == "Actieplan 2025"


def test_stats_json_loads_no_orm_and_gives_the_known_figures(known_file: Path) -> None:
    out, err = _stats(known_file, "--json")
    assert "LOADED []" in err, err
    data = json.loads(out)
    figures = {i["key"]: (i["value"], i["planned"], i["attention"]) for i in data["indicators"]}
    assert figures == {
        "advice_talks": (2, 0, 0),
        "trajectories": (1, 0, 0),
        "focus_groups": (1, 0, 1),
    }
    plan = {i["key"]: i for i in data["plan"]}
    assert plan["advice_talks"]["value"] == 2
    assert plan["info_session_hours"]["value"] == 72.5
    assert (plan["info_sessions"]["value"], plan["info_sessions"]["attention"]) == (2, 1)
    assert plan["newsletters"]["value"] == 2
    assert plan["cyber_safety_tool"]["milestone_state"] == "started"
    assert plan["cyber_safety_tool"]["note"] == "Eerste versie klaar\nmeer volgt"
