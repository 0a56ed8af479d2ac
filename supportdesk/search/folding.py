"""Text folding shared by the index and the query, so both sides see the same words,
and by every lookup by name, ``person export`` and ``person erase``.

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
from collections.abc import Iterable
from typing import Any

from sqlalchemy import func, literal, literal_column
from sqlalchemy.sql.elements import ColumnElement

from db.collation import FOLD_FUNCTION, MARK_RANGES, MULTI_LETTERS, SINGLE_LETTERS, fold

__all__ = [
    "contains_folded",
    "fold",
    "fold_all",
    "fold_words",
    "folded_sql",
    "replace_folded",
    "spans_folded",
    "words",
]

# A word: letters and digits. "_" counts as a separator, as in SQLite's unicode61.
_WORD = re.compile(r"[^\W_]+")


def words(text: str | None) -> list[str]:
    """The folded words of ``text``, in order (duplicates kept)."""
    return _WORD.findall(fold(text))


def fold_words(text: str | None) -> str:
    """The folded words of ``text`` joined by spaces: what the index stores."""
    return " ".join(words(text))


def fold_all(parts: Iterable[str | None]) -> str:
    """Several texts folded into one space-separated run of words."""
    return " ".join(w for w in (fold_words(p) for p in parts) if w)


# -- finding a name in someone else's text, whatever its case, accents or form ----------


def _folded_with_map(text: str) -> tuple[str, list[int]]:
    """``fold(text)`` built character by character, and for each folded character the
    index of the original character it came from (combining marks fold to nothing)."""
    out: list[str] = []
    origin: list[int] = []
    for i, ch in enumerate(text):
        f = fold(ch)
        out.append(f)
        origin.extend([i] * len(f))
    return "".join(out), origin


def _term_pattern(terms: Iterable[str]) -> re.Pattern[str] | None:
    """Folded terms as one pattern: whole words, any run of white space between them."""
    alternatives = []
    for term in terms:
        parts = "".join(fold(ch) for ch in term).split()  # as the text is folded
        if parts:
            alternatives.append(r"\s+".join(re.escape(p) for p in parts))
    if not alternatives:
        return None
    alternatives.sort(key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(alternatives) + r")(?!\w)")


def spans_folded(text: str, terms: Iterable[str]) -> list[tuple[int, int]]:
    """Where in ``text`` one of ``terms`` occurs as whole words, compared folded: in
    capitals, without accents, in NFC or NFD, with ł for l or the other way round.
    Each span covers the original characters, accents (combining marks) included."""
    pattern = _term_pattern(terms)
    if pattern is None or not text:
        return []
    folded, origin = _folded_with_map(text)
    spans = []
    for m in pattern.finditer(folded):
        if m.end() == m.start():
            continue
        start = origin[m.start()]
        end = origin[m.end() - 1] + 1
        while end < len(text) and not fold(text[end]):  # marks of the last letter
            end += 1
        spans.append((start, end))
    return spans


def contains_folded(text: str | None, terms: Iterable[str]) -> bool:
    """Whether ``text`` names one of ``terms`` (see ``spans_folded``)."""
    return bool(text) and bool(spans_folded(text or "", terms))


def replace_folded(text: str, terms: Iterable[str], replacement: str) -> str:
    """``text`` with every occurrence of ``terms`` (see ``spans_folded``) replaced."""
    spans = spans_folded(text, list(terms))
    for start, end in reversed(spans):
        text = text[:start] + replacement + text[end:]
    return text


def folded_sql(column: Any, dialect: str) -> ColumnElement[str]:
    """``fold(column)`` computed by the database, to select candidates in SQL.

    SQLite: the ``sd_fold`` function (``db.collation.register``), exactly ``fold``.
    PostgreSQL: lower case, NFKD, combining marks and the hand-mapped letters removed or
    replaced; the same as ``fold`` for letters and marks (the tests compare them). Use
    it to narrow rows down, then confirm in Python with ``spans_folded``.
    """
    if dialect == "sqlite":
        result: ColumnElement[str] = getattr(func, FOLD_FUNCTION)(column)
        return result
    marks = "".join(chr(c) for a, b in MARK_RANGES for c in range(ord(a), ord(b) + 1))
    source = "".join(SINGLE_LETTERS) + marks
    target = "".join(SINGLE_LETTERS.values())
    # normalize(text, NFKD): the form is a keyword in PostgreSQL, not a string
    expr: Any = func.lower(
        func.translate(
            func.normalize(func.lower(column), literal_column("NFKD")),
            literal(source),
            literal(target),
        )
    )
    for letter, replacement in MULTI_LETTERS.items():
        expr = func.replace(expr, literal(letter), literal(replacement))
    folded: ColumnElement[str] = expr
    return folded
