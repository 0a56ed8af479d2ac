"""Writing the chosen rows of a preview, all in one transaction.

Each row's decision: ``create`` (a new person; for a possible duplicate this is "keep
both"), ``merge`` (update the existing person the row matched with the row's filled-in
fields; empty cells change nothing) or ``skip``. Every row is checked again inside the
transaction; one that fails (a value no longer valid, a person someone changed or
removed since the preview) stops the import and nothing of it is stored.
"""

from __future__ import annotations

from collections.abc import Mapping as MappingType
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

from sqlalchemy import select

from db.metadata import new_public_id
from db.models import ContactPerson, LocalGovernment
from db.session import Database
from supportdesk.contacts_import.plan import Outcome, RowPlan
from supportdesk.errors import ConflictError, DomainError, NotFoundError, ValidationError
from supportdesk.services._base import check_version, get_record, touch, write
from supportdesk.services.contacts import ContactInput, fill_contact

FLUSH_EVERY = 500


class Decision(StrEnum):
    CREATE = "create"
    MERGE = "merge"
    SKIP = "skip"


class ImportRowError(DomainError):
    """A row failed while writing; the whole import was rolled back."""

    def __init__(self, row_number: int, message: str) -> None:
        super().__init__(f"Rij {row_number}: {message} Er is niets geïmporteerd.")
        self.row_number = row_number


@dataclass(frozen=True)
class ImportResult:
    created: int
    updated: int
    skipped: int
    contact_ids: tuple[str, ...]  # the people created or updated, in row order


def default_decision(plan: RowPlan) -> Decision:
    """What a row does unless the person chooses otherwise (a possible duplicate: skip)."""
    if plan.outcome == Outcome.NEW:
        return Decision.CREATE
    if plan.outcome == Outcome.UPDATE:
        return Decision.MERGE
    return Decision.SKIP


def allowed_decisions(plan: RowPlan) -> tuple[Decision, ...]:
    if plan.outcome == Outcome.ERROR:
        return (Decision.SKIP,)
    if plan.outcome == Outcome.NEW:
        return (Decision.CREATE, Decision.SKIP)
    return (Decision.MERGE, Decision.CREATE, Decision.SKIP)


def import_contacts(
    db: Database,
    plans: Sequence[RowPlan],
    decisions: MappingType[int, Decision] | None = None,
    merge_into: MappingType[int, str] | None = None,
) -> ImportResult:
    """Write the rows of ``plans`` as decided (by row number; default: ``default_decision``).

    ``merge_into`` may name, per row, which of its candidates a merge updates (default:
    the first, the best match).
    """
    decisions = decisions or {}
    merge_into = merge_into or {}
    created = updated = skipped = 0
    ids: list[str] = []
    with write(db) as session, session.no_autoflush:
        used = {p.values.government_id for p in plans if p.values.government_id}
        governments = {
            g.public_id: g
            for g in session.scalars(
                select(LocalGovernment).where(LocalGovernment.public_id.in_(used))
            )
        }
        for plan in plans:
            decision = decisions.get(plan.row_number, default_decision(plan))
            if decision not in allowed_decisions(plan):
                raise ImportRowError(plan.row_number, f"“{decision}” kan niet voor deze rij.")
            if decision == Decision.SKIP:
                skipped += 1
                continue
            v = plan.values
            try:
                if decision == Decision.CREATE:
                    c = ContactPerson(active=True, public_id=new_public_id())
                    data = ContactInput(
                        v.government_id, v.last_name, v.first_name, v.role, v.email, v.phone
                    )
                    fill_contact(session, c, data, governments.get(v.government_id))
                    session.add(c)
                    created += 1
                else:
                    wanted = merge_into.get(plan.row_number) or (
                        plan.target.id if plan.target else ""
                    )
                    candidate = next((k for k in plan.candidates if k.id == wanted), None)
                    if candidate is None:
                        raise ValidationError.single("contact", "Kies met wie samenvoegen.")
                    c = get_record(session, ContactPerson, candidate.id)
                    check_version(c, candidate.version)
                    data = ContactInput(
                        c.local_government.public_id,
                        v.last_name or c.last_name,
                        v.first_name or c.first_name,
                        v.role or c.role,
                        v.email or c.email,
                        v.phone or c.phone,
                        c.notes,
                    )
                    fill_contact(session, c, data)
                    touch(c)
                    updated += 1
                if (created + updated) % FLUSH_EVERY == 0:
                    session.flush()  # in batches: the change log and search index per flush
            except ValidationError as exc:
                raise ImportRowError(plan.row_number, " ".join(exc.errors.values())) from exc
            except ConflictError as exc:
                raise ImportRowError(
                    plan.row_number,
                    "iemand heeft deze contactpersoon intussen gewijzigd; "
                    "maak het voorbeeld opnieuw.",
                ) from exc
            except NotFoundError as exc:
                raise ImportRowError(
                    plan.row_number, "de contactpersoon bestaat intussen niet meer."
                ) from exc
            ids.append(c.public_id)
    return ImportResult(created, updated, skipped, tuple(ids))
