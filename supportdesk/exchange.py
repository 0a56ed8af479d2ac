"""Export every record as one versioned JSON document, and import one into an empty database.

The document::

    {"format": "supportdesk-export", "format_version": 1, "schema_revision": "0003",
     "tables": {"advice_talk": [{"public_id": ..., "local_government_id": <public id>,
                                 "date": "2026-03-02", ...}, ...], ...}}

It is deterministic: rows ordered by public id (or by their columns), keys sorted, so
export, import into an empty database and export again give the same bytes. That also
makes it the way to move a team from a local file to a shared PostgreSQL database.

Import checks the whole document before it writes anything (format, version, known
tables and columns, the reference tables present, types, integer ranges, text any
database can store, lengths, duplicates, every reference resolvable, each date and
date-time in the one spelling export writes, so it is stored exactly as written), then
writes in one transaction: the reference tables' rows (municipalities, themes, tools,
targets) are replaced by the document's, since it carries its own; public ids,
created/updated stamps and versions are kept exactly. Before that transaction commits,
the consistency rules of ``supportdesk check`` run on it (``exchange_rules``): a
document ``check`` would find fault with is refused and nothing stays. The services'
field rules (``field_rules.FIELD_RULES``: e-mail, NIS code, one-line fields, text
lengths, ranges) are applied to every row before anything is written. The search index
is rebuilt afterwards.
"""

from __future__ import annotations

import base64
import json
from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime
from functools import partial
from typing import Any

from sqlalchemy import Connection, delete, select
from sqlalchemy.exc import IntegrityError

from db.enums import tool_kind_of_text
from db.migrate import known_revisions
from db.plan_reference import seed_plan
from db.session import Database
from supportdesk.attachment_check import MESSAGES as FILE_MESSAGES
from supportdesk.attachment_check import file_problems
from supportdesk.bulk import (
    PLAN_REFERENCE_TABLES,
    REFERENCE_TABLES,
    NotEmptyError,
    insert_rows,
    max_ids,
    refuse_unless_empty,
    reset_sequences,
)
from supportdesk.codes import FocusGroupStatus, ToolStatus
from supportdesk.errors import DomainError, ValidationError
from supportdesk.exchange_rules import Violation, first_field_violation, first_violation
from supportdesk.exchange_schema import (
    FORMAT,
    FORMAT_VERSION,
    ColumnSpec,
    TableSpec,
    sort_key,
    table_specs,
    to_json_value,
)
from supportdesk.services._base import storage_errors
from supportdesk.validation import clean_text


class ExchangeError(DomainError):
    """The document cannot be imported (malformed, unknown, inconsistent); nothing changed."""


@dataclass(frozen=True)
class ImportSummary:
    counts: dict[str, int]  # rows imported per table

    @property
    def total(self) -> int:
        return sum(self.counts.values())


# -- export ------------------------------------------------------------------------------


def export_document(db: Database) -> dict[str, Any]:
    """Every record of ``db`` as the export document (a plain dict, ready for JSON)."""
    specs = table_specs()
    with db.read() as session:
        conn = session.connection()
        revision = current_revision_of(conn)
        public_ids: dict[str, dict[int, str]] = {}

        def pid_map(table: str) -> dict[int, str]:
            if table not in public_ids:
                t = specs[table].table
                result = conn.execute(select(t.c.id, t.c.public_id))
                public_ids[table] = {i: p for i, p in result}
            return public_ids[table]

        tables: dict[str, list[dict[str, Any]]] = {}
        for name, spec in specs.items():
            cols = spec.columns
            maps = {c.name: pid_map(c.target) for c in cols if c.kind == "fk" and c.target}
            rows: list[dict[str, Any]] = []
            for record in conn.execute(select(*(spec.table.c[c.name] for c in cols))):
                row: dict[str, Any] = {}
                for c, value in zip(cols, record, strict=True):
                    if c.kind == "fk":
                        row[c.name] = None if value is None else maps[c.name][value]
                    else:
                        row[c.name] = to_json_value(c.kind, value)
                rows.append(row)
            rows.sort(key=partial(sort_key, spec))
            tables[name] = rows
    return {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "schema_revision": revision,
        "tables": tables,
    }


