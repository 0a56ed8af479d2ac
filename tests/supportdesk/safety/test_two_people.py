"""Two people, one record: two processes edit the same advice talk.

The second save, based on the version both read, gets the conflict error, and the first
person's text is still there. Many quick saves from two processes on one SQLite file
neither lose a record nor end in "database is locked".
"""

from __future__ import annotations

import json
import os
import subprocess
from collections import Counter

import pytest
from sqlalchemy import func, select

from db.models import ContactPerson
from db.session import Database
from supportdesk.services.advice import create_advice_talk, get_advice_talk
from tests.supportdesk.safety import processes
from tests.supportdesk.safety.conftest import government_ids
from tests.supportdesk.safety.talks import new_talk

FIRST = "Eerste persoon: start met een digihelpersnetwerk. Özdemir <&> 🙂"
SECOND = "Tweede persoon: begin met een opleiding."
RACES = int(os.environ.get("SUPPORTDESK_RACES", "5"))  # more for a longer run
QUICK_SAVES = 100  # per process; each is a create and a change

# Figures for the report (printed with -s): outcome counts per backend.
RESULTS: Counter[str] = Counter()


def _round(
    db: Database, lg: str, a: subprocess.Popen[str], b: subprocess.Popen[str], race: bool
) -> list[str]:
    """Both load a new talk, then save (A before B, or both at once); their outcomes."""
    talk = create_advice_talk(db, new_talk(lg))
    for p in (a, b):
        processes.send(p, f"load {talk.id}")
        assert processes.read_event(p) == {"event": "loaded", "version": talk.version}
    if race:
        processes.send(a, "save " + json.dumps(FIRST))
        processes.send(b, "save " + json.dumps(SECOND))
        outcome = [processes.read_event(a), processes.read_event(b)]
    else:
        processes.send(a, "save " + json.dumps(FIRST))
        outcome = [processes.read_event(a)]
        processes.send(b, "save " + json.dumps(SECOND))
        outcome.append(processes.read_event(b))
    events = [e["event"] for e in outcome]
    assert sorted(events) == ["conflict", "saved"], outcome
    conflict = next(e for e in outcome if e["event"] == "conflict")
    assert "Iemand anders" in conflict["message"]
    saved = get_advice_talk(db, talk.id)
    assert saved.version == talk.version + 1
    assert saved.advice == (FIRST if events[0] == "saved" else SECOND)  # exactly as typed
    return events


@pytest.mark.slow
def test_two_processes_edit_the_same_talk(db: Database, lg_ids: list[str]):
    backend = "sqlite" if db.is_sqlite else "postgresql"
    a = processes.start("edit", db.url, "A")
    b = processes.start("edit", db.url, "B")
    try:
        for p in (a, b):
            assert processes.read_event(p) == {"event": "ready"}
        # One after the other: the second save is refused, the first text stays.
        assert _round(db, lg_ids[0], a, b, race=False) == ["saved", "conflict"]
        RESULTS[f"{backend} sequential: second save refused"] += 1
        # At the same moment: exactly one wins, every time.
        for _ in range(RACES):
            events = _round(db, lg_ids[0], a, b, race=True)
            RESULTS[f"{backend} race: {'A' if events[0] == 'saved' else 'B'} won"] += 1
    finally:
        processes.finish(a)
        processes.finish(b)
    print(dict(RESULTS))


@pytest.mark.slow
def test_quick_saves_from_two_processes_on_sqlite(sqlite_db: Database):
    lg = government_ids(sqlite_db, 1)[0]
    workers = [
        processes.start("saves", sqlite_db.url, lg, str(QUICK_SAVES), name) for name in ("P1", "P2")
    ]
    events = [e for w in workers for e in processes.finish(w)]
    errors = [e for e in events if e["event"] == "error"]
    assert errors == []  # no "database is locked", no lost save
    ids = {e["id"] for e in events if e["event"] == "saved"}
    assert len(ids) == 2 * QUICK_SAVES
    with sqlite_db.read() as s:
        stored = set(s.scalars(select(ContactPerson.public_id)))
        changed = s.scalar(select(func.count()).where(ContactPerson.role == "x"))
    assert ids <= stored
    assert changed == 2 * QUICK_SAVES
    print(f"quick saves: {len(ids)} records, {4 * QUICK_SAVES} transactions, 0 errors")
