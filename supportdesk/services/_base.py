"""What every service shares: finding records by public id, the version check, and
turning database failures into domain errors."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Protocol, TypeVar

from sqlalchemy import Select, select
from sqlalchemy.exc import DBAPIError, IntegrityError, OperationalError
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import flag_modified
from sqlalchemy.orm.exc import StaleDataError

from db.base import RecordMixin
from db.models import ContactPerson, LocalGovernment
from db.session import Database
from supportdesk.errors import ConflictError, NotFoundError, StorageError, ValidationError
from supportdesk.refs import Ref as Ref  # re-exported for the services
from supportdesk.validation import Checker

R = TypeVar("R", bound=RecordMixin)
V = TypeVar("V")
D = TypeVar("D")
V_co = TypeVar("V_co", covariant=True)
Q = TypeVar("Q", bound=Select[*tuple[Any, ...]])

KIND_NAMES: dict[str, str] = {
    "local_government": "lokaal bestuur",
    "contact_person": "contactpersoon",
    "team_member": "medewerker",
    "theme": "thema",
    "tool": "tool",
    "advice_talk": "adviesgesprek",
    "trajectory": "traject",
    "contact_moment": "contactmoment",
    "focus_group": "focusgroep",
    "focus_group_participant": "deelnemer",
    "tool_finding": "bevinding",
    "follow_up_action": "opvolgactie",
    "feedback": "feedback",
    "target": "doelstelling",
    "attachment": "bijlage",
    "activity_kind": "soort activiteit",
    "activity": "activiteit",
    "activity_participant": "deelnemer",
    "publication": "publicatie",
    "network_membership": "lidmaatschap",
    "plan_item": "item van het jaarplan",
}


# Dutch "het"-words take "onbekend", the others "onbekende".
_NEUTER = {
    "lokaal bestuur",
    "thema",
    "adviesgesprek",
    "traject",
    "contactmoment",
    "record",
    "lidmaatschap",
    "item van het jaarplan",
}


def kind_name(model: type[Any]) -> str:
    return KIND_NAMES.get(model.__table__.name, "record")


def unknown(what: str) -> str:
    """'Onbekend lokaal bestuur', 'Onbekende medewerker': the adjective agrees."""
    return f"Onbekend {what}" if what in _NEUTER else f"Onbekende {what}"


def get_record(session: Session, model: type[R], public_id: str | None, field: str = "id") -> R:
    """The record with this public id, or a NotFoundError naming ``field``."""
    obj = None
    if public_id:
        obj = session.scalar(select(model).where(model.public_id == public_id))
    if obj is None:
        raise NotFoundError(f"{unknown(kind_name(model))}: {public_id!r}.")
    return obj


def get_ref(session: Session, model: type[R], public_id: str | None, field: str) -> R:
    """Like ``get_record`` for a reference typed in a form: a ValidationError on ``field``."""
    try:
        return get_record(session, model, public_id, field)
    except NotFoundError:
        raise ValidationError.single(field, f"{unknown(kind_name(model))}.") from None


def get_refs(
    session: Session, model: type[R], public_ids: list[str] | tuple[str, ...], field: str
) -> list[R]:
    """Several records by public id, in the given order, without duplicates."""
    wanted = list(dict.fromkeys(public_ids))
    if not wanted:
        return []
    found = {
        o.public_id: o for o in session.scalars(select(model).where(model.public_id.in_(wanted)))
    }
    missing = [p for p in wanted if p not in found]
    if missing:
        raise ValidationError.single(field, f"{unknown(kind_name(model))}: {missing[0]}.")
    return [found[p] for p in wanted]


def find_ref(
    chk: Checker,
    session: Session,
    model: type[R],
    public_id: object,
    field: str,
    *,
    required: bool = True,
    label: str | None = None,
) -> R | None:
    """A referenced record typed in a form; a missing or unknown one is noted on ``field``.

    Unlike ``get_ref`` it does not raise, so every problem of a form is reported at once.
    """
    what = label or kind_name(model)
    if public_id is None or public_id == "":
        if required:
            chk.fail(field, f"Kies een {what}.")
        return None
    if not isinstance(public_id, str):
        chk.fail(field, f"{unknown(what)}.")
        return None
    obj = session.scalar(select(model).where(model.public_id == public_id))
    if obj is None:
        chk.fail(field, f"{unknown(what)}.")
    return obj


def find_refs(
    chk: Checker, session: Session, model: type[R], public_ids: object, field: str
) -> list[R]:
    """Several referenced records, in the given order, without duplicates; unknown ones noted."""
    ids = chk.ids(field, public_ids)
    wanted = list(dict.fromkeys(ids))
    if not wanted:
        return []
    found = {
        o.public_id: o for o in session.scalars(select(model).where(model.public_id.in_(wanted)))
    }
    if any(p not in found for p in wanted):
        chk.fail(field, f"{unknown(kind_name(model))} in de lijst.")
    return [found[p] for p in wanted if p in found]


def contacts_of(
    chk: Checker, session: Session, ids: object, lg: LocalGovernment | None, field: str
) -> list[ContactPerson]:
    """Contact persons by id, each of whom must work for ``lg``."""
    contacts = find_refs(chk, session, ContactPerson, ids, field)
    if lg is not None:
        strangers = [c for c in contacts if c.local_government_id != lg.id]
        if strangers:
            chk.fail(field, f"{strangers[0].full_name} is geen contactpersoon van {lg.name}.")
    return contacts


def touch(obj: RecordMixin) -> None:
    """Make the flush UPDATE this row, so its version goes up even when only links changed.

    A change to a many-to-many collection alone writes only the link table; without this
    a second editor working from the old version would not be refused.
    """
    flag_modified(obj, "updated_at")


def change_record(
    db: Database,
    model: type[R],
    public_id: str,
    expected_version: int | None,
    change: Callable[[Session, R], None],
    view: Callable[[Session, R], V],
) -> V:
    """The shape of every edit: load by public id, refuse a stale version, change, save.

    ``change`` may raise a ValidationError; the transaction then rolls back whole.
    """
    with write(db) as session:
        obj = get_record(session, model, public_id)
        check_version(obj, expected_version)
        change(session, obj)
        touch(obj)
        session.flush()
        return view(session, obj)


def new_record(
    db: Database,
    obj: R,
    apply: Callable[[Session, R, D], None],
    data: D,
    view: Callable[[Session, R], V],
) -> V:
    """The shape of every plain create, in one transaction: ``apply(session, obj, data)``
    checks the whole input and fills the new ``obj`` without autoflush (as
    ``edit_record``); then it is added and its view read."""
    with write(db) as session, session.no_autoflush:
        apply(session, obj, data)
        session.add(obj)
        session.flush()
        return view(session, obj)


def edit_record(
    db: Database,
    model: type[R],
    public_id: str,
    expected_version: int | None,
    apply: Callable[[Session, R, D], None],
    data: D,
    view: Callable[[Session, R], V],
) -> V:
    """The shape of every form save: ``apply(session, obj, data)`` checks the whole
    input (collecting every problem) and fills ``obj``, without autoflush, so its own
    lookups do not write a half-filled record; then as ``change_record``."""

    def change(session: Session, obj: R) -> None:
        with session.no_autoflush:
            apply(session, obj, data)

    return change_record(db, model, public_id, expected_version, change, view)


def read_record(db: Database, model: type[R], public_id: str, view: Callable[[Session, R], V]) -> V:
    """The view of one record, read by public id (NotFoundError when there is none)."""
    with db.read() as session:
        return view(session, get_record(session, model, public_id))


def set_archived(
    db: Database,
    model: type[R],
    public_id: str,
    archived: bool,
    expected_version: int | None,
    view: Callable[[Session, R], V],
) -> V:
    """Archive or bring back one record (it stays, with its history), checking its version."""
    return set_fields(db, model, public_id, {"archived": bool(archived)}, expected_version, view)


def set_fields(
    db: Database,
    model: type[R],
    public_id: str,
    values: Mapping[str, Any],
    expected_version: int | None,
    view: Callable[[Session, R], V],
) -> V:
    """Store ``values`` (column -> value, already checked) on one record, saved as every
    change: version check, change log, one transaction."""

    def change(_session: Session, obj: R) -> None:
        for name, value in values.items():
            setattr(obj, name, value)

    return change_record(db, model, public_id, expected_version, change, view)


def delete_record(
    db: Database,
    model: type[R],
    public_id: str,
    expected_version: int | None,
    before: Callable[[Session, R], None] | None = None,
) -> None:
    """The shape of every delete: load by public id, refuse a stale version, let
    ``before`` refuse (raise) or remove what goes with it, delete; one transaction."""
    with write(db) as session:
        obj = get_record(session, model, public_id)
        check_version(obj, expected_version)
        if before is not None:
            before(session, obj)
        session.delete(obj)


def unless_archived(q: Q, model: Any, include_archived: bool) -> Q:
    """``q`` without ``model``'s archived rows, unless ``include_archived``: the rule of
    every list and picker (archiving hides a record from the daily lists)."""
    return q if include_archived else q.where(model.archived.is_(False))


def sessionless(view: Callable[[R], V]) -> Callable[[Session, R], V]:
    """A view made from the record alone, in the ``(session, record)`` shape that
    ``change_record``, ``edit_record`` and ``archivers`` call."""

    def view_of(_session: Session, obj: R) -> V:
        return view(obj)

    return view_of


class Archiver(Protocol[V_co]):
    """``archive_x(db, public_id, expected_version=None)``: one record archived or back."""

    def __call__(
        self, db: Database, public_id: str, expected_version: int | None = None
    ) -> V_co: ...


def archivers(model: type[R], view: Callable[[Session, R], V]) -> tuple[Archiver[V], Archiver[V]]:
    """The archive and unarchive functions of a kind of record (``set_archived`` each):
    archiving hides it from the daily lists and pickers; its history stays findable."""

    def archive(db: Database, public_id: str, expected_version: int | None = None) -> V:
        return set_archived(db, model, public_id, True, expected_version, view)

    def unarchive(db: Database, public_id: str, expected_version: int | None = None) -> V:
        return set_archived(db, model, public_id, False, expected_version, view)

    return archive, unarchive


@dataclass(frozen=True)
class Stamped:
    """The stamps a view shows: who made the record and who changed it last, and when.
    A view that shows them derives from this and is made with ``**stamps(record)``."""

    created_at: datetime
    created_by: str
    updated_at: datetime
    updated_by: str


def stamps(obj: RecordMixin) -> dict[str, Any]:
    """A record's stamps, as the keyword arguments of a ``Stamped`` view."""
    return {
        "created_at": obj.created_at,
        "created_by": obj.created_by,
        "updated_at": obj.updated_at,
        "updated_by": obj.updated_by,
    }