def current_revision_of(conn: Connection) -> str | None:
    from alembic.runtime.migration import MigrationContext

    return MigrationContext.configure(conn).get_current_revision()


def dump_document(doc: dict[str, Any]) -> str:
    """The document as text: keys sorted, UTF-8 as is, one key per line; ends in a newline."""
    return json.dumps(doc, sort_keys=True, ensure_ascii=False, indent=1) + "\n"


def export_json(db: Database) -> str:
    return dump_document(export_document(db))


# -- import: checking --------------------------------------------------------------------


def parse_document(text: str) -> dict[str, Any]:
    """The JSON text as a dict; ExchangeError with line and column when it is malformed.

    Valid JSON that Python's parser cannot hold is refused the same way: nesting deeper
    than its recursion limit, an integer of more digits than it converts (4,300).
    """
    try:
        doc = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ExchangeError(
            f"Geen geldige JSON (regel {exc.lineno}, kolom {exc.colno}: {exc.msg})."
        ) from exc
    except RecursionError:
        raise ExchangeError(
            "Geen SupportDesk-export: het document is te diep genest om te lezen."
        ) from None
    except ValueError:  # "Exceeds the limit (4300 digits) for integer string conversion"
        raise ExchangeError(
            "Geen SupportDesk-export: een getal in het document heeft te veel cijfers."
        ) from None
    if not isinstance(doc, dict):
        raise ExchangeError("Geen SupportDesk-export: het document is geen JSON-object.")
    return doc


def check_document(doc: dict[str, Any]) -> dict[str, list[dict[str, Any]]]:
    """Check the whole document; return its rows per table with missing columns filled.

    Raises ExchangeError naming the table, row and column of the first problem.
    """
    if doc.get("format") != FORMAT:
        raise ExchangeError(f'Geen SupportDesk-export ("format" is niet {FORMAT!r}).')
    version = doc.get("format_version")
    if not isinstance(version, int) or isinstance(version, bool):
        raise ExchangeError('Het exportformaat heeft geen geldige "format_version".')
    if not -1000 <= version <= 1000:
        raise ExchangeError(f"Onbekende versie van het exportformaat: {_shown(version)}.")
    if version > FORMAT_VERSION:
        raise ExchangeError(
            f"Exportformaat versie {version} is nieuwer dan deze SupportDesk kent "
            f"({FORMAT_VERSION}); gebruik een nieuwere SupportDesk."
        )
    if version < 1:
        raise ExchangeError(f"Onbekende versie van het exportformaat: {version}.")
    extra = set(doc) - {"format", "format_version", "schema_revision", "tables"}
    if extra:
        raise ExchangeError(f"Onbekend veld in het document: {_shown(sorted(extra)[0])}.")
    revision = doc.get("schema_revision")
    if revision is not None and (
        not isinstance(revision, str) or revision not in known_revisions()
    ):
        raise ExchangeError(
            f"Schemaversie {_shown(revision)} van het document is onbekend; "
            "het komt van een nieuwere SupportDesk."
        )
    tables = doc.get("tables")
    if not isinstance(tables, dict):
        raise ExchangeError('Het document mist "tables" (een object met een lijst per tabel).')
    specs = table_specs()
    for name in tables:
        if name not in specs:
            raise ExchangeError(f"Onbekende tabel in het document: {_shown(name)}.")
    missing = [
        name
        for name in REFERENCE_TABLES
        if name in specs
        and name not in tables
        and not (name in PLAN_REFERENCE_TABLES and _before_plan(tables))
    ]
    if missing:
        # Import replaces the reference rows by the document's: without them, it would
        # delete every municipality, theme and tool there is.
        raise ExchangeError(
            f"Tabel {missing[0]} ontbreekt in het document; een export bevat altijd de "
            "referentiegegevens (lokale besturen, thema's, tools, doelstellingen)."
        )
    if not tables.get("local_government"):
        raise ExchangeError(
            "Tabel local_government van het document is leeg; importeren zou alle lokale "
            "besturen verwijderen."
        )
    tables = _old_tools(tables)
    checked: dict[str, list[dict[str, Any]]] = {}
    for name, spec in specs.items():
        rows = tables.get(name, [])
        if not isinstance(rows, list):
            raise ExchangeError(f"Tabel {name}: geen lijst van rijen.")
        checked[name] = [_check_row(spec, i, row) for i, row in enumerate(rows, start=1)]
    _focus_group_status(tables.get("focus_group", []), checked["focus_group"])
    _check_unique(checked)
    _check_references(checked)
    return checked


