"""``printable`` decides with one regular-expression scan whether a text needs any
replacing; the scan must agree with the character-by-character replacement on every
text: accents, ``<`` and ``&``, emoji and their joiners, controls, lone surrogates."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from supportdesk.reports.text import _replaced, printable

SAMPLES = [
    "",
    "Łukasz Özdemir <b>&amp;</b>\tа\n",
    "a\x00b\x7fc\x85d\u2028e\ud800f",
    "👩\u200d💻 \ufe0f 🏻",
    "\U000e0041 tag",
    "漢字",
]


def test_the_scan_agrees_with_the_replacement_on_hostile_samples() -> None:
    for text in SAMPLES:
        assert printable(text) == _replaced(text)
    assert printable("Łukasz <b>") == "Łukasz <b>"  # nothing to replace: the same text


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(codec=None), max_size=40))
def test_the_scan_agrees_with_the_replacement_on_any_text(text: str) -> None:
    assert printable(text) == _replaced(text)
