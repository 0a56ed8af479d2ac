"""The one error a report raises on purpose (besides NotFoundError for unknown ids)."""

from __future__ import annotations

from supportdesk.errors import DomainError


class ExportError(DomainError):
    """The PDF cannot be written where asked (no such folder, no permission, a folder)."""
