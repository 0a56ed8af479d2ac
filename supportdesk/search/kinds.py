"""The kinds of searchable record: their names (the table names), the table behind
each, and the code a search document's id carries. The one place these are written;
the documents, the indexer, the search and its hits read them from here. Core tables
only (``db.tables``): the start's index check reads them without the ORM."""

from __future__ import annotations

from sqlalchemy import Table

from db.tables.activity import activity
from db.tables.advice import advice_talk
from db.tables.communication import publication
from db.tables.contacts import contact_person
from db.tables.focus_group import focus_group
from db.tables.follow_up import follow_up_action
from db.tables.local_government import local_government
from db.tables.trajectory import trajectory

LOCAL_GOVERNMENT = "local_government"
CONTACT_PERSON = "contact_person"
ADVICE_TALK = "advice_talk"
TRAJECTORY = "trajectory"
FOCUS_GROUP = "focus_group"
FOLLOW_UP_ACTION = "follow_up_action"
ACTIVITY = "activity"
PUBLICATION = "publication"

KINDS: tuple[str, ...] = (
    LOCAL_GOVERNMENT,
    CONTACT_PERSON,
    ADVICE_TALK,
    TRAJECTORY,
    FOCUS_GROUP,
    FOLLOW_UP_ACTION,
    ACTIVITY,
    PUBLICATION,
)

# A document's id is ``record_id * KIND_SLOTS + KIND_CODES[kind]``: the kind can be read
# from the full-text index's rowid alone (``rowid % 8``), so a search can keep to some
# kinds without looking up every match in search_document (a row lookup per match made
# "governments and contacts only" cost 150 ms at 100,000 talks; the rowid test, ~0).
# The eighth kind takes code 0 (8 % 8), so the ids of the first seven stay as they were.
KIND_SLOTS = 8
KIND_CODES: dict[str, int] = {kind: code % KIND_SLOTS for code, kind in enumerate(KINDS, start=1)}
assert len(KINDS) <= KIND_SLOTS


def document_id(kind: str, record_id: int) -> int:
    """The id of the search document of one record."""
    return record_id * KIND_SLOTS + KIND_CODES[kind]


# The table behind each kind (the kind is the table's name).
TABLES: dict[str, Table] = {
    LOCAL_GOVERNMENT: local_government,
    CONTACT_PERSON: contact_person,
    ADVICE_TALK: advice_talk,
    TRAJECTORY: trajectory,
    FOCUS_GROUP: focus_group,
    FOLLOW_UP_ACTION: follow_up_action,
    ACTIVITY: activity,
    PUBLICATION: publication,
}
assert all(table.name == kind for kind, table in TABLES.items())
