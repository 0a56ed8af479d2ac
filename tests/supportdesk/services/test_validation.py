"""The shared checks, on their own (no database): fast, and over many generated texts."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from supportdesk.errors import ValidationError
from supportdesk.validation import Checker, clean_text, fold

storable = st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"))


@given(storable)
def test_text_comes_back_exactly_as_typed(text):
    chk = Checker()
    assert chk.text("notes", text) == text and not chk.errors


@given(st.text())
def test_fold_is_idempotent_and_lower_case(text):
    once = fold(text)
    assert fold(once) == once


def test_fold_examples():
    assert fold("Łukasz Özdemir") == "lukasz ozdemir"
    assert fold("Śląsk Ærø ß") == "slask aero ss"


def test_unstorable_text_is_refused():
    with pytest.raises(ValidationError) as e:
        clean_text("a\x00b", "notes")
    assert e.value.errors == {"notes": "De tekst bevat een ongeldig teken (NUL)."}
    with pytest.raises(ValidationError):
        clean_text("a\ud800b", "notes")
    chk = Checker()
    chk.required("question", "\x00")
    assert "question" in chk.errors


@pytest.mark.parametrize(
    "address,ok",
    [
        ("a@b.be", True),
        ("Łukasz@gemeente.be", True),
        ("geen", False),
        ("a@b", False),
        ("a b@c.be", False),
        ("a@@b.be", False),
    ],
)
def test_email(address, ok):
    chk = Checker()
    chk.email("email", address)
    assert ("email" not in chk.errors) == ok


def test_dates_and_numbers():
    chk = Checker()
    assert chk.date("d1", dt.date(2025, 1, 1)) == dt.date(2025, 1, 1)
    chk.date("d2", dt.datetime(2025, 1, 1, 10, 0))
    chk.date("d3", "2025-01-01")
    chk.date("d4", None)
    assert chk.date("d5", None, required=False) is None
    chk.integer("n1", -1, minimum=0)
    chk.integer("n2", True)
    chk.integer("n3", 1.5)
    assert chk.integer("n4", 3, minimum=0) == 3
    chk.date_order("end", dt.date(2025, 2, 1), dt.date(2025, 1, 1), "De einddatum")
    assert set(chk.errors) == {"d2", "d3", "d4", "n1", "n2", "n3", "end"}
    assert chk.errors["end"] == "De einddatum ligt vóór de begindatum."
    chk.nis_code("nis", "4402")
    chk.nis_code("nis_ok", " 44021 ")
    assert "nis" in chk.errors and "nis_ok" not in chk.errors
