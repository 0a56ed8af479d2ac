"""Opening a database loads no ORM (the listeners that need it come with the first
session), yet the first write right after an open is logged in the change log and
found by the search, as before (issue 15: ``stats`` without ``sqlalchemy.orm``).

Run in a fresh process: in the test process an earlier test has long registered every
listener, so only a new process shows whether the open path itself puts them in place.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from tests.fresh_process import run_python

SCRIPT = r"""
import json, sys
from sqlalchemy import select
from supportdesk.database import open_app_database

db = open_app_database(sys.argv[1], actor="Łukasz <&>")
loaded_at_open = sorted(
    m for m in ("sqlalchemy.orm", "db.models", "supportdesk.safety.audit",
                "supportdesk.search.indexer") if m in sys.modules
)
from db.models import LocalGovernment

with db.write() as session:
    session.add(LocalGovernment(name="Özdemirgem Zoekbaar", kind="municipality"))
from db.tables.audit import change_log
from supportdesk.search import search

with db.read_connection() as conn:
    logged = conn.execute(
        select(change_log.c.actor, change_log.c.table_name, change_log.c.action)
        .order_by(change_log.c.id.desc()).limit(1)
    ).one()
found = [h.title for h in search(db, "zoekbaar")]
db.dispose()
print(json.dumps({"loaded_at_open": loaded_at_open, "logged": list(logged), "found": found}))
"""


def test_the_first_write_after_an_open_is_logged_and_indexed(
    sqlite_template: Path, tmp_path: Path
) -> None:
    path = tmp_path / "supportdesk.sqlite3"
    shutil.copyfile(sqlite_template, path)
    result = json.loads(run_python(SCRIPT, str(path)).stdout)
    assert result["logged"] == ["Łukasz <&>", "local_government", "create"]
    assert result["found"] == ["Özdemirgem Zoekbaar"]
    # the open itself loaded neither the listeners nor the ORM they need
    assert "supportdesk.safety.audit" not in result["loaded_at_open"]
    assert "supportdesk.search.indexer" not in result["loaded_at_open"]
