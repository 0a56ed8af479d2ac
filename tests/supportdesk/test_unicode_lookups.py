"""Case-insensitive means Unicode-insensitive: lookups by name, person export and erase
fold text as search does (case, accents, ł/ø/ß/æ, NFC and NFD), on SQLite and
PostgreSQL; after an erasure no form of the name survives, not even in the file's bytes.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import literal, select

from db.collation import fold
from db.models import ChangeLogEntry, SearchDocument
from db.session import Database
from supportdesk.errors import NotFoundError
from supportdesk.reports.data.common import find_local_government
from supportdesk.safety.personal_data import erase_person, export_person
from supportdesk.search import search
from supportdesk.search.folding import folded_sql, replace_folded, spans_folded
from supportdesk.services.advice import AdviceTalkInput, create_advice_talk, get_advice_talk
from supportdesk.services.contacts import ContactInput, create_contact
from supportdesk.services.local_governments import LocalGovernmentInput, create_local_government

NAME = "Łukasz Wójcik"
NFD = unicodedata.normalize("NFD", NAME)
FORMS = {
    "capitals": "ŁUKASZ WÓJCIK",
    "no accents": "Lukasz Wojcik",
    "nfd": NFD,
    "nfd capitals": unicodedata.normalize("NFD", "ŁUKASZ WÓJCIK"),
    "line break": "Łukasz\nWójcik",
    "as typed": NAME,
}
HOSTILE = [
    "Ærø Kommune",
    "ÆRØ KOMMUNE",
    unicodedata.normalize("NFD", "Ærø Kommune"),
    "Łukasz WÓJCIK",
    "Straße ẞ",
    "Œuvre Đorđe Þór Ħal",
    "İstanbul",
    "Ⅻ ﬁne ℌ",
    "Zoë Özdemir Ça va",
    "<&> 😀 'x' \"y\"",
]


def test_the_database_folds_exactly_as_python(db: Database) -> None:
    dialect = db.engine.dialect.name
    with db.read() as s:
        for text in HOSTILE:
            got = s.scalar(select(folded_sql(literal(text), dialect)))
            assert got == fold(text), text


def test_spans_cover_the_original_letters_and_their_accents() -> None:
    text = f"Met {NFD}, met Łukaszewski Wójcik en met Wójcik alleen."
    spans = spans_folded(text, [NAME])
    assert [text[a:b] for a, b in spans] == [NFD]
    assert replace_folded("x ŁUKASZ  WÓJCIK.", [NAME], "[gewist]") == "x [gewist]."


@pytest.fixture
def government(db: Database) -> str:
    return create_local_government(db, LocalGovernmentInput("Ærø Kommune")).id


@pytest.mark.parametrize("typed", ["Ærø Kommune", "ærø kommune", "ÆRØ KOMMUNE", "Aero Kommune"])
def test_a_government_is_found_by_its_name_however_typed(
    db: Database, government: str, typed: str
) -> None:
    for form in (typed, unicodedata.normalize("NFD", typed)):
        with db.read() as s:
            assert find_local_government(s, form).public_id == government
    with db.read() as s, pytest.raises(NotFoundError):
        find_local_government(s, "Ærø Kommunen")


def _person_and_mentions(db: Database, lg: str) -> tuple[str, list[str]]:
    person = create_contact(
        db, ContactInput(lg, "Wójcik", "Łukasz", email="lukasz.wojcik@aero.dk", phone="")
    ).id
    talks = [
        create_advice_talk(
            db,
            AdviceTalkInput(
                date=date(2025, 3, i + 1),
                local_government_id=lg,
                channel="phone",
                question="Vraag over digitale inclusie",
                notes=f"Gesprek met {form} over de beleidstool.",
            ),
        ).id
        for i, form in enumerate(FORMS.values())
    ]
    return person, talks


def test_export_finds_the_name_in_every_form(db: Database, government: str) -> None:
    person, talks = _person_and_mentions(db, government)
    data = export_person(db, person)
    assert {r["id"] for r in data["mentioned_in"]} == set(talks)


def test_erase_removes_every_form_and_keeps_what_is_not_the_name(
    db: Database, government: str
) -> None:
    person, talks = _person_and_mentions(db, government)
    kept = create_advice_talk(
        db,
        AdviceTalkInput(
            date=date(2025, 4, 1),
            local_government_id=government,
            channel="phone",
            question="Andere vraag",
            notes="Łukaszewski Wójcik belde; Wójcik alleen blijft staan.",
        ),
    ).id
    report = erase_person(db, person)
    assert report.records_changed == len(talks)
    for talk in talks:
        notes = get_advice_talk(db, talk).notes
        assert fold("lukasz") not in fold(notes) and "wojcik" not in fold(notes), notes
        assert notes.startswith("Gesprek met ") and notes.endswith(" over de beleidstool.")
    assert (
        get_advice_talk(db, kept).notes == "Łukaszewski Wójcik belde; Wójcik alleen blijft staan."
    )
    with db.read() as s:
        log = fold(" ".join(s.scalars(select(ChangeLogEntry.changes))))
        docs = fold(" ".join(f"{d.title} {d.body}" for d in s.scalars(select(SearchDocument))))
    # ("Łukaszewski Wójcik" and "Wójcik" alone stay: not the erased name)
    assert not re.search(r"\blukasz\b", log) and not re.search(r"\blukasz\b", docs)
    assert {h.id for h in search(db, "lukasz")} <= {kept}  # a prefix of Łukaszewski


def test_erase_leaves_no_form_in_the_sqlite_file_and_wal(sqlite_db: Database) -> None:
    government = create_local_government(sqlite_db, LocalGovernmentInput("Ærø Kommune")).id
    person, _talks = _person_and_mentions(sqlite_db, government)
    erase_person(sqlite_db, person)
    path = Path(sqlite_db.url.removeprefix("sqlite:///"))
    wal = Path(f"{path}-wal")
    raw_open = path.read_bytes() + (wal.read_bytes() if wal.exists() else b"")
    sqlite_db.dispose()
    raw_closed = b"".join(p.read_bytes() for p in path.parent.glob(path.name + "*"))
    for raw in (raw_open, raw_closed):
        for form in (*FORMS.values(), "lukasz.wojcik@aero.dk"):
            for encoded in (form.encode(), fold(form).encode(), form.upper().encode()):
                assert encoded not in raw, form
        # Whatever the bytes, folded: neither the name nor its parts in the index.
        folded = fold(raw.decode("utf-8", errors="ignore"))
        assert "lukasz" not in folded and "wojcik" not in folded
