"""Checks shared by the services. Each collects messages per field, in Dutch."""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date

from supportdesk.errors import ValidationError

# Pragmatic: one @, no spaces, a dot in the domain. The point is catching typos.
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
MAX_TEXT = 100_000
MAX_LINE = 300


class Checker:
    """Collects field errors, then raises them all at once."""

    def __init__(self) -> None:
        self.errors: dict[str, str] = {}

    def fail(self, field: str, message: str) -> None:
        self.errors.setdefault(field, message)

    def required(self, field: str, value: str | None, label: str = "Dit veld") -> str:
        text = clean_text(value, field)
        if not text.strip():
            self.fail(field, f"{label} is verplicht.")
        return text

    def line(self, field: str, value: str | None, *, max_len: int = MAX_LINE) -> str:
        """A one-line text: no line breaks, not too long."""
        text = clean_text(value, field)
        if "\n" in text or "\r" in text:
            self.fail(field, "Een regel mag geen regeleinde bevatten.")
        if len(text) > max_len:
            self.fail(field, f"Maximaal {max_len} tekens (nu {len(text)}).")
        return text

    def text(self, field: str, value: str | None, *, max_len: int = MAX_TEXT) -> str:
        text = clean_text(value, field)
        if len(text) > max_len:
            self.fail(field, f"Maximaal {max_len} tekens (nu {len(text)}).")
        return text

    def email(self, field: str, value: str | None) -> str:
        text = clean_text(value, field).strip()
        if text and not _EMAIL.match(text):
            self.fail(field, f"“{text}” is geen geldig e-mailadres.")
        return text

    def choice(self, field: str, value: str | None, allowed: Iterable[str], label: str) -> str:
        allowed = tuple(allowed)
        if value not in allowed:
            self.fail(field, f"Onbekende {label}: kies uit {', '.join(allowed)}.")
        return value or ""

    def date_order(self, field: str, start: date | None, end: date | None, what: str) -> None:
        if start is not None and end is not None and end < start:
            self.fail(field, f"{what} ligt vóór de begindatum.")

    def score(self, field: str, value: int | None) -> int:
        if not isinstance(value, int) or isinstance(value, bool) or not 1 <= value <= 5:
            self.fail(field, "De score moet een geheel getal van 1 tot en met 5 zijn.")
            return 0
        return value

    def raise_if_any(self) -> None:
        if self.errors:
            raise ValidationError(self.errors)


def clean_text(value: str | None, field: str = "tekst") -> str:
    """Text exactly as typed; refused if it holds a NUL byte (PostgreSQL cannot store it)."""
    if value is None:
        return ""
    if not isinstance(value, str):
        raise ValidationError.single(field, "Tekst verwacht.")
    if "\x00" in value:
        raise ValidationError.single(field, "De tekst bevat een ongeldig teken (NUL).")
    return value
