"""The app's start path in a process of its own, holding the database open.

Run as ``python -m tests.supportdesk.safety.app_holder PATH`` from the repository root.
It opens PATH as ``ui.app.run_app`` does (``open_for_window``: the cheap checks, then
the engine) and runs the deferred quick check and start backup on another thread, as
``ui.safety.start_check`` does, then prints ``{"event": "ready"}``. After that each line
on stdin "save NAME" saves a contact person and prints its id once the save returned.
"""

from __future__ import annotations

import json
import sys
import threading


def say(**data: object) -> None:
    sys.stdout.write(json.dumps(data) + "\n")
    sys.stdout.flush()


def main(path: str) -> None:
    from sqlalchemy import select

    from db.models import LocalGovernment
    from supportdesk.safety.start_checks import run_start_checks
    from supportdesk.services.contacts import ContactInput, create_contact
    from ui.app import open_for_window

    opened = open_for_window(path)
    db = opened.db
    with db.read() as s:
        gov = s.scalars(select(LocalGovernment.public_id).limit(1)).one()
    checks: list[object] = []
    if opened.checks_pending is not None:
        pending = opened.checks_pending
        worker = threading.Thread(target=lambda: checks.append(run_start_checks(pending, 10)))
        worker.start()
        worker.join()
    say(
        event="ready",
        checked=bool(checks),
        problem=str(getattr(checks[0], "problem", None)) if checks else None,
    )
    for line in sys.stdin:
        command, _, arg = line.strip().partition(" ")
        if command == "save":
            contact = create_contact(db, ContactInput(gov, arg, "Vasthouder"))
            say(event="saved", id=contact.id)
        else:
            break
    db.dispose()


if __name__ == "__main__":
    main(sys.argv[1])
