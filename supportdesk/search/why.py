"""Why a hit matched, when its title does not say so.

A search finds a record when every word of the query starts a word of its title or its
text. When the title shown has all the words, it says why by itself. Otherwise the hit
says where they were: a former municipality's name ("Borsbeek" finds Antwerpen), or a
few words of the text around the first word that matched ("… digihelpers in de
bibliotheek …", folded: lower case, without accents, as the index holds it).

One statement reads the documents of the hits that need it (at most the hits shown).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import Connection, select

from db.models import LocalGovernmentAlias, SearchDocument
from supportdesk.search.folding import fold, words
from supportdesk.search.kinds import LOCAL_GOVERNMENT, document_id

#: words of text shown on each side of the first match
AROUND = 4

#: a run of text between white space with a character outside ASCII in it (white space
#: outside ASCII, such as a no-break space, joins two runs: walked as one, the same)
_NOT_ASCII_RUN = re.compile(r"\S*[^\x00-\x7f]\S*")
#: ``fold`` of one character, remembered: a text is folded letter by letter
_fold_letter = functools.lru_cache(maxsize=8192)(fold)


@dataclass(frozen=True)
class Reason:
    #: the former municipality's name, as typed, that matched ("" if none)
    alias: str = ""
    #: the folded words around the first match in the text ("" if none)
    snippet: str = ""


def _covered(terms: Sequence[str], candidates: Sequence[str]) -> bool:
    return all(any(w.startswith(t) for w in candidates) for t in terms)


def _snippet(body: str, terms: Sequence[str]) -> str:
    """The words around the first word of ``body`` (folded, space-separated) that starts
    with one of ``terms``. Found with one pattern, not by splitting the whole text: a
    talk's text can be long, and the search runs on every keystroke."""
    pattern = re.compile(r"(?:^| )(?:" + "|".join(re.escape(t) for t in terms if t) + ")")
    m = pattern.search(body)
    if m is None:
        return ""
    at = m.start() + (1 if body[m.start()] == " " else 0)
    before = body[max(0, at - 80) : at].split()[-AROUND:]
    after = body[at : at + 120].split()[: AROUND + 1]
    start_cut = len(body[:at].rstrip()) > len(" ".join(before))
    end_cut = len(body) - at > len(" ".join(after))
    text = " ".join([*before, *after])
    return f"{'… ' if start_cut else ''}{text}{' …' if end_cut else ''}"


def reasons(
    conn: Connection, found: Sequence[tuple[str, int, str]], terms: Sequence[str]
) -> dict[tuple[str, int], Reason]:
    """(kind, record id) -> why, for the hits ``found`` as (kind, record id, title)
    whose title does not hold every query word."""
    unexplained = [(k, r) for k, r, title in found if not _covered(terms, words(title))]
    if not unexplained or not terms:
        return {}
    ids = {document_id(k, r): (k, r) for k, r in unexplained}
    bodies = {
        ids[doc_id]: (title_folded, body)
        for doc_id, title_folded, body in conn.execute(
            select(SearchDocument.id, SearchDocument.title_folded, SearchDocument.body).where(
                SearchDocument.id.in_(list(ids))
            )
        )
    }
    governments = [r for k, r in unexplained if k == LOCAL_GOVERNMENT]
    aliases: dict[int, list[str]] = {}
    if governments:
        for lg_id, name in conn.execute(
            select(LocalGovernmentAlias.local_government_id, LocalGovernmentAlias.name).where(
                LocalGovernmentAlias.local_government_id.in_(governments)
            )
        ):
            aliases.setdefault(lg_id, []).append(name)
    out: dict[tuple[str, int], Reason] = {}
    for key in unexplained:
        kind, record_id = key
        names = aliases.get(record_id, []) if kind == LOCAL_GOVERNMENT else []
        alias = next((a for a in names if any(_covered([t], words(a)) for t in terms)), "")
        title_folded, body = bodies.get(key, ("", ""))
        missing = [t for t in terms if not _covered([t], title_folded.split())]
        snippet = _snippet(body, missing or terms) if not alias or missing else ""
        if alias or snippet:
            out[key] = Reason(alias, snippet)
    return out


