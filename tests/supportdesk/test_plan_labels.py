"""Every code of the action plan's records has a Dutch word (and, through the .ts file,
an English one)."""

from __future__ import annotations

from pathlib import Path

from supportdesk.plan_codes import PLAN_CODE_SETS
from supportdesk.plan_labels import TABLES

TS = Path(__file__).resolve().parents[2] / "resources" / "translations" / "supportdesk_en.ts"


def test_every_plan_code_has_a_word():
    assert set(TABLES) == set(PLAN_CODE_SETS)
    for codes in PLAN_CODE_SETS:
        _context, words = TABLES[codes]
        assert set(words) == set(codes), codes
        assert all(w.strip() for w in words.values())


def test_every_word_is_in_the_translation_file():
    text = TS.read_text("utf-8")
    for _codes, (_context, words) in TABLES.items():
        for word in words.values():
            assert f"<source>{word}</source>" in text, word
