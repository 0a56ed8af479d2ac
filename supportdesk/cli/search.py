"""``supportdesk [--db D] search TEXT [--json] [--limit N]``: full-text search over the records."""

from __future__ import annotations

import argparse
import json
from dataclasses import asdict
from typing import Any

from supportdesk.cli.common import open_db
from supportdesk.services._base import KIND_NAMES

MAX_LIMIT = 1_000_000  # far above any database's record count, far below SQL's integer range


def limit_value(text: str) -> int:
    """``--limit N``: a whole number from 0 to MAX_LIMIT (argparse turns the error into
    one line and exit code 2; a larger number would overflow the SQL LIMIT)."""
    out_of_range = f"kies een getal van 0 tot {MAX_LIMIT:,}".replace(",", ".")
    try:
        value = int(text)
    except ValueError:  # not a number, or more digits than Python converts
        if text.strip().lstrip("+-").isdigit():
            raise argparse.ArgumentTypeError(out_of_range) from None
        shown = text if len(text) <= 20 else f"{text[:20]}…"
        raise argparse.ArgumentTypeError(f"geen geheel getal: {shown!r}") from None
    if not 0 <= value <= MAX_LIMIT:
        raise argparse.ArgumentTypeError(out_of_range)
    return value


def register(sub: Any) -> None:
    p = sub.add_parser(
        "search",
        help="zoek in alle records",
        description="Zoekt records die alle woorden bevatten (ook als begin van een woord), "
        "zonder onderscheid tussen hoofdletters en accenten.",
    )
    p.add_argument("text", metavar="TEXT", help="wat je zoekt")
    p.add_argument("--json", action="store_true", help="uitvoer als JSON")
    p.add_argument(
        "--limit", type=limit_value, default=50, metavar="N", help="hoogstens N resultaten"
    )
    p.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from supportdesk.search import search

    db = open_db(args, thorough=False)  # cheap checks only: search answers at once
    try:
        hits = search(db, args.text, limit=args.limit)
    finally:
        db.dispose()
    if args.json:
        print(json.dumps([asdict(h) for h in hits], ensure_ascii=False, indent=1))
        return 0
    if not hits:
        print("Niets gevonden.")
    for hit in hits:
        kind = KIND_NAMES.get(hit.kind, hit.kind)
        subtitle = f" — {hit.subtitle}" if hit.subtitle else ""
        print(f"{kind}: {hit.title}{subtitle}  [{hit.id}]")
    return 0
