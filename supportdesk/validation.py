"""Checks shared by the services. Each collects messages per field, in Dutch.

A service builds one ``Checker``, runs every check of its input (collecting all
messages, so a form can show them all at once) and calls ``raise_if_any`` before it
changes anything. Field names are the attribute names of the service's Input
dataclass, so the interface can put each message next to the right widget.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Iterable

from db.collation import fold as shared_fold
from supportdesk.errors import ValidationError

# Pragmatic: one @, no spaces, a dot in the domain. The point is catching typos.
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_NIS = re.compile(r"^[0-9]{5}$")
MAX_TEXT = 100_000
MAX_LINE = 300
MAX_INT = 2_000_000_000


class Checker:
    """Collects field errors, then raises them all at once."""

    def __init__(self) -> None:
        self.errors: dict[str, str] = {}

    def fail(self, field: str, message: str) -> None:
        self.errors.setdefault(field, message)

    def _clean(self, field: str, value: str | None) -> str:
        """``clean_text`` that records the problem instead of raising at once."""
        try:
            return clean_text(value, field)
        except ValidationError as exc:
            self.fail(field, exc.errors[field])
            return ""

    def required(self, field: str, value: str | None, label: str = "Dit veld") -> str:
        text = self._clean(field, value)
        if not text.strip():
            self.fail(field, f"{label} is verplicht.")
        return text

    def line(self, field: str, value: str | None, *, max_len: int = MAX_LINE) -> str:
        """A one-line text: no line breaks, not too long."""
        text = self._clean(field, value)
        if "\n" in text or "\r" in text:
            self.fail(field, "Een regel mag geen regeleinde bevatten.")
        if len(text) > max_len:
            self.fail(field, f"Maximaal {max_len} tekens (nu {len(text)}).")
        return text

    def required_line(
        self, field: str, value: str | None, label: str = "Dit veld", *, max_len: int = MAX_LINE
    ) -> str:
        """A one-line text that may not be empty (a name, a topic)."""
        text = self.required(field, value, label)
        self.line(field, text, max_len=max_len)
        return text

    def required_text(
        self, field: str, value: str | None, label: str = "Dit veld", *, max_len: int = MAX_TEXT
    ) -> str:
        """A text that may not be empty (a talk's question, an action's description)."""
        text = self.required(field, value, label)
        self.text(field, value, max_len=max_len)
        return text

    def text(self, field: str, value: str | None, *, max_len: int = MAX_TEXT) -> str:
        text = self._clean(field, value)
        if len(text) > max_len:
            self.fail(field, f"Maximaal {max_len} tekens (nu {len(text)}).")
        return text

    def email(self, field: str, value: str | None) -> str:
        text = self._clean(field, value).strip()
        if text and not _EMAIL.match(text):
            self.fail(field, f"“{text}” is geen geldig e-mailadres.")
        if len(text) > 200:
            self.fail(field, f"Maximaal 200 tekens (nu {len(text)}).")
        return text

    def choice(self, field: str, value: str | None, allowed: Iterable[str], label: str) -> str:
        allowed = tuple(allowed)
        if value not in allowed:
            self.fail(field, f"Onbekende {label}: kies uit {', '.join(allowed)}.")
        return value or ""

    def optional_choice(
        self, field: str, value: str | None, allowed: Iterable[str], label: str
    ) -> str | None:
        """A code from ``allowed``, or None/"" for "not set"."""
        if value is None or value == "":
            return None
        return self.choice(field, value, allowed, label)

    def date(
        self, field: str, value: object, label: str = "De datum", *, required: bool = True
    ) -> dt.date | None:
        """A calendar date (``datetime.date``, not a date-time)."""
        if value is None:
            if required:
                self.fail(field, f"{label} is verplicht.")
            return None
        if isinstance(value, dt.datetime) or not isinstance(value, dt.date):
            self.fail(field, f"{label} is geen geldige datum.")
            return None
        return value

    def date_order(self, field: str, start: dt.date | None, end: dt.date | None, what: str) -> None:
        if start is not None and end is not None and end < start:
            self.fail(field, f"{what} ligt vóór de begindatum.")

    def integer(
        self,
        field: str,
        value: object,
        label: str = "Dit veld",
        *,
        minimum: int | None = None,
        maximum: int | None = MAX_INT,
        required: bool = False,
    ) -> int | None:
        """A whole number within bounds; None allowed unless ``required``."""
        if value is None:
            if required:
                self.fail(field, f"{label} is verplicht.")
            return None
        if not isinstance(value, int) or isinstance(value, bool):
            self.fail(field, f"{label} moet een geheel getal zijn.")
            return None
        if minimum is not None and value < minimum:
            self.fail(field, f"{label} mag niet kleiner zijn dan {minimum}.")
        if maximum is not None and value > maximum:
            self.fail(field, f"{label} mag niet groter zijn dan {maximum}.")
        return value

    def flag(self, field: str, value: object) -> bool:
        if not isinstance(value, bool):
            self.fail(field, "Ja of nee verwacht.")
            return False
        return value

    def nis_code(self, field: str, value: str | None) -> str | None:
        """An optional NIS code: exactly five digits."""
        text = self._clean(field, value).strip()
        if not text:
            return None
        if not _NIS.match(text):
            self.fail(field, "Een NIS-code bestaat uit precies vijf cijfers.")
        return text

    def score(self, field: str, value: int | None) -> int:
        if not isinstance(value, int) or isinstance(value, bool) or not 1 <= value <= 5:
            self.fail(field, "De score moet een geheel getal van 1 tot en met 5 zijn.")
            return 0
        return value

    def ids(self, field: str, value: object) -> tuple[str, ...]:
        """A tuple (or list) of public ids, as strings."""
        if not isinstance(value, (tuple, list)) or not all(isinstance(v, str) for v in value):
            self.fail(field, "Een lijst van id's verwacht.")
            return ()
        return tuple(value)

    def merge(self, prefix: str, other: Checker) -> None:
        """Take over another checker's errors, their fields prefixed (``new_follow_ups.1.``)."""
        for field, message in other.errors.items():
            self.fail(f"{prefix}{field}", message)

    def raise_if_any(self) -> None:
        if self.errors:
            raise ValidationError(self.errors)


