"""Who was invited to an event (a focus group, an activity), and whether they came."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from sqlalchemy import ForeignKey, Index, String, UniqueConstraint
from sqlalchemy.orm import Mapped, declared_attr, mapped_column, relationship

if TYPE_CHECKING:
    from db.models.contacts import ContactPerson
    from db.models.local_government import LocalGovernment


class ParticipantMixin:
    """A local government, or one of its contact persons, at an event, and an
    ``Attendance`` code.

    A subclass declares its event's foreign key first and names it in ``event_column``;
    ``attendance_index`` names the index that answers a government's timeline,
    ``new_attendance`` is the code a new row gets, ``government_index`` whether the
    government column has an index of its own (the focus groups' has, since 0001).
    """

    event_column: ClassVar[str]
    attendance_index: ClassVar[str]
    new_attendance: ClassVar[str]
    government_index: ClassVar[bool | None] = None

    @declared_attr
    def local_government_id(cls) -> Mapped[int]:
        return mapped_column(
            ForeignKey("local_government.id"), nullable=False, index=cls.government_index
        )

    @declared_attr
    def contact_person_id(cls) -> Mapped[int | None]:
        return mapped_column(ForeignKey("contact_person.id"))

    @declared_attr
    def attendance(cls) -> Mapped[str]:
        return mapped_column(String(20), nullable=False, default=cls.new_attendance)

    @declared_attr
    def local_government(cls) -> Mapped[LocalGovernment]:
        return relationship()

    @declared_attr
    def contact_person(cls) -> Mapped[ContactPerson | None]:
        return relationship()

    @declared_attr.directive
    def __table_args__(cls) -> tuple[object, ...]:
        # each government or person once per event; and a government's timeline (its
        # last contact, the events its people attended) read from the index alone
        return (
            UniqueConstraint(cls.event_column, "local_government_id", "contact_person_id"),
            Index(cls.attendance_index, "local_government_id", "attendance", cls.event_column),
        )
