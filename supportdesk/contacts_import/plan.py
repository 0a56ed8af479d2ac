"""The preview: what importing each row would do, decided without writing anything.

Per data row one ``RowPlan``:

- ``new``: no one like this person yet;
- ``update``: the same e-mail address at the same government with a similar name: the
  row's filled-in fields would update that person (``changes``);
- ``unchanged``: that person already has exactly these values;
- ``duplicate``: possibly someone already there: the same e-mail address with another
  name or at another government, or a similar name (rapidfuzz, ``SIMILAR`` or more) at
  the same government; the person chooses to merge, keep both or skip;
- ``error``: the row cannot be imported, with the reason (a missing name, an e-mail
  address that is not one, a municipality that is not known, a repeat of an earlier row).

Municipalities are found by name, NIS code or former name ("Borsbeek" is Antwerpen's
since 2025), case and accents ignored, "Stad"/"Gemeente"/"OCMW" before the name allowed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from enum import StrEnum

from rapidfuzz import fuzz, process
from sqlalchemy import select

from db.models import ContactPerson, LocalGovernment, LocalGovernmentAlias
from db.session import Database
from supportdesk.contacts_import.mapping import FIELDS, Mapping
from supportdesk.contacts_import.reading import Sheet
from supportdesk.field_rules import rule
from supportdesk.search.folding import fold_words
from supportdesk.validation import Checker

SIMILAR = 85  # rapidfuzz token-sort ratio (0-100) from which two names may be one person
_PREFIX = re.compile(r"^(?:stad|gemeente|ocmw|lokaal bestuur|city of|ville de|commune de)\s+")


class Outcome(StrEnum):
    NEW = "new"
    UPDATE = "update"
    UNCHANGED = "unchanged"
    DUPLICATE = "duplicate"
    ERROR = "error"


@dataclass(frozen=True)
class RowValues:
    last_name: str = ""
    first_name: str = ""
    role: str = ""
    email: str = ""
    phone: str = ""
    government_text: str = ""
    government_id: str = ""
    government_name: str = ""

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()


@dataclass(frozen=True)
class Candidate:
    """An existing contact person a row may be."""

    id: str
    version: int
    full_name: str
    government_name: str
    email: str
    score: int  # name similarity, 0-100


@dataclass(frozen=True)
class RowPlan:
    row_number: int  # as the spreadsheet numbers it (1 is the first row)
    values: RowValues
    outcome: Outcome
    reason: str = ""
    candidates: tuple[Candidate, ...] = ()
    changes: dict[str, tuple[str, str]] = field(default_factory=dict)
    #: what a duplicate or an update was found by: "email" or "name" (the interface
    #: words ``reason`` from it in its own language; ``reason`` is the Dutch wording)
    match: str = ""

    @property
    def target(self) -> Candidate | None:
        return self.candidates[0] if self.candidates else None


@dataclass(frozen=True)
class _Gov:
    pk: int
    public_id: str
    name: str


class GovernmentFinder:
    """Finds a government by name, NIS code or former name; built once per preview."""

    def __init__(self, db: Database) -> None:
        with db.read() as session:
            govs = session.execute(
                select(
                    LocalGovernment.id,
                    LocalGovernment.public_id,
                    LocalGovernment.name,
                    LocalGovernment.nis_code,
                ).where(LocalGovernment.archived.is_(False))
            ).all()
            aliases = session.execute(
                select(
                    LocalGovernmentAlias.local_government_id,
                    LocalGovernmentAlias.name,
                    LocalGovernmentAlias.nis_code,
                )
            ).all()
        self.by_pk = {g.id: _Gov(g.id, g.public_id, g.name) for g in govs}
        self.by_name: dict[str, set[int]] = {}
        self.by_nis: dict[str, int] = {}
        self.former: dict[str, set[int]] = {}
        for g in govs:
            self.by_name.setdefault(fold_words(g.name), set()).add(g.id)
            if g.nis_code:
                self.by_nis[g.nis_code] = g.id
        for lg_pk, name, nis in aliases:
            if lg_pk in self.by_pk:
                self.former.setdefault(fold_words(name), set()).add(lg_pk)
                if nis and nis not in self.by_nis:
                    self.by_nis[nis] = lg_pk
        self.choices = {**{k: k for k in self.by_name}, **{k: k for k in self.former}}

    def find(self, text: str) -> tuple[_Gov | None, str]:
        """The government, or None and the reason (Dutch)."""
        typed = text.strip()
        if not typed:
            return None, "Het lokaal bestuur ontbreekt."
        if typed.isdigit():
            pk = self.by_nis.get(typed.zfill(5))
            if pk is None:
                return None, f"Onbekende NIS-code “{typed}”."
            return self.by_pk[pk], ""
        key = _PREFIX.sub("", fold_words(typed))
        for table in (self.by_name, self.former):
            found = table.get(key, set())
            if len(found) == 1:
                return self.by_pk[next(iter(found))], ""
            if len(found) > 1:
                names = sorted(self.by_pk[pk].name for pk in found)
                return None, f"“{typed}” kan meerdere besturen zijn: {', '.join(names)}."
        best = process.extractOne(key, self.choices, scorer=fuzz.ratio, score_cutoff=80)
        hint = ""
        if best is not None:
            pks = self.by_name.get(best[0]) or self.former.get(best[0]) or set()
            if len(pks) == 1:
                hint = f" Bedoelt u {self.by_pk[next(iter(pks))].name}?"
        return None, f"Onbekend lokaal bestuur “{typed}”.{hint}"


@dataclass(frozen=True)
class _Existing:
    id: str
    version: int
    government_pk: int
    government_name: str
    first_name: str
    last_name: str
    role: str
    email: str
    phone: str

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()


def _existing(db: Database) -> list[_Existing]:
    with db.read() as session:
        rows = session.execute(
            select(
                ContactPerson.public_id,
                ContactPerson.version,
                ContactPerson.local_government_id,
                LocalGovernment.name,
                ContactPerson.first_name,
                ContactPerson.last_name,
                ContactPerson.role,
                ContactPerson.email,
                ContactPerson.phone,
            ).join(LocalGovernment, LocalGovernment.id == ContactPerson.local_government_id)
        ).all()
    return [_Existing(*r) for r in rows]


def _similarity(a: str, b: str) -> int:
    return round(fuzz.token_sort_ratio(fold_words(a), fold_words(b)))


def _cell(row: tuple[str, ...], mapping: Mapping, name: str) -> str:
    col = mapping.columns.get(name)
    return row[col].strip() if col is not None and col < len(row) else ""


def _candidate(e: _Existing, score: int) -> Candidate:
    return Candidate(e.id, e.version, e.full_name, e.government_name, e.email, score)


def _changes(e: _Existing, v: RowValues) -> dict[str, tuple[str, str]]:
    out: dict[str, tuple[str, str]] = {}
    for name in ("last_name", "first_name", "role", "email", "phone"):
        new = getattr(v, name)
        old = getattr(e, name)
        if new and new != old:
            out[name] = (old, new)
    return out


def plan_import(db: Database, sheet: Sheet, mapping: Mapping) -> list[RowPlan]:
    """What importing each data row below the header would do (nothing is written)."""
    finder = GovernmentFinder(db)
    existing = _existing(db)
    by_email: dict[str, list[_Existing]] = {}
    by_gov: dict[int, list[_Existing]] = {}
    for e in existing:
        if e.email.strip():
            by_email.setdefault(e.email.strip().lower(), []).append(e)
        by_gov.setdefault(e.government_pk, []).append(e)
    seen_email: dict[str, int] = {}
    seen_name: dict[tuple[str, str], int] = {}
    plans: list[RowPlan] = []
    for index in range(mapping.header_row + 1, len(sheet.rows)):
        row = sheet.rows[index]
        number = index + 1
        if not any(c.strip() for c in row):
            continue
        cells = {name: _cell(row, mapping, name) for name in FIELDS}
        for col in mapping.government_fallbacks:  # e.g. the NIS code beside "Gemeente"
            if cells["government"] or col == mapping.columns.get("government"):
                continue
            cells["government"] = row[col].strip() if col < len(row) else ""
        chk = Checker()  # the contact service's own field rules, so they cannot drift
        last, first, role, email, phone = (
            rule("contact_person", name).apply(chk, cells[name])
            for name in ("last_name", "first_name", "role", "email", "phone")
        )
        gov, gov_problem = finder.find(cells["government"])
        values = RowValues(
            last,
            first,
            role,
            email,
            phone,
            cells["government"],
            gov.public_id if gov else "",
            gov.name if gov else "",
        )
        problems = list(chk.errors.values()) + ([gov_problem] if gov_problem else [])
        if problems:
            plans.append(RowPlan(number, values, Outcome.ERROR, " ".join(problems)))
            continue
        assert gov is not None
        key_email = email.lower()
        key_name = (fold_words(values.full_name), gov.public_id)
        if key_email and key_email in seen_email:
            reason = f"Zelfde e-mailadres als rij {seen_email[key_email]}."
            plans.append(RowPlan(number, values, Outcome.ERROR, reason))
            continue
        if key_name in seen_name:
            reason = f"Zelfde naam bij hetzelfde bestuur als rij {seen_name[key_name]}."
            plans.append(RowPlan(number, values, Outcome.ERROR, reason))
            continue
        if key_email:
            seen_email[key_email] = number
        seen_name[key_name] = number
        plans.append(_decide(number, values, gov, by_email, by_gov))
    return plans


def _decide(
    number: int,
    values: RowValues,
    gov: _Gov,
    by_email: dict[str, list[_Existing]],
    by_gov: dict[int, list[_Existing]],
) -> RowPlan:
    same_mail = by_email.get(values.email.lower(), []) if values.email else []
    if same_mail:
        scored = sorted(
            ((_similarity(values.full_name, e.full_name), e) for e in same_mail),
            key=lambda se: (se[1].government_pk != gov.pk, -se[0]),
        )
        score, best = scored[0]
        if len(same_mail) == 1 and best.government_pk == gov.pk and score >= SIMILAR:
            changes = _changes(best, values)
            outcome = Outcome.UPDATE if changes else Outcome.UNCHANGED
            reason = (
                f"Bestaat al: {best.full_name}; wordt bijgewerkt."
                if changes
                else f"Bestaat al: {best.full_name}, met dezelfde gegevens."
            )
            return RowPlan(
                number, values, outcome, reason, (_candidate(best, score),), changes, "email"
            )
        where = "" if best.government_pk == gov.pk else f" bij {best.government_name}"
        return RowPlan(
            number,
            values,
            Outcome.DUPLICATE,
            f"Zelfde e-mailadres als {best.full_name}{where}.",
            tuple(_candidate(e, s) for s, e in scored),
            _changes(best, values),
            "email",
        )
    similar = sorted(
        (
            (s, e)
            for e in by_gov.get(gov.pk, [])
            if (s := _similarity(values.full_name, e.full_name)) >= SIMILAR
        ),
        key=lambda se: -se[0],
    )
    if similar:
        score, best = similar[0]
        return RowPlan(
            number,
            values,
            Outcome.DUPLICATE,
            f"Lijkt op {best.full_name} bij {best.government_name} ({score} %).",
            tuple(_candidate(e, s) for s, e in similar),
            _changes(best, values),
            "name",
        )
    return RowPlan(number, values, Outcome.NEW, "Nieuwe contactpersoon.")