def match_spans(text: str, terms: Sequence[str]) -> list[tuple[int, int]]:
    """Where in ``text`` (as typed) a word starts with one of the folded ``terms``:
    (start, end) of the matching prefix in the original characters, so an interface
    can show what matched in bold ("**Digi**helpers", "**Łód**ź" for "lod").

    The search box paints its results on every keystroke: the text is taken apart at
    white space (no word runs across it); the runs holding a letter outside ASCII are
    walked letter by letter (``_walk``), the rest (ASCII, and punctuation such as "—",
    "·", "…" between words) is matched by one pattern, which gives the same spans as
    walking the whole text."""
    if not text or not terms:
        return []
    if text.isascii():
        return _ascii_spans(text, terms, 0)
    spans: list[tuple[int, int]] = []
    at = 0
    for m in _NOT_ASCII_RUN.finditer(text):
        if _separators_only(m.group()):
            continue  # stays in the text the pattern matches
        spans.extend(_ascii_spans(text[at : m.start()], terms, at))
        spans.extend(_walk(m.group(), terms, m.start()))
        at = m.end()
    spans.extend(_ascii_spans(text[at:], terms, at))
    return spans


@functools.lru_cache(maxsize=4096)
def _separators_only(run: str) -> bool:
    """Whether every character of ``run`` outside ASCII only separates words, as the
    walk sees it: it folds to something without a letter or digit ("—", "·", "…",
    "→", a no-break space), not to nothing (an accent belongs to its letter)."""
    for ch in run:
        if not ch.isascii():
            folded = _fold_letter(ch)
            if not folded or any(c.isalnum() for c in folded):
                return False
    return True


def _walk(text: str, terms: Sequence[str], offset: int) -> list[tuple[int, int]]:
    """``match_spans`` letter by letter, each letter folded (accents, ł, ß, marks);
    the spans moved by ``offset``."""
    spans: list[tuple[int, int]] = []
    folds = [_fold_letter(ch) for ch in text]
    i = 0
    n = len(text)
    while i < n:
        if not folds[i].strip() or (i > 0 and folds[i - 1].isalnum()):
            i += 1
            continue
        # a word starts at i: fold it character by character
        folded, origin = "", []
        j = i
        while j < n and (folds[j].isalnum() or not folds[j]):
            piece = folds[j]
            folded += piece
            origin.extend([j] * len(piece))
            j += 1
        best = max((t for t in terms if t and folded.startswith(t)), key=len, default="")
        if best:
            end = origin[len(best) - 1] + 1
            while end < n and not folds[end]:  # the last letter's accents
                end += 1
            spans.append((offset + i, offset + end))
        i = max(j, i + 1)
    return spans


def _ascii_spans(text: str, terms: Sequence[str], offset: int) -> list[tuple[int, int]]:
    """``match_spans`` of ASCII text (and characters outside it that only separate
    words): a word is a run of ASCII letters and digits, folded by ``lower()``; the
    spans moved by ``offset``."""
    pattern = _ascii_starts(tuple(terms))
    if pattern is None or not text:
        return []
    return [(offset + m.start(), offset + m.end()) for m in pattern.finditer(text)]


@functools.lru_cache(maxsize=64)
def _ascii_starts(terms: tuple[str, ...]) -> re.Pattern[str] | None:
    """One pattern for the ``terms`` that can start an ASCII word (lower-case letters
    and digits), at the start of a word, ignoring case: the longest first, so a word
    gets the longest term it starts with, as ``word.lower().startswith(term)`` would.
    (A pattern per text; a loop over words and terms was most of a result row's paint.)"""
    usable = sorted(
        {t for t in terms if t and t.isascii() and t.isalnum() and t == t.lower()},
        key=len,
        reverse=True,
    )
    if not usable:
        return None
    return re.compile(r"(?<![A-Za-z0-9])(?:" + "|".join(usable) + ")", re.ASCII | re.IGNORECASE)
