"""Who was invited to an event (a focus group, an activity), and whether they came
(the tables: ``db.tables.participant``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy.orm import Mapped, declared_attr, relationship

if TYPE_CHECKING:
    from db.models.contacts import ContactPerson
    from db.models.local_government import LocalGovernment


class ParticipantMixin:
    """A local government, or one of its contact persons, at an event, and an
    ``Attendance`` code; a subclass maps its ``participant_table`` and adds the event."""

    local_government_id: Mapped[int]
    contact_person_id: Mapped[int | None]
    attendance: Mapped[str]

    @declared_attr
    def local_government(cls) -> Mapped[LocalGovernment]:
        return relationship()

    @declared_attr
    def contact_person(cls) -> Mapped[ContactPerson | None]:
        return relationship()
