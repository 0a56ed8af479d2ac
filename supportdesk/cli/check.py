"""``supportdesk [--db D] check [--json]``: integrity, schema revision and consistency.

Changes nothing, not one byte: the database is opened read-only (not migrated, its
journal mode left as it is), so checking a backup leaves it as it was. The file itself
is judged by the same diagnosis as the app's start checks
(``supportdesk.safety.diagnosis``: kind of file, header, the size the header promises,
schema), then ``PRAGMA integrity_check`` and the consistency rules run. Exit code 0
when all is well, 1 when any problem was found.
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import asdict
from typing import Any

from db.engine import resolve_url, sqlite_path
from supportdesk.cli.app import CliError
from supportdesk.cli.common import db_label, inspect_db
from supportdesk.integrity import Problem, Report, check_database
from supportdesk.safety.diagnosis import diagnose_file


def register(sub: Any) -> None:
    p = sub.add_parser(
        "check",
        help="controleer de databank (integriteit, schemaversie, samenhang)",
        description="Controleert de databank zonder iets te veranderen. Eindigt met code 1 "
        "als er een probleem is.",
    )
    p.add_argument("--json", action="store_true", help="uitvoer als JSON")
    p.set_defaults(handler=run)


def _file_report(args: argparse.Namespace) -> Report | None:
    """A report of what keeps an SQLite file from being checked further (truncated, not
    a database, damaged pages, foreign, newer), as the app's start checks find it."""
    path = sqlite_path(resolve_url(args.db))
    if path is None:
        return None
    problem = diagnose_file(path)  # the quick check too: ~15% of integrity_check's time
    if problem is None or problem.kind == "empty":
        return None
    if problem.kind in ("missing", "special"):
        raise CliError(f"{db_label(args)}: {problem.message}")
    from db.migrate import head_revision

    report = Report("sqlite", None, head_revision(), checks=["bestand"])
    report.problems.append(Problem("bestand", problem.message))
    if problem.kind == "damaged":
        for line in problem.detail.splitlines():
            if line.strip() and not line.startswith("***"):
                report.problems.append(Problem("integriteit", line.strip()))
    return report


def run(args: argparse.Namespace) -> int:
    report = _file_report(args)
    if report is None:
        engine, state = inspect_db(args)
        try:
            report = check_database(engine, state)
        finally:
            engine.dispose()
    if args.json:
        data = asdict(report)
        data["ok"] = report.ok
        print(json.dumps(data, ensure_ascii=False, indent=1))
    else:
        print(f"Databank: {db_label(args)} ({report.backend})")
        print(f"Schemaversie: {report.revision or 'geen'} (nieuwste: {report.head})")
        if report.counts:
            total = sum(report.counts.values())
            print(f"Rijen: {total} in {len(report.counts)} tabellen")
        print(f"Controles: {', '.join(report.checks)}")
        for p in report.problems:
            rows = f" ({p.rows})" if p.rows else ""
            print(f"PROBLEEM [{p.check}] {p.message}{rows}")
        if report.ok:
            print("In orde.")
    if not report.ok:
        n = len(report.problems)
        print(f"supportdesk: {db_label(args)}: {n} probleem/problemen gevonden", file=sys.stderr)
        return 1
    return 0