def _before_plan(tables: dict[str, Any]) -> bool:
    """A document from before migration 0012: no activity kinds nor plan items. It
    imports as that migration upgrades: the seeded plan for 2025 and its target years,
    the targets it has kept as they are."""
    return not any(name in tables for name in PLAN_REFERENCE_TABLES)


def _shown(value: Any, limit: int = 60) -> str:
    """``value`` for a one-line message: short, printable, whatever the document holds
    (a lone surrogate, a megabyte of text, nesting Python's repr cannot follow)."""
    if isinstance(value, (list, dict)):
        return "een lijst" if isinstance(value, list) else "een object"
    if isinstance(value, int) and not isinstance(value, bool) and abs(value) >= 10**limit:
        return f"een getal van meer dan {limit} cijfers"
    text = repr(value)  # escapes surrogates, control characters and line breaks
    return text if len(text) <= limit else f"{text[: limit - 1]}…"


def _focus_group_status(raw: list[Any], rows: list[dict[str, Any]]) -> None:
    """A document from before migration 0006 has no focus-group status: as that
    migration does, one dated today or earlier was held, a later one is planned."""
    today = date.today()
    for given, row in zip(raw, rows, strict=True):
        if "status" not in given:
            row["status"] = (
                FocusGroupStatus.HELD if row["date"] <= today else FocusGroupStatus.PLANNED
            )


def _old_tools(tables: dict[str, Any]) -> dict[str, Any]:
    """A document from before migration 0011 has tools with a ``planned`` flag and their
    kind in free text: as that migration does, the flag becomes the status, the text
    stays as ``kind_detail`` and the kind becomes its code."""
    rows = tables.get("tool")
    if not isinstance(rows, list):
        return tables
    upgraded: list[Any] = []
    for row in rows:
        if isinstance(row, dict) and "planned" in row and "status" not in row:
            row = dict(row)
            planned = row.pop("planned")
            kind = row.get("kind")
            text = kind if isinstance(kind, str) else ""
            row["status"] = ToolStatus.IN_DEVELOPMENT if planned is True else ToolStatus.AVAILABLE
            row.setdefault("kind_detail", text)
            row["kind"] = tool_kind_of_text(text).value
        upgraded.append(row)
    return {**tables, "tool": upgraded}


def _where(spec: TableSpec, index: int, row: Any) -> str:
    pid = row.get("public_id") if isinstance(row, dict) else None
    shown = f" ({_shown(pid)[1:-1]})" if isinstance(pid, str) else ""
    return f"Tabel {spec.name}, rij {index}{shown}"


def _check_row(spec: TableSpec, index: int, row: Any) -> dict[str, Any]:
    if not isinstance(row, dict):
        raise ExchangeError(f"{_where(spec, index, row)}: geen JSON-object.")
    cols = spec.by_name
    for key in row:
        if key not in cols:
            raise ExchangeError(f"{_where(spec, index, row)}: onbekende kolom {_shown(key)}.")
    result: dict[str, Any] = {}
    for c in spec.columns:
        if c.name not in row:
            if c.has_default or c.nullable:
                result[c.name] = c.default
                continue
            raise ExchangeError(f"{_where(spec, index, row)}: kolom {c.name!r} ontbreekt.")
        value = row[c.name]
        if value is None:
            if not c.nullable:
                raise ExchangeError(f"{_where(spec, index, row)}: {c.name} mag niet leeg zijn.")
            result[c.name] = None
            continue
        result[c.name] = _check_value(spec, index, row, c, value)
    return result


