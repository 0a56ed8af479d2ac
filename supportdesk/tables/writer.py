"""Writing a table to a file: the format follows the name (.xlsx or .csv), the file is
written through ``supportdesk.safety.output_files`` (checked target, private
temporary file, put in place only when complete)."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from supportdesk.errors import DomainError
from supportdesk.safety.output_files import OutputRefused, OutputTarget, output_file
from supportdesk.tables.csv_file import DELIMITERS, write_csv
from supportdesk.tables.model import Table

Progress = Callable[[int, int], None]
FORMATS = ("xlsx", "csv")


def format_of(path: str | os.PathLike[str]) -> str:
    """``xlsx`` or ``csv`` from the file name; a DomainError for any other name."""
    suffix = Path(os.fspath(path)).suffix.lower().lstrip(".")
    if suffix not in FORMATS:
        raise DomainError(
            f"{os.fspath(path)}: kies een naam op .xlsx (Excel) of .csv, geen "
            + (f".{suffix}" if suffix else "naam zonder extensie")
        )
    return suffix


def write_table(
    table: Table,
    target: OutputTarget,
    *,
    delimiter: str = ";",
    progress: Progress | None = None,
) -> int:
    """Write ``table`` to ``target`` in the format its name says; the number of rows.

    Whole or not at all: a failure (a full disk, a folder that went away, a database
    error while reading the rows) leaves no file and nothing half-written behind.
    """
    fmt = format_of(target.path)
    if delimiter not in DELIMITERS:
        raise DomainError(f"scheidingsteken {delimiter!r}: kies ';' of ','")
    try:
        with output_file(target) as out:
            if fmt == "xlsx":
                from supportdesk.tables.xlsx import write_xlsx  # openpyxl: ~0.2 s to import

                return write_xlsx(table, out, progress)
            return write_csv(table, out, delimiter=delimiter, progress=progress)
    except OutputRefused:
        raise
    except OSError as exc:
        raise OutputRefused(f"{target.shown}: kan niet schrijven ({exc.strerror or exc})") from exc
