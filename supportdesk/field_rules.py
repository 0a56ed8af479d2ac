"""Which stored field the services check how: one table, read by services, import and check.

Each service checks its input with a ``validation.Checker`` before it writes: a name is
a required line of at most 200 characters, an e-mail address looks like one, a NIS code
is five digits, a duration is at least 0, a score lies from 1 to 5, a text holds at most
100,000 characters. ``FIELD_RULES`` says, per stored column, which Checker method (and
which label and limits) applies; the Checker methods stay the one implementation of
each rule. Import applies the table to every row of a document, ``check`` to every row
of a database, and the services read their limits from it (``rule(...).apply``), so the
three cannot drift apart.

Not here, because another place owns them: allowed codes (channel, status, kind, ...)
and date order are rules of ``integrity.RULES``; types (dates, flags, whole numbers)
and column lengths are the schema's and the export format's. The change log
(``change_log.changes``) has no text cap: it records whole before/after values and may
legitimately be longer than one field.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from functools import cached_property
from typing import Any

from sqlalchemy import Connection, Table, select

from supportdesk.validation import Checker


@dataclass(frozen=True)
class FieldRule:
    """Column ``column`` of ``table`` is checked with ``Checker.<check>``.

    ``label`` is the Checker's label argument (in the message, "De duur mag niet ...");
    ``options`` its keyword arguments (``max_len``, ``minimum``, ``maximum``, ``required``).
    """

    table: str
    column: str
    check: str
    label: str | None = None
    options: tuple[tuple[str, Any], ...] = ()

    def apply(self, chk: Checker, value: Any, field: str | None = None) -> Any:
        """Run the rule on ``value`` as the service does, recording into ``chk`` under
        ``field`` (the column's name unless given); returns what the Checker returns."""
        method, args, kwargs = self._call
        return method(chk, field or self.column, value, *args, **kwargs)

    def problem(self, value: Any) -> str | None:
        """The Checker's message for ``value``, or None when it passes."""
        chk = Checker()
        self.apply(chk, value)
        return chk.errors.get(self.column)

    @cached_property
    def _call(self) -> tuple[Callable[..., Any], tuple[Any, ...], dict[str, Any]]:
        """The Checker method, label and keyword arguments, looked up once (``check``
        runs a rule on every stored row)."""
        label = () if self.label is None else (self.label,)
        return getattr(Checker, self.check), label, dict(self.options)


def _r(table: str, column: str, check: str, label: str | None = None, **options: Any) -> FieldRule:
    return FieldRule(table, column, check, label, tuple(sorted(options.items())))


PLAN_FIELD_RULES: tuple[FieldRule, ...] = (
    _r("activity_kind", "name", "required_line", "De naam", max_len=200),
    _r("activity_kind", "plan_code", "line", max_len=20),
    _r("activity_kind", "description", "text"),
    _r("activity", "topic", "required_line", "Het onderwerp", max_len=300),
    _r("activity", "place", "line", max_len=300),
    _r("activity", "description", "text"),
    _r("activity", "lead_partner", "line", max_len=200),
    _r("activity", "recording_url", "line", max_len=500),
    _r("activity", "duration_minutes", "integer", "De duur", minimum=0, maximum=100_000),
    _r(
        "activity",
        "participant_count",
        "integer",
        "Het aantal deelnemers",
        minimum=0,
        maximum=1_000_000,
    ),
    _r(
        "activity",
        "feedback_responses",
        "integer",
        "Het aantal antwoorden",
        minimum=0,
        maximum=1_000_000,
    ),
    _r("activity", "feedback_text", "text"),
    _r("activity", "notes", "text"),
    _r("publication", "title", "required_line", "De titel", max_len=300),
    _r("publication", "link", "line", max_len=500),
    _r("publication", "medium", "line", max_len=200),
    _r("publication", "items", "text"),
    _r("publication", "notes", "text"),
    _r("network_membership", "notes", "text"),
    _r("plan_item", "code", "required_line", "De code", max_len=20),
    _r("plan_item", "text", "required_line", "De tekst", max_len=500),
    _r("plan_item", "note", "text"),
    _r("plan_item", "report_text", "text"),
)


FIELD_RULES: tuple[FieldRule, ...] = (
    # local_governments.py
    _r("local_government", "name", "required_line", "De naam", max_len=200),
    _r("local_government", "nis_code", "nis_code"),
    _r("local_government", "province", "line", max_len=50),
    _r("local_government", "arrondissement", "line", max_len=50),
    _r("local_government", "email", "email"),
    _r("local_government", "phone", "line", max_len=50),
    _r("local_government", "notes", "text"),
    # contacts.py
    _r("contact_person", "last_name", "required_line", "De familienaam", max_len=100),
    _r("contact_person", "first_name", "line", max_len=100),
    _r("contact_person", "role", "line", max_len=200),
    _r("contact_person", "email", "email"),
    _r("contact_person", "phone", "line", max_len=50),
    _r("contact_person", "notes", "text"),
    # team.py
    _r("team_member", "name", "required_line", "De naam", max_len=200),
    _r("team_member", "email", "email"),
    _r("theme", "name", "required_line", "De naam", max_len=200),
    _r("theme", "description", "text"),
    _r("tool", "name", "required_line", "De naam", max_len=300),
    _r("tool", "kind_detail", "line", max_len=100),
    _r("tool", "owner", "line", max_len=200),
    _r("tool", "link", "line", max_len=500),
    _r("tool", "description", "text"),
    # targets.py
    _r("target", "year", "integer", "Het jaar", minimum=2000, maximum=2100, required=True),
    _r(
        "target", "value", "integer", "De doelstelling", minimum=0, maximum=1_000_000, required=True
    ),
    # advice.py
    _r("advice_talk", "duration_minutes", "integer", "De duur", minimum=0, maximum=100_000),
    _r("advice_talk", "question", "required_text", "De vraag"),
    _r("advice_talk", "advice", "text"),
    _r("advice_talk", "notes", "text"),
    _r("advice_talk", "info_session_note", "text"),
    _r("advice_talk", "policy_dossier_note", "text"),
    _r("advice_talk", "signal_note", "text"),
    # follow_ups.py
    _r("follow_up_action", "description", "required_text", "De omschrijving"),
    _r("follow_up_action", "notes", "text"),
    # trajectories.py
    _r("trajectory", "title", "line", max_len=300),
    _r("trajectory", "needs", "text"),
    _r("trajectory", "goals", "text"),
    _r("trajectory", "approach", "text"),
    _r("trajectory", "partner_involvement", "text"),
    _r("trajectory", "notes", "text"),
    # contact_moments.py
    _r("contact_moment", "notes", "text"),
    # focus_groups.py
    _r("focus_group", "topic", "required_line", "Het onderwerp", max_len=300),
    _r("focus_group", "place", "line", max_len=300),
    _r("focus_group", "new_tool_needs", "text"),
    _r("focus_group", "notes", "text"),
    _r("tool_finding", "findings", "text"),
    # feedback.py
    _r("feedback", "score", "score"),
    _r("feedback", "text", "text"),
    # activities.py, publications.py, network.py, plan.py (the action plan, issue 14)
    *PLAN_FIELD_RULES,
)

_BY_KEY = {(r.table, r.column): r for r in FIELD_RULES}


def rule(table: str, column: str) -> FieldRule:
    """The rule for ``table.column`` (KeyError when the column has none)."""
    return _BY_KEY[(table, column)]


def rules_of(table: str) -> tuple[FieldRule, ...]:
    return tuple(r for r in FIELD_RULES if r.table == table)


def one_line(message: str, limit: int = 200) -> str:
    """A Checker message fit for one line of output: it may quote a value holding a line
    break or control characters (an e-mail address), and that value may be long."""
    text = "".join(ch if ch.isprintable() else repr(ch)[1:-1] for ch in message)
    return text if len(text) <= limit else f"{text[: limit - 1]}…"


@dataclass(frozen=True)
class FieldProblem:
    """A row whose field breaks its rule."""

    rule: FieldRule
    record: str  # the row's public id
    message: str  # the Checker's message, on one line


def row_problems(table: str, rows: Iterable[Mapping[Any, Any]]) -> Iterator[FieldProblem]:
    """Every rule of ``table`` broken by one of ``rows`` (column name -> stored value)."""
    rules = rules_of(table)
    for row in rows:
        chk = Checker()  # one per row: each rule of a table has its own column
        for r in rules:
            r.apply(chk, row[r.column])
        if chk.errors:
            for r in rules:
                if r.column in chk.errors:
                    message = one_line(chk.errors[r.column])
                    yield FieldProblem(r, str(row.get("public_id") or ""), message)


def scan(conn: Connection, tables: Mapping[str, Table]) -> Iterator[FieldProblem]:
    """Every field rule broken by a stored row, table by table (``check`` reports them).

    Reads only the columns that have a rule, in batches, so a large database does not
    sit in memory at once.
    """
    for name in dict.fromkeys(r.table for r in FIELD_RULES):
        table = tables[name]
        columns = [table.c.public_id, *(table.c[r.column] for r in rules_of(name))]
        result = conn.execute(select(*columns).order_by(table.c.id)).mappings()
        for batch in result.partitions(2000):
            yield from row_problems(name, batch)
