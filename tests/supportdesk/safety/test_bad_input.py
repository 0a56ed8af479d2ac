"""Bad input, tried widely (Hypothesis): services and import get arbitrary text, huge
strings, control characters, NUL bytes, odd dates and broken JSON.

Each input either gets a domain error (a ValidationError naming its fields, in Dutch,
or an ExchangeError) or is stored and read back exactly. Nothing else is raised, and a
refused input leaves every table exactly as it was: nothing half-written stays.
"""

from __future__ import annotations

import json
import os
from collections import Counter
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from db.models import Base
from db.session import Database
from supportdesk.errors import DomainError, ValidationError
from supportdesk.exchange import export_document, import_document, parse_document
from supportdesk.services.advice import (
    AdviceTalkInput,
    create_advice_talk,
    get_advice_talk,
    update_advice_talk,
)
from supportdesk.services.contacts import ContactInput, create_contact, get_contact
from tests.conftest import make_sqlite_db
from tests.supportdesk.safety.conftest import government_ids

TRIED: Counter[str] = Counter()  # generated inputs per test, for the report
SETTINGS = settings(
    # More for a longer run: SUPPORTDESK_HYPOTHESIS_EXAMPLES=1000 pytest -k bad_input
    max_examples=int(os.environ.get("SUPPORTDESK_HYPOTHESIS_EXAMPLES", "100")),
    database=None,  # examples are not replayed across runs: the databases differ each run
    deadline=None,
    # No shrinking: each example touches a database, and a failure prints its input anyway.
    phases=[Phase.explicit, Phase.reuse, Phase.generate],
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
IMPORT_SETTINGS = settings(SETTINGS, max_examples=max(1, SETTINGS.max_examples // 2))

# Text as people (and broken programs) produce it: every code point, NULs, control
# characters, combining marks, emoji; now and then huge.
any_text = st.one_of(
    st.text(),
    st.text(alphabet=st.characters(codec="utf-8")),
    st.text(alphabet=st.sampled_from("\x00\x01\x07\x1b\t\r\n\u200b\u202e\ufeffé̈😀<&>\"'\\%_")),
    st.builds(lambda s, n: s * n, st.text(min_size=1, max_size=5), st.integers(1, 60_000)),
)
odd_dates = st.one_of(
    st.dates(),
    st.just(date.min),
    st.just(date.max),
    st.datetimes(),
    st.none(),
    st.text(max_size=12),
    st.integers(),
)
odd_ints = st.one_of(st.none(), st.integers(), st.floats(), st.booleans(), st.text(max_size=5))


def table_counts(db: Database) -> dict[str, int]:
    """Rows per table: the whole database's state, to prove a refusal changed nothing."""
    with db.read() as s:
        return {
            name: s.scalar(select(func.count()).select_from(table)) or 0
            for name, table in Base.metadata.tables.items()
        }


@pytest.fixture
def gov(sqlite_db: Database) -> str:
    return government_ids(sqlite_db, 1)[0]


@SETTINGS
@given(last=any_text, first=any_text, role=any_text, email=any_text, phone=any_text, notes=any_text)
def test_contact_input(
    sqlite_db: Database,
    gov: str,
    last: str,
    first: str,
    role: str,
    email: str,
    phone: str,
    notes: str,
) -> None:
    TRIED["contact"] += 1
    before = table_counts(sqlite_db)
    data = ContactInput(gov, last, first, role, email, phone, notes)
    try:
        view = create_contact(sqlite_db, data)
    except ValidationError as exc:
        assert exc.errors and set(exc.errors) <= {
            "last_name",
            "first_name",
            "role",
            "email",
            "phone",
            "notes",
        }
        assert all(isinstance(m, str) and m for m in exc.errors.values())
        assert table_counts(sqlite_db) == before
        return
    back = get_contact(sqlite_db, view.id)
    assert back == view
    assert (back.last_name, back.first_name, back.role, back.phone, back.notes) == (
        last,
        first,
        role,
        phone,
        notes,
    )
    assert back.email == email.strip()


@SETTINGS
@given(
    when=odd_dates,
    channel=st.one_of(st.sampled_from(["phone", "email", "online", "on_site"]), any_text),
    question=any_text,
    advice=any_text,
    duration=odd_ints,
    flag=st.one_of(st.booleans(), st.none(), st.integers(0, 2), st.text(max_size=3)),
)
def test_advice_talk_input(
    sqlite_db: Database,
    gov: str,
    when: Any,
    channel: str,
    question: str,
    advice: str,
    duration: Any,
    flag: Any,
) -> None:
    TRIED["advice_talk"] += 1
    before = table_counts(sqlite_db)
    data = AdviceTalkInput(
        date=when,
        local_government_id=gov,
        channel=channel,
        question=question,
        advice=advice,
        duration_minutes=duration,
        signal=flag,
    )
    try:
        view = create_advice_talk(sqlite_db, data)
    except ValidationError as exc:
        assert exc.errors
        assert table_counts(sqlite_db) == before
        return
    back = get_advice_talk(sqlite_db, view.id)
    assert back == view
    assert (back.date, back.channel, back.question, back.advice) == (
        when,
        channel,
        question,
        advice,
    )
    assert back.duration_minutes == duration and back.signal is flag


@pytest.fixture
def talk(sqlite_db: Database, gov: str) -> Any:
    return create_advice_talk(
        sqlite_db,
        AdviceTalkInput(
            date=date(2025, 5, 6),
            local_government_id=gov,
            channel="phone",
            question="Oorspronkelijke vraag",
        ),
    )


@SETTINGS
@given(question=any_text, notes=any_text, when=odd_dates, version=odd_ints)
def test_advice_talk_update(
    sqlite_db: Database, gov: str, talk: Any, question: str, notes: str, when: Any, version: Any
) -> None:
    """A refused update leaves the talk as it was; an accepted one reads back exactly."""
    TRIED["advice_talk_update"] += 1
    current = get_advice_talk(sqlite_db, talk.id)
    before = table_counts(sqlite_db)
    data = AdviceTalkInput(
        date=when, local_government_id=gov, channel="phone", question=question, notes=notes
    )
    expected = current.version if version is None or isinstance(version, str) else version
    try:
        saved = update_advice_talk(sqlite_db, talk.id, data, expected)
    except DomainError:
        assert get_advice_talk(sqlite_db, talk.id) == current
        assert table_counts(sqlite_db) == before
        return
    assert get_advice_talk(sqlite_db, talk.id) == saved
    assert (saved.question, saved.notes, saved.date) == (question, notes, when)
    assert saved.version == current.version + 1


# -- import -------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def document(tmp_path_factory: pytest.TempPathFactory, sqlite_template: Path) -> dict[str, Any]:
    """A small export: one contact, one talk with that contact, their change log."""
    db = make_sqlite_db(sqlite_template, tmp_path_factory.mktemp("doc"))
    gov = government_ids(db, 1)[0]
    c = create_contact(db, ContactInput(gov, "Özdemir", "Łukasz", email="l@x.be"))
    create_advice_talk(
        db,
        AdviceTalkInput(
            date=date(2025, 2, 3),
            local_government_id=gov,
            channel="online",
            question="Vraag <&>",
            contact_ids=(c.id,),
        ),
    )
    doc = export_document(db)
    db.dispose()
    return doc


@pytest.fixture
def empty_db(sqlite_db: Database) -> Database:
    """A new database holding the reference data only, to import into."""
    return sqlite_db


def _import(db: Database, text: str) -> bool:
    """Import ``text``; True if it was imported, False if refused with a domain error."""
    before = table_counts(db)
    try:
        import_document(db, parse_document(text))
    except DomainError as exc:
        assert exc.message
        assert table_counts(db) == before
        return False
    return True


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | any_text,
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3)
    ),
    max_leaves=6,
)


