"""Reading a spreadsheet into sheets of text cells: .xlsx with openpyxl, .csv with the
csv module (``;``, ``,`` or tab; UTF-8 with or without BOM, else Windows-1252, which is
what Belgian Excel writes). The kind is told from the file's first bytes, not its name.
"""

from __future__ import annotations

import csv
import io
import warnings
import zipfile
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from supportdesk.errors import DomainError
from supportdesk.safety.open_files import read_chosen_file

MAX_FILE = 50 * 1024 * 1024
MAX_ROWS = 20_000
ZIP_MAGIC = b"PK\x03\x04"
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
# An OpenDocument file starts with its stored "mimetype" entry; a password-protected
# .xlsx is an OLE file holding an "EncryptedPackage" stream (its name is UTF-16 there).
ODS_MIMETYPE = b"application/vnd.oasis.opendocument.spreadsheet"
ENCRYPTED_STREAM = "EncryptedPackage".encode("utf-16-le")


class TableFileError(DomainError):
    """The file cannot be read as a spreadsheet; nothing was changed."""


@dataclass(frozen=True)
class Sheet:
    """One sheet: its name and its rows of text (empty rows at the end dropped)."""

    name: str
    rows: tuple[tuple[str, ...], ...]
    encoding: str = ""  # for a .csv: how it was read
    delimiter: str = ""


def _cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.strftime("%d/%m/%Y") if value.time() == datetime.min.time() else str(value)
    if isinstance(value, date):
        return value.strftime("%d/%m/%Y")
    if isinstance(value, float) and value.is_integer():
        return str(int(value))  # a NIS code or phone typed as a number
    return str(value).strip()


def _trim(rows: list[tuple[str, ...]]) -> tuple[tuple[str, ...], ...]:
    while rows and not any(rows[-1]):
        rows.pop()
    width = max((max((i + 1 for i, c in enumerate(r) if c), default=0) for r in rows), default=0)
    return tuple(tuple(r[:width]) + ("",) * (width - len(r[:width])) for r in rows)


def read_table(path: Path) -> list[Sheet]:
    """The sheets of an .xlsx file, or the one sheet of a .csv file."""
    raw = read_chosen_file(
        path,
        MAX_FILE,
        TableFileError,
        lambda _size: TableFileError(
            f"{path.name} is groter dan {MAX_FILE // (1024 * 1024)} MB; "
            "dat is geen lijst van contactpersonen."
        ),
    )
    if not raw.strip():
        raise TableFileError(f"{path.name} is leeg.")
    if raw.startswith(ZIP_MAGIC):
        if ODS_MIMETYPE in raw[:200]:
            raise TableFileError(
                f"{path.name} is een OpenDocument-rekenblad (.ods); bewaar het (in LibreOffice: "
                "Opslaan als) als .xlsx of .csv en probeer opnieuw. Er is niets veranderd."
            )
        return _read_xlsx(path.name, raw)
    if raw.startswith(OLE_MAGIC) and ENCRYPTED_STREAM in raw:
        raise TableFileError(
            f"{path.name} is beveiligd met een wachtwoord; open het in Excel, haal het "
            "wachtwoord weg (of bewaar een kopie zonder) en probeer opnieuw. "
            "Er is niets veranderd."
        )
    if raw.startswith(OLE_MAGIC):
        raise TableFileError(
            f"{path.name} is een ouder Excel-bestand (.xls); bewaar het in Excel als .xlsx "
            "of .csv en probeer opnieuw."
        )
    return [_read_csv(path.name, raw)]


def _not_a_table(name: str) -> TableFileError:
    return TableFileError(
        f"{name} is geen spreadsheet (verwacht: een Excel-bestand .xlsx of een .csv-bestand). "
        "Er is niets veranderd."
    )


def _read_xlsx(name: str, raw: bytes) -> list[Sheet]:
    import openpyxl

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # openpyxl warns about styles it ignores
            book = openpyxl.load_workbook(io.BytesIO(raw), read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, ValueError, OSError, TypeError) as exc:
        raise _not_a_table(name) from exc
    except Exception as exc:  # openpyxl raises its own kinds for a broken workbook
        raise _not_a_table(name) from exc
    sheets: list[Sheet] = []
    try:
        for ws in book.worksheets:
            rows: list[tuple[str, ...]] = []
            for values in ws.iter_rows(values_only=True):
                rows.append(tuple(_cell_text(v) for v in values))
                if len(rows) > MAX_ROWS + 1:
                    raise TableFileError(
                        f"Blad {ws.title!r} heeft meer dan {MAX_ROWS} rijen; splits de lijst op."
                    )
            sheets.append(Sheet(ws.title, _trim(rows)))
    finally:
        book.close()
    if not sheets:
        raise _not_a_table(name)
    return sheets


def _decode(raw: bytes) -> tuple[str, str]:
    if raw.startswith(b"\xef\xbb\xbf"):
        return raw[3:].decode("utf-8", errors="replace"), "UTF-8 met BOM"
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        return raw.decode("utf-16"), "UTF-16"
    try:
        return raw.decode("utf-8"), "UTF-8"
    except UnicodeDecodeError:
        return raw.decode("cp1252", errors="replace"), "Windows-1252"


def _delimiter(text: str) -> str:
    lines = [line for line in text.splitlines() if line.strip()][:20]
    best, best_score = ",", -1
    for candidate in (";", ",", "\t", "|"):
        counts = [line.count(candidate) for line in lines]
        if not counts or counts[0] == 0:
            continue
        steady = sum(1 for c in counts if c == counts[0])  # the same number on each line
        score = steady * 100 + counts[0]
        if score > best_score:
            best, best_score = candidate, score
    return best


def _read_csv(name: str, raw: bytes) -> Sheet:
    if b"\x00" in raw[:4096] and not raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise _not_a_table(name)
    text, encoding = _decode(raw)
    if raw.lstrip().startswith((b"%PDF", b"<", b"{")):
        raise _not_a_table(name)
    delimiter = _delimiter(text)
    try:
        rows = [
            tuple(c.strip() for c in r) for r in csv.reader(io.StringIO(text), delimiter=delimiter)
        ]
    except csv.Error as exc:
        raise TableFileError(f"{name} is geen leesbaar CSV-bestand: {exc}.") from exc
    if len(rows) > MAX_ROWS + 1:
        raise TableFileError(f"{name} heeft meer dan {MAX_ROWS} rijen; splits de lijst op.")
    return Sheet(Path(name).stem, _trim(rows), encoding, delimiter)
