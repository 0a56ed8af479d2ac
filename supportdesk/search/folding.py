"""Text folding shared by the index and the query, so both sides see the same words.

Search must ignore case and accents both ways: "cafe" finds "café", "ozdemir" finds
"Özdemir", "lukasz" finds "Łukasz". Unicode NFKD splits most accented letters into a
base letter and combining marks, which we drop; a few letters have no decomposition
(ł, ø, đ, ß, æ, œ, ı, ...) and are mapped by hand.

The folded text is also *tokenised here*: words are runs of letters and digits, joined
by single spaces. SQLite's unicode61 tokenizer and PostgreSQL's text-search parser split
text differently (PostgreSQL keeps "digi-helpers", "l@x.be" and URLs as extra tokens);
handing both the same space-separated words makes the two backends find the same rows.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

# Letters NFKD leaves alone. Lower case only: folding lower-cases first.
_EXTRA = str.maketrans(
    {
        "ł": "l",
        "ø": "o",
        "đ": "d",
        "ð": "d",
        "ß": "ss",
        "ẞ": "ss",
        "æ": "ae",
        "œ": "oe",
        "ı": "i",
        "þ": "th",
        "ħ": "h",
        "ŧ": "t",
        "ŋ": "n",
        "ĸ": "k",
    }
)

# A word: letters and digits. "_" counts as a separator, as in SQLite's unicode61.
_WORD = re.compile(r"[^\W_]+")


# The combining marks NFKD splits off accented letters: the Combining Diacritical
# Marks blocks. A character class is ~20x faster than testing each character with
# unicodedata.combining(), which matters when indexing 100,000 talks.
_MARKS = re.compile("[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")


def fold(text: str | None) -> str:
    """Lower case, accents removed, special letters mapped; punctuation kept."""
    if not text:
        return ""
    if text.isascii():
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", text.lower())
    # Lower-case again after NFKD: compatibility forms can decompose to capitals.
    return _MARKS.sub("", decomposed).lower().translate(_EXTRA)


def words(text: str | None) -> list[str]:
    """The folded words of ``text``, in order (duplicates kept)."""
    return _WORD.findall(fold(text))


def fold_words(text: str | None) -> str:
    """The folded words of ``text`` joined by spaces: what the index stores."""
    return " ".join(words(text))


def fold_all(parts: Iterable[str | None]) -> str:
    """Several texts folded into one space-separated run of words."""
    return " ".join(w for w in (fold_words(p) for p in parts) if w)