def clean_text(value: str | None, field: str = "tekst") -> str:
    """Text exactly as typed; refused if it holds a NUL byte (PostgreSQL cannot store it)
    or a lone surrogate (not encodable as UTF-8)."""
    if value is None:
        return ""
    if not isinstance(value, str):
        raise ValidationError.single(field, "Tekst verwacht.")
    if "\x00" in value:
        raise ValidationError.single(field, "De tekst bevat een ongeldig teken (NUL).")
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:  # a lone surrogate: no database can store it
        raise ValidationError.single(
            field, "De tekst bevat een ongeldig teken (een half tekenpaar)."
        ) from None
    return value


@functools.lru_cache(maxsize=8192)
def fold(text: str) -> str:
    """Lower case without accents, for matching what a person types (Łukasz ~ lukasz):
    the one folding search, lookups and erasure share (``db.collation.fold``).

    Cached: the completer folds the same few hundred names on every key typed.
    """
    return shared_fold(text)


_WHOLE = re.compile(r"[+-]?[0-9]+")


def whole_number(text: str) -> int | None:
    """A whole number as typed in the digits 0-9 ("8", " -3 ", "+5"), else None. Python's
    int() alone would also take "1_000" or another script's digits ("٣", "７")."""
    stripped = text.strip()
    return int(stripped) if _WHOLE.fullmatch(stripped) else None


def name_key(text: str) -> str:
    """A name as two names are compared for being the same one: folded, white space
    inside as one space and none at the ends ("Łukasz  Özdemir " ~ "lukasz ozdemir")."""
    return " ".join(fold(text).split())