@IMPORT_SETTINGS
@given(data=st.data())
def test_import_with_one_value_replaced(
    empty_db: Database, document: dict[str, Any], data: st.DataObject
) -> None:
    """A real export with one value anywhere replaced by arbitrary JSON."""
    TRIED["import_value"] += 1
    doc = json.loads(json.dumps(document))
    tables = [
        t
        for t, rows in doc["tables"].items()
        if rows
        and t
        in (
            "advice_talk",
            "contact_person",
            "change_log",
            "advice_talk_contact",
            "local_government",
        )
    ]
    table = data.draw(st.sampled_from(tables))
    row = data.draw(st.sampled_from(doc["tables"][table]))
    field = data.draw(st.sampled_from([*sorted(row), "unknown_field"]))
    row[field] = data.draw(json_values)
    if _import(empty_db, json.dumps(doc)):
        again = export_document(empty_db)  # stored: it reads back exactly as imported
        exported_rows = [json.dumps(r, sort_keys=True) for r in again["tables"][table]]
        assert json.dumps(row, sort_keys=True) in exported_rows


@IMPORT_SETTINGS
@given(data=st.data())
def test_import_of_broken_json(
    empty_db: Database, document: dict[str, Any], data: st.DataObject
) -> None:
    """Export text cut short, with bytes changed or inserted, or arbitrary text."""
    TRIED["import_broken_json"] += 1
    text = json.dumps(document, ensure_ascii=False)
    kind = data.draw(st.sampled_from(["cut", "change", "insert", "arbitrary"]))
    if kind == "arbitrary":
        text = data.draw(any_text)
    else:
        at = data.draw(st.integers(0, len(text) - 1))
        piece = data.draw(st.text(min_size=1, max_size=4))
        if kind == "cut":
            text = text[:at]
        elif kind == "change":
            text = text[:at] + piece + text[at + len(piece) :]
        else:
            text = text[:at] + piece + text[at:]
    _import(empty_db, text)


