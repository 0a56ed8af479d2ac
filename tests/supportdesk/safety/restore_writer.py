"""A second person saving while a restore runs, in its own process.

Run as ``python -m tests.supportdesk.safety.restore_writer URL GOV_ID PREFIX``. Like a person
who runs one command after another, every save opens the database, saves one contact
through the services, and closes it again. It prints one JSON line per save once the
save returned (``{"saved": NAME, "held": [INODE], "file": INODE}``: the inode it holds
open under the database's name, read through its own descriptors on Linux, and the
inode the name points to right after the save; they differ when it wrote into a file
that was swapped away), and stops at end of stdin.
"""

from __future__ import annotations

import json
import os
import select
import sys
from pathlib import Path


def _inodes_open(path: Path) -> set[int]:
    """The inodes this process holds open under ``path``'s name (Linux), else empty."""
    found: set[int] = set()
    fd_dir = Path("/proc/self/fd")
    if not fd_dir.is_dir():
        return found
    for fd in fd_dir.iterdir():
        try:
            if os.readlink(fd) in (str(path), f"{path} (deleted)"):
                found.add(os.stat(fd).st_ino)
        except OSError:
            continue
    return found


def main(url: str, gov_id: str, prefix: str) -> None:
    from db.engine import sqlite_path
    from supportdesk.database import open_app_database
    from supportdesk.services.contacts import ContactInput, create_contact

    path = sqlite_path(url)
    assert path is not None
    path = path.resolve()
    i = 0
    print(json.dumps({"ready": True}), flush=True)
    while True:
        ready, _, _ = select.select([sys.stdin], [], [], 0)
        if ready and not sys.stdin.readline():
            return
        i += 1
        name = f"{prefix}{i}"
        try:
            db = open_app_database(url, actor="racer", seed=False)
        except Exception as exc:  # e.g. "in use" while the restore holds the file
            print(json.dumps({"error": type(exc).__name__, "message": str(exc)}), flush=True)
            continue
        try:
            create_contact(db, ContactInput(gov_id, name, "Racer"))
            held = sorted(_inodes_open(path))
            now = os.stat(path).st_ino
            print(json.dumps({"saved": name, "held": held, "file": now}), flush=True)
        except Exception as exc:
            print(json.dumps({"error": type(exc).__name__, "message": str(exc)}), flush=True)
        finally:
            db.dispose()


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], sys.argv[3])
