"""The contacts area's Core tables (temporary: taken from the ORM models)."""

from db.models.contacts import ContactPerson

contact_person = ContactPerson.__table__

__all__ = ["contact_person"]
