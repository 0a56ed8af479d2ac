"""``db.session`` loads the ORM with the first session, not with the database: a
process that reads with Core (``Database.read_connection``) never loads it, and what
``before_first_session`` asks is done once, before that first session (issue 15)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from tests.fresh_process import run_python

SCRIPT = r"""
import json, sys
from sqlalchemy import func, select
from db.session import before_first_session, connect
from db.tables.local_government import local_government

steps = []
before_first_session(lambda: steps.append(("setup", "sqlalchemy.orm" in sys.modules)))
db = connect(sys.argv[1], actor="Özdemir")
with db.read_connection() as conn:
    governments = conn.scalar(select(func.count()).select_from(local_government))
steps.append(("core read", "sqlalchemy.orm" in sys.modules))
with db.read() as session:
    session.execute(select(1))
with db.write() as session:
    from db.models import Theme
    theme = Theme(name="Thema <&> Łukasz", description="", position=99)
    session.add(theme)
with db.read() as session:
    stamped = session.execute(
        select(Theme.created_by, Theme.updated_by).where(Theme.id == theme.id)
    ).one()
before_first_session(lambda: steps.append(("late setup", True)))
db.dispose()
print(json.dumps({"steps": steps, "governments": governments, "stamped": list(stamped)}))
"""


def test_the_orm_comes_with_the_first_session(sqlite_template: Path, tmp_path: Path) -> None:
    path = tmp_path / "supportdesk.sqlite3"
    shutil.copyfile(sqlite_template, path)
    result = json.loads(run_python(SCRIPT, str(path)).stdout)
    # the Core read loaded no ORM; the set-up ran once, with the first session (the
    # ORM loaded by then), and one asked for later runs at once
    assert result["steps"] == [["core read", False], ["setup", True], ["late setup", True]]
    assert result["governments"] >= 285
    assert result["stamped"] == ["Özdemir", "Özdemir"]  # the stamp listener is in place
