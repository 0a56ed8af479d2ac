"""A second (third, ...) person at work, in its own process, for the safety tests.

Run as ``python -m tests.supportdesk.safety.worker MODE URL ...`` from the repository
root. Every mode prints one JSON object per line on stdout, flushed at once, so the
parent knows exactly which saves had returned when it killed the process.

Modes:
  edit URL NAME
      an editor: "load TALK_ID" on stdin reads the talk, "save TEXT" (JSON) saves TEXT
      as its advice with the version it read; prints "saved" or "conflict".
  saves URL GOV_ID COUNT NAME
      COUNT quick saves (create a contact, then change it) as fast as possible; print
      each id once its save returned, and any error.
  loop URL GOV_ID
      after a line on stdin, save advice talks (create, then edit the one before) until
      killed; print each talk's id and version once the save returned.
"""

from __future__ import annotations

import json
import sys
from dataclasses import replace
from datetime import date


def say(**data: object) -> None:
    sys.stdout.write(json.dumps(data) + "\n")
    sys.stdout.flush()


def _open(url: str, actor: str):  # type: ignore[no-untyped-def]
    from supportdesk.database import open_app_database

    return open_app_database(url, actor=actor, seed=False)


def edit(url: str, name: str) -> None:
    """Commands on stdin, one a line: "load TALK_ID", "save TEXT", "quit"."""
    from supportdesk.errors import ConflictError
    from supportdesk.services.advice import get_advice_talk, update_advice_talk
    from tests.supportdesk.safety.talks import talk_input

    db = _open(url, name)
    say(event="ready")
    view = None
    for line in sys.stdin:
        command, _, arg = line.rstrip("\n").partition(" ")
        if command == "load":
            view = get_advice_talk(db, arg)
            say(event="loaded", version=view.version)
        elif command == "save" and view is not None:
            data = replace(talk_input(view), advice=json.loads(arg))
            try:
                saved = update_advice_talk(db, view.id, data, view.version)
                say(event="saved", version=saved.version)
            except ConflictError as exc:
                say(event="conflict", message=exc.message)
            except Exception as exc:  # reported to the test, which fails on it
                say(event="error", type=type(exc).__name__, message=str(exc))
        else:
            break
    db.dispose()


def saves(url: str, gov_id: str, count: int, name: str) -> None:
    from supportdesk.services.contacts import ContactInput, create_contact, update_contact

    db = _open(url, name)
    for i in range(count):
        try:
            c = create_contact(db, ContactInput(gov_id, f"{name}-{i}", "Snel"))
            update_contact(db, c.id, ContactInput(gov_id, f"{name}-{i}", "Snel", role="x"), 1)
            say(event="saved", id=c.id)
        except Exception as exc:
            say(event="error", type=type(exc).__name__, message=str(exc))
    db.dispose()


def loop(url: str, gov_id: str) -> None:
    from supportdesk.services.advice import (
        AdviceTalkInput,
        create_advice_talk,
        update_advice_talk,
    )

    sys.stdin.readline()  # started ahead of time; "go" starts the loop
    db = _open(url, "loop")
    previous = None
    i = 0
    while True:
        i += 1
        talk = create_advice_talk(
            db,
            AdviceTalkInput(
                date=date(2025, 1 + i % 12, 1 + i % 28),
                local_government_id=gov_id,
                channel="phone",
                question=f"Vraag {i}: " + "digitale inclusie " * (i % 50),
                advice=f"Advies {i}",
            ),
        )
        say(event="created", id=talk.id, version=talk.version)
        if previous is not None:
            edited = update_advice_talk(
                db,
                previous.id,
                AdviceTalkInput(
                    date=previous.date,
                    local_government_id=gov_id,
                    channel="phone",
                    question=previous.question,
                    advice=f"Bijgewerkt {i}",
                ),
                previous.version,
            )
            say(event="edited", id=edited.id, version=edited.version, advice=edited.advice)
        previous = talk


def main(argv: list[str]) -> None:
    mode, *rest = argv
    if mode == "edit":
        edit(rest[0], rest[1])
    elif mode == "saves":
        saves(rest[0], rest[1], int(rest[2]), rest[3])
    elif mode == "loop":
        loop(*rest)
    else:
        raise SystemExit(f"unknown mode {mode}")


if __name__ == "__main__":
    main(sys.argv[1:])
