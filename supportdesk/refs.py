"""A related record as the interface shows it (``Ref``: its public id and a name), in a
module of its own so readers that load no services (the plan's items, the indicators)
can name one; ``services._base`` re-exports it for the services."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Ref:
    """A related record as the interface shows it: its public id and a name."""

    id: str
    name: str