def _check_value(
    spec: TableSpec, index: int, row: dict[str, Any], column: ColumnSpec, value: Any
) -> Any:
    name, kind, max_length = column.name, column.kind, column.max_length

    def bad(expected: str) -> ExchangeError:
        return ExchangeError(
            f"{_where(spec, index, row)}: {name} moet {expected} zijn, niet {_shown(value)}."
        )

    if kind == "bool":
        if not isinstance(value, bool):
            raise bad("true of false")
        return value
    if kind == "int":
        if not isinstance(value, int) or isinstance(value, bool):
            raise bad("een geheel getal")
        low, high = column.minimum, column.maximum
        if (low is not None and value < low) or (high is not None and value > high):
            raise bad(f"een geheel getal van {low} tot {high}")
        return value
    if not isinstance(value, str):
        raise bad("tekst" if kind in ("str", "fk", "bytes") else "een datum in tekst (JJJJ-MM-DD)")
    if kind == "date":
        try:
            day = date.fromisoformat(value)
        except ValueError:
            raise bad("een datum (JJJJ-MM-DD)") from None
        if to_json_value(kind, day) != value:  # 2025-W01-1, 20250101: not as export writes
            raise bad("een datum (JJJJ-MM-DD)")
        return day
    if kind == "datetime":
        try:
            moment = datetime.fromisoformat(value)
        except ValueError:
            raise bad("een tijdstip (JJJJ-MM-DDTuu:mm:ss)") from None
        # Stored without time zone: "+02:00" would be dropped, "12:00:00.000" shortened.
        if moment.tzinfo is not None or to_json_value(kind, moment) != value:
            raise bad(
                "een tijdstip zonder tijdzone, zoals export het schrijft (JJJJ-MM-DDTuu:mm:ss)"
            )
        return moment
    if kind == "bytes":
        try:
            content = base64.b64decode(value.encode("ascii"), validate=True)
        except (ValueError, UnicodeEncodeError):
            raise bad("base64-tekst") from None
        if to_json_value(kind, content) != value:
            raise bad("base64-tekst")
        return content
    if kind == "str" and max_length is not None and len(value) > max_length:
        raise ExchangeError(
            f"{_where(spec, index, row)}: {name} is langer dan {max_length} tekens."
        )
    try:
        clean_text(value, name)  # the services' rule: no NUL, no lone surrogate
    except ValidationError as exc:
        raise ExchangeError(f"{_where(spec, index, row)}: {name}: {exc.errors[name]}") from None
    if name == "public_id" and not value:
        raise bad("een niet-lege id")
    return value


def _check_unique(checked: dict[str, list[dict[str, Any]]]) -> None:
    specs = table_specs()
    for name, rows in checked.items():
        for cols in specs[name].unique_sets():
            seen: set[tuple[Any, ...]] = set()
            for i, row in enumerate(rows, start=1):
                key = tuple(row[c] for c in cols)
                if any(v is None for v in key):
                    continue  # SQL lets NULLs repeat in a unique constraint
                if key in seen:
                    shown = ", ".join(f"{c}={_shown(row[c])}" for c in cols)
                    raise ExchangeError(f"Tabel {name}, rij {i}: dubbel ({shown}).")
                seen.add(key)


