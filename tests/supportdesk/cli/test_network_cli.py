"""``supportdesk network export FILE`` and ``network list``: the current members of the
demo, through the safe output writer (never over a file without --force, never the
database)."""

from __future__ import annotations

import csv
import json
from collections.abc import Callable
from pathlib import Path

from supportdesk.database import open_app_database
from supportdesk.demo import generate_demo
from supportdesk.services.network import member_counts
from tests.supportdesk.cli.conftest import Run, digest


def test_export_and_list_the_current_members(cli: Callable[..., Run], db_file: Path, tmp_path):  # type: ignore[no-untyped-def]
    db = open_app_database(str(db_file))
    try:
        generate_demo(db)
        total = member_counts(db).total
    finally:
        db.dispose()
    out = tmp_path / "leden.csv"
    r = cli("--db", str(db_file), "network", "export", str(out))
    assert r.code == 0, r.err
    assert r.out.strip() == f"{total} leden naar {out}"
    rows = list(csv.reader(out.read_text("utf-8-sig").splitlines(), delimiter=";"))
    assert rows[0] == ["Naam", "E-mailadres", "Lokaal bestuur"] and len(rows) == total + 1
    assert all("@" in row[1] for row in rows[1:])
    # an existing file needs --force; the database is never written over
    before = digest(out)
    r = cli("--db", str(db_file), "network", "export", str(out))
    assert r.code != 0 and "--force" in r.err and digest(out) == before
    assert cli("--db", str(db_file), "network", "export", str(out), "--force").code == 0
    database = digest(db_file)
    r = cli("--db", str(db_file), "network", "export", str(db_file), "--force")
    assert r.code != 0 and digest(db_file) == database
    data = json.loads(cli("--db", str(db_file), "network", "list", "--json").out)
    assert data["total"] == total == sum(g["members"] for g in data["governments"])
