"""``stats`` counts what happened and shows what is planned beside it."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

from supportdesk.database import open_app_database
from supportdesk.services.focus_groups import FocusGroupInput, create_focus_group
from tests.supportdesk.cli.conftest import Run


def test_stats_shows_planned_beside_the_figure(cli: Callable[..., Run], db_file: Path) -> None:
    today = date.today()
    db = open_app_database(str(db_file), actor="test")
    try:
        create_focus_group(db, FocusGroupInput(today, "Vandaag"), status="held")
        create_focus_group(db, FocusGroupInput(today + timedelta(days=1), "Morgen"))
    finally:
        db.dispose()
    year = today.year
    run = cli("--db", str(db_file), "stats", "--year", str(year), "--json")
    assert run.code == 0, run.err
    by_key = {i["key"]: i for i in json.loads(run.out)["indicators"]}
    tomorrow_this_year = (today + timedelta(days=1)).year == year
    assert by_key["focus_groups"]["value"] == 1
    assert by_key["focus_groups"]["planned"] == (1 if tomorrow_this_year else 0)
    assert by_key["focus_groups"]["attention"] == 0
    text = cli("--db", str(db_file), "stats", "--year", str(year)).out
    assert ("1 gepland" in text) == tomorrow_this_year
