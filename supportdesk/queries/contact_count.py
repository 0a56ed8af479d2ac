"""How many contact persons a government has, without reading them."""

from __future__ import annotations

from sqlalchemy import func, select

from db.models import ContactPerson, LocalGovernment
from db.session import Database


def count_contacts(db: Database, local_government_id: str) -> int:
    """How many contact persons a government (public id) has, active or not: the number
    its contacts tab says before the tab is opened and its lists are filled."""
    stmt = (
        select(func.count(ContactPerson.id))
        .join(LocalGovernment, LocalGovernment.id == ContactPerson.local_government_id)
        .where(LocalGovernment.public_id == local_government_id)
    )
    with db.read() as session:
        return int(session.scalar(stmt) or 0)