def test_nul_bytes_and_huge_text_on_every_backend(db: Database, lg_ids: list[str]) -> None:
    """The cases PostgreSQL would choke on are refused by the checks, on both backends."""
    before = table_counts(db)
    for bad in ("a\x00b", "\ud800", "x" * 100_001):
        with pytest.raises(ValidationError) as info:
            create_contact(db, ContactInput(lg_ids[0], "Peeters", notes=bad))
        assert "notes" in info.value.errors
    assert table_counts(db) == before
    huge = "é" * 100_000
    c = create_contact(db, ContactInput(lg_ids[0], "Peeters", notes=huge))
    assert get_contact(db, c.id).notes == huge
    odd = datetime(2025, 1, 1, 12, 0)
    with pytest.raises(ValidationError) as info:
        create_advice_talk(db, AdviceTalkInput(odd, lg_ids[0], "phone", "Vraag"))  # type: ignore[arg-type]
    assert set(info.value.errors) == {"date"}


# Which generated-input test counts under which name in TRIED, and how many it asks for.
COUNTED = {
    "test_contact_input": ("contact", SETTINGS),
    "test_advice_talk_input": ("advice_talk", SETTINGS),
    "test_advice_talk_update": ("advice_talk_update", SETTINGS),
    "test_import_with_one_value_replaced": ("import_value", IMPORT_SETTINGS),
    "test_import_of_broken_json": ("import_broken_json", IMPORT_SETTINGS),
}


def test_report_inputs_tried(
    request: pytest.FixtureRequest, capsys: pytest.CaptureFixture[str]
) -> None:
    """Each generated-input test of this run really tried many inputs (runs last in this
    module), and says how many: a strategy that draws nothing, or a test that returns
    before its body, would pass the tests above without checking anything."""
    generated = {
        name
        for name, test in vars(request.module).items()
        if name.startswith("test_") and hasattr(test, "hypothesis")
    }
    assert generated == set(COUNTED), "list each @given test of this module in COUNTED"
    ran = {
        item.name.split("[")[0]
        for item in request.session.items
        if item.module is request.module and item.name.split("[")[0] in COUNTED
    }
    with capsys.disabled():
        print(f"\nhypothesis inputs tried: {dict(TRIED)}, total {sum(TRIED.values())}")
    too_few = {
        name: TRIED[key]
        for name, (key, wanted) in COUNTED.items()
        if name in ran and TRIED[key] < max(1, wanted.max_examples // 4)
    }
    assert not too_few, f"generated-input tests that tried too few inputs: {too_few}"
