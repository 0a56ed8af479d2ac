"""The language a report is written in: Dutch (the words in the code) or English.

The core has no Qt, so the reports cannot ask Qt's translator; their fixed texts are
Dutch in the code and pass through :func:`tr`, which gives the English word from
``supportdesk.reports.english`` while a report is rendered in English. The language is
set for the rendering of one report (:func:`in_language`, a context variable: a report
is laid out in the thread that renders it, and two threads rendering in two languages
do not mix). Text the user typed never passes through :func:`tr`.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Literal

from supportdesk.reports.english import ENGLISH

Language = Literal["nl", "en"]
LANGUAGES: tuple[Language, ...] = ("nl", "en")

_WORDS: ContextVar[Mapping[str, str] | None] = ContextVar("report_words", default=None)
_LANGUAGE: ContextVar[Language] = ContextVar("report_language", default="nl")


def tr(text: str) -> str:
    """``text`` (a fixed Dutch text of the reports) in the report's language."""
    words = _WORDS.get()
    if words is None:
        return text
    return words.get(text, text)


def current_language() -> Language:
    return _LANGUAGE.get()


def check_language(language: str) -> Language:
    if language not in LANGUAGES:
        raise ValueError(f"unknown report language {language!r} (nl or en)")
    return language


@contextmanager
def in_language(language: str) -> Iterator[None]:
    """Render the reports made inside this block in ``language`` ("nl" or "en")."""
    lang = check_language(language)
    words_token = _WORDS.set(ENGLISH if lang == "en" else None)
    lang_token = _LANGUAGE.set(lang)
    try:
        yield
    finally:
        _WORDS.reset(words_token)
        _LANGUAGE.reset(lang_token)
