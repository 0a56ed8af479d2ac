"""Benchmark databases built with ``supportdesk demo --scale N``, kept in ``bench-data/``.

Shared by the benchmark scripts: a database is built once (in a temporary file, renamed
into place when complete) and reused; a ``.json`` beside it records how long the build took,
what it holds and a hash of the generator's source. A changed generator does not rebuild
it by itself (a refactoring of ``supportdesk/demo`` would otherwise replace a shared
100,000-talk file for minutes while others measure on it): the benchmark says so, and
``SUPPORTDESK_BENCH_REBUILD=1`` rebuilds. A new schema
or search index does not rebuild it (100,000 talks take minutes): opening it with
``open_database`` migrates it, as it would a user's file.
"""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
BENCH_DATA = ROOT / "bench-data"
TALKS_PER_SCALE = 40  # ``demo`` makes 40 advice talks per scale unit


def _generator_hash() -> str:
    """Changes when the demo generator changes."""
    h = hashlib.sha256()
    for folder in ("supportdesk/demo",):
        for path in sorted((ROOT / folder).glob("*.py")):
            h.update(path.read_bytes())
    return h.hexdigest()[:12]


def scale_for(talks: int) -> int:
    return max(1, round(talks / TALKS_PER_SCALE))


def demo_database(talks: int, *, quiet: bool = False) -> tuple[Path, dict[str, Any]]:
    """The SQLite file with about ``talks`` advice talks, and its build record."""
    scale = scale_for(talks)
    BENCH_DATA.mkdir(exist_ok=True)
    path = BENCH_DATA / f"demo-scale{scale}.sqlite3"
    meta_path = path.with_suffix(".json")
    version = _generator_hash()
    if path.exists() and meta_path.exists() and not os.environ.get("SUPPORTDESK_BENCH_REBUILD"):
        meta: dict[str, Any] = json.loads(meta_path.read_text(encoding="utf-8"))
        if meta.get("generator") != version and not quiet:
            print(
                f"{path.name}: made by an earlier demo generator ({meta.get('generator')}, now "
                f"{version}); reused (SUPPORTDESK_BENCH_REBUILD=1 rebuilds it)",
                file=sys.stderr,
            )
        return path, meta
    tmp = path.with_name(f".{path.name}.building")
    for suffix in ("", "-wal", "-shm"):
        Path(f"{tmp}{suffix}").unlink(missing_ok=True)
    if not quiet:
        print(f"building {path.name}: supportdesk demo --scale {scale} ...", file=sys.stderr)
    started = time.perf_counter()
    proc = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "--db", str(tmp), "demo", "--scale", str(scale)],
        capture_output=True,
        text=True,
        check=False,
        cwd=ROOT,
    )
    seconds = time.perf_counter() - started
    if proc.returncode != 0:
        raise SystemExit(f"demo --scale {scale} failed: {proc.stderr.strip()}")
    import sqlite3

    with sqlite3.connect(tmp) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        counts = {
            t: conn.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0]
            for t in ("advice_talk", "follow_up_action", "contact_person", "search_document")
        }
    conn.close()
    for suffix in ("-wal", "-shm"):
        Path(f"{tmp}{suffix}").unlink(missing_ok=True)
    tmp.replace(path)
    meta = {
        "generator": version,
        "scale": scale,
        "build_seconds": round(seconds, 1),
        "demo_output": proc.stdout.strip(),
        "counts": counts,
        "size_mb": round(path.stat().st_size / 2**20, 1),
    }
    meta_path.write_text(json.dumps(meta, indent=1), encoding="utf-8")
    return path, meta
