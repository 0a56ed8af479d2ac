"""A dataset with known answers, checked against every place that shows a figure.

Built through the services only (as a user would): talks on every channel around
1 January and 31 December, archived, deleted, mail-only and planned ones; trajectories
in every status (a request and an intake with a planned start, stopped before and after
starting, running across two years, finished, planned to start next year); focus groups
held, planned, cancelled, past-but-still-planned and rescheduled.

The years are relative to the real today, so that ``supportdesk stats`` (run as a
separate process, which cannot be given a "today") and the year report PDF (as of the
day it is made) see the same world as the functions that take ``today``:
``P`` = last year (over), ``C`` = this year (today falls in it, 1 January always before
or on today), ``N`` = next year (every date in it is after today), ``P - 1`` the year
before last. Every expected number below is a literal worked out by hand, with the
reason per record.

The figures must agree from: ``year_indicators`` (what the Overzicht shows),
``stats --json``, ``indicator_records`` (the exact records), and the year report PDF
text. ``supportdesk check`` must stay clean.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from db.session import Database
from supportdesk.indicators import (
    ADVICE_TALKS,
    FOCUS_GROUPS,
    TRAJECTORIES,
    indicator_records,
    year_indicators,
)
from supportdesk.reports import render_year_report
from supportdesk.services.advice import (
    archive_advice_talk,
    delete_advice_talk,
)
from supportdesk.services.focus_groups import (
    FocusGroupInput,
    archive_focus_group,
    change_focus_group_status,
    get_focus_group,
    update_focus_group,
)
from supportdesk.services.trajectories import (
    archive_trajectory,
    change_status,
    get_trajectory,
)
from tests.supportdesk.plan_records import (
    assert_check_clean,
    focus_group,
    talk,
    trajectory,
)

ROOT = Path(__file__).resolve().parents[2]
TODAY = date.today()
C = TODAY.year
P = C - 1
N = C + 1


def build(db: Database) -> None:
    # --- advice talks (Gent) --------------------------------------------------------
    talk(db, date(P - 1, 12, 31), "phone", "T1 oudjaar")  # P-1 only: 31/12 is its last day
    talk(db, date(P, 1, 1), "phone", "T2 nieuwjaar")  # P: 1/1 is its first day
    talk(db, date(P, 12, 31), "on_site", "T3 oudjaar")  # P: 31/12, on site
    talk(db, date(C, 1, 1), "online", "T4 nieuwjaar")  # C: 1/1 of this year, <= today
    talk(db, date(P, 6, 1), "email", "T5 enkel mail")  # never: answered by mail only
    archived = talk(db, date(P, 3, 1), "online", "T6 gearchiveerd")  # P: archived counts
    archive_advice_talk(db, archived)
    deleted = talk(db, date(P, 4, 1), "phone", "T7 gewist")  # never: deleted
    delete_advice_talk(db, deleted)
    talk(db, date(N, 3, 1), "phone", "T8 volgend jaar")  # N: after today -> gepland
    talk(db, date(N, 3, 2), "email", "T9 mail volgend jaar")  # never, nor planned
    talk(db, date(P, 7, 1), "online", "T10 Ærø")  # P: plain talk mid-year

    # --- trajectories (Leuven) ------------------------------------------------------
    # R1 a request with a planned start last year that never came: never counts, and
    # it is not "gepland" either (its planned start is past).
    trajectory(db, "request", "R1 aanvraag", requested_on=date(P, 1, 10), start_date=date(P, 3, 1))
    # R2 an intake with a planned start last year: has not started, never counts.
    trajectory(db, "intake", "R2 intake", intake_on=date(P, 1, 5), start_date=date(P, 2, 1))
    # R3 a request stopped before its planned start: "stopped without starting".
    r3 = trajectory(
        db, "request", "R3 afgeblazen", requested_on=date(P, 1, 5), start_date=date(P, 5, 1)
    )
    assert change_status(db, r3, "stopped", date(P, 2, 1)).stopped_without_starting
    # R4 started 1/3 and stopped 30/6 of P: stopped after starting counts in P.
    r4 = trajectory(db, "intake", "R4 gestopt", intake_on=date(P, 1, 10))
    change_status(db, r4, "running", date(P, 3, 1))
    assert not change_status(db, r4, "stopped", date(P, 6, 30)).stopped_without_starting
    # R5 started 31/12 of P-1, finished 1/1 of P: counts in P-1 and in P, not in C.
    r5 = trajectory(db, "intake", "R5 jaarwissel", intake_on=date(P - 1, 11, 1))
    change_status(db, r5, "running", date(P - 1, 12, 31))
    change_status(db, r5, "finished", date(P, 1, 1))
    # R6 ran 1/2 - 31/12 of P: counts in P only.
    trajectory(db, "finished", "R6 afgerond", start_date=date(P, 2, 1), end_date=date(P, 12, 31))
    # R7 running since 1/6 of P-1, archived: counts in P-1, P and C (up to today), not
    # in N, which has not begun.
    r7 = trajectory(db, "running", "R7 loopt", start_date=date(P - 1, 6, 1))
    archive_trajectory(db, r7)
    # R8 entered as running but starting next year: not started, "gepland" in N.
    trajectory(db, "running", "R8 start volgend jaar", start_date=date(N, 2, 1))
    # R9 a request with a planned start next year: "gepland" in N.
    trajectory(
        db, "request", "R9 aanvraag volgend jaar", requested_on=TODAY, start_date=date(N, 4, 1)
    )

    # --- focus groups ---------------------------------------------------------------
    focus_group(db, date(P - 1, 12, 31), "F1 oudjaar")  # P-1 only
    focus_group(db, date(P, 1, 1), "F2 nieuwjaar")  # P
    focus_group(db, date(P, 12, 31), "F3 oudjaar")  # P
    focus_group(db, date(C, 1, 1), "F4 nieuwjaar")  # C
    f5 = focus_group(db, date(P, 5, 1), "F5 gearchiveerd")  # P: archived still counts
    archive_focus_group(db, f5)
    f6 = focus_group(db, date(P, 6, 1), "F6 geannuleerd", status="planned")  # never: cancelled
    change_focus_group_status(db, f6, "cancelled", date(P, 5, 20))
    # F7 planned 1/7 of P and never confirmed: "te bevestigen" in P, not counted.
    f7 = focus_group(db, date(P, 7, 1), "F7 nooit bevestigd", status="planned")
    assert get_focus_group(db, f7).needs_attention
    focus_group(db, date(N, 2, 1), "F8 volgend jaar", status="planned")  # N: gepland
    # F9 planned 1/9, cancelled, planned again for 1/10 and held then: counts in P.
    f9 = focus_group(db, date(P, 9, 1), "F9 verzet", status="planned")
    change_focus_group_status(db, f9, "cancelled", date(P, 8, 20))
    v = change_focus_group_status(db, f9, "planned", date(P, 8, 25))
    v = update_focus_group(db, f9, FocusGroupInput(date(P, 10, 1), "F9 verzet"), v.version)
    change_focus_group_status(db, f9, "held")
    # F10 planned next year, cancelled, planned again later next year: "gepland" in N.
    f10 = focus_group(db, date(N, 5, 1), "F10 verzet volgend jaar", status="planned")
    change_focus_group_status(db, f10, "cancelled")
    v = change_focus_group_status(db, f10, "planned")
    update_focus_group(
        db, f10, FocusGroupInput(date(N, 6, 1), "F10 verzet volgend jaar"), v.version
    )


# (value, planned, attention) per year as of the real today, worked out above.
EXPECTED: dict[int, dict[str, tuple[int, int, int]]] = {
    P - 1: {ADVICE_TALKS: (1, 0, 0), TRAJECTORIES: (2, 0, 0), FOCUS_GROUPS: (1, 0, 0)},
    P: {ADVICE_TALKS: (4, 0, 0), TRAJECTORIES: (4, 0, 0), FOCUS_GROUPS: (4, 0, 1)},
    C: {ADVICE_TALKS: (1, 0, 0), TRAJECTORIES: (1, 0, 0), FOCUS_GROUPS: (1, 0, 0)},
    N: {ADVICE_TALKS: (0, 1, 0), TRAJECTORIES: (0, 2, 0), FOCUS_GROUPS: (0, 2, 0)},
}
# The exact records behind each figure (talk questions, trajectory titles, topics), by date.
RECORDS: dict[int, dict[str, list[str]]] = {
    P - 1: {
        ADVICE_TALKS: ["T1 oudjaar"],
        TRAJECTORIES: ["R7 loopt", "R5 jaarwissel"],
        FOCUS_GROUPS: ["F1 oudjaar"],
    },
    P: {
        ADVICE_TALKS: ["T2 nieuwjaar", "T6 gearchiveerd", "T10 Ærø", "T3 oudjaar"],
        TRAJECTORIES: ["R7 loopt", "R5 jaarwissel", "R6 afgerond", "R4 gestopt"],
        FOCUS_GROUPS: ["F2 nieuwjaar", "F5 gearchiveerd", "F9 verzet", "F3 oudjaar"],
    },
    C: {ADVICE_TALKS: ["T4 nieuwjaar"], TRAJECTORIES: ["R7 loopt"], FOCUS_GROUPS: ["F4 nieuwjaar"]},
    N: {ADVICE_TALKS: [], TRAJECTORIES: [], FOCUS_GROUPS: []},
}


def _figures(db: Database, year: int, today: date = TODAY) -> dict[str, tuple[int, int, int]]:
    return {i.key: (i.value, i.planned, i.attention) for i in year_indicators(db, year, today)}


def _stats(db: Database, year: int) -> dict[str, tuple[int, int, int]]:
    proc = subprocess.run(
        [
            sys.executable,
            str(ROOT / "main.py"),
            "--db",
            db.url,
            "stats",
            "--year",
            str(year),
            "--json",
        ],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    data = json.loads(proc.stdout)
    return {i["key"]: (i["value"], i["planned"], i["attention"]) for i in data["indicators"]}


def _pdf_text(db: Database, year: int, folder: Path) -> str:
    path = render_year_report(db, year, folder / f"jaar-{year}.pdf", exported_by="Test")
    text = "\n".join(page.extract_text() or "" for page in PdfReader(path).pages)
    return re.sub(r"\s+", " ", text)


@pytest.mark.slow  # four `stats` processes and two PDFs per database: ~18 s
def test_every_source_gives_the_known_answers(db: Database, tmp_path: Path) -> None:
    build(db)
    for year, expected in EXPECTED.items():
        assert _figures(db, year) == expected, year
        assert _stats(db, year) == expected, year
        for key, titles in RECORDS[year].items():
            records = indicator_records(db, year, key, TODAY)
            assert [r.title for r in records] == titles, (year, key)
            assert len(records) == expected[key][0]
    for year in (P, N):
        text = _pdf_text(db, year, tmp_path)
        exp = EXPECTED[year]
        for item, key in (("3.2", ADVICE_TALKS), ("3.3", TRAJECTORIES), ("3.1", FOCUS_GROUPS)):
            heading = re.findall(rf"OD {item} · [^:]*: (\d+)", text)
            assert heading == [str(exp[key][0])], (year, key, heading)
        listed = RECORDS[year][TRAJECTORIES] + RECORDS[year][FOCUS_GROUPS]
        for title in listed:
            assert title in text, (year, title)
        for absent in ("R1 ", "R2 ", "R3 ", "R8 ", "R9 ", "F6 ", "F7 ", "F8 ", "F10 "):
            assert absent not in text, (year, absent)
        # what the figure leaves out, said as the Overzicht says it
        planned = re.findall(rf"Gepland later in {year}: (\d+)", text)
        in_plan_order = (FOCUS_GROUPS, ADVICE_TALKS, TRAJECTORIES)  # OD 3.1, 3.2, 3.3
        assert planned == [str(exp[k][1]) for k in in_plan_order if exp[k][1]]
        attention = re.findall(r"Te bevestigen: (\d+)", text)
        assert attention == ([str(exp[FOCUS_GROUPS][2])] if exp[FOCUS_GROUPS][2] else [])
    assert_check_clean(db)


def test_known_answers_with_today_frozen_in_the_middle_of_last_year(db: Database) -> None:
    """The same records, counted as the Overzicht showed them on 15/6 of last year."""
    build(db)
    mid = date(P, 6, 15)
    assert _figures(db, P, mid) == {
        # T2 (1/1) and T6 (1/3) had happened; T10 (1/7) and T3 (31/12) were still ahead.
        ADVICE_TALKS: (2, 2, 0),
        # R4 (started 1/3), R5, R6 (started 1/2) and R7 had started. R1 and R2 have a
        # planned start before 15/6 that never came: neither counted nor "gepland".
        TRAJECTORIES: (4, 0, 0),
        # F2 (1/1) and F5 (1/5) were held; F7 (1/7, still planned) was "gepland"; F3
        # and F9 are dated after 15/6 (held later, not counted yet); F6 is cancelled.
        FOCUS_GROUPS: (2, 1, 0),
    }
    # On 1/1 the trajectories running since the year before count (R5, R7); R1 and R2
    # still had their planned start ahead: "gepland".
    assert _figures(db, P, date(P, 1, 1))[TRAJECTORIES] == (2, 2, 0)
    # On 31/12 of the year before, the year has not begun: nothing has run in it yet.
    assert _figures(db, P, date(P - 1, 12, 31))[TRAJECTORIES][0] == 0
    assert get_trajectory(db, _only(db, "R3 afgeblazen")).start_date is None


def _only(db: Database, title: str) -> str:
    from db.models import Trajectory

    with db.read() as s:
        found = s.scalar(select(Trajectory.public_id).where(Trajectory.title == title))
    assert found is not None
    return found
