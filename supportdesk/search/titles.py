"""A record's title as its search document, the year report and ``stats`` show it: the
first line of a longer text. Plain text only, so any reader imports it without the
indexer or the ORM."""

from __future__ import annotations

TITLE_LENGTH = 120


def first_line(text: str | None, limit: int = TITLE_LENGTH) -> str:
    """The first non-empty line of ``text``, cut at ``limit`` characters."""
    line = next((ln.strip() for ln in (text or "").splitlines() if ln.strip()), "")
    return line if len(line) <= limit else line[: limit - 1].rstrip() + "…"