def _check_references(checked: dict[str, list[dict[str, Any]]]) -> None:
    specs = table_specs()
    ids = {
        n: {r["public_id"] for r in rows} for n, rows in checked.items() if specs[n].has_public_id
    }
    for name, rows in checked.items():
        fks = [c for c in specs[name].columns if c.kind == "fk"]
        for i, row in enumerate(rows, start=1):
            for c in fks:
                value = row[c.name]
                if value is not None and value not in ids[c.target or ""]:
                    raise ExchangeError(
                        f"Tabel {name}, rij {i}: {c.name} verwijst naar {_shown(value)}, "
                        f"dat niet in tabel {c.target} van het document staat."
                    )


# -- import: writing ---------------------------------------------------------------------


def import_document(db: Database, doc: dict[str, Any]) -> ImportSummary:
    """Load the document into ``db``, which must hold no user records; one transaction.

    Raises ExchangeError (bad document) or NotEmptyError; in both cases nothing changed.
    """
    checked = check_document(doc)
    wrong_field = first_field_violation(checked)  # the services' field rules, before writing
    if wrong_field is not None:
        raise _refused(wrong_field)
    specs = table_specs()
    try:
        with storage_errors(), db.write() as session:
            conn = session.connection()
            refuse_unless_empty(conn, "importeren kan enkel in een lege databank.")
            _clear_reference(conn)
            next_id = max_ids(conn, (s.table for s in specs.values()))
            new_ids: dict[str, dict[str, int]] = defaultdict(dict)
            for name, spec in specs.items():
                rows = checked[name]
                if not rows:
                    continue
                fks = [(c.name, new_ids[c.target or ""]) for c in spec.columns if c.kind == "fk"]
                out: list[dict[str, Any]] = []
                for row in rows:
                    values = dict(row)
                    for col, mapping in fks:
                        if values[col] is not None:
                            values[col] = mapping[values[col]]
                    if spec.has_own_id:
                        next_id[name] = next_id.get(name, 0) + 1
                        values["id"] = next_id[name]
                        if spec.has_public_id:
                            new_ids[name][row["public_id"]] = values["id"]
                    out.append(values)
                insert_rows(conn, spec.table, out)
            reset_sequences(conn, (s.table for s in specs.values()))
            if _before_plan(doc["tables"]):
                seed_plan(conn)  # as migration 0012 does for the document's years
            violation = first_violation(conn)  # the rules of ``check``, before commit
            if violation is not None:
                raise _refused(violation)
            for bad_file in file_problems(conn):  # and check's attachment bytes
                raise _refused(
                    Violation(
                        FILE_MESSAGES[bad_file.reason],
                        "attachment_content",
                        bad_file.record,
                        "content",
                    )
                )
    except DomainError as exc:
        if isinstance(exc.__cause__, IntegrityError):
            raise ExchangeError(
                "De databank weigerde de gegevens van het document "
                f"({_first_line(exc.__cause__)}); er is niets geïmporteerd."
            ) from exc
        raise
    _reindex(db)
    return ImportSummary({n: len(r) for n, r in checked.items() if r})


def _refused(violation: Violation) -> ExchangeError:
    message = violation.message.rstrip(".")
    return ExchangeError(
        f"Tabel {violation.table}, record {_shown(violation.record)[1:-1]}, "
        f"veld {violation.column}: {message}; er is niets geïmporteerd."
    )


def _first_line(exc: IntegrityError) -> str:
    return str(exc.orig).splitlines()[0] if exc.orig else "integriteitsfout"


def _clear_reference(conn: Connection) -> None:
    """Remove the reference rows (the document brings its own) and the derived index."""
    from db.models import Base

    conn.execute(delete(Base.metadata.tables["search_document"]))
    specs = table_specs()
    for name in reversed([n for n in specs if n in REFERENCE_TABLES]):
        conn.execute(delete(specs[name].table))


def _reindex(db: Database) -> None:
    """Rebuild the search index: Core inserts bypass the index's flush listener."""
    from supportdesk.search import reindex_all

    reindex_all(db)


__all__ = [
    "ExchangeError",
    "ImportSummary",
    "NotEmptyError",
    "check_document",
    "dump_document",
    "export_document",
    "export_json",
    "import_document",
    "parse_document",
]
