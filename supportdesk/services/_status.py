"""The one rule of status steps shared by the services whose records move through
statuses (trajectories, focus groups; activities can use it too): a move the kind's
table of allowed moves does not list is refused, naming where the record can go."""

from __future__ import annotations

from collections.abc import Mapping

from supportdesk.errors import ValidationError


def check_move(
    moves: Mapping[str, tuple[str, ...]],
    names: Mapping[str, str],
    current: str,
    new: str,
    being: str,
) -> None:
    """Refuse ``current`` -> ``new`` unless ``moves`` allows it. ``names`` words the
    statuses; ``being`` says what the record is in ``current``, with ``{}`` for its
    word ("Een traject in status “{}”", "Een focusgroep die {} is,")."""
    allowed = moves.get(current, ())
    if new not in allowed:
        choices = " of ".join(names[s] for s in allowed) or "niets meer"
        raise ValidationError.single(
            "new_status", f"{being.format(names.get(current, current))} kan alleen naar {choices}."
        )
