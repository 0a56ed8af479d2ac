"""Make a database as an older (or newer) SupportDesk left it, to try upgrades with.

    .venv/bin/python scripts/make_old_database.py PATH --revision 0001
    .venv/bin/python scripts/make_old_database.py PATH --newer

Fills a new SQLite file with demo data at the newest schema, writes the year figures
(``stats --json``) beside it as ``PATH.stats.json``, then takes the schema back to
``--revision`` with Alembic's downgrades (the records stay; what later revisions added,
such as the search index, goes), or with ``--newer`` marks it as made by a future
SupportDesk. ``scripts/smoke-app.sh`` opens such files with the frozen app.
"""

from __future__ import annotations

import argparse
import io
import sys
from contextlib import redirect_stdout
from pathlib import Path

from alembic import command
from sqlalchemy import text

from db.engine import build_engine
from db.migrate import alembic_config, current_revision
from main import main as supportdesk

FUTURE = "9999_future"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", type=Path)
    group = parser.add_mutually_exclusive_group(required=True)
    group.add_argument("--revision", help="the schema revision to go back to, e.g. 0001")
    group.add_argument("--newer", action="store_true", help="as made by a newer SupportDesk")
    args = parser.parse_args(argv)
    if args.path.exists():
        parser.error(f"{args.path} exists already")
    if supportdesk(["--db", str(args.path), "demo"]) != 0:
        return 1
    out = io.StringIO()
    with redirect_stdout(out):
        code = supportdesk(["--db", str(args.path), "stats", "--year", "2025", "--json"])
    if code != 0:
        return 1
    args.path.with_name(args.path.name + ".stats.json").write_text(out.getvalue(), "utf-8")
    engine = build_engine(f"sqlite:///{args.path.resolve()}")
    try:
        with engine.begin() as conn:
            if args.newer:
                conn.execute(text("UPDATE alembic_version SET version_num = :v"), {"v": FUTURE})
            else:
                cfg = alembic_config()
                cfg.attributes["connection"] = conn
                command.downgrade(cfg, args.revision)
        print(f"{args.path}: schema revision {current_revision(engine)}")
    finally:
        engine.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
