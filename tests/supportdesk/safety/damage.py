"""Damaging a SQLite file as a bad disk does, for the safety tests: one page overwritten
with 0xA5 bytes while the header, the schema and the size stay sound."""

from __future__ import annotations

from contextlib import closing
from pathlib import Path

from db.sqlite_files import reading_connection


def overwrite_page(path: Path, pageno: int | None = None) -> None:
    """Overwrite page ``pageno`` (counted from 1); by default the last page but one, a
    page near the end that only the full quick check (or a read through it) notices."""
    data = bytearray(path.read_bytes())
    size = int.from_bytes(data[16:18], "big")
    if pageno is None:
        pageno = len(data) // size - 1
    at = (pageno - 1) * size
    data[at : at + size] = b"\xa5" * size
    path.write_bytes(bytes(data))


def spoil(path: Path, table: str, *, root: bool = False) -> None:
    """Overwrite one b-tree page of ``table`` (its last, or with ``root`` its root page,
    which every read of the table passes): header, schema and size stay sound, so only
    reading that table or a quick check notices."""
    where = "path = '/'" if root else "1 = 1"
    with closing(reading_connection(path)) as conn:
        (pageno,) = conn.execute(
            f"SELECT max(pageno) FROM dbstat WHERE name = ? AND {where}", (table,)
        ).fetchone()
    overwrite_page(path, pageno)
