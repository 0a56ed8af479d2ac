"""Names sort as a Dutch reader expects, in SQL, on SQLite and PostgreSQL: accents and
case ignored first (Özdemir among the O's, Ærø among the A's, never after Z), then as
tie-breakers (lower case first), and paging gives the same order page by page."""

from __future__ import annotations

import unicodedata
from datetime import date

from sqlalchemy import select, text

from db.session import Database
from supportdesk.queries.focus_groups import FocusGroupFilter, list_focus_groups
from supportdesk.queries.local_governments import LocalGovernmentFilter, list_local_governments
from supportdesk.queries.sorting import name_order
from supportdesk.queries.trajectories import TrajectoryFilter, list_trajectories
from supportdesk.services.focus_groups import FocusGroupInput, create_focus_group
from supportdesk.services.local_governments import LocalGovernmentInput, create_local_government
from supportdesk.services.trajectories import TrajectoryInput, create_trajectory

NAMES = [
    "Zwavelblauwers",
    "Özdemir vzw",
    "Ærø Kommune",
    "Brugse Poort",
    "Oostende Digitaal",
    "Peeters & Co",
    "zwalm",
    "Zwalm",
    "Éclair",
    "Eclair",
    "Ecluse",
    "Łódź Partners",
    "Lommel <&>",
    unicodedata.normalize("NFD", "Ödön"),
]


def _organisations(db: Database) -> list[str]:
    for name in NAMES:
        create_local_government(db, LocalGovernmentInput(name))
    rows = list_local_governments(db, LocalGovernmentFilter(kind="organisation"), limit=None)
    return [r.name for r in rows]


def _before(order: list[str], a: str, b: str) -> bool:
    return order.index(a) < order.index(b)


def test_organisations_sort_as_a_dutch_reader_expects(db: Database) -> None:
    order = _organisations(db)
    assert sorted(order) != order  # byte order would differ
    assert order[-1] == "Zwavelblauwers"
    assert order.index("zwalm") + 1 == order.index("Zwalm")  # same word: lower case first
    assert _before(order, "Ærø Kommune", "Brugse Poort")  # not after every Z
    assert _before(order, "Oostende Digitaal", "Özdemir vzw")
    assert _before(order, "Özdemir vzw", "Peeters & Co")
    assert _before(order, "Eclair", "Éclair") and _before(order, "Éclair", "Ecluse")
    assert _before(order, "Lommel <&>", "Oostende Digitaal")
    assert _before(order, "Łódź Partners", "Oostende Digitaal")
    nfd = unicodedata.normalize("NFD", "Ödön")
    assert _before(order, "Lommel <&>", nfd) and _before(order, nfd, "Oostende Digitaal")


def test_descending_and_paging_keep_the_order(db: Database) -> None:
    order = _organisations(db)
    f = LocalGovernmentFilter(kind="organisation")
    pages = [
        r.name
        for offset in range(0, len(NAMES), 4)
        for r in list_local_governments(db, f, offset=offset, limit=4)
    ]
    assert pages == order
    desc = [r.name for r in list_local_governments(db, f, descending=True, limit=None)]
    assert desc[0] == "Zwavelblauwers" and desc[-1] != "Zwavelblauwers"


def test_the_order_is_computed_by_the_database(db: Database) -> None:
    with db.read() as s:
        rows = s.execute(
            select(text("n"))
            .select_from(
                text(
                    "(SELECT 'Zwalm' AS n UNION ALL SELECT 'Ærø' UNION ALL SELECT 'Özdemir'"
                    " UNION ALL SELECT 'Aalst') AS t"
                )
            )
            .order_by(name_order(text("n")))
        ).scalars()
        assert list(rows) == ["Aalst", "Ærø", "Özdemir", "Zwalm"]


def test_trajectories_and_focus_groups_sort_by_name_too(db: Database) -> None:
    gov = create_local_government(db, LocalGovernmentInput("Ærø Kommune")).id
    for title in ("Zorg", "Éénloket", "aanpak", "Ombudsdienst"):
        create_trajectory(db, TrajectoryInput(gov, title=title, requested_on=date(2025, 1, 1)))
        create_focus_group(db, FocusGroupInput(date(2025, 5, 1), title))
    titles = [
        r.title for r in list_trajectories(db, TrajectoryFilter(), sort="title", descending=False)
    ]
    assert titles == ["aanpak", "Éénloket", "Ombudsdienst", "Zorg"]
    topics = [
        r.topic for r in list_focus_groups(db, FocusGroupFilter(), sort="topic", descending=False)
    ]
    assert topics == ["aanpak", "Éénloket", "Ombudsdienst", "Zorg"]
