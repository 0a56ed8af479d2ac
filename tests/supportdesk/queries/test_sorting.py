"""Names sort as a Dutch reader expects, in SQL, on SQLite and PostgreSQL: accents and
case ignored first (Özdemir among the O's, Ærø among the A's, never after Z), then as
tie-breakers (lower case first), and paging gives the same order page by page."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from datetime import date

from sqlalchemy import select, text

from db.session import Database
from supportdesk.queries.focus_groups import FocusGroupFilter, list_focus_groups
from supportdesk.queries.local_governments import (
    LocalGovernmentFilter,
    LocalGovernmentRow,
    list_local_governments,
)
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
# Organisation names are unique with accents and case ignored (a second "Zwalm"
# organisation is refused), so the names that differ from another only in case or
# accents are municipalities: the list orders every kind alike, by name. The list
# holds the pre-loaded municipalities too (a real Zwalm among them); the tests look at
# the order of their own rows within it.
MUNICIPALITIES = {"zwalm", "Eclair"}


def _create(db: Database) -> set[str]:
    return {
        create_local_government(
            db,
            LocalGovernmentInput(
                name, kind="municipality" if name in MUNICIPALITIES else "organisation"
            ),
        ).id
        for name in NAMES
    }


def _ours(rows: Iterable[LocalGovernmentRow], ids: set[str]) -> list[str]:
    return [r.name for r in rows if r.id in ids]


def _organisations(db: Database) -> list[str]:
    ids = _create(db)
    return _ours(list_local_governments(db, LocalGovernmentFilter(), limit=None), ids)


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
    ids = _create(db)
    f = LocalGovernmentFilter()
    order = _ours(list_local_governments(db, f, limit=None), ids)
    total = len(list_local_governments(db, f, limit=None))
    pages = [
        name
        for offset in range(0, total, 4)
        for name in _ours(list_local_governments(db, f, offset=offset, limit=4), ids)
    ]
    assert pages == order
    desc = _ours(list_local_governments(db, f, descending=True, limit=None), ids)
    assert desc == order[::-1]


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