def display_name(obj: Any) -> str:
    """The name a person knows a record by (name, full name, title or topic)."""
    for attr in ("full_name", "name", "title", "topic"):
        value = getattr(obj, attr, None)
        if isinstance(value, str):
            return value
    return str(getattr(obj, "public_id", ""))


def ref(obj: Any) -> Ref:
    return Ref(obj.public_id, display_name(obj))


def opt_ref(obj: Any | None) -> Ref | None:
    return None if obj is None else ref(obj)


def refs(objs: Iterable[Any]) -> tuple[Ref, ...]:
    return tuple(ref(o) for o in objs)


def check_version(obj: RecordMixin, expected: int | None) -> None:
    """Refuse a save based on an older version than the one stored.

    ``expected`` None skips the check (a service acting on the newest version itself).
    """
    if expected is not None and obj.version != expected:
        raise ConflictError(kind_name(type(obj)), obj.public_id, obj.version)


@contextmanager
def storage_errors() -> Iterator[None]:
    """Turn database failures into domain errors. Put it around ``db.write()``."""
    try:
        yield
    except StaleDataError as exc:
        # The UPDATE ... WHERE version = n matched nothing: someone saved in between.
        raise ConflictError("record", "", None) from exc
    except IntegrityError as exc:
        raise StorageError(
            "De database weigerde de wijziging (de gegevens zijn niet consistent); "
            "er is niets bewaard."
        ) from exc
    except OperationalError as exc:
        text = str(exc.orig).lower() if exc.orig else str(exc).lower()
        if "locked" in text or "busy" in text:
            raise StorageError(
                "De database is bezet door een andere gebruiker; probeer het zo opnieuw."
            ) from exc
        raise StorageError(f"De database gaf een fout: {exc.orig}") from exc
    except DBAPIError as exc:
        raise StorageError(f"De database gaf een fout: {exc.orig}") from exc


@contextmanager
def write(db: Database) -> Iterator[Session]:
    """``db.write()`` with database errors mapped to domain errors."""
    with storage_errors(), db.write() as session:
        yield session
